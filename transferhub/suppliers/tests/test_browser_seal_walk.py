"""One walk in Chromium: register → confirm the mailed link → assessment → apply → office
approves → anyone verifies the seal by its number."""

import re

import pytest
from playwright.sync_api import Page, expect

from transferhub.checks.models import Assessment
from transferhub.lib.testing.browser import field, login_through_the_form, sign_in
from transferhub.suppliers.models import Seal

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "Blech-Biege-2031!"
CONFIRM_LINK = re.compile(r"https?://\S+?(/registrieren/bestaetigen/[^\s/]+/)")


def register(page: Page, base: str) -> None:
    page.goto(f"{base}/lieferanten/")
    page.get_by_role("link", name="Als Unternehmen registrieren").first.click()
    expect(page.get_by_role("heading", name="Als Unternehmen registrieren")).to_be_visible()
    field(page, "Name des Unternehmens").fill("Muster Metall GmbH")
    field(page, "Branche (WZ 2008)").fill("25.11")
    field(page, "Größenklasse").select_option("small")
    field(page, "Postleitzahl").fill("52062")
    field(page, "Ort").fill("Aachen")
    field(page, "Bundesland").select_option("NW")
    field(page, "Vorname").fill("Kira")
    field(page, "Nachname").fill("Betrieb")
    field(page, "E-Mail").fill("kira@muster-metall.example")
    field(page, "Benutzername").fill("musterbetrieb")
    field(page, "Passwort").fill(PASSWORD)
    field(page, "Passwort wiederholen").fill(PASSWORD)
    page.get_by_label(re.compile("Datenschutzhinweis gelesen")).check()
    page.get_by_role("button", name="Registrieren").click()
    expect(
        page.get_by_role("heading", name="Bitte bestätigen Sie Ihre E-Mail-Adresse")
    ).to_be_visible()


def work_through_the_safety_check(page: Page, safety_check) -> Assessment:
    field(page, "Instrument").select_option(label=str(safety_check))
    page.get_by_role("button", name="Bewertung beginnen").click()
    expect(page.get_by_role("heading", name=re.compile(r"Thema 1 von \d+"))).to_be_visible()
    assessment = Assessment.objects.get()
    themes = assessment.version.themes.count()
    for position in range(1, themes + 1):
        expect(
            page.get_by_role("heading", name=re.compile(rf"Thema {position} von {themes}"))
        ).to_be_visible()
        for radio in page.locator('input[type="radio"][value="green"]').all():
            radio.check()
        page.get_by_role("button", name=re.compile("Speichern und")).click()
    page.get_by_role("link", name="Maßnahmenplan", exact=True).click()
    for i in range(10):
        field(page, "Maßnahme").fill(f"Unterweisung Nr. {i + 1} durchführen")
        field(page, "Verantwortlich").fill("Geschäftsführung")
        page.get_by_role("button", name="Maßnahme hinzufügen").click()
        expect(page.locator("table tbody tr")).to_have_count(i + 1)
    page.get_by_role("link", name="Übersicht").click()
    page.get_by_label(re.compile("Wir erklären")).check()
    page.get_by_role("button", name="Selbsterklärung abgeben").click()
    expect(page.get_by_text(re.compile("gültig bis"))).to_be_visible()
    return assessment


def test_a_company_registers_gets_the_seal_and_anyone_verifies_it(
    page: Page, live_server, safety_check, people, mailoutbox
):
    base = live_server.url
    register(page, base)

    # The link from the mail activates the login, signs in and leads to the company.
    assert len(mailoutbox) == 1
    path = CONFIRM_LINK.search(mailoutbox[0].body).group(1)
    page.goto(f"{base}{path}")
    page.get_by_role("button", name="Zugang freischalten").click()
    expect(page.get_by_text("Ihr Zugang ist bestätigt")).to_be_visible()
    expect(page.get_by_role("heading", name="Muster Metall GmbH")).to_be_visible()

    assessment = work_through_the_safety_check(page, safety_check)

    page.goto(f"{base}/checks/unternehmen/{assessment.company_id}/")
    page.get_by_role("link", name="Lieferantenprofil anlegen").click()
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
    sign_in(page, base, "secretariat")
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

    # The registered password works for a later sign-in.
    login_through_the_form(page, base, "musterbetrieb", PASSWORD)
