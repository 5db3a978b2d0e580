"""One walk in Chromium: register → (completed assessment) → apply → office approves → verify."""

import re

import pytest
from playwright.sync_api import Page, expect

from transferhub.suppliers.models import Seal

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def field(page: Page, label: str):
    return page.get_by_label(re.compile(rf"^{re.escape(label)}:?$"))


def login(page: Page, base: str, username: str) -> None:
    page.goto(f"{base}/anmelden/")
    field(page, "Benutzername").fill(username)
    field(page, "Passwort").fill("geheim-123-geheim")
    page.get_by_role("button", name="Anmelden").click()


def test_a_supplier_gets_the_seal_and_anyone_verifies_it(
    page: Page, live_server, company, assessment, people
):
    base = live_server.url
    login(page, base, "company")
    page.goto(f"{base}/lieferanten/neu/")
    field(page, "Unternehmen aus den Checks").select_option(label="Muster Metall GmbH")
    field(page, "Ort").fill("Aachen")
    field(page, "Produkte und Leistungen").fill("Blechbearbeitung")
    page.get_by_role("button", name="Speichern").click()
    expect(page.get_by_role("heading", name="Muster Metall GmbH")).to_be_visible()

    page.get_by_role("link", name="Siegel beantragen oder verlängern").click()
    field(page, "Siegel").select_option("safety")
    field(page, "Bewertung (Sicherheitscheck)").select_option(str(assessment.pk))
    page.get_by_role("button", name="Antrag einreichen").click()
    expect(page.get_by_text("Ihr Antrag ist eingereicht")).to_be_visible()
    application_url = page.url

    page.get_by_role("button", name="Abmelden").click()
    login(page, base, "secretariat")
    page.goto(application_url)
    page.get_by_label("genehmigen").check()
    page.get_by_role("button", name="Entscheidung speichern").click()
    expect(page.get_by_text("Siegel verliehen")).to_be_visible()
    number = Seal.objects.get().number

    page.get_by_role("button", name="Abmelden").click()
    page.goto(f"{base}/lieferanten/siegel/")
    field(page, "Siegelnummer").fill(number)
    page.get_by_role("button", name="Prüfen").click()
    expect(page.locator(".verdict")).to_contain_text("gültig bis")
    expect(page.get_by_text("Muster Metall GmbH")).to_be_visible()
