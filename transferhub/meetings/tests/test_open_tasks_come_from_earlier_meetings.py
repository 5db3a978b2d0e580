"""The open tasks listed on a meeting's page are those from before it, not its own."""

import datetime as dt
import re

from transferhub.decisions.services import task_create
from transferhub.meetings.services import agenda_item_add, meeting_create


def open_task_rows(response) -> str:
    page = response.content.decode()
    part = page.split('id="offene-aufgaben"', 1)[1]
    return " ".join(re.sub(r"<[^>]+>", " ", part).split())


def test_a_meeting_lists_tasks_of_earlier_meetings_but_not_its_own(
    client_as, seed_meeting, ag_transfer
):
    november = meeting_create(
        body=ag_transfer,
        name="AG Transfer",
        date=dt.date(2022, 11, 24),
        start_time=dt.time(9),
        end_time=dt.time(11),
    )
    item = agenda_item_add(meeting=november, name="Layout")
    task_create(agenda_item=item, text="Layout beauftragen.", owner_body=ag_transfer)
    client = client_as("member")

    seed_list = open_task_rows(client.get(seed_meeting.get_absolute_url()))
    assert "Ansprache von Bankenverbänden vorbereiten." not in seed_list  # its own
    assert "Layout beauftragen." not in seed_list  # a later meeting's

    november_list = open_task_rows(client.get(november.get_absolute_url()))
    assert "Ansprache von Bankenverbänden vorbereiten." in november_list
    assert "Die Umsetzungshilfe wird um ein Glossar ergänzt." in november_list
    assert "Layout beauftragen." not in november_list
