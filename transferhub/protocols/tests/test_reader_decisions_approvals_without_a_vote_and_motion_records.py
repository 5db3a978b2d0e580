"""An approval without a vote told is an agreement, with one a resolution (the corpus's label
rules); so is an approval by a named body ("The Board approved …", "Der Vorstand genehmigt …");
a motion's record ("Motion: …" / "Vote: …" / "Outcome: approved", "accepted: yes (for: 8, …)")
and a decision with its mover and seconder are resolutions."""

import pytest

from transferhub.protocols.reader import decisions, read_protocol


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Previous minutes approved.", "agreement"),
        ("The draft remit was ratified.", "agreement"),
        ("Das Protokoll der letzten Sitzung wird genehmigt.", "agreement"),
        ("Die Geschäftsordnung wird verabschiedet.", "agreement"),
        ("Previous minutes approved unanimously.", "resolution"),
        ("The budget was approved by a show of hands.", "resolution"),
        ("Das Protokoll wird einstimmig genehmigt.", "resolution"),
        ("Der Antrag wird angenommen.", "resolution"),
        ("The nomination of Sam as treasurer was accepted.", "resolution"),
        ("Minutes from the last meeting were agreed. Proposed: Kim, seconded: Lee", "resolution"),
        ("Das Protokoll wurde genehmigt. Proposed by Anna, seconded by Ben.", "resolution"),
        ("Das Protokoll der letzten Sitzung wird angenommen.", "agreement"),
        ("The group approved the new logo.", "agreement"),
    ],
)
def test_an_approval_is_agreed_unless_a_vote_or_a_motion_is_told(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "The Board approved the budget for 2025.",
        "Parish Council approved.",
        "The Board reviewed and accepted the suggested meeting dates.",
        "The complaints procedure was reviewed and adopted by the Board.",
        "The Standing Orders were agreed and adopted by the Board.",
        "The minutes were approved by the committee.",
        "Der Vorstand genehmigt das Protokoll der Sitzung vom 18.02.2026.",
        "Die Versammlung genehmigt den vorliegenden Statutenentwurf.",
        "Die Mitgliederversammlung hat den Haushaltsplan genehmigt.",
        "Die Geschäftsordnung wird von den Mitgliedern des Vorstandes bestätigt.",
        "Die Hausordnung wird vom Vorstand angenommen.",
    ],
)
def test_an_approval_by_a_named_body_is_a_resolution(sentence):
    assert decisions.sentence_kind(sentence) == "resolution"


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Hausordnung muss vom Vorstand genehmigt werden.",
        "- Sommerakademie: jährlich 10.000 €, von der MV 2016 bis auf Widerruf genehmigt",
        "The policy must be approved by the Board.",
    ],
)
def test_an_approval_by_a_body_still_to_come_or_listed_from_the_past_is_none(sentence):
    assert decisions.sentence_kind(sentence) is None


def _decisions(text: str) -> list[tuple[str, dict | None, str]]:
    r = read_protocol(text.encode(), filename="2024-03-12.md")
    return [(d["kind"], d["votes"], d["text"]) for a in r["agenda"] for d in a["decisions"]]


def test_an_approval_with_its_count_is_a_resolution():
    got = _decisions("""# Vorstandssitzung 12.03.2024

## TOP 1 Protokoll

Das Protokoll der letzten Sitzung wird genehmigt (5/0/1).
""")
    assert [(kind, votes) for kind, votes, _ in got] == [
        ("resolution", {"yes": 5, "no": 0, "abstain": 1})
    ]


def test_a_motion_record_with_its_outcome_on_a_line_of_its_own_is_one_resolution():
    got = _decisions("""# Parks committee 2024-03-12

## 1. Approval of minutes

- Motion: Approve the minutes of February 6.
- Vote: voice vote, ayes recorded.
- Outcome: approved.

## 2. Benches

- Motion: Buy four new benches for the north park.
- Result: failed
""")
    assert got == [
        ("resolution", None, "Motion: Approve the minutes of February 6."),
        ("rejected", None, "Motion: Buy four new benches for the north park."),
    ]


def test_a_vote_record_answered_yes_with_its_count_is_one_resolution():
    got = _decisions("""# Technical committee 2024-03-12

## 1. Release

No blockers for the release.

topic: Accept PR #123 into the 2.1 release
Proposed by Kim.
opened: 2024-03-12
closed: 2024-03-12
accepted: yes   (for: 7, against: 0, abstained: 1, not voted: 2)

## 2. Satzung

Antrag: Die Beitragsordnung wird geändert.
Angenommen: nein (2 dafür, 5 dagegen, 0 Enthaltungen)
""")
    assert [(kind, votes) for kind, votes, _ in got] == [
        ("resolution", {"yes": 7, "no": 0, "abstain": 1}),
        ("rejected", {"yes": 2, "no": 5, "abstain": 0}),
    ]


def test_approved_alone_under_an_approval_heading_is_an_agreement_and_under_a_motion_a_resolution():
    got = _decisions("""# Members' meeting 2024-03-12

## Approval of previous minutes

Approved

## Genehmigung des Protokolls

Der Vorstand genehmigt das Protokoll der letzten Sitzung.

## Workshop

Motion: Buy a new lathe for the workshop.

Outcome: approved.
""")
    assert [(kind, text) for kind, _, text in got] == [
        ("agreement", "Approved"),
        ("resolution", "Der Vorstand genehmigt das Protokoll der letzten Sitzung."),
        ("resolution", "Motion: Buy a new lathe for the workshop."),
    ]
