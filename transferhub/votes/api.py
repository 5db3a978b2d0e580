"""Votes in the JSON API: votes, one's own ballot, outcomes — as far as the user may see them.

A ninja Router mounted on the API (transferhub.api.v1). It imports nothing of the api app
(which sits above votes): refusals are raised as ninja's HttpError and Http404,
which the API turns into its JSON problems.
"""

import datetime as dt
from typing import Annotated

from django.db.models import Count, Q
from django.http import Http404
from ninja import Path, Query, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate
from pydantic import Field

from transferhub.lib.api_schemas import MAX_ID, LimitOffset, Page, responses
from transferhub.lib.refusals import refusal_means_conflict
from transferhub.network.permissions import body_roles, can_manage_body, is_secretariat

from . import services
from .models import Vote, Voter

router = Router(tags=["Abstimmungen"])

VoteId = Annotated[int, Path(..., ge=1, le=MAX_ID)]


class RulesOut(Schema):
    majority: str
    quorum_kind: str
    quorum_value: int
    named: bool
    proxies_allowed: bool
    results_while_open: bool
    one_vote_per_organisation: bool


COUNTS = ("yes", "no", "abstain", "objections", "entitled", "took_part", "quorum_needed")


def _count(key: str):
    return staticmethod(lambda vote: (vote.counts or {}).get(key, 0))


class OutcomeOut(Schema):
    """Read from a closed vote: its result, its counts and the decision it made."""

    result: str = Field(description="adopted, rejected oder quorum_missed")
    yes: int
    no: int
    abstain: int
    objections: int
    entitled: int
    took_part: int
    quorum_needed: int
    decision_id: int | None
    register_number: str | None
    closed_at: dt.datetime | None

    resolve_yes, resolve_no, resolve_abstain, resolve_objections = map(_count, COUNTS[:4])
    resolve_entitled, resolve_took_part, resolve_quorum_needed = map(_count, COUNTS[4:])

    @staticmethod
    def resolve_register_number(vote: Vote) -> str | None:
        return vote.decision.register_number if vote.decision_id else None


class VoteOut(Schema):
    id: int
    body_id: int
    kind: str
    title: str
    motion: str
    reasoning: str
    state: str
    deadline: dt.datetime | None
    meeting_id: int | None
    agenda_item_id: int | None
    started_at: dt.datetime
    rules: RulesOut
    voters: int = Field(alias="voter_count")
    ballots_cast: int | None = Field(description="nur für die Leitung und die Geschäftsstelle")
    outcome: OutcomeOut | None

    @staticmethod
    def resolve_meeting_id(vote: Vote) -> int | None:
        # A written procedure names its record meeting only once it is closed.
        shown = vote.kind == Vote.Kind.MEETING or vote.state == Vote.State.CLOSED
        return vote.meeting_id if shown else None

    @staticmethod
    def resolve_rules(vote: Vote) -> dict:
        rules = vote.rules or {}
        return {
            "majority": vote.majority,
            "quorum_kind": rules.get("quorum_kind", "share"),
            "quorum_value": int(rules.get("quorum_value", 50)),
            "named": vote.named,
            "proxies_allowed": vote.proxies_allowed,
            "results_while_open": vote.results_while_open,
            "one_vote_per_organisation": bool(rules.get("one_vote_per_organisation")),
        }

    @staticmethod
    def resolve_ballots_cast(vote: Vote, context) -> int | None:
        manages = can_manage_body(context["request"].user, vote.body_id)
        return vote.ballot_count if manages else None

    @staticmethod
    def resolve_outcome(vote: Vote) -> Vote | None:
        return vote if vote.state == Vote.State.CLOSED else None


class BallotOut(Schema):
    """Read from a voter: their ballot, their proxy and the votes handed to them."""

    vote_id: int
    voter_id: int = Field(alias="pk")
    choice: str | None
    cast_at: dt.datetime | None
    cast_by_voter_id: int | None
    proxy_to_person_id: int | None
    holds_proxy_for_voter_ids: list[int]
    may_vote: bool

    @staticmethod
    def resolve_choice(voter) -> str | None:
        return voter.ballot.choice if hasattr(voter, "ballot") else None

    @staticmethod
    def resolve_cast_at(voter) -> dt.datetime | None:
        return voter.ballot.cast_at if hasattr(voter, "ballot") else None

    @staticmethod
    def resolve_cast_by_voter_id(voter) -> int | None:
        return voter.ballot.cast_by_id if hasattr(voter, "ballot") else None

    @staticmethod
    def resolve_proxy_to_person_id(voter) -> int | None:
        return voter.proxy.person_id if voter.proxy_id else None

    @staticmethod
    def resolve_holds_proxy_for_voter_ids(voter) -> list[int]:
        return list(voter.proxies_held.values_list("pk", flat=True))

    @staticmethod
    def resolve_may_vote(voter) -> bool:
        return voter.vote.accepts_ballots and voter.proxy_id is None


