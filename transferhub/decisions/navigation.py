"""Decisions' and tasks' menu entries and start panels (see lib/navigation.py)."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from transferhub.lib import registry
from transferhub.lib.registry import MenuEntry, StartPanel
from transferhub.meetings.models import Meeting
from transferhub.network.permissions import body_roles, person_of

from .models import Decision, Task

PANEL_ROWS = 10
MEMBERS = ("member", "secretariat")

registry.menu_entries.register(
    "decisions",
    MenuEntry("meetings", _("Beschlüsse"), "decisions:decisions", current=("decisions:decision",)),
    order=30,
)
registry.menu_entries.register(
    "my_tasks",
    MenuEntry("meetings", _("Meine Aufgaben"), "decisions:my_tasks", needs=MEMBERS),
    order=40,
)
registry.menu_entries.register(
    "tasks",
    MenuEntry(
        "meetings", _("Aufgaben"), "decisions:tasks", needs=MEMBERS, current=("decisions:task",)
    ),
    order=41,
)
registry.menu_entries.register(
    "topics",
    MenuEntry(
        "meetings", _("Vorhaben"), "decisions:topics", needs=MEMBERS, current=("decisions:topic",)
    ),
    order=50,
)


def _rows(queryset) -> dict:
    rows = list(queryset[: PANEL_ROWS + 1])
    return {"tasks": rows[:PANEL_ROWS], "more": len(rows) > PANEL_ROWS}


def my_open_tasks(request) -> dict | None:
    """The person's open tasks and those of their bodies, the most urgent first."""
    person = person_of(request.user)
    body_ids = list(body_roles(request.user))
    where = Q(owner_body_id__in=body_ids)
    if person is not None:
        where |= Q(owner_person=person)
    tasks = Task.objects.filter(where, status__in=Task.OPEN_STATES).select_related(
        "body", "owner_person", "owner_body"
    )
    return _rows(tasks)


def overdue_tasks(request) -> dict | None:
    """Open tasks past their due date, across all bodies (the secretariat's follow-up)."""
    tasks = Task.objects.filter(
        status__in=Task.OPEN_STATES, due_date__lt=timezone.localdate()
    ).select_related("body", "owner_person", "owner_body")
    return _rows(tasks)


def changes_since_last_visit(request) -> dict | None:
    """Approved minutes, decisions and tasks of the person's bodies since the last visit."""
    since = getattr(request, "th_last_visit", None)
    if since is None:
        return None
    body_ids = list(body_roles(request.user))
    minutes = list(
        Meeting.objects.filter(
            body_id__in=body_ids, state=Meeting.State.MINUTES_APPROVED, modified__gt=since
        )
        .select_related("body")
        .order_by("-date")[:PANEL_ROWS]
    )
    decisions = list(
        Decision.objects.filter(body_id__in=body_ids, created__gt=since)
        .select_related("body")
        .order_by("-created")[:PANEL_ROWS]
    )
    tasks = list(
        Task.objects.filter(Q(body_id__in=body_ids) | Q(owner_body_id__in=body_ids))
        .filter(created__gt=since)
        .select_related("body")
        .order_by("-created")[:PANEL_ROWS]
    )
    return {"since": since, "minutes": minutes, "decisions": decisions, "new_tasks": tasks}


registry.start_panels.register(
    "my_tasks",
    StartPanel(
        _("Meine Aufgaben"), "decisions/start/my_tasks.html", my_open_tasks, needs=("member",)
    ),
    order=40,
)
registry.start_panels.register(
    "overdue_tasks",
    StartPanel(
        _("Überfällige Aufgaben"),
        "decisions/start/overdue_tasks.html",
        overdue_tasks,
        needs=("secretariat",),
    ),
    order=22,
)
registry.start_panels.register(
    "changes",
    StartPanel(
        _("Neu seit Ihrem letzten Besuch"),
        "decisions/start/changes.html",
        changes_since_last_visit,
        needs=("member",),
    ),
    order=35,
)
