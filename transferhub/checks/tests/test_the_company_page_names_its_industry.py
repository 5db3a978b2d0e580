"""The company page shows its industry by WZ 2008 name, with the code after it."""

from django.urls import reverse


def test_the_company_page_names_its_industry(client, company, company_user):
    client.force_login(company_user)
    page = client.get(reverse("checks:company", args=[company.pk])).content.decode()
    assert "Herstellung von Metallerzeugnissen (WZ 25.11)" in page
