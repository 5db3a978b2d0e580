"""Write operations on meetings: plan, invite, record, approve, correct."""

import datetime as dt
import re
from dataclasses import dataclass

from django.conf import settings
from django.db import router, transaction
from django.db.models import F, Max, Prefetch, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from transferhub.lib import registry
from transferhub.lib.audit import log_action
from transferhub.lib.db import rows_by_ids
from transferhub.lib.refusals import Refusal
from transferhub.lib.uploads import (
    UploadRejected,
    file_deleted_after_commit,
    file_removed_unless_stored,
    inspect_upload,
)
from transferhub.lib.versioning import automatic_reason, version_claim
from transferhub.network.models import Body, Organisation, Person

from .content import meeting_content_changed
from .models import AgendaItem, Attachment, Attendance, Meeting, MinutesVersion, Presentation
from .signals import meeting_cancelled, meeting_changed, minutes_approved


class MeetingError(Refusal):
    """A request on a meeting we refuse; the message is fit to show the user."""


State = Meeting.State

# Which state may follow which; cancelled is reachable until the meeting was held.
TRANSITIONS = {
    State.PLANNED: {State.INVITED, State.HELD, State.CANCELLED},
    State.INVITED: {State.HELD, State.CANCELLED, State.PLANNED},
    State.HELD: {State.MINUTES_DRAFT, State.MINUTES_APPROVED},
    State.MINUTES_DRAFT: {State.MINUTES_APPROVED, State.HELD},
    State.MINUTES_APPROVED: set(),
    State.CANCELLED: {State.PLANNED},
}


def _check_times(start_time: dt.time, end_time: dt.time) -> None:
    if end_time <= start_time:
        raise MeetingError(_("Das Ende muss nach dem Beginn liegen."))


def meeting_lock(meeting: Meeting) -> Meeting:
    """Lock the meeting's row for this transaction and read its state afresh.

    Every write that depends on "minutes not frozen" checks the state read here, so an
    approval running at the same moment is either wholly before or wholly after it.
    """
    meeting.state = (
        Meeting.objects.select_for_update().values_list("state", flat=True).get(pk=meeting.pk)
    )
    return meeting


def _check_not_frozen(meeting: Meeting) -> None:
    if meeting.minutes_frozen:
        raise MeetingError(
            _(
                "Das Protokoll ist genehmigt und damit eingefroren. Änderungen sind nur als "
                "Korrektur möglich, die eine neue Version anlegt."
            )
        )


@transaction.atomic
def meeting_create(
    *,
    body: Body,
    name: str,
    date: dt.date,
    start_time: dt.time,
    end_time: dt.time,
    location: str = "",
    online_url: str = "",
    note_taker: Person | None = None,
    actor=None,
    **extra,
) -> Meeting:
    """Create a planned meeting; it gets the item approving the previous minutes by itself."""
    _check_times(start_time, end_time)
    meeting = Meeting.objects.create(
        body=body,
        name=name,
        date=date,
        start_time=start_time,
        end_time=end_time,
        location=location,
        online_url=online_url,
        note_taker=note_taker,
        **extra,
    )
    log_action(actor, "meeting.created", meeting, name=name, date=date.isoformat())
    previous = last_meeting_with_minutes(meeting)
    if previous is not None and not meeting.source_sha256:
        approval_item_ensure(meeting=meeting, previous=previous)
    return meeting


# States of a meeting that took place; only these can have minutes to approve.
HELD_STATES = (State.HELD, State.MINUTES_DRAFT, State.MINUTES_APPROVED)


def last_meeting_with_minutes(meeting: Meeting) -> Meeting | None:
    """The body's last meeting before this one that was held and has minutes, else None.

    A planned, invited or cancelled meeting has no minutes to approve, and neither has a
    held one where nothing was written (no minutes text and no decision), nor the record
    of a written procedure (registry.minutes_record_meetings).
    """
    earlier = Q(date__lt=meeting.date) | Q(date=meeting.date, start_time__lt=meeting.start_time)
    written = Q(agenda_items__minutes__gt="") | Q(decisions__isnull=False)
    candidates = Meeting.objects.filter(
        earlier, written, body_id=meeting.body_id, state__in=HELD_STATES
    )
    for record_meeting_ids in registry.minutes_record_meetings:
        candidates = candidates.exclude(pk__in=record_meeting_ids())
    return candidates.exclude(pk=meeting.pk).order_by("-date", "-start_time").distinct().first()


