"""Planning in the JSON API: series and template, backlog, proposals and their decision,
and planning the next meeting.

A ninja Router mounted on the API (transferhub.api.v1). It imports nothing of the api app
(which sits above planning): refusals are raised as ninja's HttpError and Http404, which
the API turns into its JSON problems. Reads need membership of the body (else 404), writes
about the agenda need the chair or the secretariat (403).
"""

import datetime as dt
from typing import Annotated, Literal

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404
from ninja import File, Path, Router, Schema, Status
from ninja.errors import HttpError
from ninja.files import UploadedFile
from ninja.pagination import paginate
from pydantic import Field

from transferhub.lib.api_schemas import MAX_ID, LimitOffset, Page, WallTime, responses
from transferhub.lib.downloads import stored_file_response
from transferhub.lib.refusals import refusal_means_conflict
from transferhub.meetings.models import Meeting
from transferhub.network.models import Body, Person
from transferhub.network.permissions import can_manage_body, is_member_of, person_of

from . import services
from .models import MAX_DURATION, Proposal, ProposalFile
from .services import MAX_BACKLOG_TAKEN, is_current_member

router = Router(tags=["Sitzungsplanung"])

Id = Annotated[int, Path(..., ge=1, le=MAX_ID)]


class TemplateItemIO(Schema):
    name: str = Field(min_length=1, max_length=500)
    duration_minutes: int = Field(5, ge=0, le=MAX_DURATION)
    at_end: bool = Field(False, description="bleibt hinter den Themen (Verschiedenes, Termine)")


class SeriesOut(Schema):
    body_id: int
    rhythm_weeks: int | None
    fixed_dates: list[dt.date]
    start_time: WallTime
    end_time: WallTime
    location: str
    proposal_days: int
    template: list[TemplateItemIO]
    next_date: dt.date | None = Field(description="der nächste Termin nach Rhythmus/festen Daten")

    @staticmethod
    def resolve_template(series) -> list:
        return list(series.template_items.all()) if series.pk else []

    @staticmethod
    def resolve_next_date(series) -> dt.date | None:
        return services.next_meeting_date(series.body)


class SeriesIn(Schema):
    rhythm_weeks: int | None = Field(None, ge=1, le=104)
    fixed_dates: list[dt.date] = Field(default_factory=list, max_length=services.MAX_FIXED_DATES)
    start_time: WallTime = dt.time(9)
    end_time: WallTime = dt.time(11)
    location: str = Field("", max_length=300)
    proposal_days: int = Field(services.DEFAULT_PROPOSAL_DAYS, ge=0, le=365)
    template: list[TemplateItemIO] | None = Field(
        None, max_length=services.MAX_TEMPLATE_ITEMS, description="ohne: Vorlage bleibt"
    )


class BacklogOut(Schema):
    id: int
    body_id: int
    kind: str = Field(description="parked, postponed oder topic")
    state: str = Field(description="open, taken oder dropped")
    title: str
    description: str
    duration_minutes: int
    presenter_id: int | None
    proposal_id: int | None
    source_item_id: int | None
    taken_into_item_id: int | None = Field(alias="taken_into_id")
    created: dt.datetime


class TopicIn(Schema):
    title: str = Field(min_length=1, max_length=500)
    description: str = Field("", max_length=4000)
    duration_minutes: int = Field(15, ge=0, le=MAX_DURATION)


class FileOut(Schema):
    id: int
    file_name: str
    mime_type: str
    size: int


class ProposalOut(Schema):
    id: int
    body_id: int
    meeting_id: int | None
    proposer_id: int | None
    proposer_name: str | None
    title: str
    description: str
    presenter_id: int | None
    duration_minutes: int
    state: str = Field(description="submitted, accepted, parked oder declined")
    reason: str
    agenda_item_id: int | None
    files: list[FileOut]
    created: dt.datetime
    decided_at: dt.datetime | None

    @staticmethod
    def resolve_proposer_name(proposal: Proposal) -> str | None:
        return proposal.proposer.full_name if proposal.proposer_id else None


