"""Write operations of planning: the series, proposals and their decision, the backlog,
and planning the next meeting from the template, a copy or nothing.

Agenda items are made only through meetings' services (agenda_item_add, attachment_add,
agenda_reorder), so numbering, upload checks and the audit log stay theirs.
"""

import datetime as dt

from django.core.files import File
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from transferhub.lib.audit import log_action
from transferhub.lib.dates import date_in_range, date_range_message
from transferhub.lib.refusals import Refusal
from transferhub.lib.uploads import UploadRejected, file_removed_unless_stored, inspect_upload
from transferhub.meetings import services as meeting_services
from transferhub.meetings.models import AgendaItem, Meeting
from transferhub.meetings.services import MeetingError
from transferhub.network.models import Body, Person
from transferhub.network.permissions import current_membership_q

from .models import (
    MAX_DURATION,
    BacklogEntry,
    Proposal,
    ProposalFile,
    ProposalWindow,
    Series,
    TemplateItem,
)

# Bounds on what one request may store.
MAX_TEMPLATE_ITEMS = 30
MAX_FIXED_DATES = 60
MAX_FILES = 5
MAX_BACKLOG_TAKEN = 50
DEFAULT_PROPOSAL_DAYS = 14
# Proposals are taken for meetings still being planned.
OPEN_STATES = (Meeting.State.PLANNED, Meeting.State.INVITED)
APPROVAL_PREFIX = "Genehmigung des Protokolls"


class PlanningError(Refusal):
    """A planning request we refuse; the message is fit to show the user."""

    api_status = 422


State = Proposal.State


# --- The series: rhythm, usual times, agenda template ---------------------------------


def series_of(body: Body) -> Series:
    """The body's series, or an unsaved default one."""
    return Series.objects.filter(body=body).first() or Series(body=body)


@transaction.atomic
def series_save(
    *,
    body: Body,
    rhythm_weeks: int | None,
    fixed_dates: list[dt.date],
    start_time: dt.time,
    end_time: dt.time,
    location: str = "",
    proposal_days: int = DEFAULT_PROPOSAL_DAYS,
    template: list[tuple[str, int, bool]] | None = None,
    actor=None,
) -> Series:
    """Set the body's rhythm, usual times and (if given) its agenda template."""
    if end_time <= start_time:
        raise PlanningError(_("Das Ende muss nach dem Beginn liegen."))
    if rhythm_weeks is not None and not 1 <= rhythm_weeks <= 104:
        raise PlanningError(_("Der Rhythmus muss zwischen 1 und 104 Wochen liegen."))
    dates = sorted(set(fixed_dates))
    if not all(date_in_range(d) for d in dates):
        raise PlanningError(date_range_message())
    if len(dates) > MAX_FIXED_DATES:
        raise PlanningError(
            _("Höchstens %(count)d feste Termine sind möglich.") % {"count": MAX_FIXED_DATES}
        )
    if not 0 <= proposal_days <= 365:
        raise PlanningError(_("Die Vorschlagsfrist muss zwischen 0 und 365 Tagen liegen."))
    series, _created = Series.objects.select_for_update(of=("self",)).get_or_create(body=body)
    before = {
        "rhythm_weeks": series.rhythm_weeks,
        "fixed_dates": series.fixed_dates,
        "template": list(series.template_items.values_list("name", flat=True)),
    }
    series.rhythm_weeks = rhythm_weeks
    series.fixed_dates = [d.isoformat() for d in dates]
    series.start_time, series.end_time = start_time, end_time
    series.location = location.strip()
    series.proposal_days = proposal_days
    series.save()
    if template is not None:
        template_save(series=series, rows=template)
    log_action(
        actor,
        "series.saved",
        series,
        before=before,
        after={
            "rhythm_weeks": rhythm_weeks,
            "fixed_dates": series.fixed_dates,
            "template": list(series.template_items.values_list("name", flat=True)),
        },
    )
    return series


