"""A talk, an item or a review the meeting puts off is a postponement, told in the passive of
any tense, the future included ("The workshop demo will be postponed until the next
meeting", "Item 4 was deferred", "The review of the statutes has been postponed until May"),
or without its subject ("Deferred to the next call"). Not put off: a meeting or the whole
agenda (the calendar's), a talk that may be or was not postponed, a condition or a question,
"tabled" alone (laid before the meeting) and "deferred" alone (a kind of payment)."""

import pytest

from transferhub.protocols.reader import decisions, read_protocol


@pytest.mark.parametrize(
    "sentence",
    [
        "The workshop demo will be postponed until the next meeting because only four came.",
        "The talk on backups was postponed to the next meeting.",
        "Item 4 was deferred.",
        "The review of the statutes has been postponed until May.",
        "The fee question is deferred to the autumn meeting.",
        "Deferred to the next call.",
        "Postponed until the auditor has replied.",
        "Tabled pending the result of the survey.",
    ],
)
def test_the_put_off_is_a_postponement(sentence):
    assert decisions.sentence_kind(sentence) == "postponement"


@pytest.mark.parametrize(
    "sentence",
    [
        "The May meeting was postponed because of the holiday.",
        "Regular agenda was tabled due to low attendance.",
        "The workshop demo may be postponed.",
        "The workshop demo will not be postponed.",
        "The talk on backups was not postponed.",
        "If the vote is postponed, we lose the grant.",
        "Should the demo be postponed?",
        "Payment of the hall invoice was deferred.",
        "Deferred income was shown in the balance sheet.",
        "Lena deferred to Omar, who presented the plan.",
    ],
)
def test_a_meeting_a_modal_a_condition_or_another_sense_puts_nothing_off(sentence):
    assert decisions.sentence_kind(sentence) is None


def test_the_accounts_tabled_and_approved_are_approved_not_put_off():
    assert decisions.sentence_kind("The accounts were tabled and approved.") == "agreement"


def test_in_english_minutes_the_postponed_talk_is_a_decision():
    text = (
        "# Users group meeting 12 June 2024\n\n"
        "There were 5 attendees.\n\n"
        "**Fest planning**\n\n"
        "- The stand will be staffed by Lena and Omar.\n\n"
        "**Talks**\n\n"
        "- The shell scripting talk will be postponed until the next meeting "
        "because of the small number of people present.\n"
    )
    found = [d for it in read_protocol(text.encode(), filename="x.md")["agenda"]
             for d in it["decisions"]]  # fmt: skip
    assert [d["kind"] for d in found] == ["postponement"]


def test_german_sentences_keep_the_german_rules():
    # Only the English passive is read here: a question put off to a later meeting is a
    # postponement as before, "verschoben" without a later date moves it down the page.
    assert decisions.sentence_kind("Die Frage wird auf die nächste Sitzung vertagt.") == (
        "postponement"
    )
    assert decisions.sentence_kind("Der Vortrag wird verschoben, siehe unten.") is None
