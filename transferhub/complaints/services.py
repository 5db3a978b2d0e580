"""The complaint procedure's work: filing, following, answering, recording, erasing.

Views, API and commands call these functions; each checks its input and changes nothing
when it refuses. Mails leave after the commit through jobs.py.
"""

import datetime as dt
import secrets

from django.contrib.auth.hashers import check_password, make_password
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from transferhub.lib.audit import log_action
from transferhub.lib.codes import readable_code
from transferhub.lib.refusals import Refusal
from transferhub.lib.uploads import UploadRejected, inspect_upload
from transferhub.lib.versioning import version_claim
from transferhub.network.permissions import is_secretariat
from transferhub.suppliers.models import LksgRisk, Supplier
from transferhub.suppliers.permissions import is_supplier_staff

from .models import Case, CaseFile, CaseMessage, CompanyProcedure, ComplaintHandler, erase_after

MAX_TEXT = 20_000
MAX_FILES = 5
# Checked when a code is unknown, so that a wrong code costs as long as a wrong password.
_DUMMY_SECRET = make_password(secrets.token_urlsafe(16))


class ComplaintError(Refusal):
    """A refusal, with a message for the user."""

    api_status = 422


def new_code() -> str:
    """A case code such as 'HB-7K3M-9QX2' (40 bits: not guessable within the rate limit)."""
    while True:
        code = f"HB-{readable_code(2)}"
        if not Case.objects.filter(code=code).exists():
            return code


