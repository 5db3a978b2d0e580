"""Invitations people answer, and the approved minutes' delivery: every write is here.

Sending makes one Invitation per recipient and one InvitationMail per mail in a
transaction; the mails leave after the commit in a background job (jobs.py) that tries a
failing mail server again. The answer by personal link fills the meeting's attendance
list through meetings' own services.
"""

import datetime as dt
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from transferhub.lib.audit import log_action
from transferhub.lib.refusals import Refusal
from transferhub.lib.signed_links import LinkError, link_open, link_token
from transferhub.meetings import services as meeting_services
from transferhub.meetings.models import Attendance, Meeting
from transferhub.network.models import Person
from transferhub.network.notifications import mail_wanted

from .models import BodyInvitationSettings, Invitation, InvitationMail, MinutesDelivery

LINK_SALT = "transferhub.invitations.answer"
LANGUAGES = [code for code, _label in Person.Language.choices]
# Bounds of one sending: guests typed in at once, and the length of the edited text.
MAX_GUESTS = 50
MAX_TEXT = 10_000
State = Meeting.State
Answer = Invitation.Answer


class InvitationError(Refusal):
    """A request on invitations we refuse; the message is fit to show the user."""

    api_status = 422


# --- Texts ------------------------------------------------------------------------------


def _date(meeting: Meeting) -> str:
    return formats.date_format(meeting.date, "SHORT_DATE_FORMAT")


def default_subject(meeting: Meeting, language: str) -> str:
    with translation.override(language):
        return _("Einladung: %(name)s am %(date)s") % {"name": meeting.name, "date": _date(meeting)}


def default_text(meeting: Meeting, language: str) -> str:
    """The invitation's editable text in `language` (time, place and agenda follow it)."""
    with translation.override(language):
        text = _(
            "hiermit laden wir Sie herzlich zur Sitzung „%(name)s“ des Gremiums %(body)s "
            "am %(date)s ein."
        ) % {
            "name": meeting.name,
            "body": meeting.body.name,
            "date": formats.date_format(meeting.date, "DATE_FORMAT"),
        }
        text += "\n\n" + _(
            "Bitte sagen Sie über Ihren persönlichen Link unten zu oder ab, oder benennen "
            "Sie eine Vertretung aus Ihrer Organisation."
        )
    return text


# --- Links ------------------------------------------------------------------------------


def link_max_age() -> dt.timedelta:
    return dt.timedelta(days=getattr(settings, "INVITATION_LINK_DAYS", 400))


def invitation_token(invitation: Invitation) -> str:
    """Sign a token that lets the invitee answer without logging in (lib.signed_links)."""
    return link_token(LINK_SALT, invitation.pk, invitation.key)


def invitation_link(invitation: Invitation) -> str:
    path = reverse("invitations:answer", args=[invitation_token(invitation)])
    return f"{settings.SITE_URL}{path}"


def invitation_from_token(token: str) -> Invitation:
    """Return the invitation a link names, or raise InvitationError if altered or expired."""
    try:
        pk, key = link_open(LINK_SALT, token, max_age=link_max_age())
    except LinkError as exc:
        raise InvitationError(str(exc)) from exc
    invitation = (
        Invitation.objects.select_related("meeting__body", "person__organisation", "on_behalf_of")
        .filter(pk=pk)
        .first()
    )
    if invitation is None or invitation.key.hex != key:
        raise InvitationError(_("Diese Einladung gilt nicht mehr."))
    return invitation


# --- Recipients ---------------------------------------------------------------------------


@dataclass
class Recipient:
    """A member of the body as the preview lists them."""

    person: Person
    on_behalf_of: object
    has_email: bool
    invited: Invitation | None


def member_recipients(meeting: Meeting) -> list[Recipient]:
    """The body's current members, each once, with whether they are invited already."""
    invited = {i.person_id: i for i in meeting.invitations.filter(person__isnull=False)}
    seen: dict[int, Recipient] = {}
    memberships = (
        meeting.body.current_memberships()
        .select_related("person__organisation", "on_behalf_of")
        .order_by("person__family_name", "person__given_name", "pk")
    )
    for m in memberships:
        if m.person_id not in seen:
            seen[m.person_id] = Recipient(
                m.person,
                m.on_behalf_of or m.person.organisation,
                bool(m.person.email),
                invited.get(m.person_id),
            )
    return list(seen.values())


