"""Networks and events in the JSON API: what the public websites show, read only.

A ninja Router mounted on the API (transferhub.api.v1). It imports nothing of the api
app (which sits above events); a missing or hidden object is ninja's Http404.
Organisers see their networks' unpublished events too (as on the web).
"""

import datetime as dt
from decimal import Decimal
from typing import Annotated

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from ninja import Path, Query, Router, Schema
from ninja.pagination import paginate
from pydantic import Field

from transferhub.lib.api_schemas import ERRORS, MAX_ID, LimitOffset, Page
from transferhub.network.models import Network, recognised_networks_q
from transferhub.network.permissions import managed_body_ids, managed_network_ids

from .calendar import event_url
from .models import Event

router = Router(tags=["Netzwerke und Veranstaltungen"])

EventId = Annotated[int, Path(..., ge=1, le=MAX_ID)]


class NetworkOut(Schema):
    id: int
    name: str
    slug: str
    kind: str
    federal_states: list[str] = Field(alias="state_codes")
    postcode_prefixes: list[str] = Field(alias="prefixes")
    recognised_until: dt.date | None
    website: str

    @staticmethod
    def resolve_website(network: Network) -> str:
        return f"{settings.SITE_URL}/netzwerke/{network.slug}/"


class EventOut(Schema):
    id: int
    network: str = Field(alias="network.name")
    network_slug: str = Field(alias="network.slug")
    title: str
    text: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    place: str
    online: bool
    capacity: int | None
    seats_left: int | None
    registration_deadline: dt.datetime | None
    price_eur: Decimal | None = Field(alias="price")
    published: bool
    url: str

    @staticmethod
    def resolve_online(event: Event) -> bool:
        return bool(event.online_url)

    @staticmethod
    def resolve_url(event: Event) -> str:
        return event_url(event)


def _visible_events(user):
    """Published events of recognised networks, and the events one organises."""
    public = Q(published=True) & Q(
        Q(network__kind=Network.Kind.FEDERAL)
        | Q(network__recognised_until__gte=timezone.localdate())
    )
    networks, bodies = managed_network_ids(user), managed_body_ids(user)
    if networks is None:
        return Event.objects.all()
    mine = Q(network_id__in=networks) | Q(body_id__in=bodies or ())
    return Event.objects.filter(public | mine)


@router.get("/networks", response={200: Page[NetworkOut], **ERRORS}, summary="Anerkannte Netzwerke")
@paginate(LimitOffset)
def list_networks(request, state: str | None = Query(None, pattern="^[A-Z]{2}$")):
    rows = Network.objects.filter(recognised_networks_q()).order_by("kind", "name")
    if state:
        rows = rows.filter(federal_states__contains=state)
    return rows


@router.get("/events", response={200: Page[EventOut], **ERRORS}, summary="Veranstaltungen")
@paginate(LimitOffset)
def list_events(
    request,
    network: str | None = Query(None, pattern="^[-a-z0-9_]{1,60}$"),
    past: bool = Query(False),
):
    """Upcoming events (with `past=true` also those that ended), soonest first."""
    rows = _visible_events(request.user).select_related("network")
    if network:
        rows = rows.filter(network__slug=network)
    if not past:
        rows = rows.filter(ends_at__gte=timezone.now())
    return rows.order_by("starts_at", "pk")


@router.get("/events/{event_id}", response={200: EventOut, **ERRORS}, summary="Veranstaltung")
def get_event(request, event_id: EventId):
    event = _visible_events(request.user).select_related("network").filter(pk=event_id).first()
    if event is None:
        raise Http404
    return event
