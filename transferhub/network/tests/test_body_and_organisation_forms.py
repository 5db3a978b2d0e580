from django.urls import reverse

from transferhub.network.models import Body, Organisation


def test_the_secretariat_creates_a_body_under_another(client_as, ag_transfer, people):
    response = client_as("secretariat").post(
        reverse("network:body_create"),
        {
            "name": "AG Umweltschutz",
            "short_name": "AG UWS",
            "classification": "working_group",
            "parent": ag_transfer.pk,
            "secretariat_contact": people["secretariat"].pk,
            "description": "",
        },
    )
    body = Body.objects.get(name="AG Umweltschutz")
    assert response["Location"] == reverse("network:body", args=[body.pk])
    assert body.parent == ag_transfer


def test_a_body_cannot_sit_under_its_own_child(client_as, ag_transfer):
    child = Body.objects.create(name="AG Umweltschutz", parent=ag_transfer)
    response = client_as("secretariat").post(
        reverse("network:body_edit", args=[ag_transfer.pk]),
        {"name": "AG Transfer", "classification": "working_group", "parent": child.pk},
    )
    assert response.status_code == 200
    assert "Untergremien" in response.content.decode()
    ag_transfer.refresh_from_db()
    assert ag_transfer.parent is None


def test_the_secretariat_renames_a_body(client_as, ag_transfer):
    client_as("secretariat").post(
        reverse("network:body_edit", args=[ag_transfer.pk]),
        {"name": "AG Transfer neu", "short_name": "AG Transfer", "classification": "working_group"},
    )
    ag_transfer.refresh_from_db()
    assert ag_transfer.name == "AG Transfer neu"


def test_the_chair_may_not_edit_the_body(client_as, ag_transfer):
    response = client_as("chair").post(
        reverse("network:body_edit", args=[ag_transfer.pk]),
        {"name": "Umbenannt", "classification": "working_group"},
    )
    assert response.status_code == 403
    ag_transfer.refresh_from_db()
    assert ag_transfer.name == "AG Transfer"


def test_the_secretariat_creates_and_edits_an_organisation(client_as):
    client = client_as("secretariat")
    client.post(
        reverse("network:organisation_create"),
        {
            "name": "Bundesverband Die KMU-Berater",
            "short_name": "KMU-Berater",
            "kind": "association",
        },
    )
    org = Organisation.objects.get(short_name="KMU-Berater")
    client.post(
        reverse("network:organisation_edit", args=[org.pk]),
        {"name": org.name, "short_name": "KMU-Berater", "kind": "association", "town": "Bonn"},
    )
    org.refresh_from_db()
    assert org.town == "Bonn"
    page = client.get(reverse("network:organisations")).content.decode()
    assert "Bundesverband Die KMU-Berater" in page


def test_a_duplicate_organisation_name_is_refused(client_as, om):
    response = client_as("secretariat").post(
        reverse("network:organisation_create"),
        {"name": "offensive mittelstand", "kind": "partner"},
    )
    assert response.status_code == 200
    assert Organisation.objects.count() == 1
