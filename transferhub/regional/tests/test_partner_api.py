"""Partners in the JSON API: the public directory (filtered, paged), applying with the web
form's checks (bad input: a 422 problem per field, nothing stored), and the secretariat's
list of open applications and its decision."""

import pytest
from django.utils import timezone

from transferhub.api.services import token_create
from transferhub.network.models import InterestRequest, Organisation, PartnerApplication

API = "/api/v1"
APPLICATION = {
    "organisation_name": "Beratungsnetz Mittelrhein e. V.",
    "kind": "association",
    "town": "Koblenz",
    "postcode": "56068",
    "federal_state": "RP",
    "contact_given_name": "Anna",
    "contact_family_name": "Mittelrhein",
    "contact_email": "anna@mittelrhein.example",
    "offer": "Kostenfreie Erstberatung zu Arbeitsschutz.",
    "consent": True,
}


@pytest.fixture
def auth(people):
    def header(role: str) -> dict:
        _token, secret = token_create(user=people[role].user, name="Test", scope="read-write")
        return {"Authorization": f"Bearer {secret}"}

    return header


def _post(client, path, body, headers):
    return client.post(API + path, body, content_type="application/json", headers=headers)


def test_the_directory_lists_accepted_partners_by_region_and_kind(client, db):
    today = timezone.localdate()
    for i in range(3):
        Organisation.objects.create(
            name=f"Kammer {i}", kind="association", federal_state="RP", partner_since=today
        )
    Organisation.objects.create(
        name="Institut Saar",
        kind="institute",
        federal_state="SL",
        partner_since=today,
        offer="Seminare",
    )
    Organisation.objects.create(name="Kein Partner", federal_state="RP")
    everyone = client.get(f"{API}/partners").json()
    assert everyone["total"] == 4
    assert "Kein Partner" not in [p["name"] for p in everyone["items"]]
    rp = client.get(f"{API}/partners", {"federal_state": "RP", "limit": 2}).json()
    assert rp["total"] == 3 and len(rp["items"]) == 2
    (saar,) = client.get(f"{API}/partners", {"kind": "institute"}).json()["items"]
    assert saar["name"] == "Institut Saar" and saar["offer"] == "Seminare"
    assert client.get(f"{API}/partners", {"federal_state": "XX"}).status_code == 422
    assert client.get(f"{API}/partners", {"limit": 101}).status_code == 422


def test_an_application_is_stored_and_the_secretariat_accepts_it(client, auth, ag_transfer):
    response = _post(
        client, "/partner-applications", {**APPLICATION, "bodies": [ag_transfer.pk]}, auth("member")
    )
    assert response.status_code == 201, response.content
    assert response.json()["state"] == "pending"
    application = PartnerApplication.objects.get()
    assert list(application.bodies.all()) == [ag_transfer]

    office = auth("secretariat")
    listed = client.get(f"{API}/partner-applications", headers=office).json()
    assert [a["id"] for a in listed["items"]] == [application.pk]
    assert listed["items"][0]["body_ids"] == [ag_transfer.pk]
    decided = _post(
        client, f"/partner-applications/{application.pk}/decision", {"action": "accept"}, office
    )
    assert decided.status_code == 200 and decided.json()["state"] == "accepted"
    assert Organisation.objects.get(name=APPLICATION["organisation_name"]).partner_since
    assert InterestRequest.objects.get().body == ag_transfer
    # Decided is decided: a second decision is a conflict and changes nothing.
    again = _post(
        client, f"/partner-applications/{application.pk}/decision", {"action": "decline"}, office
    )
    assert again.status_code == 409 and "bereits entschieden" in again.json()["message"]
    assert PartnerApplication.objects.get().state == "accepted"
    assert client.get(f"{API}/partner-applications", headers=office).json()["total"] == 0


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"consent": False}, "consent", "willigen Sie"),
        ({"postcode": "5606"}, "postcode", "fünfstellige Postleitzahl"),
        ({"contact_email": "keine-adresse"}, "contact_email", "E-Mail"),
        ({"federal_state": "XX"}, "federal_state", "gültige Auswahl"),
        ({"bodies": [999_999]}, "bodies", "gültige Auswahl"),
        ({"offer": ""}, "offer", "erforderlich"),
    ],
)
def test_bad_input_is_a_problem_per_field_and_stores_nothing(
    client, auth, db, change, field, words
):
    response = _post(client, "/partner-applications", {**APPLICATION, **change}, auth("member"))
    assert response.status_code == 422
    problem = response.json()
    assert problem["code"] == "validation_error"
    messages = {e["loc"][-1]: e["msg"] for e in problem["errors"]}
    assert words in messages[field], messages
    assert not PartnerApplication.objects.exists()


def test_a_missing_field_or_no_token_stores_nothing(client, auth, db):
    incomplete = {k: v for k, v in APPLICATION.items() if k != "town"}
    assert _post(client, "/partner-applications", incomplete, auth("member")).status_code == 422
    assert _post(client, "/partner-applications", APPLICATION, {}).status_code == 401
    assert not PartnerApplication.objects.exists()


def test_only_the_secretariat_sees_and_decides_applications(client, auth, db):
    application = PartnerApplication.objects.create(
        **{k: v for k, v in APPLICATION.items() if k != "consent"}, consent=True
    )
    chair = auth("chair")
    assert client.get(f"{API}/partner-applications", headers=chair).status_code == 403
    assert client.get(f"{API}/partner-applications").status_code == 401
    url = f"/partner-applications/{application.pk}/decision"
    assert _post(client, url, {"action": "accept"}, chair).status_code == 403
    assert _post(client, url, {"action": "vielleicht"}, auth("secretariat")).status_code == 422
    assert PartnerApplication.objects.get().state == "pending"