class ProposalIn(Schema):
    title: str = Field(min_length=1, max_length=500)
    description: str = Field("", max_length=4000)
    presenter_id: int | None = Field(None, ge=1, le=MAX_ID)
    duration_minutes: int = Field(15, ge=1, le=MAX_DURATION)


class ProposalsOut(Schema):
    meeting_id: int
    deadline: dt.datetime
    open: bool
    items: list[ProposalOut]


class DeadlineIn(Schema):
    deadline: dt.datetime


class DecisionIn(Schema):
    action: Literal["accept", "park", "decline"]
    reason: str = Field("", max_length=2000)


class PlanIn(Schema):
    date: dt.date | None = Field(None, description="ohne: der nächste Termin nach Rhythmus")
    start_time: WallTime | None = None
    end_time: WallTime | None = None
    name: str = Field("", max_length=300)
    location: str | None = Field(None, max_length=300)
    online_url: str = Field("", max_length=200)
    start_from: Literal["template", "copy", "empty"] = "template"
    backlog_ids: list[Annotated[int, Field(ge=1, le=MAX_ID)]] = Field(
        default_factory=list, max_length=MAX_BACKLOG_TAKEN
    )


class PlannedItemOut(Schema):
    id: int
    number: str
    name: str
    kind: str
    duration_minutes: int


class PlanOut(Schema):
    meeting_id: int
    date: dt.date
    items: list[PlannedItemOut]


# --- Loading and permission ---------------------------------------------------------------


def _body(request, body_id: int, *, manage: bool = False) -> Body:
    body = Body.objects.filter(pk=body_id).first()
    if body is None or not is_member_of(request.user, body.pk):
        raise Http404
    if manage and not can_manage_body(request.user, body.pk):
        raise HttpError(403, "Das dürfen nur die Leitung und die Geschäftsstelle des Gremiums.")
    return body


def _meeting(request, meeting_id: int, *, manage: bool = False) -> Meeting:
    meeting = Meeting.objects.select_related("body").filter(pk=meeting_id).first()
    if meeting is None or not is_member_of(request.user, meeting.body_id):
        raise Http404
    if manage and not can_manage_body(request.user, meeting.body_id):
        raise HttpError(403, "Das dürfen nur die Leitung und die Geschäftsstelle des Gremiums.")
    return meeting


def _may_see(request, proposal: Proposal) -> bool:
    if can_manage_body(request.user, proposal.body_id):
        return True
    person = person_of(request.user)
    mine = person is not None and proposal.proposer_id == person.pk
    return mine or proposal.state == Proposal.State.ACCEPTED


# --- Series and template -------------------------------------------------------------------


@router.get(
    "/bodies/{body_id}/series",
    response=responses(200, SeriesOut),
    summary="Sitzungsreihe: Rhythmus und Vorlage",
)
def get_series(request, body_id: Id):
    return services.series_of(_body(request, body_id))


@router.put(
    "/bodies/{body_id}/series",
    response=responses(200, SeriesOut),
    summary="Sitzungsreihe festlegen",
)
def put_series(request, body_id: Id, data: SeriesIn):
    body = _body(request, body_id, manage=True)
    template = (
        [(t.name, t.duration_minutes, t.at_end) for t in data.template]
        if data.template is not None
        else None
    )
    services.series_save(
        body=body,
        rhythm_weeks=data.rhythm_weeks,
        fixed_dates=data.fixed_dates,
        start_time=data.start_time,
        end_time=data.end_time,
        location=data.location,
        proposal_days=data.proposal_days,
        template=template,
        actor=request.user,
    )
    return services.series_of(body)


# --- Backlog --------------------------------------------------------------------------------


@router.get(
    "/bodies/{body_id}/backlog",
    response=responses(200, Page[BacklogOut]),
    summary="Themenspeicher (offene Einträge)",
)
@paginate(LimitOffset)
def get_backlog(request, body_id: Id):
    return services.backlog_open(_body(request, body_id))


