import datetime as dt
import time
from unittest import mock

import pytest
from django.core import signing
from django.urls import reverse

from transferhub.decisions.models import Task
from transferhub.decisions.services import task_done_token
from transferhub.lib.models import ActionLog


@pytest.fixture
def task(task_of, people):
    return task_of(
        text="Glossar ergänzen", owner_person=people["chair"], due_date=dt.date(2030, 1, 1)
    )


def url(token):
    return reverse("decisions:task_done_link", args=[token])


def test_get_shows_the_task_and_changes_nothing(client, task, people):
    response = client.get(url(task_done_token(task, people["chair"])))
    assert response.status_code == 200
    assert "Glossar ergänzen" in response.content.decode()
    assert "Ja, Aufgabe ist erledigt" in response.content.decode()
    task.refresh_from_db()
    assert task.status == Task.Status.OPEN


def test_post_marks_the_task_done_without_login_and_logs_it(client, task, people):
    response = client.post(url(task_done_token(task, people["chair"])))
    assert response.status_code == 200
    assert "Die Aufgabe ist als erledigt markiert" in response.content.decode()
    task.refresh_from_db()
    assert task.status == Task.Status.DONE and task.done_at is not None
    entry = ActionLog.objects.get(action="task.changed", object_id=task.pk)
    assert entry.data["via"] == "signed_link" and entry.actor is None


def test_a_forged_link_is_refused_and_changes_nothing(client, task, people):
    token = task_done_token(task, people["chair"])
    forged = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
    for method in (client.get, client.post):
        response = method(url(forged))
        assert response.status_code == 400
        assert "Dieser Link ist ungültig" in response.content.decode()
    task.refresh_from_db()
    assert task.status == Task.Status.OPEN


def test_a_link_for_another_task_id_is_refused(client, task, task_of, people):
    other = task_of(text="Anderes", owner_person=people["chair"])
    # The payload is base64 JSON: swap it for the other task's, keep time and signature.
    _payload, signed = task_done_token(task, people["chair"]).split(":", 1)
    data = signing.JSONSerializer().dumps({"task": other.pk, "person": people["chair"].pk})
    token = f"{signing.b64_encode(data).decode()}:{signed}"
    response = client.post(url(token))
    assert response.status_code == 400
    assert "Dieser Link ist ungültig" in response.content.decode()
    other.refresh_from_db()
    assert other.status == Task.Status.OPEN


def test_an_expired_link_is_refused_and_changes_nothing(client, task, people, settings):
    settings.TASK_DONE_LINK_DAYS = 14
    fifteen_days_ago = time.time() - 15 * 24 * 3600
    with mock.patch("django.core.signing.time.time", return_value=fifteen_days_ago):
        token = task_done_token(task, people["chair"])
    response = client.post(url(token))
    assert response.status_code == 400
    assert "Dieser Link ist abgelaufen" in response.content.decode()
    task.refresh_from_db()
    assert task.status == Task.Status.OPEN


def test_the_link_stops_working_when_the_owner_changes(client, task, people):
    token = task_done_token(task, people["chair"])
    task.owner_person = people["member"]
    task.save()
    response = client.post(url(token))
    assert response.status_code == 400
    assert "Zuständigkeit" in response.content.decode()
    task.refresh_from_db()
    assert task.status == Task.Status.OPEN


def test_a_done_task_is_not_done_twice(client, task, people):
    token = task_done_token(task, people["chair"])
    client.post(url(token))
    response = client.post(url(token))
    assert response.status_code == 400
    assert "bereits erledigt" in response.content.decode()
    assert ActionLog.objects.filter(action="task.changed").count() == 1
