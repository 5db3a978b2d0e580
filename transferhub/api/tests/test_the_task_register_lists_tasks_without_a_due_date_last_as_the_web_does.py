"""GET /tasks lists tasks in the web register's order: by due date, those without one last.

The order is written out (NULLS LAST), not left to the database: SQLite sorts NULL first,
PostgreSQL last, so "order by due date" alone put the undated tasks at the head of the
API's list on one and at its tail on the other. Either way the register's latest-first
order ("-due") keeps the undated ones last too.
"""

import datetime as dt
import re

import pytest

from transferhub.decisions.services import task_create

from .conftest import Api


@pytest.fixture
def tasks(seed_meeting):
    item = seed_meeting.agenda_items.first()
    dates = [dt.date(2022, 12, 1), None, dt.date(2022, 10, 1), None, dt.date(2022, 11, 1)]
    return [
        task_create(agenda_item=item, text=f"Reihenfolge {n}", due_date=due)
        for n, due in enumerate(dates)
    ]


@pytest.mark.parametrize("sort", ["due", "-due"])
def test_the_api_lists_tasks_in_the_web_registers_order(client, token_for, client_as, tasks, sort):
    answer = Api(client, token_for("member")).get("/tasks", q="Reihenfolge", sort=sort)
    assert answer.status_code == 200
    items = answer.json()["items"]
    dates = [item["due_date"] for item in items]
    dated = ["2022-10-01", "2022-11-01", "2022-12-01"]
    assert dates == (dated if sort == "due" else dated[::-1]) + [None, None]

    web = client_as("member").get("/aufgaben/", {"q": "Reihenfolge", "sort": sort})
    web_ids = [int(pk) for pk in re.findall(r'href="/aufgaben/(\d+)/"', web.content.decode())]
    assert [item["id"] for item in items] == list(dict.fromkeys(web_ids))


def test_without_a_sort_the_earliest_due_comes_first_and_the_undated_last(client, token_for, tasks):
    answer = Api(client, token_for("member")).get("/tasks", q="Reihenfolge")
    texts = [item["text"] for item in answer.json()["items"]]
    assert texts == [
        "Reihenfolge 2",
        "Reihenfolge 4",
        "Reihenfolge 0",
        "Reihenfolge 1",
        "Reihenfolge 3",
    ]


def test_an_unknown_sort_is_refused(client, token_for):
    answer = Api(client, token_for("member")).get("/tasks", sort="due_date")
    assert answer.status_code == 422
