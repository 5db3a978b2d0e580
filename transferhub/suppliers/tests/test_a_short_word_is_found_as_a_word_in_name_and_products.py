"""A word of one or two letters ("IT", "ab", "3D") finds the suppliers that have it as a
whole word, in the name or the products, alone and beside longer words.

A word is delimited by anything that is not a letter or digit: the start or end of the
text, a space, hyphen, slash, comma or parenthesis. Case and umlaut dots do not matter.
Such a word has no trigram; a word index answers it (migration 0008), so no supplier's
text is read to find it. Before, alone it found only names beginning with it ("IT" gave
"Italo Metallbau" and not "Müller IT-Service").
"""

import random

import pytest
from django.db import connection
from django.utils import timezone

from transferhub.suppliers import search, services
from transferhub.suppliers.generate import build_suppliers
from transferhub.suppliers.models import Supplier

IT_SUPPLIERS = [
    ("Müller IT-Service GmbH", "Wartung"),
    ("Hansen Bürotechnik KG", "Beratung (IT), Drucker"),
    ("Petersen Systemhaus AG", "Netzwerk/IT, Telefonanlagen"),
    ("Krause Daten GmbH", "it, Cloud"),
    ("Italo Metallbau GmbH", "Schweißarbeiten"),
    ("Itzehoer Stahl KG", "Träger, Splitt"),
    ("Kitchen & Bad Werkstatt", "Küchen, Bäder"),
    ("Sommer Baustoffe GmbH", "Kies, Splitt, Italienischer Marmor"),
]
FOUND_BY_IT = {
    "Müller IT-Service GmbH",
    "Hansen Bürotechnik KG",
    "Petersen Systemhaus AG",
    "Krause Daten GmbH",
}


@pytest.fixture
def it_suppliers(add_supplier):
    return {name: add_supplier(name, products) for name, products in IT_SUPPLIERS}


def test_it_finds_the_word_in_name_and_products_not_inside_other_words(it_suppliers, find):
    assert find("IT") == FOUND_BY_IT
    assert find("it") == FOUND_BY_IT
    assert find("It", protected=True) == FOUND_BY_IT


def test_a_short_word_beside_a_longer_one_is_a_word_too(it_suppliers, find):
    assert find("IT Beratung") == {"Hansen Bürotechnik KG"}
    assert find("Netzwerk it") == {"Petersen Systemhaus AG"}
    # "Splitt" holds "it", but not as a word.
    assert find("splitt it") == set()
    assert find("splitt") == {"Itzehoer Stahl KG", "Sommer Baustoffe GmbH"}
    assert find("ag systemhaus") == {"Petersen Systemhaus AG"}
    assert find("it ag") == {"Petersen Systemhaus AG"}


def test_case_and_umlauts_do_not_matter(add_supplier, find):
    add_supplier("Öl & Gas Nord GmbH", "Heizöl, Öl-Service")
    add_supplier("Böhm Öltechnik KG", "Ölfilter")
    add_supplier("Olsen Fenster AG", "Fenster aus Holz")
    assert find("öl") == {"Öl & Gas Nord GmbH"}
    assert find("ÖL") == find("ol") == find("Ol") == {"Öl & Gas Nord GmbH"}
    assert find("öl service") == {"Öl & Gas Nord GmbH"}


def test_letters_and_digits_together_are_one_word(add_supplier, find):
    add_supplier("Richter 3D-Druck GmbH", "Prototypen")
    add_supplier("Vogel Formenbau KG", "3DX-Scanner, Formen")
    add_supplier("Schmidt Einzelhandel e. K.", "Papier A4, A3")
    assert find("3D") == {"Richter 3D-Druck GmbH"}
    assert find("a4") == {"Schmidt Einzelhandel e. K."}
    assert find("k") == {"Schmidt Einzelhandel e. K."}
    # A sign that is no letter nor digit is left out of the query, like punctuation.
    assert find("Prototypen €") == {"Richter 3D-Druck GmbH"}


def test_hidden_products_are_searched_only_for_purchasers(add_supplier, find):
    supplier = add_supplier("Lorenz Anlagenbau GmbH", "Rohrleitungen, IT-Sicherheit")
    services.supplier_update(supplier=supplier, actor=supplier.staff.get(), products_public=False)
    add_supplier("Jansen Elektro KG", "IT-Netzwerke")
    assert find("it") == {"Jansen Elektro KG"}
    assert find("it", protected=True) == {"Jansen Elektro KG", "Lorenz Anlagenbau GmbH"}
    assert find("it rohrleitungen", protected=True) == {"Lorenz Anlagenbau GmbH"}
    assert find("it rohrleitungen") == set()


