"""A task edited by its owner and by the chair at the same time: neither undoes the other.

Both render the task's form; the owner saves first. A change to other fields is applied
on top; a change to the same field is refused with both versions shown.
"""

import datetime as dt

import pytest
from django.test import Client

from transferhub.decisions.models import Task
from transferhub.lib.testing.forms import form_data

STALE = "Dieser Eintrag wurde inzwischen von jemand anderem geändert"


@pytest.fixture
def task(seed_meeting, people) -> Task:
    return seed_meeting.tasks.get(owner_person=people["chair"])


@pytest.fixture
def owner_and_secretariat(people):
    clients = []
    for role in ("chair", "secretariat"):
        client = Client()
        client.force_login(people[role].user)
        clients.append(client)
    return clients


def _render(client, task) -> dict:
    return form_data(client.get(task.get_absolute_url()), task.get_absolute_url())


def test_the_owners_status_and_the_chairs_new_text_both_stay(owner_and_secretariat, task):
    owner, secretariat = owner_and_secretariat
    mine, theirs = _render(owner, task), _render(secretariat, task)
    mine["status"] = "in_progress"
    assert owner.post(task.get_absolute_url(), mine).status_code == 302
    theirs["text"] = "Bankenverbände ansprechen und Termin vereinbaren."
    response = secretariat.post(task.get_absolute_url(), theirs, follow=True)

    assert "Die Aufgabe wurde gespeichert." in response.content.decode()
    task.refresh_from_db()
    assert task.status == "in_progress"
    assert task.text == "Bankenverbände ansprechen und Termin vereinbaren."
    assert task.version == 3


def test_two_new_texts_at_once_refuse_the_second_and_show_both(owner_and_secretariat, task):
    owner, secretariat = owner_and_secretariat
    mine, theirs = _render(owner, task), _render(secretariat, task)
    mine["text"] = "Banken ansprechen (Owner)."
    owner.post(task.get_absolute_url(), mine)
    theirs.update(text="Banken ansprechen (Geschäftsstelle).", due_date="2022-12-01")
    response = secretariat.post(task.get_absolute_url(), theirs)

    page = response.content.decode()
    assert response.status_code == 200
    assert STALE in page
    assert "Banken ansprechen (Owner)." in page
    assert "Banken ansprechen (Geschäftsstelle)." in page
    task.refresh_from_db()
    assert task.text == "Banken ansprechen (Owner)."
    assert task.due_date != dt.date(2022, 12, 1)  # nothing of the refused save is applied


def test_the_refused_form_takes_the_others_values_where_it_changed_nothing(
    owner_and_secretariat, task
):
    owner, secretariat = owner_and_secretariat
    mine, theirs = _render(owner, task), _render(secretariat, task)
    mine.update(text="Banken ansprechen.", status="in_progress")
    owner.post(task.get_absolute_url(), mine)
    theirs["text"] = "Banken und Kammern ansprechen."
    refused = secretariat.post(task.get_absolute_url(), theirs)

    again = form_data(refused, task.get_absolute_url())
    assert again["text"] == "Banken und Kammern ansprechen."  # theirs, kept to merge
    assert again["status"] == "in_progress"  # the owner's, not put back to "open"
    assert again["version"] == "2"
    response = secretariat.post(task.get_absolute_url(), again, follow=True)
    assert "Die Aufgabe wurde gespeichert." in response.content.decode()
    task.refresh_from_db()
    assert (task.text, task.status) == ("Banken und Kammern ansprechen.", "in_progress")
