"""A read-only OParl 1.1 view of what is public (https://oparl.org/spezifikation/).

Mapping: the network as a whole is the one OParl Body (Körperschaft); our bodies
(Gremien) are OParl Organizations. Only meetings with approved minutes appear,
and of them only the public agenda items and their files. People appear where
the public part names them (presenters, note-takers) or as chair or secretariat
of a body; never with their e-mail address.
"""

import datetime as dt
import math
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Prefetch, Q
from django.http import JsonResponse
from django.urls import path, reverse
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from transferhub.decisions.models import Decision
from transferhub.meetings.models import AgendaItem, Attachment, Meeting
from transferhub.meetings.services import agenda_schedule
from transferhub.network.models import Body, Membership, Person

OPARL = "https://schema.oparl.org/1.1/"
PAGE_SIZE = 50
BODY_KEY = "1"  # the network is the one and only OParl body
PUBLIC_ROLES = (Membership.Role.CHAIR, Membership.Role.SECRETARIAT)


class BadFilter(Exception):
    pass


def url(name: str, *args) -> str:
    return settings.SITE_URL + reverse(f"api:oparl-{name}", args=args)


def stamp(value) -> str | None:
    return value.astimezone(ZoneInfo(settings.TIME_ZONE)).isoformat() if value else None


def clean(obj: dict) -> dict:
    """Drop empty optional values: OParl says to leave out what is not known."""
    return {k: v for k, v in obj.items() if v not in (None, "", [])}


def oparl_response(data: dict, status: int = 200) -> JsonResponse:
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    # OParl is public data meant for other sites' scripts too.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def error(status: int, code: str, message: str) -> JsonResponse:
    return oparl_response({"code": code, "message": message}, status=status)


# What is public -------------------------------------------------------------------------


def public_meetings():
    return Meeting.objects.filter(state=Meeting.State.MINUTES_APPROVED)


def public_items():
    return AgendaItem.objects.filter(public=True, meeting__state=Meeting.State.MINUTES_APPROVED)


def public_files():
    return Attachment.objects.filter(
        agenda_item__public=True, meeting__state=Meeting.State.MINUTES_APPROVED
    )


def public_memberships():
    return Membership.objects.filter(role__in=PUBLIC_ROLES)


def public_people():
    approved = Meeting.State.MINUTES_APPROVED
    return Person.objects.filter(
        Q(
            presentations__agenda_item__public=True,
            presentations__agenda_item__meeting__state=approved,
        )
        | Q(pk__in=Meeting.objects.filter(state=approved).values("note_taker_id"))
        | Q(memberships__role__in=PUBLIC_ROLES)
    ).distinct()


def public_locations():
    return public_meetings().exclude(location="")


# Objects ----------------------------------------------------------------------------------


def system_obj() -> dict:
    return clean(
        {
            "id": url("system"),
            "type": OPARL + "System",
            "oparlVersion": OPARL,
            "body": url("bodies"),
            "name": getattr(settings, "OPARL_SYSTEM_NAME", "Transferhub"),
            "website": settings.SITE_URL + "/",
            "contactEmail": getattr(settings, "OPARL_CONTACT_EMAIL", ""),
            "web": settings.SITE_URL + "/",
        }
    )


def body_obj() -> dict:
    first = Body.objects.order_by("created").values_list("created", flat=True).first()
    last = Body.objects.order_by("-modified").values_list("modified", flat=True).first()
    return clean(
        {
            "id": url("body", BODY_KEY),
            "type": OPARL + "Body",
            "system": url("system"),
            "name": getattr(settings, "OPARL_BODY_NAME", "Transferhub-Netzwerk"),
            "shortName": getattr(settings, "OPARL_BODY_SHORT_NAME", ""),
            "website": settings.SITE_URL + "/",
            "classification": _("Netzwerk"),
            "organization": url("body-organizations", BODY_KEY),
            "person": url("body-people", BODY_KEY),
            "meeting": url("body-meetings", BODY_KEY),
            "paper": url("body-papers", BODY_KEY),
            "agendaItem": url("body-items", BODY_KEY),
            "file": url("body-files", BODY_KEY),
            "membership": url("body-memberships", BODY_KEY),
            "locationList": url("body-locations", BODY_KEY),
            "legislativeTerm": [],
            "created": stamp(first),
            "modified": stamp(last),
            "web": settings.SITE_URL + reverse("network:bodies"),
        }
    ) | {"legislativeTerm": []}


