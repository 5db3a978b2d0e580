"""Invitations in the JSON API: send them, read the answers and the mail log, answer one's
own invitation, and the approved minutes' delivery.

A ninja Router mounted on the API (transferhub.api.v1). It imports nothing of the api app
(which sits above): refusals are raised as ninja's HttpError and Http404, which the API
turns into its JSON problems. No operation answers an e-mail address.
"""

import datetime as dt
from typing import Annotated

from django.http import Http404
from ninja import Path, Router, Schema, Status
from ninja.errors import HttpError
from pydantic import Field

from transferhub.lib.api_schemas import MAX_ID, responses
from transferhub.lib.refusals import refusal_means_conflict
from transferhub.meetings.models import Meeting
from transferhub.network.permissions import can_manage_body, meeting_access

from . import services
from .models import Invitation, MinutesDelivery
from .services import InvitationError

router = Router(tags=["Einladungen"])

MeetingId = Annotated[int, Path(..., ge=1, le=MAX_ID)]


class MailOut(Schema):
    kind: str = Field(description="invitation, reminder, update oder cancel")
    sent_at: dt.datetime | None
    attempts: int
    failed_at: dt.datetime | None


class InvitationOut(Schema):
    id: int
    meeting_id: int
    person_id: int | None
    name: str = Field(alias="full_name")
    guest: bool = Field(alias="is_guest")
    on_behalf_of_id: int | None
    answer: str = Field(description="pending, accepted, declined oder substitute")
    answered_at: dt.datetime | None
    substitute_name: str
    mailed_at: dt.datetime | None
    reminded_at: dt.datetime | None
    mails: list[MailOut]

    @staticmethod
    def resolve_mails(invitation: Invitation) -> list:
        return sorted(invitation.mails.all(), key=lambda m: (m.created, m.pk))


class GuestIn(Schema):
    name: str = Field(min_length=1, max_length=200)
    email: str = Field(min_length=3, max_length=254)
    language: str = Field("de", pattern="^(de|en)$")


class InviteIn(Schema):
    subject_de: str | None = Field(None, max_length=300)
    text_de: str | None = Field(None, max_length=services.MAX_TEXT)
    subject_en: str | None = Field(None, max_length=300)
    text_en: str | None = Field(None, max_length=services.MAX_TEXT)
    exclude_person_ids: list[Annotated[int, Field(ge=1, le=MAX_ID)]] = Field(
        default_factory=list, max_length=1000
    )
    guests: list[GuestIn] = Field(default_factory=list, max_length=services.MAX_GUESTS)
    attach_agenda: bool = True


class InviteOut(Schema):
    invited: int
    already_invited: int
    without_email: list[str]
    invitations: list[InvitationOut]


class AnswerIn(Schema):
    answer: str = Field(pattern="^(accepted|declined|substitute)$")
    substitute_name: str = Field("", max_length=200)
    substitute_email: str = Field("", max_length=254)


class DeliveryOut(Schema):
    person_id: int
    name: str = Field(alias="person.full_name")
    version: int
    files: list[str]
    sent_at: dt.datetime | None
    attempts: int
    failed_at: dt.datetime | None


class DeliveriesOut(Schema):
    approved: bool
    version: int
    missing_person_ids: list[int]
    deliveries: list[DeliveryOut]


class DistributeOut(Schema):
    queued: int


def _meeting(request, meeting_id: int, *, manage: bool) -> Meeting:
    meeting = Meeting.objects.select_related("body").filter(pk=meeting_id).first()
    if meeting is None:
        raise Http404
    access = meeting_access(request.user, meeting)
    if access is None:
        raise Http404
    if manage and not (access == "full" and can_manage_body(request.user, meeting.body_id)):
        if not request.user.is_authenticated:
            raise HttpError(401, "")
        raise HttpError(403, "Einladungen verwaltet die Leitung oder die Geschäftsstelle.")
    return meeting


def _invitations(meeting: Meeting):
    return meeting.invitations.select_related("person").prefetch_related("mails")


@router.get(
    "/meetings/{meeting_id}/invitations",
    response=responses(200, list[InvitationOut]),
    summary="Einladungen einer Sitzung mit Antworten und Versandprotokoll",
)
def list_invitations(request, meeting_id: MeetingId):
    return _invitations(_meeting(request, meeting_id, manage=True))


