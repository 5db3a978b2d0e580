"""The counting of a vote, case by case: quorum, majorities, abstentions, one vote per organisation."""

import pytest

from transferhub.votes.counting import (
    ADOPTED,
    QUORUM_MISSED,
    REJECTED,
    Cast,
    Rules,
    Voter,
    count,
    decide,
)

SEVEN = [Voter(i) for i in range(1, 8)]


def ballots(*choices):
    return [Cast(voter=i, choice=c, order=i) for i, c in enumerate(choices, start=1)]


# (case, rules, ballots cast by voters 1.. in order, expected result, yes, no, abstain)
CASES = [
    ("simple: more yes than no", Rules(), ballots("yes", "yes", "no", "abstain"), ADOPTED),
    ("simple: a tie rejects", Rules(), ballots("yes", "yes", "no", "no"), REJECTED),
    (
        "simple: abstentions do not count",
        Rules(),
        ballots("yes", "abstain", "abstain", "abstain"),
        ADOPTED,
    ),
    (
        "simple: only abstentions reject",
        Rules(),
        ballots("abstain", "abstain", "abstain", "abstain"),
        REJECTED,
    ),
    ("quorum missed: 3 of 7 at 50 %", Rules(), ballots("yes", "yes", "yes"), QUORUM_MISSED),
    (
        "quorum met: 4 of 7 at 50 % (rounded up)",
        Rules(),
        ballots("yes", "yes", "yes", "no"),
        ADOPTED,
    ),
    (
        "quorum by number missed",
        Rules(quorum_kind="number", quorum_value=5),
        ballots("yes", "yes", "yes", "yes"),
        QUORUM_MISSED,
    ),
    (
        "quorum by number met",
        Rules(quorum_kind="number", quorum_value=5),
        ballots("yes", "yes", "yes", "yes", "no"),
        ADOPTED,
    ),
    ("no quorum: one voter decides", Rules(quorum_kind="none"), ballots("yes"), ADOPTED),
    (
        "abstentions count for the quorum",
        Rules(),
        ballots("yes", "abstain", "abstain", "abstain"),
        ADOPTED,
    ),
    (
        "two thirds: exactly 2 of 3",
        Rules(majority="two_thirds"),
        ballots("yes", "yes", "no", "abstain"),
        ADOPTED,
    ),
    (
        "two thirds: 3 of 5 is short",
        Rules(majority="two_thirds"),
        ballots("yes", "yes", "yes", "no", "no"),
        REJECTED,
    ),
    (
        "two thirds: 4 of 6 is enough",
        Rules(majority="two_thirds", quorum_kind="none"),
        ballots("yes", "yes", "yes", "yes", "no", "no"),
        ADOPTED,
    ),
    (
        "two thirds: abstentions only reject",
        Rules(majority="two_thirds"),
        ballots("abstain", "abstain", "abstain", "abstain"),
        REJECTED,
    ),
    (
        "unanimous: all yes",
        Rules(majority="unanimous"),
        ballots("yes", "yes", "yes", "yes"),
        ADOPTED,
    ),
    (
        "unanimous with abstentions",
        Rules(majority="unanimous"),
        ballots("yes", "yes", "abstain", "abstain"),
        ADOPTED,
    ),
    (
        "unanimous: one no rejects",
        Rules(majority="unanimous"),
        ballots("yes", "yes", "yes", "no"),
        REJECTED,
    ),
    (
        "unanimous: abstentions only reject",
        Rules(majority="unanimous"),
        ballots("abstain", "abstain", "abstain", "abstain"),
        REJECTED,
    ),
    ("no objection: silence is consent", Rules(majority="no_objection"), [], ADOPTED),
    (
        "no objection: one objection rejects",
        Rules(majority="no_objection"),
        ballots("object"),
        REJECTED,
    ),
    (
        "no objection: the quorum does not apply",
        Rules(majority="no_objection", quorum_kind="number", quorum_value=7),
        [],
        ADOPTED,
    ),
]


@pytest.mark.parametrize(("case", "rules", "cast", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_case_of_the_table_is_counted_as_the_rules_say(case, rules, cast, expected):
    assert count(rules, SEVEN, cast).result == expected


def test_the_counts_are_reported_with_the_result():
    outcome = count(Rules(), SEVEN, ballots("yes", "yes", "no", "abstain"))
    assert (outcome.yes, outcome.no, outcome.abstain, outcome.entitled, outcome.took_part) == (
        2,
        1,
        1,
        7,
        4,
    )
    assert outcome.quorum_needed == 4 and outcome.quorum_met and outcome.adopted


def test_one_vote_per_organisation_counts_the_first_ballot_of_each():
    voters = [
        Voter(1, organisation=10),
        Voter(2, organisation=10),
        Voter(3, organisation=20),
        Voter(4),
    ]
    rules = Rules(one_vote_per_organisation=True, quorum_kind="none")
    cast = [Cast(2, "no", order=1), Cast(1, "yes", order=2), Cast(3, "yes", order=3)]
    outcome = count(rules, voters, cast)
    assert outcome.entitled == 3  # two organisations and one member without
    assert (outcome.yes, outcome.no) == (1, 1)
    assert outcome.result == REJECTED  # a tie: the first ballot of organisation 10 was no


def test_without_the_organisation_rule_every_member_counts():
    voters = [Voter(1, organisation=10), Voter(2, organisation=10), Voter(3, organisation=20)]
    outcome = count(
        Rules(quorum_kind="none"), voters, [Cast(1, "yes"), Cast(2, "yes"), Cast(3, "no")]
    )
    assert (outcome.entitled, outcome.yes, outcome.no, outcome.result) == (3, 2, 1, ADOPTED)


def test_ballots_of_others_and_unknown_options_are_never_counted():
    outcome = count(
        Rules(quorum_kind="none"), SEVEN, [Cast(99, "yes"), Cast(1, "maybe"), Cast(2, "no")]
    )
    assert (outcome.yes, outcome.no, outcome.took_part) == (0, 1, 1)


def test_in_a_meeting_the_quorum_comes_from_those_present():
    outcome = count(Rules(), SEVEN, ballots("yes", "yes"), present=4)
    assert outcome.took_part == 4 and outcome.result == ADOPTED
    assert count(Rules(), SEVEN, ballots("yes", "yes"), present=3).result == QUORUM_MISSED


def test_a_show_of_hands_is_decided_from_the_counts_typed_in():
    outcome = decide(Rules(), yes=5, no=2, abstain=1, objections=0, entitled=10, took_part=8)
    assert outcome.result == ADOPTED
    assert (
        decide(Rules(), yes=5, no=2, abstain=1, objections=0, entitled=20, took_part=8).result
        == QUORUM_MISSED
    )
