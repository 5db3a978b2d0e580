"""The result page counts matches only up to a limit and says "more than" beyond it."""

import random

from django.db import connection
from django.test.utils import CaptureQueriesContext

from transferhub.suppliers.generate import generate_suppliers
from transferhub.suppliers.views import directory as views


def test_more_matches_than_the_limit_are_shown_as_more_than(client, db, monkeypatch):
    monkeypatch.setattr(views, "COUNT_LIMIT", 60)
    generate_suppliers(130, random.Random(7))
    page = client.get("/lieferanten/").content.decode()
    assert "Mehr als 60 Lieferanten gefunden" in page
    assert "Seite 1" in page and "Seite 1 von" not in page
    assert 'rel="next"' in page


def test_every_page_can_be_reached_beyond_the_limit(client, db, monkeypatch):
    monkeypatch.setattr(views, "COUNT_LIMIT", 60)
    generate_suppliers(130, random.Random(7))
    names = []
    for number in (1, 2, 3):
        response = client.get("/lieferanten/", {"page": number, "sort": "name"})
        names += [s.name for s in response.context["suppliers"]]
    assert len(names) == len(set(names)) == 130
    assert names == sorted(names)
    last = client.get("/lieferanten/", {"page": 3}).content.decode()
    assert "Seite 3 von 3" in last
    assert 'rel="next"' not in last


def test_fewer_matches_are_counted_exactly(client, db):
    generate_suppliers(70, random.Random(7))
    page = client.get("/lieferanten/").content.decode()
    assert "70 Lieferanten gefunden" in page
    assert "Seite 1 von 2" in page


def test_a_big_page_costs_no_more_queries_than_a_small_one(client_for, purchaser, monkeypatch):
    monkeypatch.setattr(views, "COUNT_LIMIT", 60)
    client = client_for(purchaser.user)
    client.get("/lieferanten/")  # warm the session

    def queries(**params):
        with CaptureQueriesContext(connection) as ctx:
            assert client.get("/lieferanten/", params).status_code == 200
        return len(ctx.captured_queries)

    generate_suppliers(10, random.Random(8))
    assert client.get("/lieferanten/", {"q": "gmbh"}).context["suppliers"]
    small = queries(q="gmbh", state="")
    generate_suppliers(200, random.Random(9))
    assert queries(q="gmbh", state="") == small
    assert queries(q="gmbh", page=2) == small
    assert small <= 8


def test_a_forged_page_number_shows_the_last_page(client, db):
    generate_suppliers(70, random.Random(7))
    for number in ("99999999999999999999999", "-3", "zwei"):
        response = client.get("/lieferanten/", {"page": number})
        assert response.status_code == 200, number
        assert response.context["suppliers"]
