"""A decision not yet taken ("wird noch nicht genehmigt", "not yet approved") is no
decision; the same sentences without "noch nicht" / "not yet" still are."""

import pytest

from transferhub.protocols.reader import decisions


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Der Bericht wird noch nicht genehmigt.", None),
        ("Der Haushaltsplan wurde noch nicht beschlossen, er kommt in die nächste Sitzung.", None),
        ("The accounts were not yet approved.", None),
        ("The minutes of the last meeting have not yet been adopted.", None),
        ("Der Bericht wird einstimmig genehmigt.", "resolution"),
        ("Der Haushaltsplan wurde beschlossen.", "resolution"),
        ("The accounts were approved.", "agreement"),  # no vote told: agreed
        ("Der Antrag wurde abgelehnt.", "rejected"),
    ],
)
def test_a_decision_not_yet_taken_is_none(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind
