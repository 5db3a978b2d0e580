"""The small German stemmer cuts endings so word forms meet."""

import pytest

from transferhub.protocols.search import query_stems, stem


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
    ],
)
def test_word_forms_share_a_stem(forms):
    assert len({stem(f) for f in forms}) == 1, {f: stem(f) for f in forms}


@pytest.mark.parametrize("word", ["KMU", "LkSG", "Test", "2022", "OM"])
def test_short_words_and_numbers_stay_as_they_are(word):
    assert stem(word) == word.lower()


def test_a_query_gives_each_stem_once():
    assert query_stems("Lieferkette, Lieferketten und LkSG") == ["lieferkett", "und", "lksg"]
