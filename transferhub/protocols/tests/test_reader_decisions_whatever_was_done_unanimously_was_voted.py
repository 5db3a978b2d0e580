"""Whatever the minutes say was done unanimously was voted on, in whichever words; a decision
told again as the consequence of the one just told is the same decision; a procedure told in
the present is none; a body that agreed without a vote mid-sentence made an agreement."""

from transferhub.protocols.reader import read_protocol


def _decisions(text: str) -> list[dict]:
    r = read_protocol(text.encode(), filename="2024-03-12.md")
    return [d for a in r["agenda"] for d in a["decisions"]]


def test_german_unanimous_outcomes_in_other_verbs_and_nouns():
    got = _decisions("""# Protokoll der Mitgliederversammlung vom 12.03.2024

## TOP 1 Versammlungsleitung

Die Anwesenden betrauen Anna Beispiel mit der Leitung der Versammlung. Die Abstimmung erfolgt einstimmig.

## TOP 2 Wahltermin

Der nächste Wahltermin wurde einstimmig auf die Woche vom 25. November gesetzt.

## TOP 3 Nachnomination

Für eine allfällige Nachnomination wird dem Vorstand einstimmig die Kompetenz erteilt.

## TOP 4 Präsidium

Einstimmige Annahme des Wahlvorschlags durch die Mitgliederversammlung.
""")
    assert [d["kind"] for d in got] == ["resolution"] * 4
    assert got[1]["text"].startswith("Der nächste Wahltermin")


def test_a_rule_about_unanimous_votes_is_no_decision():
    got = _decisions("""# Protokoll der Vorstandssitzung vom 12.03.2024

## TOP 1 Geschäftsordnung

Beschlüsse des Vorstands werden einstimmig gefasst, sofern die Satzung nichts anderes sagt.
""")
    assert got == []


def test_english_motion_formula_with_any_thing_approved():
    got = _decisions("""# Board of Directors Meeting, March 12, 2024

## 1. Roads

By motion duly made, seconded and unanimously approved, the building of a guardrail, not to
exceed 250 feet, was approved for the main road at the curve north of the ranch house.
""")
    assert [d["kind"] for d in got] == ["resolution"]


def test_a_decision_told_again_as_its_consequence_counts_once():
    got = _decisions("""# Protokoll der Mitgliederversammlung vom 12.03.2024

## TOP 5 Entlastung des Vorstands

Die Mitgliederversammlung beschließt die Entlastung des Vorstands ohne Gegenstimmen bei 4 Enthaltungen.

Der Vorstand wurde damit für den Berichtszeitraum entlastet.
""")
    assert len(got) == 1
    got = _decisions("""# Club AGM 12 March 2024

## 1. Minutes

The minutes of the last AGM were approved unanimously.

The minutes were thus adopted as a true record.
""")
    assert [d["kind"] for d in got] == ["resolution"]


def test_a_procedure_in_the_present_is_no_decision():
    got = _decisions("""# Protokoll der Generalversammlung vom 12.03.2024

## 5. Clubausflug

- Die Kommunikation läuft über den Chat
- Das Fluggebiet wird ca. drei Tage vorher ausgewählt
""")
    assert got == []


def test_a_body_agreeing_mid_sentence_without_a_vote_is_an_agreement():
    got = _decisions("""# Steering Committee Meeting 12 March 2024

## 6. Next meeting

Several members will be in Melbourne for the conference, so the committee agreed to meet face to face.
""")
    assert [d["kind"] for d in got] == ["agreement"]


def test_the_outcome_with_the_participle_first_settles_the_motion_above():
    got = _decisions("""# Protokoll der Mitgliederversammlung vom 12.03.2024

## 4. Nomination

Der Wahlvorschlag mit den Spitzenkandidaten Anna, Ben und Clara wird genehmigt.

Die Kandidierenden stellen sich kurz vor.

Änderungsanträge werden keine gestellt. Gewählt wird der Vorschlag einstimmig in globo.
""")
    assert [d["kind"] for d in got] == ["resolution"]
    assert got[0]["text"].startswith("Der Wahlvorschlag")
