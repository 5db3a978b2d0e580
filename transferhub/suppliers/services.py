"""Write operations on supplier profiles, seals and LkSG declarations."""

import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from transferhub.checks.models import Assessment, Company, Consultancy
from transferhub.lib.audit import log_action
from transferhub.lib.dates import add_years
from transferhub.lib.uploads import UploadRejected, inspect_upload
from transferhub.network.permissions import is_secretariat, person_of

from .models import (
    REMINDER_WINDOWS,
    SEAL_PREFIX,
    DueDiligenceRequest,
    EvidenceDocument,
    LksgRisk,
    Purchaser,
    RiskDeclaration,
    Seal,
    SealApplication,
    SealReminder,
    SealTerm,
    Supplier,
)
from .notifications import (
    mail_each_after_commit,
    office_recipients,
    person_for_user,
    supplier_recipients,
)
from .notifications import staff_user_ids as _staff_user_ids
from .seal_rules import (  # SealError and the rules belong to this module's interface
    SealError,
    round_record,
    rule_problems,
    seal_type,
    unchanged_findings,
)

PROFILE_FIELDS = (
    "name",
    "street",
    "postcode",
    "town",
    "federal_state",
    "wz_code",
    "size_class",
    "products",
    "contact_name",
    "contact_email",
    "contact_phone",
    "website",
    "languages",
    "address_public",
    "products_public",
    "contact_public",
    "languages_public",
    "vat_id",
)


def _validated(supplier: Supplier) -> None:
    try:
        supplier.full_clean(exclude=["company"])
    except ValidationError as exc:
        raise SealError(" ".join(exc.messages)) from None


def _url(name: str, *args) -> str:
    return settings.SITE_URL + reverse(name, args=args)


# --- Profiles ----------------------------------------------------------------------------


@transaction.atomic
def supplier_register(*, actor, company: Company | None = None, **fields) -> Supplier:
    """Create a supplier profile; the actor becomes its staff."""
    unknown = set(fields) - set(PROFILE_FIELDS)
    if unknown:
        raise SealError(_("Unbekannte Angaben: %(f)s") % {"f": ", ".join(sorted(unknown))})
    if company is not None:
        if Supplier.objects.filter(company=company).exists():
            raise SealError(
                _("Für %(c)s gibt es schon ein Lieferantenprofil.") % {"c": company.name}
            )
        if not is_secretariat(actor) and not company.staff.filter(pk=actor.pk).exists():
            raise SealError(_("Sie können nur ein Profil für Ihr eigenes Unternehmen anlegen."))
        for name in ("name", "wz_code", "size_class", "postcode", "federal_state"):
            if not fields.get(name):
                fields[name] = getattr(company, name)
    fields = {k: v.strip() if isinstance(v, str) else v for k, v in fields.items()}
    supplier = Supplier(company=company, **fields)
    _validated(supplier)
    supplier.save()
    supplier.staff.add(actor)
    log_action(actor, "suppliers.supplier.registered", supplier, name=supplier.name)
    return supplier


@transaction.atomic
def supplier_update(*, supplier: Supplier, actor, **fields) -> Supplier:
    """Change the profile; log what changed."""
    unknown = set(fields) - set(PROFILE_FIELDS)
    if unknown:
        raise SealError(_("Unbekannte Angaben: %(f)s") % {"f": ", ".join(sorted(unknown))})
    supplier = Supplier.objects.select_for_update().get(pk=supplier.pk)
    before = {name: getattr(supplier, name) for name in fields}
    for name, value in fields.items():
        setattr(supplier, name, value.strip() if isinstance(value, str) else value)
    _validated(supplier)
    changed = {
        n: (before[n], getattr(supplier, n)) for n in fields if before[n] != getattr(supplier, n)
    }
    if changed:
        supplier.save()
        log_action(
            actor,
            "suppliers.supplier.changed",
            supplier,
            before={n: str(b) for n, (b, _a) in changed.items()},
            after={n: str(a) for n, (_b, a) in changed.items()},
        )
    return supplier