@router.post(
    "/bodies/{body_id}/backlog",
    response=responses(201, BacklogOut),
    summary="Offenes Thema notieren",
)
def post_backlog(request, body_id: Id, data: TopicIn):
    body = _body(request, body_id, manage=True)
    entry = services.backlog_topic_add(
        body=body,
        title=data.title,
        description=data.description,
        duration_minutes=data.duration_minutes,
        actor=request.user,
    )
    return Status(201, entry)


# --- Proposals -------------------------------------------------------------------------------


@router.get(
    "/meetings/{meeting_id}/proposals",
    response=responses(200, ProposalsOut),
    summary="Themenvorschläge zu einer Sitzung",
)
def get_proposals(request, meeting_id: Id):
    meeting = _meeting(request, meeting_id)
    proposals = (
        meeting.proposals.select_related("proposer").prefetch_related("files").order_by("created")
    )
    return {
        "meeting_id": meeting.pk,
        "deadline": services.proposal_deadline(meeting),
        "open": services.proposals_open(meeting),
        "items": [p for p in proposals[:200] if _may_see(request, p)],
    }


@router.post(
    "/meetings/{meeting_id}/proposals",
    response=responses(201, ProposalOut),
    summary="Ein Thema vorschlagen (Mitglieder, bis zur Frist)",
)
def post_proposal(request, meeting_id: Id, data: ProposalIn):
    if not request.user.is_authenticated:
        raise HttpError(401, "")
    meeting = _meeting(request, meeting_id)
    person = person_of(request.user)
    if not is_current_member(person, meeting.body):
        raise HttpError(
            403,
            f"Sie sind nicht Mitglied des Gremiums „{meeting.body.name}“. Themen für seine "
            "Sitzungen können nur seine Mitglieder vorschlagen.",
        )
    presenter = None
    if data.presenter_id is not None:
        presenter = Person.objects.filter(pk=data.presenter_id).first()
        if presenter is None:
            raise HttpError(422, "Diese Person gibt es nicht.")
    refusal_means_conflict(request)
    proposal = services.proposal_submit(
        meeting=meeting,
        proposer=person,
        title=data.title,
        description=data.description,
        presenter=presenter,
        duration_minutes=data.duration_minutes,
        actor=request.user,
    )
    return Status(201, proposal)


@router.put(
    "/meetings/{meeting_id}/proposal-deadline",
    response=responses(200, ProposalsOut),
    summary="Frist für Themenvorschläge setzen",
)
def put_deadline(request, meeting_id: Id, data: DeadlineIn):
    meeting = _meeting(request, meeting_id, manage=True)
    refusal_means_conflict(request)
    services.proposal_deadline_set(meeting=meeting, deadline=data.deadline, actor=request.user)
    return get_proposals(request, meeting_id)


@router.get(
    "/proposals/{proposal_id}", response=responses(200, ProposalOut), summary="Themenvorschlag"
)
def get_proposal(request, proposal_id: Id):
    proposal = get_object_or_404(Proposal.objects.select_related("proposer"), pk=proposal_id)
    if not is_member_of(request.user, proposal.body_id) or not _may_see(request, proposal):
        raise Http404
    return proposal


@router.post(
    "/proposals/{proposal_id}/decision",
    response=responses(200, ProposalOut),
    summary="Vorschlag annehmen, zurückstellen oder ablehnen",
)
def post_decision(request, proposal_id: Id, data: DecisionIn):
    proposal = get_object_or_404(Proposal, pk=proposal_id)
    if not is_member_of(request.user, proposal.body_id):
        raise Http404
    if not can_manage_body(request.user, proposal.body_id):
        raise HttpError(403, "Das dürfen nur die Leitung und die Geschäftsstelle des Gremiums.")
    refusal_means_conflict(request)
    proposal = services.proposal_decide(
        proposal=proposal, action=data.action, reason=data.reason, actor=request.user
    )
    return proposal


