"""A meeting that has not taken place yet can't be marked held, nor its minutes approved."""

import datetime as dt

from django.urls import reverse
from django.utils import timezone

from transferhub.meetings.models import Meeting
from transferhub.meetings.services import agenda_item_add, meeting_create, minutes_record


def future_meeting(body) -> Meeting:
    return meeting_create(
        body=body,
        name="AG Transfer",
        date=timezone.localdate() + dt.timedelta(days=7),
        start_time=dt.time(9),
        end_time=dt.time(11),
    )


def test_marking_a_future_meeting_held_is_refused_with_a_message(client_as, ag_transfer):
    meeting = future_meeting(ag_transfer)
    client = client_as("chair")
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "Als durchgeführt markieren" not in page
    response = client.post(
        reverse("meetings:state", args=[meeting.pk]), {"state": "held"}, follow=True
    )
    text = response.content.decode()
    assert f"Die Sitzung ist erst am {meeting.date:%d.%m.%Y}" in text
    assert "kann vorher nicht als durchgeführt gelten" in text
    assert Meeting.objects.get(pk=meeting.pk).state == Meeting.State.PLANNED


def test_approving_the_minutes_of_a_future_meeting_is_refused(client_as, ag_transfer):
    meeting = future_meeting(ag_transfer)
    item = agenda_item_add(meeting=meeting, name="Vorbereitung")
    minutes_record(item=item, minutes="Vorab notiert.")
    # A draft from before this rule (or an import) exists, the day has not come.
    Meeting.objects.filter(pk=meeting.pk).update(state=Meeting.State.MINUTES_DRAFT)
    client = client_as("chair")
    assert "Protokoll genehmigen" not in client.get(meeting.get_absolute_url()).content.decode()
    response = client.post(reverse("meetings:approve", args=[meeting.pk]), follow=True)
    assert "ihr Protokoll kann vorher nicht genehmigt werden" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.state != Meeting.State.MINUTES_APPROVED
    assert not meeting.minutes_versions.exists()


def test_a_meeting_of_today_can_be_marked_held(client_as, ag_transfer):
    meeting = meeting_create(
        body=ag_transfer,
        name="AG Transfer",
        date=timezone.localdate(),
        start_time=dt.time(9),
        end_time=dt.time(11),
    )
    client_as("chair").post(reverse("meetings:state", args=[meeting.pk]), {"state": "held"})
    assert Meeting.objects.get(pk=meeting.pk).state == Meeting.State.HELD


def test_minutes_prepared_ahead_of_the_day_leave_the_meeting_planned(db, ag_transfer):
    import datetime as dt

    from django.utils import timezone

    from transferhub.meetings.models import AgendaItem
    from transferhub.meetings.services import meeting_create, minutes_record

    meeting = meeting_create(
        body=ag_transfer,
        name="Später",
        date=timezone.localdate() + dt.timedelta(days=3),
        start_time=dt.time(9),
        end_time=dt.time(11),
    )
    item = AgendaItem.objects.create(meeting=meeting, order=5, number="1", name="Bericht")
    minutes_record(item=item, minutes="Vorbereitete Notizen.")
    meeting.refresh_from_db()
    assert meeting.state == "planned"
