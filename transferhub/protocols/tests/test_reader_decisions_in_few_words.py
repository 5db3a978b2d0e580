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
        ("Minutes of August 23 meeting approved.", "resolution"),
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
