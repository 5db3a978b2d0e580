"""A body's decision records one whatever the tense German minutes tell it in ("Die
Versammlung beschloss …", "stimmte dem Antrag zu", "lehnte … ab", "wählte", "entschied sich
für …", "sprach sich für … aus", "befürwortete"), re-elected as much as elected ("Er wurde mit
16 Stimmen wiedergewählt"), a vote's result told as such ("Die Abstimmung ergab, dass …"),
an English body endorsing or supporting ("The committee endorsed the plan"), and the room's
consent beside what was done ("Mit Einverständnis übernahm Jonas das Protokoll"). A power
("Der Vorstand entscheidet über Ausgaben"), a future or a denial records none."""

import pytest

from transferhub.protocols.reader import decisions, parse_text


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Die Versammlung beschloss, den Beitrag ab Juli zu senken.", "resolution"),
        ("Die Versammlung stimmte dem Antrag auf einen neuen Zaun zu.", "resolution"),
        ("Die Mitgliederversammlung lehnte den Antrag des Kassenwarts ab.", "rejected"),
        ("Die Versammlung wählte Frieda Lorenz zur Kassiererin.", "resolution"),
        ("Der Vorstand entschied sich für den Raum in der Mühlenstraße.", "agreement"),
        ("Die Versammlung entschied sich einstimmig dafür, den Beamer zu behalten.", "resolution"),
        ("Die Mitglieder sprachen sich mehrheitlich für den Umzug aus.", "resolution"),
        ("Der Vorstand spricht sich gegen das Sommerfest am See aus.", "rejected"),
        ("Die Versammlung befürwortete die neue Beitragsordnung.", "resolution"),
        ("Er wurde mit 12 Stimmen und 1 Enthaltung wiedergewählt.", "resolution"),
        ("Die Abstimmung ergab, dass alle Anwesenden für die Anschaffung waren.", "resolution"),
        ("Die Abstimmung ergab keine Mehrheit für den Antrag.", "rejected"),
        ("Mit Einverständnis übernahm Jonas die Protokollführung.", "agreement"),
        ("The committee endorsed the new safeguarding policy.", "resolution"),
        ("The trustees supported the proposal for a second hall.", "resolution"),
    ],
)
def test_the_body_decides(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Vorstand entschied sich über die Ausgaben erst im Mai.",
        "Der Vorstand entscheidet über Ausgaben bis 500 Euro.",
        "Niemand sprach sich dagegen aus.",
        "Die Prüfung ergab keine Beanstandungen.",
        "Mit Einverständnis der Eltern darf das Kind am Ausflug teilnehmen.",
        "The board will have supported it by then.",
    ],
)
def test_a_power_a_finding_or_a_future_records_none(sentence):
    assert decisions.sentence_kind(sentence) is None


PROTOKOLL = """# Mitgliederversammlung am 14. März 2025

Anwesend: Frieda Lorenz, Jonas Brandt, Uwe Kahl, Petra Lind

## TOP 1 Versammlungsleitung

Mit Einverständnis übernahm Jonas die Versammlungsleitung.

## TOP 2 Wahlen

Als Schriftführer stellte sich Uwe Kahl erneut zur Wahl. Er wurde mit 3 Stimmen und 1 Enthaltung wiedergewählt.

## TOP 3 Vereinsrechner

Die Versammlung sprach sich einstimmig für einen neuen Rechner aus.
"""


def test_german_minutes_in_the_past_record_their_decisions():
    r = parse_text(PROTOKOLL, fmt="md")
    kinds = [[d["kind"] for d in item["decisions"]] for item in r["agenda"]]
    assert kinds == [["agreement"], ["resolution"], ["resolution"]]