@transaction.atomic
def meeting_update(
    *, meeting: Meeting, actor=None, expected_version: int | None = None, **fields
) -> Meeting:
    """Change a meeting's details (not its state); refuse a save from an older version."""
    version_claim(meeting, expected_version)
    _check_not_frozen(meeting)
    start = fields.get("start_time", meeting.start_time)
    end = fields.get("end_time", meeting.end_time)
    _check_times(start, end)
    before = {k: str(getattr(meeting, k)) for k in fields}
    for key, value in fields.items():
        setattr(meeting, key, value)
    meeting.save()
    log_action(
        actor,
        "meeting.changed",
        meeting,
        before=before,
        after={k: str(v) for k, v in fields.items()},
    )
    # Invitees hear of a new date, time or place (the invitations app sends the update).
    moved = {
        k: [before[k], str(v)]
        for k, v in fields.items()
        if k in SCHEDULE_FIELDS and before[k] != str(v)
    }
    if moved:
        transaction.on_commit(
            lambda: meeting_changed.send(sender=Meeting, meeting=meeting, changes=moved)
        )
    return meeting


# What an invitee's calendar holds of a meeting: a change sends them an update.
SCHEDULE_FIELDS = ("date", "start_time", "end_time", "location", "online_url")


@transaction.atomic
def meeting_set_state(*, meeting: Meeting, state: str, actor=None, reason: str = "") -> Meeting:
    """Move a meeting to another state where the workflow allows it (a reason is logged)."""
    if state == State.MINUTES_APPROVED:
        return minutes_approve(meeting=meeting, actor=actor)
    if state not in TRANSITIONS.get(meeting.state, set()):
        raise MeetingError(
            _("Eine Sitzung im Status „%(old)s“ kann nicht auf „%(new)s“ gesetzt werden.")
            % {"old": meeting.get_state_display(), "new": State(state).label}
        )
    if state == State.HELD:
        _check_not_in_future(
            meeting,
            _("Die Sitzung ist erst am %(date)s; sie kann vorher nicht als durchgeführt gelten."),
        )
    old = meeting.state
    version_claim(meeting)
    meeting.state = state
    meeting.save(update_fields=["state", "modified"])
    extra = {"reason": reason.strip()} if reason.strip() else {}
    log_action(actor, "meeting.state_changed", meeting, before=old, after=state, **extra)
    if state == State.CANCELLED:
        transaction.on_commit(
            lambda: meeting_cancelled.send(sender=Meeting, meeting=meeting, reason=reason.strip())
        )
    return meeting


def _check_not_in_future(meeting: Meeting, message: str) -> None:
    """Refuse what only a meeting that took place may do; `message` names the %(date)s."""
    if meeting.date > timezone.localdate():
        raise MeetingError(message % {"date": meeting.date.strftime("%d.%m.%Y")})


def approval_item_ensure(*, meeting: Meeting, previous: Meeting) -> AgendaItem | None:
    """Put "Genehmigung des Protokolls vom …" first on the meeting's agenda, once.

    An untouched approval item that names an older meeting whose minutes are approved
    by now (the meeting was planned two ahead) is turned to `previous` instead.
    """
    if meeting.minutes_frozen or meeting.agenda_items.filter(approves_minutes_of=previous).exists():
        return None
    with translation.override(settings.LANGUAGE_CODE):
        name = _("Genehmigung des Protokolls vom %(date)s") % {
            "date": previous.date.strftime("%d.%m.%Y")
        }
    stale = (
        meeting.agenda_items.filter(
            approves_minutes_of__date__lt=previous.date,
            approves_minutes_of__state=State.MINUTES_APPROVED,
            minutes="",
            decisions__isnull=True,
        )
        .order_by("order")
        .first()
    )
    if stale is not None:
        stale.approves_minutes_of = previous
        stale.name = name
        stale.save(update_fields=["approves_minutes_of", "name", "modified"])
        return stale
    # Make room at the top: shift the others down (from the end, for the unique order).
    for item in meeting.agenda_items.order_by("-order"):
        item.order += 1
        item.save(update_fields=["order"])
    return AgendaItem.objects.create(
        meeting=meeting,
        order=1,
        number="",
        name=name,
        duration_minutes=5,
        approves_minutes_of=previous,
    )


