"""Pages of a meeting: list, agenda, state, approval, versions and attendance.

Each view loads the meeting, checks permission, validates a form and calls one
service; a service's refusal (MeetingError, DecisionError) is shown to the user.
The agenda items (planning, recording, decisions, tasks, files) are in items.py.
"""

import json
import re
import secrets
from collections import defaultdict
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import F, OuterRef, Prefetch, Subquery
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from transferhub.lib import registry
from transferhub.lib.db import MAX_ID, instances_by_ids, rows_by_ids
from transferhub.lib.forms_versioned import NOTHING_CHANGED, save_versioned
from transferhub.lib.fragments import cached_part, template_digest
from transferhub.lib.idempotency import answers_resent_forms, save_once
from transferhub.lib.models import ActionLog
from transferhub.network.models import Body
from transferhub.network.permissions import (
    can_manage_body,
    is_secretariat,
    managed_body_ids,
    meeting_access,
    visible_meetings_filter,
)

from .. import services
from ..agenda_rows import (
    agenda_rows,
    agenda_rows_html,
    minutes_sections,
    minutes_sections_html,
    row_facts,
    shows_minutes,
)
from ..agenda_values import agenda_values
from ..calendar import meeting_ics
from ..forms import (
    AttendanceAddForm,
    AttendanceStatusForm,
    CancelForm,
    MeetingCreateForm,
    MeetingEditForm,
    MeetingFilterForm,
)
from ..models import AgendaItem, Attachment, Meeting, MinutesVersion, Presentation
from ..open_tasks import open_tasks
from ..related import decision_model, task_model
from ..services import MeetingError
from ..versions import version_diff, version_lines, version_sections

PAGE_SIZE = 50
State = Meeting.State


# --- Loading and permission -----------------------------------------------------------


def meeting_view(need: str):
    """Load the meeting named by `pk` and check the user may `need` it: see, read or manage.

    see: members in full, everyone else the public part of approved minutes.
    read: members of the body (everything, read-only).
    manage: the secretariat and the body's chair.
    Anonymous users are sent to the login when they lack access; others get
    404 for a meeting they may not see at all and 403 for an action they may not do.
    """

    def decorator(view):
        @wraps(view)
        def wrapper(request, pk: int, **kwargs):
            meeting = _meeting(pk)
            access = meeting_access(request.user, meeting)
            manage = access == "full" and can_manage_body(request.user, meeting.body_id)
            allowed = {
                "see": access is not None,
                "read": access == "full",
                "manage": manage,
            }[need]
            if not allowed:
                if not request.user.is_authenticated:
                    return redirect_to_login(request.get_full_path())
                if access is None:
                    raise Http404
                raise PermissionDenied
            request.meeting_access = access
            request.can_manage = manage
            return view(request, meeting, **kwargs)

        return wrapper

    return decorator


def _meeting(pk: int) -> Meeting:
    """The meeting with its body and note-taker (and theirs), or 404: read on every view of a
    meeting's pages, its SQL built once (lib.db.instances_by_ids; the ORM built it in 0.5 ms)."""
    found = (
        instances_by_ids(
            "meeting-view",
            Meeting,
            [pk],
            related=("body", "note_taker", "note_taker__organisation"),
        )
        if pk <= MAX_ID
        else None
    )
    if not found:
        raise Http404
    return found[0]


def _item(meeting: Meeting, item_pk: int) -> AgendaItem:
    item = get_object_or_404(AgendaItem, pk=item_pk, meeting=meeting)
    item.meeting = meeting
    return item


