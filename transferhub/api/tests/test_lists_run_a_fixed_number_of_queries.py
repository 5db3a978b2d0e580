"""API and OParl lists cost the same number of queries for 5 meetings as for 50."""

import datetime as dt

import pytest

from transferhub.decisions.services import decision_record, task_create
from transferhub.meetings.models import AgendaItem, Meeting

from .conftest import Api, request_queries


def _meetings(body, count: int) -> None:
    for n in range(count):
        meeting = Meeting.objects.create(
            body=body,
            name=f"Sitzung {n}",
            date=dt.date(2021, 1, 1) + dt.timedelta(days=n),
            start_time=dt.time(9),
            end_time=dt.time(10),
            location="Heidelberg",
            state="minutes_draft",
        )
        item = AgendaItem.objects.create(meeting=meeting, order=1, number="1", name="Punkt")
        decision_record(meeting=meeting, agenda_item=item, text=f"Beschluss {n}")
        task_create(agenda_item=item, text=f"Aufgabe {n}")
        Meeting.objects.filter(pk=meeting.pk).update(state="minutes_approved")


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/meetings?limit=100",
        "/api/v1/decisions?limit=100",
        "/api/v1/tasks?limit=100",
        "/oparl/v1/body/1/meeting",
        "/oparl/v1/body/1/agendaItem",
        "/oparl/v1/body/1/organization",
    ],
)
def test_a_list_costs_the_same_for_5_and_50_meetings(
    path, client, token_for, ag_transfer, settings
):
    if path == "/oparl/v1/body/1/meeting":
        # OParl keeps meeting objects in the cache: count what building them costs.
        settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    headers = {"Authorization": f"Bearer {token_for('secretariat')}"}
    api = Api(client, None)
    _meetings(ag_transfer, 5)
    api.client.get(path, headers=headers)  # the first use of a token notes the time once
    few = request_queries(lambda: api.client.get(path, headers=headers))[0]
    _meetings(ag_transfer, 45)
    many = request_queries(lambda: api.client.get(path, headers=headers))[0]
    assert many == few