def next_meeting_of(meeting: Meeting) -> Meeting | None:
    """The body's first meeting after the day of this one as saved, cancelled ones left out.

    Asked on every view of a member's meeting page: its SQL is built once (lib.db), this
    meeting's body and day joined in by its id (the ORM built it in 0.5 ms a view).
    """
    columns = [field.attname for field in Meeting._meta.concrete_fields]

    def build(ids):
        return (
            Meeting.objects.filter(body__meetings__in=ids, date__gt=F("body__meetings__date"))
            .exclude(state=State.CANCELLED)
            .order_by("date", "start_time")
            .values_list(*columns)[:1]
        )

    rows = rows_by_ids("next-meeting", Meeting, [meeting.pk], build)
    return Meeting.from_db(router.db_for_read(Meeting), columns, rows[0]) if rows else None


# --- Agenda -----------------------------------------------------------------------


@dataclass
class ScheduledItem:
    item: AgendaItem
    start: dt.time
    end: dt.time
    overruns: bool


def agenda_schedule(meeting: Meeting, items) -> tuple[list[ScheduledItem], bool]:
    """Compute each item's start from the durations; say whether the plan runs past the end."""
    clock = meeting.start
    scheduled = []
    overrun = False
    for item in items:
        end = clock + dt.timedelta(minutes=item.duration_minutes)
        late = end > meeting.end
        overrun = overrun or late
        scheduled.append(ScheduledItem(item, clock.time(), end.time(), late))
        clock = end
    return scheduled, overrun


def _next_number(meeting: Meeting) -> str:
    numbers = [int(n) for n in meeting.agenda_items.values_list("number", flat=True) if n.isdigit()]
    return str(max(numbers, default=0) + 1)


def _check_number(meeting: Meeting, number: str, item: AgendaItem | None = None) -> None:
    clash = meeting.agenda_items.filter(number=number)
    if item is not None:
        clash = clash.exclude(pk=item.pk)
    if number and clash.exists():
        raise MeetingError(
            _("Die Nummer „%(number)s“ ist in dieser Sitzung schon vergeben.") % {"number": number}
        )


def _set_presenters(item: AgendaItem, presenters) -> None:
    """Replace the item's presenters by [(person, organisation or None), ...]."""
    item.presentations.all().delete()
    Presentation.objects.bulk_create(
        Presentation(agenda_item=item, person=p, organisation=o or p.organisation, order=i)
        for i, (p, o) in enumerate(presenters)
    )
    meeting_content_changed(item.meeting_id)  # bulk_create() sends no signal


@transaction.atomic
def agenda_item_add(
    *,
    meeting: Meeting,
    name: str,
    kind: str = AgendaItem.Kind.ITEM,
    number: str | None = None,
    duration_minutes: int = 0,
    public: bool = True,
    presenters=(),
    actor=None,
) -> AgendaItem:
    """Append an item or a break to the agenda; items get the next free number."""
    _check_not_frozen(meeting)
    if kind == AgendaItem.Kind.BREAK:
        number = ""
    elif not number:
        number = _next_number(meeting)
    number = number.strip().rstrip(".")
    _check_number(meeting, number)
    order = (meeting.agenda_items.aggregate(m=Max("order"))["m"] or 0) + 1
    item = AgendaItem.objects.create(
        meeting=meeting,
        order=order,
        number=number,
        name=name,
        kind=kind,
        duration_minutes=duration_minutes,
        public=public,
    )
    _set_presenters(item, presenters)
    log_action(actor, "agenda_item.added", item, name=name, number=number)
    return item


@transaction.atomic
def agenda_item_update(
    *, item: AgendaItem, actor=None, presenters=None, expected_version: int | None = None, **fields
) -> AgendaItem:
    """Change an agenda item's plan (title, number, duration, presenters, public)."""
    meeting_lock(item.meeting)
    _check_not_frozen(item.meeting)
    version_claim(item, expected_version)
    if "number" in fields:
        fields["number"] = "" if item.is_break else (fields["number"] or "").strip().rstrip(".")
        _check_number(item.meeting, fields["number"], item)
    before = {k: str(getattr(item, k)) for k in fields}
    for key, value in fields.items():
        setattr(item, key, value)
    item.save()
    if presenters is not None:
        _set_presenters(item, presenters)
    log_action(
        actor,
        "agenda_item.changed",
        item,
        before=before,
        after={k: str(v) for k, v in fields.items()},
    )
    return item


