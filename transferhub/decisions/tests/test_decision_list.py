import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from transferhub.decisions.models import Decision
from transferhub.meetings.models import Meeting

URL = reverse("decisions:decisions")


@pytest.fixture
def voted(seed_meeting):
    decision = seed_meeting.decisions.order_by("sequence").first()
    decision.text = "Die AG Transfer **vereinbart** das Glossar."
    decision.votes_yes, decision.votes_no, decision.votes_abstain = 12, 1, 2
    decision.kind = Decision.Kind.RESOLUTION
    decision.save()
    return decision


def test_it_lists_register_number_meeting_kind_text_and_votes(client_as, voted):
    page = client_as("member").get(URL).content.decode()
    assert "AG Transfer 2022/1" in page
    assert "AG Transfer 2022/5" in page
    assert "15.09.2022" in page
    assert "Beschluss" in page
    assert "<strong>vereinbart</strong>" in page
    assert "12 ja, 1 nein, 2 Enthaltungen" in page


def test_it_filters_by_kind_and_text(client_as, voted):
    client = client_as("member")
    page = client.get(URL, {"kind": "resolution"}).content.decode()
    assert "AG Transfer 2022/1" in page and "AG Transfer 2022/2" not in page
    page = client.get(URL, {"q": "glossar"}).content.decode()
    assert "AG Transfer 2022/1" in page and "AG Transfer 2022/3" not in page


def test_it_filters_by_year_and_body(client_as, seed_meeting, ag_transfer, fg_arbeitsschutz):
    later = Meeting.objects.create(
        body=fg_arbeitsschutz,
        name="FG Arbeitsschutz",
        date=dt.date(2023, 2, 1),
        start_time=dt.time(9),
        end_time=dt.time(10),
    )
    Decision.objects.create(
        body=fg_arbeitsschutz, meeting=later, year=2023, sequence=1, text="One-Pager"
    )
    client = client_as("secretariat")
    page = client.get(URL, {"year": 2023}).content.decode()
    assert "FG Arbeitsschutz 2023/1" in page and "AG Transfer 2022/1" not in page
    page = client.get(URL, {"body": ag_transfer.pk}).content.decode()
    assert "AG Transfer 2022/1" in page and "FG Arbeitsschutz 2023/1" not in page


def test_the_public_sees_decisions_of_approved_minutes_only(client_as, seed_meeting):
    client = client_as("anonymous")
    assert "AG Transfer 2022/1" not in client.get(URL).content.decode()
    Meeting.objects.filter(pk=seed_meeting.pk).update(state=Meeting.State.MINUTES_APPROVED)
    assert "AG Transfer 2022/1" in client.get(URL).content.decode()


def test_the_public_does_not_see_decisions_of_closed_items(client_as, seed_meeting):
    Meeting.objects.filter(pk=seed_meeting.pk).update(state=Meeting.State.MINUTES_APPROVED)
    first = seed_meeting.decisions.order_by("sequence").first()
    first.agenda_item.public = False
    first.agenda_item.save()
    page = client_as("outsider").get(URL).content.decode()
    assert "AG Transfer 2022/1" not in page
    assert "AG Transfer 2022/2" in page


def test_it_shows_one_decision_with_its_tasks(client_as, seed_meeting):
    decision = seed_meeting.decisions.order_by("sequence").first()
    response = client_as("member").get(reverse("decisions:decision", args=[decision.pk]))
    assert "AG Transfer 2022/1" in response.content.decode()
    assert (
        client_as("outsider").get(reverse("decisions:decision", args=[decision.pk])).status_code
        == 404
    )


def test_the_query_count_does_not_grow_with_the_decisions(client_as, ag_transfer):
    def add_meetings(count, start):
        for n in range(count):
            meeting = Meeting.objects.create(
                body=ag_transfer,
                name="AG Transfer",
                date=dt.date(2000 + start + n, 3, 1),
                start_time=dt.time(9),
                end_time=dt.time(11),
            )
            Decision.objects.create(
                body=ag_transfer, meeting=meeting, year=meeting.date.year, sequence=1, text="x"
            )

    def count(client):
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(URL).status_code == 200
        return len(ctx.captured_queries)

    client = client_as("member")
    add_meetings(2, 0)
    count(client)
    few = count(client)
    add_meetings(48, 2)
    assert count(client) == few