def organization_obj(body: Body) -> dict:
    return clean(
        {
            "id": url("organization", body.pk),
            "type": OPARL + "Organization",
            "body": url("body", BODY_KEY),
            "name": body.name,
            "shortName": body.short_name,
            "organizationType": "Gremium",
            "classification": body.get_classification_display(),
            "subOrganizationOf": url("organization", body.parent_id) if body.parent_id else None,
            "membership": [url("membership", m.pk) for m in body.public_memberships],
            "meeting": url("organization-meetings", body.pk),
            "created": stamp(body.created),
            "modified": stamp(body.modified),
            "web": settings.SITE_URL + reverse("network:body", args=[body.pk]),
        }
    )


def membership_obj(m: Membership) -> dict:
    return clean(
        {
            "id": url("membership", m.pk),
            "type": OPARL + "Membership",
            "person": url("person", m.person_id),
            "organization": url("organization", m.body_id),
            "role": m.get_role_display(),
            "startDate": m.start_date.isoformat() if m.start_date else None,
            "endDate": m.end_date.isoformat() if m.end_date else None,
            "created": stamp(m.created),
            "modified": stamp(m.modified),
        }
    )


def person_obj(p: Person) -> dict:
    return clean(
        {
            "id": url("person", p.pk),
            "type": OPARL + "Person",
            "body": url("body", BODY_KEY),
            "name": p.full_name,
            "familyName": p.family_name,
            "givenName": p.given_name,
            "title": p.title.split() if p.title else [],
            "membership": [membership_obj(m) for m in p.public_memberships],
            "created": stamp(p.created),
            "modified": stamp(p.modified),
        }
    )


def file_obj(a: Attachment) -> dict:
    access = settings.SITE_URL + reverse("meetings:attachment", args=[a.meeting_id, a.pk])
    return clean(
        {
            "id": url("file", a.pk),
            "type": OPARL + "File",
            "name": f"{a.label}: {a.name}",
            "fileName": a.file_name,
            "mimeType": a.mime_type,
            "size": a.size,
            "date": a.created.date().isoformat(),
            "accessUrl": access,
            "downloadUrl": access,
            "meeting": [url("meeting", a.meeting_id)],
            "agendaItem": [url("agendaitem", a.agenda_item_id)] if a.agenda_item_id else [],
            "created": stamp(a.created),
            "modified": stamp(a.modified),
        }
    )


def _aware(date: dt.date, time: dt.time) -> str:
    return dt.datetime.combine(date, time, tzinfo=ZoneInfo(settings.TIME_ZONE)).isoformat()


def item_obj(item: AgendaItem, times: dict | None = None) -> dict:
    start, end = (times or {}).get(item.pk, (None, None))
    decisions = [d.text for d in item.decisions.all()]
    return clean(
        {
            "id": url("agendaitem", item.pk),
            "type": OPARL + "AgendaItem",
            "meeting": url("meeting", item.meeting_id),
            "number": item.number,
            "order": item.order,
            "name": item.name,
            "public": True,
            "result": item.get_status_display(),
            "resolutionText": "\n\n".join(decisions),
            "auxiliaryFile": [file_obj(a) for a in item.attachments.all()],
            "start": start,
            "end": end,
            "created": stamp(item.created),
            "modified": stamp(item.modified),
        }
    ) | {"order": item.order}


def location_obj(meeting: Meeting, embedded: bool = False) -> dict:
    return clean(
        {
            "id": url("location", meeting.pk),
            "type": OPARL + "Location",
            "description": meeting.location,
            "meetings": [] if embedded else [url("meeting", meeting.pk)],
            "created": stamp(meeting.created),
            "modified": stamp(meeting.modified),
        }
    )


def meeting_obj(meeting: Meeting) -> dict:
    items = list(meeting.public_items)
    every = meeting.all_items  # the plan's times need every item, breaks included
    schedule, _overrun = agenda_schedule(meeting, every)
    times = {
        row.item.pk: (_aware(meeting.date, row.start), _aware(meeting.date, row.end))
        for row in schedule
    }
    return clean(
        {
            "id": url("meeting", meeting.pk),
            "type": OPARL + "Meeting",
            "name": meeting.name,
            "meetingState": meeting.get_state_display(),
            "cancelled": False,
            "start": _aware(meeting.date, meeting.start_time),
            "end": _aware(meeting.date, meeting.end_time),
            "location": location_obj(meeting, embedded=True) if meeting.location else None,
            "organization": [url("organization", meeting.body_id)],
            "agendaItem": [item_obj(i, times) for i in items],
            "auxiliaryFile": [file_obj(a) for i in items for a in i.attachments.all()],
            "created": stamp(meeting.created),
            "modified": stamp(meeting.modified),
            "web": settings.SITE_URL + meeting.get_absolute_url(),
        }
    ) | {"cancelled": False}


