"""The task page's edit form offers the task's body's members first, as the meeting's
pages do, also when a refused save comes back with its error."""

import pytest
from django.urls import reverse

from conftest import make_person
from transferhub.decisions.services import task_create
from transferhub.meetings.tests.test_the_item_page_picks_a_task_owner_members_first import (
    MEMBERS,
    asks_members_first,
    owner_options,
)


@pytest.fixture
def task(seed_meeting):
    # Sixty people outside the body, whose names sort before every member's.
    for n in range(60):
        make_person(f"Anna{n:02d}", f"Aaron{n:02d}")
    item = seed_meeting.agenda_items.filter(kind="item").first()
    return task_create(agenda_item=item, text="Glossar abstimmen")


def _members_first(html: str) -> list[bool]:
    offered = owner_options(html.replace('name="owner_person"', 'name="task-owner_person"'))
    return [any(label.startswith(m) for label in offered[:3]) for m in MEMBERS]


def test_the_task_page_lists_the_bodys_members_first(client_as, people, task):
    html = client_as("chair").get(reverse("decisions:task", args=[task.pk])).content.decode()
    assert _members_first(html) == [True] * 3
    assert asks_members_first(html, task.body_id)


def test_a_refused_save_comes_back_with_the_members_first(client_as, people, task):
    page = client_as("chair").post(
        reverse("decisions:task", args=[task.pk]),
        {"version": task.version, "text": "Anders", "owner_person": 987654, "status": "open"},
    )
    html = page.content.decode()
    assert page.status_code == 200 and "Diese Person ist unbekannt" in html
    task.refresh_from_db()
    assert task.text == "Glossar abstimmen"
    assert _members_first(html) == [True] * 3
    assert asks_members_first(html, task.body_id)
