"""Products a supplier does not show publicly are found only by purchasers."""

from transferhub.suppliers import services


def test_hidden_products_are_not_found_by_the_public_search(add_supplier, find):
    add_supplier("Schulz Metallbau GmbH", "Geheimlegierung", products_public=False)
    assert find("geheimlegierung") == set()
    assert find("geheimlegierung", protected=True) == {"Schulz Metallbau GmbH"}
    assert find("schulz") == {"Schulz Metallbau GmbH"}


def test_a_hidden_town_is_found_only_by_purchasers(add_supplier, find):
    add_supplier("Schulz Metallbau GmbH", "Blech", town="Wuppertal", address_public=False)
    assert find("wuppertal") == set()
    assert find("wuppertal", protected=True) == {"Schulz Metallbau GmbH"}


def test_showing_the_products_makes_them_findable_and_hiding_them_again_not(add_supplier, find):
    supplier = add_supplier("Schulz Metallbau GmbH", "Geheimlegierung", products_public=False)
    actor = supplier.staff.get()
    services.supplier_update(supplier=supplier, actor=actor, products_public=True)
    assert find("geheimlegierung") == {"Schulz Metallbau GmbH"}
    services.supplier_update(supplier=supplier, actor=actor, products_public=False)
    assert find("geheimlegierung") == set()
    assert find("geheimlegierung", protected=True) == {"Schulz Metallbau GmbH"}


def test_the_page_shows_hidden_products_hits_only_to_purchasers(
    client_for, purchaser, add_supplier
):
    add_supplier("Schulz Metallbau GmbH", "Geheimlegierung", products_public=False)
    public = client_for(None).get("/lieferanten/", {"q": "geheimlegierung"})
    assert "Schulz Metallbau GmbH" not in public.content.decode()
    signed_in = client_for(purchaser.user).get("/lieferanten/", {"q": "geheimlegierung"})
    assert "Schulz Metallbau GmbH" in signed_in.content.decode()
    assert "1 Lieferant gefunden" in signed_in.content.decode()
