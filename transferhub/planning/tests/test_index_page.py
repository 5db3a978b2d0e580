"""Sitzungsplanung lists one's bodies with the next meeting, open proposals and backlog size,
in a fixed number of queries."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from transferhub.network.models import Body
from transferhub.planning.services import proposal_submit


def test_the_index_names_the_next_meeting_and_what_is_open(client_as, people, upcoming):
    proposal_submit(meeting=upcoming, proposer=people["member"], title="Thema")
    page = client_as("member").get("/planung/").content.decode()
    assert upcoming.date.strftime("%d.%m.%Y") in page
    assert "<td>1</td>" in page  # one proposal waiting
    client = client_as("secretariat")
    client.get("/planung/")
    with CaptureQueriesContext(connection) as few:
        client.get("/planung/")
    Body.objects.bulk_create(Body(name=f"AG {n}") for n in range(30))
    with CaptureQueriesContext(connection) as many:
        client.get("/planung/")
    assert len(many) == len(few)


def test_the_start_page_shows_the_chair_the_proposals_to_decide(client_as, people, upcoming):
    assert "Themenvorschläge zur Entscheidung" not in client_as("chair").get("/").content.decode()
    proposal_submit(meeting=upcoming, proposer=people["member"], title="Ein neues Thema")
    page = client_as("chair").get("/").content.decode()
    assert "Themenvorschläge zur Entscheidung" in page and "Ein neues Thema" in page
    assert "Themenvorschläge zur Entscheidung" not in client_as("member").get("/").content.decode()
