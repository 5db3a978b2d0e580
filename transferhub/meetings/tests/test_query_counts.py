"""Pages run a fixed number of queries, whatever the size of the data."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from conftest import make_person, world_layer
from transferhub.decisions.services import decision_record, task_create
from transferhub.meetings import services
from transferhub.meetings.models import AgendaItem, Attendance, Meeting

from .conftest import PDF_BYTES


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def _meeting(body, day: int, n_items: int, om) -> Meeting:
    """A meeting with n items, each with two presenters, a decision, a task and a file."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    meeting = services.meeting_create(
        body=body,
        name=f"AG Transfer {day}",
        date=dt.date(2030, 1, day),
        start_time=dt.time(9),
        end_time=dt.time(13),
    )
    for i in range(n_items):
        a = make_person(f"Vorname{day}x{i}", "Vortragend", org=om)
        b = make_person(f"Zweite{day}x{i}", "Vortragend")
        if i % 4 == 3:
            services.agenda_item_add(meeting=meeting, name="Pause", kind=AgendaItem.Kind.BREAK)
        item = services.agenda_item_add(
            meeting=meeting,
            name=f"Punkt {i}",
            duration_minutes=10,
            public=i % 2 == 0,
            presenters=[(a, None), (b, om)],
        )
        services.minutes_record(item=item, minutes=f"Protokoll {i}", status="discussed")
        decision_record(meeting=meeting, agenda_item=item, text=f"Beschluss {i}", votes=(3, 0, 1))
        task_create(agenda_item=item, text=f"Aufgabe {i}", owner_person=a)
        services.attachment_add(
            meeting=meeting,
            agenda_item=item,
            file=SimpleUploadedFile(f"anlage-{i}.pdf", PDF_BYTES),
        )
        Attendance.objects.create(meeting=meeting, person=a)
        Attendance.objects.create(meeting=meeting, guest_name=f"Gast {i}")
    meeting.refresh_from_db()
    return meeting


@world_layer("small_and_large", requires=("people",))
def _small_and_large_world(below):
    return make_small_and_large(below["people"]["ag_transfer"], below["people"]["om"])


@pytest.fixture
def small_and_large(ag_transfer, om, _worlds):
    """A body with 50 meetings; one of them has 2 items, another 20 (built once, shared)."""
    shared = _worlds.shared("small_and_large")
    return shared if shared is not None else make_small_and_large(ag_transfer, om)


def make_small_and_large(ag_transfer, om):
    Meeting.objects.bulk_create(
        Meeting(
            body=ag_transfer,
            name=f"Frühere Sitzung {i}",
            date=dt.date(2020, 1, 1) + dt.timedelta(days=14 * i),
            start_time=dt.time(9),
            end_time=dt.time(11),
            state=Meeting.State.MINUTES_APPROVED,
        )
        for i in range(48)
    )
    small = _meeting(ag_transfer, 10, 2, om)
    large = _meeting(ag_transfer, 20, 20, om)
    assert Meeting.objects.filter(body=ag_transfer).count() == 50
    return small, large


@pytest.mark.parametrize("role", ["secretariat", "member"])
def test_the_agenda_page_costs_the_same_for_2_and_20_items(client_as, small_and_large, role):
    small, large = small_and_large
    client = client_as(role)
    assert _queries(client, small.get_absolute_url()) == _queries(client, large.get_absolute_url())


def test_the_public_agenda_page_costs_the_same_for_2_and_20_items(client_as, small_and_large):
    small, large = small_and_large
    Meeting.objects.filter(pk__in=[small.pk, large.pk]).update(state=Meeting.State.MINUTES_APPROVED)
    client = client_as("anonymous")
    assert _queries(client, small.get_absolute_url()) == _queries(client, large.get_absolute_url())


@pytest.mark.parametrize(
    "name", ["meetings:attendance", "meetings:versions", "meetings:edit", "meetings:approve"]
)
def test_meeting_pages_cost_the_same_for_small_and_large_meetings(client_as, small_and_large, name):
    small, large = small_and_large
    client = client_as("secretariat")
    assert _queries(client, reverse(name, args=[small.pk])) == _queries(
        client, reverse(name, args=[large.pk])
    )


@pytest.mark.parametrize("name", ["meetings:item", "meetings:item_edit"])
def test_item_pages_cost_the_same_for_small_and_large_meetings(client_as, small_and_large, name):
    small, large = small_and_large
    client = client_as("secretariat")
    first_small = small.agenda_items.exclude(kind="break").first()
    first_large = large.agenda_items.exclude(kind="break").last()
    assert _queries(client, reverse(name, args=[small.pk, first_small.pk])) == _queries(
        client, reverse(name, args=[large.pk, first_large.pk])
    )


def test_the_list_of_a_body_with_50_meetings_stays_within_a_fixed_budget(
    client_as, small_and_large, ag_transfer, django_assert_max_num_queries
):
    client = client_as("member")
    with django_assert_max_num_queries(10):
        response = client.get(reverse("meetings:list"), {"body": ag_transfer.pk})
    assert response.content.decode().count('<th scope="row">') == 50
