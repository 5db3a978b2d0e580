"""The register of decisions (Beschlüsse)."""

from django.http import HttpResponse
from ninja import Query, Router, Status
from ninja.pagination import paginate

from transferhub.decisions import services as decision_services
from transferhub.decisions.models import Decision
from transferhub.decisions.permissions import visible_decisions

from ..http import if_match, tagged
from ..loading import load_decision, load_item, require_user
from ..pagination import LimitOffset
from ..schemas import (
    NO_NUL,
    DecisionIn,
    DecisionKind,
    DecisionOut,
    DecisionPatch,
    FilterId,
    Page,
    PathId,
    responses,
)

router = Router(tags=["Beschlüsse"])


@router.get(
    "/decisions",
    response=responses(200, Page[DecisionOut]),
    summary="Beschlussregister",
)
@paginate(LimitOffset)
def list_decisions(
    request,
    body: FilterId = None,
    year: int | None = Query(None, ge=1900, le=2999),
    kind: DecisionKind | None = None,
    q: str = Query("", max_length=200, pattern=NO_NUL),
):
    decisions = visible_decisions(request.user).select_related("body")
    if body is not None:
        decisions = decisions.filter(body_id=body)
    if year is not None:
        decisions = decisions.filter(year=year)
    if kind is not None:
        decisions = decisions.filter(kind=kind)
    if q:
        decisions = decisions.filter(text__icontains=q)
    return decisions.order_by("-meeting__date", "body__name", "sequence", "pk")


@router.get(
    "/decisions/{decision_id}",
    response=responses(200, DecisionOut),
    summary="Beschluss",
)
def get_decision(request, decision_id: PathId, response: HttpResponse):
    decision = load_decision(request, decision_id)
    return tagged(response, decision)


def _votes(fields: dict, current: Decision | None = None) -> tuple | None:
    keys = ("votes_yes", "votes_no", "votes_abstain")
    if current is not None:
        return tuple(fields.get(k, getattr(current, k)) for k in keys)
    return tuple(fields.get(k) for k in keys)


@router.post(
    "/decisions",
    response=responses(201, DecisionOut),
    summary="Beschluss zu einem Punkt festhalten",
)
def create_decision(request, data: DecisionIn):
    require_user(request)
    fields = data.model_dump()
    item = load_item(request, fields["agenda_item_id"], "manage")
    decision = decision_services.decision_record(
        meeting=item.meeting,
        agenda_item=item,
        text=fields["text"],
        kind=fields["kind"],
        votes=_votes(fields),
        actor=request.user,
    )
    return Status(201, decision)


@router.patch(
    "/decisions/{decision_id}",
    response=responses(200, DecisionOut),
    summary="Beschluss ändern",
)
def update_decision(request, decision_id: PathId, data: DecisionPatch, response: HttpResponse):
    require_user(request)
    decision = load_decision(request, decision_id, "manage")
    fields = data.model_dump(exclude_unset=True)
    decision = decision_services.decision_update(
        decision=decision,
        text=fields.get("text") or decision.text,
        kind=fields.get("kind") or decision.kind,
        votes=_votes(fields, decision),
        expected_version=if_match(request),
        actor=request.user,
    )
    return tagged(response, decision)
