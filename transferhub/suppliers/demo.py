"""Demo data for checks and suppliers: a company with its consultant, a seal, a purchaser."""

import datetime as dt

from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from transferhub.checks import services as checks
from transferhub.checks.models import SAFETY_CHECK_CODE, Instrument, Measure
from transferhub.network.models import Person

from . import invoices, seal_rules, services
from .models import Purchaser, Supplier

# (username, given name, family name, what they do) — all invented.
DEMO_LOGINS = [
    ("betrieb", "Kira", "Betrieb", "Muster Metall GmbH (Unternehmen)"),
    ("beratung", "Bea", "Beraterin", "Beraterin der Muster Metall GmbH"),
    ("einkauf", "Paul", "Einkauf", "Einkauf der Großkunde AG"),
]
SAFETY_MEASURES = [
    "Gefährdungsbeurteilung für die Schweißerei aktualisieren",
    "Jährliche Unterweisung mit Teilnahmeliste einführen",
    "Zweite Ersthelferin ausbilden lassen",
    "Fluchtwegplan in der Halle 2 aushängen",
    "Absaugung an Schweißplatz 3 nachrüsten",
    "Prüffristen der Leitern in den Wartungsplan aufnehmen",
    "Fremdfirmen vor Arbeitsbeginn einweisen",
    "Gehörschutz-Tragepflicht kennzeichnen",
    "Betriebsanweisungen für Gefahrstoffe überarbeiten",
    "Wirksamkeit der Maßnahmen halbjährlich im Team prüfen",
]
# For the OM-Zeichen Nachhaltigkeit: supply-chain measures; the environment section is
# covered by the company's ISO 14001 certificate.
SUPPLY_CHAIN_MEASURES = [
    "Risikoanalyse der zehn größten Zulieferer nach § 5 LkSG durchführen",
    "Verhaltenskodex für Lieferanten einführen und unterschreiben lassen",
    "Beschwerdeverfahren des Netzwerks als eigenes benennen",
    "Stahllieferanten auf Herkunftsnachweise des Erzes ansprechen",
]
# The smallest PDF that is one: the demo certificate's file.
DEMO_PDF = b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def demo_companies(*, office_user: User, password: str) -> Supplier:
    """Create the demo company with a sealed supplier profile; return the supplier."""
    checks.instruments_load()
    people = {}
    for username, given, family, _role in DEMO_LOGINS:
        user = User.objects.create_user(username, password=password)
        people[username] = Person.objects.create(
            given_name=given, family_name=family, user=user, email=f"{username}@example.org"
        )
    company_user = people["betrieb"].user
    company = checks.company_create(
        name="Muster Metall GmbH",
        wz_code="25.11",
        size_class="small",
        postcode="52062",
        federal_state="NW",
        staff=[company_user],
    )
    checks.consultant_assign(company=company, consultant=people["beratung"], authorised=True)
    safety = Instrument.objects.get(code=SAFETY_CHECK_CODE)
    assessment = checks.assessment_start(instrument=safety, company=company, actor=company_user)
    points = list(assessment.version.check_points.order_by("theme__position", "position"))
    # Mostly fine, some need for action: a realistic first assessment.
    answers = {
        p.pk: ("yellow" if i % 4 == 1 else "red" if i % 7 == 3 else "green", "")
        for i, p in enumerate(points)
    }
    checks.answers_save(assessment=assessment, answers=answers, actor=company_user)
    for text in SAFETY_MEASURES:
        checks.measure_save(
            assessment=assessment, actor=company_user, text=text, category=Measure.Category.SAFETY
        )
    for text in SUPPLY_CHAIN_MEASURES:
        checks.measure_save(
            assessment=assessment,
            actor=company_user,
            text=text,
            category=Measure.Category.SUPPLY_CHAIN,
        )
    checks.declaration_sign(assessment=assessment, actor=company_user)
    assessment.refresh_from_db()
    supplier = services.supplier_register(
        actor=company_user,
        company=company,
        town="Aachen",
        street="Industriestraße 5",
        products="Blechbearbeitung, Schweißbaugruppen, Laserschneiden",
        contact_name="Kira Betrieb",
        contact_email="einkauf@muster-metall.example",
        languages="Deutsch, Englisch",
        address_public=False,
        contact_public=False,
    )
    application = services.seal_apply(
        supplier=supplier, kind="safety", assessment=assessment, actor=company_user
    )
    services.application_review(application=application, action="approve", actor=office_user)
    for invoice in application.invoices.all():  # the fee is paid: the certificate is issued
        invoices.invoice_mark_paid(invoice=invoice, actor=office_user)
    # Both seal types: the sustainability seal waits in the office's queue, its
    # environment section covered by an ISO 14001 certificate.
    today = timezone.localdate()
    seal_rules.certificate_add(
        supplier=supplier,
        standard="ISO 14001",
        issuer="Beispiel-Zertifizierung GmbH",
        number="DE-14001-0815",
        valid_from=today - dt.timedelta(days=200),
        valid_until=today + dt.timedelta(days=900),
        upload=SimpleUploadedFile("iso-14001.pdf", DEMO_PDF, content_type="application/pdf"),
        actor=company_user,
    )
    services.seal_apply(
        supplier=supplier, kind="sustainability", assessment=assessment, actor=company_user
    )
    Purchaser.objects.create(user=people["einkauf"].user, organisation_name="Großkunde AG")
    # A second check, begun and not finished: something to continue in the demo.
    environment = Instrument.objects.filter(code="A-3.6").first()
    if environment is not None:
        checks.assessment_start(instrument=environment, company=company, actor=company_user)
    return supplier


def demo_reset() -> None:
    """Remove the demo's companies, suppliers, seals and purchasers."""
    from transferhub.checks.models import Assessment, Company

    from .models import Invoice, ManagementCertificate, Seal, SealApplication, SealTerm

    # Seals are protected against deletion elsewhere; a demo reset removes them in order.
    SealTerm.objects.all().delete()
    Invoice.objects.filter(cancels__isnull=False).delete()
    Invoice.objects.all().delete()
    SealApplication.objects.all().delete()
    for certificate in ManagementCertificate.objects.all():
        certificate.file.delete(save=False)
        certificate.delete()
    Seal.objects.all().delete()
    Supplier.objects.all().delete()
    Purchaser.objects.all().delete()
    Assessment.objects.all().delete()
    Company.objects.all().delete()
