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
    ("sentence", "kind"),
    [
        # Approved without a vote told: agreed, as the corpus's label rules read it; a
        # vote told ("unanimously", "einstimmig") makes it a resolution.
        ("Treasurer's report accepted.", "agreement"),
        ("Finance committee report approved unanimously.", "resolution"),
        ("Minutes accepted as a true record.", "agreement"),
        ("Minutes approved as circulated.", "agreement"),
        ("Minutes approved with minor amendments.", "agreement"),
        ("Protokoll der letzten Sitzung genehmigt.", "agreement"),
        ("Kassenbericht einstimmig angenommen.", "resolution"),
    ],
)
def test_a_thing_and_its_outcome_is_a_decision(sentence, kind):
    found = _decisions("We went through the figures. " + sentence)
    assert [(d["kind"], d["text"]) for d in found] == [(kind, sentence)]


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
