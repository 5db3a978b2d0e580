"""The room's decision told in a phrase rather than by its verb alone records a decision: the
room named with where it sits ("Everyone on the call agreed"), its conclusion as standards
groups note it ("the sense of the room was to …", "Conclusion is to …", "The consensus was
that …"), the assent of all beside what was done ("Supported by all present", "Mit
Einverständnis aller übernahm …"), "we" deciding inside a sentence ("The change we decided
on was …"), minutes "signed as a true record", an outcome in emphasis ("*Minutes
approved*") and "agreed to offer no objection". A question, a modal, a condition, a reason
before a comma and an earlier meeting's decision still decide nothing."""

import pytest

from transferhub.protocols.reader import decisions, parse_text


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Priya: Everyone on the call agreed that the schema moves to YAML.", "agreement"),
        ("All present agreed to keep the Tuesday slot.", "agreement"),
        ("After discussion, the sense of the room was to adopt the split drafts.", "agreement"),
        ("Conclusion is to write a clearer note on port numbers.", "agreement"),
        ("Mira: Conclusion is to keep the old port numbers.", "agreement"),
        ("Chair: the sense of the room is to adopt the split drafts.", "agreement"),
        ("The consensus was that the old logo stays.", "agreement"),
        ("Supported by all present", "agreement"),
        ("Agreed by everyone present.", "agreement"),
        ("Mit Einverständnis aller übernahm Jonas die Versammlungsleitung.", "agreement"),
        ("Mit Zustimmung der Anwesenden führt Petra das Protokoll.", "agreement"),
        ("The one change we decided on was that talks start at eight.", "agreement"),
        ("Minutes of the June meeting read and signed as a true record.", "agreement"),
        ("*Minutes Approved*", "agreement"),
        ("It was agreed to offer no objection to the barn conversion.", "agreement"),
        ("Es wurde beschlossen, keine Einwände zu erheben.", "resolution"),
    ],
)
def test_the_phrase_records_a_decision(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Was the consensus that we keep the logo?",
        "In conclusion, the talk on bees was well received.",
        "Mira: What is the conclusion?",
        "Die Satzung soll mit Zustimmung aller geändert werden.",
        "If supported by all present, the fete moves to June.",
        "As we agreed last time, the hall stays booked.",
        "Because only four came, we decided to ask the others by mail.",
        "Nobody knows what we decided about the kiln.",
        "We agreed on nothing.",
        "Wir einigen uns auf keinen Termin.",
    ],
)
def test_what_is_asked_open_or_denied_records_none(sentence):
    assert decisions.sentence_kind(sentence) is None


MINUTES = """# Working group call, 3 March 2025

Present: Priya Raman, Tom Becker, Lea Wolf

## Schema format

Tom showed the two drafts.

Priya: Everyone on the call agreed that the schema moves to YAML.

## Port numbers

Long discussion of the allocation.

Conclusion is to write a clearer note on port numbers.
"""

PROTOKOLL = """# Mitgliederversammlung am 5. April 2025

Anwesend: Jonas Frey, Petra Lind, Uwe Kahl

## TOP 1 Versammlungsleitung

Mit Einverständnis aller übernahm Jonas die Versammlungsleitung.

## TOP 2 Protokoll der letzten Sitzung

*Protokoll genehmigt*
"""


def test_the_minutes_record_the_decisions_told_in_a_phrase():
    r = parse_text(MINUTES, fmt="md")
    found = [(d["text"], d["kind"]) for item in r["agenda"] for d in item["decisions"]]
    assert found == [
        ("Priya: Everyone on the call agreed that the schema moves to YAML.", "agreement"),
        ("Conclusion is to write a clearer note on port numbers.", "agreement"),
    ]
    r = parse_text(PROTOKOLL, fmt="md")
    kinds = [[d["kind"] for d in item["decisions"]] for item in r["agenda"]]
    assert kinds == [["agreement"], ["agreement"]]
