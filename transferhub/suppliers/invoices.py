"""The seal fee as an e-invoice: numbers per year, EN 16931 data as Factur-X (a PDF/A-3
with the XML inside, checked against the official schema by the factur-x library) and as
XRechnung XML; paid or waived by the office, cancelled by a credit note. The certificate
of a seal is issued only when the fee of its application is settled.
"""

import datetime as dt
import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from xml.sax.saxutils import escape

import typst
from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from transferhub.lib.audit import log_action

from .models import Invoice, Seal, SealApplication, Supplier
from .seal_rules import SealError, seal_type

TYPST = Path(__file__).parent / "typst" / "invoice.typ"
CENT = Decimal("0.01")
PREFIX = {Invoice.Kind.INVOICE: "RE", Invoice.Kind.CREDIT_NOTE: "GS"}
TYPE_CODE = {Invoice.Kind.INVOICE: "380", Invoice.Kind.CREDIT_NOTE: "381"}
EN16931 = "urn:cen.eu:en16931:2017"
XRECHNUNG = "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"


def fee_net() -> Decimal:
    return Decimal(str(settings.SEAL_FEE_NET or "0")).quantize(CENT)


def billing_problems(supplier: Supplier) -> list[str]:
    missing = [
        label
        for label, value in (
            (_("Straße"), supplier.street),
            (_("Postleitzahl"), supplier.postcode),
            (_("Ort"), supplier.town),
        )
        if not (value or "").strip()
    ]
    if missing:
        return [
            _(
                "Für die Rechnung fehlt die Rechnungsanschrift im Profil (%(m)s); bitte "
                "ergänzen Sie sie unter „Profil bearbeiten“."
            )
            % {"m": ", ".join(str(m) for m in missing)}
        ]
    return []


def _next(kind: str, year: int) -> tuple[int, str]:
    last = Invoice.objects.filter(kind=kind, year=year).aggregate(m=Max("sequence"))["m"] or 0
    return last + 1, f"{PREFIX[kind]}-{year}-{last + 1:05d}"


@transaction.atomic
def invoice_issue(*, application: SealApplication, actor) -> Invoice | None:
    """Invoice the fee of an application (once); None when there is no fee."""
    net = fee_net()
    if net <= 0:
        return None
    existing = application.invoices.filter(kind=Invoice.Kind.INVOICE).first()
    if existing is not None:
        return existing
    supplier = application.supplier
    problems = billing_problems(supplier)
    if problems:
        raise SealError(" ".join(problems))
    percent = Decimal(str(settings.SEAL_FEE_VAT_PERCENT)).quantize(CENT)
    vat = (net * percent / 100).quantize(CENT, rounding=ROUND_HALF_UP)
    today = timezone.localdate()
    sequence, number = _next(Invoice.Kind.INVOICE, today.year)
    invoice = Invoice.objects.create(
        application=application,
        year=today.year,
        sequence=sequence,
        number=number,
        issued_on=today,
        due_on=today + dt.timedelta(days=settings.INVOICE_DUE_DAYS),
        buyer_name=supplier.name,
        buyer_street=supplier.street,
        buyer_postcode=supplier.postcode,
        buyer_town=supplier.town,
        buyer_vat_id=supplier.vat_id or "",
        description=_("Prüfgebühr %(seal)s") % {"seal": seal_type(application.kind).name},
        net=net,
        vat_percent=percent,
        vat=vat,
        gross=net + vat,
    )
    log_action(actor, "suppliers.invoice.issued", invoice, number=number, gross=str(invoice.gross))
    return invoice


def _settle(invoice: Invoice, status: str, actor, note: str, on: dt.date | None = None) -> Invoice:
    invoice = Invoice.objects.select_for_update().get(pk=invoice.pk)
    if invoice.kind != Invoice.Kind.INVOICE or invoice.status != Invoice.Status.OPEN:
        raise SealError(
            _("Die Rechnung %(n)s ist „%(s)s“ und kann so nicht mehr geändert werden.")
            % {"n": invoice.number, "s": invoice.get_status_display()}
        )
    invoice.status = status
    invoice.settled_on = on or timezone.localdate()
    invoice.settled_by = actor
    invoice.settle_note = (note or "").strip()[:2000]
    invoice.save()
    log_action(actor, f"suppliers.invoice.{status}", invoice, number=invoice.number, note=note)
    return invoice