def _clean_text(text: str, *, label: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ComplaintError(_("Bitte schreiben Sie %(what)s.") % {"what": label})
    if len(text) > MAX_TEXT:
        raise ComplaintError(
            _("Der Text ist zu lang (höchstens %(n)s Zeichen).")
            % {"n": f"{MAX_TEXT:,}".replace(",", ".")}
        )
    return text


def _checked_files(files) -> list[tuple]:
    """Inspect every upload before anything is stored: documents and pictures only."""
    files = list(files or [])
    if len(files) > MAX_FILES:
        raise ComplaintError(_("Höchstens %(n)s Anlagen.") % {"n": MAX_FILES})
    checked = []
    for upload in files:
        try:
            mime, size, digest = inspect_upload(upload)
        except UploadRejected as exc:
            raise ComplaintError(f"{upload.name}: {exc}") from exc
        checked.append((upload, mime, size, digest))
    return checked


def _store_files(case: Case, message: CaseMessage | None, checked: list[tuple]) -> None:
    for upload, mime, size, digest in checked:
        stored = CaseFile(
            case=case,
            message=message,
            name=upload.name[:255],
            mime_type=mime,
            size=size,
            sha256=digest,
        )
        stored.file.save(f"{secrets.token_hex(8)}", upload, save=False)
        stored.save()


def company_staff_ids(supplier: Supplier) -> set[int]:
    """The logins that work for the company: they never handle a case about it."""
    ids = set(supplier.staff.values_list("pk", flat=True))
    if supplier.company_id:
        ids |= set(supplier.company.staff.values_list("pk", flat=True))
    return ids


def handler_for(supplier: Supplier | None) -> ComplaintHandler | None:
    """The impartial handler with the fewest open cases who does not work for the company."""
    handlers = ComplaintHandler.objects.filter(active=True, impartial=True, confidential=True)
    if supplier is not None:
        handlers = handlers.exclude(user_id__in=company_staff_ids(supplier))
    open_cases = Count("cases", filter=~Q(cases__status=Case.Status.CLOSED))
    return handlers.annotate(open_cases=open_cases).order_by("open_cases", "pk").first()


def handler_of(user) -> ComplaintHandler | None:
    """The user's handler record if they may handle cases (confirmed, active), else None."""
    if not user.is_authenticated:
        return None
    handler = ComplaintHandler.objects.filter(user=user).first()
    return handler if handler is not None and handler.may_handle else None


def sees_statistics(user, supplier: Supplier) -> bool:
    """A company's yearly counts: its staff, the secretariat and the handlers."""
    return is_supplier_staff(user, supplier) or is_secretariat(user) or handler_of(user) is not None


def visible_cases(handler: ComplaintHandler):
    """A handler's own cases and those nobody handles, minus their own company's."""
    cases = Case.objects.filter(Q(handler=handler) | Q(handler__isnull=True))
    own = Supplier.objects.filter(Q(staff=handler.user) | Q(company__staff=handler.user))
    return cases.exclude(supplier__in=own)


@transaction.atomic
def case_file(
    *,
    supplier: Supplier,
    risk: str,
    description: str,
    reporter_name: str = "",
    reporter_email: str = "",
    share_with_company: bool = False,
    files=(),
) -> tuple[Case, str]:
    """File a complaint; return the case and the reporter's password (shown once)."""
    if risk not in LksgRisk.values:
        raise ComplaintError(_("Bitte wählen Sie, worum es geht."))
    description = _clean_text(description, label=_("was geschehen ist"))
    checked = _checked_files(files)
    password = readable_code(3)
    now = timezone.now()
    case = Case.objects.create(
        code=new_code(),
        secret=make_password(password),
        supplier=supplier,
        supplier_name=supplier.name,
        risk=risk,
        description=description,
        reporter_name=(reporter_name or "").strip()[:200],
        reporter_email=(reporter_email or "").strip()[:254],
        language=translation.get_language() or "de",
        share_with_company=share_with_company,
        handler=handler_for(supplier),
        received_at=now,
        erase_after=erase_after(timezone.localdate(now)),
    )
    _store_files(case, None, checked)
    # No personal data in the log: the case, the company and the risk only.
    log_action(None, "complaints.case.filed", case, code=case.code, supplier=supplier.pk, risk=risk)
    _notify(case)
    return case, password


def _notify(case: Case) -> None:
    from . import jobs

    transaction.on_commit(lambda: jobs.case_mails.enqueue(case.pk), robust=True)


class CaseAccessDenied(ComplaintError):
    pass


def case_open(code: str, password: str) -> Case:
    """The case for its code and password; the same refusal for an unknown code or a wrong
    password, after the same work (a password check either way)."""
    code = (code or "").strip().upper()
    case = Case.objects.filter(code=code).first() if len(code) <= 20 else None
    secret = case.secret if case is not None else _DUMMY_SECRET
    matches = check_password((password or "").strip().upper(), secret)
    if case is None or not matches:
        raise CaseAccessDenied(
            _("Fallnummer oder Kennwort stimmen nicht. Bitte prüfen Sie beide Angaben.")
        )
    return case


def _writable(case: Case) -> None:
    if case.status == Case.Status.CLOSED:
        raise ComplaintError(
            _("Dieser Fall ist abgeschlossen; Nachrichten sind nicht mehr möglich.")
        )


@transaction.atomic
def reporter_message(*, case: Case, text: str, files=()) -> CaseMessage:
    """The reporter answers or adds to the case (through code and password)."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    _writable(case)
    text = _clean_text(text, label=_("eine Nachricht"))
    checked = _checked_files(files)
    message = CaseMessage.objects.create(case=case, sender=CaseMessage.Sender.REPORTER, text=text)
    _store_files(case, message, checked)
    Case.objects.filter(pk=case.pk).update(handler_notified_at=None)
    log_action(None, "complaints.case.reporter_message", case, code=case.code)
    _notify(case)
    return message


def _check_handler(case: Case, handler: ComplaintHandler | None) -> None:
    if handler is None or not handler.may_handle or case.handler_id != handler.pk:
        raise ComplaintError(_("Diesen Fall bearbeitet eine andere Person."))


@transaction.atomic
def handler_message(*, case: Case, handler: ComplaintHandler, text: str, files=()) -> CaseMessage:
    """The handler asks or answers; a named reporter is told by mail that a message waits."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    _check_handler(case, handler)
    _writable(case)
    text = _clean_text(text, label=_("eine Nachricht"))
    checked = _checked_files(files)
    message = CaseMessage.objects.create(case=case, sender=CaseMessage.Sender.HANDLER, text=text)
    _store_files(case, message, checked)
    if case.status == Case.Status.RECEIVED:
        Case.objects.filter(pk=case.pk).update(status=Case.Status.IN_REVIEW)
    log_action(handler.user, "complaints.case.handler_message", case, code=case.code)
    _notify(case)
    return message


@transaction.atomic
def case_record(
    *,
    case: Case,
    handler: ComplaintHandler,
    expected_version: int | None = None,
    status: str,
    outcome: str = "",
    facts: str = "",
    measures: str = "",
    outcome_note: str = "",
) -> Case:
    """Record the handling: facts discussed, measures, status and outcome."""
    _check_handler(case, handler)
    if status not in Case.Status.values:
        raise ComplaintError(_("Unbekannter Stand."))
    if outcome not in Case.Outcome.values:
        raise ComplaintError(_("Unbekanntes Ergebnis."))
    if status == Case.Status.CLOSED and not outcome:
        raise ComplaintError(_("Ein abgeschlossener Fall braucht ein Ergebnis."))
    texts = {"facts": facts, "measures": measures, "outcome_note": outcome_note}
    if any(len(value or "") > MAX_TEXT for value in texts.values()):
        raise ComplaintError(_("Ein Text ist zu lang (höchstens %(n)s Zeichen).") % {"n": MAX_TEXT})
    version_claim(case, expected_version)
    now = timezone.now()
    case.status, case.outcome = status, outcome
    for key, value in texts.items():
        setattr(case, key, (value or "").strip())
    if status == Case.Status.CLOSED and case.closed_at is None:
        case.closed_at = now
        case.erase_after = erase_after(timezone.localdate(now))
    elif status != Case.Status.CLOSED:
        case.closed_at = None
    case.save()
    log_action(handler.user, "complaints.case.recorded", case, status=status, outcome=outcome)
    return case


@transaction.atomic
def case_take(*, case: Case, handler: ComplaintHandler) -> Case:
    """A handler takes a case that nobody handles yet (none was free when it came in)."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    if not handler.may_handle:
        raise ComplaintError(
            _("Sie sind nicht als unparteiisch und zur Verschwiegenheit verpflichtet bestätigt.")
        )
    if case.handler_id is not None:
        raise ComplaintError(_("Diesen Fall bearbeitet bereits eine andere Person."))
    if case.supplier is not None and handler.user_id in company_staff_ids(case.supplier):
        raise ComplaintError(_("Sie arbeiten für das betroffene Unternehmen."))
    Case.objects.filter(pk=case.pk).update(handler=handler, handler_notified_at=timezone.now())
    case.refresh_from_db()
    log_action(handler.user, "complaints.case.taken", case)
    return case


@transaction.atomic
def case_pass_on(*, case: Case, handler: ComplaintHandler, to: ComplaintHandler) -> Case:
    """Hand the case to another handler (e.g. when one is not impartial in it)."""
    _check_handler(case, handler)
    if not to.may_handle or to.pk == handler.pk:
        raise ComplaintError(_("Bitte wählen Sie eine andere Person, die Beschwerden bearbeitet."))
    if case.supplier is not None and to.user_id in company_staff_ids(case.supplier):
        raise ComplaintError(_("Diese Person arbeitet für das betroffene Unternehmen."))
    Case.objects.filter(pk=case.pk).update(handler=to, handler_notified_at=None)
    case.refresh_from_db()
    log_action(handler.user, "complaints.case.passed_on", case, to=to.pk)
    _notify(case)
    return case


@transaction.atomic
def inform_company(*, case: Case, handler: ComplaintHandler) -> Case:
    """Tell the company of the case, which the reporter agreed to (never their identity)."""
    _check_handler(case, handler)
    if not case.share_with_company:
        raise ComplaintError(
            _("Die hinweisgebende Person hat nicht zugestimmt, dass das Unternehmen davon erfährt.")
        )
    if case.supplier is None or not case.supplier.contact_email:
        raise ComplaintError(_("Für das Unternehmen ist keine E-Mail-Adresse hinterlegt."))
    from . import jobs

    Case.objects.filter(pk=case.pk).update(company_informed_at=None)
    log_action(handler.user, "complaints.case.company_informed", case, supplier=case.supplier_id)
    transaction.on_commit(lambda: jobs.company_mail.enqueue(case.pk), robust=True)
    return case


# --- Handlers and companies ------------------------------------------------------------


@transaction.atomic
def handler_appoint(*, user, impartial: bool, confidential: bool, actor) -> ComplaintHandler:
    """The secretariat names a handler; only one who confirmed both may handle cases."""
    handler, _created = ComplaintHandler.objects.update_or_create(
        user=user,
        defaults={
            "impartial": impartial,
            "confidential": confidential,
            "active": True,
            "appointed_by": actor,
        },
    )
    log_action(actor, "complaints.handler.appointed", handler, user=user.pk)
    return handler


@transaction.atomic
def handler_retire(*, handler: ComplaintHandler, actor) -> None:
    """A handler stops; their open cases go to the others."""
    ComplaintHandler.objects.filter(pk=handler.pk).update(active=False)
    for case in Case.objects.filter(handler=handler).exclude(status=Case.Status.CLOSED):
        Case.objects.filter(pk=case.pk).update(
            handler=handler_for(case.supplier), handler_notified_at=None
        )
        _notify(case)
    log_action(actor, "complaints.handler.retired", handler)


@transaction.atomic
def procedure_adopt(*, supplier: Supplier, addition: str = "", actor) -> CompanyProcedure:
    """A company names the network's complaint procedure as its own."""
    if len(addition or "") > 5000:
        raise ComplaintError(_("Die Ergänzung ist zu lang (höchstens 5.000 Zeichen)."))
    procedure, _created = CompanyProcedure.objects.update_or_create(
        supplier=supplier, defaults={"addition": (addition or "").strip(), "adopted_by": actor}
    )
    log_action(actor, "complaints.procedure.adopted", procedure, supplier=supplier.pk)
    return procedure


@transaction.atomic
def procedure_leave(*, supplier: Supplier, actor) -> None:
    deleted, _rows = CompanyProcedure.objects.filter(supplier=supplier).delete()
    if deleted:
        log_action(actor, "complaints.procedure.left", supplier, supplier=supplier.pk)


# --- Statistics and erasure --------------------------------------------------------------


def yearly_statistics(supplier: Supplier, year: int) -> dict:
    """Counts of one company's cases received in a year, without any personal data."""
    cases = Case.objects.filter(supplier=supplier, received_at__year=year)
    by_risk = dict(cases.values_list("risk").annotate(n=Count("pk")).order_by())
    by_outcome = dict(
        cases.filter(status=Case.Status.CLOSED)
        .values_list("outcome")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {
        "year": year,
        "received": cases.count(),
        "closed": cases.filter(status=Case.Status.CLOSED).count(),
        "by_risk": [(label, by_risk.get(value, 0)) for value, label in LksgRisk.choices],
        "by_outcome": [
            (label, by_outcome.get(value, 0)) for value, label in Case.Outcome.choices if value
        ],
    }


def cases_erase_expired(*, today: dt.date | None = None) -> int:
    """Erase cases whose seven years are over, with their messages and files; return how many."""
    today = today or timezone.localdate()
    erased = 0
    for case in Case.objects.filter(erase_after__lt=today).iterator():
        with transaction.atomic():
            for stored in case.files.all():
                stored.file.delete(save=False)
            code = case.code
            case.delete()
            log_action(None, "complaints.case.erased", Case(pk=0), code=code)
        erased += 1
    return erased
