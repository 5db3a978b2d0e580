"""A purchaser's "Meine Lieferantendatenbank" opens with their requests, not a profile form."""

from django.urls import reverse


def main_part(html: str) -> str:
    return html.split("<h1>", 1)[1]


def test_a_purchaser_sees_requests_and_the_search_first(client_for, purchaser):
    page = main_part(client_for(purchaser.user).get(reverse("suppliers:mine")).content.decode())
    assert page.index("Meine LkSG-Anfragen") < page.index("Lieferanten suchen")
    assert "Meine Lieferantenprofile" not in page
    assert "Sie betreuen noch kein Lieferantenprofil" not in page
    assert f'class="button" href="{reverse("suppliers:register")}"' not in page
    # A profile of their own stays possible, as a small link at the end.
    assert "Eigenes Lieferantenprofil anlegen" in page


def test_company_staff_still_see_their_profiles(client_for, supplier, company_user):
    page = main_part(client_for(company_user).get(reverse("suppliers:mine")).content.decode())
    assert "Meine Lieferantenprofile" in page and supplier.name in page
    assert "Meine LkSG-Anfragen" not in page
