"""Decisions in running text as councils, clubs and associations record them."""

import pytest

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.decisions import sentence_kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Acceptance was proposed by Ray Thompson, seconded Debroy Summers, all agreed.",
        "Proposed by Cllr Smith, seconded by Cllr Jones, all in favour.",
        "All agreed.",
        "The minutes of the 09/09/08 were confirmed as a true record of the meeting.",
        "Mrs Margaret Mansell was duly co-opted to fill the one vacancy.",
        "Der Vorschlag von Anna wird vorgetragen, alle dafür.",
    ],
)
def test_a_motion_carried_by_the_room_is_a_resolution(sentence):
    assert sentence_kind(sentence) == "resolution"


@pytest.mark.parametrize(
    "sentence",
    [
        "As reserves remain high it was agreed the precept would not be increased for 2009.",
        "It was agreed two signs should be purchased for the Green.",
        "It is not legal to drive on the Green and it was decided a letter should be sent.",
    ],
)
def test_it_was_agreed_inside_a_sentence_is_an_agreement(sentence):
    assert sentence_kind(sentence) == "agreement"


@pytest.mark.parametrize(
    "sentence",
    [
        "Not all agreed with the plan.",
        "Copies of the report were passed to Councillors.",
        "Cllr Sampson confirmed he was aware of the problems.",
        "As it was agreed at the last meeting, the clerk wrote to the council.",
    ],
)
def test_no_decision(sentence):
    assert sentence_kind(sentence) is None


def test_an_item_that_is_one_sentence_records_its_decision():
    r = read_protocol(
        b"MINUTES OF THE PARISH COUNCIL MEETING HELD ON 11 NOVEMBER 2008\n\n"
        b"1. Apologies\nNone.\n\n2. Accounts were presented and accepted for payment.\n\n"
        b"3. Planning\nNo applications.\n",
        filename="x.txt",
    )
    assert [len(a["decisions"]) for a in r["agenda"]] == [0, 1, 0]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("More DL / NN features? → General consensus is No", "agreement"),
        ("Neue Räume? -> Wir einigen uns auf den Keller", "agreement"),
        ("Voted in by all present.", "resolution"),
        ("MOTION: Proposed by Ben and seconded by James. Passed? Yes.", "resolution"),
    ],
)
def test_answers_after_an_arrow_and_short_outcomes(sentence, kind):
    assert sentence_kind(sentence) == kind


def test_results_numbered_as_the_motions_they_answer():
    from transferhub.protocols.reader.decisions import outcome_alone

    assert outcome_alone("1. Approved.") == "resolution"
    assert outcome_alone("2) Abgelehnt.") == "rejected"


def test_headings_all_at_one_level_below_the_top_are_all_items():
    r = read_protocol(
        b"#### Olivier\nReviewing the GLM.\n\n#### Roman\nWorking on GLM.\n\n#### Hanmin\nReviewing.\n",
        filename="2019-08-26.md",
    )
    assert [a["title"] for a in r["agenda"]] == ["Olivier", "Roman", "Hanmin"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dem Antrag zur Entlastung des Vorstands für das Jahr 2023 wird (15 Ja, 0 Nein, 7 Enthaltung) "
        "entsprochen.",
        "Dem Antrag wird stattgegeben.",
        "Thomas Krause wird als Kassenprüfer und Alexander Struck als stellvertretender Kassenprüfer "
        "mit 21 Ja, 0 Nein, 1 Enthaltung für die nächste Amtsperiode (1 Jahr) des Vereins gewählt.",
    ],
)
def test_german_grants_and_long_elections(sentence):
    assert sentence_kind(sentence) == "resolution"


def test_a_list_under_a_decisions_heading_is_decisions():
    r = read_protocol(
        b"# Treffen am 16.04.2019\n\n## Inhalte\n\n- Story besprochen\n\n## Festlegungen\n"
        b"- Kein Treffen am 23.04.2019\n- Zielgruppe wird auf 10-12 Jahre festgelegt\n\n"
        b"## Aufgaben\n- Logo entwerfen\n",
        filename="x.md",
    )
    found = [(d["kind"], d["text"]) for a in r["agenda"] for d in a["decisions"]]
    assert found == [
        ("agreement", "Kein Treffen am 23.04.2019"),
        ("agreement", "Zielgruppe wird auf 10-12 Jahre festgelegt"),
    ]


def test_an_english_decisions_heading_inside_an_item():
    r = read_protocol(
        b"# Board meeting 2015-11-22\n\n## Journal\n\nDiscussed the name.\n\n### Decisions\n\n"
        b"- The journal is called Open Journal\n- Reviews are public\n\n## Website\n\nDone.\n",
        filename="x.md",
    )
    assert [len(a["decisions"]) for a in r["agenda"]] == [2, 0]
