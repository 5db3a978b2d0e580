"""Decisions written in few words: "vertagt" under a motion, "Minutes approved.", "Consensus is …"."""

import pytest

from transferhub.protocols.reader import decisions, read_protocol


def _decisions(text: str) -> list[str]:
    r = read_protocol(text.encode(), filename="2019-04-10.md")
    return [d["kind"] for a in r["agenda"] for d in a["decisions"]]


@pytest.mark.parametrize("word", ["vertagt", "Verschoben.", "Postponed.", "deferred", "Tabled."])
def test_an_outcome_putting_the_motion_off_is_a_postponement(word):
    got = _decisions(f"""# Sitzung 10.04.2019

## 1. Sommerfest

* Antrag auf ein Sommerfest im Juni
* {word}
""")
    assert got == ["postponement"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Minutes of August 23 meeting approved.", "agreement"),  # approved, no vote told
        ("Budget adopted unanimously.", "resolution"),
        ("Nomination of the new treasurer accepted", "resolution"),
        ("Consensus is that we wait for the next release.", "agreement"),
    ],
)
def test_english_decisions_without_an_auxiliary(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "The minutes of the meeting should be approved by email.",
        "Budget to be adopted next month.",
        "Proposal will be accepted once signed.",
    ],
)
def test_a_decision_still_to_come_is_none(sentence):
    assert decisions.sentence_kind(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Insufficient number of members for a quorum, agreed to try again on 25th February.",
        "Budget: we agreed to spend 100 EUR on the party.",
    ],
)
def test_an_agreement_after_a_short_clause(sentence):
    assert decisions.sentence_kind(sentence) == "agreement"


def test_a_disagreement_after_a_clause_is_none():
    assert decisions.sentence_kind("After some discussion, nothing was agreed.") is None


@pytest.mark.parametrize(
    "heading",
    [
        "## 10 Date and Time of Next Meeting",
        "## 10. Termin der nächsten Sitzung",
        "## Date of the next meeting",
    ],
)
def test_the_next_meeting_under_an_item_named_for_it(heading):
    r = read_protocol(
        f"# AGM 12 November 2019\n\n## 1. Opening\n\nWelcome.\n\n{heading}\n\n"
        "The 2020 AGM will be held on 10 November 2020, venue to be advised.\n".encode(),
        filename="x.md",
    )
    assert r["next_meeting"]["date"] == "2020-11-10"