def _agenda_items(
    meeting: Meeting,
    *,
    with_tasks: bool = True,
    as_lists: bool = False,
    with_attachments: bool = True,
    with_presentations: bool = True,
):
    """The meeting's items with everything the agenda shows, in a fixed number of queries.

    as_lists: put the related rows in plain lists (item.presentation_list, decision_list,
    attachment_list, task_list) instead of behind item.decisions.all(): a long agenda
    page asks for them many times, and each .all() builds a new queryset.
    with_attachments=False leaves the attachments out (the caller fills attachment_list);
    with_presentations=False the presenters (an item's minutes section shows none).
    """

    def prefetch(name: str, queryset) -> Prefetch:
        return Prefetch(name, queryset=queryset, to_attr=f"{name[:-1]}_list" if as_lists else None)

    lookups = [
        prefetch("decisions", decision_model().objects.select_related("body").order_by("pk"))
    ]
    if with_presentations:
        presenters = Presentation.objects.select_related("person", "organisation")
        lookups.append(prefetch("presentations", presenters))
    if with_attachments:
        lookups.append(prefetch("attachments", Attachment.objects.order_by("number")))
    if with_tasks:
        lookups.append(
            prefetch(
                "tasks",
                task_model().objects.select_related("owner_person", "owner_body").order_by("pk"),
            )
        )
    return (
        meeting.agenda_items.order_by("order")
        # The date of the minutes an item approves: one column, not the meeting's row.
        .annotate(approves_date=F("approves_minutes_of__date"))
        .prefetch_related(*lookups)
    )


def _back_to_agenda(meeting: Meeting):
    return redirect(meeting.get_absolute_url() + "#agenda")


# --- List and create ------------------------------------------------------------------


def meeting_list(request):
    """Meetings the user may open, newest first, filtered by body, year and state."""
    visible = Meeting.objects.filter(visible_meetings_filter(request.user))
    years = [d.year for d in visible.dates("date", "year", order="DESC")]
    form = MeetingFilterForm(request.GET or None, years=years)
    meetings = visible.select_related("body").order_by("-date", "-start_time", "-pk")
    if form.is_bound and form.is_valid():
        if form.cleaned_data["body"]:
            meetings = meetings.filter(body=form.cleaned_data["body"])
        if form.cleaned_data["year"]:
            meetings = meetings.filter(date__year=form.cleaned_data["year"])
        if form.cleaned_data["state"]:
            meetings = meetings.filter(state=form.cleaned_data["state"])
    page = Paginator(meetings, PAGE_SIZE).get_page(request.GET.get("page"))
    can_create = is_secretariat(request.user) or bool(
        request.user.is_authenticated and managed_body_ids(request.user)
    )
    return render(
        request,
        "meetings/meeting_list.html",
        {"filter_form": form, "page_obj": page, "can_create": can_create},
    )


@login_required
@answers_resent_forms
def meeting_create(request):
    """Neue Sitzung: for the secretariat and the chairs, for the bodies they manage."""
    managed = managed_body_ids(request.user)
    if managed is None:
        bodies = Body.objects.all()
    elif managed:
        bodies = Body.objects.filter(pk__in=managed)
    else:
        raise PermissionDenied
    initial = {}
    body = bodies.filter(pk=request.GET.get("body") or 0).first()
    if body is not None:
        initial = {"body": body, "name": body.name}
    form = MeetingCreateForm(request.POST or None, bodies=bodies, initial=initial)
    if request.method == "POST" and form.is_valid_once(reverse("meetings:list")):
        try:
            meeting = save_once(
                form,
                lambda: services.meeting_create(actor=request.user, **form.cleaned_data),
                lambda meeting: meeting.get_absolute_url(),
            )
        except MeetingError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Die Sitzung wurde angelegt."))
            return redirect(meeting)
    # The planning app offers the next meeting from template, copy and backlog.
    plan_url = registry.meeting_planning.get("plan_url")
    plans = [(b, plan_url(b)) for b in ([body] if body else bodies[:20])] if plan_url else []
    return render(
        request, "meetings/meeting_form.html", {"form": form, "meeting": None, "plans": plans}
    )


# --- The agenda page ---------------------------------------------------------------------


