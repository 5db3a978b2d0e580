"""Events as iCalendar: one event's file and the public feed."""

from django.conf import settings
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from .models import Event


def event_url(event: Event) -> str:
    return f"{settings.SITE_URL}/netzwerke/{event.network.slug}/veranstaltungen/{event.pk}/"


def _component(event: Event, *, online_url: bool = False) -> CalendarEvent:
    """One event; the online link only for those registered (it may carry a password)."""
    item = CalendarEvent()
    item.add("uid", f"event-{event.pk}@transferhub")
    item.add("summary", event.title)
    item.add("dtstart", event.starts_at)
    item.add("dtend", event.ends_at)
    item.add("dtstamp", event.modified)
    link = event.online_url if online_url else ""
    location = event.place or link or ("online" if event.online_url else "")
    if location:
        item.add("location", location)
    item.add("url", event_url(event))
    item.add("description", event_url(event) + (f"\nOnline: {link}" if link else ""))
    return item


def events_ics(events, *, name: str = "Veranstaltungen", online_url: bool = False) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//Transferhub//DE")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    for event in events:
        cal.add_component(_component(event, online_url=online_url))
    return cal.to_ical()


def event_ics(event: Event, *, online_url: bool = False) -> tuple[str, str, bytes]:
    """Return (filename, mimetype, bytes) of one event (with the link: for registrants)."""
    return (
        f"veranstaltung-{event.starts_at:%Y-%m-%d}.ics",
        "text/calendar; charset=utf-8",
        events_ics([event], name=event.title, online_url=online_url),
    )