@transaction.atomic
def agenda_item_move(*, item: AgendaItem, offset: int, actor=None) -> None:
    """Move an item up (-1) or down (+1) by swapping places with its neighbour."""
    meeting = meeting_lock(item.meeting)
    _check_not_frozen(meeting)
    items = list(meeting.agenda_items.order_by("order"))
    index = next(i for i, it in enumerate(items) if it.pk == item.pk)
    target = index + offset
    if not 0 <= target < len(items):
        return
    items[index], items[target] = items[target], items[index]
    _renumber_order(items)
    attachments_renumber(meeting=meeting)
    log_action(actor, "agenda_item.moved", item, offset=offset)


@transaction.atomic
def agenda_reorder(*, meeting: Meeting, ids: list[int], actor=None) -> list[AgendaItem]:
    """Put the agenda in the order of `ids` (every item and break once); renumber the items."""
    meeting_lock(meeting)
    _check_not_frozen(meeting)
    items = {it.pk: it for it in meeting.agenda_items.all()}
    if len(ids) != len(items) or set(ids) != set(items):
        raise MeetingError(
            _(
                "Die neue Reihenfolge muss jeden Punkt der Tagesordnung genau einmal nennen. "
                "Bitte laden Sie die Seite neu und versuchen Sie es noch einmal."
            )
        )
    before = [it.pk for it in sorted(items.values(), key=lambda it: it.order)]
    ordered = [items[pk] for pk in ids]
    if before != ids:
        _renumber_order(ordered)
        attachments_renumber(meeting=meeting)
        log_action(actor, "meeting.agenda_reordered", meeting, before=before, after=list(ids))
    return ordered


# An item number the renumbering understands: "3", "3.1", "3.1.2" (a trailing dot ignored).
_ITEM_NUMBER = re.compile(r"^\d+(?:\.\d+)*$")


def agenda_numbers(items: list[AgendaItem]) -> list[str]:
    """The numbers the items get in this order: the numbering follows the agenda.

    Numbered items count 1, 2, 3 …; a sub-item ("3.1") counts within the item above it
    and keeps its depth (after a move it belongs to its new parent: "4.1"); a sub-item
    with no item above it becomes a main item. Breaks and items without a number (the
    approval item) stay unnumbered, and numbers that are not digits ("A", "3a") are kept.
    """
    counters: list[int] = []
    numbers = []
    for item in items:
        number = item.number
        if item.is_break or not _ITEM_NUMBER.match(number):
            numbers.append(number)
            continue
        depth = min(number.count(".") + 1, len(counters) + 1)
        counters = counters[:depth]
        if len(counters) < depth:
            counters.append(0)
        counters[-1] += 1
        numbers.append(".".join(str(n) for n in counters))
    return numbers


def _renumber_order(items: list[AgendaItem]) -> None:
    """Store `items` in this order (1, 2, 3 …) with the numbers of agenda_numbers().

    Only rows that change are written, in two passes, so that the unique constraints on
    (meeting, order) and (meeting, number) never see a duplicate in between.
    """
    numbers = agenda_numbers(items)
    changed = [
        (i, it, number)
        for i, (it, number) in enumerate(zip(items, numbers, strict=True), start=1)
        if it.order != i or it.number != number
    ]
    top = len(items) + 1000
    for i, it, _number in changed:
        # An empty number is outside the unique constraint: a free place to park.
        AgendaItem.objects.filter(pk=it.pk).update(order=top + i, number="")
    for i, it, number in changed:
        AgendaItem.objects.filter(pk=it.pk).update(order=i, number=number)
        it.order, it.number = i, number
    if changed:  # update() sends no signal
        meeting_content_changed(changed[0][1].meeting_id)


@transaction.atomic
def agenda_item_delete(*, item: AgendaItem, actor=None) -> None:
    meeting = item.meeting
    _check_not_frozen(meeting)
    if item.decisions.exists() or item.tasks.exists():
        raise MeetingError(
            _(
                "Der Punkt hat Beschlüsse oder Aufgaben und kann nicht gelöscht "
                "werden. Markieren Sie ihn stattdessen als zurückgezogen."
            )
        )
    log_action(actor, "agenda_item.deleted", item, name=item.name)
    item.delete()
    _renumber_order(list(meeting.agenda_items.order_by("order")))
    attachments_renumber(meeting=meeting)


