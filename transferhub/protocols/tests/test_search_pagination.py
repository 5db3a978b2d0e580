"""Results come 50 to a page, with the same number of queries however many there are."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from transferhub.decisions.services import decision_record


def _record(meeting, n):
    item = meeting.agenda_items.get(number="6")
    for i in range(n):
        decision_record(
            meeting=meeting, agenda_item=item, text=f"Leitfaden Nummer {i} wird erstellt."
        )


def _queries(client, **params) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get("/protokolle/suche/", {"q": "Leitfaden", **params})
    assert response.status_code == 200
    return len(ctx.captured_queries), response.content.decode()


def test_results_are_paginated_by_50(seed_meeting, client_as, search_as):
    _record(seed_meeting, 60)
    assert len(search_as("secretariat", "Leitfaden")) == 50
    assert len(search_as("secretariat", "Leitfaden", page=2)) == 10
    _, html = _queries(client_as("secretariat"))
    assert "60 Treffer" in html and "Seite 1 von 2" in html


def test_a_page_runs_a_fixed_number_of_queries(seed_meeting, client_as):
    _record(seed_meeting, 3)
    client = client_as("member")
    few, _ = _queries(client)
    _record(seed_meeting, 57)
    many, _ = _queries(client)
    assert few == many