@transaction.atomic
def invoice_mark_paid(*, invoice: Invoice, actor, on: dt.date | None = None) -> Invoice:
    return _settle(invoice, Invoice.Status.PAID, actor, "", on)


@transaction.atomic
def invoice_waive(*, invoice: Invoice, actor, reason: str) -> Invoice:
    if not (reason or "").strip():
        raise SealError(_("Bitte begründen Sie, warum die Gebühr erlassen wird."))
    return _settle(invoice, Invoice.Status.WAIVED, actor, reason)


@transaction.atomic
def invoice_cancel(*, invoice: Invoice, actor, reason: str) -> Invoice:
    """Cancel an open invoice by a credit note of the same amounts; return the credit note."""
    if not (reason or "").strip():
        raise SealError(_("Bitte begründen Sie die Stornierung."))
    invoice = _settle(invoice, Invoice.Status.CANCELLED, actor, reason)
    today = timezone.localdate()
    sequence, number = _next(Invoice.Kind.CREDIT_NOTE, today.year)
    fields = {
        f: getattr(invoice, f)
        for f in (
            "application",
            "buyer_name",
            "buyer_street",
            "buyer_postcode",
            "buyer_town",
            "buyer_vat_id",
            "description",
            "net",
            "vat_percent",
            "vat",
            "gross",
        )
    }
    credit = Invoice.objects.create(
        kind=Invoice.Kind.CREDIT_NOTE,
        cancels=invoice,
        year=today.year,
        sequence=sequence,
        number=number,
        issued_on=today,
        due_on=today,
        status=Invoice.Status.PAID,
        settled_on=today,
        settled_by=actor,
        settle_note=reason.strip()[:2000],
        **fields,
    )
    log_action(actor, "suppliers.invoice.credited", credit, number=number, cancels=invoice.number)
    return credit


def certificate_blocked(seal: Seal) -> str | None:
    """Why the seal's certificate is not issued yet (its fee is open), or None."""
    term = seal.terms.select_related("application").order_by("-valid_from").first()
    if term is None:
        return None
    open_invoice = term.application.invoices.filter(
        kind=Invoice.Kind.INVOICE, status=Invoice.Status.OPEN
    ).first()
    if open_invoice is None:
        return None
    return _(
        "Die Urkunde wird ausgestellt, sobald die Rechnung %(n)s über %(g)s € bezahlt ist."
    ) % {"n": open_invoice.number, "g": f"{open_invoice.gross:.2f}".replace(".", ",")}


# --- EN 16931 (CII) ---------------------------------------------------------------------------


def _date102(day: dt.date) -> str:
    return f'<udt:DateTimeString format="102">{day:%Y%m%d}</udt:DateTimeString>'


def _party(tag: str, name, street, postcode, town, vat_id, email="") -> str:
    tax = (
        f'<ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">{escape(vat_id)}</ram:ID>'
        "</ram:SpecifiedTaxRegistration>"
        if vat_id
        else ""
    )
    contact = (
        "<ram:URIUniversalCommunication>"
        f'<ram:URIID schemeID="EM">{escape(email)}</ram:URIID>'
        "</ram:URIUniversalCommunication>"
        if email
        else ""
    )
    return (
        f"<ram:{tag}><ram:Name>{escape(name)}</ram:Name>"
        f"<ram:PostalTradeAddress><ram:PostcodeCode>{escape(postcode)}</ram:PostcodeCode>"
        f"<ram:LineOne>{escape(street)}</ram:LineOne><ram:CityName>{escape(town)}</ram:CityName>"
        "<ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>"
        f"{contact}{tax}</ram:{tag}>"
    )