def template_save(*, series: Series, rows: list[tuple[str, int, bool]]) -> None:
    """Replace the template's standing items by `rows` of (name, minutes, at the end)."""
    rows = [(name.strip(), minutes, at_end) for name, minutes, at_end in rows if name.strip()]
    if len(rows) > MAX_TEMPLATE_ITEMS:
        raise PlanningError(
            _("Eine Vorlage hat höchstens %(count)d Punkte.") % {"count": MAX_TEMPLATE_ITEMS}
        )
    for name, minutes, _at_end in rows:
        if len(name) > 500:
            raise PlanningError(_("Ein Titel hat höchstens 500 Zeichen."))
        if not 0 <= minutes <= MAX_DURATION:
            raise PlanningError(
                _("Die Dauer von „%(name)s“ muss zwischen 0 und %(max)d Minuten liegen.")
                % {"name": name, "max": MAX_DURATION}
            )
    series.template_items.all().delete()
    series.template_items.bulk_create(
        series.template_items.model(
            series=series, order=i, name=name, duration_minutes=minutes, at_end=at_end
        )
        for i, (name, minutes, at_end) in enumerate(rows, start=1)
    )


def _last_meeting(body: Body, *, before: dt.date | None = None, exclude=None) -> Meeting | None:
    meetings = Meeting.objects.filter(body=body).exclude(state=Meeting.State.CANCELLED)
    if before is not None:
        meetings = meetings.filter(date__lt=before)
    if exclude is not None:
        meetings = meetings.exclude(pk=exclude.pk)
    return meetings.order_by("-date", "-start_time").first()


