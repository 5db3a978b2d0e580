"""The header search (/suche/) finds minutes, decisions, tasks, papers and suppliers in one
go: grouped by kind with a count each, every group linking to the full search of its kind,
and only what the person may see (papers for the network's members, a supplier's hidden
products for purchasers only). Its SQL count does not grow with the data."""

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext

from transferhub.decisions.models import Task
from transferhub.meetings.models import AgendaItem
from transferhub.papers import services as papers
from transferhub.suppliers.models import Purchaser, Supplier


def supplier(name: str, products: str, *, products_public: bool = True) -> Supplier:
    return Supplier.objects.create(
        name=name,
        federal_state="NW",
        wz_code="25.62",
        size_class="small",
        postcode="52062",
        town="Aachen",
        products=products,
        products_public=products_public,
    )


@pytest.fixture
def world(seed_meeting, ag_transfer, people):
    papers.paper_create(
        title="Umsetzungshilfe Vorstellung", body=ag_transfer, year=2022, actor=None
    )
    supplier("Vorstellung Messebau GmbH", "Messestände")
    supplier("Stille Gießerei", "Vorstellungsmodelle aus Zinkguss", products_public=False)
    Task.objects.create(body=ag_transfer, text="Vorstellung im Strategiekreis planen")
    buyer = User.objects.create_user("buyer", password="geheim-123-geheim")
    Purchaser.objects.create(user=buyer, organisation_name="Einkauf AG")
    return seed_meeting


def groups(page: str) -> dict[str, str]:
    """The text of each result group of the page, by its kind."""
    out = {}
    for kind in ("minutes", "decision", "task", "paper", "supplier"):
        start = page.find(f'<section class="search-group" aria-labelledby="treffer-{kind}">')
        if start >= 0:
            out[kind] = page[start : page.find("</section>", start)]
    return out


def test_a_member_finds_minutes_papers_and_suppliers_grouped_with_counts(world, client_as):
    page = client_as("member").get("/suche/", {"q": "Vorstellung"}).content.decode()
    found = groups(page)
    assert set(found) == {"minutes", "task", "paper", "supplier"}
    assert "Umsetzungshilfe Vorstellung" in found["paper"]
    assert "/vorlagen/?q=Vorstellung" in found["paper"]
    assert "/protokolle/suche/?q=Vorstellung&amp;kind=minutes" in found["minutes"]
    assert "/lieferanten/?q=Vorstellung" in found["supplier"]
    # A member sees the public fields only: the hidden products do not find the foundry.
    assert "Vorstellung Messebau GmbH" in found["supplier"]
    assert "Stille Gießerei" not in found["supplier"]
    assert "Messestände" in found["supplier"]
    assert "(1)" in found["paper"] and "(1)" in found["supplier"]


def test_a_purchaser_finds_hidden_products_but_no_papers(world, client_as, client):
    client.force_login(User.objects.get(username="buyer"))
    found = groups(client.get("/suche/", {"q": "Vorstellung"}).content.decode())
    assert "paper" not in found
    assert "Stille Gießerei" in found["supplier"]
    assert "Vorstellungsmodelle aus Zinkguss" in found["supplier"]
    assert "(2)" in found["supplier"]


def test_the_public_finds_no_draft_minutes_no_papers_and_public_supplier_fields_only(
    world, client_as
):
    page = client_as("anonymous").get("/suche/", {"q": "Vorstellung"}).content.decode()
    found = groups(page)
    assert "paper" not in found and "task" not in found and "minutes" not in found
    assert "Stille Gießerei" not in page
    assert "Umsetzungshilfe Vorstellung" not in page


def test_one_kind_only_and_bad_input_gets_a_german_message(world, client_as):
    client = client_as("member")
    found = groups(client.get("/suche/", {"q": "Vorstellung", "kind": "paper"}).content.decode())
    assert set(found) == {"paper"}
    page = client.get("/suche/", {"q": "x" * 201}).content.decode()
    assert "höchstens 200 Zeichen" in page and "search-group" not in page
    page = client.get("/suche/", {"q": "Vorstellung", "kind": "alles"}).content.decode()
    assert "alles ist keine gültige Auswahl" in page and "search-group" not in page
    page = client.get("/suche/", {"q": "Bürgschaftsvertrag"}).content.decode()
    assert "Keine Treffer" in page


def test_the_header_box_sends_to_the_search_over_everything(client_as):
    page = client_as("anonymous").get("/").content.decode()
    assert 'class="header-search" role="search" action="/suche/"' in page


def test_the_search_costs_the_same_queries_whatever_the_data(world, client_as, ag_transfer):
    client = client_as("secretariat")

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/suche/", {"q": "Vorstellung"}).status_code == 200
        return len(captured)

    client.get("/suche/", {"q": "Vorstellung"})  # sessions, caches
    before = queries()
    meeting = world
    for n in range(12):
        item = AgendaItem.objects.create(
            meeting=meeting,
            order=100 + n,
            number=f"9.{n}",
            name=f"Vorstellung {n}",
            minutes="Vorstellung.",
        )
        Task.objects.create(body=ag_transfer, agenda_item=item, text=f"Vorstellung {n} vorbereiten")
        papers.paper_create(title=f"Vorstellung {n}", body=ag_transfer, year=2023)
        supplier(f"Vorstellung {n} GmbH", "Vorstellungen")
    after = queries()
    assert after == before
    assert 10 <= before <= 30, before
    page = client.get("/suche/", {"q": "Vorstellung"}).content.decode()
    found = groups(page)
    # Five hits shown per kind, the count says how many there are.
    assert found["task"].count("<li>") == 5 and "(13)" in found["task"]
    assert "Alle 13 Treffer in Vorlagen" in found["paper"]


def test_the_api_answers_the_same_groups_and_refuses_unknown_kinds(world, people, client):
    from transferhub.api.services import token_create

    _token, secret = token_create(user=people["member"].user, name="Suche", scope="read")
    auth = {"Authorization": f"Bearer {secret}"}
    groups = client.get("/api/v1/search/groups", {"q": "Vorstellung"}, headers=auth).json()
    assert [g["kind"] for g in groups] == ["minutes", "decision", "task", "paper", "supplier"]
    paper = next(g for g in groups if g["kind"] == "paper")
    assert paper["count"] == 1 and paper["hits"][0]["title"].endswith("Umsetzungshilfe Vorstellung")
    assert paper["search_url"] == "http://testserver/vorlagen/?q=Vorstellung"
    assert paper["hits"][0]["url"].startswith("http://testserver/vorlagen/")
    minutes = next(g for g in groups if g["kind"] == "minutes")
    assert "<mark>" not in minutes["hits"][0]["title"] + minutes["hits"][0]["passage"]

    only = client.get(
        "/api/v1/search/groups", {"q": "Vorstellung", "kinds": "paper,supplier"}, headers=auth
    ).json()
    assert [g["kind"] for g in only] == ["paper", "supplier"]
    public = client.get("/api/v1/search/groups", {"q": "Vorstellung"}).json()
    assert "paper" not in [g["kind"] for g in public]
    assert "Stille Gießerei" not in str(public)

    refused = client.get(
        "/api/v1/search/groups", {"q": "Vorstellung", "kinds": "akten"}, headers=auth
    )
    assert refused.status_code == 422
    assert "Unbekannte Art: akten" in refused.json()["message"]
