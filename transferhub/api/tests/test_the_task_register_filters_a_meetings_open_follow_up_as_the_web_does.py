"""GET /tasks?body=…&status=open_any&before_meeting=… lists what the meeting page's link lists.

The meeting page shows the body's most pressing open tasks from before the meeting and
links to the web register with these filters; the API has the same ones, so a client
gets the same tasks (open or in progress, of earlier meetings or set between them).
"""

import datetime as dt
import re

import pytest

from transferhub.decisions.models import Task
from transferhub.decisions.services import task_create, task_set_status
from transferhub.meetings.services import agenda_item_add, meeting_create

from .conftest import Api


@pytest.fixture
def planned_meeting(seed_meeting, ag_transfer):
    """The AG Transfer's next meeting after the seed's (15.09.2022): 24.11.2022."""
    return meeting_create(
        body=ag_transfer,
        name="AG Transfer",
        date=dt.date(2022, 11, 24),
        start_time=dt.time(9),
        end_time=dt.time(11),
    )


def test_the_api_lists_the_same_open_tasks_as_the_web_register(
    client, token_for, client_as, seed_meeting, planned_meeting, ag_transfer
):
    earlier = seed_meeting.agenda_items.first()
    working = task_create(agenda_item=earlier, text="In Arbeit seit September")
    task_set_status(task=working, status=Task.Status.IN_PROGRESS)
    done = task_create(agenda_item=earlier, text="Schon erledigt")
    task_set_status(task=done, status=Task.Status.DONE)
    own = agenda_item_add(meeting=planned_meeting, name="Layout")
    task_create(agenda_item=own, text="Layout beauftragen.", owner_body=ag_transfer)
    query = {"body": ag_transfer.pk, "status": "open_any", "before_meeting": planned_meeting.pk}

    answer = Api(client, token_for("member")).get("/tasks", **query, limit=100)
    assert answer.status_code == 200
    texts = {task["text"] for task in answer.json()["items"]}
    assert "In Arbeit seit September" in texts
    assert "Schon erledigt" not in texts
    assert "Layout beauftragen." not in texts  # the meeting's own result, not its follow-up

    web = client_as("member").get("/aufgaben/", query).content.decode()
    web_ids = {int(pk) for pk in re.findall(r'href="/aufgaben/(\d+)/"', web)}
    assert {task["id"] for task in answer.json()["items"]} == web_ids
    assert answer.json()["total"] == len(web_ids)


def test_a_meeting_the_client_may_not_see_is_not_found(client, token_for, planned_meeting):
    answer = Api(client, token_for("outsider")).get("/tasks", before_meeting=planned_meeting.pk)
    assert answer.status_code == 404
