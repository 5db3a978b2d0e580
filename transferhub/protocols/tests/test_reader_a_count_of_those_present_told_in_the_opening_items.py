"""How many were there, told in a sentence of the opening items rather than as a list.

Association minutes count those present where they establish the quorum: "Es sind aktuell
80 Mitglieder anwesend" under "TOP 2 Feststellung der Beschlussfähigkeit" (FOSSGIS), "es
sind 88 anwesend" (Rettungs-Corps St. Gallen), "mit 34 von 35 Anwesenden beschlussfähig"
(StuPa Bochum), "Die Anwesenheitsliste mit 19 eingetragenen Mitgliedern" (Förderverein
Cochem), "Es waren 3 von insgesamt 8 Mitgliedern anwesend" (GI-Hochschulgruppe Hagen).
A number of members that says nothing about who came ("bei 72 Mitgliedern") is no count.
"""

from __future__ import annotations

import pytest

from transferhub.protocols.reader import parse_text


def _german(first: str, second: str = "Text.") -> str:
    return (
        "# Protokoll der Mitgliederversammlung\n\nDatum: 27.03.2025\n\n"
        f"## TOP 1 Begrüßung\n\n{first}\n\n"
        f"## TOP 2 Feststellung der Beschlussfähigkeit\n\n{second}\n\n"
        "## TOP 3 Kassenbericht\n\nDer Kassenbericht liegt vor. Der Verein hat 72 Mitglieder.\n"
    )


@pytest.mark.parametrize(
    ("first", "second", "count"),
    [
        ("Der Vorsitzende begrüßt die Anwesenden.", "Es sind aktuell 80 Mitglieder anwesend.", 80),
        ("Es haben sich 83 angemeldet und es sind 88 anwesend.", "Text.", 88),
        ("Das Plenum war mit 34 von 35 Anwesenden beschlussfähig.", "Text.", 34),
        ("Die Anwesenheitsliste mit 19 eingetragenen Mitgliedern liegt bei.", "Text.", 19),
        ("Text.", "Es waren 3 von insgesamt 8 Mitgliedern anwesend.", 3),
    ],
)
def test_a_count_in_a_sentence_of_the_opening_items(first, second, count):
    assert parse_text(_german(first, second))["participant_count"] == count


def test_the_size_of_the_club_is_no_count():
    minutes = _german("Der Vorsitzende begrüßt alle.", "Die Versammlung ist beschlussfähig.")
    assert parse_text(minutes)["participant_count"] is None


def _english(first: str, second: str) -> str:
    return (
        "# Minutes of the Annual General Meeting\n\nDate: 14 March 2024\n\n"
        f"## 1. Welcome\n\n{first}\n\n## 2. Quorum\n\n{second}\n\n"
        "## 3. Accounts\n\nThe accounts were presented; the club has 140 members.\n"
    )


@pytest.mark.parametrize(
    ("first", "second", "count"),
    [
        ("The chair welcomed everyone.", "There were 23 present, so the meeting was quorate.", 23),
        ("The chair welcomed everyone.", "12 of 15 members present; quorum reached.", 12),
    ],
)
def test_a_count_under_the_quorum_item(first, second, count):
    assert parse_text(_english(first, second))["participant_count"] == count


def test_a_count_under_a_later_topic_is_none():
    minutes = _english("The chair welcomed everyone.", "Quorum was reached.").replace(
        "the club has 140 members", "40 members were present at the gala"
    )
    assert parse_text(minutes)["participant_count"] is None
