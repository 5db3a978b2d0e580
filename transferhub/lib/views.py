"""The secretariat's read-only pages of lib: the audit log (Änderungsprotokoll) and the
worker's schedule (Zeitplan)."""

import datetime as dt

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils import timezone

from . import registry, scheduler
from .audit import action_label, kind_filter, object_label, object_url, summary
from .forms import AuditFilterForm
from .models import ActionLog
from .roles import is_secretariat

PAGE_SIZE = 50


def _day_start(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def _lookup(name: str, ids: set[int]) -> dict:
    """Ask the app that registered `name` (see registry.audit_lookups) about these ids."""
    lookup = registry.audit_lookups.get(name)
    return lookup(ids) if ids and lookup else {}


@login_required
def audit_log(request):
    """List who changed what and when, newest first, with filters."""
    if not is_secretariat(request.user):
        raise PermissionDenied
    form = AuditFilterForm(request.GET or None)
    entries = ActionLog.objects.select_related("actor__person").order_by("-timestamp", "-id")
    if form.is_valid():
        data = form.cleaned_data
        if data["kind"]:
            entries = entries.filter(kind_filter(data["kind"]))
        if data["actor"]:
            entries = entries.filter(actor=data["actor"])
        if data["start"]:
            entries = entries.filter(timestamp__gte=_day_start(data["start"]))
        if data["end"]:
            entries = entries.filter(timestamp__lt=_day_start(data["end"] + dt.timedelta(days=1)))
    elif form.is_bound:
        entries = entries.none()
    page_obj = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    # One query for the meetings the page's entries belong to, to name them.
    meeting_ids = {e.meeting_id for e in page_obj if e.meeting_id}
    meetings = _lookup("meetings", meeting_ids)
    # And one per object type an app asked for (the bodies of memberships, whose pages show
    # them): ids of this page's entries of that type → what the app found for them.
    lookups = {
        object_type: _lookup(
            object_type, {e.object_id for e in page_obj if e.object_type == object_type}
        )
        for object_type in registry.audit_lookups.names()
        if object_type != "meetings"
    }
    rows = [
        {
            "entry": e,
            "action": action_label(e.action),
            "object": object_label(e),
            "url": object_url(e, lookups),
            "meeting": meetings.get(e.meeting_id),
            "summary": summary(e.data),
        }
        for e in page_obj
    ]
    return render(request, "lib/audit_log.html", {"form": form, "page_obj": page_obj, "rows": rows})


@login_required
def schedule(request):
    """List each periodic job the worker runs: its interval, last run and next run."""
    if not is_secretariat(request.user):
        raise PermissionDenied
    return render(request, "lib/schedule.html", {"jobs": scheduler.schedule_overview()})
