"""Organisations apply online to become partners; the secretariat accepts; the directory
and the regional website show them; their contact asks to join the bodies named."""

import datetime as dt

import pytest
from django.utils import timezone

from transferhub.network.models import InterestRequest, Network, Organisation, PartnerApplication

FORM = {
    "organisation_name": "Beratungsnetz Mittelrhein e. V.",
    "kind": "association",
    "town": "Koblenz",
    "postcode": "56068",
    "federal_state": "RP",
    "contact_given_name": "Anna",
    "contact_family_name": "Mittelrhein",
    "contact_email": "anna@mittelrhein.example",
    "offer": "Kostenfreie Erstberatung zu Arbeitsschutz.",
}


def test_an_application_without_consent_stores_nothing(client, db):
    response = client.post("/partner/werden/", FORM)
    assert response.status_code == 400
    assert "willigen Sie" in response.content.decode()
    assert not PartnerApplication.objects.exists()


@pytest.mark.django_db
def test_an_accepted_partner_is_listed_and_asks_to_join_the_bodies(client, people, ag_transfer):
    response = client.post(
        "/partner/werden/", {**FORM, "consent": "on", "bodies": [ag_transfer.pk]}
    )
    assert response.status_code == 302
    assert "Beratungsnetz" not in client.get("/partner/").content.decode()  # not yet accepted

    application = PartnerApplication.objects.get()
    client.force_login(people["secretariat"].user)
    client.post(f"/partner/antraege/{application.pk}/", {"action": "accept"})
    client.logout()

    page = client.get("/partner/?land=RP&art=association").content.decode()
    assert "Beratungsnetz Mittelrhein e. V." in page and "Kostenfreie Erstberatung" in page
    assert "Beratungsnetz" not in client.get("/partner/?land=BY").content.decode()
    interest = InterestRequest.objects.get()
    assert interest.body == ag_transfer and interest.person.email == FORM["contact_email"]
    assert Organisation.objects.get(name=FORM["organisation_name"]).partner_since

    Network.objects.create(
        name="OM Rheinland-Pfalz Nord",
        slug="om-rlp-nord",
        federal_states="RP",
        recognised_until=timezone.localdate() + dt.timedelta(days=30),
    )
    assert "Beratungsnetz Mittelrhein" in client.get("/netzwerke/om-rlp-nord/").content.decode()

    # Applying again for an organisation that is a partner already is refused.
    again = client.post("/partner/werden/", {**FORM, "consent": "on"})
    assert "bereits Partner" in again.content.decode()
    assert PartnerApplication.objects.count() == 1


def test_a_persons_export_and_erasure_cover_their_networks_and_partner_applications(client, db):
    from conftest import make_person
    from transferhub.network.services import person_data, person_erase

    client.post("/partner/werden/", {**FORM, "consent": "on"})
    anna = make_person("Anna", "Mittelrhein", email=FORM["contact_email"])
    north = Network.objects.create(name="OM Rheinland-Pfalz Nord", slug="om-rlp-nord")
    north.coordinators.add(anna)
    data = person_data(anna)["networks"]
    assert data["coordinates"] == ["OM Rheinland-Pfalz Nord"]
    assert data["partner_applications"][0]["organisation"] == FORM["organisation_name"]
    person_erase(person=anna)
    assert not PartnerApplication.objects.exists()
    assert not north.coordinators.exists()


@pytest.mark.parametrize("body_id", [str(2**70), "abc", "-1"])
def test_a_body_id_no_database_holds_is_refused_in_german(client, ag_transfer, body_id):
    response = client.post("/partner/werden/", {**FORM, "consent": "on", "bodies": [body_id]})
    assert response.status_code == 400
    assert "ist kein gültiger Wert" in response.content.decode()
    assert not PartnerApplication.objects.exists()