# --- Invitations and attendance ------------------------------------------------------


def meeting_invite(*, meeting: Meeting, actor=None) -> int:
    """Invite the body's current members with the default text; return invitations made.

    The invitations app keeps and mails them (registry.meeting_invitations): one per member
    with a personal link to answer, mailed after the commit; the attendance list says
    "eingeladen" only for those a mail reached. Its preview page lets one edit the text,
    add guests and leave members out first.
    """
    if meeting.state not in (State.PLANNED, State.INVITED):
        raise MeetingError(_("Nur geplante Sitzungen können eingeladen werden."))
    send = registry.meeting_invitations.get("send")
    if send is None:
        raise MeetingError(_("Einladungen können hier nicht verschickt werden."))
    return send(meeting=meeting, actor=actor)


@transaction.atomic
def attendance_set(*, meeting: Meeting, statuses: dict[int, str], actor=None) -> None:
    """Set the attendance status of several people at once ({attendance id: status})."""
    _check_not_frozen(meeting)  # the attendance list is part of the approved minutes
    valid = set(Attendance.Status.values)
    changed = {}
    for attendance in meeting.attendances.filter(pk__in=statuses):
        status = statuses[attendance.pk]
        if status not in valid:
            raise MeetingError(_("Unbekannter Teilnahmestatus."))
        if attendance.status != status:
            changed[attendance.pk] = [attendance.status, status]
            attendance.status = status
            attendance.save(update_fields=["status", "modified"])
    if changed:
        log_action(actor, "meeting.attendance_changed", meeting, changes=changed)


@transaction.atomic
def attendance_add(
    *,
    meeting: Meeting,
    person: Person | None = None,
    guest_name: str = "",
    on_behalf_of: Organisation | None = None,
    status: str = Attendance.Status.PRESENT,
    actor=None,
) -> Attendance:
    """Add a person or a guest without an account to the attendance list."""
    _check_not_frozen(meeting)
    guest_name = guest_name.strip()
    if person is None and not guest_name:
        raise MeetingError(
            _("Bitte wählen Sie eine Person oder geben Sie den Namen des Gastes an.")
        )
    if person is not None and meeting.attendances.filter(person=person).exists():
        raise MeetingError(
            _("%(name)s steht schon auf der Teilnahmeliste.") % {"name": person.full_name}
        )
    attendance = Attendance.objects.create(
        meeting=meeting,
        person=person,
        guest_name="" if person else guest_name,
        on_behalf_of=on_behalf_of or (person.organisation if person else None),
        status=status,
    )
    log_action(actor, "meeting.attendance_added", meeting, attendance=attendance.pk)
    return attendance


# --- Minutes ------------------------------------------------------------------------------


@transaction.atomic
def minutes_record(
    *,
    item: AgendaItem,
    minutes: str | None = None,
    status: str | None = None,
    public: bool | None = None,
    expected_version: int | None = None,
    actor=None,
) -> AgendaItem:
    """Write the minutes of an item (status, public flag) while the minutes are not approved.

    Only what is given changes; `expected_version` refuses a save from an older version.
    """
    meeting = meeting_lock(item.meeting)
    _check_not_frozen(meeting)
    version_claim(item, expected_version)
    if minutes is None:
        minutes = item.minutes
    before = {"minutes": item.minutes, "status": item.status}
    item.minutes = minutes
    # Only the fields that change are named: a save naming "public" has OParl read the
    # item's public set before and after (4 queries), one naming "status" has planning
    # look for a backlog entry; an unchanged flag or status changes neither.
    fields = ["minutes", "version", "modified"]
    if status and status != item.status:
        if status not in AgendaItem.Status.values:
            raise MeetingError(_("Unbekannter Status."))
        item.status = status
        fields.append("status")
    if public is not None and public != item.public:
        item.public = public
        fields.append("public")
    item.save(update_fields=fields)
    if meeting.state in (State.PLANNED, State.INVITED, State.HELD) and (
        meeting.date <= timezone.localdate()
    ):
        # Writing minutes means the meeting took place and a draft exists; notes written
        # ahead of the day (a prepared text) leave a future meeting planned.
        meeting.state = State.MINUTES_DRAFT
        meeting.save(update_fields=["state", "modified"])
    log_action(
        actor,
        "minutes.recorded",
        item,
        before=before,
        after={"minutes": minutes, "status": item.status},
    )
    return item


