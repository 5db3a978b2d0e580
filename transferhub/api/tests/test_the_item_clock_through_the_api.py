"""POST /items/{id}/clock starts and stops an item; the times come back as ISO 8601."""

import datetime as dt

from django.utils import timezone

from transferhub.meetings.models import AgendaItem, Meeting


def test_an_item_is_started_and_stopped_and_shows_its_actual_times(api_as, draft_meeting):
    item = draft_meeting.agenda_items.get(number="2")
    api = api_as("chair")
    assert api.get(f"/items/{item.pk}").json()["actual_start"] is None

    started = api.post(f"/items/{item.pk}/clock", {"action": "start"})
    assert started.status_code == 200, started.content
    start = dt.datetime.fromisoformat(started.json()["actual_start"])
    assert abs((timezone.now() - start).total_seconds()) < 60
    assert started.json()["actual_end"] is None
    assert Meeting.objects.get(pk=draft_meeting.pk).actual_start is not None

    stopped = api.post(f"/items/{item.pk}/clock", {"action": "stop"})
    assert stopped.status_code == 200
    assert dt.datetime.fromisoformat(stopped.json()["actual_end"]) >= start


def test_bad_clock_actions_answer_a_problem_and_change_nothing(api_as, draft_meeting):
    first, second = draft_meeting.agenda_items.filter(number__in=["2", "3"]).order_by("order")
    api = api_as("chair")

    never_started = api.post(f"/items/{first.pk}/clock", {"action": "stop"})
    assert never_started.status_code == 409
    assert "noch nicht begonnen" in never_started.json()["message"]

    assert api.post(f"/items/{first.pk}/clock", {"action": "start"}).status_code == 200
    again = api.post(f"/items/{first.pk}/clock", {"action": "start"})
    assert again.status_code == 409
    assert "läuft bereits" in again.json()["message"]
    other = api.post(f"/items/{second.pk}/clock", {"action": "start"})
    assert other.status_code == 409
    assert "läuft noch" in other.json()["message"]
    assert AgendaItem.objects.get(pk=second.pk).actual_start is None

    unknown = api.post(f"/items/{first.pk}/clock", {"action": "rewind"})
    assert unknown.status_code == 422


def test_the_clock_refuses_a_meeting_in_the_future_and_approved_minutes(
    api_as, draft_meeting, approved_meeting
):
    api = api_as("chair")
    item = approved_meeting.agenda_items.get(number="2")
    frozen = api.post(f"/items/{item.pk}/clock", {"action": "start"})
    assert frozen.status_code == 409
    assert "genehmigt" in frozen.json()["message"]

    future = Meeting.objects.create(
        body=approved_meeting.body,
        name="Später",
        date=timezone.localdate() + dt.timedelta(days=30),
        start_time=dt.time(9),
        end_time=dt.time(11),
    )
    later = AgendaItem.objects.create(meeting=future, order=1, number="1", name="Punkt")
    refused = api.post(f"/items/{later.pk}/clock", {"action": "start"})
    assert refused.status_code == 409
    assert "erst am" in refused.json()["message"]
    assert AgendaItem.objects.get(pk=later.pk).actual_start is None


def test_the_public_cannot_touch_the_clock(api_as, draft_meeting):
    item = draft_meeting.agenda_items.get(number="2")
    assert api_as("member").post(f"/items/{item.pk}/clock", {"action": "start"}).status_code in (
        403,
        404,
    )
    assert AgendaItem.objects.get(pk=item.pk).actual_start is None