_GUEST_LINE = re.compile(r"^(?P<name>[^<>]+?)\s*<(?P<email>[^<>\s]+)>\s*(?:\((?P<lang>\w\w)\))?$")


def parse_guests(text: str) -> list[tuple[str, str, str]]:
    """Read guests, one a line: `Name <address>`, optionally `(en)` for English."""
    guests = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        match = _GUEST_LINE.match(line)
        if match is None:
            raise InvitationError(
                _(
                    "Zeile %(line)d der Gäste ist nicht lesbar. Bitte schreiben Sie "
                    "„Name <adresse@example.org>“, für Englisch mit „(en)“ dahinter."
                )
                % {"line": number}
            )
        guests.append(
            (match["name"].strip(), match["email"].strip(), (match["lang"] or "de").lower())
        )
    return guests


def _check_guests(guests: list[tuple[str, str, str]]) -> None:
    if len(guests) > MAX_GUESTS:
        raise InvitationError(
            _("Bitte laden Sie höchstens %(max)d Gäste auf einmal ein.") % {"max": MAX_GUESTS}
        )
    seen = set()
    for name, email, language in guests:
        if not name or len(name) > 200:
            raise InvitationError(_("Jeder Gast braucht einen Namen (höchstens 200 Zeichen)."))
        try:
            validate_email(email)
        except ValidationError as exc:
            raise InvitationError(
                _("„%(email)s“ ist keine gültige E-Mail-Adresse.") % {"email": email}
            ) from exc
        if language not in LANGUAGES:
            raise InvitationError(
                _("Unbekannte Sprache „%(lang)s“; möglich sind de und en.") % {"lang": language}
            )
        if email.lower() in seen:
            raise InvitationError(
                _("Die Adresse „%(email)s“ steht zweimal unter den Gästen.") % {"email": email}
            )
        seen.add(email.lower())


def _check_letter(subjects: dict[str, str], texts: dict[str, str]) -> None:
    for language in LANGUAGES:
        subject = (subjects.get(language) or "").strip()
        if not subject or len(subject) > 300:
            raise InvitationError(
                _("Bitte geben Sie einen Betreff an (höchstens 300 Zeichen) – auch für %(lang)s.")
                % {"lang": Person.Language(language).label}
            )
        if len(texts.get(language) or "") > MAX_TEXT:
            raise InvitationError(
                _("Der Text ist zu lang (höchstens %(max)d Zeichen).") % {"max": MAX_TEXT}
            )


def _check_can_invite(meeting: Meeting) -> None:
    if meeting.state not in (State.PLANNED, State.INVITED):
        raise InvitationError(_("Nur geplante Sitzungen können eingeladen werden."))


# --- Sending -------------------------------------------------------------------------------


@dataclass
class SendResult:
    invitations: list[Invitation] = field(default_factory=list)
    without_email: list[str] = field(default_factory=list)
    already: int = 0


@transaction.atomic
def invitations_send(
    *,
    meeting: Meeting,
    subjects: dict[str, str] | None = None,
    texts: dict[str, str] | None = None,
    exclude_person_ids=(),
    guests: list[tuple[str, str, str]] = (),
    attach_agenda: bool = True,
    actor=None,
) -> SendResult:
    """Invite the body's members (less those excluded) and the guests; mail after the commit.

    Who is invited already is not invited twice; members without an address are named
    in the result and get no invitation.
    """
    meeting_services.meeting_lock(meeting)
    _check_can_invite(meeting)
    subjects = {
        lang: (subjects or {}).get(lang) or default_subject(meeting, lang) for lang in LANGUAGES
    }
    texts = {lang: (texts or {}).get(lang, default_text(meeting, lang)) for lang in LANGUAGES}
    _check_letter(subjects, texts)
    guests = list(guests)
    _check_guests(guests)
    excluded = {int(pk) for pk in exclude_person_ids}
    result = SendResult()
    user = actor if getattr(actor, "is_authenticated", False) else None
    for recipient in member_recipients(meeting):
        if recipient.person.pk in excluded:
            continue
        if recipient.invited is not None:
            result.already += 1
            continue
        if not recipient.has_email:
            result.without_email.append(recipient.person.full_name)
            continue
        result.invitations.append(
            Invitation.objects.create(
                meeting=meeting,
                person=recipient.person,
                on_behalf_of=recipient.on_behalf_of,
                invited_by=user,
            )
        )
    known_guests = {
        e.lower()
        for e in meeting.invitations.filter(person__isnull=True).values_list(
            "guest_email", flat=True
        )
    }
    for name, email, language in guests:
        if email.lower() in known_guests:
            result.already += 1
            continue
        result.invitations.append(
            Invitation.objects.create(
                meeting=meeting,
                guest_name=name,
                guest_email=email,
                guest_language=language,
                invited_by=user,
            )
        )
    InvitationMail.objects.bulk_create(
        InvitationMail(
            invitation=invitation,
            kind=InvitationMail.Kind.INVITATION,
            subject=subjects[invitation.language].strip(),
            text=texts[invitation.language].strip(),
            attach_agenda=attach_agenda,
        )
        for invitation in result.invitations
    )
    if result.invitations and meeting.state == State.PLANNED:
        meeting_services.meeting_set_state(meeting=meeting, state=State.INVITED, actor=actor)
    log_action(
        actor,
        "invitation.sent",
        meeting,
        invitations=len(result.invitations),
        guests=sum(1 for i in result.invitations if i.is_guest),
        without_email=len(result.without_email),
        excluded=len(excluded),
    )
    _mail_after_commit(meeting)
    return result


