"""Partners of the OM in the JSON API: the public directory, applying, the secretariat's decision.

A ninja Router mounted on the API (transferhub.api.v1); it imports nothing of the api app.
An application is checked by the web form itself (network.forms_partners), so both say
the same about bad input; its refusals become one 422 problem naming each field, and
nothing is stored. Like the other writes, applying needs a token (the web form is for
visitors without one).
"""

import datetime as dt
from typing import Annotated, Literal

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Path, Query, Router, Schema, Status
from ninja.errors import HttpError, ValidationError
from ninja.pagination import paginate
from pydantic import Field

from transferhub.lib.api_schemas import MAX_ID, LimitOffset, Page, responses
from transferhub.lib.refusals import refusal_means_conflict
from transferhub.network import partners
from transferhub.network.forms_partners import PartnerApplicationForm
from transferhub.network.models import FederalState, Organisation, PartnerApplication
from transferhub.network.permissions import is_secretariat
from transferhub.network.services import NetworkError

router = Router(tags=["Partner"])

ApplicationId = Annotated[int, Path(..., ge=1, le=MAX_ID)]
STATES = "^(" + "|".join(FederalState.values) + ")$"
KINDS = "^(" + "|".join(Organisation.Kind.values) + ")$"


class PartnerOut(Schema):
    id: int
    name: str
    kind: str
    town: str
    postcode: str
    federal_state: str
    website: str
    offer: str
    partner_since: dt.date | None


class PartnerApplicationIn(Schema):
    organisation_name: str = Field(max_length=300)
    kind: str = Field("partner", max_length=20)
    website: str = Field("", max_length=200)
    town: str = Field(max_length=120)
    postcode: str = Field(max_length=10)
    federal_state: str = Field(max_length=2)
    contact_given_name: str = Field(max_length=100)
    contact_family_name: str = Field(max_length=100)
    contact_email: str = Field(max_length=254)
    offer: str = Field(max_length=10_000)
    bodies: list[Annotated[int, Field(ge=1, le=MAX_ID)]] = Field(
        default_factory=list, max_length=50
    )
    consent: bool = Field(
        False, description="Einwilligung in die Verarbeitung; ohne sie wird nichts gespeichert."
    )


class PartnerApplicationReceived(Schema):
    id: int
    state: str
    message: str


class PartnerApplicationOut(Schema):
    id: int
    organisation_name: str
    kind: str
    website: str
    town: str
    postcode: str
    federal_state: str
    contact_given_name: str
    contact_family_name: str
    contact_email: str
    offer: str
    body_ids: list[int]
    state: str
    created: dt.datetime
    decided_at: dt.datetime | None
    organisation_id: int | None

    @staticmethod
    def resolve_body_ids(application: PartnerApplication) -> list[int]:
        return [body.pk for body in application.bodies.all()]


class PartnerDecisionIn(Schema):
    action: Literal["accept", "decline"]


def _invalid(errors: dict[str, list[str]]) -> ValidationError:
    """The form's messages as the API's 422 problem, one entry per field."""
    return ValidationError(
        [
            {"loc": ["body", "data", field], "msg": str(message), "type": "invalid"}
            for field, messages in errors.items()
            for message in messages
        ]
    )


def _secretariat(request) -> None:
    if not request.user.is_authenticated:
        raise HttpError(401, "")
    if not is_secretariat(request.user):
        raise PermissionDenied


@router.get("/partners", response=responses(200, Page[PartnerOut]), summary="Partnerverzeichnis")
@paginate(LimitOffset)
def list_partners(
    request,
    federal_state: str | None = Query(None, pattern=STATES),
    kind: str | None = Query(None, pattern=KINDS),
):
    """Accepted partners with their offers, by name; filter by federal state and kind."""
    rows = Organisation.objects.filter(partner_since__isnull=False).order_by("name", "pk")
    if federal_state:
        rows = rows.filter(federal_state=federal_state)
    if kind:
        rows = rows.filter(kind=kind)
    return rows


@router.post(
    "/partner-applications",
    response=responses(201, PartnerApplicationReceived),
    summary="Partner werden (Antrag)",
)
def apply(request, data: PartnerApplicationIn):
    """Apply to become a partner; checked as the web form checks it, stored only when valid."""
    values = data.dict()
    consent = values.pop("consent")
    form = PartnerApplicationForm(
        {**values, "bodies": [str(pk) for pk in values["bodies"]], "consent": consent or ""}
    )
    if not form.is_valid():
        raise _invalid(form.errors)
    fields = dict(form.cleaned_data)
    bodies = list(fields.pop("bodies"))
    fields.pop("consent", None)
    try:
        application = partners.partner_apply(consent=consent, bodies=bodies, **fields)
    except NetworkError as error:
        raise _invalid({error.field or "__all__": [error.message]}) from error
    return Status(
        201,
        {
            "id": application.pk,
            "state": application.state,
            "message": _("Vielen Dank! Die Geschäftsstelle prüft Ihren Antrag und meldet sich."),
        },
    )


@router.get(
    "/partner-applications",
    response=responses(200, Page[PartnerApplicationOut]),
    summary="Partneranträge (Geschäftsstelle)",
)
@paginate(LimitOffset)
def list_applications(
    request, state: str | None = Query("pending", pattern="^(pending|accepted|declined)$")
):
    """Applications, newest first; open ones unless `state` says otherwise."""
    _secretariat(request)
    rows = PartnerApplication.objects.prefetch_related("bodies").order_by("-created", "-pk")
    return rows.filter(state=state) if state else rows


@router.post(
    "/partner-applications/{partner_application_id}/decision",
    response=responses(200, PartnerApplicationOut),
    summary="Partnerantrag annehmen oder ablehnen (Geschäftsstelle)",
)
def decide(request, partner_application_id: ApplicationId, data: PartnerDecisionIn):
    """Accept (the organisation becomes a partner) or decline; decided is decided (409)."""
    _secretariat(request)
    application = PartnerApplication.objects.filter(pk=partner_application_id).first()
    if application is None:
        raise Http404
    refusal_means_conflict(request)
    if data.action == "accept":
        partners.partner_accept(application=application, actor=request.user)
    else:
        partners.partner_decline(application=application, actor=request.user)
    return PartnerApplicationOut.from_orm(
        PartnerApplication.objects.prefetch_related("bodies").get(pk=application.pk)
    )
