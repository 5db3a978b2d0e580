"""The review round in the JSON API: rounds, answers, decisions, close and approval.

A ninja Router mounted on the API (transferhub.api.v1). It imports nothing of the api app
(which sits above reviews): refusals are raised as ninja's HttpError and Http404, which
the API turns into its JSON problems. Who may do what is the web's rule (views.py):
managers of the body see every answer and decide; a reviewer sees and answers their own.
"""

import datetime as dt
from typing import Annotated

from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from ninja import Path, Query, Router, Schema, Status
from ninja.errors import HttpError
from ninja.pagination import paginate
from pydantic import Field

from transferhub.lib.api_schemas import MAX_ID, LimitOffset, Page, responses
from transferhub.lib.refusals import refusal_means_conflict
from transferhub.meetings.models import AgendaItem, Meeting
from transferhub.network.permissions import can_manage_body, is_member_of, is_secretariat

from . import services
from .models import Response, ReviewRound

router = Router(tags=["Protokollprüfung"])

Id = Annotated[int, Path(..., ge=1, le=MAX_ID)]


class ResponseOut(Schema):
    id: int
    agenda_item_id: int
    reviewer_id: int
    reviewer_name: str = Field(alias="reviewer.person.full_name")
    kind: str = Field(description="confirm, comment oder wording")
    comment: str
    proposed_minutes: str
    decision: str = Field(description="open, accepted oder rejected")
    decision_note: str


class ReviewerOut(Schema):
    id: int
    person_id: int
    name: str = Field(alias="person.full_name")
    stage: str
    finished_at: dt.datetime | None


class ReviewOut(Schema):
    id: int
    meeting_id: int
    state: str = Field(description="open, closed oder approved")
    flow: str
    stage: str = Field(description="chair oder attendees")
    approval: str = Field(description="body oder chair")
    deadline: dt.datetime
    started_at: dt.datetime
    closed_at: dt.datetime | None
    approved_how: str
    approved_at: dt.datetime | None
    approved_in_meeting_id: int | None = Field(alias="approved_in_id")
    approval_text: str
    reviewers: list[ReviewerOut]
    responses: list[ResponseOut] = Field(
        description="alle für die Leitung und die Geschäftsstelle, sonst die eigenen"
    )

    @staticmethod
    def resolve_approval_text(review: ReviewRound) -> str:
        return review.approval_text()

    @staticmethod
    def resolve_reviewers(review: ReviewRound):
        return review.reviewers.select_related("person")

    @staticmethod
    def resolve_responses(review: ReviewRound, context):
        user = context["request"].user
        answers = Response.objects.filter(reviewer__round=review).select_related("reviewer__person")
        if not can_manage_body(user, review.meeting.body_id):
            answers = answers.filter(reviewer__person__user=user)
        return answers


class StartIn(Schema):
    deadline: dt.datetime | None = None


class AnswerIn(Schema):
    kind: str = Field(
        pattern="^(confirm|comment|wording)$", description="confirm, comment oder wording"
    )
    comment: str = Field("", max_length=services.MAX_COMMENT)
    proposed_minutes: str = Field("", max_length=services.MAX_WORDING)


class DecisionIn(Schema):
    accept: bool
    note: str = Field("", max_length=500)


class ApprovalIn(Schema):
    how: str = Field(pattern="^(chair|body)$", description="chair oder body")


def _visible(user):
    if is_secretariat(user):
        return ReviewRound.objects.all()
    if not user.is_authenticated:
        return ReviewRound.objects.none()
    from transferhub.network.permissions import managed_body_ids

    managed = managed_body_ids(user) or set()
    return ReviewRound.objects.filter(
        Q(meeting__body_id__in=managed) | Q(reviewers__person__user=user)
    ).distinct()


def _load(request, review_id: int) -> ReviewRound:
    review = (
        _visible(request.user)
        .select_related("meeting__body", "approved_in")
        .filter(pk=review_id)
        .first()
    )
    if review is None:
        raise Http404
    return review