def _mail_after_commit(meeting: Meeting) -> None:
    from .jobs import invitation_mails_send

    meeting_id = meeting.pk
    transaction.on_commit(lambda: invitation_mails_send.enqueue(meeting_id), robust=True)


@transaction.atomic
def invitation_mails_retry(*, meeting: Meeting, actor=None) -> int:
    """Send again the mails of a meeting that did not go out (the job gave up on them)."""
    pending = InvitationMail.objects.filter(invitation__meeting=meeting, sent_at__isnull=True)
    count = pending.update(attempts=0)
    if count:
        log_action(actor, "invitation.retried", meeting, mails=count)
        _mail_after_commit(meeting)
    return count


# --- Answers -------------------------------------------------------------------------------


def check_open_for_answers(meeting: Meeting) -> None:
    """Refuse an answer to a meeting that is over or cancelled."""
    if meeting.state == State.CANCELLED:
        raise InvitationError(_("Die Sitzung wurde abgesagt; eine Antwort ist nicht mehr nötig."))
    over = meeting.end < timezone.localtime().replace(tzinfo=None)
    if over or meeting.state not in (State.PLANNED, State.INVITED):
        raise InvitationError(
            _("Die Sitzung ist vorbei; Antworten auf die Einladung sind nicht mehr möglich.")
        )


def _organisation_of(invitation: Invitation):
    if invitation.on_behalf_of_id:
        return invitation.on_behalf_of
    return invitation.person.organisation if invitation.person_id else None


def _check_substitute(invitation: Invitation, name: str, email: str) -> Person | None:
    """The substitute as a known person (same organisation), or None for a new name."""
    organisation = _organisation_of(invitation)
    if organisation is None:
        raise InvitationError(
            _(
                "Eine Vertretung kann nur benennen, wer für eine Organisation eingeladen ist. "
                "Bitte sagen Sie ab oder wenden Sie sich an die Geschäftsstelle."
            )
        )
    if not name or len(name) > 200:
        raise InvitationError(_("Bitte nennen Sie den Namen Ihrer Vertretung."))
    try:
        validate_email(email)
    except ValidationError as exc:
        raise InvitationError(
            _("Bitte geben Sie eine gültige E-Mail-Adresse Ihrer Vertretung an.")
        ) from exc
    if invitation.email and email.lower() == invitation.email.lower():
        raise InvitationError(_("Die Vertretung muss eine andere Person sein als Sie."))
    known = Person.objects.filter(email__iexact=email).select_related("organisation").first()
    if known is not None and known.organisation_id != organisation.pk:
        raise InvitationError(
            _("Die Vertretung muss aus Ihrer Organisation (%(org)s) kommen.")
            % {"org": organisation.name}
        )
    return known


def _attendance_status(attendance: Attendance, status: str, meeting: Meeting, actor) -> None:
    if attendance.status != status:
        meeting_services.attendance_set(
            meeting=meeting, statuses={attendance.pk: status}, actor=actor
        )