# --- Seal rules and applications ----------------------------------------------------------


def seal_rule_problems(
    *, assessment: Assessment, kind: str, supplier: Supplier | None = None
) -> list[str]:
    """Say why an assessment cannot carry the seal (empty when it can), by its type's rules."""
    return rule_problems(assessment=assessment, kind=seal_type(kind), supplier=supplier)


def _consultant_of(assessment: Assessment):
    if assessment.consultant_id:
        return assessment.consultant
    consultancy = (
        Consultancy.objects.filter(Consultancy.active_q(), company_id=assessment.company_id)
        .select_related("consultant")
        .order_by("-authorised", "start_date")
        .first()
    )
    return consultancy.consultant if consultancy else None


def _check_assessment(supplier: Supplier, assessment: Assessment, kind: str) -> None:
    if not seal_type(kind).active:
        raise SealError(_("Dieses Siegel kann derzeit nicht beantragt werden."))
    if supplier.company_id is None:
        raise SealError(
            _(
                "Ihr Profil ist mit keinem Unternehmen in den Checks verbunden; ein Siegel "
                "setzt Ihre eigene Bewertung voraus."
            )
        )
    if assessment.company_id != supplier.company_id:
        raise SealError(_("Die Bewertung gehört nicht zu Ihrem Unternehmen."))
    problems = seal_rule_problems(assessment=assessment, kind=kind, supplier=supplier)
    if problems:
        raise SealError(
            _("Die Bewertung erfüllt die Regeln des Siegels noch nicht: %(p)s")
            % {"p": " ".join(problems)}
        )


@transaction.atomic
def seal_apply(
    *, supplier: Supplier, kind: str, assessment: Assessment, actor, note: str = ""
) -> SealApplication:
    """Apply for a seal, or for the renewal of one the supplier holds (the number is kept)."""
    supplier = Supplier.objects.select_for_update().get(pk=supplier.pk)
    _check_assessment(supplier, assessment, kind)
    if supplier.applications.filter(kind=kind, status__in=SealApplication.OPEN).exists():
        raise SealError(
            _("Für dieses Siegel liegt schon ein offener Antrag vor; bitte bearbeiten Sie diesen.")
        )
    seal = Seal.objects.filter(supplier=supplier, kind=kind).first()
    if seal is not None:
        if seal.revoked_at is not None:
            raise SealError(
                _(
                    "Das Siegel %(n)s wurde widerrufen und kann nicht verlängert werden; bitte "
                    "wenden Sie sich an die Geschäftsstelle."
                )
                % {"n": seal.number}
            )
        if seal.terms.filter(application__assessment=assessment).exists():
            raise SealError(
                _(
                    "Für die Verlängerung brauchen Sie eine neue Bewertung; diese trägt das "
                    "Siegel schon."
                )
            )
    application = SealApplication.objects.create(
        supplier=supplier,
        kind=kind,
        assessment=assessment,
        renews=seal,
        consultant=_consultant_of(assessment),
        note=note.strip(),
        submitted_by=actor,
    )
    from . import invoices  # the fee is invoiced with the application (none when it is 0)

    invoices.invoice_issue(application=application, actor=actor)
    log_action(
        actor,
        "suppliers.application.renewal_submitted" if seal else "suppliers.application.submitted",
        application,
        kind=kind,
        assessment=assessment.pk,
        seal=seal.number if seal else None,
    )
    mail_each_after_commit(
        office_recipients(),
        subject=lambda: _("Neuer Siegelantrag: %(s)s") % {"s": supplier.name},
        body=lambda: (
            _("Guten Tag,\n\n%(s)s hat „%(k)s“ beantragt. Zum Antrag:\n%(url)s\n\nTransferhub")
            % {
                "s": supplier.name,
                "k": application.get_kind_display(),
                "url": _url("suppliers:application", application.pk),
            }
        ),
    )
    return application


