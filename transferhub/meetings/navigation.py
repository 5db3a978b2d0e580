"""Meetings' menu entries and start panels (see lib/navigation.py)."""

import datetime as dt

from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from transferhub.lib import registry
from transferhub.lib.registry import MenuEntry, StartPanel
from transferhub.network.permissions import body_roles, managed_body_ids, person_of

from .models import Attendance, Meeting

PANEL_ROWS = 10
SOON_DAYS = 14

registry.menu_entries.register(
    "meetings",
    MenuEntry("meetings", _("Sitzungen"), "meetings:list", current=("meetings:", "votes:meeting")),
    order=10,
)
registry.menu_entries.register(
    "polls",
    MenuEntry(
        "meetings",
        _("Terminfindung"),
        "meetings:poll_list",
        needs=("member", "secretariat"),
        current=("meetings:poll",),
    ),
    order=60,
)


def _rows(queryset, name: str = "meetings") -> dict:
    rows = list(queryset[: PANEL_ROWS + 1])
    return {name: rows[:PANEL_ROWS], "more": len(rows) > PANEL_ROWS}


def _upcoming():
    return Meeting.objects.filter(date__gte=timezone.localdate()).exclude(
        state=Meeting.State.CANCELLED
    )


def meetings_soon(request) -> dict | None:
    """Every body's meetings of the next 14 days (the secretariat's week ahead)."""
    today = timezone.localdate()
    soon = _upcoming().filter(date__lte=today + dt.timedelta(days=SOON_DAYS))
    return _rows(soon.select_related("body").order_by("date", "start_time"))


def my_next_meetings(request) -> dict | None:
    """The next meetings of the person's bodies, each with the person's reply."""
    meetings = _upcoming().filter(body_id__in=list(body_roles(request.user)))
    person = person_of(request.user)
    if person is not None:
        reply = Attendance.objects.filter(meeting=OuterRef("pk"), person=person)
        meetings = meetings.annotate(reply=Subquery(reply.values("status")[:1]))
    rows = _rows(meetings.select_related("body").order_by("date", "start_time"))
    labels = dict(Attendance.Status.choices)
    for meeting in rows["meetings"]:
        meeting.reply_label = labels.get(getattr(meeting, "reply", None), "")
    return rows


def minutes_waiting(request) -> dict | None:
    """Held meetings whose minutes wait to be written, reviewed or approved."""
    waiting = Meeting.objects.filter(
        state__in=(
            Meeting.State.HELD,
            Meeting.State.MINUTES_DRAFT,
            Meeting.State.INVITED,
            Meeting.State.PLANNED,
        ),
        date__lt=timezone.localdate(),
    )
    managed = managed_body_ids(request.user)
    if managed is not None:
        waiting = waiting.filter(body_id__in=managed)
    return _rows(waiting.select_related("body").order_by("-date", "-start_time"))


def approved_minutes(request) -> dict | None:
    """The latest approved minutes: what the network has published."""
    approved = Meeting.objects.filter(state=Meeting.State.MINUTES_APPROVED)
    return _rows(approved.select_related("body").order_by("-date", "-start_time"))


registry.start_panels.register(
    "meetings_soon",
    StartPanel(
        _("Sitzungen der nächsten 14 Tage"),
        "meetings/start/meetings_soon.html",
        meetings_soon,
        needs=("secretariat",),
    ),
    order=10,
)
registry.start_panels.register(
    "minutes_waiting",
    StartPanel(
        _("Protokolle in Arbeit"),
        "meetings/start/minutes_waiting.html",
        minutes_waiting,
        needs=("secretariat", "manager"),
    ),
    order=20,
)
registry.start_panels.register(
    "my_next_meetings",
    StartPanel(
        _("Ihre nächsten Sitzungen"),
        "meetings/start/my_next_meetings.html",
        my_next_meetings,
        needs=("member",),
    ),
    order=32,
)
registry.start_panels.register(
    "approved_minutes",
    StartPanel(
        _("Genehmigte Protokolle"), "meetings/start/approved_minutes.html", approved_minutes
    ),
    order=80,
)
