"""Seal verification through the API: valid, expired or revoked, and for whom; nothing else."""

import datetime as dt

import pytest
from django.utils import timezone

from transferhub.suppliers.models import Seal
from transferhub.suppliers.services import seal_revoke

KEYS = {
    "number",
    "kind",
    "kind_label",
    "status",
    "status_label",
    "supplier_name",
    "valid_until",
    "revoked_on",
}


def test_a_valid_seal_says_until_when_and_for_whom(api_for, supplier_world):
    seal = supplier_world.seal
    response = api_for(None).get(f"/seals/{seal.number}")
    assert response.status_code == 200
    data = response.json()
    assert set(data) == KEYS
    assert data["status"] == "valid" and data["status_label"] == "gültig"
    assert data["kind"] == "safety" and data["kind_label"] == "OM-Zeichen Arbeitsschutz"
    assert data["supplier_name"] == "Muster Metall GmbH"
    assert data["valid_until"] == seal.valid_until.isoformat()
    assert data["revoked_on"] is None


def test_an_expired_seal_says_so(api_for, supplier_world):
    seal = supplier_world.seal
    Seal.objects.filter(pk=seal.pk).update(valid_until=dt.date(2020, 6, 30))
    data = api_for(None).get(f"/seals/{seal.number}").json()
    assert (data["status"], data["valid_until"]) == ("expired", "2020-06-30")


def test_a_revoked_seal_says_since_when_and_not_until_when(api_for, supplier_world, people):
    seal = seal_revoke(
        seal=supplier_world.seal, reason="Nachweise fehlen", actor=people["secretariat"].user
    )
    data = api_for(supplier_world.buyer).get(f"/seals/{seal.number}").json()
    assert data["status"] == "revoked"
    assert data["revoked_on"] == timezone.localdate().isoformat()
    assert data["valid_until"] is None
    assert "Nachweise" not in str(data)  # the reason stays with the office


@pytest.mark.parametrize("number", ["OM-AS-2026-99999", "OM-XX-2026-00001", "gefälscht", "1"])
def test_a_forged_or_malformed_number_is_a_json_404(number, api_for, supplier_world):
    response = api_for(None).get(f"/seals/{number}")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["code"] == "not_found"
    assert "Siegel" in body["message"]


def test_the_web_page_and_the_api_agree_on_the_status(api_for, client, supplier_world):
    number = supplier_world.seal.number
    page = client.get(f"/lieferanten/siegel/{number}/")
    assert page.status_code == 200
    assert api_for(None).get(f"/seals/{number}").json()["supplier_name"] in page.content.decode()
