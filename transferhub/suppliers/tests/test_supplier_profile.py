from transferhub.lib.models import ActionLog
from transferhub.suppliers.models import Supplier


def test_a_company_registers_its_profile_with_data_from_the_checks(
    client_for, company, company_user
):
    response = client_for(company_user).post(
        "/lieferanten/neu/",
        {"company": company.pk, "town": "Aachen", "products": "Drehteile", "products_public": "on"},
    )
    supplier = Supplier.objects.get()
    assert response.status_code == 302
    assert (supplier.name, supplier.postcode, supplier.federal_state, supplier.wz_code) == (
        "Muster Metall GmbH",
        "52062",
        "NW",
        "25.11",
    )
    assert supplier.company == company
    assert company_user in supplier.staff.all()
    assert ActionLog.objects.filter(action="suppliers.supplier.registered").exists()


def test_it_refuses_a_malformed_postcode_and_saves_nothing(client_for, people):
    response = client_for(people["outsider"].user).post(
        "/lieferanten/neu/",
        {
            "name": "Neu GmbH",
            "postcode": "5206",
            "town": "Aachen",
            "federal_state": "NW",
            "wz_code": "25.11",
            "size_class": "small",
        },
    )
    assert response.status_code == 200
    assert "Eine Postleitzahl hat fünf Ziffern." in response.content.decode()
    assert not Supplier.objects.exists()


def test_anonymous_visitors_see_only_public_fields(client_for, supplier):
    page = client_for(None).get(f"/lieferanten/{supplier.pk}/").content.decode()
    assert "Muster Metall GmbH" in page
    assert "Blechbearbeitung" in page  # products are public by default
    assert "Industriestraße 5" not in page
    assert "einkauf@muster-metall.example" not in page
    assert "PLZ-Bereich 52" in page


def test_purchasers_see_the_protected_fields(client_for, supplier, purchaser):
    page = client_for(purchaser.user).get(f"/lieferanten/{supplier.pk}/").content.decode()
    assert "Industriestraße 5" in page
    assert "einkauf@muster-metall.example" in page
    assert "0241 123456" in page


def test_signed_in_outsiders_see_only_public_fields(client_as, supplier):
    page = client_as("outsider").get(f"/lieferanten/{supplier.pk}/").content.decode()
    assert "einkauf@muster-metall.example" not in page


def test_staff_edit_their_profile_and_the_change_is_logged(client_for, supplier, company_user):
    data = {
        "name": supplier.name,
        "postcode": "52064",
        "town": "Aachen",
        "federal_state": "NW",
        "wz_code": "25.11",
        "size_class": "small",
        "products": "Laserschneiden",
        "products_public": "on",
        "contact_public": "on",
    }
    response = client_for(company_user).post(f"/lieferanten/{supplier.pk}/bearbeiten/", data)
    assert response.status_code == 302
    supplier.refresh_from_db()
    assert (supplier.postcode, supplier.postcode_area, supplier.contact_public) == (
        "52064",
        "52",
        True,
    )
    assert "laserschneiden" in supplier.search_public
    log = ActionLog.objects.get(action="suppliers.supplier.changed")
    assert log.data["before"]["postcode"] == "52062"


def test_others_may_not_edit_a_profile(client_as, supplier):
    assert client_as("outsider").get(f"/lieferanten/{supplier.pk}/bearbeiten/").status_code == 403
    assert client_as("anonymous").get(f"/lieferanten/{supplier.pk}/bearbeiten/").status_code == 302


def test_an_unknown_profile_is_not_found(client_as, db):
    assert client_as("anonymous").get("/lieferanten/999999/").status_code == 404
