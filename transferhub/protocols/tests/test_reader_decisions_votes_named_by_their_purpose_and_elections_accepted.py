"""Votes named by their purpose ("Vote to …: passed"), outcomes in the present ("Motion
carries 7-0-1", "Elected 6-0-1"); an election and its acceptance are one decision."""

import pytest

from transferhub.protocols.reader import decisions, read_protocol


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Vote to move the meetup to Tuesdays: passed", "resolution"),
        ("Vote on the new logo - failed", "rejected"),
        ("Abstimmung über den Antrag zur Satzungsänderung: einstimmig angenommen", "resolution"),
        ("Abstimmung zum Sommerfest: abgelehnt", "rejected"),
        ("Motion carries 7-0-1.", "resolution"),
        ("Motion fails 3-4-0.", "rejected"),
    ],
)
def test_a_vote_named_by_its_purpose_an_outcome_in_the_present_or_an_accepted_election_decides(
    sentence, kind
):
    assert decisions.sentence_kind(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Vote to be held next week: date to be found",
        "Max nimmt die Wahl nicht an.",
        "Ob sie die Wahl annimmt, ist offen.",
        "We will vote on the new logo next time.",
    ],
)
def test_a_vote_still_to_come_or_an_election_declined_decides_nothing(sentence):
    assert decisions.sentence_kind(sentence) is None


def _decisions(text: str) -> list[tuple[str, dict | None]]:
    r = read_protocol(text.encode(), filename="2024-03-12.md")
    return [(d["kind"], d["votes"]) for a in r["agenda"] for d in a["decisions"]]


def test_nominations_each_elected_with_a_count_are_one_decision_each():
    got = _decisions("""# Board meeting 2024-03-12

## 1. Officers

AB nominated as chair. Elected 6-0-1.

CD nominated as secretary. Elected 7-0-0.
""")
    assert got == [
        ("resolution", {"yes": 6, "no": 0, "abstain": 1}),
        ("resolution", {"yes": 7, "no": 0, "abstain": 0}),
    ]


def test_a_motion_carried_in_the_present_below_another_decision_is_its_own_decision():
    got = _decisions("""# Board meeting 2024-03-12

## 2. Reports

Finance report: AB moves to adopt. CD seconds. Motion carries 6-0-1.

Events report: CD moves to adopt; EF seconds.

Motion fails 2-5-0.
""")
    assert got == [
        ("resolution", {"yes": 6, "no": 0, "abstain": 1}),
        ("rejected", {"yes": 2, "no": 5, "abstain": 0}),
    ]


def test_votes_named_by_their_purpose_are_decisions_in_english_and_german():
    got = _decisions("""# Technical committee 2024-03-12

## 1. Open issues

Vote to backport the fix to the stable branch: passed

Vote on dropping the old API - failed

## 2. Satzung

Abstimmung über die neue Beitragsordnung: einstimmig angenommen
""")
    assert got == [("resolution", None), ("rejected", None), ("resolution", None)]


def test_an_election_and_its_acceptance_are_one_decision():
    got = _decisions("""# Mitgliederversammlung 12.03.2024

## TOP 1 Wahlen

Erika Muster wird mit 7 Ja-Stimmen bei 1 Enthaltung zur Kassiererin gewählt. Sie nimmt die Wahl an.

## TOP 2 Beisitz

Als Beisitzer kandidiert Max Beispiel.

Stimmen für Max Beispiel: 6

Stimmenthaltungen: 1

Gegenstimmen: 1

Max Beispiel nimmt die Wahl an.
""")
    assert got == [
        ("resolution", {"yes": 7, "no": 0, "abstain": 1}),
        ("resolution", {"yes": 6, "no": 1, "abstain": 1}),
    ]
