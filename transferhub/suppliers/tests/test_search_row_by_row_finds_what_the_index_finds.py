"""With a narrowing filter the search may check a common word row by row instead of through
the trigram index (suppliers.search._row_by_row_is_cheaper): both ways find the same."""

import pytest

from transferhub.suppliers import search

SUPPLIERS = [
    ("Müller Möbel GmbH", "Küchen, Drehteile", "NW", "small"),
    ("Mueller Technik KG", "Präzisionstechnik, Drehteile 50% schneller", "NW", "small"),
    ("Schulz Metallbau GmbH", "Blechbearbeitung, Schweißbaugruppen", "NW", "medium"),
    ("Weber Präzisionstechnik KG", "Drehteile_Fräsen", "BY", "small"),
    ("Öko Holz AG", "Paletten, Holzbau", "NW", "small"),
    ("Straßenbau Süd GmbH", "Asphalt", "NW", "small"),
]
QUERIES = [
    "drehteil",
    "Drehteile",
    "technik",
    "Präzision",
    "prazision",
    "kuchen",
    "Küchen",
    "mobel",
    "schweiss",
    "strassenbau",
    "oko holz",
    "50%",
    "teile_fr",
    "drehteile technik",
    "blech schulz",
    "holz xyz",
    "it",
]
FILTERS = [
    {"state": "NW"},
    {"state": "NW", "size": "small"},
    {"size": "medium"},
    {"plz": "5"},
    {"industry": "C"},
    {"state": "BY", "size": "small"},
]


@pytest.fixture
def suppliers(add_supplier):
    for name, products, state, size in SUPPLIERS:
        postcode = "80331" if state == "BY" else "52062"
        add_supplier(name, products, federal_state=state, size_class=size, postcode=postcode)


@pytest.mark.parametrize("protected", [False, True])
def test_both_ways_find_the_same_suppliers(suppliers, find, monkeypatch, protected):
    compared = 0
    for query in QUERIES:
        for filters in FILTERS:
            monkeypatch.setattr(search, "_row_by_row_is_cheaper", lambda *a: False)
            by_index = find(query, protected=protected, **filters)
            monkeypatch.setattr(search, "_row_by_row_is_cheaper", lambda *a: True)
            by_row = find(query, protected=protected, **filters)
            assert by_row == by_index, (query, filters)
            compared += bool(by_index)
    assert compared > 20  # most combinations find someone


def test_a_common_word_in_a_narrow_filter_is_checked_row_by_row(suppliers, monkeypatch):
    search._counts.clear()
    # As at scale 1: the word in a tenth of 100,000 suppliers, the filters leave 1,255.
    monkeypatch.setattr(search, "_trigram_count", lambda column, trigram: 10_590)
    monkeypatch.setattr(search, "_counted", lambda key, count: 1_255)
    assert search._row_by_row_is_cheaper("search_all", ["drehteil"], {"state": "SH"})
    # A rare word: the index.
    monkeypatch.setattr(search, "_trigram_count", lambda column, trigram: 30)
    assert not search._row_by_row_is_cheaper("search_all", ["drehteil"], {"state": "SH"})


@pytest.mark.only_on("sqlite")  # only SQLite keeps the trigram table
def test_the_counts_behind_the_choice_are_those_of_the_database(suppliers):
    search._counts.clear()
    assert search._trigram_count("search_all", "dre") == 3
    assert search._trigram_count("search_public", "xyz") == 0
    assert search._counted(("narrowed", "x"), lambda: 7) == 7
    assert search._counted(("narrowed", "x"), lambda: 8) == 7  # kept a while
