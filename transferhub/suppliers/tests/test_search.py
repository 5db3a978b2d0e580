import csv
import datetime as dt
import io
import random

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from transferhub.suppliers.generate import build_suppliers
from transferhub.suppliers.models import Seal, Supplier


def _make(n, seed=1):
    """Bulk-create n generated suppliers, each with a valid OM-Zeichen Arbeitsschutz."""
    today = timezone.localdate()
    ids = [
        s.pk for s in Supplier.objects.bulk_create(build_suppliers(n, random.Random(seed), today))
    ]
    Seal.objects.bulk_create(
        Seal(
            supplier_id=pk,
            kind="safety",
            year=2000 + seed,
            sequence=i,
            number=f"OM-AS-{2000 + seed}-{i:05d}",
            granted_at=timezone.now(),
            valid_until=today + dt.timedelta(days=365),
        )
        for i, pk in enumerate(ids, start=1)
    )
    return ids


def _names(response):
    return response.content.decode()


def test_full_text_finds_name_and_products(client_as, supplier):
    client = client_as("anonymous")
    assert "Muster Metall GmbH" in _names(client.get("/lieferanten/", {"q": "blech muster"}))
    assert "Muster Metall GmbH" not in _names(client.get("/lieferanten/", {"q": "holz"}))


def test_hidden_products_are_searched_only_for_purchasers(
    client_as, client_for, supplier, purchaser, company_user
):
    from transferhub.suppliers import services

    services.supplier_update(supplier=supplier, actor=company_user, products_public=False)
    assert "Muster Metall GmbH" not in _names(
        client_as("anonymous").get("/lieferanten/", {"q": "blech"})
    )
    assert "Muster Metall GmbH" in _names(
        client_for(purchaser.user).get("/lieferanten/", {"q": "blech"})
    )


def test_filters_narrow_the_list(client_as, supplier, seal):
    client = client_as("anonymous")
    hit = {
        "seal": "safety",
        "seal_status": "valid",
        "industry": "C",
        "size": "small",
        "plz": "5",
        "state": "NW",
    }
    assert "Muster Metall GmbH" in _names(client.get("/lieferanten/", hit))
    for key, value in [("plz", "52"), ("industry", "25.11"), ("industry", "25")]:
        assert "Muster Metall GmbH" in _names(client.get("/lieferanten/", {key: value}))
    for key, value in [
        ("plz", "1"),
        ("state", "BY"),
        ("size", "micro"),
        ("industry", "F"),
        ("lksg", "on"),
        ("seal_status", "expired"),
    ]:
        assert "Muster Metall GmbH" not in _names(client.get("/lieferanten/", {key: value})), key


def test_garbage_filters_get_a_clear_message_and_no_list(client_as, supplier):
    client = client_as("anonymous")
    for params, message in [
        ({"plz": "5x"}, "eine oder zwei Ziffern"),
        ({"plz": "123"}, "eine oder zwei Ziffern"),
        ({"industry": "Z9"}, "WZ-Abschnitt (A bis U)"),
        ({"state": "XX"}, "Bitte eine gültige Auswahl treffen"),
        ({"sort": "password"}, "Bitte eine gültige Auswahl treffen"),
        ({"seal_status": "';drop table"}, "Bitte eine gültige Auswahl treffen"),
    ]:
        response = client.get("/lieferanten/", params)
        assert response.status_code == 200
        page = response.content.decode()
        assert message in page, params
        assert "/lieferanten/%d/" % supplier.pk not in page
    assert Supplier.objects.count() == 1


def test_sorting_and_pages_of_fifty(client_as, db):
    _make(120)
    client = client_as("anonymous")
    first = client.get("/lieferanten/", {"sort": "name"}).context["suppliers"]
    assert len(first) == 50
    names = [s.name for s in first]
    assert names == sorted(names)
    last = client.get("/lieferanten/", {"sort": "name", "page": 3}).context["suppliers"]
    assert len(last) == 20
    backwards = client.get("/lieferanten/", {"sort": "-name"}).context["suppliers"]
    assert backwards[0].name == max(Supplier.objects.values_list("name", flat=True))


def test_a_page_costs_the_same_queries_for_5_or_150_suppliers(client_for, purchaser, db):
    client = client_for(purchaser.user)
    params = {"q": "", "state": "", "size": "", "seal": "safety", "sort": "name"}

    def count():
        # Warm the session and the counts the search keeps a while to pick its plan.
        client.get("/lieferanten/", params)
        with CaptureQueriesContext(connection) as ctx:
            assert client.get("/lieferanten/", params).status_code == 200
        return len(ctx.captured_queries)

    _make(5, seed=2)
    # A short word: the number that ends a generated name, a word of its own in both cases.
    params["q"] = Supplier.objects.order_by("pk").first().name.split()[-1]
    small = count()
    _make(150, seed=3)
    assert Seal.objects.count() > 5
    big = count()
    assert big == small
    assert small <= 8


def test_purchasers_export_the_result_list_as_csv(client_for, purchaser, supplier, seal):
    response = client_for(purchaser.user).get("/lieferanten/export.csv", {"q": "muster"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0] == "Name"
    assert rows[1][0] == "Muster Metall GmbH"
    assert "einkauf@muster-metall.example" in rows[1]
    assert seal.number in rows[1][11]


def test_others_may_not_export(client_as, supplier):
    assert client_as("outsider").get("/lieferanten/export.csv").status_code == 403
    assert client_as("anonymous").get("/lieferanten/export.csv").status_code == 302


def test_a_garbage_filter_exports_nothing(client_for, purchaser, supplier):
    response = client_for(purchaser.user).get("/lieferanten/export.csv", {"plz": "abc"})
    assert response.status_code == 400
    assert "eine oder zwei Ziffern" in response.content.decode()
