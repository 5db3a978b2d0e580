"""The clock of a meeting: actual start and end of the meeting and of each item.

The clock never changes a record's version: a note-taker pressing "Weiter" while a
colleague's autosave is under way must not make that save look outdated.
"""

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from transferhub.lib.audit import log_action

from .content import meeting_content_changed
from .models import AgendaItem, Meeting
from .services import MeetingError, State, agenda_schedule, meeting_lock

ACTIONS = ("start", "stop", "next")


def _check_clock_allowed(meeting: Meeting) -> None:
    if meeting.minutes_frozen:
        raise MeetingError(_("Das Protokoll ist genehmigt; die Zeiten der Sitzung stehen fest."))
    if meeting.is_cancelled:
        raise MeetingError(_("Die Sitzung ist abgesagt."))
    if meeting.date > timezone.localdate():
        raise MeetingError(
            _("Die Sitzung ist erst am %(date)s; die Uhr läuft ab dem Sitzungstag.")
            % {"date": meeting.date.strftime("%d.%m.%Y")}
        )


def _running(meeting: Meeting) -> AgendaItem | None:
    return (
        meeting.agenda_items.filter(actual_start__isnull=False, actual_end__isnull=True)
        .order_by("order")
        .first()
    )


def _begin_meeting(meeting: Meeting, now: dt.datetime, actor) -> None:
    if meeting.actual_start is not None:
        return
    meeting.actual_start = now
    fields = {"actual_start": now}
    if meeting.state in (State.PLANNED, State.INVITED):
        # The meeting is taking place: the state says so without a second click.
        fields["state"] = meeting.state = State.HELD
    Meeting.objects.filter(pk=meeting.pk).update(**fields)
    meeting_content_changed(meeting.pk)  # update() sends no signal
    log_action(actor, "meeting.clock_started", meeting, at=now.isoformat())


@transaction.atomic
def meeting_clock_start(*, meeting: Meeting, actor=None) -> Meeting:
    """Record that the meeting begins now ("Sitzung beginnen")."""
    meeting_lock(meeting)
    _check_clock_allowed(meeting)
    if meeting.actual_start is not None:
        raise MeetingError(
            _("Die Sitzung wurde bereits um %(time)s begonnen.")
            % {"time": timezone.localtime(meeting.actual_start).strftime("%H:%M")}
        )
    _begin_meeting(meeting, timezone.now(), actor)
    return meeting


@transaction.atomic
def meeting_clock_end(*, meeting: Meeting, actor=None) -> Meeting:
    """Record that the meeting ends now; a running item ends with it."""
    meeting_lock(meeting)
    _check_clock_allowed(meeting)
    if meeting.actual_start is None:
        raise MeetingError(_("Die Sitzung wurde noch nicht begonnen."))
    if meeting.actual_end is not None:
        raise MeetingError(_("Die Sitzung wurde bereits beendet."))
    now = timezone.now()
    running = _running(meeting)
    if running is not None:
        _stop(running, now, actor)
    meeting.actual_end = now
    Meeting.objects.filter(pk=meeting.pk).update(actual_end=now)
    meeting_content_changed(meeting.pk)  # update() sends no signal
    log_action(actor, "meeting.clock_ended", meeting, at=now.isoformat())
    return meeting


def _stop(item: AgendaItem, now: dt.datetime, actor) -> None:
    fields = {"actual_end": now}
    if item.status == AgendaItem.Status.PLANNED:
        fields["status"] = AgendaItem.Status.DISCUSSED
    AgendaItem.objects.filter(pk=item.pk).update(**fields)
    meeting_content_changed(item.meeting_id)  # update() sends no signal
    for key, value in fields.items():
        setattr(item, key, value)
    log_action(actor, "agenda_item.clock_stopped", item, at=now.isoformat())


def _start(item: AgendaItem, now: dt.datetime, actor) -> None:
    # Begun again after it ended (a misclick on "Beenden"): the clock runs from now.
    AgendaItem.objects.filter(pk=item.pk).update(actual_start=now, actual_end=None)
    meeting_content_changed(item.meeting_id)  # update() sends no signal
    item.actual_start, item.actual_end = now, None
    log_action(actor, "agenda_item.clock_started", item, at=now.isoformat())


@transaction.atomic
def item_clock(*, item: AgendaItem, action: str, actor=None) -> AgendaItem:
    """Start or stop an item's clock; "next" stops it and starts the following item.

    Returns the item that runs afterwards (for "next"), else the item itself.
    """
    if action not in ACTIONS:
        raise MeetingError(_("Unbekannte Aktion; erlaubt sind „start“, „stop“ und „next“."))
    meeting = meeting_lock(item.meeting)
    meeting.refresh_from_db(fields=["actual_start", "actual_end", "date"])
    _check_clock_allowed(meeting)
    item.refresh_from_db(fields=["actual_start", "actual_end", "status"])
    now = timezone.now()
    running = _running(meeting)
    if action == "start":
        if running is not None:
            message = (
                _("Dieser Punkt läuft bereits.")
                if running.pk == item.pk
                else _("„%(running)s“ läuft noch. Beenden Sie ihn zuerst oder wählen Sie „Weiter“.")
                % {"running": running}
            )
            raise MeetingError(message)
        _begin_meeting(meeting, now, actor)
        _start(item, now, actor)
        return item
    if item.actual_start is None:
        raise MeetingError(_("Dieser Punkt wurde noch nicht begonnen."))
    if item.actual_end is not None:
        raise MeetingError(_("Dieser Punkt wurde bereits beendet."))
    _stop(item, now, actor)
    if action == "stop":
        return item
    following = meeting.agenda_items.filter(order__gt=item.order).order_by("order").first()
    if following is None:
        return item
    following.meeting = meeting
    _start(following, now, actor)
    return following


@dataclass
class ClockRow:
    """One agenda row with its plan beside what happened."""

    item: AgendaItem
    planned_start: dt.datetime
    planned_minutes: int
    actual_start: dt.datetime | None
    actual_minutes: int | None
    running: bool


def clock_rows(meeting: Meeting, items) -> tuple[list[ClockRow], int | None]:
    """Plan and actual times per item, and how many minutes the meeting runs behind (+) or ahead.

    The offset compares the latest item that began with its planned start; None before any.
    """
    schedule, _overrun = agenda_schedule(meeting, items)
    rows = []
    offset = None
    now = timezone.now()
    for slot in schedule:
        item = slot.item
        planned = timezone.make_aware(dt.datetime.combine(meeting.date, slot.start))
        actual_minutes = None
        if item.actual_start is not None:
            until = item.actual_end or now
            actual_minutes = max(0, round((until - item.actual_start).total_seconds() / 60))
            offset = round((item.actual_start - planned).total_seconds() / 60)
        rows.append(
            ClockRow(
                item=item,
                planned_start=planned,
                planned_minutes=item.duration_minutes,
                actual_start=item.actual_start,
                actual_minutes=actual_minutes,
                running=item.actual_start is not None and item.actual_end is None,
            )
        )
    return rows, offset
