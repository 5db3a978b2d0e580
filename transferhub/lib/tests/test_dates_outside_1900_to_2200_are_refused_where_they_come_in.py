"""Dates from people are refused outside the years 1900–2200: in every form and in the API.

A task due on 31.12.9999 used to be stored and then broke its owner's calendar feed.
"""

import datetime as dt

import pytest

from transferhub.checks.forms import MeasureForm
from transferhub.decisions.forms import TaskForm as TaskEditForm
from transferhub.decisions.forms_meeting import TaskForm
from transferhub.decisions.models import Task
from transferhub.lib.dates import check_date_range, date_in_range
from transferhub.lib.forms import AuditFilterForm
from transferhub.meetings.forms import MeetingForm
from transferhub.meetings.forms_polls import SlotForm
from transferhub.network.forms import MembershipEndForm, MembershipForm
from transferhub.suppliers.forms import RiskDeclarationForm

MESSAGE = "Bitte geben Sie ein Datum zwischen 1900 und 2200 an."

FORMS = [
    (MeetingForm, "date"),
    (TaskForm, "due_date"),
    (TaskEditForm, "due_date"),
    (SlotForm, "date"),
    (MembershipForm, "start_date"),
    (MembershipForm, "end_date"),
    (MembershipEndForm, "end_date"),
    (RiskDeclarationForm, "declared_on"),
    (MeasureForm, "due_date"),
    (AuditFilterForm, "start"),
    (AuditFilterForm, "end"),
]


def _key(form_class, field: str) -> str:
    return f"{form_class.prefix}-{field}" if form_class.prefix else field


@pytest.mark.django_db
@pytest.mark.parametrize(("form_class", "field"), FORMS)
@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01", "1899-12-31", "2201-01-01"])
def test_every_form_refuses_a_date_out_of_range(form_class, field, value):
    form = form_class(data={_key(form_class, field): value})
    assert not form.is_valid()
    assert form.errors[field] == [MESSAGE]


@pytest.mark.django_db
@pytest.mark.parametrize(("form_class", "field"), FORMS)
@pytest.mark.parametrize("value", ["1900-01-01", "2022-09-15", "2200-12-31"])
def test_every_form_takes_a_date_within_the_range(form_class, field, value):
    form = form_class(data={_key(form_class, field): value})
    form.is_valid()
    assert field not in form.errors


def test_the_range_is_1900_to_2200():
    assert date_in_range(dt.date(1900, 1, 1)) and date_in_range(dt.date(2200, 12, 31))
    assert not date_in_range(dt.date(1899, 12, 31)) and not date_in_range(dt.date(2201, 1, 1))
    assert check_date_range(None) is None
    with pytest.raises(ValueError, match="1900"):
        check_date_range(dt.date(9999, 12, 31))


def test_the_task_page_refuses_a_due_date_in_9999(client_as, seed_meeting, people):
    task = Task.objects.get(owner_person=people["chair"])
    response = client_as("chair").post(
        f"/aufgaben/{task.pk}/",
        {
            "text": task.text,
            "owner_person": people["chair"].pk,
            "due_date": "9999-12-31",
            "status": task.status,
        },
    )
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
    task.refresh_from_db()
    assert task.due_date == dt.date(2022, 10, 31)


@pytest.fixture
def api(client, people):
    from transferhub.api.services import token_create

    _token, secret = token_create(user=people["chair"].user, name="t", scope="read-write")
    headers = {"Authorization": f"Bearer {secret}"}

    def send(method: str, path: str, data: dict):
        return getattr(client, method)(
            "/api/v1" + path, data, content_type="application/json", headers=headers
        )

    return send


def test_the_api_refuses_a_task_due_in_9999(api, seed_meeting, people):
    task = Task.objects.get(owner_person=people["chair"])
    response = api("patch", f"/tasks/{task.pk}", {"due_date": "9999-12-31"})
    assert response.status_code == 422
    assert MESSAGE in response.content.decode()
    item = task.agenda_item_id
    created = api("post", "/tasks", {"agenda_item_id": item, "text": "x", "due_date": "0001-01-01"})
    assert created.status_code == 422
    task.refresh_from_db()
    assert task.due_date == dt.date(2022, 10, 31)


def test_the_api_refuses_a_meeting_on_a_date_out_of_range(api, seed_meeting, ag_transfer):
    new = {
        "body_id": ag_transfer.pk,
        "name": "Fern",
        "date": "9999-12-31",
        "start_time": "09:00",
        "end_time": "10:00",
    }
    assert api("post", "/meetings", new).status_code == 422
    moved = api("patch", f"/meetings/{seed_meeting.pk}", {"date": "1800-01-01"})
    assert moved.status_code == 422
    assert MESSAGE in moved.content.decode()