@meeting_view("see")
def meeting_detail(request, meeting: Meeting):
    """The agenda (Was / Wer / wann) with minutes, decisions, tasks and attachments."""
    full = request.meeting_access == "full"
    manage = request.can_manage
    variant = "manage" if manage else "full" if full else "public"
    # The part's links depend on where the site is mounted: prefix and URLconf in the key;
    # "4": the part holds its sections and items' facts apart (older parts held less).
    key = (
        f"meeting-agenda:4:{meeting.pk}:{meeting.content_stamp}:{variant}:{get_language()}:"
        f"{get_script_prefix()}:{get_urlconf() or ''}:{template_digest(AGENDA_TEMPLATE)}"
    )
    agenda = cached_part(
        request,
        key,
        lambda csrf: _agenda_part(meeting, full=full, manage=manage, csrf=csrf),
        refresh=lambda part: _sections_refresh(meeting, part, full=full),
    )
    agenda["html"] = _with_sections(agenda)
    in_future = meeting.date > timezone.localdate()
    context = {
        "meeting": meeting,
        "full": full,
        "manage": manage,
        "frozen": meeting.minutes_frozen,
        "in_future": in_future,
        "agenda": agenda,
        "reorder": agenda["reorder"],
        "show_minutes": agenda["show_minutes"],
        "participant_count": meeting.participant_count(),
        "downloads": downloads(meeting, actual_times=agenda["actual_times"]),
    }
    if manage and meeting.state == State.MINUTES_APPROVED:
        # Who received the approved minutes (the invitations app keeps that log).
        deliveries_url = registry.meeting_invitations.get("deliveries_url")
        context["deliveries_url"] = deliveries_url(meeting) if deliveries_url else None
    if full:
        context["next_meeting"] = services.next_meeting_of(meeting)
        proposals_url = registry.meeting_planning.get("proposals_url")
        if proposals_url and meeting.state in (State.PLANNED, State.INVITED):
            context["proposals_url"] = proposals_url(meeting)  # Themen vorschlagen (planning)
        if meeting.state not in (State.MINUTES_APPROVED, State.CANCELLED):
            context["open_tasks"] = open_tasks(meeting)
    review_link = registry.meeting_review.get("link")
    if review_link and meeting.state in (State.HELD, State.MINUTES_DRAFT):
        # Hand the draft to review, follow the round, or read it (reviews decides which).
        context["review_link"] = review_link(meeting, request.user)
    return render(request, "meetings/meeting_detail.html", context)


AGENDA_TEMPLATE = "meetings/meeting_agenda.html"


def _agenda_part(meeting: Meeting, *, full: bool, manage: bool, csrf: str) -> dict:
    """Render the agenda, minutes and files, and the facts about them the page needs.

    Cached by the meeting's content stamp (meetings/content.py): everything read here
    moves it. Nothing here depends on the visitor beyond `full` and `manage`.
    """
    # Items, presenters, decisions, tasks and files read as values (agenda_values.py): as
    # instances they cost most of the part's time. The meeting's files once, for the items
    # and the list at the end.
    items, attachments = agenda_values(meeting.pk, full=full)
    schedule, overrun = services.agenda_schedule(meeting, items)
    plan_end = schedule[-1].end if schedule else None
    if not full:
        # The public sees the public items of approved minutes and nothing internal.
        schedule = [row for row in schedule if row.item.public]
        attachments = [a for a in attachments if a.agenda_item_id and a.agenda_item.public]
    frozen = meeting.minutes_frozen
    reorder = manage and not frozen and len(schedule) > 1
    known = {str(row.item.pk): _item_facts(row.item, full=full) for row in schedule}
    show_minutes = _show_minutes(meeting, known)
    rows = agenda_rows(meeting, schedule, full=full, manage=manage, frozen=frozen)
    # Each item's minutes section stands as a marker in the part, and each item beside it
    # with what it was rendered from: a minutes text or status, a decision or task saved on
    # its item moves no stamp (meetings/content.py), so the next view renders those
    # sections again (_sections_refresh) instead of the whole agenda.
    sections = _sections(meeting, schedule, full=full)
    marker = secrets.token_hex(8)
    html = render_to_string(
        AGENDA_TEMPLATE,
        {
            "meeting": meeting,
            "full": full,
            "manage": manage,
            "frozen": frozen,
            "reorder": reorder,
            "rows": bool(rows),
            "rows_html": agenda_rows_html(
                rows, manage=manage, frozen=frozen, reorder=reorder, csrf_token=csrf
            ),
            "sections_html": mark_safe(  # noqa: S308 - markers of digits
                "".join(f"<!--section-{marker}-{pk}-->" for pk in sections)
            ),
            "overrun": overrun,
            "plan_end": plan_end,
            "attachments": attachments,
            "show_minutes": show_minutes,
            "csrf_token": csrf,
        },
    )
    return {
        "html": html,
        "reorder": reorder,
        "show_minutes": show_minutes,
        "actual_times": any(row.item.actual_start for row in schedule),
        "sections_marker": marker,
        "sections": sections,
        "items": known,
        # Files are watched (meetings/content.py): an item without one here has none.
        "with_files": {str(item.pk) for item in items if item.attachment_list},
    }