def cii_xml(invoice: Invoice, guideline: str = EN16931) -> bytes:
    """The invoice as UN/CEFACT Cross Industry Invoice in the EN 16931 profile."""
    seller = settings.INVOICE_SELLER
    money = {k: f"{getattr(invoice, k):.2f}" for k in ("net", "vat", "gross")}
    percent = f"{invoice.vat_percent:.2f}"
    reference = (
        "<ram:InvoiceReferencedDocument>"
        f"<ram:IssuerAssignedID>{escape(invoice.cancels.number)}</ram:IssuerAssignedID>"
        "</ram:InvoiceReferencedDocument>"
        if invoice.cancels_id
        else ""
    )
    payment = (
        "<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>"
        "<ram:PayeePartyCreditorFinancialAccount>"
        f"<ram:IBANID>{escape(seller['iban'])}</ram:IBANID>"
        "</ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>"
        if seller.get("iban")
        else ""
    )
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>{guideline}</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
<rsm:ExchangedDocument><ram:ID>{escape(invoice.number)}</ram:ID><ram:TypeCode>{TYPE_CODE[invoice.kind]}</ram:TypeCode><ram:IssueDateTime>{_date102(invoice.issued_on)}</ram:IssueDateTime></rsm:ExchangedDocument>
<rsm:SupplyChainTradeTransaction>
<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument><ram:SpecifiedTradeProduct><ram:Name>{escape(invoice.description)}</ram:Name></ram:SpecifiedTradeProduct><ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>{money["net"]}</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement><ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">1</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery><ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>{percent}</ram:RateApplicablePercent></ram:ApplicableTradeTax><ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>{money["net"]}</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>
<ram:ApplicableHeaderTradeAgreement><ram:BuyerReference>{escape(invoice.application.supplier.name[:100])}</ram:BuyerReference>{_party("SellerTradeParty", seller["name"], seller["street"], seller["postcode"], seller["town"], seller["vat_id"], seller.get("email", ""))}{_party("BuyerTradeParty", invoice.buyer_name, invoice.buyer_street, invoice.buyer_postcode, invoice.buyer_town, invoice.buyer_vat_id)}</ram:ApplicableHeaderTradeAgreement>
<ram:ApplicableHeaderTradeDelivery><ram:ActualDeliverySupplyChainEvent><ram:OccurrenceDateTime>{_date102(invoice.issued_on)}</ram:OccurrenceDateTime></ram:ActualDeliverySupplyChainEvent></ram:ApplicableHeaderTradeDelivery>
<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>{payment}<ram:ApplicableTradeTax><ram:CalculatedAmount>{money["vat"]}</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>{money["net"]}</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>{percent}</ram:RateApplicablePercent></ram:ApplicableTradeTax><ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime>{_date102(invoice.due_on)}</ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms><ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:LineTotalAmount>{money["net"]}</ram:LineTotalAmount><ram:TaxBasisTotalAmount>{money["net"]}</ram:TaxBasisTotalAmount><ram:TaxTotalAmount currencyID="EUR">{money["vat"]}</ram:TaxTotalAmount><ram:GrandTotalAmount>{money["gross"]}</ram:GrandTotalAmount><ram:DuePayableAmount>{money["gross"] if invoice.kind == Invoice.Kind.INVOICE else "0.00"}</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>{reference}</ram:ApplicableHeaderTradeSettlement>
</rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
"""
    data = xml.encode("utf-8")
    import facturx  # 0.2 s with pypdf and requests: paid by invoices, not by every start

    facturx.xml_check_xsd(data, flavor="factur-x", level="en16931")
    return data


def xrechnung_xml(invoice: Invoice) -> tuple[str, str, bytes]:
    return f"{invoice.number}-xrechnung.xml", "application/xml", cii_xml(invoice, XRECHNUNG)


def invoice_pdf(invoice: Invoice) -> tuple[str, str, bytes]:
    """The invoice as PDF/A-3 with its EN 16931 XML embedded (Factur-X)."""
    seller = settings.INVOICE_SELLER
    euro = {
        k: f"{getattr(invoice, k):,.2f} €".replace(",", "X").replace(".", ",").replace("X", ".")
        for k in ("net", "vat", "gross")
    }
    data = {
        "title": str(invoice.get_kind_display()),
        "number": invoice.number,
        "cancels": invoice.cancels.number if invoice.cancels_id else "",
        "issued": invoice.issued_on.strftime("%d.%m.%Y"),
        "due": invoice.due_on.strftime("%d.%m.%Y"),
        "seller": seller,
        "buyer": {
            "name": invoice.buyer_name,
            "street": invoice.buyer_street,
            "postcode": invoice.buyer_postcode,
            "town": invoice.buyer_town,
            "vat_id": invoice.buyer_vat_id,
        },
        "description": invoice.description,
        "percent": f"{invoice.vat_percent:.0f}",
        **euro,
    }
    pdf = typst.compile(
        TYPST.read_bytes(),
        format="pdf",
        pdf_standards=["a-3b"],
        sys_inputs={"data": json.dumps(data, ensure_ascii=False)},
    )
    import facturx

    embedded = facturx.generate_from_binary(
        pdf, cii_xml(invoice), flavor="factur-x", level="en16931", check_xsd=True, lang="de-DE"
    )
    return f"{invoice.number}.pdf", "application/pdf", embedded
