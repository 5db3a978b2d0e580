"""Count a vote: quorum and majority from the ballots, as a pure function.

No database here: the services hand in who may vote and the ballots cast, and get back
the counts and whether the motion is adopted. The rules:

- simple: more yes than no; abstentions do not count; a tie rejects.
- two_thirds: yes at least two thirds of yes and no; abstentions do not count.
- unanimous: at least one yes and no no; abstentions do not break unanimity
  ("einstimmig bei Enthaltungen").
- no_objection: adopted unless someone objects; silence is consent, so the quorum
  does not apply.

Quorum: `share` = at least that percentage of those entitled took part, `number` = at
least that many, `none` = no quorum. Taking part is casting any ballot (abstaining too);
in a meeting, being present (the attendance list) when `present` is given.

With one vote per organisation, those entitled are counted per organisation (a member
without one counts alone) and of several ballots from one organisation the first cast
counts.
"""

from collections.abc import Iterable
from dataclasses import dataclass

SIMPLE, TWO_THIRDS, UNANIMOUS, NO_OBJECTION = "simple", "two_thirds", "unanimous", "no_objection"
MAJORITIES = (SIMPLE, TWO_THIRDS, UNANIMOUS, NO_OBJECTION)
QUORUM_NONE, QUORUM_SHARE, QUORUM_NUMBER = "none", "share", "number"
YES, NO, ABSTAIN, OBJECT = "yes", "no", "abstain", "object"
CHOICES = (YES, NO, ABSTAIN, OBJECT)

ADOPTED, REJECTED, QUORUM_MISSED = "adopted", "rejected", "quorum_missed"


@dataclass(frozen=True)
class Rules:
    majority: str = SIMPLE
    quorum_kind: str = QUORUM_SHARE
    quorum_value: int = 50
    one_vote_per_organisation: bool = False


@dataclass(frozen=True)
class Voter:
    """Someone entitled to vote: an id and the organisation they vote for (or None)."""

    id: int
    organisation: int | None = None


@dataclass(frozen=True)
class Cast:
    """A ballot: whose vote (voter id), the choice, and its order of casting."""

    voter: int
    choice: str
    order: int = 0


@dataclass(frozen=True)
class Outcome:
    result: str
    yes: int
    no: int
    abstain: int
    objections: int
    entitled: int
    took_part: int
    quorum_needed: int

    @property
    def adopted(self) -> bool:
        return self.result == ADOPTED

    @property
    def quorum_met(self) -> bool:
        return self.took_part >= self.quorum_needed


def _unit(voter: Voter, per_organisation: bool):
    if per_organisation and voter.organisation is not None:
        return ("org", voter.organisation)
    return ("voter", voter.id)


def quorum_needed(rules: Rules, entitled: int) -> int:
    """How many must take part for the vote to count."""
    if rules.majority == NO_OBJECTION or rules.quorum_kind == QUORUM_NONE:
        return 0
    if rules.quorum_kind == QUORUM_NUMBER:
        return rules.quorum_value
    # At least `quorum_value` percent, rounded up: 50 % of 7 is 4.
    return -(-entitled * rules.quorum_value // 100)


def count(
    rules: Rules,
    voters: Iterable[Voter],
    ballots: Iterable[Cast],
    *,
    present: int | None = None,
) -> Outcome:
    """Work out the outcome of a vote from who may vote and the ballots cast."""
    per_org = rules.one_vote_per_organisation
    by_id = {v.id: v for v in voters}
    entitled = len({_unit(v, per_org) for v in by_id.values()})
    counted: dict = {}
    for cast in sorted(ballots, key=lambda c: c.order):
        voter = by_id.get(cast.voter)
        if voter is None or cast.choice not in CHOICES:
            continue  # not entitled, or nothing we know: never counted
        counted.setdefault(_unit(voter, per_org), cast.choice)
    tally = {choice: 0 for choice in CHOICES}
    for choice in counted.values():
        tally[choice] += 1
    return decide(
        rules,
        yes=tally[YES],
        no=tally[NO],
        abstain=tally[ABSTAIN],
        objections=tally[OBJECT],
        entitled=entitled,
        took_part=len(counted) if present is None else present,
    )


def decide(
    rules: Rules, *, yes: int, no: int, abstain: int, objections: int, entitled: int, took_part: int
) -> Outcome:
    """Apply quorum and majority to counts (also for a show of hands typed in by hand)."""
    if rules.majority not in MAJORITIES:
        raise ValueError(f"unknown majority {rules.majority!r}")
    needed = quorum_needed(rules, entitled)
    if rules.majority == NO_OBJECTION:
        result = REJECTED if objections or no else ADOPTED
    elif took_part < needed:
        result = QUORUM_MISSED
    elif rules.majority == SIMPLE:
        result = ADOPTED if yes > no else REJECTED
    elif rules.majority == TWO_THIRDS:
        result = ADOPTED if yes > 0 and 3 * yes >= 2 * (yes + no) else REJECTED
    else:  # UNANIMOUS
        result = ADOPTED if yes > 0 and no == 0 else REJECTED
    return Outcome(
        result=result,
        yes=yes,
        no=no,
        abstain=abstain,
        objections=objections,
        entitled=entitled,
        took_part=took_part,
        quorum_needed=needed,
    )
