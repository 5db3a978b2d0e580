"""A date stored before the range check (or past it, by the admin) never breaks a calendar.

A task due on 31.12.9999 answered its owner's calendar feed with a server error until
someone changed it; the feed now leaves such dates out and shows the rest.
"""

import datetime as dt

from icalendar import Calendar

from transferhub.api.services import feed_key_reset
from transferhub.decisions.models import Task
from transferhub.meetings.models import Meeting


def _uids(response) -> set[str]:
    assert response.status_code == 200
    return {str(e["uid"]) for e in Calendar.from_ical(response.content).walk("VEVENT")}


def test_a_task_due_on_9999_12_31_leaves_its_owners_feed_working(client, people, seed_meeting):
    far = Task.objects.get(owner_person=people["chair"])
    Task.objects.filter(pk=far.pk).update(due_date=dt.date(9999, 12, 31))
    soon = Task.objects.create(
        meeting=seed_meeting,
        body=seed_meeting.body,
        agenda_item=far.agenda_item,
        text="Bald fällig.",
        owner_person=people["chair"],
        due_date=dt.date.today() + dt.timedelta(days=2),
    )
    uids = _uids(client.get(f"/kalender/{feed_key_reset(person=people['chair']).key}.ics"))
    assert f"task-{soon.pk}@transferhub" in uids
    assert f"task-{far.pk}@transferhub" not in uids


def test_a_meeting_on_9999_12_31_leaves_the_calendars_working(client, people, ag_transfer):
    Meeting.objects.create(
        body=ag_transfer,
        name="Ferne Sitzung",
        date=dt.date(9999, 12, 31),
        start_time=dt.time(22),
        end_time=dt.time(23, 59),
        state="minutes_approved",
    )
    key = feed_key_reset(person=people["member"]).key
    assert _uids(client.get(f"/kalender/{key}.ics")) == set()
    assert _uids(client.get(f"/kalender/gremien/{ag_transfer.pk}.ics")) == set()
    assert _uids(client.get(f"/kalender/gremien/{ag_transfer.pk}.ics", {"key": key})) == set()


def test_a_meeting_on_9999_12_31_still_downloads_as_ics(client_as, ag_transfer):
    meeting = Meeting.objects.create(
        body=ag_transfer,
        name="Ferne Sitzung",
        date=dt.date(9999, 12, 31),
        start_time=dt.time(22),
        end_time=dt.time(23, 59),
    )
    response = client_as("member").get(f"/sitzungen/{meeting.pk}/kalender.ics")
    assert _uids(response) == {f"meeting-{meeting.pk}@transferhub"}