def _ensure_attendance(invitation: Invitation, actor) -> Attendance:
    """The invitee's row on the attendance list (made when the mail went out)."""
    if invitation.attendance_id:
        row = Attendance.objects.filter(pk=invitation.attendance_id).first()
        if row is not None:
            return row
    meeting = invitation.meeting
    row = None
    if invitation.person_id:
        row = meeting.attendances.filter(person=invitation.person).first()
    if row is None:
        row = meeting_services.attendance_add(
            meeting=meeting,
            person=invitation.person,
            guest_name=invitation.guest_name,
            on_behalf_of=invitation.on_behalf_of,
            status=Attendance.Status.INVITED,
            actor=actor,
        )
    invitation.attendance = row
    invitation.save(update_fields=["attendance", "modified"])
    return row


@transaction.atomic
def invitation_answer(
    *,
    invitation: Invitation,
    answer: str,
    substitute_name: str = "",
    substitute_email: str = "",
    actor=None,
) -> Invitation:
    """Accept, decline or name a substitute; the attendance list follows.

    A substitute comes from the invitee's organisation: a person we know from another
    organisation is refused. The answer may change until the meeting begins.
    """
    meeting = meeting_services.meeting_lock(invitation.meeting)
    meeting.refresh_from_db()
    invitation.meeting = meeting
    check_open_for_answers(meeting)
    if answer not in (Answer.ACCEPTED, Answer.DECLINED, Answer.SUBSTITUTE):
        raise InvitationError(_("Bitte wählen Sie Zusage, Absage oder Vertretung."))
    substitute_name, substitute_email = substitute_name.strip(), substitute_email.strip()
    known = None
    if answer == Answer.SUBSTITUTE:
        known = _check_substitute(invitation, substitute_name, substitute_email)
    before = invitation.answer
    row = _ensure_attendance(invitation, actor)
    # A substitute named before steps back when the answer changes.
    old_sub = invitation.substitute_attendance
    if old_sub is not None and (
        answer != Answer.SUBSTITUTE
        or substitute_email.lower() != invitation.substitute_email.lower()
    ):
        _attendance_status(old_sub, Attendance.Status.DECLINED, meeting, actor)
        invitation.substitute_attendance = None
    if answer == Answer.ACCEPTED:
        _attendance_status(row, Attendance.Status.ACCEPTED, meeting, actor)
    else:
        _attendance_status(row, Attendance.Status.DECLINED, meeting, actor)
    if answer == Answer.SUBSTITUTE:
        if invitation.substitute_attendance is None:
            invitation.substitute_attendance = _substitute_row(
                invitation, meeting, substitute_name, known, actor
            )
        invitation.substitute_name, invitation.substitute_email = substitute_name, substitute_email
    else:
        invitation.substitute_name = invitation.substitute_email = ""
    invitation.answer = answer
    invitation.answered_at = timezone.now()
    invitation.save()
    # No names or addresses in the log: the invitation's id says who.
    log_action(actor, "invitation.answered", invitation, before=before, after=answer)
    return invitation


def _substitute_row(invitation, meeting, name: str, known: Person | None, actor) -> Attendance:
    organisation = _organisation_of(invitation)
    if known is not None:
        row = meeting.attendances.filter(person=known).first()
        if row is not None:
            _attendance_status(row, Attendance.Status.ACCEPTED, meeting, actor)
            return row
    return meeting_services.attendance_add(
        meeting=meeting,
        person=known,
        guest_name="" if known else name,
        on_behalf_of=organisation,
        status=Attendance.Status.ACCEPTED,
        actor=actor,
    )


def invitation_of_user(meeting: Meeting, user) -> Invitation | None:
    """The signed-in user's own invitation to the meeting, if any."""
    if not getattr(user, "is_authenticated", False):
        return None
    return (
        Invitation.objects.select_related("meeting__body", "person__organisation", "on_behalf_of")
        .filter(meeting=meeting, person__user=user)
        .first()
    )


# --- Updates, cancellation, reminders -----------------------------------------------------


def _letters_for(invitations, kind: str, make) -> int:
    """Queue one mail of `kind` to each invitation; `make(language)` → (subject, text)."""
    texts: dict[str, tuple[str, str]] = {}
    rows = []
    for invitation in invitations:
        language = invitation.language
        if language not in texts:
            with translation.override(language):
                texts[language] = make(language)
        subject, text = texts[language]
        rows.append(
            InvitationMail(
                invitation=invitation,
                kind=kind,
                subject=subject,
                text=text,
                attach_agenda=kind == InvitationMail.Kind.UPDATE,
            )
        )
    InvitationMail.objects.bulk_create(rows)
    return len(rows)


