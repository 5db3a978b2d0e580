"""Each demo login starts on its start page and reaches its main work in two clicks at most.

On the way, axe-core finds no violation and no page is wider than the screen, at 1366 px
and at 390 px; on the desktop the header is one row, on the phone its menu opens from a
button.
"""

import io
import re

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from transferhub.lib.testing.browser import assert_no_violations
from transferhub.lib.testing.browser import login as browser_login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}
PASSWORD = "demo-transferhub"


@pytest.fixture
def demo(transactional_db):
    call_command("demo", stdout=io.StringIO())


def login(page: Page, base: str, username: str) -> None:
    browser_login(page, base, username, PASSWORD)


def menu_link(page: Page, area: str, link: str) -> None:
    """Open a group of the header menu and follow one of its links (two clicks)."""
    nav = page.get_by_role("navigation", name="Hauptnavigation")
    nav.locator("summary", has_text=area).click()
    nav.get_by_role("link", name=link, exact=True).click()


# login, panel the start page shows, (how to reach the main work, heading there)
WALKS = {
    "geschaeftsstelle": ("Protokolle in Arbeit", ("panel", "AG Transfer"), "AG Transfer"),
    "leitung": ("Protokolle in Arbeit", ("panel", "AG Transfer"), "AG Transfer"),
    "mitglied": ("Meine Aufgaben", ("menu", "Sitzungen", "Meine Aufgaben"), "Meine Aufgaben"),
    "betrieb": ("Ihre Checks", ("menu", "Betriebe", "Mein Lieferantenprofil"), ""),
    "beratung": ("Ihre Unternehmen", ("panel", "Muster Metall GmbH"), "Muster Metall GmbH"),
    "einkauf": ("Lieferanten suchen", ("menu", "Betriebe", "Meine LkSG-Anfragen"), ""),
}


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1366px", "390px"])
@pytest.mark.parametrize("username", list(WALKS))
def test_each_demo_login_starts_on_its_start_page_and_reaches_its_work(
    page: Page, live_server, demo, username, viewport
):
    base = live_server.url
    page.set_viewport_size(viewport)
    login(page, base, username)
    panel, way, heading = WALKS[username]
    assert page.url.rstrip("/") == base
    expect(page.get_by_role("heading", name=panel, exact=True)).to_be_visible()
    assert_no_violations(page, f"start page of {username}")
    if viewport == DESKTOP:
        bar = page.locator(".header-bar").bounding_box()
        assert bar["height"] < 70, f"the header wraps: {bar['height']} px"
    else:
        page.get_by_role("button", name="Menü").click()
        expect(page.get_by_role("navigation", name="Hauptnavigation")).to_be_visible()
        assert_no_violations(page, f"open menu of {username}")
        page.get_by_role("button", name="Menü").click()
    if way[0] == "menu":
        if viewport == PHONE:
            page.get_by_role("button", name="Menü").click()  # the menu's button is one more
        menu_link(page, way[1], way[2])
    else:
        page.locator(".panels").get_by_role("link", name=way[1]).first.click()
    expect(page).not_to_have_url(re.compile(rf"^{re.escape(base)}/?$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(heading)
    assert_no_violations(page, f"main work of {username}")


def test_the_public_start_page_shows_minutes_and_seal_verification(page: Page, live_server, demo):
    for viewport in (DESKTOP, PHONE):
        page.set_viewport_size(viewport)
        page.goto(live_server.url)
        expect(page.get_by_role("heading", name="Genehmigte Protokolle")).to_be_visible()
        expect(page.get_by_role("heading", name="Siegel prüfen")).to_be_visible()
        assert_no_violations(page, "public start page")


def test_the_menu_opens_and_closes_with_the_keyboard(page: Page, live_server, demo):
    base = live_server.url
    page.set_viewport_size(DESKTOP)
    login(page, base, "geschaeftsstelle")
    summary = page.locator(".site-menu summary", has_text="Verwaltung")
    summary.focus()
    page.keyboard.press("Enter")
    link = page.get_by_role("link", name="Änderungsprotokoll")
    expect(link).to_be_visible()
    page.keyboard.press("Escape")
    expect(link).to_be_hidden()
    summary.focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert "/personen/" in page.url
