"""Screenshots of the main pages for docs/screenshots/, taken from the demo.

Run with UPDATE_SCREENSHOTS=1 to refresh the files in docs/screenshots/ (commit them);
without it the pages are shot into a temporary folder, so the walk still checks that each
page renders and fits the screen.
"""

import io
import os
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from transferhub.lib.testing.browser import sign_in
from transferhub.meetings.models import Meeting

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DOCS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"
DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}


def test_the_main_pages_are_shot_for_the_docs(page: Page, live_server, tmp_path):
    call_command("demo", stdout=io.StringIO())
    folder = DOCS if os.environ.get("UPDATE_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    base = live_server.url
    seed = Meeting.objects.get(date="2022-09-15")

    def shot(name: str, path: str, viewport=DESKTOP, *, full: bool = True) -> None:
        page.set_viewport_size(viewport)
        page.goto(base + path)
        expect(page.get_by_role("heading", level=1).first).to_be_visible()
        widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert widths[0] <= widths[1], name
        page.screenshot(path=str(folder / f"{name}.png"), full_page=full)

    shot("start-public", "/")
    shot("start-public-390px", "/", PHONE)
    shot("supplier-search", "/lieferanten/")
    sign_in(page, base, "geschaeftsstelle")
    shot("start-secretariat", "/")
    shot("meeting", f"/sitzungen/{seed.pk}/", full=False)  # the top: a long page
    shot("meeting-390px", f"/sitzungen/{seed.pk}/", PHONE, full=False)
    shot("meetings", "/sitzungen/")
    shot("decisions", "/beschluesse/")
    shot("tasks", "/aufgaben/")
    page.set_viewport_size(DESKTOP)
    page.goto(base + "/")
    page.locator(".site-menu summary", has_text="Sitzungen").click()
    page.screenshot(path=str(folder / "menu-open.png"))
    for username, name in (
        ("mitglied", "start-member"),
        ("betrieb", "start-company"),
        ("einkauf", "start-purchaser"),
        ("beratung", "start-consultant"),
    ):
        page.context.clear_cookies()
        sign_in(page, base, username)
        shot(name, "/")
    shot("checks", "/checks/")
