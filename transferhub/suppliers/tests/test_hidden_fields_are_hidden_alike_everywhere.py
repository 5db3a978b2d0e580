"""One visibility rule (Supplier.shows) for the profile, the result list and the search."""

import pytest


@pytest.mark.parametrize("reader", ["anonymous", "outsider"])
def test_a_hidden_town_and_hidden_products_stay_hidden_on_every_page(
    client_for, client_as, supplier, reader
):
    supplier.products_public = False
    supplier.save()
    client = client_for(None) if reader == "anonymous" else client_as(reader)
    profile = client.get(f"/lieferanten/{supplier.pk}/").content.decode()
    results = client.get("/lieferanten/", {"q": "Muster"}).content.decode()
    assert "Muster Metall GmbH" in profile and "Muster Metall GmbH" in results
    for page in (profile, results):
        assert "Aachen" not in page and "Blechbearbeitung" not in page
    # Nor does the public search find the supplier by what it hides.
    assert "Muster Metall GmbH" not in client.get("/lieferanten/", {"q": "Aachen"}).content.decode()
    assert "Muster Metall" not in client.get("/lieferanten/", {"q": "Blechen"}).content.decode()


def test_a_purchaser_sees_and_finds_them_everywhere(client_for, supplier, purchaser):
    supplier.products_public = False
    supplier.save()
    client = client_for(purchaser.user)
    profile = client.get(f"/lieferanten/{supplier.pk}/").content.decode()
    results = client.get("/lieferanten/", {"q": "Blechen"}).content.decode()
    assert "Aachen" in profile and "Blechbearbeitung" in profile
    assert "Muster Metall GmbH" in results and "Blechbearbeitung" in results