def _sections(meeting: Meeting, schedule, *, full: bool) -> dict[str, str]:
    """Each item's minutes section (breaks have none) by its id as text."""
    return minutes_sections_html(minutes_sections(meeting, schedule, full=full))


def _item_facts(item, *, full: bool) -> tuple:
    """(what its section is rendered from, what its row shows of it, whether it shows minutes).

    The first: the item's version and the latest change of its decisions and (seen in
    full) tasks; a new, changed or moved-in one is the latest, a removed one moves the
    meeting's stamp (meetings/content.py).
    """
    state = (
        item.version,
        item.modified,
        max((d.modified for d in item.decision_list), default=None),
    )
    if full:
        state += (max((t.modified for t in item.task_list), default=None),)
    return state, row_facts(item, full=full), shows_minutes(item)


def _show_minutes(meeting: Meeting, known: dict) -> bool:
    """Whether the page has its minutes part: from the state, or an item with minutes."""
    after = (State.HELD, State.MINUTES_DRAFT, State.MINUTES_APPROVED)
    return meeting.state in after or any(shows for _state, _row, shows in known.values())


def _sections_refresh(meeting: Meeting, part: dict, *, full: bool) -> bool | None:
    """Render again the sections of the part's items changed since (True: the part changed).

    One query of the items' versions and their decisions' and tasks' latest changes. None
    where a change shows beyond its section (a row's link or badge, the minutes part):
    then the whole part is rendered anew.
    """
    known = part.get("items")
    if not known:
        return False
    rows = rows_by_ids(  # its SQL built once per process: every view of the page asks
        f"meeting-section-states:{full}",
        AgendaItem,
        [meeting.pk],
        lambda ids: _section_states(AgendaItem.objects.filter(meeting_id__in=ids), full=full),
    )
    current = {str(pk): tuple(state) for pk, *state in rows}
    changed = [pk for pk, (state, *_) in known.items() if current.get(pk, state) != state]
    if not changed:
        return False
    with_files = bool(part["with_files"].intersection(changed))
    if with_files:
        items = _agenda_items(
            meeting, with_tasks=full, as_lists=True, with_attachments=True, with_presentations=False
        )
        items = list(items.filter(pk__in=[int(pk) for pk in changed]))
    else:
        items = _section_items(meeting, [int(pk) for pk in changed], full=full)
    now = {str(item.pk): _item_facts(item, full=full) for item in items}
    if any(facts[1] != known[pk][1] for pk, facts in now.items()):
        return None
    if _show_minutes(meeting, known | now) != part["show_minutes"]:
        return None
    known.update(now)
    schedule = [services.ScheduledItem(item, None, None, False) for item in items]
    part["sections"].update(_sections(meeting, schedule, full=full))
    return True


def _section_items(meeting: Meeting, pks: list[int], *, full: bool) -> list[AgendaItem]:
    """The changed items without files, as `_agenda_items(with_attachments=False,
    with_presentations=False, as_lists=True)` gives them, their three queries' SQL built once
    (lib.db.instances_by_ids): building it was most of a section's rendering again (3 ms
    of the ORM for one item, its decisions and tasks, against 0.1 ms of SQLite)."""
    approves = {"approves_date": F("approves_minutes_of__date")}
    items = [
        item
        for item in instances_by_ids(
            "meeting-section-items", AgendaItem, pks, annotations=approves, order_by=("order",)
        )
        if item.meeting_id == meeting.pk
    ]
    ids = [item.pk for item in items]
    decisions = defaultdict(list)
    for decision in instances_by_ids(
        "meeting-section-decisions", decision_model(), ids, by="agenda_item", related=("body",)
    ):
        decisions[decision.agenda_item_id].append(decision)
    tasks = defaultdict(list)
    if full:
        owners = ("owner_person", "owner_body")
        for task in instances_by_ids(
            "meeting-section-tasks", task_model(), ids, by="agenda_item", related=owners
        ):
            tasks[task.agenda_item_id].append(task)
    for item in items:
        item.decision_list = decisions[item.pk]
        item.attachment_list = []
        if full:
            item.task_list = tasks[item.pk]
    return items


