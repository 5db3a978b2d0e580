"""The list of meetings: visibility, filters, pages."""

import datetime as dt

import pytest
from django.urls import reverse

from transferhub.meetings.models import Meeting
from transferhub.network.models import Body

from .conftest import page_text


@pytest.fixture
def meetings(ag_transfer):
    strategiekreis = Body.objects.create(name="Strategiekreis")
    return {
        "draft": Meeting.objects.create(
            body=ag_transfer,
            name="AG Transfer Entwurf",
            date=dt.date(2022, 9, 15),
            start_time=dt.time(9),
            end_time=dt.time(13),
            state=Meeting.State.MINUTES_DRAFT,
        ),
        "approved": Meeting.objects.create(
            body=ag_transfer,
            name="AG Transfer genehmigt",
            date=dt.date(2021, 11, 25),
            start_time=dt.time(9),
            end_time=dt.time(13),
            state=Meeting.State.MINUTES_APPROVED,
        ),
        "other": Meeting.objects.create(
            body=strategiekreis,
            name="Strategiekreis intern",
            date=dt.date(2022, 11, 10),
            start_time=dt.time(10),
            end_time=dt.time(12),
        ),
    }


def test_the_public_sees_only_meetings_with_approved_minutes(client_as, meetings):
    text = page_text(client_as("anonymous").get(reverse("meetings:list")))
    assert "AG Transfer genehmigt" in text
    assert "AG Transfer Entwurf" not in text
    assert "Strategiekreis intern" not in text
    assert "Neue Sitzung" not in text


def test_members_see_their_bodies_meetings_but_not_others(client_as, meetings):
    text = page_text(client_as("member").get(reverse("meetings:list")))
    assert "AG Transfer Entwurf" in text and "AG Transfer genehmigt" in text
    assert "Strategiekreis intern" not in text


def test_the_secretariat_sees_every_meeting_and_may_create_one(client_as, meetings):
    text = page_text(client_as("secretariat").get(reverse("meetings:list")))
    assert "Strategiekreis intern" in text
    assert "Neue Sitzung" in text


def test_it_filters_by_body_year_and_state(client_as, meetings, ag_transfer):
    client = client_as("secretariat")
    url = reverse("meetings:list")
    text = page_text(client.get(url, {"body": ag_transfer.pk}))
    assert "AG Transfer Entwurf" in text and "Strategiekreis intern" not in text
    text = page_text(client.get(url, {"year": 2021}))
    assert "AG Transfer genehmigt" in text and "AG Transfer Entwurf" not in text
    text = page_text(client.get(url, {"state": "minutes_draft"}))
    assert "AG Transfer Entwurf" in text and "AG Transfer genehmigt" not in text


def _many_meetings(body, n):
    Meeting.objects.bulk_create(
        Meeting(
            body=body,
            name=f"Sitzung {i:03d}",
            date=dt.date(2000, 1, 1) + dt.timedelta(days=7 * i),
            start_time=dt.time(9),
            end_time=dt.time(11),
        )
        for i in range(n)
    )


def test_it_shows_fifty_meetings_per_page(client_as, ag_transfer):
    _many_meetings(ag_transfer, 120)
    client = client_as("member")
    first = page_text(client.get(reverse("meetings:list")))
    assert first.count('<th scope="row">') == 50
    assert "Seite 1 von 3" in first
    last = page_text(client.get(reverse("meetings:list"), {"page": 3}))
    assert last.count('<th scope="row">') == 20
    assert "Sitzung 000" in last


def test_the_list_runs_the_same_number_of_queries_for_3_and_50_meetings(
    client_as, ag_transfer, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_as("member")
    _many_meetings(ag_transfer, 3)
    with CaptureQueriesContext(connection) as small:
        client.get(reverse("meetings:list"))
    _many_meetings(Body.objects.get(pk=ag_transfer.pk), 47)
    assert Meeting.objects.filter(body=ag_transfer).count() == 50
    with django_assert_num_queries(len(small.captured_queries)):
        response = client.get(reverse("meetings:list"))
    assert page_text(response).count('<th scope="row">') == 50
