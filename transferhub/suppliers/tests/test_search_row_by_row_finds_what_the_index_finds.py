"""With a narrowing filter the search may check a common word row by row instead of through
the trigram index (suppliers.search._row_by_row_is_cheaper): both ways find the same, also
with a seal filter, which row by row is asked before the words."""

import datetime as dt

import pytest
from django.utils import timezone

from transferhub.suppliers import search
from transferhub.suppliers.models import Seal

SUPPLIERS = [
    ("Müller Möbel GmbH", "Küchen, Drehteile", "NW", "small"),
    ("Mueller Technik KG", "Präzisionstechnik, Drehteile 50% schneller", "NW", "small"),
    ("Schulz Metallbau GmbH", "Blechbearbeitung, Schweißbaugruppen", "NW", "medium"),
    ("Weber Präzisionstechnik KG", "Drehteile_Fräsen", "BY", "small"),
    ("Öko Holz AG", "Paletten, Holzbau", "NW", "small"),
    ("Straßenbau Süd GmbH", "Asphalt", "NW", "small"),
    ("Nord IT AG", "IT-Service, Öl (KG), Kitchen/Bad", "NW", "small"),
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
    "ag",
    "kg",
    "ol",
    "50",
    "holz ag",
    "kg technik",
    "it service",
    "ag it",
]
FILTERS = [
    {"state": "NW"},
    {"state": "NW", "size": "small"},
    {"size": "medium"},
    {"plz": "5"},
    {"industry": "C"},
    {"state": "BY", "size": "small"},
    {"state": "NW", "seal_status": "valid"},
    {"state": "NW", "size": "small", "seal": "safety"},
    {"size": "small", "seal": "sustainability", "seal_status": "valid"},
    {"plz": "5", "seal_status": "expired"},
    {"state": "NW", "seal_status": "revoked", "lksg": True},
]
# Seals of some suppliers: (name, kind, days left, revoked).
SEALS = [
    ("Müller Möbel GmbH", "safety", 365, False),
    ("Mueller Technik KG", "safety", -3, False),
    ("Mueller Technik KG", "sustainability", 100, False),
    ("Schulz Metallbau GmbH", "safety", 365, True),
    ("Weber Präzisionstechnik KG", "safety", 365, False),
    ("Öko Holz AG", "sustainability", 20, False),
]


@pytest.fixture
def suppliers(add_supplier):
    made = {}
    for name, products, state, size in SUPPLIERS:
        postcode = "80331" if state == "BY" else "52062"
        made[name] = add_supplier(
            name, products, federal_state=state, size_class=size, postcode=postcode
        )
    made["Schulz Metallbau GmbH"].lksg_declared_on = dt.date(2025, 3, 1)
    made["Schulz Metallbau GmbH"].save(update_fields=["lksg_declared_on"])
    now = timezone.now()
    for number, (name, kind, days_left, revoked) in enumerate(SEALS, 1):
        Seal.objects.create(
            supplier=made[name],
            kind=kind,
            year=2025,
            sequence=number,
            number=f"OM-AS-2025-{number:05d}",
            granted_at=now,
            valid_until=timezone.localdate() + dt.timedelta(days=days_left),
            revoked_at=now if revoked else None,
        )


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
    assert compared > 30  # most combinations find someone


@pytest.mark.parametrize("protected", [False, True])
def test_a_short_word_in_its_set_or_row_by_row_finds_the_same(
    suppliers, find, monkeypatch, protected
):
    """A word of one or two letters is checked in a row either against the set of the
    suppliers the word table finds or by LIKE and a regular expression in the row
    (suppliers.search._short_row_by_row): the same suppliers either way."""
    compared = 0
    for query in [q for q in QUERIES if any(len(w) < 3 for w in q.split())]:
        for filters in [{}, *FILTERS]:
            for rows_first in (False, True):
                monkeypatch.setattr(search, "_row_by_row_is_cheaper", lambda *a, r=rows_first: r)
                monkeypatch.setattr(search, "_short_row_by_row", lambda *a: False)
                in_set = find(query, protected=protected, **filters)
                monkeypatch.setattr(search, "_short_row_by_row", lambda *a: True)
                by_row = find(query, protected=protected, **filters)
                assert by_row == in_set, (query, filters, rows_first)
                compared += bool(in_set)
    assert compared > 30


