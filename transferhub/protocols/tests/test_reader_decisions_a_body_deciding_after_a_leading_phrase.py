"""A body's decision after a phrase in front of it is read as at the sentence's start: "On a
motion by Tom Hale, seconded by Rita Moss, the Board approved the budget" (a motion: a
resolution), "After discussion, the committee adopted the rules", "In light of the costs,
the team decided to drop the feature". Not after a condition or a time clause ("If …",
"When …"), an earlier year or meeting ("In 2019, …", "After the last meeting, …"), a sentence
added to one told before ("In addition, …"), nor a body that did not decide."""

import pytest

from transferhub.protocols.reader import decisions


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("On a motion by Tom Hale, seconded by Rita Moss, the Board approved the budget.",
         "resolution"),
        ("After discussion, the committee adopted the new house rules.", "resolution"),
        ("Following a review of the quotes, the council accepted the lower one.", "resolution"),
        ("In light of the costs, the team decided to drop the feature.", "agreement"),
        ("After discussion, the minutes were approved.", "agreement"),
        ("On a motion by Anna, seconded by Tom, the members agreed to raise the fee.",
         "resolution"),
    ],
)  # fmt: skip
def test_the_clause_after_the_phrase_decides(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2019, the board approved a similar budget.",
        "After the last meeting, the board approved the budget by mail.",
        "In addition, the council decided they did not wish to buy kiosks.",
        "If the board approves the budget, Anna will book the hall.",
        "After discussion, the board did not approve the budget.",
        "After discussion, the board will decide in May.",
    ],
)
def test_an_earlier_time_an_addition_a_condition_or_no_decision(sentence):
    assert decisions.sentence_kind(sentence) is None


def test_german_sentences_are_read_as_before():
    # A German phrase in front is read by the German patterns, as before.
    assert (
        decisions.sentence_kind("Nach kurzer Diskussion wird der Antrag einstimmig angenommen.")
        == "resolution"
    )
    assert decisions.sentence_kind("Nach kurzer Diskussion vertagt sich die Runde.") is None
