"""Meetings (Sitzungen): seen as on the web, managed by the body's chair and the secretariat."""

from django.http import HttpResponse
from ninja import Query, Router, Status
from ninja.pagination import paginate

from transferhub.meetings import services as meeting_services
from transferhub.meetings.models import Meeting
from transferhub.network.models import Body, Person
from transferhub.network.permissions import can_manage_body, visible_meetings_filter

from ..errors import forbidden, refusal_means_conflict
from ..http import if_match, tagged
from ..loading import load_meeting, reference, require_user
from ..pagination import LimitOffset
from ..schemas import (
    FilterId,
    MeetingDetailOut,
    MeetingIn,
    MeetingOut,
    MeetingPatch,
    MeetingState,
    MeetingStateIn,
    Page,
    PathId,
    responses,
)

router = Router(tags=["Sitzungen"])


@router.get("/meetings", response=responses(200, Page[MeetingOut]), summary="Sitzungen")
@paginate(LimitOffset)
def list_meetings(
    request,
    body: FilterId = None,
    year: int | None = Query(None, ge=1900, le=2999),
    state: MeetingState | None = None,
):
    meetings = (
        Meeting.objects.filter(visible_meetings_filter(request.user))
        .select_related("body")
        .order_by("-date", "-start_time", "-pk")
    )
    if body is not None:
        meetings = meetings.filter(body_id=body)
    if year is not None:
        meetings = meetings.filter(date__year=year)
    if state is not None:
        meetings = meetings.filter(state=state)
    return meetings


@router.get(
    "/meetings/{meeting_id}",
    response=responses(200, MeetingDetailOut),
    summary="Sitzung mit Tagesordnung",
)
def get_meeting(request, meeting_id: PathId, response: HttpResponse):
    meeting = load_meeting(request, meeting_id)
    return tagged(response, meeting)


@router.post(
    "/meetings",
    response=responses(201, MeetingDetailOut),
    summary="Sitzung anlegen",
)
def create_meeting(request, data: MeetingIn):
    require_user(request)
    fields = data.model_dump()
    body = reference(Body, fields.pop("body_id"), "body_id")
    if not can_manage_body(request.user, body.pk):
        raise forbidden()
    fields["note_taker"] = reference(Person, fields.pop("note_taker_id"), "note_taker_id")
    meeting = meeting_services.meeting_create(body=body, actor=request.user, **fields)
    meeting.api_access = "full"
    return Status(201, meeting)


@router.patch(
    "/meetings/{meeting_id}",
    response=responses(200, MeetingDetailOut),
    summary="Sitzung ändern",
)
def update_meeting(request, meeting_id: PathId, data: MeetingPatch, response: HttpResponse):
    meeting = load_meeting(request, meeting_id, "manage")
    fields = {k: v for k, v in data.model_dump(exclude_unset=True).items() if v is not None}
    meeting = meeting_services.meeting_update(
        meeting=meeting, actor=request.user, expected_version=if_match(request), **fields
    )
    return tagged(response, meeting)


@router.post(
    "/meetings/{meeting_id}/state",
    response=responses(200, MeetingDetailOut),
    summary="Status setzen (auch: Protokoll genehmigen)",
)
def set_meeting_state(request, meeting_id: PathId, data: MeetingStateIn):
    meeting = load_meeting(request, meeting_id, "manage")
    refusal_means_conflict(request)
    meeting = meeting_services.meeting_set_state(
        meeting=meeting, state=data.state, actor=request.user
    )
    return meeting
