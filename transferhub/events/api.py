"""Networks and events in the JSON API: what the public websites show, read only.

A ninja Router mounted on the API (transferhub.api.v1). It imports nothing of the api
app (which sits above events); a missing or hidden object is ninja's Http404.
Organisers see their networks' unpublished events too (as on the web).
"""

import datetime as dt
from decimal import Decimal
from typing import Annotated

from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from ninja import Path, Query, Router, Schema

from transferhub.lib.api_schemas import ERRORS, MAX_ID
from transferhub.network.models import Network, recognised_networks_q
from transferhub.network.permissions import managed_body_ids, managed_network_ids

from .calendar import event_url
from .models import Event

router = Router(tags=["Netzwerke und Veranstaltungen"])

MAX_LIMIT = 100
EventId = Annotated[int, Path(..., ge=1, le=MAX_ID)]


class NetworkOut(Schema):
    id: int
    name: str
    slug: str
    kind: str
    federal_states: list[str]
    postcode_prefixes: list[str]
    recognised_until: dt.date | None
    website: str


class NetworkPage(Schema):
    total: int
    limit: int
    offset: int
    items: list[NetworkOut]


class EventOut(Schema):
    id: int
    network: str
    network_slug: str
    title: str
    text: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    place: str
    online: bool
    capacity: int | None
    seats_left: int | None
    registration_deadline: dt.datetime | None
    price_eur: Decimal | None
    published: bool
    url: str


class EventPage(Schema):
    total: int
    limit: int
    offset: int
    items: list[EventOut]


def _network_out(n: Network) -> dict:
    from django.conf import settings

    return {
        "id": n.pk,
        "name": n.name,
        "slug": n.slug,
        "kind": n.kind,
        "federal_states": n.state_codes,
        "postcode_prefixes": n.prefixes,
        "recognised_until": n.recognised_until,
        "website": f"{settings.SITE_URL}/netzwerke/{n.slug}/",
    }


def _event_out(e: Event) -> dict:
    return {
        "id": e.pk,
        "network": e.network.name,
        "network_slug": e.network.slug,
        "title": e.title,
        "text": e.text,
        "starts_at": e.starts_at,
        "ends_at": e.ends_at,
        "place": e.place,
        "online": bool(e.online_url),
        "capacity": e.capacity,
        "seats_left": e.seats_left(),
        "registration_deadline": e.registration_deadline,
        "price_eur": e.price,
        "published": e.published,
        "url": event_url(e),
    }


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


@router.get("/networks", response={200: NetworkPage, **ERRORS}, summary="Anerkannte Netzwerke")
def list_networks(
    request,
    state: str | None = Query(None, pattern="^[A-Z]{2}$"),
    limit: int = Query(50, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=100_000),
):
    rows = Network.objects.filter(recognised_networks_q()).order_by("kind", "name")
    if state:
        rows = rows.filter(federal_states__contains=state)
    total = rows.count()
    items = list(rows[offset : offset + limit]) if offset < total else []
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "items": [_network_out(n) for n in items],
    }


@router.get("/events", response={200: EventPage, **ERRORS}, summary="Veranstaltungen")
def list_events(
    request,
    network: str | None = Query(None, pattern="^[-a-z0-9_]{1,60}$"),
    past: bool = Query(False),
    limit: int = Query(50, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=100_000),
):
    """Upcoming events (with `past=true` also those that ended), soonest first."""
    rows = _visible_events(request.user).select_related("network")
    if network:
        rows = rows.filter(network__slug=network)
    if not past:
        rows = rows.filter(ends_at__gte=timezone.now())
    rows = rows.order_by("starts_at", "pk")
    total = rows.count()
    items = list(rows[offset : offset + limit]) if offset < total else []
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "items": [_event_out(e) for e in items],
    }


@router.get("/events/{event_id}", response={200: EventOut, **ERRORS}, summary="Veranstaltung")
def get_event(request, event_id: EventId):
    event = _visible_events(request.user).select_related("network").filter(pk=event_id).first()
    if event is None:
        raise Http404
    return _event_out(event)
