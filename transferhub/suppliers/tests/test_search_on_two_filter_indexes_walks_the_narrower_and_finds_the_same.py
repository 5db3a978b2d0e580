"""Filters that two indexes serve (postcode area and industry, state and industry, ...):
on SQLite the search walks the index of the filter with the fewest suppliers and asks the
others row by row (suppliers.search._walk). Whichever index is walked, and whether the
words are checked row by row or through the word indexes, it finds the same suppliers in
the same order; and the choice walks the narrower filter, as at scale 1."""

import pytest

from transferhub.suppliers import search

# name, products, postcode, state, industry (WZ code)
SUPPLIERS = [
    ("Alpen Logistik GmbH", "Lagerlogistik, Kommissionierung", "80331", "BY", "25.11"),
    ("Bergmann Spedition KG", "Logistik und Lagerhaltung", "81675", "BY", "49.41"),
    ("Chiemsee Drehteile AG", "Drehteile, Frästeile, Logistikteile", "83209", "BY", "25.62"),
    ("Donau Metall GmbH", "Blechbearbeitung, Schweißbaugruppen", "89073", "BW", "25.11"),
    ("Eifel Möbelwerk GmbH", "Küchen und Möbel", "52062", "NW", "31.01"),
    ("Fluss IT AG", "IT-Service, Netzwerke (IT), Logistiksoftware", "52070", "NW", "62.01"),
    ("Glas Müller KG", "Präzisionstechnik, Drehteile", "52064", "NW", "25.62"),
    ("Hafen Logistics Ltd", "Warehouse logistics, freight forwarding", "20095", "HH", "52.10"),
    ("Isar Präzision GmbH", "Drehteile für die Logistik", "85221", "BY", "25.62"),
    ("Jura Transport AG", "Freight and logistics services, IT", "86150", "BY", "49.41"),
]
QUERIES = [
    "logistik",
    "Logistics",
    "drehteile",
    "präzision",
    "prazision",
    "kuchen",
    "it",
    "ag logistik",
    "freight",
    "",
]
FILTERS = [
    {"plz": "8", "industry": "C"},
    {"plz": "80", "industry": "25"},
    {"plz": "5", "industry": "C", "size": "small"},
    {"state": "BY", "industry": "C"},
    {"state": "BY", "size": "small", "industry": "H"},
    {"state": "NW", "plz": "5"},
    {"size": "small", "industry": "25.62"},
    {"plz": "8", "industry": "C", "lksg": True},
    {"plz": "8", "industry": "H", "seal_status": "valid"},
]


@pytest.fixture
def suppliers(add_supplier):
    for name, products, postcode, state, code in SUPPLIERS:
        add_supplier(name, products, postcode=postcode, federal_state=state, wz_code=code)


def _groups(filters: dict) -> list[tuple[str, ...]]:
    return search._index_groups({f: filters[f] for f in search.NARROWING if filters.get(f)})


@pytest.mark.parametrize("protected", [False, True])
@pytest.mark.parametrize("sort", ["name", "-modified"])
def test_whichever_index_is_walked_the_same_suppliers_in_the_same_order(
    suppliers, monkeypatch, protected, sort
):
    def names(query: str, filters: dict) -> list[str]:
        found = search.search_suppliers({"q": query, "sort": sort, **filters}, protected=protected)
        return list(found.values_list("name", flat=True))

    compared = 0
    for filters in FILTERS:
        assert len(_groups(filters)) >= 2, filters
        for query in QUERIES:
            monkeypatch.setattr(search, "_walk", lambda *a, **k: None)
            expected = names(query, filters)
            for group in _groups(filters):
                walk = search._Walk(group, rows=10, kept=5)
                monkeypatch.setattr(search, "_walk", lambda *a, w=walk, **k: w)
                for by_row in (False, True):
                    monkeypatch.setattr(search, "_row_by_row_is_cheaper", lambda *a, r=by_row: r)
                    assert names(query, filters) == expected, (query, filters, group, by_row)
            monkeypatch.undo()
            compared += bool(expected)
    assert compared >= 15  # most filters find someone, in German and English words


@pytest.mark.only_on("sqlite")
def test_the_walked_index_is_written_so_and_the_others_are_not_used(suppliers):
    query = search.search_suppliers({"q": "logistik", "plz": "8", "industry": "C"}, protected=False)
    sql = str(query.query)
    assert '+"suppliers_supplier"."wz_section"' in sql
    assert '"suppliers_supplier"."postcode_area" IN' in sql
    assert '+"suppliers_supplier"."postcode_area"' not in sql


def test_the_narrower_filter_is_walked_as_at_scale_1(monkeypatch):
    search._counts.clear()
    # Scale 1: postcode area 8 holds 4,504 suppliers, industry section C 39,957, both 1,799.
    counts = {
        ("plz",): 4_504,
        ("industry",): 39_957,
        ("industry", "plz"): 1_799,
        ("state",): 21_000,
        ("industry", "state"): 8_400,
    }
    monkeypatch.setattr(
        search, "_narrowed_count", lambda narrowing: counts[tuple(sorted(narrowing))]
    )
    walk = search._walk({"plz": "8", "industry": "C"}, ordered=True, share=0.18)
    assert walk.filters == ("plz",)
    assert (walk.rows, walk.kept) == (4_504, 1_799)
    # Without words many rows match: the section in name order stops after the first page
    # and its count (1,051 of 1,799 matches: 23,343 rows), still more than the area's 4,504.
    assert search._walk({"plz": "8", "industry": "C"}, ordered=True, share=1).filters == ("plz",)
    # Two indexes in name order: the smaller one, which also stops early.
    walk = search._walk({"state": "NW", "industry": "C"}, ordered=True, share=1)
    assert walk.filters == ("state",) and walk.rows < 21_000
    # One index serves them all: nothing to choose.
    assert search._walk({"state": "NW", "size": "small"}, ordered=True, share=1) is None
    assert search._walk({"industry": "C"}, ordered=True, share=1) is None


def test_a_common_word_on_two_indexes_pays_for_every_row_walked(monkeypatch):
    search._counts.clear()
    # "technik" in 29,937 of 100,000 suppliers at scale 1.
    monkeypatch.setattr(search, "_trigram_count", lambda column, trigram: 29_937)
    narrow = search._Walk(("plz",), rows=4_504, kept=1_799)
    assert search._row_by_row_is_cheaper("search_all", ["technik"], {}, None, narrow)
    # Walking section C's 39,957 rows to check 1,799 of them: the trigram index.
    wide = search._Walk(("industry",), rows=39_957, kept=1_799)
    assert not search._row_by_row_is_cheaper("search_all", ["technik"], {}, None, wide)
