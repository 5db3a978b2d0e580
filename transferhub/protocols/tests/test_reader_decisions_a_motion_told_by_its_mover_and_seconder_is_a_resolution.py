"""A motion told by who moved it and who seconded it, its outcome left unsaid, is a resolution
("It was proposed by G. Clere and seconded by P. Markwell that the minutes be signed", "Chris
moved, Peter seconded that …", "… makes a motion to adjourn, Councilwoman Mullins seconds"), as
parish councils, clubs and town councils record them; the movers alone under a motion
("Moved by Karen, seconded by Amy") are no second decision."""

import pytest

from transferhub.protocols.reader import decisions, read_protocol


@pytest.mark.parametrize(
    "sentence",
    [
        "It was proposed by G. Clere and seconded by P. Markwell that the minutes of the "
        "meeting held on 13th January 2004 be signed as a correct record.",
        "Proposed by G. Clere and seconded by Mrs. Berry - recommend approval.",
        "B. Glover proposed and M. Grief seconded that Mrs. Cann be co-opted as a Councillor.",
        "Chris moved, Peter seconded that no auditor be appointed for this financial year.",
        "Peter moved the President's Report, seconded by Rod.",
        "The motion to adopt was made by Robert Barton Jr., Craig Strawser second, with "
        "Christopher Strawser making it unanimous.",
        "Councilman Cauthorne makes a motion to adjourn Councilwoman Mullins seconds.",
    ],
)
def test_a_motion_with_its_mover_and_seconder_is_a_resolution(sentence):
    assert decisions.sentence_kind(sentence) == "resolution"


@pytest.mark.parametrize(
    "sentence",
    [
        "Moved by Karen, seconded by Amy",
        "(proposed by Michael Sutherland, seconded by David Henderson)",
        "Lawrence moved, Peter seconded.",
        "The motion was not seconded.",
        "All moves in 80 minutes plus a 10 second increment on every move.",
        "Anna asked whether anyone had moved and seconded the motion.",
        # German minutes tell a motion's outcome; the motion alone decides nothing.
        "Anna stellt den Antrag, das Budget zu erhöhen, Tom unterstützt den Antrag.",
        "Der Antrag wurde von Anna gestellt und von Tom unterstützt.",
    ],
)
def test_the_movers_alone_an_unseconded_motion_or_seconds_on_a_clock_are_no_decision(sentence):
    assert decisions.sentence_kind(sentence) is None


def _decisions(text: str) -> list[tuple[str, str]]:
    r = read_protocol(text.encode(), filename="2004-03-11.md")
    return [(d["kind"], d["text"]) for a in r["agenda"] for d in a["decisions"]]


def test_parish_council_motions_each_give_one_resolution_and_a_lost_one_is_rejected():
    got = _decisions("""# West Dereham Parish Council 11 March 2004

## Minutes

It was proposed by B. Glover and seconded by Mrs. Berry that the minutes of the February meeting be signed as a correct record.

## Payments

It was proposed by Mrs. Fisher and seconded by Mrs. Berry that these accounts be paid.

## Bench

It was proposed by M. Grief and seconded by B. Glover that a new bench be bought.

The motion was lost.
""")
    assert [kind for kind, _ in got] == ["resolution", "resolution", "rejected"]


def test_a_motion_and_its_outcome_below_stay_one_resolution_with_its_count():
    got = _decisions("""# Vorstandssitzung 11.03.2004

## TOP 1 Budget

Anna moved, Tom seconded that the budget for the summer party be raised to 500 euros.

Angenommen (5/0/1).

## TOP 2 Protokoll

Das Protokoll wird einstimmig genehmigt.
""")
    assert [kind for kind, _ in got] == ["resolution", "resolution"]
    r = read_protocol(
        b"# Board 2004-03-11\n\n## 1. Budget\n\nAnna moved, Tom seconded that the budget be "
        b"raised.\n\nAngenommen (5/0/1).\n",
        filename="board.md",
    )
    assert [d["votes"] for a in r["agenda"] for d in a["decisions"]] == [
        {"yes": 5, "no": 0, "abstain": 1}
    ]


def test_initials_and_english_titles_end_no_sentence():
    from transferhub.protocols.reader.content import split_sentences

    assert split_sentences(
        "It was proposed by G. Clere and seconded by Mrs. Berry that the minutes be signed. "
        "The motion was made by Robert Barton, Jr. Craig Strawser second."
    ) == [
        "It was proposed by G. Clere and seconded by Mrs. Berry that the minutes be signed.",
        "The motion was made by Robert Barton, Jr. Craig Strawser second.",
    ]
    assert split_sentences("Den Antrag stellt H. Müller. Er wird angenommen.") == [
        "Den Antrag stellt H. Müller.",
        "Er wird angenommen.",
    ]
