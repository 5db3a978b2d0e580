"""The public calendar in the JSON API: public bodies and their meetings (for everyone),
subscribing by e-mail (double opt-in, as on the web), and the secretariat's switch.

A ninja Router mounted on the API (transferhub.api.v1); it imports nothing of the api app.
Addresses appear only in the secretariat's list.
"""

import datetime as dt
from typing import Annotated

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from ninja import Path, Router, Schema, Status
from ninja.errors import HttpError
from ninja.pagination import paginate
from pydantic import Field

from transferhub.lib.api_schemas import MAX_ID, LimitOffset, Page, WallTime, responses
from transferhub.lib.ratelimit import over_limit
from transferhub.network.models import Body
from transferhub.network.permissions import is_secretariat

from . import services
from .models import Subscription

router = Router(tags=["Öffentlicher Kalender"])

Id = Annotated[int, Path(..., ge=1, le=MAX_ID)]


class PublicBodyOut(Schema):
    id: int
    name: str
    short_name: str
    atom_url: str
    ics_url: str

    @staticmethod
    def resolve_atom_url(body: Body, context) -> str:
        return context["request"].build_absolute_uri(reverse("subscriptions:atom", args=[body.pk]))

    @staticmethod
    def resolve_ics_url(body: Body, context) -> str:
        return context["request"].build_absolute_uri(reverse("subscriptions:ics", args=[body.pk]))


class PublicItemOut(Schema):
    number: str
    name: str


class PublicMeetingOut(Schema):
    id: int
    body_id: int
    name: str
    date: dt.date
    start_time: WallTime
    end_time: WallTime
    location: str
    state: str
    items: list[PublicItemOut] = Field(description="die öffentlichen Tagesordnungspunkte")

    @staticmethod
    def resolve_items(meeting):
        return services.public_items(meeting)


class SubscribeIn(Schema):
    email: str = Field(max_length=254)
    language: str = Field("de", pattern="^(de|en)$")


class SubscribeOut(Schema):
    message: str


class PublishIn(Schema):
    public: bool


class PublishOut(Schema):
    body_id: int
    public: bool


class SubscriptionOut(Schema):
    id: int
    body_id: int
    email: str
    language: str
    created: dt.datetime
    confirmed_at: dt.datetime | None


def _public_body(body_id: int) -> Body:
    body = Body.objects.filter(pk=body_id).first()
    if body is None or not services.is_public(body):
        raise Http404
    return body


@router.get(
    "/public/bodies", response=responses(200, list[PublicBodyOut]), summary="Öffentliche Gremien"
)
def public_bodies(request):
    return services.public_bodies()


@router.get(
    "/public/bodies/{body_id}/meetings",
    response=responses(200, list[PublicMeetingOut]),
    summary="Die nächsten öffentlichen Sitzungen eines Gremiums",
)
def public_body_meetings(request, body_id: Id):
    body = _public_body(body_id)
    return services.public_meetings(body)[: services.UPCOMING_LIMIT]


@router.post(
    "/public/bodies/{body_id}/subscriptions",
    response=responses(202, SubscribeOut),
    summary="Ein Gremium per E-Mail abonnieren (mit Bestätigung)",
)
def subscribe(request, body_id: Id, data: SubscribeIn):
    body = _public_body(body_id)
    if over_limit(
        "subscribe",
        request.META.get("REMOTE_ADDR", ""),
        limit=getattr(settings, "SUBSCRIBE_RATE_LIMIT", 10),
        window_seconds=3600,
    ):
        raise HttpError(429, "Zu viele Anmeldungen von Ihrer Adresse; bitte später noch einmal.")
    services.subscription_request(body=body, email=data.email, language=data.language)
    return Status(
        202,
        {
            "message": "Wir haben eine E-Mail geschickt; erst mit der Bestätigung darin gilt "
            "das Abonnement."
        },
    )


def _secretariat(request) -> None:
    if not request.user.is_authenticated:
        raise HttpError(401, "")
    if not is_secretariat(request.user):
        raise HttpError(403, "")


@router.put(
    "/public/bodies/{body_id}",
    response=responses(200, PublishOut),
    summary="Ein Gremium in den öffentlichen Kalender nehmen oder herausnehmen",
)
def publish(request, body_id: Id, data: PublishIn):
    _secretariat(request)
    body = get_object_or_404(Body, pk=body_id)
    calendar = services.calendar_publish(body=body, public=data.public, actor=request.user)
    return calendar


@router.get(
    "/public/subscriptions",
    response=responses(200, Page[SubscriptionOut]),
    summary="Abonnements (nur die Geschäftsstelle)",
)
@paginate(LimitOffset)
def subscriptions(request):
    _secretariat(request)
    return Subscription.objects.order_by("body_id", "email", "pk")
