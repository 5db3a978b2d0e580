"""Subscribable calendar feeds (.ics): a body's meetings, a person's meetings and due tasks."""

import datetime as dt

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.views.decorators.http import require_GET
from icalendar import Calendar, Event

from transferhub.decisions.models import Task
from transferhub.lib.dates import MAX_DATE
from transferhub.meetings.calendar import meeting_event
from transferhub.meetings.models import Meeting
from transferhub.network.models import Body
from transferhub.network.permissions import (
    body_roles,
    current_body_ids,
    meeting_access,
    visible_meetings_filter,
)

from .models import ApiToken, CalendarFeed
from .services import token_digest

# Calendars need the recent past and the future, not every meeting since the founding.
HISTORY_DAYS = 400


def _calendar(name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", "-//Transferhub//DE")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    return cal


def _response(cal: Calendar, filename: str) -> HttpResponse:
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Cache-Control"] = "private, max-age=300"
    return response


def _since() -> dt.date:
    return timezone.localdate() - dt.timedelta(days=HISTORY_DAYS)


def _feed_by_key(key: str) -> CalendarFeed | None:
    """The feed with this key, or None; a deactivated login's feed is gone too."""
    if "\x00" in key:  # never in a key, and PostgreSQL refuses NUL in a query (500)
        return None
    feed = CalendarFeed.objects.select_related("person__user").filter(key=key).first()
    if feed is not None and feed.person.user is not None and not feed.person.user.is_active:
        return None
    return feed


def _user_from_request(request):
    """The user whose rights the feed has: from ?key= (feed key) or a bearer API token."""
    key = request.GET.get("key", "")
    if key:
        feed = _feed_by_key(key)
        if feed is None:
            raise Http404
        return feed.person.user or AnonymousUser()
    scheme, _sep, secret = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() == "bearer" and secret:
        token = (
            ApiToken.objects.select_related("user")
            .filter(digest=token_digest(secret.strip()), revoked__isnull=True)
            .first()
        )
        if token is None or not token.user.is_active:
            raise Http404
        return token.user
    return AnonymousUser()


@require_GET
def body_feed(request, body_id: int):
    """A body's meetings: for everyone the public ones (approved minutes), for members all."""
    body = get_object_or_404(Body, pk=body_id)
    user = _user_from_request(request)
    meetings = (
        Meeting.objects.filter(
            visible_meetings_filter(user), body=body, date__range=(_since(), MAX_DATE)
        )
        .select_related("body")
        .order_by("date", "start_time")
    )
    cal = _calendar(body.name)
    for meeting in meetings:
        cal.add_component(_meeting_event(user, meeting))
    return _response(cal, f"gremium-{body.pk}.ics")


def _meeting_event(user, meeting: Meeting) -> Event:
    # The online link (often with its password) only for those who may open the whole meeting.
    return meeting_event(meeting, online_url=meeting_access(user, meeting) == "full")


def _task_event(task: Task) -> Event:
    event = Event()
    event.add("uid", f"task-{task.pk}@transferhub")
    event.add("summary", f"Fällig: {task.text[:120]}")
    event.add("dtstart", task.due_date)
    event.add("dtend", task.due_date + dt.timedelta(days=1))
    event.add("dtstamp", task.modified)
    event.add("description", task.text)
    event.add("transp", "TRANSPARENT")
    return event


@require_GET
def person_feed(request, key: str):
    """A person's meetings (their bodies and invitations) and the due dates of their open tasks."""
    feed = _feed_by_key(key)
    if feed is None:
        raise Http404
    person = feed.person
    user = person.user or AnonymousUser()
    mine = Q(attendances__person=person)
    if person.user_id:
        mine |= Q(body_id__in=list(body_roles(user)))
    meetings = (
        Meeting.objects.filter(mine, date__range=(_since(), MAX_DATE))
        # Never more than the person may open in the web UI.
        .filter(visible_meetings_filter(user))
        .select_related("body")
        .distinct()
        .order_by("date", "start_time")
    )
    cal = _calendar(f"Transferhub – {person.full_name}")
    for meeting in meetings:
        cal.add_component(_meeting_event(user, meeting))
    # A body's tasks while the person belongs to it, not after they left (nor before).
    tasks = Task.objects.filter(
        Q(owner_person=person) | Q(owner_body_id__in=current_body_ids(person)),
        status__in=Task.OPEN_STATES,
        # Within the dates we accept: a day past 9999-12-31 cannot be written (was a 500).
        due_date__range=(_since(), MAX_DATE),
    ).order_by("due_date", "pk")
    for task in tasks:
        cal.add_component(_task_event(task))
    return _response(cal, "transferhub.ics")