@router.get("/reviews", response=responses(200, Page[ReviewOut]), summary="Prüfrunden")
@paginate(LimitOffset)
def list_reviews(request, meeting: int | None = Query(None, ge=1, le=MAX_ID)):
    if not request.user.is_authenticated:
        raise HttpError(401, "")
    reviews = _visible(request.user).select_related("meeting__body", "approved_in")
    if meeting is not None:
        reviews = reviews.filter(meeting_id=meeting)
    return reviews.order_by("-started_at", "-pk")


@router.get("/reviews/{review_id}", response=responses(200, ReviewOut), summary="Eine Prüfrunde")
def get_review(request, review_id: Id):
    return _load(request, review_id)


@router.post(
    "/meetings/{meeting_id}/reviews",
    response=responses(201, ReviewOut),
    summary="Den Protokollentwurf zur Prüfung geben",
)
def start_review(request, meeting_id: Id, data: StartIn):
    meeting = get_object_or_404(Meeting.objects.select_related("body"), pk=meeting_id)
    if not services.may_start(request.user, meeting):
        if is_member_of(request.user, meeting.body_id):
            raise HttpError(403, "")
        raise Http404
    refusal_means_conflict(request)
    review = services.review_start(meeting=meeting, deadline=data.deadline, actor=request.user)
    return Status(201, review)


@router.put(
    "/reviews/{review_id}/responses/{item_id}",
    response=responses(200, ResponseOut),
    summary="Einen Punkt bestätigen oder eine Änderung vorschlagen",
)
def put_response(request, review_id: Id, item_id: Id, data: AnswerIn):
    review = _load(request, review_id)
    reviewer = services.reviewer_for_user(review, request.user)
    if reviewer is None:
        raise Http404
    item = AgendaItem.objects.filter(pk=item_id, meeting_id=review.meeting_id).first()
    if item is None:
        raise Http404

    def state_forbids() -> bool:
        review.refresh_from_db()
        review.meeting.refresh_from_db()
        return not review.is_open or review.past_deadline or review.meeting.minutes_frozen

    refusal_means_conflict(request, state_forbids)
    response = services.response_save(
        reviewer=reviewer,
        item=item,
        kind=data.kind,
        comment=data.comment,
        proposed_minutes=data.proposed_minutes,
        actor=request.user,
        via="api",
    )
    return Response.objects.select_related("reviewer__person").get(pk=response.pk)


def _managed(request, review_id: int) -> ReviewRound:
    review = _load(request, review_id)
    if not can_manage_body(request.user, review.meeting.body_id):
        raise HttpError(403, "")
    return review


@router.post(
    "/review-responses/{response_id}/decision",
    response=responses(200, ReviewOut),
    summary="Einen Vorschlag übernehmen oder ablehnen",
)
def decide(request, response_id: Id, data: DecisionIn):
    response = Response.objects.select_related("reviewer__round").filter(pk=response_id).first()
    if response is None:
        raise Http404
    review = _managed(request, response.reviewer.round_id)
    refusal_means_conflict(request)
    services.response_decide(
        response=response, accept=data.accept, note=data.note, actor=request.user
    )
    return review


@router.post(
    "/reviews/{review_id}/close",
    response=responses(200, ReviewOut),
    summary="Die Prüfrunde abschließen",
)
def close(request, review_id: Id):
    review = _managed(request, review_id)
    refusal_means_conflict(request)
    review = services.review_close(review=review, actor=request.user)
    return review


@router.post(
    "/reviews/{review_id}/approval",
    response=responses(200, ReviewOut),
    summary="Das geprüfte Protokoll genehmigen (durch die Leitung oder das Gremium)",
)
def approve(request, review_id: Id, data: ApprovalIn):
    review = _managed(request, review_id)
    refusal_means_conflict(request)
    review = services.review_approve(review=review, how=data.how, actor=request.user)
    return review