def _field_label(key: str) -> str:
    labels = {
        "date": _("Datum"),
        "start_time": _("Beginn"),
        "end_time": _("Ende"),
        "location": _("Ort"),
    }
    return labels.get(key, key)


@transaction.atomic
def invitations_update(*, meeting: Meeting, changes: dict, actor=None) -> int:
    """Tell everyone invited that date, time or place changed (same .ics UID, new SEQUENCE)."""
    meeting = Meeting.objects.select_related("body").get(pk=meeting.pk)
    if meeting.state not in (State.PLANNED, State.INVITED):
        return 0
    invited = meeting.invitations.filter(mailed_at__isnull=False).select_related("person")

    def make(language):
        subject = _("Geändert: %(name)s am %(date)s") % {
            "name": meeting.name,
            "date": _date(meeting),
        }
        lines = [_("die Sitzung „%(name)s“ wurde geändert.") % {"name": meeting.name}, ""]
        for key in changes:
            if key == "online_url":
                lines.append(_("Der Online-Link wurde geändert."))
                continue
            lines.append(
                _("%(what)s: jetzt %(value)s")
                % {"what": _field_label(key), "value": _value(meeting, key)}
            )
        lines += [
            "",
            _(
                "Der Kalendereintrag im Anhang ersetzt den bisherigen. Bitte prüfen Sie Ihre Antwort."
            ),
        ]
        return subject, "\n".join(lines)

    count = _letters_for(invited, InvitationMail.Kind.UPDATE, make)
    if count:
        log_action(actor, "invitation.update_sent", meeting, mails=count, fields=sorted(changes))
        _mail_after_commit(meeting)
    return count


def _value(meeting: Meeting, key: str) -> str:
    if key == "date":
        return formats.date_format(meeting.date, "DATE_FORMAT")
    if key in ("start_time", "end_time"):
        return getattr(meeting, key).strftime("%H:%M")
    return str(getattr(meeting, key) or "–")


@transaction.atomic
def invitations_cancel(*, meeting: Meeting, reason: str, actor=None) -> int:
    """Tell everyone invited that the meeting is cancelled, and why (METHOD:CANCEL)."""
    meeting = Meeting.objects.select_related("body").get(pk=meeting.pk)
    invited = meeting.invitations.filter(mailed_at__isnull=False).select_related("person")

    def make(language):
        subject = _("Abgesagt: %(name)s am %(date)s") % {
            "name": meeting.name,
            "date": _date(meeting),
        }
        text = _("die Sitzung „%(name)s“ am %(date)s findet nicht statt.") % {
            "name": meeting.name,
            "date": formats.date_format(meeting.date, "DATE_FORMAT"),
        }
        if reason:
            text += "\n\n" + _("Grund: %(reason)s") % {"reason": reason}
        return subject, text

    count = _letters_for(invited, InvitationMail.Kind.CANCEL, make)
    if count:
        log_action(actor, "invitation.cancel_sent", meeting, mails=count)
        _mail_after_commit(meeting)
    return count


def reminder_days(body) -> int:
    return BodyInvitationSettings.for_body(body).reminder_days


def reminders_queue(*, today: dt.date | None = None) -> int:
    """Queue a reminder to each invitee who has not answered, N days before; once each.

    Each meeting's reminders are recorded (`reminded_at`) in one transaction before the
    mails leave, so a rerun the same day or later sends nobody a second reminder.
    """
    today = today or timezone.localdate()
    meetings = Meeting.objects.filter(
        state__in=(State.PLANNED, State.INVITED), date__gte=today
    ).select_related("body")
    # The farthest any body looks ahead bounds the meetings read.
    horizon = max(
        [s for s in BodyInvitationSettings.objects.values_list("reminder_days", flat=True)]
        + [BodyInvitationSettings._meta.get_field("reminder_days").default]
    )
    queued = 0
    for meeting in meetings.filter(date__lte=today + dt.timedelta(days=horizon)):
        days = reminder_days(meeting.body)
        if not days or meeting.date > today + dt.timedelta(days=days):
            continue
        queued += _remind(meeting)
    return queued