@transaction.atomic
def application_resubmit(
    *, application: SealApplication, actor, note: str, assessment: Assessment | None = None
) -> SealApplication:
    """Answer the office's questions and submit again (optionally on another assessment)."""
    application = SealApplication.objects.select_for_update().get(pk=application.pk)
    if application.status != SealApplication.Status.RETURNED:
        raise SealError(_("Nur ein zurückgegebener Antrag kann erneut eingereicht werden."))
    if not note.strip():
        raise SealError(_("Bitte beantworten Sie die Rückfragen der Geschäftsstelle."))
    assessment = assessment or application.assessment
    untouched = unchanged_findings(application, assessment)
    if untouched:
        raise SealError(
            _(
                "Keine der kommentierten Maßnahmen wurde seit der Rückgabe geändert (%(m)s). "
                "Bitte überarbeiten Sie sie im Maßnahmenplan, bevor Sie erneut einreichen."
            )
            % {"m": "; ".join(t[:60] for t in untouched)}
        )
    _check_assessment(application.supplier, assessment, application.kind)
    before = application.assessment_id
    application.assessment = assessment
    application.consultant = _consultant_of(assessment)
    application.note = note.strip()
    application.status = SealApplication.Status.SUBMITTED
    application.submitted_at = timezone.now()
    application.save()
    log_action(
        actor,
        "suppliers.application.resubmitted",
        application,
        note=application.note,
        assessment_before=before,
        assessment_after=assessment.pk,
    )
    return application


def four_eyes_problem(application: SealApplication, reviewer) -> str | None:
    """Why the reviewer may not decide this application, or None."""
    if not is_secretariat(reviewer):
        return _("Nur die Geschäftsstelle prüft Siegelanträge.")
    if application.submitted_by_id == reviewer.pk:
        return _("Sie haben den Antrag selbst eingereicht; eine andere Person muss ihn prüfen.")
    supplier = application.supplier
    if reviewer.pk in _staff_user_ids(supplier):
        return _(
            "Sie gehören zum Unternehmen des Antragstellers; eine andere Person muss prüfen "
            "(Vier-Augen-Prinzip)."
        )
    person = person_of(reviewer)
    if person is not None:
        consultants = {application.consultant_id, application.assessment.consultant_id}
        if supplier.company_id:
            consultants |= set(
                Consultancy.objects.filter(company_id=supplier.company_id).values_list(
                    "consultant_id", flat=True
                )
            )
        if person.pk in consultants:
            return _(
                "Sie beraten dieses Unternehmen; eine andere Person der Geschäftsstelle muss "
                "den Antrag prüfen (Vier-Augen-Prinzip)."
            )
    return None


def _next_number(kind: str, year: int) -> tuple[int, str]:
    last = Seal.objects.filter(kind=kind, year=year).aggregate(m=Max("sequence"))["m"] or 0
    sequence = last + 1
    return sequence, f"{SEAL_PREFIX[kind]}-{year}-{sequence:05d}"


def _grant(application: SealApplication, actor) -> Seal:
    today = timezone.localdate()
    seal = application.renews
    if seal is None:
        seal = Seal.objects.filter(supplier=application.supplier, kind=application.kind).first()
    if seal is not None and seal.revoked_at is not None:
        raise SealError(
            _("Das Siegel wurde inzwischen widerrufen; der Antrag kann nicht genehmigt werden.")
        )
    if seal is None:
        sequence, number = _next_number(application.kind, today.year)
        seal = Seal.objects.create(
            supplier=application.supplier,
            kind=application.kind,
            year=today.year,
            sequence=sequence,
            number=number,
            granted_at=timezone.now(),
            valid_until=add_years(today, seal_type(application.kind).validity_years),
        )
        valid_from = today
        log_action(actor, "suppliers.seal.granted", seal, number=number, application=application.pk)
    else:
        # A renewal before the end continues the seal without a gap; after it, from today.
        valid_from = max(today, seal.valid_until + dt.timedelta(days=1))
        before = seal.valid_until
        seal.valid_until = add_years(valid_from, seal_type(application.kind).validity_years)
        seal.save(update_fields=["valid_until"])
        log_action(
            actor,
            "suppliers.seal.renewed",
            seal,
            number=seal.number,
            application=application.pk,
            before=str(before),
            after=str(seal.valid_until),
        )
    SealTerm.objects.create(
        seal=seal,
        application=application,
        valid_from=valid_from,
        valid_until=seal.valid_until,
        granted_by=actor,
    )
    return seal