@pytest.mark.parametrize("protected", [False, True])
def test_whichever_word_drives_the_same_suppliers_are_found(
    suppliers, find, monkeypatch, protected
):
    """Without a narrowing filter the words with the fewest matches drive: a short word's
    matches looked up and the longer words checked by LIKE in each, or the other way
    round (suppliers.search._match_words)."""
    compared = 0
    mixed = [q for q in QUERIES if {len(w) < 3 for w in q.split()} == {True, False}]
    for query in mixed:
        for filters in [{}, {"seal_status": "valid"}, {"lksg": True}]:
            found = []
            for count in (0, 10**9):  # the short word rarer, or commoner, than the others
                monkeypatch.setattr(search, "_word_count", lambda column, word, c=count: c)
                found.append(find(query, protected=protected, **filters))
            assert found[0] == found[1], (query, filters)
            compared += bool(found[0])
    assert compared >= 4


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


@pytest.mark.parametrize("protected", [False, True])
@pytest.mark.parametrize("sort", ["name", "-name", "postcode", "-modified"])
def test_a_word_alone_walked_in_the_sort_order_finds_the_same_in_the_same_order(
    suppliers, monkeypatch, protected, sort
):
    """Without filters a common word is checked while walking the sort order's index
    (suppliers.search._walk_is_cheaper): the same suppliers, in the same order."""

    def names(query: str) -> list[str]:
        found = search.search_suppliers({"q": query, "sort": sort}, protected=protected)
        return list(found.values_list("name", flat=True))

    compared = 0
    for query in QUERIES:
        monkeypatch.setattr(search, "_walk_is_cheaper", lambda *a: False)
        sorted_matches = names(query)
        monkeypatch.setattr(search, "_walk_is_cheaper", lambda *a: True)
        assert names(query) == sorted_matches, query
        compared += len(sorted_matches) > 1
    assert compared >= 5  # several find more than one, so the order is compared too


def test_a_common_word_alone_walks_the_sort_order_and_a_rare_one_uses_the_index(monkeypatch):
    search._counts.clear()
    # As at scale 1: 100,000 suppliers, "technik" in 29,937 of them, "muller" in 1,017.
    monkeypatch.setattr(search, "_counted", lambda key, count: 100_000)
    monkeypatch.setattr(search, "_trigram_count", lambda column, trigram: 29_937)
    assert search._walk_is_cheaper("search_all", ["technik"])
    # Two words found together in few suppliers (the words as independent): the index.
    monkeypatch.setattr(search, "_trigram_count", lambda column, trigram: 10_000)
    assert not search._walk_is_cheaper("search_all", ["prazision", "teile"])
    monkeypatch.setattr(search, "_trigram_count", lambda column, trigram: 1_017)
    assert not search._walk_is_cheaper("search_all", ["muller"])
    monkeypatch.setattr(search, "_trigram_count", lambda column, trigram: 0)
    assert not search._walk_is_cheaper("search_all", ["xyz"])


def test_with_a_seal_filter_row_by_row_pays_earlier_where_one_index_serves_the_filters(
    monkeypatch,
):
    search._counts.clear()
    # As at scale 1: "drehteil" in a tenth of 100,000 suppliers, a state leaves 6,250 of
    # them, and 5 % of all suppliers hold a valid seal.
    monkeypatch.setattr(search, "_trigram_count", lambda column, trigram: 10_590)
    monkeypatch.setattr(search, "_counted", lambda key, count: 6_250)
    monkeypatch.setattr(search, "_sealed_share", lambda seals: 0.05)
    valid = Seal.objects.filter(Seal.status_q("valid"))
    state = {"state": "BY"}
    assert not search._row_by_row_is_cheaper("search_all", ["drehteil"], state)
    assert search._row_by_row_is_cheaper("search_all", ["drehteil"], state, valid)
    # Filters two indexes serve (state and industry): every row walked is read anyway.
    both = {"state": "BY", "industry": "25.6"}
    assert not search._row_by_row_is_cheaper("search_all", ["drehteil"], both, valid)
