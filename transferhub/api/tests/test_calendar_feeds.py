"""Calendar feeds parse with icalendar and hold the events each person may see."""

import datetime as dt

from icalendar import Calendar

from transferhub.api.models import CalendarFeed
from transferhub.api.services import feed_key_reset
from transferhub.decisions.models import Task
from transferhub.meetings.models import Meeting


def events(response) -> list:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    cal = Calendar.from_ical(response.content)
    return [e for e in cal.walk("VEVENT")]


def _upcoming(body) -> Meeting:
    return Meeting.objects.create(
        body=body,
        name="AG Transfer (kommend)",
        date=dt.date.today() + dt.timedelta(days=30),
        start_time=dt.time(9),
        end_time=dt.time(11),
        location="online",
    )


def test_the_body_feed_shows_the_public_only_approved_meetings(client, people, ag_transfer):
    _upcoming(ag_transfer)
    Meeting.objects.create(
        body=ag_transfer,
        name="AG Transfer (genehmigt)",
        date=dt.date.today() - dt.timedelta(days=20),
        start_time=dt.time(9),
        end_time=dt.time(11),
        state="minutes_approved",
    )
    found = events(client.get(f"/kalender/gremien/{ag_transfer.pk}.ics"))
    assert [str(e["summary"]) for e in found] == ["AG Transfer (genehmigt)"]


def test_the_body_feed_shows_members_every_meeting_with_their_key(client, people, ag_transfer):
    upcoming = _upcoming(ag_transfer)
    feed = feed_key_reset(person=people["member"])
    found = events(client.get(f"/kalender/gremien/{ag_transfer.pk}.ics", {"key": feed.key}))
    assert [str(e["uid"]) for e in found] == [f"meeting-{upcoming.pk}@transferhub"]
    start = found[0].decoded("dtstart")
    assert (start.hour, start.minute) == (9, 0)


def test_the_person_feed_shows_meetings_and_due_tasks(client, people, ag_transfer, draft_meeting):
    upcoming = _upcoming(ag_transfer)
    task = Task.objects.get(owner_person=people["chair"])
    task.due_date = dt.date.today() + dt.timedelta(days=3)
    task.save()
    feed = feed_key_reset(person=people["chair"])
    found = events(client.get(f"/kalender/{feed.key}.ics"))
    uids = {str(e["uid"]) for e in found}
    assert f"meeting-{upcoming.pk}@transferhub" in uids
    assert f"task-{task.pk}@transferhub" in uids
    due = next(e for e in found if str(e["uid"]).startswith("task-"))
    assert due.decoded("dtstart") == task.due_date
    assert str(due["summary"]).startswith("Fällig: ")


def test_an_outsiders_feed_has_no_internal_meetings(client, people, ag_transfer):
    _upcoming(ag_transfer)
    feed = feed_key_reset(person=people["outsider"])
    assert events(client.get(f"/kalender/{feed.key}.ics")) == []


def test_resetting_the_key_ends_the_old_url(client, people):
    old = feed_key_reset(person=people["member"]).key
    new = feed_key_reset(person=people["member"]).key
    assert old != new
    assert client.get(f"/kalender/{old}.ics").status_code == 404
    assert client.get(f"/kalender/{new}.ics").status_code == 200
    assert CalendarFeed.objects.count() == 1


def test_an_unknown_key_is_not_found(client, ag_transfer):
    assert client.get("/kalender/falsch.ics").status_code == 404
    assert client.get(f"/kalender/gremien/{ag_transfer.pk}.ics", {"key": "x"}).status_code == 404
