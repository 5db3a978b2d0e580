"""The start page's SQL count stays the same when the data grows (each panel is bounded)."""

import datetime as dt

from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from transferhub.decisions.models import Task
from transferhub.meetings.models import Meeting
from transferhub.network.models import Body

LOGINS = [None, "geschaeftsstelle", "leitung", "mitglied", "betrieb", "beratung", "einkauf"]


def queries(client: Client) -> int:
    client.get("/")  # the visit is recorded on the first
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/").status_code == 200
    return len(captured)


def grow(body: Body) -> None:
    today = timezone.localdate()
    Meeting.objects.bulk_create(
        Meeting(
            body=body,
            name=f"Sitzung {n}",
            date=today + dt.timedelta(days=n % 20 - 5),
            start_time=dt.time(9),
            end_time=dt.time(11),
            state=Meeting.State.MINUTES_APPROVED if n % 3 == 0 else Meeting.State.PLANNED,
        )
        for n in range(60)
    )
    Task.objects.bulk_create(
        Task(body=body, owner_body=body, text=f"Aufgabe {n}", due_date=today - dt.timedelta(days=n))
        for n in range(60)
    )


def test_each_login_s_start_page_runs_a_fixed_number_of_queries(demo):
    clients = {}
    for username in LOGINS:
        client = Client()
        if username:
            client.force_login(User.objects.get(username=username))
        clients[username] = client
    before = {username: queries(client) for username, client in clients.items()}
    grow(Body.objects.get(name="AG Transfer"))
    after = {username: queries(client) for username, client in clients.items()}
    assert after == before
    assert max(before.values()) <= 25, before