def _may_add_files(request, proposal: Proposal) -> bool:
    if can_manage_body(request.user, proposal.body_id):
        return True
    person = person_of(request.user)
    return person is not None and proposal.proposer_id == person.pk


@router.post(
    "/proposals/{proposal_id}/files",
    response=responses(201, ProposalOut),
    summary="Anlage zum Vorschlag hochladen (multipart/form-data)",
)
def post_proposal_file(request, proposal_id: Id, file: File[UploadedFile]):
    proposal = get_object_or_404(Proposal.objects.select_related("meeting"), pk=proposal_id)
    if not is_member_of(request.user, proposal.body_id) or not _may_see(request, proposal):
        raise Http404
    if not _may_add_files(request, proposal):
        raise HttpError(403, "Anlagen fügen die vorschlagende Person und die Leitung hinzu.")
    if not can_manage_body(request.user, proposal.body_id) and not (
        proposal.meeting and services.proposals_open(proposal.meeting)
    ):
        raise HttpError(409, "Die Frist für Vorschläge zu dieser Sitzung ist abgelaufen.")
    if file.size > settings.MAX_UPLOAD_BYTES:
        raise HttpError(
            413,
            "Die Datei ist zu groß; erlaubt sind höchstens %s MB."
            % f"{settings.MAX_UPLOAD_BYTES / 1024 / 1024:g}".replace(".", ","),
        )
    if proposal.state != Proposal.State.SUBMITTED:
        raise HttpError(409, "Über diesen Vorschlag wurde schon entschieden.")
    services.proposal_file_add(proposal=proposal, file=file, actor=request.user)
    return Status(201, Proposal.objects.select_related("proposer").get(pk=proposal.pk))


@router.get(
    "/proposal-files/{proposal_file_id}/download",
    response=responses(200, None),
    summary="Anlage eines Vorschlags herunterladen",
    openapi_extra={
        "responses": {
            200: {
                "description": "Die Datei",
                "content": {"*/*": {"schema": {"type": "string", "format": "binary"}}},
            }
        }
    },
)
def download_proposal_file(request, proposal_file_id: Id):
    stored = ProposalFile.objects.select_related("proposal").filter(pk=proposal_file_id).first()
    if stored is None:
        raise Http404
    proposal = stored.proposal
    if not is_member_of(request.user, proposal.body_id) or not _may_add_files(request, proposal):
        raise Http404
    return stored_file_response(
        stored.file, filename=stored.file_name, content_type=stored.mime_type
    )


# --- Planning the next meeting -------------------------------------------------------------


@router.post(
    "/bodies/{body_id}/next-meeting",
    response=responses(201, PlanOut),
    summary="Nächste Sitzung aus Vorlage, Kopie oder leer anlegen, mit Themen aus dem Speicher",
)
def post_next_meeting(request, body_id: Id, data: PlanIn):
    body = _body(request, body_id, manage=True)
    series = services.series_of(body)
    date = data.date or services.next_meeting_date(body)
    if date is None:
        raise HttpError(422, "Bitte geben Sie ein Datum an; das Gremium hat keinen Rhythmus.")
    refusal_means_conflict(request)
    meeting = services.meeting_plan(
        body=body,
        date=date,
        start_time=data.start_time or series.start_time,
        end_time=data.end_time or series.end_time,
        name=data.name,
        location=series.location if data.location is None else data.location,
        online_url=data.online_url,
        start_from=data.start_from,
        backlog_ids=data.backlog_ids,
        actor=request.user,
    )
    return Status(
        201,
        {
            "meeting_id": meeting.pk,
            "date": meeting.date,
            "items": [
                {
                    "id": it.pk,
                    "number": it.number,
                    "name": it.name,
                    "kind": it.kind,
                    "duration_minutes": it.duration_minutes,
                }
                for it in meeting.agenda_items.order_by("order")
            ],
        },
    )
