"""In Chromium: an agenda row dragged to a new place is saved, and the numbers follow."""

import pytest
from playwright.sync_api import Page, expect

from transferhub.lib.testing.browser import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_dragging_the_last_item_to_the_top_renumbers_the_agenda(
    page: Page, live_server, seed_meeting
):
    # Tall enough for the whole agenda: a drag that scrolls the page loses its source.
    page.set_viewport_size({"width": 1280, "height": 2600})
    sign_in(page, live_server.url, "chair")
    page.goto(live_server.url + seed_meeting.get_absolute_url())
    agenda = page.locator("table.agenda")
    rows = agenda.locator("tbody tr[data-item-id]")
    expect(rows.first).to_contain_text("1. Neues aus der Offensive Mittelstand")

    last = rows.filter(has_text="Verschiedenes").locator("th")
    last.drag_to(rows.first.locator("th"), target_position={"x": 5, "y": 2})

    expect(page.get_by_role("status").first).to_contain_text(
        "Die neue Reihenfolge ist gespeichert."
    )
    expect(rows.first).to_contain_text("1. Verschiedenes")
    expect(rows.nth(1)).to_contain_text("2. Neues aus der Offensive Mittelstand")
    expect(rows.first).to_contain_text("09:00")


def test_the_keyboard_moves_an_item_with_the_arrow_buttons(page: Page, live_server, seed_meeting):
    sign_in(page, live_server.url, "chair")
    page.goto(live_server.url + seed_meeting.get_absolute_url())
    expect(page.locator("#reorder-help")).to_contain_text("Tabulatortaste")
    up = page.get_by_role(
        "button", name="„Umsetzungshilfe „Finanzierung und Liquidität““ nach oben"
    )
    up.focus()
    page.keyboard.press("Enter")
    rows = page.locator("table.agenda tbody tr[data-item-id]")
    expect(rows.nth(1)).to_contain_text("2. Umsetzungshilfe")
