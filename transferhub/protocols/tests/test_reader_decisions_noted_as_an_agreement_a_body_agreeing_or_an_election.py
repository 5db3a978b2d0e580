"""Notes that open with the agreement ("Agreement that …"), a body agreeing in the present
("Board agrees to …") and an election after another participle ("was nominated and elected")
are decisions; a plan ("Board will vote on …") and a motion's own wording are none."""

import pytest

from transferhub.protocols.reader import decisions, read_protocol


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Agreement that the new format is better and that we switch soon.", "agreement"),
        ("Einigung darauf, dass wir das neue Format nutzen.", "agreement"),
        ("Board agrees to ask helpers to arrive at 8:30.", "agreement"),
        ("Der Vorstand einigt sich darauf, Helfer um 8:30 zu bestellen.", "agreement"),
        ("Kim was nominated and elected chair.", "resolution"),
        ("Kim wurde vorgeschlagen und einstimmig zur Vorsitzenden gewählt.", "resolution"),
    ],
)
def test_an_agreement_noted_or_an_election_after_a_nomination_decides(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Board will vote on the final rubric.",
        "Kim was nominated and not elected.",
        "Agreement on the budget is still missing?",
        "The Council ratifies the results of the election.",  # a motion's wording
    ],
)
def test_a_plan_a_failed_election_or_a_motion_wording_decides_nothing(sentence):
    assert decisions.sentence_kind(sentence) is None


def test_a_motion_worded_in_the_present_is_decided_once_by_its_outcome():
    r = read_protocol(
        b"""# Executive council 2018-12-13

## 1. Election results

* Motion to ratify the results:

    * The Executive Council ratifies the results of the election

    * Moved by Kim, seconded by Lee

    * Motion passed.
""",
        filename="2018-12-13.md",
    )
    got = [d["kind"] for a in r["agenda"] for d in a["decisions"]]
    assert got == ["resolution"]
