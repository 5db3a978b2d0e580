"""Meetings as iCalendar (.ics) for invitations and downloads."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from icalendar import Calendar, Event

from .models import Meeting


def meeting_event(meeting: Meeting, *, online_url: bool) -> Event:
    """The meeting as one calendar event (for invitations, downloads and feeds).

    online_url: include the online link, which often carries the meeting's password;
    only for invitees and those with full access to the meeting (meeting_access "full").
    """
    tz = ZoneInfo(settings.TIME_ZONE)
    event = Event()
    event.add("uid", f"meeting-{meeting.pk}@transferhub")
    event.add("summary", meeting.name)
    event.add("dtstart", dt.datetime.combine(meeting.date, meeting.start_time, tzinfo=tz))
    event.add("dtend", dt.datetime.combine(meeting.date, meeting.end_time, tzinfo=tz))
    event.add("dtstamp", meeting.modified or dt.datetime.now(tz=tz))
    link = meeting.online_url if online_url else ""
    location = meeting.location or link
    if location:
        event.add("location", location)
    if link:
        event.add("url", link)
    event.add("description", f"{settings.SITE_URL}{meeting.get_absolute_url()}")
    event.add("status", "CANCELLED" if meeting.is_cancelled else "CONFIRMED")
    event.add("sequence", int(meeting.modified.timestamp()) if meeting.modified else 0)
    return event


def meeting_ics(
    meeting: Meeting, *, method: str = "PUBLISH", online_url: bool | None = None
) -> tuple[str, str, bytes]:
    """Return (filename, mimetype, bytes) of the meeting as an .ics file.

    online_url: see meeting_event; by default only an invitation (method REQUEST, sent to
    the invitees alone) carries the link, a published file does not.
    """
    if online_url is None:
        online_url = method == "REQUEST"
    cal = Calendar()
    cal.add("prodid", "-//Transferhub//DE")
    cal.add("version", "2.0")
    cal.add("method", method)
    cal.add_component(meeting_event(meeting, online_url=online_url))
    filename = f"sitzung-{meeting.date:%Y-%m-%d}.ics"
    return filename, "text/calendar; charset=utf-8", cal.to_ical()