# Prefetching so that a list page costs a fixed number of queries -------------------------

ITEM_LOOKUPS = [
    Prefetch("attachments", queryset=Attachment.objects.order_by("number")),
    Prefetch("decisions", queryset=Decision.objects.order_by("sequence")),
]


def meetings_qs(qs):
    return qs.prefetch_related(
        Prefetch(
            "agenda_items",
            queryset=AgendaItem.objects.filter(public=True)
            .order_by("order")
            .prefetch_related(*ITEM_LOOKUPS),
            to_attr="public_items",
        ),
        Prefetch(
            "agenda_items", queryset=AgendaItem.objects.order_by("order"), to_attr="all_items"
        ),
    )


def people_qs(qs):
    return qs.prefetch_related(
        Prefetch(
            "memberships",
            queryset=Membership.objects.filter(role__in=PUBLIC_ROLES).order_by("pk"),
            to_attr="public_memberships",
        )
    )


def organizations_qs(qs):
    return qs.prefetch_related(
        Prefetch(
            "memberships",
            queryset=Membership.objects.filter(role__in=PUBLIC_ROLES).order_by("pk"),
            to_attr="public_memberships",
        )
    )


# Lists ----------------------------------------------------------------------------------------

FILTERS = {
    "created_since": ("created", "gte"),
    "created_until": ("created", "lte"),
    "modified_since": ("modified", "gte"),
    "modified_until": ("modified", "lte"),
}


def _moment(value: str) -> dt.datetime:
    moment = parse_datetime(value.replace(" ", "+"))  # a "+" in a query string arrives as " "
    if moment is None:
        day = parse_date(value)
        if day is None:
            raise BadFilter(value)
        moment = dt.datetime.combine(day, dt.time())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(settings.TIME_ZONE))
    return moment


def oparl_list(request, queryset, convert, list_url: str, *, prepare=None, field_map=None):
    """An OParl list: `data`, `pagination`, `links`, with the created/modified filters."""
    field_map = field_map or {}
    params = {}
    try:
        for name, (field, op) in FILTERS.items():
            if request.GET.get(name):
                moment = _moment(request.GET[name])
                params[name] = request.GET[name]
                queryset = queryset.filter(**{f"{field_map.get(field, field)}__{op}": moment})
    except (BadFilter, ValueError):
        return error(
            400,
            "invalid_filter",
            _("Ungültiger Zeitpunkt; erwartet wird ISO 8601, z. B. 2022-09-15T09:00:00+02:00."),
        )
    try:
        page = max(1, int(request.GET.get("page", "1")))
    except ValueError:
        page = 1
    total = queryset.count()
    pages = max(1, math.ceil(total / PAGE_SIZE))
    rows = queryset[(page - 1) * PAGE_SIZE : page * PAGE_SIZE] if page <= pages else []
    if prepare is not None and rows:
        rows = prepare(rows)

    def link(number: int) -> str:
        return list_url + "?" + urlencode({**params, "page": number})

    links = {"first": link(1), "last": link(pages)}
    if page > 1:
        links["prev"] = link(min(page - 1, pages))
    if page < pages:
        links["next"] = link(page + 1)
    return oparl_response(
        {
            "data": [convert(r) for r in rows],
            "pagination": {
                "totalElements": total,
                "elementsPerPage": PAGE_SIZE,
                "currentPage": page,
                "totalPages": pages,
            },
            "links": links,
        }
    )


def _check_body(key: str):
    if key != BODY_KEY:
        return error(404, "not_found", _("Nicht gefunden."))
    return None


def _one(queryset, pk: int, convert, prepare=None):
    rows = list(queryset.filter(pk=pk))
    if not rows:
        return error(404, "not_found", _("Nicht gefunden."))
    if prepare is not None:
        rows = prepare(rows)
    return oparl_response(convert(rows[0]))


def _prefetched(qs_func):
    """Apply a prefetch-adding function to a sliced list of rows."""

    def prepare(rows):
        model = type(rows[0]) if rows else None
        if model is None:
            return rows
        ids = [r.pk for r in rows]
        fetched = {o.pk: o for o in qs_func(model.objects.filter(pk__in=ids))}
        return [fetched[i] for i in ids]

    return prepare


# Views -------------------------------------------------------------------------------------


@require_GET
def system(request):
    return oparl_response(system_obj())


