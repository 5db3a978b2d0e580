"""One walk in Chromium: start a check → answer → action plan → declaration → report."""

import os
import re

import pytest
from playwright.sync_api import Page, expect

from transferhub.checks.models import Assessment

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = os.environ.get("CHECKS_SCREENSHOTS")


def shot(page: Page, name: str) -> None:
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)


def field(page: Page, label: str):
    return page.get_by_label(re.compile(rf"^{re.escape(label)}:?$"))


def test_a_company_works_through_the_safety_check(page: Page, live_server, company, safety_check):
    base = live_server.url
    page.goto(f"{base}/anmelden/")
    field(page, "Benutzername").fill("company")
    field(page, "Passwort").fill("geheim-123-geheim")
    page.get_by_role("button", name="Anmelden").click()

    page.goto(f"{base}/checks/")
    page.get_by_role("link", name="Muster Metall GmbH").click()
    field(page, "Instrument").select_option(label=str(safety_check))
    page.get_by_role("button", name="Bewertung beginnen").click()
    expect(page.get_by_role("heading", name=re.compile("Thema 1 von 6"))).to_be_visible()

    # Every theme: all green, but two points with need for action.
    for position in range(1, 7):
        for radio in page.locator('input[type="radio"][value="green"]').all():
            radio.check()
        if position == 4:
            page.get_by_role("group", name=re.compile("Ersthelfer")).get_by_role(
                "radio", name=re.compile("^rot")
            ).check()
        if position == 2:
            page.get_by_role("group", name=re.compile("Psychische")).get_by_role(
                "radio", name=re.compile("^gelb")
            ).check()
            shot(page, "theme")
        page.get_by_role("button", name=re.compile("Speichern und")).click()
    expect(page.locator("progress")).to_have_attribute("value", "16")

    page.get_by_role("link", name="Ergebnis").click()
    expect(page.get_by_text("Regel: Ein Thema ist rot")).to_be_visible()
    shot(page, "result")
    page.get_by_role("button", name="Maßnahmenplan aus diesen Punkten vorbelegen").click()
    expect(page.locator("table tbody tr")).to_have_count(2)
    for i in range(8):
        field(page, "Maßnahme").fill(f"Weitere Maßnahme {i + 1}")
        field(page, "Verantwortlich").fill("Geschäftsführung")
        page.get_by_role("button", name="Maßnahme hinzufügen").click()
    expect(page.locator("table tbody tr")).to_have_count(10)
    shot(page, "plan")

    page.get_by_role("link", name="Übersicht").click()
    page.get_by_label(re.compile("Wir erklären")).check()
    page.get_by_role("button", name="Selbsterklärung abgeben").click()
    expect(page.get_by_text(re.compile("gültig bis"))).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Bericht (PDF)").click()
    assert download.value.suggested_filename.endswith(".pdf")
    assert Assessment.objects.get().is_declared
