"""A count whose sides follow each other without commas ("1 dafür 2 Enthaltungen 7 dagegen")
is read side by side, and a candidate's result on a line of its own is that candidate's
election, not the count of the decision above."""

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.content import parse_votes


def _decisions(text: str) -> list[dict]:
    r = read_protocol(text.encode(), filename="2024-03-12.md")
    return [d for a in r["agenda"] for d in a["decisions"]]


def test_sides_without_commas_in_german_and_english():
    assert parse_votes("Abstimmungsergebnis: 1 dafür 2 enthaltungen 7 dagegen") == {
        "yes": 1,
        "no": 7,
        "abstain": 2,
    }
    assert parse_votes("7 for 1 against 2 abstentions") == {"yes": 7, "no": 1, "abstain": 2}
    assert parse_votes("Dafür: 5, Dagegen: 1, Enthaltung: 2") == {"yes": 5, "no": 1, "abstain": 2}


def test_the_motion_voted_down_by_a_count_without_commas():
    got = _decisions("""# Protokoll der Mitgliederversammlung vom 12.03.2024

## TOP 5 Antrag über den Ausschluss eines Mitglieds

Der Vorstand beantragt den Ausschluss des Mitglieds.

Abstimmungsergebnis: 1 dafür 2 Enthaltungen 7 dagegen
""")
    assert [(d["kind"], d["votes"]) for d in got] == [
        ("rejected", {"yes": 1, "no": 7, "abstain": 2})
    ]


def test_each_candidates_result_on_its_own_line():
    got = _decisions("""# Protokoll der Mitgliederversammlung vom 12.03.2024

## TOP 8 Wahl des Vorstandes

Offene Vorstandswahl:

Harry Beispiel: 2 dafür, 5 Enthaltungen, 3 Gegenstimmen

Max Muster: 8 dafür, 0 Enthaltungen, 2 Gegenstimmen
""")
    assert [(d["text"], d["kind"], d["votes"]) for d in got] == [
        ("Harry Beispiel", "rejected", {"yes": 2, "no": 3, "abstain": 5}),
        ("Max Muster", "resolution", {"yes": 8, "no": 2, "abstain": 0}),
    ]
    got = _decisions("""# Club AGM 12 March 2024

## 4. Elections

Jane Smith: 12 for, 3 against, 1 abstention
""")
    assert [(d["text"], d["votes"]) for d in got] == [
        ("Jane Smith", {"yes": 12, "no": 3, "abstain": 1})
    ]
