"""Industries read as WZ 2008 names ("Herstellung von Metallerzeugnissen"), not bare codes."""

import re


def test_a_result_shows_the_industry_by_name(client_as, supplier):
    page = client_as("anonymous").get("/lieferanten/", {"q": "muster"}).content.decode()
    assert "Herstellung von Metallerzeugnissen (WZ 25.11)" in page


def test_the_filter_offers_sections_and_divisions_by_name(client_as, supplier):
    page = client_as("anonymous").get("/lieferanten/").content.decode()
    select = re.search(r'<select name="industry".*?</select>', page, re.S).group(0)
    assert '<optgroup label="C Verarbeitendes Gewerbe">' in select
    assert '<option value="C">Verarbeitendes Gewerbe – alle</option>' in select
    assert '<option value="25">25 Herstellung von Metallerzeugnissen</option>' in select
    assert select.count("<option") == 1 + 21 + 88  # all, the sections, the divisions


def test_choosing_a_division_by_name_finds_it_and_keeps_the_choice(client_as, supplier):
    client = client_as("anonymous")
    page = client.get("/lieferanten/", {"industry": "25"}).content.decode()
    assert "Muster Metall GmbH" in page
    assert '<option value="25" selected>' in page
    assert (
        "Muster Metall GmbH" not in client.get("/lieferanten/", {"industry": "41"}).content.decode()
    )


def test_the_supplier_page_names_the_industry(client_as, supplier):
    page = client_as("anonymous").get(f"/lieferanten/{supplier.pk}/").content.decode()
    assert "Herstellung von Metallerzeugnissen (WZ 25.11)" in page
