from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

URL = reverse("decisions:tasks")


def count_queries(client, **params) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(URL, params)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_it_shows_fifty_tasks_a_page(client_as, make_tasks, ag_transfer):
    make_tasks(120, ag_transfer)
    client = client_as("member")
    page = client.get(URL).content.decode()
    assert "Aufgabe 0049" in page
    assert "Aufgabe 0050" not in page
    assert "Seite 1 von 3" in page
    page = client.get(URL, {"page": 3}).content.decode()
    assert "Aufgabe 0100" in page and "Aufgabe 0119" in page


def test_a_late_page_of_three_thousand_tasks_renders(client_as, make_tasks, ag_transfer):
    make_tasks(3000, ag_transfer)
    client = client_as("member")
    assert "Aufgabe 0000" in client.get(URL).content.decode()
    page = client.get(URL, {"page": 59}).content.decode()
    assert "Aufgabe 2900" in page
    assert "Seite 59 von 60" in page


def test_the_query_count_is_the_same_for_30_and_3000_tasks(
    client_as, make_tasks, ag_transfer, people
):
    make_tasks(30, ag_transfer, owner_person=people["member"])
    client = client_as("member")
    count_queries(client)  # warm caches (content types, sessions)
    small = count_queries(client)
    small_filtered = count_queries(client, status="open_any", overdue="on", q="Aufgabe")
    make_tasks(2970, ag_transfer, owner_person=people["chair"])
    assert count_queries(client) == small
    assert count_queries(client, page=40) == small
    assert count_queries(client, status="open_any", overdue="on", q="Aufgabe") == small_filtered
