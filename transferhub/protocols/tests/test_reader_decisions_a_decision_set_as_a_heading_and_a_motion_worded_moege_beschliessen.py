"""A decision's sentence set as a heading (a bold or large line of a PDF or Word file) is read
as the sentence it is; "Die Versammlung möge beschließen, …" words a motion, decided by the
outcome told after it; "Die Wahl wurde von … angenommen" under the results is no new decision."""

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.decisions import sentence_kind


def _read(text: str) -> list[dict]:
    r = read_protocol(text.encode(), filename="2024-03-12.md")
    return r["agenda"]


def _decisions(text: str) -> list[dict]:
    return [d for a in _read(text) for d in a["decisions"]]


def test_german_decision_sentences_set_as_headings_inside_an_item():
    items = _read("""# Protokoll der Jahreshauptversammlung vom 12.03.2024

## TOP 1 Begrüßung

Die Vorsitzende begrüßt die Anwesenden.

## TOP 2 Entlastung des Vorstands

#### Der Vorstand wurde einstimmig entlastet.

## TOP 3 Wahl der Kassenprüfer

#### Jana Wolff: Einstimmig angenommen.
#### Paul Kern: Einstimmig angenommen.
""")
    assert [len(it["decisions"]) for it in items] == [0, 1, 2]
    assert items[1]["decisions"][0]["kind"] == "resolution"
    assert "####" in items[2]["minutes"]  # the minutes are shown as written


def test_english_decision_sentence_set_as_a_heading():
    got = _decisions("""# Committee meeting, 12 March 2024

## 1. Welcome

The chair welcomed everyone.

## 2. Budget

#### The budget for 2024 was approved by the committee.
""")
    assert [d["kind"] for d in got] == ["resolution"]


def test_a_heading_that_is_no_sentence_stays_a_heading():
    got = _decisions("""# Protokoll der Vorstandssitzung vom 12.03.2024

## TOP 1 Werkstatt

#### Beschlossene Anschaffungen

Es wird über die Werkbank gesprochen.
""")
    assert got == []


def test_german_motion_worded_moege_beschliessen_then_its_outcome_is_one_decision():
    assert (
        sentence_kind("Die Mitgliederversammlung möge beschließen, dass der Beitrag steigt.")
        is None
    )
    got = _decisions("""# Protokoll der Mitgliederversammlung vom 12.03.2024

## TOP 1 Begrüßung

Die Vorsitzende begrüßt die Anwesenden.

## TOP 2 Anträge

Die Mitgliederversammlung möge beschließen, dass der Jahresbeitrag auf 30 Euro steigt.

Der Antrag wurde einstimmig angenommen.
""")
    assert [d["kind"] for d in got] == ["resolution"]


def test_english_motion_still_to_be_decided_is_none():
    assert sentence_kind("The meeting shall decide whether the fee rises.") is None


def test_german_election_accepted_in_the_passive_under_the_results():
    got = _decisions("""# Protokoll der Mitgliederversammlung vom 12.03.2024

## TOP 1 Begrüßung

Die Vorsitzende begrüßt die Anwesenden.

## TOP 2 Wahl des Vorstands

Jana Wolff: 9 dafür, 0 dagegen, 1 Enthaltung

Paul Kern: 8 dafür, 1 dagegen, 1 Enthaltung

Die Wahl wurde von Jana Wolff und Paul Kern angenommen.
""")
    assert [d["votes"] for d in got] == [
        {"yes": 9, "no": 0, "abstain": 1},
        {"yes": 8, "no": 1, "abstain": 1},
    ]
