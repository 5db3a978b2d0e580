"""Exports: the seal certificate (PDF with QR code), LkSG summaries (PDF, CSV), result lists (CSV).

Each returns (filename, mimetype, bytes).
"""

import csv
import datetime as dt
import io
import json
from pathlib import Path

import segno
import typst
from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from transferhub.lib.exports import csv_row

from .models import (
    LKSG_LEGAL_NOTE,
    REQUEST_NOTE,
    DueDiligenceRequest,
    LksgRisk,
    RiskDeclaration,
    Seal,
)

TYPST_DIR = Path(__file__).resolve().parent / "typst"


def _date(value) -> str:
    if isinstance(value, str):
        value = dt.date.fromisoformat(value) if value else None
    return value.strftime("%d.%m.%Y") if value else ""


def _lang() -> str:
    return (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]


def verification_url(seal: Seal) -> str:
    return settings.SITE_URL + reverse("suppliers:verify", args=[seal.number])


def qr_svg(seal: Seal) -> bytes:
    """The QR code that leads to the seal's public verification page, as SVG."""
    out = io.BytesIO()
    segno.make(verification_url(seal), error="m").save(out, kind="svg", scale=4, border=2)
    return out.getvalue()


def certificate_texts(seal: Seal, declared: str, issued: str) -> dict:
    """The certificate's fixed texts in the active language."""
    return {
        "title": _("Urkunde %(n)s") % {"n": seal.number},
        "kind": str(seal.get_kind_display()),
        "certificate": _("Urkunde"),
        "awarded_to": _("wird verliehen an"),
        "basis": _(
            "auf Grundlage der Selbstbewertung „Sicherheit und Gesundheit bei der Arbeit“ "
            "vom %(d)s mit mindestens zehn geplanten Maßnahmen, geprüft von der Geschäftsstelle"
        )
        % {"d": declared},
        "number": _("Siegelnummer"),
        "valid_from": _("gültig ab"),
        "valid_until": _("gültig bis"),
        "verify": _("Prüfen Sie die Gültigkeit unter"),
        "issued": _("Ausgestellt am %(d)s") % {"d": issued},
    }


def certificate_pdf(seal: Seal) -> tuple[str, str, bytes]:
    """Return the certificate (Urkunde) of the seal's current term.

    The certificate is an official document issued in German, which stays the binding
    text; a reader in another language gets each text translated beneath it.
    """
    term = seal.terms.order_by("-valid_from").first()
    supplier = seal.supplier
    assessment = term.application.assessment if term else None
    declared = _date(timezone.localdate(assessment.declared_at)) if assessment else ""
    issued = _date(timezone.localdate())
    with translation.override(settings.LANGUAGE_CODE):
        binding = certificate_texts(seal, declared, issued)
    lang = _lang()
    translated = (
        certificate_texts(seal, declared, issued) if lang != settings.LANGUAGE_CODE else None
    )
    data = {
        "title": binding["title"]
        + (
            f" / {translated['title']}"
            if translated and translated["title"] != binding["title"]
            else ""
        ),
        "lang": settings.LANGUAGE_CODE,
        "binding": binding,
        "translated": translated,
        "supplier": supplier.name,
        "place": f"{supplier.postcode} {supplier.town}",
        "number": seal.number,
        "valid_from": _date(term.valid_from if term else seal.granted_at.date()),
        "valid_until": _date(seal.valid_until),
        "url": verification_url(seal),
        "qr": qr_svg(seal).decode("utf-8"),
    }
    pdf = typst.compile(
        (TYPST_DIR / "certificate.typ").read_bytes(),
        format="pdf",
        sys_inputs={"data": json.dumps(data, ensure_ascii=False)},
    )
    return f"{seal.number}.pdf", "application/pdf", pdf


def _summary_rows(request: DueDiligenceRequest) -> list[dict]:
    """The snapshot's rows, their risk and status named in the active language."""
    risks = dict(LksgRisk.choices)
    statuses = dict(RiskDeclaration.Status.choices)
    rows = []
    for row in request.snapshot.get("risks", []):
        status = row.get("status", "")
        rows.append(
            {
                **row,
                "label": str(risks.get(row.get("risk"), row["label"])),
                "status_label": str(
                    statuses.get(status, row["status_label"]) if status else _("keine Angabe")
                ),
            }
        )
    return rows


def _summary_name(request: DueDiligenceRequest, suffix: str) -> str:
    day = request.snapshot.get("date", "")
    return f"lksg-{slugify(request.supplier.name)}-{day}.{suffix}"