# The office's decisions and the word each leaves in the log.
REVIEW_ACTIONS = {"approve": "approved", "return": "returned", "reject": "rejected"}


@transaction.atomic
def application_review(
    *,
    application: SealApplication,
    action: str,
    note: str = "",
    actor,
    findings: dict | None = None,
) -> SealApplication:
    """Approve, return with questions or reject an application (four-eyes principle).

    `findings` are the reviewer's checks per measure, {measure id: (complete, plausible,
    comment)}; each decision is kept as a review round with them."""
    application = (
        SealApplication.objects.select_for_update()
        .select_related("supplier", "assessment")
        .get(pk=application.pk)
    )
    if action not in REVIEW_ACTIONS:
        raise SealError(_("Unbekannte Entscheidung."))
    if application.status != SealApplication.Status.SUBMITTED:
        raise SealError(
            _("Der Antrag ist „%(s)s“ und kann jetzt nicht geprüft werden.")
            % {"s": application.get_status_display()}
        )
    problem = four_eyes_problem(application, actor)
    if problem:
        raise SealError(problem)
    note = note.strip()
    findings = findings or {}
    flagged = any(not c or not p or (t or "").strip() for c, p, t in findings.values())
    if action == "approve" and flagged:
        raise SealError(
            _(
                "Sie haben Maßnahmen als unvollständig oder nicht plausibel markiert oder "
                "kommentiert; geben Sie den Antrag zur Überarbeitung zurück oder nehmen Sie "
                "die Markierungen weg."
            )
        )
    if action == "return" and not note and flagged:
        note = _("Bitte überarbeiten Sie die kommentierten Maßnahmen.")
    if action in ("return", "reject") and not note:
        raise SealError(
            _("Bitte schreiben Sie Ihre Rückfragen auf.")
            if action == "return"
            else _("Bitte begründen Sie die Ablehnung.")
        )
    if action == "approve":
        # The rules are checked again: the assessment may have changed since submission.
        _check_assessment(application.supplier, application.assessment, application.kind)
        application.seal = _grant(application, actor)
        application.status = SealApplication.Status.APPROVED
    elif action == "return":
        application.status = SealApplication.Status.RETURNED
    else:
        application.status = SealApplication.Status.REJECTED
    application.reviewer = actor
    application.reviewed_at = timezone.now()
    application.review_note = note
    application.save()
    review = round_record(
        application=application,
        decision=application.status,
        note=note,
        findings=findings,
        actor=actor,
    )
    log_action(
        actor,
        f"suppliers.application.{REVIEW_ACTIONS[action]}",
        application,
        note=note,
        round=review.number,
        findings=review.comments.count(),
        seal=application.seal.number if application.seal else None,
    )

    def subject() -> str:
        return {
            "approve": _("Ihr Siegel „%(k)s“ ist verliehen"),
            "return": _("Rückfragen zu Ihrem Antrag „%(k)s“"),
            "reject": _("Ihr Antrag „%(k)s“ wurde abgelehnt"),
        }[action] % {"k": application.get_kind_display()}

    def body() -> str:
        return _(
            "Guten Tag,\n\n%(subject)s.\n%(note)s\nZum Antrag:\n%(url)s\n\nIhre Geschäftsstelle"
        ) % {
            "subject": subject(),
            "note": (f"\n{note}\n" if note else "")
            + (_seal_lines(application.seal) if application.seal else ""),
            "url": _url("suppliers:application", application.pk),
        }

    mail_each_after_commit(supplier_recipients(application.supplier), subject=subject, body=body)
    return application