def _section_states(items, *, full: bool):
    """(pk, version, modified, latest change of its decisions[, of its tasks]) of these items."""
    related = [("decisions_latest", decision_model())]
    if full:  # the public sees no tasks
        related.append(("tasks_latest", task_model()))
    latest = {
        name: Subquery(
            model.objects.filter(agenda_item=OuterRef("pk"))
            .order_by("-modified")
            .values("modified")[:1]
        )
        for name, model in related
    }
    return items.order_by().annotate(**latest).values_list("pk", "version", "modified", *latest)


def _with_sections(agenda: dict) -> str:
    """The part's HTML with each item's minutes section in the place of its marker."""
    sections = agenda.get("sections")
    if not sections:
        return agenda["html"]
    pattern = re.compile(f"<!--section-{agenda['sections_marker']}-(\\d+)-->")
    return mark_safe(  # noqa: S308 - our part, with the sections as the part renders them
        pattern.sub(lambda match: sections[match[1]], agenda["html"])
    )


def downloads(meeting: Meeting, *, actual_times: bool) -> dict:
    """The files of a meeting page: protocol (PDF, DOCX, Markdown), agenda (PDF) and .ics.

    The protocol with actual times is offered once a time was recorded; before, the
    option would change nothing.
    """
    args = [meeting.pk]
    protocol = [
        (label, reverse(f"protocols:protocol_{fmt}", args=args))
        for fmt, label in (("pdf", "PDF"), ("docx", "DOCX"), ("md", "Markdown"))
    ]
    return {
        "protocol": protocol,
        "protocol_times": [(label, f"{url}?zeiten=1") for label, url in protocol]
        if actual_times
        else [],
        "agenda": reverse("protocols:agenda_pdf", args=args),
        "ics": reverse("meetings:ics", args=args),
    }


@require_POST
@meeting_view("manage")
def agenda_reorder(request, meeting: Meeting):
    """Tagesordnung umsortieren: the new order of all items as `ids` (form or JSON).

    The agenda page's drag-and-drop posts JSON and gets JSON back; a plain form post
    gets the agenda page with a message.
    """
    wants_json = request.content_type == "application/json"
    try:
        if wants_json:
            ids = json.loads(request.body or b"{}").get("ids")
        else:
            ids = request.POST.getlist("ids")
        ids = [int(pk) for pk in ids]
    except (AttributeError, TypeError, ValueError):
        ids = None
    try:
        if ids is None:
            raise MeetingError(_("Die Reihenfolge ist unlesbar; erwartet wird eine Liste von ids."))
        items = services.agenda_reorder(meeting=meeting, ids=ids, actor=request.user)
    except MeetingError as exc:
        if wants_json:
            return JsonResponse({"error": str(exc)}, status=400)
        messages.error(request, str(exc))
        return _back_to_agenda(meeting)
    # Also for JSON: the page reloads after a drop and shows the message there.
    messages.success(request, _("Die neue Reihenfolge ist gespeichert."))
    if wants_json:
        return JsonResponse(
            {
                "message": _("Die neue Reihenfolge ist gespeichert."),
                "items": [{"id": it.pk, "number": it.number, "order": it.order} for it in items],
            }
        )
    return _back_to_agenda(meeting)


@meeting_view("see")
def meeting_ics_download(request, meeting: Meeting):
    filename, mimetype, content = meeting_ics(meeting, online_url=request.meeting_access == "full")
    response = HttpResponse(content, content_type=mimetype)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# --- Meeting details and state ------------------------------------------------------------


