"""One walk in Chromium through issue 17: a company keeps its ISO 14001 certificate, applies
for the sustainability seal, the office sends it back with a comment on one measure, the
company reworks and resubmits, the office approves and marks the fee paid (the invoice is
valid Factur-X), a buyer opens the profile by invitation code, an anonymous complaint is
filed on a phone, answered, followed with the case code, and erased seven years later.

axe-core finds nothing on the pages visited, desktop and 390 px.
"""

import datetime as dt
import re

import facturx
import pytest
from django.utils import timezone
from playwright.sync_api import Browser, expect

from conftest import make_person
from transferhub.checks import services as checks
from transferhub.checks.models import Measure
from transferhub.complaints import services as complaints
from transferhub.complaints.models import Case
from transferhub.lib.testing.browser import (
    DESKTOP,
    PHONE,
    assert_no_violations,
    browser_contexts,
    sign_in,
)
from transferhub.suppliers import invoices
from transferhub.suppliers.models import SealApplication

from .conftest import complete_assessment, start_assessment
from .test_seal_types_certificates_and_rework import NO_ENVIRONMENT, PDF

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def new_page(browser: Browser, browser_context_args):
    """A page in a browser context of its own, closed when the test ends (browser_contexts)."""
    with browser_contexts(browser, **browser_context_args) as new:
        yield lambda viewport: new(viewport=viewport).new_page()