def _seal_lines(seal: Seal) -> str:
    return _("\nSiegelnummer: %(n)s\ngültig bis: %(d)s\nPrüfseite: %(url)s\n") % {
        "n": seal.number,
        "d": seal.valid_until.strftime("%d.%m.%Y"),
        "url": _url("suppliers:verify", seal.number),
    }


@transaction.atomic
def seal_revoke(*, seal: Seal, reason: str, actor) -> Seal:
    """Revoke a seal for good, with the reason (shown on the verification page as revoked)."""
    seal = Seal.objects.select_for_update().get(pk=seal.pk)
    if not is_secretariat(actor):
        raise SealError(_("Nur die Geschäftsstelle kann ein Siegel widerrufen."))
    if seal.revoked_at is not None:
        raise SealError(_("Das Siegel ist bereits widerrufen."))
    reason = (reason or "").strip()
    if not reason:
        raise SealError(_("Bitte geben Sie den Grund des Widerrufs an."))
    seal.revoked_at = timezone.now()
    seal.revoked_by = actor
    seal.revoke_reason = reason
    seal.save(update_fields=["revoked_at", "revoked_by", "revoke_reason"])
    # Open renewals fall with the seal.
    for application in seal.renewals.filter(status__in=SealApplication.OPEN):
        application.status = SealApplication.Status.REJECTED
        application.review_note = _("Das Siegel wurde widerrufen.")
        application.reviewer = actor
        application.reviewed_at = seal.revoked_at
        application.save()
        log_action(actor, "suppliers.application.rejected", application, note=reason)
    log_action(actor, "suppliers.seal.revoked", seal, number=seal.number, reason=reason)
    mail_each_after_commit(
        supplier_recipients(seal.supplier),
        subject=lambda: _("Ihr Siegel %(n)s wurde widerrufen") % {"n": seal.number},
        body=lambda: (
            _(
                "Guten Tag,\n\ndas Siegel %(n)s (%(k)s) wurde widerrufen.\nGrund: %(r)s\n\n"
                "Ihre Geschäftsstelle"
            )
            % {"n": seal.number, "k": seal.get_kind_display(), "r": reason}
        ),
    )
    return seal


def seal_reminders_send(*, today: dt.date | None = None) -> int:
    """Mail each supplier whose seal term ends within a window; once per seal, term and window."""
    today = today or timezone.localdate()
    widest = max(REMINDER_WINDOWS)
    seals = Seal.objects.filter(
        revoked_at__isnull=True,
        valid_until__gte=today,
        valid_until__lte=today + dt.timedelta(days=widest),
    ).select_related("supplier")
    sent = 0
    for seal in seals:
        days_left = (seal.valid_until - today).days
        # The narrowest window that has been reached; wider ones missed are not sent late.
        window = min(w for w in REMINDER_WINDOWS if days_left <= w)
        with transaction.atomic():
            reminder, created = SealReminder.objects.get_or_create(
                seal=seal, valid_until=seal.valid_until, window_days=window
            )
            if not created:
                continue
            recipients = supplier_recipients(seal.supplier)
            reminder.recipients = [p.email for p in recipients]
            reminder.save(update_fields=["recipients"])
            mail_each_after_commit(
                recipients,
                subject=lambda seal=seal: (
                    _("Ihr Siegel %(n)s läuft am %(d)s ab")
                    % {"n": seal.number, "d": seal.valid_until.strftime("%d.%m.%Y")}
                ),
                body=lambda seal=seal: (
                    _(
                        "Guten Tag,\n\ndas %(k)s von %(s)s (Nummer %(n)s) gilt bis %(d)s. Sie können es "
                        "ohne neue Registrierung verlängern: Bearbeiten Sie den Check „Sicherheit und "
                        "Gesundheit bei der Arbeit“ erneut und stellen Sie den Verlängerungsantrag:\n"
                        "%(url)s\n\nDie Nummer bleibt erhalten.\n\nIhre Geschäftsstelle"
                    )
                    % {
                        "k": seal.get_kind_display(),
                        "s": seal.supplier.name,
                        "n": seal.number,
                        "d": seal.valid_until.strftime("%d.%m.%Y"),
                        "url": _url("suppliers:apply", seal.supplier_id),
                    }
                ),
            )
            log_action(
                None,
                "suppliers.seal.reminded",
                seal,
                window=window,
                valid_until=str(seal.valid_until),
            )
        sent += 1
    return sent


