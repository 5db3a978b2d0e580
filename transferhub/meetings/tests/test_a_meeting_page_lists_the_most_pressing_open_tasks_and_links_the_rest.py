"""A meeting's page lists the body's 25 most pressing open tasks and links to all of them.

Overdue first, then by due date, then those without one; below them "Alle N offenen
Aufgaben im Aufgabenregister" opens the register filtered to exactly those tasks (the
body, open or in progress, from before the meeting), in the same order.
"""

import datetime as dt
import html
import re

import pytest
from django.utils import timezone

from transferhub.decisions.services import task_create
from transferhub.meetings.open_tasks import OPEN_TASKS_SHOWN
from transferhub.meetings.services import agenda_item_add

TASK_LINK = re.compile(r'href="/aufgaben/(\d+)/"')


def open_tasks_part(response) -> str:
    return response.content.decode().split('id="offene-aufgaben"', 1)[1]


def register_link(part: str) -> tuple[str, str]:
    """The link below the list: (its URL, its text)."""
    match = re.search(r'<a href="(/aufgaben/\?[^"]*)">([^<]*)</a>', part)
    assert match, "no link to the task register below the open tasks"
    return html.unescape(match[1]), " ".join(match[2].split())


@pytest.fixture
def many_open_tasks(seed_meeting, planned_meeting, ag_transfer):
    """34 more open tasks from the seed's meeting (15.09.2022) for the planned one of 24.11.:
    12 overdue, 12 due in the coming weeks, 10 without a date; and one of the planned
    meeting itself, which is its result, not its follow-up."""
    item = seed_meeting.agenda_items.first()
    today = timezone.localdate()
    made = []
    for n in range(12):
        due = dt.date(2022, 10, 1) + dt.timedelta(days=n)
        made.append(task_create(agenda_item=item, text=f"Überfällig {n}", due_date=due))
    for n in range(12):
        due = today + dt.timedelta(days=30 - n)
        made.append(task_create(agenda_item=item, text=f"Demnächst {n}", due_date=due))
    for n in range(10):
        made.append(task_create(agenda_item=item, text=f"Ohne Datum {n}"))
    own = agenda_item_add(meeting=planned_meeting, name="Layout")
    task_create(agenda_item=own, text="Layout beauftragen.", owner_body=ag_transfer)
    return made


def test_the_page_shows_the_25_most_pressing_and_the_link_gives_exactly_those_tasks(
    client_as, planned_meeting, many_open_tasks
):
    client = client_as("member")
    part = open_tasks_part(client.get(planned_meeting.get_absolute_url()))
    shown = [int(pk) for pk in TASK_LINK.findall(part)]
    assert len(shown) == OPEN_TASKS_SHOWN == 25

    # The register behind the link: every open task from before the meeting, none of its own.
    url, text = register_link(part)
    register = client.get(url).content.decode()
    listed = [int(pk) for pk in TASK_LINK.findall(register)]
    total = len(listed)
    assert total > len(many_open_tasks)  # the seed's own open tasks are there too
    assert text == f"Alle {total} offenen Aufgaben im Aufgabenregister"
    assert f"{total} Aufgaben" in register
    assert "Layout beauftragen." not in register
    assert "Layout beauftragen." in client.get(url.split("&before_meeting")[0]).content.decode()
    # The page's 25 are the register's first 25, in its order (overdue first, then by due
    # date, then without a date): the register continues where the page stops.
    assert shown == listed[:25]
    texts = re.findall(r'href="/aufgaben/\d+/">([^<]*)<', part)
    overdue = [t for t in texts if t.startswith("Überfällig")]
    assert overdue[:12] == [f"Überfällig {n}" for n in range(12)]
    assert texts.index("Überfällig 11") < texts.index("Demnächst 11") < texts.index("Demnächst 0")
    assert not any(t.startswith("Ohne Datum") for t in texts)
    assert "Die 25 dringendsten: überfällige zuerst, dann nach Fälligkeit." in part
    assert "Nur Aufgaben aus der Zeit vor der Sitzung von AG Transfer am 24.11.2022." in register


def test_in_english_the_page_links_the_same_register_with_the_same_count(
    client_as, planned_meeting, many_open_tasks
):
    client = client_as("member")
    german = register_link(open_tasks_part(client.get(planned_meeting.get_absolute_url())))
    page = client.get(planned_meeting.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en")
    part = open_tasks_part(page)
    url, text = register_link(part)
    assert page.content.decode().count('<html lang="en') == 1
    assert len(TASK_LINK.findall(part)) == 25
    assert url == german[0]
    assert re.search(r"\b(\d+)\b", text)[1] == re.search(r"\b(\d+)\b", german[1])[1]


def test_a_body_with_few_open_tasks_shows_them_all_without_the_link(
    client_as, seed_meeting, planned_meeting
):
    part = open_tasks_part(client_as("member").get(planned_meeting.get_absolute_url()))
    assert 0 < len(TASK_LINK.findall(part)) < 25
    assert "/aufgaben/?" not in part
    assert "dringendsten" not in part
