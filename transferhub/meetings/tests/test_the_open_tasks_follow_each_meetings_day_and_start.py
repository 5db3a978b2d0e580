"""The open tasks a meeting page lists are read with SQL built once for all meetings
(lib.db.rows_by_values): each page still lists those from before its own day and start,
a task set between meetings counts from the moment the meeting begins, and a meeting
moved to another day or hour lists what is before it then — in German and English."""

import datetime as dt

from django.utils import timezone

from transferhub.decisions.services import task_create
from transferhub.meetings.services import agenda_item_add, meeting_create, meeting_update

from .test_open_tasks_come_from_earlier_meetings import open_task_rows


def test_each_meeting_lists_what_was_set_before_it_began(client_as, ag_transfer):
    morning = meeting_create(
        body=ag_transfer,
        name="Frühsitzung",
        date=dt.date(2031, 3, 10),
        start_time=dt.time(8),
        end_time=dt.time(9),
    )
    item = agenda_item_add(meeting=morning, name="Werkstattbericht")
    task_create(agenda_item=item, text="Werkzeugliste der Drechslerei prüfen.")
    afternoon = meeting_create(
        body=ag_transfer,
        name="Nachmittagssitzung",
        date=dt.date(2031, 3, 10),
        start_time=dt.time(15),
        end_time=dt.time(16),
    )
    later = meeting_create(
        body=ag_transfer,
        name="Folgesitzung",
        date=dt.date(2031, 4, 7),
        start_time=dt.time(10),
        end_time=dt.time(11),
    )
    # Set between meetings, on the afternoon's day at noon: before it began, after the morning.
    noon = timezone.make_aware(dt.datetime(2031, 3, 10, 12))
    between = task_create(body=ag_transfer, text="Lieferfristen beim Gießer erfragen.")
    type(between).objects.filter(pk=between.pk).update(created=noon)
    client = client_as("member")

    def listed(meeting, language="de") -> str:
        return open_task_rows(client.get(meeting.get_absolute_url(), HTTP_ACCEPT_LANGUAGE=language))

    morning_list = listed(morning)
    assert "Werkzeugliste" not in morning_list  # its own
    assert "Lieferfristen" not in morning_list  # set after it began
    assert "Werkzeugliste" in listed(afternoon) and "Lieferfristen" in listed(afternoon)
    english = listed(later, "en")
    assert "Werkzeugliste" in english and "Lieferfristen" in english

    # The afternoon meeting moved to 11 o'clock: the task set at noon is after its start now.
    meeting_update(meeting=afternoon, start_time=dt.time(11), end_time=dt.time(12))
    moved = listed(afternoon)
    assert "Werkzeugliste" in moved and "Lieferfristen" not in moved
    # The morning meeting moved a day later: the afternoon's day is before it, with both.
    meeting_update(meeting=morning, date=dt.date(2031, 3, 11))
    assert "Lieferfristen" in listed(morning)
    assert "Werkzeugliste" not in listed(afternoon)  # its meeting is after the afternoon now
