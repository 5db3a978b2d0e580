"""Reports of general meetings (Jahreshauptversammlung, Mitgliederversammlung, AGM) tell their
elections, appointments and discharges in running prose, in any word order: the participle
first ("Einstimmig gewählt wurde Anna Berg"), appointed or named to an office or honour ("Herr
Maier wurde zum Ehrenmitglied ernannt", "Zum Wahlleiter wurde Uwe bestimmt"), the outcome
stated after the count ("Damit ist der Vorstand entlastet"), the body discharging in the past
("Die Versammlung entlastete den Vorstand"), a re-election as a confirmation in office ("… als
Kassiererin im Amt bestätigt": an election, a resolution, not a bare approval), in English
"returned unopposed" and "voted in as". Each records a resolution, its count read where one
is given ("mit 16 Stimmen bei 1 Enthaltung", "bei 3 Enthaltungen und 14 Stimmen").

Not a decision of this meeting: an election still to come ("Der Wahlleiter soll zu Beginn
bestimmt werden"), how one votes ("Gewählt wird in geheimer Wahl"), a time rather than an
office ("Das Thema wurde zum Schluss bestimmt"), nobody appointed, a clause around the
decision ("Nachdem der Vorstand gewählt wurde, …"), an assumption or a fact confirmed
("Angenommen wurde, dass …"), "bestimmt" as "certainly", and an election or approval told
again ("letztes Jahr", "bereits im Mai"), and the discharge only moved or recommended ("Er
beantragte, dem Vorstand Entlastung zu erteilen").
"""

import pytest

from transferhub.protocols.reader import decisions, parse_text
from transferhub.protocols.reader.content import parse_votes


@pytest.mark.parametrize(
    "sentence",
    [
        "Einstimmig gewählt wurde Annegret Voss.",
        "Neu in den Beirat gewählt wurden Paul Kern und Lea Sommer.",
        "Gewählt wurde Ilse Brand mit 21 Ja-Stimmen bei 2 Enthaltungen.",
        "Gewählt wird Ilse Brand mit 21 Stimmen.",
        "Herr Maier wurde zum Ehrenmitglied ernannt.",
        "Die Versammlung ernannte Frau Gold einstimmig zur Ehrenvorsitzenden.",
        "Zum Wahlleiter wurde Uwe Rinke bestimmt.",
        "Als Versammlungsleiterin wurde Dana Weiß bestimmt.",
        "Damit ist der bisherige Vorstand entlastet.",
        "Bernd Ohm erhielt 15 von 17 Stimmen und ist damit gewählt.",
        "Die Mitgliederversammlung entlastete den Vorstand einstimmig.",
        "Die Anwesenden beschlossen einstimmig, den Beitrag auf 30 Euro anzuheben.",
        "Frau Stein wurde als Kassiererin im Amt bestätigt.",
        "Herr Ruf wurde für weitere zwei Jahre als Kassenwart bestätigt.",
        "Tom Barnes was returned unopposed as Chair.",
        "Priya Shah was voted in as treasurer.",
    ],
)
def test_an_election_appointment_or_discharge_is_a_resolution(sentence):
    assert decisions.sentence_kind(sentence) == "resolution"


def test_a_count_told_as_the_result_then_rejected():
    assert decisions.sentence_kind("Damit ist der Antrag auf Ausschluss abgelehnt.") == "rejected"


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Wahlleiter soll zu Beginn der Sitzung bestimmt werden.",
        "Gewählt wird in geheimer Wahl.",
        "Das Thema wurde zum Schluss bestimmt.",
        "Zum Wahlleiter wurde niemand bestimmt.",
        "Nachdem der Vorstand gewählt wurde, übernahm Dana die Leitung.",
        "Als der Vorstand gewählt wurde, gab es Kuchen.",
        "Rücklagen dürfen nur zu bestimmten Zwecken gebildet werden, die zur Größe passen.",
        "Anna wurde letztes Jahr zur Kassiererin gewählt.",
        "Jane Doe was elected treasurer last year.",
        "Die Mitglieder beschlossen damals, den Raum zu mieten.",
        "Angenommen wurde, dass alle pünktlich kommen.",
        "Bestätigt wurde auch, dass der Saal frei ist.",
        "Bestimmt wurde das Thema schon oft besprochen.",
        "Genehmigt wurde der Zuschuss bereits im Mai.",
        "Er beantragte deshalb, dem gesamten Vorstand Entlastung zu erteilen.",
        "Die Kassenprüferin empfahl, dem Vorstand Entlastung zu erteilen.",
    ],
)
def test_an_election_to_come_a_procedure_or_an_earlier_one_records_none(sentence):
    assert decisions.sentence_kind(sentence) is None


def test_the_discharge_moved_is_not_the_discharge_granted():
    granted = "Die Versammlung beschloss einstimmig, dem Vorstand Entlastung zu erteilen."
    assert decisions.sentence_kind(granted) == "resolution"


def test_a_year_in_a_clause_of_its_own_or_a_report_for_it_keeps_the_decision():
    said = "The committee agreed that the goals set last year are kept for 2026."
    assert decisions.sentence_kind(said) == "agreement"
    report = "Der Kassenbericht für letztes Jahr wurde einstimmig genehmigt."
    assert decisions.sentence_kind(report) == "resolution"


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("Er wurde mit 16 Stimmen und 1 Enthaltung wiedergewählt.", (16, 0, 1)),
        ("Bei 3 Enthaltungen und 14 Stimmen wurde dem Vorstand Entlastung erteilt.", (14, 0, 3)),
        ("Sie wurde bei 1 Enthaltung und 16 Stimmen gewählt.", (16, 0, 1)),
        ("Es wurden A und B mit jeweils 15 Stimmen bei 2 Enthaltungen gewählt.", (15, 0, 2)),
        (
            "Der Vorstand wurde mit 18 Stimmen bei 2 Enthaltungen und einer Gegenstimme entlastet.",
            (18, 1, 2),
        ),
        ("Der Vorstand ist mit 6 von 8 Stimmen und 2 Enthaltungen gewählt worden.", (6, 0, 2)),
        ("Der Änderung wurde bei 1 Gegenstimme mit 16 Stimmen zugestimmt.", (16, 1, 0)),
        ("The accounts were adopted with 12 in favour, 1 against and 2 abstentions.", (12, 1, 2)),
    ],
)
def test_votes_counted_bare_beside_the_abstentions_are_the_votes_for(text, votes):
    got = parse_votes(text)
    assert (got["yes"], got["no"], got["abstain"]) == votes


def test_two_candidates_counted_apart_are_no_single_vote():
    assert parse_votes("Anna erhielt 12 Stimmen, Bernd 5 Stimmen, 1 Enthaltung.") is None


BERICHT = """# Jahreshauptversammlung des Heimatvereins am 8. März 2026

Anwesend: 19 Mitglieder

## TOP 1 Entlastung

Die Kassenprüfer empfahlen die Entlastung. Damit ist der bisherige Vorstand entlastet.

## TOP 2 Wahlen

Einstimmig gewählt wurde Annegret Voss zur Vorsitzenden. Herr Ruf wurde als Kassenwart im
Amt bestätigt. Der Beisitzer soll im Herbst nachgewählt werden.

## TOP 3 Ehrungen

Die Versammlung ernannte Herrn Maier einstimmig zum Ehrenmitglied.
"""


def test_a_general_meetings_report_records_each_election_and_the_discharge():
    r = parse_text(BERICHT, fmt="md")
    kinds = [[d["kind"] for d in item["decisions"]] for item in r["agenda"]]
    assert kinds == [["resolution"], ["resolution", "resolution"], ["resolution"]]
