"""The seal fee: an EN 16931 invoice (Factur-X PDF, XRechnung XML), paid or waived by the
office before the certificate is issued, cancelled by a credit note."""

import io
from decimal import Decimal

import facturx
import pytest
from django.test import Client
from lxml import etree
from pypdf import PdfReader

from transferhub.suppliers import invoices, services
from transferhub.suppliers.models import Invoice, SealApplication


@pytest.fixture
def fee(settings):
    settings.SEAL_FEE_NET = "280.00"
    settings.SEAL_FEE_VAT_PERCENT = "19"


def _client(user):
    client = Client()
    client.force_login(user)
    return client


def test_an_application_is_invoiced_and_the_invoice_is_valid_factur_x(
    fee, supplier, assessment, company_user
):
    application = services.seal_apply(
        supplier=supplier, kind="safety", assessment=assessment, actor=company_user
    )
    invoice = application.invoices.get()
    assert invoice.number.startswith("RE-") and invoice.number.endswith("-00001")
    assert (invoice.net, invoice.vat, invoice.gross) == (
        Decimal("280.00"),
        Decimal("53.20"),
        Decimal("333.20"),
    )
    name, mime, pdf = invoices.invoice_pdf(invoice)
    assert mime == "application/pdf" and name == f"{invoice.number}.pdf"
    # The library's own check: the embedded XML is Factur-X, EN 16931, valid against the XSD.
    xml_name, xml = facturx.get_xml_from_pdf(pdf, check_xsd=True)
    assert xml_name == "factur-x.xml"
    assert facturx.get_level(etree.fromstring(xml)) == "en16931"
    assert invoice.number.encode() in xml and b"333.20" in xml
    assert "Industriestraße 5" in "".join(
        p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages
    )
    _n, _m, xrechnung = invoices.xrechnung_xml(invoice)
    assert b"urn:xeinkauf.de:kosit:xrechnung_3.0" in xrechnung


def test_without_a_billing_address_there_is_no_application_and_a_clear_message(
    fee, supplier, assessment, company_user
):
    supplier.street = ""
    supplier.save()
    with pytest.raises(services.SealError, match="Rechnungsanschrift.*Straße"):
        services.seal_apply(
            supplier=supplier, kind="safety", assessment=assessment, actor=company_user
        )
    assert not SealApplication.objects.exists() and not Invoice.objects.exists()


def test_the_certificate_waits_for_payment_and_a_waiver_needs_a_reason(
    fee, supplier, assessment, company_user, people
):
    application = services.seal_apply(
        supplier=supplier, kind="safety", assessment=assessment, actor=company_user
    )
    office = people["secretariat"].user
    seal = services.application_review(application=application, action="approve", actor=office).seal
    company = _client(company_user)
    blocked = company.get(f"/lieferanten/siegel/{seal.number}/urkunde.pdf", follow=True)
    assert "sobald die Rechnung" in blocked.content.decode()
    invoice = application.invoices.get()
    _client(office).post(f"/lieferanten/rechnungen/{invoice.pk}/erledigen/", {"action": "waive"})
    invoice.refresh_from_db()
    assert invoice.status == "open"  # no reason, nothing changed
    _client(office).post(f"/lieferanten/rechnungen/{invoice.pk}/erledigen/", {"action": "paid"})
    invoice.refresh_from_db()
    assert invoice.status == "paid"
    issued = company.get(f"/lieferanten/siegel/{seal.number}/urkunde.pdf")
    assert issued["Content-Type"] == "application/pdf"


def test_a_cancelled_invoice_gets_a_credit_note(fee, supplier, assessment, company_user, people):
    application = services.seal_apply(
        supplier=supplier, kind="safety", assessment=assessment, actor=company_user
    )
    invoice = application.invoices.get()
    credit = invoices.invoice_cancel(
        invoice=invoice, actor=people["secretariat"].user, reason="Antrag zurückgezogen"
    )
    invoice.refresh_from_db()
    assert invoice.status == "cancelled" and credit.cancels == invoice
    assert credit.number.startswith("GS-") and credit.gross == invoice.gross
    xml = invoices.cii_xml(credit)
    assert b"<ram:TypeCode>381</ram:TypeCode>" in xml and invoice.number.encode() in xml
    with pytest.raises(services.SealError):
        invoices.invoice_mark_paid(invoice=invoice, actor=people["secretariat"].user)