def minutes_snapshot(meeting: Meeting) -> dict:
    """The minutes as plain data, for a frozen version: all the meeting page shows.

    Versions written before a key existed lack it; readers take each key with a default
    (see versions.version_sections).
    """
    from .related import decision_model, task_model  # decisions sits above this app

    items = meeting.agenda_items.prefetch_related(
        Prefetch("presentations", Presentation.objects.select_related("person", "organisation")),
        Prefetch("decisions", decision_model().objects.select_related("body").order_by("pk")),
        Prefetch(
            "tasks",
            task_model().objects.select_related("owner_person", "owner_body").order_by("pk"),
        ),
    ).order_by("order")
    return {
        "meeting": {
            "name": meeting.name,
            "body": meeting.body.name,
            "date": meeting.date.isoformat(),
            "start": meeting.start_time.strftime("%H:%M"),
            "end": meeting.end_time.strftime("%H:%M"),
            "location": meeting.location,
            "participant_count": meeting.participant_count(),
            "note_taker": meeting.note_taker.full_name if meeting.note_taker_id else "",
        },
        "items": [
            {
                "id": it.pk,
                "order": it.order,
                "number": it.number,
                "name": it.name,
                "kind": it.kind,
                "duration_minutes": it.duration_minutes,
                "status": it.status,
                "public": it.public,
                "presenters": [str(p) for p in it.presentations.all()],
                "minutes": it.minutes,
                "decisions": [
                    {
                        "number": d.register_number,
                        "kind": d.kind,
                        "text": d.text,
                        "votes": {
                            "yes": d.votes_yes,
                            "no": d.votes_no,
                            "abstain": d.votes_abstain,
                        }
                        if d.has_votes
                        else None,
                    }
                    for d in it.decisions.all()
                ],
                "tasks": [
                    {
                        "text": t.text,
                        "owner": str(t.owner) if t.owner else "",
                        "due": t.due_date.isoformat() if t.due_date else None,
                        "status": t.status,
                    }
                    for t in it.tasks.all()
                ],
            }
            for it in items
        ],
    }


def _new_version(meeting: Meeting, *, reason: str, actor) -> MinutesVersion:
    number = (meeting.minutes_versions.aggregate(m=Max("version"))["m"] or 0) + 1
    return MinutesVersion.objects.create(
        meeting=meeting,
        version=number,
        content=minutes_snapshot(meeting),
        reason=reason,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )


@transaction.atomic
def minutes_approve(*, meeting: Meeting, actor=None) -> Meeting:
    """Approve and freeze the minutes; the next meeting gets the approval item."""
    # Lock the row: two people approving at once must not make two first versions.
    locked_state = (
        Meeting.objects.select_for_update().values_list("state", flat=True).get(pk=meeting.pk)
    )
    if locked_state not in (State.HELD, State.MINUTES_DRAFT):
        raise MeetingError(
            _("Nur das Protokoll einer durchgeführten Sitzung kann genehmigt werden.")
        )
    _check_not_in_future(
        meeting,
        _("Die Sitzung ist erst am %(date)s; ihr Protokoll kann vorher nicht genehmigt werden."),
    )
    version_claim(meeting)
    meeting.state = State.MINUTES_APPROVED
    meeting.save(update_fields=["state", "modified"])
    version = _new_version(meeting, reason=automatic_reason("approved"), actor=actor)
    log_action(actor, "minutes.approved", meeting, version=version.version)
    following = next_meeting_of(meeting)
    if following is not None and following.state in (State.PLANNED, State.INVITED):
        approval_item_ensure(meeting=following, previous=meeting)
    # Whoever listens (decisions mails the minutes to the members) hears it once committed.
    transaction.on_commit(lambda: minutes_approved.send(sender=Meeting, meeting=meeting))
    return meeting