def next_meeting_date(body: Body, *, today: dt.date | None = None) -> dt.date | None:
    """The date the series proposes for the next meeting, or None without a series.

    A fixed date after today that has no meeting yet comes first; else the rhythm counts
    on from the body's last meeting (or from today) to the first date after today.
    """
    today = today or timezone.localdate()
    series = Series.objects.filter(body=body).first()
    if series is None:
        return None
    taken = set(
        Meeting.objects.filter(body=body, date__gt=today)
        .exclude(state=Meeting.State.CANCELLED)
        .values_list("date", flat=True)
    )
    for value in series.fixed_dates:
        day = dt.date.fromisoformat(value)
        if day > today and day not in taken:
            return day
    if not series.rhythm_weeks:
        return None
    step = dt.timedelta(weeks=series.rhythm_weeks)
    last = _last_meeting(body)
    try:
        day = last.date + step if last is not None else today + step
        if day <= today:
            # Whole steps to pass today, counted rather than walked (bounded work).
            day += step * ((today - day) // step + 1)
        while day in taken:  # at most one step per meeting already planned
            day += step
    except OverflowError:
        return None
    return day if date_in_range(day) else None


# --- Proposals ---------------------------------------------------------------------------


def proposal_deadline(meeting: Meeting) -> dt.datetime:
    """Until when proposals for the meeting are taken.

    The deadline the secretariat set on the meeting, else the series' days before the
    meeting (end of that day), else 14 days before.
    """
    window = ProposalWindow.objects.filter(meeting=meeting).first()
    if window is not None:
        return window.deadline
    series = Series.objects.filter(body_id=meeting.body_id).first()
    days = series.proposal_days if series is not None else DEFAULT_PROPOSAL_DAYS
    day = meeting.date - dt.timedelta(days=days)
    return timezone.make_aware(dt.datetime.combine(day, dt.time(23, 59)))


def proposals_open(meeting: Meeting, *, now: dt.datetime | None = None) -> bool:
    now = now or timezone.now()
    return meeting.state in OPEN_STATES and now <= proposal_deadline(meeting)


@transaction.atomic
def proposal_deadline_set(*, meeting: Meeting, deadline: dt.datetime, actor=None) -> ProposalWindow:
    """Set until when members may propose items for the meeting."""
    if meeting.state not in OPEN_STATES:
        raise PlanningError(_("Die Sitzung wird nicht mehr geplant; eine Frist ist nicht nötig."))
    if not date_in_range(deadline):
        raise PlanningError(date_range_message())
    if timezone.is_naive(deadline):
        deadline = timezone.make_aware(deadline)
    starts = timezone.make_aware(meeting.start)
    if deadline > starts:
        raise PlanningError(_("Die Frist muss vor dem Beginn der Sitzung liegen."))
    window, _created = ProposalWindow.objects.update_or_create(
        meeting=meeting, defaults={"deadline": deadline}
    )
    log_action(actor, "proposal.deadline_set", meeting, deadline=deadline.isoformat())
    return window


def is_current_member(person: Person | None, body: Body) -> bool:
    return (
        person is not None
        and body.memberships.filter(current_membership_q(), person=person).exists()
    )


def _format_deadline(value: dt.datetime) -> str:
    return formats.date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")


@transaction.atomic
def proposal_submit(
    *,
    meeting: Meeting,
    proposer: Person | None,
    title: str,
    description: str = "",
    presenter: Person | None = None,
    duration_minutes: int = 15,
    files=(),
    actor=None,
) -> Proposal:
    """Propose an item for a meeting, as a current member of its body, before the deadline."""
    body = meeting.body
    if not is_current_member(proposer, body):
        raise PlanningError(
            _(
                "Sie sind nicht Mitglied des Gremiums „%(body)s“. Themen für seine Sitzungen "
                "können nur seine Mitglieder vorschlagen."
            )
            % {"body": body.name}
        )
    if meeting.state not in OPEN_STATES:
        raise PlanningError(_("Für diese Sitzung werden keine Vorschläge mehr angenommen."))
    deadline = proposal_deadline(meeting)
    if timezone.now() > deadline:
        raise PlanningError(
            _("Die Frist für Vorschläge zu dieser Sitzung endete am %(deadline)s.")
            % {"deadline": _format_deadline(deadline)}
        )
    title = title.strip()
    if not title:
        raise PlanningError(_("Bitte geben Sie einen Titel an."))
    if len(title) > 500:
        raise PlanningError(_("Ein Titel hat höchstens 500 Zeichen."))
    if not 1 <= duration_minutes <= MAX_DURATION:
        raise PlanningError(
            _("Die gewünschte Dauer muss zwischen 1 und %(max)d Minuten liegen.")
            % {"max": MAX_DURATION}
        )
    if presenter is not None and presenter != proposer and not is_current_member(presenter, body):
        raise PlanningError(
            _("Vortragen können Sie selbst oder ein Mitglied des Gremiums „%(body)s“.")
            % {"body": body.name}
        )
    files = list(files)
    if len(files) > MAX_FILES:
        raise PlanningError(
            _("Höchstens %(count)d Anlagen je Vorschlag sind möglich.") % {"count": MAX_FILES}
        )
    checked = []
    for upload in files:
        try:
            checked.append((upload, *inspect_upload(upload)))
        except UploadRejected as exc:
            name = getattr(upload, "name", "") or _("Datei")
            raise PlanningError(f"{name}: {exc}") from exc
    proposal = Proposal.objects.create(
        body=body,
        meeting=meeting,
        proposer=proposer,
        title=title,
        description=description.strip(),
        presenter=presenter,
        duration_minutes=duration_minutes,
    )
    for upload, mime, size, sha256 in checked:
        original = (getattr(upload, "name", "") or "datei").rsplit("/", 1)[-1]
        stored = ProposalFile(
            proposal=proposal, file_name=original[:255], mime_type=mime, size=size, sha256=sha256
        )
        stored.file.save(original, upload, save=False)
        with file_removed_unless_stored(stored.file):
            stored.save()
    log_action(actor, "proposal.submitted", proposal, meeting_id=meeting.pk, title=title)
    return proposal


@transaction.atomic
def proposal_file_add(*, proposal: Proposal, file, actor=None) -> ProposalFile:
    """Attach a file to a proposal not yet decided (at most MAX_FILES, checked by content)."""
    proposal = (
        Proposal.objects.select_for_update(of=("self",))
        .select_related("meeting")
        .get(pk=proposal.pk)
    )
    if proposal.state != State.SUBMITTED:
        raise PlanningError(_("Über diesen Vorschlag wurde schon entschieden."))
    if proposal.files.count() >= MAX_FILES:
        raise PlanningError(
            _("Höchstens %(count)d Anlagen je Vorschlag sind möglich.") % {"count": MAX_FILES}
        )
    try:
        mime, size, sha256 = inspect_upload(file)
    except UploadRejected as exc:
        raise PlanningError(str(exc)) from exc
    original = (getattr(file, "name", "") or "datei").rsplit("/", 1)[-1]
    stored = ProposalFile(
        proposal=proposal, file_name=original[:255], mime_type=mime, size=size, sha256=sha256
    )
    stored.file.save(original, file, save=False)
    with file_removed_unless_stored(stored.file):
        stored.save()
        log_action(actor, "proposal.file_added", proposal, meeting_id=proposal.meeting_id)
    return stored


def _closing_names(body_id: int) -> set[str]:
    """Names of the template's items that stay at the end (Verschiedenes, Termine)."""
    series = Series.objects.filter(body_id=body_id).first()
    if series is None:
        return set()
    return set(series.template_items.filter(at_end=True).values_list("name", flat=True))


def _item_from(
    *, meeting: Meeting, title: str, duration: int, presenter, proposal=None, actor=None
) -> AgendaItem:
    """Add an item (with the proposal's files as attachments) to the agenda."""
    item = meeting_services.agenda_item_add(
        meeting=meeting,
        name=title,
        duration_minutes=duration,
        presenters=[(presenter, None)] if presenter is not None else (),
        actor=actor,
    )
    if proposal is not None:
        for stored in proposal.files.all():
            with stored.file.open("rb") as handle:
                meeting_services.attachment_add(
                    meeting=meeting,
                    file=File(handle, name=stored.file_name),
                    name=stored.file_name,
                    agenda_item=item,
                    actor=actor,
                )
    return item


def _before_closing(meeting: Meeting, item: AgendaItem, actor=None) -> None:
    """Move a new item before the standing items at the end (Verschiedenes, Termine)."""
    closing = _closing_names(meeting.body_id)
    items = list(meeting.agenda_items.order_by("order"))
    others = [it for it in items if it.pk != item.pk]
    at = next((i for i, it in enumerate(others) if it.name in closing), None)
    if at is None:
        return
    ids = [it.pk for it in others]
    ids.insert(at, item.pk)
    meeting_services.agenda_reorder(meeting=meeting, ids=ids, actor=actor)


@transaction.atomic
def proposal_decide(*, proposal: Proposal, action: str, reason: str = "", actor=None) -> Proposal:
    """Accept a proposal into the agenda, park it in the backlog or decline it with a reason.

    The proposer is told by mail after the commit.
    """
    proposal = (
        Proposal.objects.select_for_update(of=("self",))
        .select_related("meeting")
        .get(pk=proposal.pk)
    )
    if proposal.state != State.SUBMITTED:
        raise PlanningError(
            _("Über diesen Vorschlag wurde schon entschieden (%(state)s).")
            % {"state": proposal.get_state_display()}
        )
    reason = reason.strip()
    if action == "accept":
        meeting = proposal.meeting
        if meeting is None or meeting.state not in OPEN_STATES:
            raise PlanningError(
                _(
                    "Die Sitzung wird nicht mehr geplant. Stellen Sie den Vorschlag in den "
                    "Themenspeicher zurück, um ihn in einer späteren Sitzung aufzunehmen."
                )
            )
        try:
            item = _item_from(
                meeting=meeting,
                title=proposal.title,
                duration=proposal.duration_minutes,
                presenter=proposal.presenter,
                proposal=proposal,
                actor=actor,
            )
            _before_closing(meeting, item, actor=actor)
        except MeetingError as exc:
            raise PlanningError(str(exc)) from exc
        proposal.agenda_item = item
        proposal.state = State.ACCEPTED
    elif action == "park":
        BacklogEntry.objects.create(
            body_id=proposal.body_id,
            kind=BacklogEntry.Kind.PARKED,
            title=proposal.title,
            description=proposal.description,
            duration_minutes=proposal.duration_minutes,
            presenter=proposal.presenter,
            proposal=proposal,
            created_by=actor if getattr(actor, "is_authenticated", False) else None,
        )
        proposal.state = State.PARKED
    elif action == "decline":
        if not reason:
            raise PlanningError(_("Bitte geben Sie einen Grund für die Ablehnung an."))
        proposal.state = State.DECLINED
    else:
        raise PlanningError(_("Unbekannte Entscheidung."))
    proposal.reason = reason[:2000]
    proposal.decided_by = actor if getattr(actor, "is_authenticated", False) else None
    proposal.decided_at = timezone.now()
    proposal.save()
    log_action(
        actor,
        f"proposal.{proposal.state}",
        proposal,
        meeting_id=proposal.meeting_id,
        reason=proposal.reason,
    )
    from .jobs import proposal_decision_mail

    transaction.on_commit(lambda: proposal_decision_mail.enqueue(proposal.pk), robust=True)
    return proposal


# --- The backlog (Themenspeicher) -------------------------------------------------------


def postponed_entry_ensure(item: AgendaItem) -> BacklogEntry | None:
    """Keep a postponed item in its body's backlog (once); None for other items."""
    if item.status != AgendaItem.Status.POSTPONED or item.is_break:
        return None
    existing = BacklogEntry.objects.filter(source_item=item).first()
    if existing is not None:
        return existing
    presenter = item.presentations.order_by("order").first()
    return BacklogEntry.objects.create(
        body_id=Meeting.objects.values_list("body_id", flat=True).get(pk=item.meeting_id),
        kind=BacklogEntry.Kind.POSTPONED,
        title=item.name,
        duration_minutes=min(item.duration_minutes, MAX_DURATION) or 15,
        presenter_id=presenter.person_id if presenter else None,
        source_item=item,
    )


def backlog_sync(body: Body) -> int:
    """Take the body's postponed items that have no entry yet into the backlog.

    The signal does this when an item is marked postponed; imported minutes and items
    written before this app existed are taken here. Return how many were added.
    """
    missing = AgendaItem.objects.filter(
        meeting__body=body,
        status=AgendaItem.Status.POSTPONED,
        kind=AgendaItem.Kind.ITEM,
        backlog_entry__isnull=True,
    ).exclude(meeting__state=Meeting.State.CANCELLED)[:200]
    added = 0
    for item in missing:
        postponed_entry_ensure(item)
        added += 1
    return added


def backlog_open(body: Body):
    return (
        BacklogEntry.objects.filter(body=body, state=BacklogEntry.State.OPEN)
        .select_related("presenter", "proposal", "source_item__meeting")
        .order_by("created", "pk")
    )


@transaction.atomic
def backlog_topic_add(
    *, body: Body, title: str, description: str = "", duration_minutes: int = 15, actor=None
) -> BacklogEntry:
    """Note an open topic for a later meeting of the body."""
    title = title.strip()
    if not title:
        raise PlanningError(_("Bitte geben Sie einen Titel an."))
    if not 0 <= duration_minutes <= MAX_DURATION:
        raise PlanningError(
            _("Die Dauer muss zwischen 0 und %(max)d Minuten liegen.") % {"max": MAX_DURATION}
        )
    entry = BacklogEntry.objects.create(
        body=body,
        kind=BacklogEntry.Kind.TOPIC,
        title=title[:500],
        description=description.strip(),
        duration_minutes=duration_minutes,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    log_action(actor, "backlog.added", entry, title=entry.title)
    return entry


@transaction.atomic
def backlog_drop(*, entry: BacklogEntry, actor=None) -> BacklogEntry:
    """Take an open entry off the backlog (kept, marked removed)."""
    entry = BacklogEntry.objects.select_for_update(of=("self",)).get(pk=entry.pk)
    if entry.state != BacklogEntry.State.OPEN:
        raise PlanningError(_("Dieser Eintrag ist nicht mehr offen."))
    entry.state = BacklogEntry.State.DROPPED
    entry.save(update_fields=["state", "modified"])
    log_action(actor, "backlog.dropped", entry, title=entry.title)
    return entry


# --- Planning the next meeting ----------------------------------------------------------

START_FROM = ("template", "copy", "empty")


@transaction.atomic
def meeting_plan(
    *,
    body: Body,
    date: dt.date,
    start_time: dt.time,
    end_time: dt.time,
    name: str = "",
    location: str = "",
    online_url: str = "",
    start_from: str = "template",
    backlog_ids=(),
    actor=None,
) -> Meeting:
    """Create the body's next meeting with its agenda from the template, a copy of the last
    meeting's agenda or nothing, plus the ticked entries of the backlog.

    Order: the opening standing items (the approval of the last minutes where the template
    names it), the backlog's topics, then the standing items at the end.
    """
    if start_from not in START_FROM:
        raise PlanningError(_("Unbekannte Vorlage für die Tagesordnung."))
    if not date_in_range(date):
        raise PlanningError(date_range_message())
    wanted = list(dict.fromkeys(int(pk) for pk in backlog_ids))
    if len(wanted) > MAX_BACKLOG_TAKEN:
        raise PlanningError(
            _("Höchstens %(count)d Themen auf einmal.") % {"count": MAX_BACKLOG_TAKEN}
        )
    entries = {
        e.pk: e
        for e in BacklogEntry.objects.select_for_update(of=("self",))
        .select_related("proposal")
        .filter(body=body, state=BacklogEntry.State.OPEN, pk__in=wanted)
    }
    if len(entries) != len(wanted):
        raise PlanningError(
            _("Ein gewählter Eintrag des Themenspeichers ist nicht mehr offen. Bitte neu laden.")
        )
    last = _last_meeting(body, before=date)
    try:
        meeting = meeting_services.meeting_create(
            body=body,
            name=name.strip() or body.name,
            date=date,
            start_time=start_time,
            end_time=end_time,
            location=location,
            online_url=online_url,
            actor=actor,
        )
        approval = meeting.agenda_items.filter(approves_minutes_of__isnull=False).first()
        closing = _closing_names(body.pk)
        opening_ids: list[int] = []
        closing_ids: list[int] = []
        approval_placed = False
        if start_from == "template":
            for row in TemplateItem.objects.filter(series__body=body).order_by("order"):
                if approval is not None and row.name.startswith(APPROVAL_PREFIX):
                    if not approval_placed:
                        opening_ids.append(approval.pk)
                        approval_placed = True
                    continue
                item = meeting_services.agenda_item_add(
                    meeting=meeting,
                    name=row.name,
                    duration_minutes=row.duration_minutes,
                    actor=actor,
                )
                (closing_ids if row.at_end else opening_ids).append(item.pk)
        elif start_from == "copy" and last is not None:
            for old in last.agenda_items.filter(approves_minutes_of__isnull=True).prefetch_related(
                "presentations__person"
            ):
                item = meeting_services.agenda_item_add(
                    meeting=meeting,
                    name=old.name,
                    kind=old.kind,
                    duration_minutes=old.duration_minutes,
                    public=old.public,
                    presenters=[(p.person, p.organisation) for p in old.presentations.all()],
                    actor=actor,
                )
                (closing_ids if old.name in closing else opening_ids).append(item.pk)
        if approval is not None and not approval_placed:
            opening_ids.insert(0, approval.pk)
        taken_ids = []
        for pk in wanted:
            entry = entries[pk]
            item = _item_from(
                meeting=meeting,
                title=entry.title,
                duration=entry.duration_minutes,
                presenter=entry.presenter,
                proposal=entry.proposal,
                actor=actor,
            )
            entry.state = BacklogEntry.State.TAKEN
            entry.taken_into = item
            entry.save(update_fields=["state", "taken_into", "modified"])
            taken_ids.append(item.pk)
        ids = opening_ids + taken_ids + closing_ids
        if ids:
            meeting_services.agenda_reorder(meeting=meeting, ids=ids, actor=actor)
    except MeetingError as exc:
        raise PlanningError(str(exc)) from exc
    log_action(
        actor,
        "meeting.planned",
        meeting,
        start_from=start_from,
        copied_from=last.pk if start_from == "copy" and last else None,
        backlog=wanted,
    )
    return meeting
