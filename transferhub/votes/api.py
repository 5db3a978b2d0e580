"""Votes in the JSON API: votes, one's own ballot, outcomes — as far as the user may see them.

A ninja Router mounted on the API (transferhub.api.v1). It imports nothing of the api app
(which sits above votes): refusals are raised as ninja's HttpError and Http404,
which the API turns into its JSON problems.
"""

import datetime as dt
from typing import Annotated

from django.db.models import Q
from django.http import Http404
from ninja import Path, Query, Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from transferhub.lib.api_schemas import MAX_ID, responses
from transferhub.network.permissions import body_roles, can_manage_body, is_secretariat

from . import services
from .models import Ballot, Vote
from .services import VoteError

router = Router(tags=["Abstimmungen"])

MAX_LIMIT = 200
VoteId = Annotated[int, Path(..., ge=1, le=MAX_ID)]


class RulesOut(Schema):
    majority: str
    quorum_kind: str
    quorum_value: int
    named: bool
    proxies_allowed: bool
    results_while_open: bool
    one_vote_per_organisation: bool


class OutcomeOut(Schema):
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
    voters: int
    ballots_cast: int | None = Field(description="nur für die Leitung und die Geschäftsstelle")
    outcome: OutcomeOut | None


class VotePage(Schema):
    total: int
    limit: int
    offset: int
    items: list[VoteOut]


class BallotOut(Schema):
    vote_id: int
    voter_id: int
    choice: str | None
    cast_at: dt.datetime | None
    cast_by_voter_id: int | None
    proxy_to_person_id: int | None
    holds_proxy_for_voter_ids: list[int]
    may_vote: bool


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


def _load(request, vote_id: int) -> Vote:
    vote = _visible(request.user).select_related("decision").filter(pk=vote_id).first()
    if vote is None:
        raise Http404
    return vote


def _outcome(vote: Vote) -> dict | None:
    if vote.state != Vote.State.CLOSED:
        return None
    counts = vote.counts or {}
    return {
        "result": vote.result,
        **{
            k: counts.get(k, 0)
            for k in (
                "yes",
                "no",
                "abstain",
                "objections",
                "entitled",
                "took_part",
                "quorum_needed",
            )
        },
        "decision_id": vote.decision_id,
        "register_number": vote.decision.register_number if vote.decision_id else None,
        "closed_at": vote.closed_at,
    }


def _vote_out(request, vote: Vote) -> dict:
    rules = vote.rules or {}
    manage = can_manage_body(request.user, vote.body_id)
    return {
        "id": vote.pk,
        "body_id": vote.body_id,
        "kind": vote.kind,
        "title": vote.title,
        "motion": vote.motion,
        "reasoning": vote.reasoning,
        "state": vote.state,
        "deadline": vote.deadline,
        "meeting_id": vote.meeting_id
        if vote.kind == Vote.Kind.MEETING or vote.state == "closed"
        else None,
        "agenda_item_id": vote.agenda_item_id,
        "started_at": vote.started_at,
        "rules": {
            "majority": vote.majority,
            "quorum_kind": rules.get("quorum_kind", "share"),
            "quorum_value": int(rules.get("quorum_value", 50)),
            "named": vote.named,
            "proxies_allowed": vote.proxies_allowed,
            "results_while_open": vote.results_while_open,
            "one_vote_per_organisation": bool(rules.get("one_vote_per_organisation")),
        },
        "voters": vote.voters.count(),
        "ballots_cast": vote.ballots.count() if manage else None,
        "outcome": _outcome(vote),
    }


@router.get("/votes", response=responses(200, VotePage), summary="Abstimmungen und Umlaufverfahren")
def list_votes(
    request,
    body: int | None = Query(None, ge=1, le=MAX_ID),
    state: str | None = Query(None, pattern="^(open|closed|cancelled)$"),
    limit: int = Query(50, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=100_000),
):
    votes = _visible(request.user).select_related("decision").order_by("-started_at", "-pk")
    if body is not None:
        votes = votes.filter(body_id=body)
    if state is not None:
        votes = votes.filter(state=state)
    total = votes.count()
    rows = list(votes[offset : offset + limit]) if offset < total else []
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "items": [_vote_out(request, v) for v in rows],
    }


@router.get("/votes/{vote_id}", response=responses(200, VoteOut), summary="Abstimmung")
def get_vote(request, vote_id: VoteId):
    return _vote_out(request, _load(request, vote_id))


@router.get(
    "/votes/{vote_id}/outcome",
    response=responses(200, OutcomeOut),
    summary="Ergebnis einer Abstimmung",
)
def get_outcome(request, vote_id: VoteId):
    vote = _load(request, vote_id)
    outcome = _outcome(vote)
    if outcome is None:
        raise HttpError(409, "Diese Abstimmung hat noch kein Ergebnis.")
    return outcome


def _own_voter(request, vote: Vote):
    voter = services.voter_for_user(vote, request.user)
    if voter is None:
        raise HttpError(404, "Sie sind in dieser Abstimmung nicht stimmberechtigt.")
    return voter


def _ballot_out(vote: Vote, voter) -> dict:
    ballot = Ballot.objects.filter(voter=voter).first()
    return {
        "vote_id": vote.pk,
        "voter_id": voter.pk,
        "choice": ballot.choice if ballot else None,
        "cast_at": ballot.cast_at if ballot else None,
        "cast_by_voter_id": ballot.cast_by_id if ballot else None,
        "proxy_to_person_id": voter.proxy.person_id if voter.proxy_id else None,
        "holds_proxy_for_voter_ids": list(
            vote.voters.filter(proxy=voter).values_list("pk", flat=True)
        ),
        "may_vote": vote.accepts_ballots and voter.proxy_id is None,
    }


@router.get("/votes/{vote_id}/ballot", response=responses(200, BallotOut), summary="Ihre Stimme")
def get_ballot(request, vote_id: VoteId):
    if not request.user.is_authenticated:
        raise HttpError(401, "")
    vote = _load(request, vote_id)
    return _ballot_out(vote, _own_voter(request, vote))


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
    try:
        services.ballot_cast(
            voter=voter, choice=data.choice, for_voter=for_voter, via="api", actor=request.user
        )
    except VoteError as exc:
        raise HttpError(409 if not vote.accepts_ballots else 422, str(exc)) from exc
    vote.refresh_from_db()
    voter.refresh_from_db()
    return _ballot_out(vote, voter)
