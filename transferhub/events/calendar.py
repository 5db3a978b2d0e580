"""Events as iCalendar: one event's file and the public feed."""

from django.conf import settings
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from .models import Event


def event_url(event: Event) -> str:
    return f"{settings.SITE_URL}/netzwerke/{event.network.slug}/veranstaltungen/{event.pk}/"


def _component(event: Event) -> CalendarEvent:
    item = CalendarEvent()
    item.add("uid", f"event-{event.pk}@transferhub")
    item.add("summary", event.title)
    item.add("dtstart", event.starts_at)
    item.add("dtend", event.ends_at)
    item.add("dtstamp", event.modified)
    location = event.place or event.online_url
    if location:
        item.add("location", location)
    item.add("url", event_url(event))
    item.add("description", event_url(event))
    return item


def events_ics(events, *, name: str = "Veranstaltungen") -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//Transferhub//DE")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    for event in events:
        cal.add_component(_component(event))
    return cal.to_ical()


def event_ics(event: Event) -> tuple[str, str, bytes]:
    """Return (filename, mimetype, bytes) of one event."""
    return (
        f"veranstaltung-{event.starts_at:%Y-%m-%d}.ics",
        "text/calendar; charset=utf-8",
        events_ics([event], name=event.title),
    )
