"""Votes nested under a list item decide that item, one decision each; a line that elects the
note-taker stays in its item as the decision it records."""

from transferhub.protocols.reader import read_protocol


def _read(text: str) -> dict:
    return read_protocol(text.encode(), filename="2024-03-12.md")


def _decisions(text: str) -> list[dict]:
    return [d for a in _read(text)["agenda"] for d in a["decisions"]]


def test_german_two_motions_each_with_its_votes_nested_below():
    got = _decisions("""# Protokoll der Mitgliederversammlung vom 12.03.2024

## 1. Begrüßung

Lena eröffnet die Versammlung.

## 2. Anträge

- Lena beantragt, das Gartenfest in den September zu verlegen.
  - Ja: 8 Stimmen
  - Nein: 1 Stimme
  - Enthaltung: 0 Stimmen
- Theo beantragt, eine zweite Leiter zu kaufen.
  - Ja: 5 Stimmen
  - Nein: 4 Stimmen
  - Enthaltung: 1 Stimme
""")
    assert [(d["kind"], d["votes"]) for d in got] == [
        ("resolution", {"yes": 8, "no": 1, "abstain": 0}),
        ("resolution", {"yes": 5, "no": 4, "abstain": 1}),
    ]
    assert got[1]["text"] == "Theo beantragt, eine zweite Leiter zu kaufen."


def test_german_candidates_each_with_counts_first_then_all_accept():
    got = _decisions("""# Protokoll der Mitgliederversammlung vom 12.03.2024

## 1. Begrüßung

Lena eröffnet die Versammlung.

## 2. Wahl des Vorstands

- Lena
  - 9 Stimmen: Ja
  - 1 Stimme: Enthaltung
- Theo
  - 7 Stimmen: Ja
  - 2 Stimmen: Nein
  - 1 Stimme: Enthaltung

Lena und Theo nehmen die Wahl an.
""")
    assert [(d["text"], d["votes"]) for d in got] == [
        ("Lena", {"yes": 9, "no": 0, "abstain": 1}),
        ("Theo", {"yes": 7, "no": 2, "abstain": 1}),
    ]


def test_english_motions_with_votes_nested_below_counts_first():
    got = _decisions("""# Club committee meeting, 12 March 2024

## 1. Welcome

The chair opened the meeting.

## 2. Motions

- Motion to move the summer barbecue to September
  - 6 for
  - 1 against
- Motion to buy a second ladder
  - 3 for
  - 4 against
""")
    assert [(d["kind"], d["votes"]) for d in got] == [
        ("resolution", {"yes": 6, "no": 1, "abstain": 0}),
        ("rejected", {"yes": 3, "no": 4, "abstain": 0}),
    ]


def test_notes_nested_under_a_decision_are_no_second_vote():
    got = _decisions("""# Protokoll der Vorstandssitzung vom 12.03.2024

## 1. Haus

- Die Gartentür wird grün gestrichen.
  - Farbe: Tannengrün
  - Kosten: 40 Euro
""")
    assert len(got) <= 1


def test_german_election_of_the_note_taker_is_a_decision_of_its_item():
    r = _read("""# Protokoll der Mitgliederversammlung vom 12.03.2024

## 1. Begrüßung

Lena eröffnet die Versammlung.

## 2. Formalien

Zum Protokollführer wird Theo Brandt gewählt. Der Kassenwart wird einstimmig entlastet.

## 3. Sonstiges

Keine Wortmeldungen.
""")
    assert r["note_taker"] == "Theo Brandt"
    got = [d for a in r["agenda"] for d in a["decisions"]]
    assert [d["kind"] for d in got] == ["resolution", "resolution"]


def test_a_note_taker_line_without_a_decision_stays_out_of_the_item():
    r = _read("""# Protokoll der Vorstandssitzung vom 12.03.2024

## 1. Begrüßung

Protokoll: Theo Brandt

Lena eröffnet die Sitzung.
""")
    assert r["note_taker"] == "Theo Brandt"
    assert [d for a in r["agenda"] for d in a["decisions"]] == []
