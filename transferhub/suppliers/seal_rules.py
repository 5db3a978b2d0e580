"""A seal's rules as its type's data, management-system certificates that stand in for a
section, and the office's review rounds with findings per measure.

services.py applies these in the application workflow; tests call them directly.
"""

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from transferhub.checks.models import MIN_MEASURES, Assessment, Measure
from transferhub.lib.audit import log_action
from transferhub.lib.refusals import Refusal
from transferhub.lib.uploads import UploadRejected, file_deleted_after_commit, inspect_upload

from .models import (
    ManagementCertificate,
    MeasureComment,
    ReviewRound,
    SealApplication,
    SealType,
    Supplier,
)


class SealError(Refusal):
    """A request on the supplier database we refuse; the message is fit to show the user."""


def seal_type(code: str) -> SealType:
    try:
        return SealType.of(code)
    except SealType.DoesNotExist:
        raise SealError(_("Dieses Siegel gibt es nicht.")) from None


# --- Rules ---------------------------------------------------------------------------------


def live_measures(assessment: Assessment):
    """The measures that count: with text, not dropped."""
    return assessment.measures.exclude(text="").exclude(status=Measure.Status.DROPPED)


def measure_mix(assessment: Assessment, sections=None) -> dict[str, int]:
    """Count the live measures of an assessment per section (category) of the action plan."""
    counts = dict.fromkeys(sections or [c for c, _label in Measure.Category.choices], 0)
    for category in live_measures(assessment).values_list("category", flat=True):
        if category in counts:
            counts[category] += 1
    return counts


def exempt_sections(kind: SealType, supplier: Supplier | None, on: dt.date | None = None) -> dict:
    """Sections a valid certificate of the supplier stands in for: section → certificate."""
    if supplier is None or not kind.exemptions:
        return {}
    on = on or timezone.localdate()
    exempt = {}
    certificates = supplier.certificates.filter(
        standard__in=list(kind.exemptions), valid_from__lte=on, valid_until__gte=on
    )
    for certificate in certificates:
        exempt.setdefault(kind.exemptions[certificate.standard], certificate)
    return exempt


def rule_problems(
    *, assessment: Assessment, kind: SealType, supplier: Supplier | None = None
) -> list[str]:
    """Say why an assessment cannot carry a seal of this type (empty when it can)."""
    version = assessment.version
    if version.instrument.code != kind.instrument_code:
        return [
            _("Das Siegel „%(seal)s“ setzt eine Bewertung mit dem Check „%(check)s“ voraus.")
            % {"seal": kind.name, "check": kind.instrument_code}
        ]
    if kind.instrument_version and version.version != kind.instrument_version:
        return [
            _("Das Siegel „%(seal)s“ setzt die Version %(v)s des Checks voraus.")
            % {"seal": kind.name, "v": kind.instrument_version}
        ]
    problems = list(assessment.completion_problems())
    if not problems and not assessment.is_declared:
        problems.append(
            _(
                "Für die Bewertung ist noch keine Selbsterklärung abgegeben; bitte holen Sie "
                "das im Check nach."
            )
        )
    if assessment.is_declared and not assessment.declaration_valid():
        problems.append(_("Die Selbsterklärung zu dieser Bewertung ist abgelaufen."))
    total = live_measures(assessment).count()
    # Below MIN_MEASURES the check's own completion rule has said so already.
    if total < kind.min_measures and assessment.measure_count() >= MIN_MEASURES:
        problems.append(
            _("Es sind %(n)d Maßnahmen geplant; das Siegel verlangt mindestens %(min)d.")
            % {"n": total, "min": kind.min_measures}
        )
    exempt = exempt_sections(kind, supplier)
    counts = measure_mix(assessment)
    labels = dict(Measure.Category.choices)
    for section, needed in (kind.min_by_section or {}).items():
        if section in exempt or counts.get(section, 0) >= int(needed):
            continue
        problems.append(
            _(
                "Im Bereich „%(c)s“ sind %(n)d Maßnahmen geplant; das Siegel „%(seal)s“ "
                "verlangt mindestens %(min)d (oder ein gültiges Zertifikat eines passenden "
                "Managementsystems)."
            )
            % {
                "c": labels.get(section, section),
                "n": counts.get(section, 0),
                "seal": kind.name,
                "min": int(needed),
            }
        )
    return problems


def requirements(
    kind: SealType, supplier: Supplier | None = None, assessment: Assessment | None = None
) -> list[dict]:
    """The sections the type asks for, with the certificate that stands in where one does
    and, given an assessment, how many measures it has there."""
    labels = dict(Measure.Category.choices)
    exempt = exempt_sections(kind, supplier)
    counts = measure_mix(assessment) if assessment is not None else {}
    standards = {}
    for standard, section in (kind.exemptions or {}).items():
        standards.setdefault(section, []).append(standard)
    return [
        {
            "section": labels.get(section, section),
            "minimum": int(needed),
            "count": counts.get(section, 0),
            "standards": standards.get(section, []),
            "exempt_by": exempt.get(section),
        }
        for section, needed in (kind.min_by_section or {}).items()
    ]


