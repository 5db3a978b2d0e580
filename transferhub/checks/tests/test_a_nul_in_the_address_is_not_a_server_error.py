"""A NUL character in a search or an instrument code finds nothing, on every database.

PostgreSQL refuses NUL in a query; these pages answered 500 there.
"""

from django.urls import reverse


def test_a_company_search_for_a_nul_finds_nothing(client_as, company):
    client = client_as("secretariat")
    response = client.get(reverse("checks:companies"), {"q": "Muster\x00"})
    assert response.status_code == 200
    assert "Muster Metall GmbH" not in response.content.decode()
    found = client.get(reverse("checks:companies"), {"q": "Muster"})
    assert "Muster Metall GmbH" in found.content.decode()


def test_an_instrument_code_with_a_nul_is_not_found(client_as, safety_check):
    client = client_as("secretariat")
    assert client.get("/checks/instrumente/a%00b/").status_code == 404
    assert client.get("/checks/instrumente/a%00b/statistik/").status_code == 404
    assert client.get(reverse("checks:instrument", args=[safety_check.code])).status_code == 200
