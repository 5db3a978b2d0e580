"""A table of motions with a result column gives one decision a row; "**Antrag 1:** …" with
"**Ergebnis:** angenommen (12/0/1)" on its next line is decided by that outcome; an outcome
alone with its abstentions ("Einstimmig bei 2 Enthaltungen.") decides the item it stands in;
what was regularly decided before is told, not decided."""

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.decisions import sentence_kind


def _items(text: str) -> list[dict]:
    return read_protocol(text.encode(), filename="2024-03-12.md")["agenda"]


def _decisions(text: str) -> list[dict]:
    return [d for a in _items(text) for d in a["decisions"]]


def test_german_table_of_motions_and_results():
    got = _decisions("""# Protokoll der Mitgliederversammlung vom 12.03.2024

## TOP 1 Anschaffungen

| Nr. | Antrag | Ergebnis |
|---|---|---|
| 1 | Kauf einer Standbohrmaschine | angenommen (7/0/1) |
| 2 | Kauf eines Lasercutters | abgelehnt |
| 3 | Kauf eines Kühlschranks | vertagt |
""")
    assert [(d["text"], d["kind"]) for d in got] == [
        ("Kauf einer Standbohrmaschine", "resolution"),
        ("Kauf eines Lasercutters", "rejected"),
        ("Kauf eines Kühlschranks", "postponement"),
    ]
    assert got[0]["votes"] == {"yes": 7, "no": 0, "abstain": 1}


def test_english_table_of_motions_and_outcomes():
    got = _decisions("""# Club general meeting, 12 March 2024

## 1. Motions

| Motion | Proposer | Outcome |
|---|---|---|
| Raise the annual fee to 30 pounds | J. Hale | Carried |
| Open the workshop on Sundays | P. Kerr | Lost |
""")
    assert [d["kind"] for d in got] == ["resolution", "rejected"]


def test_a_table_without_a_result_column_gives_no_motion():
    got = _decisions("""# Protokoll der Vorstandssitzung vom 12.03.2024

## TOP 1 Anträge

| Antrag | Antragsteller |
|---|---|
| Kauf einer Standbohrmaschine | Jana |
""")
    assert got == []


def test_german_motion_and_result_each_in_emphasis_on_its_own_line():
    got = _decisions("""# Protokoll der Mitgliederversammlung vom 12.03.2024

## TOP 1 Anträge

**Antrag 1:** Der Jahresbeitrag steigt auf 30 Euro.
**Ergebnis:** angenommen (12/0/1)

**Antrag 2:** Die Werkstatt öffnet sonntags.
**Ergebnis:** abgelehnt (3/9/1)
""")
    assert [(d["kind"], d["votes"]) for d in got] == [
        ("resolution", {"yes": 12, "no": 0, "abstain": 1}),
        ("rejected", {"yes": 3, "no": 9, "abstain": 1}),
    ]


def test_outcome_alone_with_its_abstentions_decides_its_item():
    items = _items("""# Protokoll der Mitgliederversammlung vom 12.03.2024

## TOP 1 Begrüßung

Die Vorsitzende begrüßt die Anwesenden.

## TOP 2 Entlastung des Vorstands

Einstimmig bei 2 Enthaltungen.
""")
    assert [len(it["decisions"]) for it in items] == [0, 1]
    items = _items("""# Committee meeting, 12 March 2024

## 1. Welcome

The chair welcomed everyone.

## 2. Approval of the accounts

Carried with 2 abstentions.
""")
    assert [len(it["decisions"]) for it in items] == [0, 1]


def test_what_was_regularly_rejected_before_is_no_decision():
    assert sentence_kind("Dies wurde regelmäßig durch die Mitgliederversammlung abgelehnt.") is None
    assert (
        sentence_kind("Der Antrag wurde durch die Mitgliederversammlung abgelehnt.") == "rejected"
    )