@transaction.atomic
def _remind(meeting: Meeting) -> int:
    pending = list(
        Invitation.objects.select_for_update(of=("self",))
        .filter(
            meeting=meeting,
            answer=Answer.PENDING,
            mailed_at__isnull=False,
            reminded_at__isnull=True,
        )
        .select_related("person")
    )
    if not pending:
        return 0

    def make(language):
        subject = _("Erinnerung: %(name)s am %(date)s") % {
            "name": meeting.name,
            "date": _date(meeting),
        }
        text = _(
            "Sie haben auf die Einladung zur Sitzung „%(name)s“ am %(date)s noch nicht "
            "geantwortet. Bitte sagen Sie über Ihren persönlichen Link zu oder ab."
        ) % {"name": meeting.name, "date": formats.date_format(meeting.date, "DATE_FORMAT")}
        return subject, text

    Invitation.objects.filter(pk__in=[i.pk for i in pending]).update(reminded_at=timezone.now())
    count = _letters_for(pending, InvitationMail.Kind.REMINDER, make)
    log_action(None, "invitation.reminded", meeting, mails=count)
    _mail_after_commit(meeting)
    return count


# --- Approved minutes: the delivery ----------------------------------------------------------


def minutes_recipients(meeting: Meeting) -> list[Person]:
    """The body's current members and those on the attendance list who were there."""
    people = {
        m.person.pk: m.person for m in meeting.body.current_memberships().select_related("person")
    }
    attended = Attendance.objects.filter(
        meeting=meeting,
        person__isnull=False,
        status__in=(Attendance.Status.PRESENT, Attendance.Status.ACCEPTED),
    ).select_related("person")
    for row in attended:
        people.setdefault(row.person_id, row.person)
    return sorted(people.values(), key=lambda p: (p.family_name, p.given_name, p.pk))


def current_version(meeting: Meeting) -> int:
    return (
        meeting.minutes_versions.order_by("-version").values_list("version", flat=True).first() or 0
    )


@transaction.atomic
def minutes_distribute(*, meeting: Meeting, actor=None) -> int:
    """Mail the approved minutes to members and attendees who have not received them.

    One delivery per person and version; rows not yet sent are tried again. Returns the
    number of mails queued.
    """
    meeting = Meeting.objects.select_related("body").get(pk=meeting.pk)
    if meeting.state != State.MINUTES_APPROVED:
        raise InvitationError(_("Nur genehmigte Protokolle werden verschickt."))
    version = current_version(meeting)
    have = set(
        MinutesDelivery.objects.filter(meeting=meeting, version=version).values_list(
            "person_id", flat=True
        )
    )
    new = [
        MinutesDelivery(meeting=meeting, person=p, version=version)
        for p in minutes_recipients(meeting)
        if p.pk not in have and mail_wanted(p, "invitations/email/minutes")
    ]
    MinutesDelivery.objects.bulk_create(new)
    retried = (
        MinutesDelivery.objects.filter(meeting=meeting, version=version, sent_at__isnull=True)
        .exclude(person_id__in=[d.person_id for d in new])
        .exclude(error="not_sent")
    )
    retried_count = retried.update(attempts=0)
    queued = len(new) + retried_count
    if queued:
        log_action(
            actor,
            "minutes.distributed",
            meeting,
            version=version,
            new=len(new),
            again=retried_count,
        )
        from .jobs import minutes_deliveries_send

        meeting_id = meeting.pk
        transaction.on_commit(lambda: minutes_deliveries_send.enqueue(meeting_id), robust=True)
    return queued


@transaction.atomic
def settings_save(*, body, reminder_days: int, minutes_docx: bool, actor=None):
    """Store a body's reminder days and whether the minutes go out as DOCX too."""
    if not 0 <= reminder_days <= 60:
        raise InvitationError(_("Die Erinnerung geht 0 bis 60 Tage vor der Sitzung."))
    current = BodyInvitationSettings.for_body(body)
    before = {"reminder_days": current.reminder_days, "minutes_docx": current.minutes_docx}
    current.reminder_days, current.minutes_docx = reminder_days, minutes_docx
    current.save()
    after = {"reminder_days": reminder_days, "minutes_docx": minutes_docx}
    if before != after:
        log_action(actor, "invitation.settings_changed", body, before=before, after=after)
    return current