# --- LkSG --------------------------------------------------------------------------------


def _refresh_lksg(supplier: Supplier) -> None:
    complete = supplier.risks.count() == len(LksgRisk.values)
    day = timezone.localdate() if complete else None
    Supplier.objects.filter(pk=supplier.pk).update(lksg_declared_on=day)


def _store_evidence(declaration: RiskDeclaration, upload, actor) -> EvidenceDocument:
    try:
        mime, size, digest = inspect_upload(upload)
    except UploadRejected as exc:
        raise SealError(f"{upload.name}: {exc}") from None
    document = EvidenceDocument(
        declaration=declaration,
        original_name=upload.name[:255],
        mime_type=mime,
        size=size,
        sha256=digest,
        uploaded_by=actor,
    )
    document.file.save(upload.name, upload, save=False)
    document.save()
    log_action(
        actor,
        "suppliers.evidence.added",
        declaration.supplier,
        risk=declaration.risk,
        file=document.original_name,
        sha256=digest,
    )
    return document


@transaction.atomic
def risk_declare(
    *,
    supplier: Supplier,
    risk: str,
    status: str,
    measures: str = "",
    declared_on: dt.date | None = None,
    files=(),
    actor,
) -> RiskDeclaration:
    """Declare the state of one LkSG risk, with evidence documents; refuse all on a bad file."""
    if risk not in LksgRisk.values:
        raise SealError(_("Dieses Risiko kennt das LkSG nicht."))
    if status not in RiskDeclaration.Status.values:
        raise SealError(_("Bitte wählen Sie einen Stand."))
    # Check every file before anything is stored, so a bad one changes nothing.
    for upload in files:
        try:
            inspect_upload(upload)
        except UploadRejected as exc:
            raise SealError(f"{upload.name}: {exc}") from None
    declaration = RiskDeclaration.objects.filter(supplier=supplier, risk=risk).first()
    before = (declaration.status, declaration.measures) if declaration else None
    declaration = declaration or RiskDeclaration(supplier=supplier, risk=risk)
    declaration.status = status
    declaration.measures = (measures or "").strip()
    declaration.declared_on = declared_on or timezone.localdate()
    declaration.declared_by = actor
    try:
        declaration.full_clean(exclude=["supplier", "declared_by"])
    except ValidationError as exc:
        raise SealError(" ".join(exc.messages)) from None
    declaration.save()
    for upload in files:
        _store_evidence(declaration, upload, actor)
    _refresh_lksg(supplier)
    log_action(
        actor,
        "suppliers.lksg.declared",
        supplier,
        risk=risk,
        before=list(before) if before else None,
        after=[declaration.status, declaration.measures],
    )
    return declaration


@transaction.atomic
def evidence_delete(*, document: EvidenceDocument, actor) -> None:
    """Remove an evidence document (the summaries already sent keep its name)."""
    supplier = document.declaration.supplier
    log_action(
        actor,
        "suppliers.evidence.deleted",
        supplier,
        risk=document.declaration.risk,
        file=document.original_name,
    )
    document.file.delete(save=False)
    document.delete()


