"""From the header's search box to the grouped hits and on to a kind's full search, at
1366 px and 390 px, with axe-core finding no violation and no page wider than the screen."""

import io

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from transferhub.lib.testing.browser import assert_no_violations, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1366px", "390px"])
def test_the_header_search_groups_the_hits_and_leads_to_each_kinds_search(
    page: Page, live_server, transactional_db, viewport
):
    call_command("demo", stdout=io.StringIO())
    base = live_server.url
    page.set_viewport_size(viewport)
    login(page, base, "mitglied", "demo-transferhub")
    if viewport == PHONE:
        page.get_by_role("button", name="Menü").click()
    box = page.get_by_role("searchbox", name="Suchbegriff").first
    box.fill("Transfer")
    box.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Suche")
    expect(page.get_by_role("heading", name="Protokolle (11)")).to_be_visible()
    expect(page.get_by_role("heading", name="Vorlagen (3)")).to_be_visible()
    assert_no_violations(page, "the header search's hits")
    page.get_by_role("link", name="Alle 11 Treffer in Protokolle").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Suche in Protokollen")
    assert page.get_by_label("Art").input_value() == "minutes"