@meeting_view("manage")
def meeting_edit(request, meeting: Meeting):
    """Change a meeting's details: only what was changed, never over a newer save unseen."""
    form = MeetingEditForm(
        request.POST or None,
        initial=MeetingEditForm.initial_of(meeting),
        default_name=meeting.body.name,
    )
    if request.method == "POST" and form.is_valid():
        if not form.changes():
            messages.info(request, NOTHING_CHANGED)
            return redirect(meeting)
        try:
            saved = save_versioned(
                form,
                lambda changes, expected: services.meeting_update(
                    meeting=meeting, actor=request.user, expected_version=expected, **changes
                ),
            )
        except MeetingError as exc:
            form.add_error(None, str(exc))
        else:
            if saved is not None:
                messages.success(request, _("Die Angaben zur Sitzung wurden gespeichert."))
                return redirect(meeting)
    return render(request, "meetings/meeting_form.html", {"form": form, "meeting": meeting})


# The state buttons on the agenda page; approval has its own page with a confirmation.
STATE_ACTIONS = {
    State.HELD: gettext_lazy("Die Sitzung ist als durchgeführt markiert."),
    State.CANCELLED: gettext_lazy("Die Sitzung ist abgesagt."),
    State.PLANNED: gettext_lazy("Die Sitzung ist wieder geplant."),
}


@require_POST
@meeting_view("manage")
def meeting_state(request, meeting: Meeting):
    state = request.POST.get("state", "")
    if state not in STATE_ACTIONS:
        messages.error(request, _("Diese Statusänderung gibt es hier nicht."))
        return redirect(meeting)
    if state == State.CANCELLED:  # only with a confirmation and a reason
        return redirect("meetings:cancel", meeting.pk)
    try:
        services.meeting_set_state(meeting=meeting, state=state, actor=request.user)
    except MeetingError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, str(STATE_ACTIONS[state]))
    return redirect(meeting)


@meeting_view("manage")
def meeting_cancel(request, meeting: Meeting):
    """Absagen: a confirmation page that asks for the reason, then the meeting is cancelled."""
    form = CancelForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.meeting_set_state(
                meeting=meeting,
                state=State.CANCELLED,
                actor=request.user,
                reason=form.cleaned_data["reason"],
            )
        except MeetingError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, str(STATE_ACTIONS[State.CANCELLED]))
        return redirect(meeting)
    return render(request, "meetings/cancel_confirm.html", {"meeting": meeting, "form": form})


@meeting_view("manage")
def meeting_invite(request, meeting: Meeting):
    """Einladen: the invitations app's preview (text, recipients, attachments), then sending."""
    preview_url = registry.meeting_invitations.get("preview_url")
    if preview_url is None:
        raise Http404
    return redirect(preview_url(meeting))


@meeting_view("manage")
def minutes_approve(request, meeting: Meeting):
    """Protokoll genehmigen: a confirmation page, then the minutes are frozen."""
    if request.method == "POST":
        try:
            services.minutes_approve(meeting=meeting, actor=request.user)
        except MeetingError as exc:
            messages.error(request, str(exc))
            return redirect(meeting)
        messages.success(
            request,
            _("Das Protokoll ist genehmigt. Änderungen sind nun nur als Korrektur möglich."),
        )
        following = services.next_meeting_of(meeting)
        item = (
            following.agenda_items.filter(approves_minutes_of=meeting).first()
            if following
            else None
        )
        if item is not None:
            messages.info(
                request,
                _("Die nächste Sitzung am %(date)s hat den Punkt „%(item)s“ erhalten.")
                % {"date": following.date.strftime("%d.%m.%Y"), "item": item.name},
            )
        return redirect(meeting)
    return render(request, "meetings/approve_confirm.html", {"meeting": meeting})


