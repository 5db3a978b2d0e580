"""Finding a date (Terminfindung): propose slots, answer by signed link, choose one.

The secretariat or a body's chair proposes slots; the body's current members
and guests without an account answer yes / if need be / no per slot through a
personal signed link (or logged in); choosing a slot closes the poll, creates
the meeting and sends the invitations with an .ics file.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.conf import settings
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from transferhub.lib.audit import log_action
from transferhub.lib.signed_links import LinkError, payload_open, payload_token
from transferhub.network.models import Body, Person
from transferhub.network.notifications import mail_person

from . import services
from .calendar import meeting_ics
from .models import Attendance, DatePoll, DatePollAnswer, DatePollInvitee, DatePollSlot, Meeting
from .services import MeetingError

POLL_LINK_SALT = "transferhub.meetings.date-poll"
SCORE = {DatePollAnswer.Value.YES: 2, DatePollAnswer.Value.MAYBE: 1, DatePollAnswer.Value.NO: 0}


def poll_link_max_age() -> dt.timedelta:
    return dt.timedelta(days=getattr(settings, "DATE_POLL_LINK_DAYS", 30))


def _absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


# --- Signed links ---------------------------------------------------------------------


def date_poll_token(invitee: DatePollInvitee) -> str:
    """Sign a token that lets `invitee` see the poll and answer without logging in."""
    return payload_token(POLL_LINK_SALT, {"invitee": invitee.pk, "key": invitee.key.hex})


def date_poll_link(invitee: DatePollInvitee) -> str:
    return _absolute(reverse("meetings:poll_link", args=[date_poll_token(invitee)]))


def invitee_from_token(token: str) -> DatePollInvitee:
    """Return the invitee a link names, or raise MeetingError if it is forged or expired."""
    expired = _(
        "Dieser Link ist abgelaufen. Bitte wenden Sie sich an die Geschäftsstelle "
        "oder melden Sie sich an, um zu antworten."
    )
    try:
        data = payload_open(POLL_LINK_SALT, token, max_age=poll_link_max_age(), expired=expired)
    except LinkError as exc:
        raise MeetingError(str(exc)) from exc
    invitee = (
        DatePollInvitee.objects.select_related("poll__body", "person")
        .filter(pk=data.get("invitee"))
        .first()
    )
    if invitee is None or invitee.key.hex != data.get("key"):
        raise MeetingError(_("Diese Einladung gibt es nicht mehr; der Link gilt nicht mehr."))
    return invitee


# --- Propose ----------------------------------------------------------------------------


def _now() -> dt.datetime:
    return timezone.localtime().replace(tzinfo=None)


def _check_slots(slots: list[tuple[dt.date, dt.time, dt.time]]) -> None:
    if not slots:
        raise MeetingError(_("Bitte schlagen Sie mindestens einen Termin vor."))
    now = _now()
    seen = set()
    for date, start, end in slots:
        label = formats.date_format(date, "SHORT_DATE_FORMAT")
        if end <= start:
            raise MeetingError(
                _("Am %(date)s muss das Ende nach dem Beginn liegen.") % {"date": label}
            )
        if dt.datetime.combine(date, start) <= now:
            raise MeetingError(
                _("Der Termin am %(date)s um %(time)s liegt in der Vergangenheit.")
                % {"date": label, "time": start.strftime("%H:%M")}
            )
        if (date, start, end) in seen:
            raise MeetingError(
                _("Der Termin am %(date)s um %(time)s ist doppelt angegeben.")
                % {"date": label, "time": start.strftime("%H:%M")}
            )
        seen.add((date, start, end))


def _clean_guests(guests) -> list[tuple[str, str, str]]:
    cleaned = []
    for name, email, language in guests:
        name, email = name.strip(), email.strip()
        if not name or not email:
            raise MeetingError(_("Bitte geben Sie für jeden Gast Name und E-Mail-Adresse an."))
        try:
            validate_email(email)
        except Exception as exc:  # noqa: BLE001 - Django's ValidationError, shown as ours
            raise MeetingError(
                _("„%(email)s“ ist keine gültige E-Mail-Adresse.") % {"email": email}
            ) from exc
        if language not in Person.Language.values:
            language = settings.LANGUAGE_CODE
        cleaned.append((name, email, language))
    return cleaned


@transaction.atomic
def date_poll_create(
    *,
    body: Body,
    title: str,
    slots: list[tuple[dt.date, dt.time, dt.time]],
    note: str = "",
    location: str = "",
    guests=(),
    actor=None,
) -> DatePoll:
    """Propose slots to the body's current members (and guests) and mail each their link."""
    _check_slots(slots)
    guests = _clean_guests(guests)
    title = title.strip() or body.name
    poll = DatePoll.objects.create(
        body=body,
        title=title,
        note=note.strip(),
        location=location.strip(),
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    DatePollSlot.objects.bulk_create(
        DatePollSlot(poll=poll, date=d, start_time=s, end_time=e) for d, s, e in sorted(slots)
    )
    people = {}
    for membership in body.current_memberships().select_related("person"):
        people.setdefault(membership.person_id, membership.person)
    DatePollInvitee.objects.bulk_create(
        [DatePollInvitee(poll=poll, person=p) for p in people.values()]
        + [
            DatePollInvitee(poll=poll, guest_name=n, guest_email=e, guest_language=lang)
            for n, e, lang in guests
        ]
    )
    sent = _mail_invitees(poll)
    log_action(
        actor,
        "date_poll.created",
        poll,
        body=body.pk,
        slots=[f"{d.isoformat()} {s:%H:%M}-{e:%H:%M}" for d, s, e in sorted(slots)],
        invitees=len(people) + len(guests),
        mails=sent,
    )
    return poll


def _mail_invitees(poll: DatePoll) -> int:
    slots = list(poll.slots.all())
    expires = timezone.localdate() + poll_link_max_age()
    sent = 0
    invitees = poll.invitees.select_related("person")
    for invitee in invitees:

        def subject(p=poll):
            return _("Terminfindung: %(title)s") % {"title": p.title}

        # One mail each: the link in it is personal.
        sent += mail_person(
            invitee,
            subject=subject,
            template="meetings/email/poll_invitation",
            context={
                "poll": poll,
                "slots": slots,
                "link": date_poll_link(invitee),
                "expires": expires,
            },
        )
    invitees.exclude(person__email="", guest_email="").update(invited_at=timezone.now())
    return sent


# --- Answer ---------------------------------------------------------------------------


@transaction.atomic
def date_poll_answer(
    *, invitee: DatePollInvitee, answers: dict[int, str], via: str = "login", actor=None
) -> DatePollInvitee:
    """Save an invitee's answers ({slot id: yes/maybe/no}) while the poll is open."""
    poll = DatePoll.objects.select_for_update().get(pk=invitee.poll_id)
    if not poll.is_open:
        raise MeetingError(
            _("Diese Terminfindung ist abgeschlossen; Antworten sind nicht mehr möglich.")
        )
    slot_ids = set(poll.slots.values_list("pk", flat=True))
    if set(answers) != slot_ids:
        raise MeetingError(_("Bitte antworten Sie für jeden vorgeschlagenen Termin."))
    if any(v not in DatePollAnswer.Value.values for v in answers.values()):
        raise MeetingError(_("Bitte antworten Sie mit „Ja“, „Wenn nötig“ oder „Nein“."))
    before = dict(invitee.answers.values_list("slot_id", "value"))
    for slot_id, value in answers.items():
        if before.get(slot_id) != value:
            DatePollAnswer.objects.update_or_create(
                invitee=invitee, slot_id=slot_id, defaults={"value": value}
            )
    invitee.answered_at = timezone.now()
    invitee.save(update_fields=["answered_at"])
    log_action(
        actor,
        "date_poll.answered",
        poll,
        invitee=invitee.pk,
        via=via,
        before={str(k): v for k, v in before.items()},
        after={str(k): v for k, v in answers.items()},
    )
    return invitee


# --- Results --------------------------------------------------------------------------


@dataclass
class SlotResult:
    slot: DatePollSlot
    yes: int = 0
    maybe: int = 0
    no: int = 0
    rank: int = 0

    @property
    def score(self) -> int:
        return 2 * self.yes + self.maybe


@dataclass
class InviteeRow:
    invitee: DatePollInvitee
    cells: list[str | None] = field(default_factory=list)


@dataclass
class PollResults:
    """The poll as a table: invitees × slots (in time order), and the slots best first."""

    slots: list[SlotResult]
    ranked: list[SlotResult]
    rows: list[InviteeRow]
    open_count: int

    @property
    def best(self) -> SlotResult | None:
        return self.ranked[0] if self.ranked and self.ranked[0].score > 0 else None


def date_poll_results(poll: DatePoll) -> PollResults:
    """Count answers per slot and rank the slots: yes = 2, if need be = 1, ties by fewer no."""
    slots = [SlotResult(slot) for slot in poll.slots.all()]
    by_slot = {r.slot.pk: r for r in slots}
    invitees = list(poll.invitees.select_related("person").prefetch_related("answers"))
    rows = []
    open_count = 0
    for invitee in invitees:
        given = {a.slot_id: a.value for a in invitee.answers.all()}
        if not given:
            open_count += 1
        rows.append(InviteeRow(invitee, [given.get(r.slot.pk) for r in slots]))
        for slot_id, value in given.items():
            result = by_slot.get(slot_id)
            if result is not None:
                setattr(result, value, getattr(result, value) + 1)
    ranked = sorted(
        slots, key=lambda r: (-r.score, r.no, r.slot.date, r.slot.start_time, r.slot.pk)
    )
    for rank, result in enumerate(ranked, start=1):
        result.rank = rank
    return PollResults(slots=slots, ranked=ranked, rows=rows, open_count=open_count)


# --- Choose -----------------------------------------------------------------------------


@transaction.atomic
def date_poll_choose(*, poll: DatePoll, slot_id: int | None, actor=None) -> tuple[Meeting, int]:
    """Close the poll on a slot: create the meeting, invite members and guests (.ics).

    Return the meeting and the number of invitation mails sent.
    """
    # Lock the row: two managers choosing at once must not make two meetings.
    poll = DatePoll.objects.select_for_update().select_related("body").get(pk=poll.pk)
    if not poll.is_open:
        raise MeetingError(_("Für diese Terminfindung wurde bereits ein Termin gewählt."))
    slot = poll.slots.filter(pk=slot_id).first() if slot_id else None
    if slot is None:
        raise MeetingError(_("Bitte wählen Sie einen der vorgeschlagenen Termine."))
    if dt.datetime.combine(slot.date, slot.start_time) <= _now():
        raise MeetingError(
            _("Dieser Termin liegt in der Vergangenheit; bitte wählen Sie einen anderen.")
        )
    meeting = services.meeting_create(
        body=poll.body,
        name=poll.title,
        date=slot.date,
        start_time=slot.start_time,
        end_time=slot.end_time,
        location=poll.location,
        actor=actor,
    )
    poll.state = DatePoll.State.CLOSED
    poll.chosen_slot = slot
    poll.meeting = meeting
    poll.save(update_fields=["state", "chosen_slot", "meeting", "modified"])
    log_action(actor, "date_poll.closed", poll, slot=slot.pk, meeting=meeting.pk)
    members = services.meeting_invite(meeting=meeting, actor=actor)
    guests = _invite_guests(poll, meeting)
    if guests:
        log_action(actor, "meeting.guests_invited", meeting, recipients=guests)
    return meeting, members + guests


def _invite_guests(poll: DatePoll, meeting: Meeting) -> int:
    """Put the poll's guests on the attendance list and mail them the .ics."""
    guests = list(poll.invitees.filter(person__isnull=True))
    Attendance.objects.bulk_create(
        Attendance(meeting=meeting, guest_name=g.guest_name, status=Attendance.Status.INVITED)
        for g in guests
    )
    attachment = meeting_ics(meeting, method="REQUEST")
    sent = 0
    for guest in guests:

        def subject(m=meeting):
            return _("Einladung: %(name)s am %(date)s") % {
                "name": m.name,
                "date": formats.date_format(m.date, "SHORT_DATE_FORMAT"),
            }

        sent += mail_person(
            guest,
            subject=subject,
            template="meetings/email/poll_guest_invitation",
            context={"meeting": meeting, "poll": poll, "items": meeting.agenda_items.all()},
            attachments=[attachment],
        )
    return sent