@router.post(
    "/meetings/{meeting_id}/invitations",
    response=responses(201, InviteOut),
    summary="Einladen: Mitglieder (ohne ausgenommene) und Gäste",
)
def post_invitations(request, meeting_id: MeetingId, data: InviteIn):
    meeting = _meeting(request, meeting_id, manage=True)
    subjects = {"de": data.subject_de, "en": data.subject_en}
    texts = {lang: text for lang, text in (("de", data.text_de), ("en", data.text_en)) if text}
    # Invitations go out for planned and invited meetings; for others a refusal is the state's.
    refusal_means_conflict(
        request, lambda: meeting.state not in (Meeting.State.PLANNED, Meeting.State.INVITED)
    )
    result = services.invitations_send(
        meeting=meeting,
        subjects={k: v for k, v in subjects.items() if v},
        texts=texts or None,
        exclude_person_ids=data.exclude_person_ids,
        guests=[(g.name.strip(), g.email.strip(), g.language) for g in data.guests],
        attach_agenda=data.attach_agenda,
        actor=request.user,
    )
    made = {i.pk for i in result.invitations}
    return Status(
        201,
        {
            "invited": len(result.invitations),
            "already_invited": result.already,
            "without_email": result.without_email,
            "invitations": [i for i in _invitations(meeting) if i.pk in made],
        },
    )


def _own(request, meeting_id: int) -> Invitation:
    if not request.user.is_authenticated:
        raise HttpError(401, "")
    meeting = _meeting(request, meeting_id, manage=False)
    invitation = services.invitation_of_user(meeting, request.user)
    if invitation is None:
        raise HttpError(404, "Sie sind zu dieser Sitzung nicht eingeladen.")
    return invitation


@router.get(
    "/meetings/{meeting_id}/invitation",
    response=responses(200, InvitationOut),
    summary="Ihre Einladung zu einer Sitzung",
)
def get_own_invitation(request, meeting_id: MeetingId):
    return _own(request, meeting_id)


@router.put(
    "/meetings/{meeting_id}/invitation",
    response=responses(200, InvitationOut),
    summary="Die eigene Einladung beantworten: zusagen, absagen oder Vertretung benennen",
)
def put_own_invitation(request, meeting_id: MeetingId, data: AnswerIn):
    invitation = _own(request, meeting_id)

    def closed_for_answers() -> bool:
        try:
            services.check_open_for_answers(invitation.meeting)
        except InvitationError:
            return True
        return False

    refusal_means_conflict(request, closed_for_answers)
    services.invitation_answer(
        invitation=invitation,
        answer=data.answer,
        substitute_name=data.substitute_name,
        substitute_email=data.substitute_email,
        actor=request.user,
    )
    invitation.refresh_from_db()
    return invitation


def _deliveries(meeting: Meeting) -> dict:
    version = services.current_version(meeting)
    rows = list(MinutesDelivery.objects.filter(meeting=meeting).select_related("person"))
    served = {d.person_id for d in rows if d.version == version and d.sent_at}
    approved = meeting.state == Meeting.State.MINUTES_APPROVED
    missing = (
        [p.pk for p in services.minutes_recipients(meeting) if p.pk not in served]
        if approved
        else []
    )
    return {
        "approved": approved,
        "version": version,
        "missing_person_ids": missing,
        "deliveries": rows,
    }


@router.get(
    "/meetings/{meeting_id}/minutes-deliveries",
    response=responses(200, DeliveriesOut),
    summary="Protokollversand: wer das genehmigte Protokoll erhielt",
)
def list_deliveries(request, meeting_id: MeetingId):
    return _deliveries(_meeting(request, meeting_id, manage=True))


@router.post(
    "/meetings/{meeting_id}/minutes-deliveries",
    response=responses(200, DistributeOut),
    summary="Das genehmigte Protokoll an alle senden, die es noch nicht erhielten",
)
def post_deliveries(request, meeting_id: MeetingId):
    meeting = _meeting(request, meeting_id, manage=True)
    refusal_means_conflict(request)
    queued = services.minutes_distribute(meeting=meeting, actor=request.user)
    return {"queued": queued}