@meeting_view("read")
def minutes_versions(request, meeting: Meeting):
    """The approved versions (who, when, why) and the change history of the items."""
    versions = meeting.minutes_versions.select_related("created_by__person").order_by("-version")
    items = {it.pk: it for it in meeting.agenda_items.all()}
    history = ActionLog.objects.filter(
        object_type=AgendaItem._meta.label_lower, meeting_id=meeting.pk
    ).select_related("actor__person")
    item_filter = request.GET.get("item", "")
    if item_filter.isdigit():
        history = history.filter(object_id=int(item_filter))
    page = Paginator(history, PAGE_SIZE).get_page(request.GET.get("page"))
    for entry in page.object_list:
        entry.item = items.get(entry.object_id)
    return render(
        request,
        "meetings/minutes_versions.html",
        {
            "meeting": meeting,
            "versions": list(versions),
            "page_obj": page,
            "items": list(items.values()),
            "item_filter": int(item_filter) if item_filter.isdigit() else None,
            "manage": request.can_manage,
        },
    )


@meeting_view("read")
def minutes_version_detail(request, meeting: Meeting, version: int):
    """A frozen version as the meeting page showed it then."""
    version = get_object_or_404(
        MinutesVersion.objects.select_related("created_by__person"),
        meeting=meeting,
        version=version,
    )
    numbers = list(meeting.minutes_versions.values_list("version", flat=True).order_by("version"))
    return render(
        request,
        "meetings/minutes_version.html",
        {
            "meeting": meeting,
            "version": version,
            "minutes": version_sections(version.content),
            "previous": max((n for n in numbers if n < version.version), default=None),
        },
    )


@meeting_view("read")
def minutes_versions_compare(request, meeting: Meeting):
    """Two versions side by side (?a=1&b=2), what changed marked; the last two by default."""
    versions = {v.version: v for v in meeting.minutes_versions.select_related("created_by__person")}
    numbers = sorted(versions)

    def chosen(name: str, default: int | None) -> int | None:
        value = request.GET.get(name, "")
        return int(value) if value.isdigit() and int(value) in versions else default

    old = chosen("a", numbers[-2] if len(numbers) > 1 else None)
    new = chosen("b", numbers[-1] if numbers else None)
    rows = None
    if old is not None and new is not None:
        rows = version_diff(
            version_lines(versions[old].content), version_lines(versions[new].content)
        )
    return render(
        request,
        "meetings/minutes_versions_compare.html",
        {
            "meeting": meeting,
            "numbers": numbers,
            "old": versions.get(old),
            "new": versions.get(new),
            "rows": rows,
            "changes": any(r.kind in ("changed", "removed", "added") for r in rows or []),
        },
    )


# --- Attendance -------------------------------------------------------------------------------


def _render_attendance(request, meeting: Meeting, *, status_form=None, add_form=None):
    attendances = meeting.attendances.select_related("person", "on_behalf_of")
    return render(
        request,
        "meetings/attendance.html",
        {
            "meeting": meeting,
            "status_form": status_form or AttendanceStatusForm(attendances=attendances),
            "add_form": add_form or AttendanceAddForm(),
        },
    )


@meeting_view("manage")
def attendance(request, meeting: Meeting):
    """The attendance list: every row's status saved at once."""
    if request.method != "POST":
        return _render_attendance(request, meeting)
    attendances = list(meeting.attendances.select_related("person", "on_behalf_of"))
    form = AttendanceStatusForm(request.POST, attendances=attendances)
    if form.is_valid():
        try:
            services.attendance_set(meeting=meeting, statuses=form.statuses(), actor=request.user)
        except MeetingError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("Die Teilnahmeliste wurde gespeichert."))
            return redirect("meetings:attendance", pk=meeting.pk)
    return _render_attendance(request, meeting, status_form=form)


@require_POST
@meeting_view("manage")
def attendance_add(request, meeting: Meeting):
    form = AttendanceAddForm(request.POST)
    if form.is_valid():
        try:
            added = services.attendance_add(
                meeting=meeting,
                person=form.cleaned_data["person"],
                guest_name=form.cleaned_data["guest_name"],
                on_behalf_of=form.cleaned_data["on_behalf_of"],
                status=form.cleaned_data["status"],
                actor=request.user,
            )
        except MeetingError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(
                request,
                _("%(name)s steht nun auf der Teilnahmeliste.") % {"name": added.display_name},
            )
            return redirect("meetings:attendance", pk=meeting.pk)
    return _render_attendance(request, meeting, add_form=form)
