"""The automatic item "Genehmigung des Protokolls vom …" names the last meeting held with minutes."""

import datetime as dt

from transferhub.meetings.models import Meeting
from transferhub.meetings.services import meeting_create, minutes_approve


def create(body, day: dt.date) -> Meeting:
    return meeting_create(
        body=body, name="AG Transfer", date=day, start_time=dt.time(9), end_time=dt.time(11)
    )


def approval_items(meeting) -> list[str]:
    return [i.name for i in meeting.agenda_items.filter(approves_minutes_of__isnull=False)]


def test_a_planned_meeting_in_between_is_not_named(seed_meeting, ag_transfer, client_as):
    create(ag_transfer, dt.date(2022, 11, 24))  # planned, not held
    later = create(ag_transfer, dt.date(2023, 2, 2))
    assert approval_items(later) == ["Genehmigung des Protokolls vom 15.09.2022"]
    page = client_as("member").get(later.get_absolute_url()).content.decode()
    assert "Genehmigung des Protokolls vom 15.09.2022" in page
    assert "24.11.2022" not in page


def test_a_held_meeting_without_minutes_is_not_named(seed_meeting, ag_transfer):
    empty = create(ag_transfer, dt.date(2022, 11, 24))
    Meeting.objects.filter(pk=empty.pk).update(state=Meeting.State.HELD)
    later = create(ag_transfer, dt.date(2023, 2, 2))
    assert approval_items(later) == ["Genehmigung des Protokolls vom 15.09.2022"]


def test_without_an_earlier_held_meeting_there_is_no_approval_item(ag_transfer, people):
    create(ag_transfer, dt.date(2022, 11, 24))
    assert approval_items(create(ag_transfer, dt.date(2023, 2, 2))) == []


def test_an_approved_meeting_takes_over_the_untouched_item_of_an_older_one(
    seed_meeting, ag_transfer
):
    minutes_approve(meeting=seed_meeting)
    november = create(ag_transfer, dt.date(2022, 11, 24))
    february = create(ag_transfer, dt.date(2023, 2, 2))  # planned two ahead
    assert approval_items(february) == ["Genehmigung des Protokolls vom 15.09.2022"]

    item = november.agenda_items.create(order=2, number="1", name="Bericht")
    item.minutes = "Berichtet."
    item.save()
    Meeting.objects.filter(pk=november.pk).update(state=Meeting.State.MINUTES_DRAFT)
    minutes_approve(meeting=Meeting.objects.get(pk=november.pk))
    # September's minutes were approved in November: February approves November's.
    assert approval_items(february) == ["Genehmigung des Protokolls vom 24.11.2022"]
