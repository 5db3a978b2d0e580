"""Vote counts written in words, with "Ja-/Nein-Stimmen", or as the names of the voters."""

import pytest

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.content import parse_votes


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        # German counts in words, "Stimmen" alone being the votes for.
        ("mit zwei Stimmen, einer Gegenstimme und einer Enthaltung angenommen", (2, 1, 1)),
        ("3 Ja-Stimmen, keine Gegenstimmen, zwei Enthaltungen", (3, 0, 2)),
        ("wird mit 10 ja stimmen und einer enthaltung abgenommen", (10, 0, 1)),
        ("mit 5 Ja- und 2 Nein-Stimmen bei 1 Enthaltung angenommen", (5, 2, 1)),
        ("ein Stimmverhältnis von 11 Ja- und 11-Nein-Stimmen", (11, 11, 0)),
        # English counts in words.
        ("carried with seven votes in favour, two against and one abstention", (7, 2, 1)),
        ("Vote: five for, none against", (5, 0, 0)),
        # Roll calls naming the voters.
        ("AYES: Commissioners Smith, Lee and Brown. NOES: None. ABSTAIN: Kim.", (3, 0, 1)),
        ("VOTE: Aye-4 (Welch, Kennedy, Hodges, Turnbow) Nay-0 Absent-1 (Yates)", (4, 0, 0)),
        ("Peter abstains, Nick abstains. Benjamin votes for, James votes for", (2, 0, 2)),
        ("Anna stimmt dafür, Bernd stimmt dagegen, Carla enthält sich.", (1, 1, 1)),
    ],
)
def test_a_count_in_words_or_names_is_read(text, votes):
    got = parse_votes(text)
    assert (got["yes"], got["no"], got["abstain"]) == votes


@pytest.mark.parametrize(
    "text",
    [
        "Es kamen sechs Teilnehmer und eine Kasse wurde übergeben.",
        "Ja: 3 neue Mitglieder",
        "The board votes for it.",
        "Two members will look for a venue.",
        "Ayes: see the list on the website.",
    ],
)
def test_words_that_only_look_like_a_count_are_no_vote(text):
    assert parse_votes(text) is None


def _decisions(text: str) -> list[tuple[str, dict | None]]:
    r = read_protocol(text.encode(), filename="2024-03-12.md")
    return [(d["kind"], d["votes"]) for a in r["agenda"] for d in a["decisions"]]


def test_a_decision_sentence_holding_its_count_in_words_is_one_decision():
    got = _decisions("""# Vorstandssitzung 12.03.2024

## TOP 1 Protokoll

Das Protokoll der letzten Sitzung wird mit zehn Ja-Stimmen und einer Enthaltung genehmigt.

## TOP 2 Kasse

Der Kassenwart berichtet.
""")
    assert got == [("resolution", {"yes": 10, "no": 0, "abstain": 1})]


def test_a_motion_with_named_votes_then_passed_is_one_decision():
    got = _decisions("""# Committee meeting 12 March 2024

## 1. New business

MOTION: Proposed by Ben. Seconded by James. Extend the work order to Alastair.

Peter abstains, Nick abstains. Ben votes for, James votes for.

Motion passed.
""")
    assert got == [("resolution", {"yes": 2, "no": 0, "abstain": 2})]


def test_a_table_of_results_gives_one_decision_a_row():
    got = _decisions("""# Mitgliederversammlung 12.03.2024

## TOP 1 Wahl des Vorstands

|                 |       | Ja | Nein | Enthaltung |
|-----------------|-------|----|------|------------|
| **Vorsitz**     | Anna  | 9  | 1    | 2          |
| **Kasse**       | Bernd | 11 | 0    | 1          |

Alle Gewählten nahmen die Wahl an.
""")
    assert got == [
        ("resolution", {"yes": 9, "no": 1, "abstain": 2}),
        ("resolution", {"yes": 11, "no": 0, "abstain": 1}),
    ]


def test_an_english_table_of_results_with_a_motion_that_failed():
    got = _decisions("""# AGM 12 March 2024

## 1. Motions

| Motion | For | Against | Abstain |
|---|---|---|---|
| Raise the fee | 3 | 8 | 1 |
| New logo | 10 | 1 | 1 |
""")
    assert got == [
        ("rejected", {"yes": 3, "no": 8, "abstain": 1}),
        ("resolution", {"yes": 10, "no": 1, "abstain": 1}),
    ]


def test_a_table_without_vote_columns_holds_no_decisions():
    assert (
        _decisions("""# Treffen 12.03.2024

## 1. Kasse

| Posten | Betrag | Nein |
|---|---|---|
| Miete | 300 | x |
""")
        == []
    )


def test_election_results_listed_one_after_the_other_in_one_paragraph():
    got = _decisions("""# Mitgliederversammlung 12.03.2024

## TOP 1 Wahl des Vorstandes

Das Ergebnis der Abstimmung:

Anna Beispiel: 5 Ja-Stimmen, keine Nein-Stimme und eine Enthaltung Bernd Muster: 4 Ja-Stimmen, eine Nein-Stimme und eine Enthaltung Die Gewählten nehmen die Wahl an.
""")
    assert got == [
        ("resolution", {"yes": 5, "no": 0, "abstain": 1}),
        ("resolution", {"yes": 4, "no": 1, "abstain": 1}),
    ]


def test_a_list_of_names_with_numbers_that_are_no_counts_is_no_election():
    assert (
        _decisions("""# Treffen 12.03.2024

## 1. Berichte

Anna: 3 Folien gezeigt. Bernd: 2 Fragen offen.
""")
        == []
    )
