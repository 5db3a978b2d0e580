"""A paragraph closed by an outcome alone ("… could be circulated. AGREED") is decided by it;
a "not" in a later clause does not deny an agreement ("AGREED to pay on the understanding we
may not …"), one at the verb does; a body deciding to defer puts the matter off."""

import pytest

from transferhub.protocols.reader import decisions, read_protocol


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("AGREED to pay on the understanding we may not be able to pay every year.", "agreement"),
        ("Wir einigen uns auf den Mai, auch wenn nicht alle können.", "agreement"),
        ("The council decided to defer the decision pending further consultation.", "postponement"),
        ("We agreed on nothing.", None),
        ("Wir einigen uns nicht.", None),
    ],
)
def test_a_negation_denies_an_agreement_only_at_its_verb(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind


def _decisions(text: str) -> list[tuple[str, str]]:
    r = read_protocol(text.encode(), filename="2016-01-26.md")
    return [(d["kind"], d["text"]) for a in r["agenda"] for d in a["decisions"]]


def test_an_outcome_closing_a_paragraph_decides_what_it_proposed():
    got = _decisions("""# Friends of the library 2016-01-26

## 3. Park

Tom brought a form asking for friends for the town park and asked if this could be
circulated. AGREED

## 4. Maps

Ali asked if we could sell cycle maps, which would bring a small income. AGREED

## 5. Bänke

Der Kassenwart schlägt vor, zwei neue Bänke zu kaufen. Angenommen.

## 6. Beitrag

Max stellt den Antrag, den Beitrag zu senken. Abgelehnt.

## 7. Talks

We talked about the spring talks. Later more.
""")
    # Accepted without a vote told is agreed; a motion's outcome is a vote's.
    assert [kind for kind, _ in got] == ["agreement", "agreement", "agreement", "rejected"]
    assert got[0][1].startswith("Tom brought a form")
