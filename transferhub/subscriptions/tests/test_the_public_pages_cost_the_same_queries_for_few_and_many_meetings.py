"""The public calendar, a body's page and its feeds cost a fixed number of queries
whatever the number of meetings and items (bounded work for anonymous traffic)."""

import datetime as dt

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from transferhub.meetings.services import agenda_item_add, meeting_create
from transferhub.subscriptions.models import PublicCalendar


def _plan(body, count: int, start: int) -> None:
    for n in range(count):
        meeting = meeting_create(
            body=body,
            name=f"AG Transfer {start + n}",
            date=timezone.localdate() + dt.timedelta(days=start + n),
            start_time=dt.time(9),
            end_time=dt.time(11),
        )
        for title in ("Bericht", "Verschiedenes"):
            agenda_item_add(meeting=meeting, name=title)


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_few_and_many_meetings_cost_the_same(client, ag_transfer):
    PublicCalendar.objects.create(body=ag_transfer, public=True)
    urls = [
        reverse("subscriptions:calendar"),
        reverse("subscriptions:body", args=[ag_transfer.pk]),
        reverse("subscriptions:atom", args=[ag_transfer.pk]),
        reverse("subscriptions:ics", args=[ag_transfer.pk]),
    ]
    _plan(ag_transfer, 2, 1)
    few = {url: _queries(client, url) for url in urls}
    _plan(ag_transfer, 18, 10)
    many = {url: _queries(client, url) for url in urls}
    assert few == many
