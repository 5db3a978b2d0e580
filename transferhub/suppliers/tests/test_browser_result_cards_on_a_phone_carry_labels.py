"""On a 390 px phone the supplier results are cards, and each line says what it is."""

import pytest
from playwright.sync_api import Page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_each_line_of_a_result_card_names_its_column(page: Page, live_server, supplier):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/lieferanten/?q=muster")
    row = page.locator("table.stack tbody tr").first
    assert not page.locator("table.stack thead").is_visible()  # the heads are hidden here
    labels = row.locator("td").evaluate_all(
        "cells => cells.map(c => getComputedStyle(c, '::before').content)"
    )
    assert labels == ['"Region: "', '"Branche: "', '"Größe: "', '"Siegel: "', '"LkSG: "']