def test_sustainability_seal_with_rework_fee_sharing_and_a_complaint(
    new_page,
    live_server,
    settings,
    safety_check,
    company,
    company_user,
    supplier,
    purchaser,
    people,
):
    settings.SEAL_FEE_NET = "280.00"
    base = live_server.url
    assessment = complete_assessment(
        start_assessment(safety_check, company, company_user),
        company_user,
        categories=NO_ENVIRONMENT,
    )
    handler = complaints.handler_appoint(
        user=make_person("Hanna", "Hinweis", username="hanna").user,
        impartial=True,
        confidential=True,
        actor=people["secretariat"].user,
    )
    firm = new_page(DESKTOP)
    office = new_page(DESKTOP)
    sign_in(firm, base, "company")
    sign_in(office, base, "secretariat")

    # The company keeps its ISO 14001 certificate: it stands in for the environment section.
    firm.goto(f"{base}/lieferanten/{supplier.pk}/zertifikate/")
    firm.get_by_label("Managementsystem").select_option("ISO 14001")
    firm.get_by_label("Zertifizierungsstelle").fill("TÜV Rheinland")
    today = timezone.localdate()
    firm.get_by_label("gültig ab").fill((today - dt.timedelta(days=30)).isoformat())
    firm.get_by_label("gültig bis").fill((today + dt.timedelta(days=700)).isoformat())
    firm.get_by_label("Zertifikat (PDF oder Bild)").set_input_files(
        {"name": "iso14001.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    firm.get_by_role("button", name="Speichern").click()
    expect(firm.get_by_text("Das Zertifikat ist gespeichert.")).to_be_visible()
    assert_no_violations(firm, "certificates, desktop")

    firm.goto(f"{base}/lieferanten/{supplier.pk}/siegel-beantragen/")
    firm.get_by_label(re.compile(r"^Siegel:?$")).select_option("sustainability")
    firm.get_by_label(re.compile(r"^Bewertung")).select_option(str(assessment.pk))
    firm.get_by_role("button", name="Antrag einreichen").click()
    expect(firm.get_by_text("Ihr Antrag ist eingereicht")).to_be_visible()
    application = SealApplication.objects.get()
    url = f"{base}/lieferanten/antraege/{application.pk}/"

    # The office finds one measure implausible and sends the application back.
    measure = assessment.measures.get(text="Maßnahme 3")
    office.goto(url)
    office.locator(f"#m{measure.pk}_implausible").check()
    office.locator(f"#m{measure.pk}_comment").fill("Wer prüft die Zulieferer, und wie oft?")
    office.get_by_label("mit Rückfragen zurückgeben").check()
    office.get_by_role("button", name="Entscheidung speichern").click()
    expect(office.get_by_text("mit Rückfragen zurückgegeben").first).to_be_visible()
    assert_no_violations(office, "the application under review, desktop")

    # The company sees the comment beside the measure, reworks it and resubmits.
    firm.set_viewport_size(PHONE)
    firm.goto(url)
    expect(firm.locator(f"#measure-{measure.pk}")).to_contain_text("Wer prüft die Zulieferer")
    assert_no_violations(firm, "the returned application, 390 px")
    checks.measure_save(
        assessment=assessment,
        measure=measure,
        actor=company_user,
        text="Maßnahme 3: Zulieferer jährlich im Frühjahr auditieren (Einkauf)",
        category=Measure.Category.SUPPLY_CHAIN,
    )
    firm.get_by_label("Ihre Antwort auf die Rückfragen").fill("Audit jährlich im Frühjahr.")
    firm.get_by_role("button", name="Erneut einreichen").click()
    expect(firm.get_by_text("erneut eingereicht").first).to_be_visible()
    firm.set_viewport_size(DESKTOP)

    # Approved; the fee is invoiced as Factur-X and marked paid; the certificate follows.
    office.goto(url)
    office.get_by_label("genehmigen").check()
    office.get_by_role("button", name="Entscheidung speichern").click()
    expect(office.get_by_text("Siegel verliehen").first).to_be_visible()
    invoice = application.invoices.get()
    _name, xml = facturx.get_xml_from_pdf(invoices.invoice_pdf(invoice)[2], check_xsd=True)
    assert invoice.number.encode() in xml
    office.get_by_role("button", name="als bezahlt markieren").click()
    expect(office.get_by_text("bezahlt").first).to_be_visible()
    seal = SealApplication.objects.get().seal
    certificate = firm.request.get(f"{base}/lieferanten/siegel/{seal.number}/urkunde.pdf")
    assert certificate.headers["content-type"] == "application/pdf"

    # The company shares its profile by code; the buyer redeems it.
    firm.goto(f"{base}/lieferanten/{supplier.pk}/freigaben/")
    firm.get_by_label("Für wen (nur für Ihre Übersicht)").fill("Großkunde")
    firm.get_by_role("button", name="Code erzeugen").click()
    code = firm.locator("#share-code").inner_text()
    assert_no_violations(firm, "sharing, desktop")
    buyer = new_page(PHONE)
    sign_in(buyer, base, "purchaser")
    buyer.goto(f"{base}/lieferanten/freigabe/")
    buyer.get_by_label("Einladungscode").fill(code)
    buyer.get_by_role("button", name="Einlösen").click()
    expect(buyer.get_by_text("TÜV Rheinland")).to_be_visible()
    assert_no_violations(buyer, "the shared profile, 390 px")

    # An anonymous complaint on a phone, answered by the handler, followed with the code.
    visitor = new_page(PHONE)
    visitor.goto(f"{base}/beschwerden/melden/?lieferant={supplier.pk}")
    visitor.get_by_label("Worum geht es?").select_option("forced_labour")
    visitor.get_by_label("Was ist geschehen?").fill("Pässe der Leiharbeiter werden einbehalten.")
    visitor.get_by_label(re.compile("Verfahrensordnung und den Datenschutzhinweis")).check()
    assert_no_violations(visitor, "the complaint form, 390 px")
    visitor.get_by_role("button", name="Hinweis absenden").click()
    case_code = visitor.locator("#case-code").inner_text()
    password = visitor.locator("#case-password").inner_text()
    case = Case.objects.get(code=case_code)
    complaints.handler_message(case=case, handler=handler, text="Welcher Standort?")
    visitor.goto(f"{base}/beschwerden/fall/")
    visitor.get_by_label("Fallnummer").fill(case_code)
    visitor.get_by_label("Kennwort").fill(password)
    visitor.get_by_role("button", name="Fall öffnen").click()
    expect(visitor.get_by_text("Welcher Standort?")).to_be_visible()
    visitor.get_by_label("Nachricht").fill("Halle 3.")
    visitor.get_by_role("button", name="Senden").click()
    expect(visitor.get_by_text("Ihre Nachricht ist eingegangen.")).to_be_visible()
    assert_no_violations(visitor, "the reporter's case, 390 px")

    # Seven years after receipt the case is gone.
    later = timezone.localdate(case.received_at) + dt.timedelta(days=366 * 7)
    assert complaints.cases_erase_expired(today=later) == 1
    assert not Case.objects.exists()
