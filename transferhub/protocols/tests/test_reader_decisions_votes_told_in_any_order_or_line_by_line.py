"""A vote whose three sides stand in any order, or one side a line, is one count."""

import pytest

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.content import parse_votes


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        # The sides in another order than yes, no, abstentions.
        (
            "Der Antrag wird mit 8 Ja-Stimmen, 3 Enthaltungen und 1 Nein-Stimme angenommen.",
            (8, 1, 3),
        ),
        ("In offener Abstimmung sind 4 dafür, eine Enthaltung und 7 dagegen.", (4, 7, 1)),
        ("Es stimmen 12 dafür, 2 enthalten sich und 3 dagegen.", (12, 3, 2)),
        ("Dem stimmen 9 Personen zu, 2 Personen dagegen und niemand enthält sich.", (9, 2, 0)),
        ("The motion carried with 2 abstentions, 14 in favour and 1 against.", (14, 1, 2)),
        # One side a line, joined: "Stimmen für <Name>: 7", "Stimmenthaltungen: 1".
        ("Stimmen für Erika Muster: 7; Stimmenthaltungen: 1; Gegenstimmen: 2", (7, 2, 1)),
        ("Against: 3; For: 10; Abstained: 0", (10, 3, 0)),
    ],
)
def test_a_count_in_any_order_is_read_side_by_side(text, votes):
    got = parse_votes(text)
    assert (got["yes"], got["no"], got["abstain"]) == votes


@pytest.mark.parametrize(
    "text",
    [
        # A side named twice with two numbers is no single vote.
        "Ja: 5, Nein: 1, Enthaltung: 0 und im zweiten Wahlgang Ja: 4",
        # Numbers beside words that only look like sides.
        "2 for 2020, 3 tickets against the fee and 4 rooms",
    ],
)
def test_numbers_that_are_no_single_vote_give_no_three_sided_count(text):
    got = parse_votes(text)
    assert got is None or got != {"yes": 4, "no": 1, "abstain": 0}
    assert got is None or got.get("abstain") != 4


def _decisions(text: str) -> list[tuple[str, dict | None]]:
    r = read_protocol(text.encode(), filename="2024-03-12.md")
    return [(d["kind"], d["votes"]) for a in r["agenda"] for d in a["decisions"]]


def test_a_german_election_told_one_side_a_line_is_one_decision_with_its_count():
    got = _decisions("""# Mitgliederversammlung 12.03.2024

## TOP 1 Wahl der Kassenprüfung

Als Kassenprüferin kandidiert Erika Muster.

Stimmen für Erika Muster: 7

Stimmenthaltungen: 1

Gegenstimmen: 2

## TOP 2 Sonstiges

Keine Wortmeldungen.
""")
    assert got == [("resolution", {"yes": 7, "no": 2, "abstain": 1})]


def test_an_english_vote_told_one_side_a_line_is_one_decision_with_its_count():
    got = _decisions("""# Members meeting 2024-03-12

## 1. Treasurer

Motion to elect Sam Example as treasurer.

Against: 4

For: 11

Abstain: 2

## 2. Other business

None.
""")
    assert got == [("resolution", {"yes": 11, "no": 4, "abstain": 2})]


def test_a_vote_lost_one_side_a_line_is_rejected():
    got = _decisions("""# Vorstandssitzung 12.03.2024

## TOP 1 Vereinsfahrt

Antrag von Max: Die Vereinsfahrt geht nach Prag.

Ja: 2

Nein: 5

Enthaltungen: 0
""")
    assert got == [("rejected", {"yes": 2, "no": 5, "abstain": 0})]