def test_filters_keep_what_they_keep(add_supplier, find):
    add_supplier("Becker IT AG", "Server", federal_state="BY", postcode="80331")
    add_supplier("Wagner IT GmbH", "Software", federal_state="NW", size_class="medium")
    add_supplier("Hoffmann Metall GmbH", "Splitt", federal_state="NW")
    assert find("it") == {"Becker IT AG", "Wagner IT GmbH"}
    assert find("it", state="NW") == {"Wagner IT GmbH"}
    assert find("it", state="BY", size="small") == {"Becker IT AG"}
    assert find("it", plz="8") == {"Becker IT AG"}
    assert find("it", industry="C") == {"Becker IT AG", "Wagner IT GmbH"}
    assert find("it software", state="NW", size="medium") == {"Wagner IT GmbH"}


def test_a_changed_or_deleted_supplier_is_found_as_it_is_now(add_supplier, find):
    supplier = add_supplier("Scholz Gerüstbau GmbH", "Gerüste")
    assert find("it") == set()
    services.supplier_update(
        supplier=supplier, actor=supplier.staff.get(), products="Gerüste, IT-Dienste"
    )
    assert find("it") == {"Scholz Gerüstbau GmbH"}
    services.supplier_update(supplier=supplier, actor=supplier.staff.get(), products="Gerüste")
    assert find("it") == set()
    supplier.delete()
    assert find("gmbh") == set()


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_search_page_and_the_api_find_them(it_suppliers, client_as, language):
    client = client_as("anonymous")
    page = client.get("/lieferanten/", {"q": "IT"}, HTTP_ACCEPT_LANGUAGE=language)
    text = page.content.decode()
    for name, _products in IT_SUPPLIERS:
        shown = name.replace("&", "&amp;") in text
        assert shown == (name in FOUND_BY_IT), (name, language)
    api = client.get("/api/v1/suppliers", {"q": "IT"}, HTTP_ACCEPT_LANGUAGE=language)
    assert api.status_code == 200, api.content
    assert {s["name"] for s in api.json()["items"]} == FOUND_BY_IT


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_header_search_finds_them(it_suppliers, client_as, language):
    page = client_as("anonymous").get("/suche/", {"q": "IT"}, HTTP_ACCEPT_LANGUAGE=language)
    text = page.content.decode()
    start = text.find('<section class="search-group" aria-labelledby="treffer-supplier">')
    assert start >= 0, language
    group = text[start : text.find("</section>", start)]
    for name, _products in IT_SUPPLIERS:
        shown = name.replace("&", "&amp;") in group
        assert shown == (name in FOUND_BY_IT), (name, language)
    assert f"({len(FOUND_BY_IT)})" in group


def test_the_purchasers_csv_export_finds_them(it_suppliers, client, purchaser):
    client.force_login(purchaser.user)
    csv = client.get("/lieferanten/export.csv", {"q": "it"}).content.decode("utf-8-sig")
    for name, _products in IT_SUPPLIERS:
        assert (name in csv) == (name in FOUND_BY_IT), name


def _plan(sql: str, params) -> str:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            return "\n".join(row[-1] for row in cursor.fetchall())
        # A few hundred rows: PostgreSQL would read them all; asked not to, and knowing the
        # rows as after a day's autovacuum, it takes an index.
        cursor.execute("ANALYZE suppliers_supplier")
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


@pytest.mark.parametrize("query", ["it", "IT beratung", "splitt it"])
def test_a_short_word_is_answered_by_an_index_not_by_reading_every_supplier(
    it_suppliers, find, query
):
    others = list(build_suppliers(300, random.Random(7), timezone.localdate()))
    for number, supplier in enumerate(others):
        supplier.name, supplier.products = f"Nordmann Metallbau {number}", "Drehteile, Montage"
        supplier.refresh_derived()
    Supplier.objects.bulk_create(others)
    search._counts.clear()  # the counts kept to pick a plan, of this database
    assert find(query) <= FOUND_BY_IT
    sql, params = search.search_suppliers({"q": query}, protected=False).query.sql_with_params()
    plan = _plan(sql, params)
    if connection.vendor == "sqlite":
        # The matches of a word index looked up by id, no supplier's row read to find them.
        assert "SEARCH suppliers_supplier USING INTEGER PRIMARY KEY" in plan, plan
        assert "SCAN suppliers_supplier" not in plan, plan
        if query == "it":
            assert "suppliers_words VIRTUAL TABLE INDEX" in plan, plan
    else:
        assert "supplier_search_public_words" in plan or "_trgm" in plan, plan
        assert "Seq Scan" not in plan, plan