@require_GET
def bodies(request):
    return oparl_response(
        {
            "data": [body_obj()],
            "pagination": {
                "totalElements": 1,
                "elementsPerPage": PAGE_SIZE,
                "currentPage": 1,
                "totalPages": 1,
            },
            "links": {"first": url("bodies") + "?page=1", "last": url("bodies") + "?page=1"},
        }
    )


@require_GET
def body(request, key: str):
    return _check_body(key) or oparl_response(body_obj())


def _list_view(name: str, queryset_func, convert, qs_func=None):
    @require_GET
    def view(request, key: str):
        missing = _check_body(key)
        if missing:
            return missing
        return oparl_list(
            request,
            queryset_func().order_by("pk"),
            convert,
            url(name, key),
            prepare=_prefetched(qs_func) if qs_func else None,
        )

    return view


def _item_prepare(qs):
    return qs.select_related("meeting").prefetch_related(*ITEM_LOOKUPS)


def _items_with_times(item: AgendaItem) -> dict:
    meeting = item.meeting
    schedule, _overrun = agenda_schedule(meeting, list(meeting.agenda_items.order_by("order")))
    times = {
        row.item.pk: (_aware(meeting.date, row.start), _aware(meeting.date, row.end))
        for row in schedule
    }
    return item_obj(item, times)


body_organizations = _list_view(
    "body-organizations", Body.objects.all, organization_obj, organizations_qs
)
body_people = _list_view("body-people", public_people, person_obj, people_qs)
body_meetings = _list_view("body-meetings", public_meetings, meeting_obj, meetings_qs)
body_items = _list_view("body-items", public_items, item_obj, _item_prepare)
body_files = _list_view("body-files", public_files, file_obj)
body_memberships = _list_view("body-memberships", public_memberships, membership_obj)
body_locations = _list_view("body-locations", public_locations, location_obj)
body_papers = _list_view("body-papers", Meeting.objects.none, lambda m: m)


@require_GET
def organization(request, pk: int):
    return _one(Body.objects.all(), pk, organization_obj, _prefetched(organizations_qs))


@require_GET
def organization_meetings(request, pk: int):
    if not Body.objects.filter(pk=pk).exists():
        return error(404, "not_found", _("Nicht gefunden."))
    return oparl_list(
        request,
        public_meetings().filter(body_id=pk).order_by("pk"),
        meeting_obj,
        url("organization-meetings", pk),
        prepare=_prefetched(meetings_qs),
    )


@require_GET
def person(request, pk: int):
    return _one(public_people(), pk, person_obj, _prefetched(people_qs))


@require_GET
def membership(request, pk: int):
    return _one(public_memberships(), pk, membership_obj)


@require_GET
def meeting(request, pk: int):
    return _one(public_meetings(), pk, meeting_obj, _prefetched(meetings_qs))


@require_GET
def agendaitem(request, pk: int):
    return _one(public_items(), pk, _items_with_times, _prefetched(_item_prepare))


@require_GET
def file(request, pk: int):
    return _one(public_files(), pk, file_obj)


@require_GET
def location(request, pk: int):
    return _one(public_locations(), pk, location_obj)


urlpatterns = [
    path("system", system, name="oparl-system"),
    path("body", bodies, name="oparl-bodies"),
    path("body/<str:key>", body, name="oparl-body"),
    path("body/<str:key>/organization", body_organizations, name="oparl-body-organizations"),
    path("body/<str:key>/person", body_people, name="oparl-body-people"),
    path("body/<str:key>/meeting", body_meetings, name="oparl-body-meetings"),
    path("body/<str:key>/paper", body_papers, name="oparl-body-papers"),
    path("body/<str:key>/agendaItem", body_items, name="oparl-body-items"),
    path("body/<str:key>/file", body_files, name="oparl-body-files"),
    path("body/<str:key>/membership", body_memberships, name="oparl-body-memberships"),
    path("body/<str:key>/locationList", body_locations, name="oparl-body-locations"),
    path("organization/<int:pk>", organization, name="oparl-organization"),
    path(
        "organization/<int:pk>/meeting", organization_meetings, name="oparl-organization-meetings"
    ),
    path("person/<int:pk>", person, name="oparl-person"),
    path("membership/<int:pk>", membership, name="oparl-membership"),
    path("meeting/<int:pk>", meeting, name="oparl-meeting"),
    path("agendaitem/<int:pk>", agendaitem, name="oparl-agendaitem"),
    path("file/<int:pk>", file, name="oparl-file"),
    path("location/<int:pk>", location, name="oparl-location"),
]