# --- Certificates --------------------------------------------------------------------------


@transaction.atomic
def certificate_add(
    *,
    supplier: Supplier,
    standard: str,
    issuer: str,
    valid_from: dt.date,
    valid_until: dt.date,
    upload,
    actor,
    number: str = "",
) -> ManagementCertificate:
    """Keep a certificate; an expired one, or one whose dates do not fit, is refused."""
    if standard not in ManagementCertificate.Standard.values:
        raise SealError(_("Dieses Managementsystem ist nicht vorgesehen."))
    issuer = " ".join((issuer or "").split())[:200]
    if not issuer:
        raise SealError(_("Bitte nennen Sie die Zertifizierungsstelle."))
    if valid_until < valid_from:
        raise SealError(_("Das Zertifikat endet vor seinem Beginn; bitte prüfen Sie die Daten."))
    if valid_until < timezone.localdate():
        raise SealError(
            _(
                "Das Zertifikat ist seit dem %(d)s abgelaufen und befreit von keinem Bereich; "
                "bitte laden Sie das aktuelle hoch."
            )
            % {"d": valid_until.strftime("%d.%m.%Y")}
        )
    try:
        mime, size, digest = inspect_upload(upload)
    except UploadRejected as exc:
        raise SealError(str(exc)) from exc
    certificate = ManagementCertificate(
        supplier=supplier,
        standard=standard,
        issuer=issuer,
        number=(number or "").strip()[:100],
        valid_from=valid_from,
        valid_until=valid_until,
        file_name=upload.name[:255],
        mime_type=mime,
        size=size,
        sha256=digest,
        uploaded_by=actor,
    )
    certificate.file.save(upload.name, upload, save=False)
    certificate.save()
    log_action(
        actor,
        "suppliers.certificate.added",
        certificate,
        supplier=supplier.pk,
        standard=standard,
        valid_until=valid_until.isoformat(),
    )
    return certificate


@transaction.atomic
def certificate_delete(*, certificate: ManagementCertificate, actor) -> None:
    log_action(
        actor,
        "suppliers.certificate.deleted",
        certificate,
        supplier=certificate.supplier_id,
        standard=certificate.standard,
    )
    file_deleted_after_commit(certificate.file)
    certificate.delete()


# --- Review rounds -------------------------------------------------------------------------


def _snapshot(measure: Measure) -> dict:
    return {
        "text": measure.text,
        "responsible": measure.responsible,
        "due_date": measure.due_date.isoformat() if measure.due_date else None,
        "effect_check": measure.effect_check,
        "status": measure.status,
        "category": measure.category,
    }


def round_record(
    *, application: SealApplication, decision: str, note: str, findings: dict, actor
) -> ReviewRound:
    """Keep one review round with its findings: {measure id: (complete, plausible, comment)}.

    Called inside the review's transaction; a measure of another assessment is ignored."""
    number = application.rounds.count() + 1
    review = ReviewRound.objects.create(
        application=application, number=number, decision=decision, note=note, reviewer=actor
    )
    measures = {m.pk: m for m in application.assessment.measures.all()}
    for measure_id, (complete, plausible, comment) in findings.items():
        measure = measures.get(measure_id)
        if measure is None:
            continue
        comment = (comment or "").strip()[:2000]
        if complete and plausible and not comment:
            continue  # nothing to say about this one
        MeasureComment.objects.create(
            round=review,
            measure=measure,
            measure_text=measure.text,
            measure_snapshot=_snapshot(measure),
            complete=complete,
            plausible=plausible,
            comment=comment,
        )
    return review


def open_findings(application: SealApplication) -> list[MeasureComment]:
    """The last returning round's findings that ask for rework."""
    last = application.rounds.filter(decision=SealApplication.Status.RETURNED).last()
    if last is None:
        return []
    return [c for c in last.comments.select_related("measure") if c.needs_rework]


def unchanged_findings(application: SealApplication, assessment: Assessment) -> list[str]:
    """The commented measures nobody touched since the round (text of each)."""
    findings = open_findings(application)
    if assessment.pk != application.assessment_id:
        return []  # a new assessment is a new answer
    untouched = []
    for finding in findings:
        measure = finding.measure
        if measure is None:
            continue  # deleted: that is a change
        measure.refresh_from_db()
        if _snapshot(measure) == finding.measure_snapshot:
            untouched.append(finding.measure_text)
    return untouched if findings and len(untouched) == len(findings) else []


def comments_by_measure(application: SealApplication) -> dict[int, list[MeasureComment]]:
    """Every round's comments per measure id, oldest first, for the page beside the measures."""
    rows = MeasureComment.objects.filter(round__application=application).select_related("round")
    grouped: dict[int, list[MeasureComment]] = {}
    for comment in rows.order_by("round__number", "pk"):
        grouped.setdefault(comment.measure_id, []).append(comment)
    return grouped
