"""What the Chromium walks share: logging in through the form, and the accessibility check.

A walk calls `assert_no_violations` on each page it visits, on a desktop (DESKTOP) and on a
390 px phone (PHONE): axe-core's rules (WCAG 2.x A/AA and best practices) and no page wider
than the screen.
"""

import re

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

PASSWORD = "geheim-123-geheim"  # every test and demo person's password
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def field(page: Page, label: str):
    """The input whose label is exactly this text (Django adds a colon)."""
    return page.get_by_label(re.compile(rf"^{re.escape(label)}:?$"))


def login(page: Page, base: str, username: str, password: str = PASSWORD) -> None:
    page.goto(f"{base}/anmelden/")
    field(page, "Benutzername").fill(username)
    field(page, "Passwort").fill(password)
    page.get_by_role("button", name="Anmelden").click()
    expect(page.get_by_role("button", name="Abmelden")).to_be_visible()


def assert_no_violations(page: Page, what: str) -> None:
    """axe-core finds nothing on the page, and the page is no wider than the screen."""
    results = Axe().run(page)
    assert results.violations_count == 0, f"{what}:\n{results.generate_report()}"
    widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"{what}: {widths[0]} px wide on a {widths[1]} px screen"
