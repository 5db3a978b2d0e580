"""Decisions noted without "was"/"wird": "Treasurer's report accepted.", "Protokoll genehmigt."."""

import pytest

from transferhub.protocols.reader import read_protocol


def _decisions(body: str) -> list[dict]:
    r = read_protocol(
        (
            "# Vorstandssitzung am 05.03.2024\n\n## 1. Berichte\n\n"
            + body
            + "\n\n## 2. Sonstiges\n\n"
            "Nichts.\n"
        ).encode(),
        filename="x.md",
    )
    return [d for item in r["agenda"] for d in item["decisions"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Treasurer's report accepted.",
        "Finance committee report approved unanimously.",
        "Minutes accepted as a true record.",
        "Minutes approved as circulated.",
        "Minutes approved with minor amendments.",
        "Protokoll der letzten Sitzung genehmigt.",
        "Kassenbericht einstimmig angenommen.",
    ],
)
def test_a_thing_and_its_outcome_is_a_resolution(sentence):
    found = _decisions("We went through the figures. " + sentence)
    assert [(d["kind"], d["text"]) for d in found] == [("resolution", sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Report to be accepted next time.",
        "Protokoll soll beim nächsten Mal genehmigt werden.",
        "Kassenbericht noch nicht angenommen, Belege fehlen.",
    ],
)
def test_an_outcome_still_to_come_is_no_decision(sentence):
    assert _decisions(sentence) == []
