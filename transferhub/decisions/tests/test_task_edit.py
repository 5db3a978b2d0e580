import datetime as dt

import pytest
from django.urls import reverse

from transferhub.decisions.models import Task


@pytest.fixture
def chairs_task(seed_meeting, people):
    return seed_meeting.tasks.get(owner_person=people["chair"])


def form_data(task, **changes):
    data = {
        "text": task.text,
        "owner_person": task.owner_person_id or "",
        "owner_body": task.owner_body_id or "",
        "due_date": task.due_date.isoformat() if task.due_date else "",
        "status": task.status,
        "version": task.version,
    }
    data.update(changes)
    return data


def snapshot(task) -> tuple:
    task.refresh_from_db()
    return (task.text, task.owner_person_id, task.owner_body_id, task.due_date, task.status)


def test_it_shows_where_the_task_came_from(client_as, chairs_task):
    page = client_as("member").get(chairs_task.get_absolute_url()).content.decode()
    assert "Ansprache von Bankenverbänden vorbereiten." in page
    assert reverse("meetings:detail", args=[chairs_task.meeting_id]) in page
    assert "15.09.2022" in page
    assert "Umsetzungshilfe" in page  # the agenda item


def test_the_owner_changes_due_date_and_status(client_as, chairs_task):
    url = chairs_task.get_absolute_url()
    response = client_as("chair").post(
        url, form_data(chairs_task, due_date="2022-11-30", status="in_progress")
    )
    assert response.status_code == 302
    chairs_task.refresh_from_db()
    assert chairs_task.due_date == dt.date(2022, 11, 30)
    assert chairs_task.status == Task.Status.IN_PROGRESS


def test_a_member_sees_but_may_not_edit_someone_elses_task(client_as, chairs_task):
    client = client_as("member")
    page = client.get(chairs_task.get_absolute_url()).content.decode()
    assert 'name="text"' not in page
    before = snapshot(chairs_task)
    response = client.post(chairs_task.get_absolute_url(), form_data(chairs_task, status="done"))
    assert response.status_code == 403
    assert snapshot(chairs_task) == before


def test_the_secretariat_edits_any_task(client_as, chairs_task):
    client_as("secretariat").post(
        chairs_task.get_absolute_url(), form_data(chairs_task, text="Banken ansprechen.")
    )
    chairs_task.refresh_from_db()
    assert chairs_task.text == "Banken ansprechen."


def test_an_outsider_gets_not_found(client_as, chairs_task):
    assert client_as("outsider").get(chairs_task.get_absolute_url()).status_code == 404


def test_anonymous_visitors_are_sent_to_the_login(client_as, chairs_task):
    response = client_as("anonymous").get(chairs_task.get_absolute_url())
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_a_due_date_before_the_meeting_is_refused(client_as, chairs_task):
    before = snapshot(chairs_task)
    response = client_as("chair").post(
        chairs_task.get_absolute_url(), form_data(chairs_task, due_date="2022-09-01")
    )
    assert response.status_code == 200
    assert "liegt vor der Sitzung vom 15.09.2022" in response.content.decode()
    assert snapshot(chairs_task) == before


def test_a_person_and_a_body_as_owner_together_are_refused(client_as, chairs_task, ag_transfer):
    before = snapshot(chairs_task)
    response = client_as("chair").post(
        chairs_task.get_absolute_url(), form_data(chairs_task, owner_body=ag_transfer.pk)
    )
    assert response.status_code == 200
    assert "nicht beides" in response.content.decode()
    assert snapshot(chairs_task) == before


def test_an_unknown_status_is_refused(client_as, chairs_task):
    before = snapshot(chairs_task)
    response = client_as("chair").post(
        chairs_task.get_absolute_url(), form_data(chairs_task, status="vergessen")
    )
    assert response.status_code == 200
    assert 'class="error"' in response.content.decode()
    assert snapshot(chairs_task) == before


def test_an_empty_text_is_refused(client_as, chairs_task):
    before = snapshot(chairs_task)
    response = client_as("chair").post(
        chairs_task.get_absolute_url(), form_data(chairs_task, text=" ")
    )
    assert response.status_code == 200
    assert snapshot(chairs_task) == before