@transaction.atomic
def due_diligence_request(
    *,
    purchaser: Purchaser,
    supplier: Supplier,
    message: str = "",
    actor,
    risks: list[str] | None = None,
    risk_reason: str = "",
) -> DueDiligenceRequest:
    """Ask a supplier about the risks the buyer's risk analysis points to; mail the supplier.

    `risks` None asks about every risk of § 2 LkSG (the API's and older callers' default)."""
    if not purchaser.active:
        raise SealError(_("Nur Einkäuferinnen und Einkäufer können Erklärungen anfordern."))
    risks = list(LksgRisk.values) if risks is None else [r for r in LksgRisk.values if r in risks]
    if not risks:
        raise SealError(_("Bitte wählen Sie die Risiken, auf die Ihre Risikoanalyse hinweist."))
    if DueDiligenceRequest.objects.filter(
        purchaser=purchaser, supplier=supplier, status=DueDiligenceRequest.Status.OPEN
    ).exists():
        raise SealError(_("Sie haben diesen Lieferanten schon angefragt; die Antwort steht aus."))
    request = DueDiligenceRequest.objects.create(
        purchaser=purchaser,
        supplier=supplier,
        message=(message or "").strip(),
        risks=risks,
        risk_reason=(risk_reason or "").strip()[:2000],
    )
    log_action(actor, "suppliers.lksg.requested", request, supplier=supplier.pk)
    mail_each_after_commit(
        supplier_recipients(supplier),
        subject=lambda: _("Anfrage nach Ihrer LkSG-Erklärung"),
        body=lambda: (
            _(
                "Guten Tag,\n\n%(p)s bittet %(s)s um die Selbsterklärung zu den Risiken nach § 2 LkSG."
                "\n%(m)s\nZur Anfrage:\n%(url)s\n\nTransferhub"
            )
            % {
                "p": purchaser.display_organisation or purchaser.user.get_username(),
                "s": supplier.name,
                "m": f"\n{request.message}\n" if request.message else "",
                "url": _url("suppliers:request", request.pk),
            }
        ),
    )
    return request


def lksg_snapshot(supplier: Supplier, risks: list[str] | None = None) -> dict:
    """The declaration as it stands today (on `risks`, or every risk), for a dated summary."""
    declarations = {d.risk: d for d in supplier.risks.prefetch_related("evidence")}
    rows = []
    for risk, label in LksgRisk.choices:
        if risks and risk not in risks:
            continue
        d = declarations.get(risk)
        rows.append(
            {
                "risk": risk,
                "label": str(label),
                "status": d.status if d else "",
                "status_label": str(d.get_status_display()) if d else _("keine Angabe"),
                "measures": d.measures if d else "",
                "declared_on": d.declared_on.isoformat() if d else "",
                "evidence": [e.original_name for e in d.evidence.all()] if d else [],
            }
        )
    return {
        "supplier": supplier.name,
        "supplier_id": supplier.pk,
        "date": timezone.localdate().isoformat(),
        "risks": rows,
    }


@transaction.atomic
def due_diligence_answer(*, request: DueDiligenceRequest, actor) -> DueDiligenceRequest:
    """Send the purchaser the declaration as it stands today; needs every risk answered."""
    request = DueDiligenceRequest.objects.select_for_update().get(pk=request.pk)
    if request.status != DueDiligenceRequest.Status.OPEN:
        raise SealError(_("Diese Anfrage ist bereits beantwortet."))
    supplier = request.supplier
    asked = request.risks or list(LksgRisk.values)
    missing = len(set(asked) - set(supplier.risks.values_list("risk", flat=True)))
    if missing:
        raise SealError(
            _("Ihre Erklärung ist noch nicht vollständig: %(n)d Risiken ohne Angabe.")
            % {"n": missing}
        )
    request.snapshot = lksg_snapshot(supplier, asked)
    request.status = DueDiligenceRequest.Status.ANSWERED
    request.answered_at = timezone.now()
    request.answered_by = actor
    request.save()
    log_action(actor, "suppliers.lksg.answered", request, supplier=supplier.pk)
    purchaser = person_for_user(request.purchaser.user)
    mail_each_after_commit(
        [purchaser] if purchaser else [],
        subject=lambda: _("LkSG-Erklärung von %(s)s") % {"s": supplier.name},
        body=lambda: (
            _(
                "Guten Tag,\n\n%(s)s hat Ihre Anfrage beantwortet. Die Zusammenfassung (PDF, CSV) "
                "finden Sie hier:\n%(url)s\n\nTransferhub"
            )
            % {"s": supplier.name, "url": _url("suppliers:request", request.pk)}
        ),
    )
    return request