@transaction.atomic
def minutes_correct(
    *,
    item: AgendaItem,
    minutes: str,
    reason: str,
    expected_version: int | None = None,
    actor=None,
) -> MinutesVersion:
    """Correct approved minutes: the change becomes a new version, with who and why."""
    meeting = meeting_lock(item.meeting)
    if not meeting.minutes_frozen:
        raise MeetingError(
            _(
                "Korrekturen gibt es nur für genehmigte Protokolle; "
                "bearbeiten Sie den Entwurf direkt."
            )
        )
    if not reason.strip():
        raise MeetingError(_("Bitte geben Sie an, was korrigiert wurde und warum."))
    version_claim(item, expected_version)
    if minutes == item.minutes:
        raise MeetingError(_("Der Text ist unverändert; es wurde keine neue Version angelegt."))
    before = item.minutes
    item.minutes = minutes
    item.save(update_fields=["minutes", "version", "modified"])
    version = _new_version(meeting, reason=reason.strip(), actor=actor)
    log_action(
        actor,
        "minutes.corrected",
        item,
        version=version.version,
        reason=reason,
        before=before,
        after=minutes,
    )
    return version


# --- Attachments ----------------------------------------------------------------------


@transaction.atomic
def attachment_add(
    *, meeting: Meeting, file, name: str = "", agenda_item: AgendaItem | None = None, actor=None
) -> Attachment:
    """Store an uploaded file as the meeting's next "Anlage"; refuse wrong types and sizes."""
    _check_not_frozen(meeting)
    try:
        mime, size, sha256 = inspect_upload(file)
    except UploadRejected as exc:
        raise MeetingError(str(exc)) from exc
    if agenda_item is not None and agenda_item.meeting_id != meeting.pk:
        raise MeetingError(_("Der Tagesordnungspunkt gehört zu einer anderen Sitzung."))
    number = (meeting.attachments.aggregate(m=Max("number"))["m"] or 0) + 1
    original = getattr(file, "name", "") or "datei"
    attachment = Attachment(
        meeting=meeting,
        agenda_item=agenda_item,
        number=number,
        name=name.strip() or original.rsplit("/", 1)[-1],
        file_name=original.rsplit("/", 1)[-1],
        mime_type=mime,
        size=size,
        sha256=sha256,
        uploaded_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    attachment.file.save(original, file, save=False)
    with file_removed_unless_stored(attachment.file):
        attachment.save()
        attachments_renumber(meeting=meeting)
        log_action(actor, "attachment.added", attachment, name=attachment.name, sha256=sha256)
    attachment.refresh_from_db()
    return attachment


def attachments_renumber(*, meeting: Meeting) -> None:
    """Number attachments in the order of first mention: by agenda item, then upload order.

    Attachments of the meeting as a whole come after those of the items.
    """
    attachments = list(meeting.attachments.select_related("agenda_item"))
    big = 10**9
    attachments.sort(
        key=lambda a: (a.agenda_item.order if a.agenda_item_id else big, a.created, a.pk)
    )
    renumbered = False
    for index, attachment in enumerate(attachments, start=1):
        if attachment.number != index:
            Attachment.objects.filter(pk=attachment.pk).update(number=index)
            renumbered = True
    if renumbered:  # update() sends no signal
        meeting_content_changed(meeting.pk)


@transaction.atomic
def attachment_delete(*, attachment: Attachment, actor=None) -> None:
    meeting = attachment.meeting
    _check_not_frozen(meeting)
    log_action(actor, "attachment.deleted", attachment, name=attachment.name)
    file_deleted_after_commit(attachment.file)
    attachment.delete()
    attachments_renumber(meeting=meeting)


# --- Recording page ------------------------------------------------------------------


@transaction.atomic
def agenda_item_presenter_add(
    *, item: AgendaItem, person: Person, organisation: Organisation | None = None, actor=None
) -> Presentation:
    """Add a presenter to an item while recording; the item's minutes version stays."""
    _check_not_frozen(meeting_lock(item.meeting))
    if item.presentations.filter(person=person).exists():
        raise MeetingError(
            _("%(name)s ist bei diesem Punkt schon eingetragen.") % {"name": person.full_name}
        )
    order = (item.presentations.aggregate(m=Max("order"))["m"] or 0) + 1
    presentation = Presentation.objects.create(
        agenda_item=item,
        person=person,
        organisation=organisation or person.organisation,
        order=order,
    )
    log_action(actor, "agenda_item.presenter_added", item, person=person.pk)
    return presentation


@transaction.atomic
def agenda_item_presenter_remove(*, presentation: Presentation, actor=None) -> None:
    item = presentation.agenda_item
    _check_not_frozen(meeting_lock(item.meeting))
    log_action(actor, "agenda_item.presenter_removed", item, person=presentation.person_id)
    presentation.delete()
