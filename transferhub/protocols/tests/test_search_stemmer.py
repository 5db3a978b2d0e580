"""Word forms meet: the German stemmer (lib.search, Snowball) cuts endings alike."""

import pytest

from transferhub.lib.search import query_stems, stem


@pytest.mark.parametrize(
    "forms",
    [
        ("Lieferkette", "Lieferketten"),
        ("Umsetzungshilfe", "Umsetzungshilfen"),
        ("Partner", "Partnern", "Partners"),
        ("Mitglied", "Mitglieder", "Mitgliedern", "Mitglieds"),
        ("Unternehmen", "Unternehmens"),
        ("Prozess", "Prozesse", "Prozesses"),
        ("Maßnahme", "Massnahmen"),
        ("Buch", "Bücher"),
        ("Beschluss", "Beschlüsse"),
    ],
)
def test_word_forms_share_a_stem(forms):
    assert len({stem(f) for f in forms}) == 1, {f: stem(f) for f in forms}


@pytest.mark.parametrize("word", ["KMU", "LkSG", "2022", "OM"])
def test_abbreviations_and_numbers_are_found_as_typed(word):
    assert stem(word) == stem(word.lower()) and stem(word).startswith(word.lower()[:2])


def test_a_query_gives_each_stem_once():
    assert len(query_stems("Lieferkette, Lieferketten und LkSG")) == 3
