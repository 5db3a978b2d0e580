"""A vote set as a small table, one side and its count a row, is the vote of the motion."""

from transferhub.protocols.reader import read_protocol


def _decisions(text: str) -> list[dict]:
    r = read_protocol(text.encode(), filename="2024-03-12.md")
    return [d for a in r["agenda"] for d in a["decisions"]]


def test_german_side_rows_then_the_outcome():
    got = _decisions("""# Protokoll der Hauptversammlung vom 12.03.2024

## 1. Protokoll

Der Vorstand stellt den Antrag, das Protokoll der letzten Versammlung zu genehmigen.

| Ja | 41 |
|---|---|
| Nein | 0 |
| Enthaltungen | 2 |

Das Protokoll wird genehmigt.

## 2. Jahresbeitrag

Der Vorstand schlägt vor, den Beitrag bei 35 Franken zu belassen.

| Ja | 40 |
|---|---|
| Nein | 3 |
| Enthaltungen | 0 |

## 3. Varia

Keine Wortmeldungen.
""")
    assert [(d["kind"], d["votes"]) for d in got] == [
        ("resolution", {"yes": 41, "no": 0, "abstain": 2}),
        ("resolution", {"yes": 40, "no": 3, "abstain": 0}),
    ]
    assert got[1]["text"].startswith("Der Vorstand schlägt vor")


def test_english_side_rows_under_the_motion():
    got = _decisions("""# Club AGM 12 March 2024

## 1. Subscriptions

Proposed by Ann that the subscription rise to £40.

| For | 9 |
|---|---|
| Against | 12 |
| Abstain | 1 |
""")
    assert [(d["kind"], d["votes"]) for d in got] == [
        ("rejected", {"yes": 9, "no": 12, "abstain": 1})
    ]


def test_a_two_column_table_of_other_counts_is_no_vote():
    got = _decisions("""# Treffen am 12.03.2024

## 1. Mitglieder

| Aktive | 86 |
|---|---|
| Passive | 12 |
""")
    assert got == []