class BallotIn(Schema):
    choice: str = Field(
        max_length=20, description="yes, no, abstain (oder object bei „ohne Widerspruch“)"
    )
    for_voter_id: int | None = Field(
        None, ge=1, le=MAX_ID, description="die Stimme, die Sie übertragen bekommen haben"
    )


def _visible(user):
    if is_secretariat(user):
        return Vote.objects.all()
    if not user.is_authenticated:
        return Vote.objects.none()
    return Vote.objects.filter(
        Q(body_id__in=list(body_roles(user))) | Q(voters__person__user=user)
    ).distinct()


def _with_counts(votes):
    # Counted over a fresh query: `_visible` joins the voters to filter, and counting
    # over that join would count only the asking person's own row.
    votes = Vote.objects.filter(pk__in=votes.values("pk"))
    return votes.select_related("decision").annotate(
        voter_count=Count("voters", distinct=True), ballot_count=Count("ballots", distinct=True)
    )


def _load(request, vote_id: int) -> Vote:
    vote = _with_counts(_visible(request.user)).filter(pk=vote_id).first()
    if vote is None:
        raise Http404
    return vote


@router.get(
    "/votes", response=responses(200, Page[VoteOut]), summary="Abstimmungen und Umlaufverfahren"
)
@paginate(LimitOffset)
def list_votes(
    request,
    body: int | None = Query(None, ge=1, le=MAX_ID),
    state: str | None = Query(None, pattern="^(open|closed|cancelled)$"),
):
    votes = _visible(request.user)
    if body is not None:
        votes = votes.filter(body_id=body)
    if state is not None:
        votes = votes.filter(state=state)
    # The counts are worked out for the page's ids only, not over the whole filtered list.
    return _with_counts(votes).order_by("-started_at", "-pk")


@router.get("/votes/{vote_id}", response=responses(200, VoteOut), summary="Abstimmung")
def get_vote(request, vote_id: VoteId):
    return _load(request, vote_id)


@router.get(
    "/votes/{vote_id}/outcome",
    response=responses(200, OutcomeOut),
    summary="Ergebnis einer Abstimmung",
)
def get_outcome(request, vote_id: VoteId):
    vote = _load(request, vote_id)
    if vote.state != Vote.State.CLOSED:
        raise HttpError(409, "Diese Abstimmung hat noch kein Ergebnis.")
    return vote


def _own_voter(request, vote: Vote):
    voter = services.voter_for_user(vote, request.user)
    if voter is None:
        raise HttpError(404, "Sie sind in dieser Abstimmung nicht stimmberechtigt.")
    return voter


def _voter(voter):
    """The voter again, with their ballot and proxy, as BallotOut reads them."""
    return Voter.objects.select_related("vote", "proxy", "ballot").get(pk=voter.pk)


@router.get("/votes/{vote_id}/ballot", response=responses(200, BallotOut), summary="Ihre Stimme")
def get_ballot(request, vote_id: VoteId):
    if not request.user.is_authenticated:
        raise HttpError(401, "")
    vote = _load(request, vote_id)
    return _voter(_own_voter(request, vote))


@router.put(
    "/votes/{vote_id}/ballot",
    response=responses(200, BallotOut),
    summary="Abstimmen oder die Stimme ändern",
)
def put_ballot(request, vote_id: VoteId, data: BallotIn):
    if not request.user.is_authenticated:
        raise HttpError(401, "")
    vote = _load(request, vote_id)
    voter = _own_voter(request, vote)
    for_voter = None
    if data.for_voter_id is not None:
        for_voter = vote.voters.filter(pk=data.for_voter_id).first()
        if for_voter is None:
            raise HttpError(422, "Für diese Person haben Sie keine übertragene Stimme.")
    accepted_ballots = vote.accepts_ballots  # as loaded: a closed vote refuses for its state
    refusal_means_conflict(request, not accepted_ballots)
    services.ballot_cast(
        voter=voter, choice=data.choice, for_voter=for_voter, via="api", actor=request.user
    )
    return _voter(voter)
