"""Each demo login starts on its start page and reaches its main work in two clicks at most.

On the way, axe-core finds no violation and no page is wider than the screen, at 1366 px
and at 390 px; on the desktop the header is one row, on the phone its menu opens from a
button. The public start page, the menu by keyboard and the header search are walked on
the same demo: it is loaded once (the database is emptied after each live-server test),
each login types its password once on the desktop, and its phone starts from that
login's storage state.
"""

import io
import re
from contextlib import contextmanager

import pytest
from django.core.management import call_command
from playwright.sync_api import Browser, Page, expect

from transferhub.lib.testing.browser import (
    PHONE,
    assert_no_violations,
    browser_contexts,
    login_through_the_form,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1366, "height": 900}
PASSWORD = "demo-transferhub"


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


def walk_to_the_main_work(page: Page, base: str, username: str, viewport: dict) -> None:
    """From the start page (where the login led) to the login's main work."""
    what = f"{username}, {viewport['width']} px"
    panel, way, heading = WALKS[username]
    assert page.url.rstrip("/") == base, what
    expect(page.get_by_role("heading", name=panel, exact=True)).to_be_visible()
    assert_no_violations(page, f"start page of {what}")
    if viewport == DESKTOP:
        bar = page.locator(".header-bar").bounding_box()
        assert bar["height"] < 70, f"{what}: the header wraps: {bar['height']} px"
    else:
        page.get_by_role("button", name="Menü").click()
        expect(page.get_by_role("navigation", name="Hauptnavigation")).to_be_visible()
        assert_no_violations(page, f"open menu of {what}")
        page.get_by_role("button", name="Menü").click()
    if way[0] == "menu":
        if viewport == PHONE:
            page.get_by_role("button", name="Menü").click()  # the menu's button is one more
        menu_link(page, way[1], way[2])
    else:
        page.locator(".panels").get_by_role("link", name=way[1]).first.click()
    expect(page).not_to_have_url(re.compile(rf"^{re.escape(base)}/?$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(heading)
    assert_no_violations(page, f"main work of {what}")


def the_public_start_page_shows_minutes_and_seal_verification(page: Page, base: str) -> None:
    for viewport in (DESKTOP, PHONE):
        page.set_viewport_size(viewport)
        page.goto(base)
        expect(page.get_by_role("heading", name="Genehmigte Protokolle")).to_be_visible()
        expect(page.get_by_role("heading", name="Siegel prüfen")).to_be_visible()
        assert_no_violations(page, f"public start page, {viewport['width']} px")


def the_menu_opens_and_closes_with_the_keyboard(page: Page, base: str) -> None:
    page.goto(f"{base}/")
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


def the_header_search_groups_the_hits_and_leads_to_each_kinds_search(
    page: Page, base: str, viewport: dict
) -> None:
    page.goto(f"{base}/")
    if viewport == PHONE:
        page.get_by_role("button", name="Menü").click()
    box = page.get_by_role("searchbox", name="Suchbegriff").first
    box.fill("Transfer")
    box.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Suche")
    expect(page.get_by_role("heading", name="Protokolle (11)")).to_be_visible()
    expect(page.get_by_role("heading", name="Vorlagen (3)")).to_be_visible()
    assert_no_violations(page, f"the header search's hits, {viewport['width']} px")
    page.get_by_role("link", name="Alle 11 Treffer in Protokolle").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Suche in Protokollen")
    assert page.get_by_label("Art").input_value() == "minutes"


def test_each_demo_login_starts_on_its_start_page_and_reaches_its_work(
    browser: Browser, live_server, transactional_db, browser_context_args
):
    call_command("demo", stdout=io.StringIO())
    base = live_server.url
    states = {}

    @contextmanager
    def opened(state, viewport):
        """A page in a context of its own, closed when the block ends."""
        with browser_contexts(browser, **browser_context_args) as new:
            yield new(state, viewport=viewport).new_page()

    with opened(None, DESKTOP) as page:
        the_public_start_page_shows_minutes_and_seal_verification(page, base)
    for username in WALKS:
        with opened(None, DESKTOP) as page:
            login_through_the_form(page, base, username, PASSWORD)
            states[username] = page.context.storage_state()
            walk_to_the_main_work(page, base, username, DESKTOP)
    for username in WALKS:
        with opened(states[username], PHONE) as page:
            page.goto(f"{base}/")
            walk_to_the_main_work(page, base, username, PHONE)

    with opened(states["geschaeftsstelle"], DESKTOP) as page:
        the_menu_opens_and_closes_with_the_keyboard(page, base)
    for viewport in (DESKTOP, PHONE):
        with opened(states["mitglied"], viewport) as page:
            the_header_search_groups_the_hits_and_leads_to_each_kinds_search(page, base, viewport)