def lksg_summary_csv(request: DueDiligenceRequest) -> tuple[str, str, bytes]:
    """The answered declaration as CSV (semicolons, UTF-8 with BOM for spreadsheet programs)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(csv_row([_("Lieferant"), request.snapshot.get("supplier", "")]))
    writer.writerow([_("Stand"), _date(request.snapshot.get("date", ""))])
    writer.writerow([])
    writer.writerow([_("Risiko"), _("Stand"), _("Maßnahmen"), _("Datum"), _("Nachweise")])
    for row in _summary_rows(request):
        writer.writerow(
            csv_row(
                [
                    row["label"],
                    row["status_label"],
                    row["measures"],
                    _date(row["declared_on"]),
                    ", ".join(row["evidence"]),
                ]
            )
        )
    return (
        _summary_name(request, "csv"),
        "text/csv; charset=utf-8",
        ("\ufeff" + out.getvalue()).encode(),
    )


def lksg_summary_pdf(request: DueDiligenceRequest) -> tuple[str, str, bytes]:
    """The answered declaration as a dated PDF."""
    purchaser = request.purchaser
    date = _date(request.snapshot.get("date", ""))
    data = {
        "lang": _lang(),
        "labels": {
            "footer": _("Stand %(d)s") % {"d": date},
            "page": _("Seite"),
            "declared": _("Stand der Erklärung:"),
            "requested_by": _("Angefragt von:"),
            "risk": _("Risiko"),
            "status": _("Stand"),
            "measures": _("Maßnahmen"),
            "date": _("Datum"),
            "evidence": _("Nachweise"),
        },
        "title": _("LkSG-Selbsterklärung"),
        "supplier": request.snapshot.get("supplier", ""),
        "date": date,
        "purchaser": purchaser.display_organisation or purchaser.user.get_username(),
        "note": " ".join(
            [
                _(
                    "Selbsterklärung des Lieferanten zu den Risiken nach § 2 Abs. 2 und 3 LkSG, "
                    "so wie sie am genannten Tag vorlag. Die Angaben hat der Lieferant selbst "
                    "gemacht."
                ),
                str(REQUEST_NOTE),
                str(LKSG_LEGAL_NOTE),
            ]
        ),
        "risks": [{**r, "declared_on": _date(r["declared_on"])} for r in _summary_rows(request)],
    }
    pdf = typst.compile(
        (TYPST_DIR / "lksg_summary.typ").read_bytes(),
        format="pdf",
        sys_inputs={"data": json.dumps(data, ensure_ascii=False)},
    )
    return _summary_name(request, "pdf"), "application/pdf", pdf


SEARCH_COLUMNS = (
    ("name", gettext_lazy("Name")),
    ("postcode", gettext_lazy("PLZ")),
    ("town", gettext_lazy("Ort")),
    ("federal_state", gettext_lazy("Bundesland")),
    ("wz_code", gettext_lazy("WZ 2008")),
    ("size_class", gettext_lazy("Größenklasse")),
    ("products", gettext_lazy("Produkte und Leistungen")),
    ("contact_name", gettext_lazy("Ansprechperson")),
    ("contact_email", gettext_lazy("E-Mail")),
    ("contact_phone", gettext_lazy("Telefon")),
    ("languages", gettext_lazy("Sprachen")),
    ("seals", gettext_lazy("Siegel")),
    ("lksg", gettext_lazy("LkSG-Erklärung vom")),
)


def search_csv(suppliers) -> tuple[str, str, bytes]:
    """A result list as CSV (for purchasers: every field); `suppliers` have seals prefetched."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow([str(label) for _key, label in SEARCH_COLUMNS])
    for s in suppliers:
        seals = ", ".join(f"{seal.number} ({seal.status_label()})" for seal in s.seals.all())
        writer.writerow(
            csv_row(
                [
                    s.name,
                    s.postcode,
                    s.town,
                    s.get_federal_state_display(),
                    s.wz_code,
                    s.get_size_class_display(),
                    s.products,
                    s.contact_name,
                    s.contact_email,
                    s.contact_phone,
                    s.languages,
                    seals,
                    _date(s.lksg_declared_on),
                ]
            )
        )
    name = f"lieferanten-{timezone.localdate().isoformat()}.csv"
    return name, "text/csv; charset=utf-8", ("\ufeff" + out.getvalue()).encode()
