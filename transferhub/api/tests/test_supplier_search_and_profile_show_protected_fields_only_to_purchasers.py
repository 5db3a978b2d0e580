"""Supplier search and profile through the API: public to all, protected fields to purchasers."""

import pytest

from transferhub.suppliers.services import seal_revoke


def _names(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [s["name"] for s in response.json()["items"]]


def test_anyone_searches_without_a_token_and_sees_only_public_fields(api_for, supplier_world):
    data = api_for(None).get("/suppliers", q="blechteile").json()
    assert data["total"] == 1
    (found,) = data["items"]
    assert found["access"] == "public"
    assert found["town"] is None and found["street"] is None and found["contact_email"] is None
    assert found["postcode_area"] == "52"
    assert found["products"] == "Blechteile und Schweißbaugruppen"
    assert [s["status"] for s in found["seals"]] == ["valid"]


def test_a_purchaser_sees_the_protected_fields_and_finds_hidden_products(api_for, supplier_world):
    api = api_for(supplier_world.buyer)
    data = api.get("/suppliers", q="blechteile").json()
    (found,) = data["items"]
    assert found["access"] == "full"
    assert (found["town"], found["street"]) == ("Aachen", "Industriestraße 5")
    assert found["contact_email"] == "einkauf@muster-metall.example"
    assert _names(api.get("/suppliers", q="geheimer rohbau")) == ["Fremdbau GmbH"]


def test_hidden_products_are_neither_found_nor_shown_to_the_public(api_for, supplier_world):
    api = api_for(supplier_world.staff)
    assert _names(api.get("/suppliers", q="geheimer rohbau")) == []
    other = api.get(f"/suppliers/{supplier_world.other_supplier.pk}").json()
    assert other["access"] == "public" and other["products"] is None


def test_the_supplier_itself_sees_its_full_profile(api_for, supplier_world):
    data = api_for(supplier_world.staff).get(f"/suppliers/{supplier_world.supplier.pk}").json()
    assert data["access"] == "full"
    assert data["town"] == "Aachen"


def test_the_secretariat_sees_the_full_profile_and_a_revoked_seal(api_for, supplier_world, people):
    office = people["secretariat"].user
    seal_revoke(seal=supplier_world.seal, reason="Unterweisungen fehlen", actor=office)
    path = f"/suppliers/{supplier_world.supplier.pk}"
    full = api_for(office).get(path).json()
    assert full["access"] == "full"
    assert [s["status"] for s in full["seals"]] == ["revoked"]
    public = api_for(None).get(path).json()
    assert public["seals"] == []


def test_the_filters_of_the_web_form_apply(api_for, supplier_world):
    api = api_for(None)
    assert _names(api.get("/suppliers", seal="safety", seal_status="valid")) == [
        "Muster Metall GmbH"
    ]
    assert _names(api.get("/suppliers", state="BE")) == ["Fremdbau GmbH"]
    assert _names(api.get("/suppliers", plz="5")) == ["Muster Metall GmbH"]
    assert _names(api.get("/suppliers", industry="F")) == ["Fremdbau GmbH"]
    assert _names(api.get("/suppliers", industry="25.11", size="small")) == ["Muster Metall GmbH"]
    assert _names(api.get("/suppliers", lksg="true")) == []
    assert _names(api.get("/suppliers", sort="-name")) == ["Muster Metall GmbH", "Fremdbau GmbH"]
    page = api.get("/suppliers", limit=1, offset=1).json()
    assert (page["total"], _names_of(page)) == (2, ["Muster Metall GmbH"])


def _names_of(page: dict) -> list[str]:
    return [s["name"] for s in page["items"]]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"plz": "5x"}, "plz"),
        ({"plz": "521"}, "plz"),
        ({"industry": "Z"}, "industry"),
        ({"industry": "25.111"}, "industry"),
        ({"seal": "gold"}, "seal"),
        ({"seal_status": "bald"}, "seal_status"),
        ({"state": "XX"}, "state"),
        ({"sort": "price"}, "sort"),
        ({"lksg": "vielleicht"}, "lksg"),
        ({"q": "x" * 201}, "q"),
        ({"limit": 0}, "limit"),
    ],
)
def test_a_bad_filter_is_a_422_naming_it(params, field, api_for, supplier_world):
    response = api_for(None).get("/suppliers", **params)
    assert response.status_code == 422, response.content
    body = response.json()
    assert body["code"] == "validation_error" and body["message"]
    assert field in {e["loc"][-1] for e in body["errors"]}


def test_an_unknown_supplier_is_a_json_404(api_for, supplier_world):
    response = api_for(None).get("/suppliers/999999")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
