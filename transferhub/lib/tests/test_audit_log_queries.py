import datetime as dt

from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from conftest import make_person
from transferhub.lib.audit import log_action
from transferhub.meetings.models import Meeting
from transferhub.network.models import Membership

URL = reverse("lib:audit_log")


def _fill(ag_transfer, start: int, stop: int) -> None:
    """Two entries each by different people, on different meetings and memberships."""
    for i in range(start, stop):
        actor = make_person("Person", f"Nr{i}", username=f"person{i}")
        meeting = Meeting.objects.create(
            body=ag_transfer,
            name=f"Sitzung {i}",
            date=dt.date(2022, 1, 1) + dt.timedelta(days=i),
            start_time=dt.time(9),
            end_time=dt.time(10),
        )
        membership = Membership.objects.create(body=ag_transfer, person=actor)
        log_action(
            actor.user, "meeting.changed", meeting, before={"name": "x"}, after={"name": "y"}
        )
        log_action(actor.user, "membership.ended", membership, before=None, after="2024-01-01")


def _queries(client, params: dict) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(URL, params).status_code == 200
    return len(queries)


def test_fifty_entries_per_page_in_a_fixed_number_of_queries(
    client_as, ag_transfer, people, django_assert_max_num_queries
):
    client = client_as("secretariat")
    _fill(ag_transfer, 0, 2)
    actor = User.objects.get(username="person0").pk
    filtered = {"kind": "permissions", "start": "2020-01-01", "actor": actor}
    few = _queries(client, {})
    few_filtered = _queries(client, filtered)
    assert few <= 10
    _fill(ag_transfer, 2, 80)
    with django_assert_max_num_queries(few):
        response = client.get(URL)
    assert len(response.context["rows"]) == 50
    with django_assert_max_num_queries(few):
        assert len(client.get(URL, {"page": 2}).context["rows"]) == 50
    with django_assert_max_num_queries(few_filtered):
        client.get(URL, filtered)
