"""Decisions in more running-text forms: "zugestimmt", "abgelehnt", "ist … gewählt worden",
"Die Mehrheit war dafür", and counts "mit 4 zu 2 Stimmen abgelehnt", "6 von 8 Stimmen"."""

import pytest

from transferhub.protocols.reader import decisions
from transferhub.protocols.reader.content import parse_votes


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Der Tagesordnung wurde von allen Anwesenden zugestimmt.", "resolution"),
        ("Dem Antrag auf Beitragssenkung wurde zugestimmt.", "resolution"),
        ("Die Benutzung von Social Media wurde mit 4 zu 2 Stimmen abgelehnt.", "rejected"),
        (
            "Der Vorstand ist mit 6 von 8 Stimmen zum ordentlichen Vorstand gewählt worden.",
            "resolution",
        ),
        ("Die Satzungsänderung ist einstimmig beschlossen worden.", "resolution"),
        ("Die Mehrheit der Abstimmenden war dafür, dass die Gruppe virtuell bleibt.", "resolution"),
        ("Die Mehrheit der Abstimmenden war dagegen.", "rejected"),
        ("The majority of members voted in favour of the new logo.", "resolution"),
        ("The majority voted against the proposal.", "rejected"),
    ],
)
def test_a_decision_sentence_is_recognised(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Es wurde zugestimmt, dass wir darüber später reden.",
        "Es ist noch nicht entschieden worden.",
        "Die Mehrheit ist noch unentschlossen.",
        "Sascha ist als Vorsitzender bestätigt worden und ist zuständig für Events.",
    ],
)
def test_sentences_that_decide_nothing(sentence):
    assert decisions.sentence_kind(sentence) is None


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        # Rejected "4 zu 2": the four are the majority against.
        ("wurde mit 4 zu 2 Stimmen abgelehnt", (2, 4, 0)),
        ("wurde mit 4 zu 2 Stimmen angenommen", (4, 2, 0)),
        # "6 von 8 Stimmen" is a count only when the parts add up.
        ("ist mit 6 von 8 Stimmen und 2 Enthaltungen gewählt worden", (6, 0, 2)),
        ("was adopted with 7 of 9 votes, 1 against and 1 abstention", (7, 1, 1)),
    ],
)
def test_counts_of_a_majority(text, votes):
    got = parse_votes(text)
    assert (got["yes"], got["no"], got["abstain"]) == votes


def test_six_of_eight_votes_alone_leave_the_others_open():
    assert parse_votes("Der Gründung wurde mit 6 von 8 Stimmen zugestimmt.") is None
