"""A read-only OParl 1.1 view of what is public (https://oparl.org/spezifikation/).

Mapping: the network as a whole is the one OParl Body (Körperschaft); our bodies
(Gremien) are OParl Organizations. Only meetings with approved minutes appear,
and of them only the public agenda items and their files. People appear where
the public part names them (presenters, note-takers) or as chair or secretariat
of a body; never with their e-mail address.
"""

import datetime as dt
import functools
import math
from collections import defaultdict
from types import SimpleNamespace
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Prefetch, Q
from django.http import JsonResponse
from django.urls import get_script_prefix, get_urlconf, path, reverse
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from transferhub.decisions.models import Decision
from transferhub.lib.dates import MAX_YEAR, MIN_YEAR, date_in_range
from transferhub.meetings.models import AgendaItem, Attachment, Meeting
from transferhub.meetings.services import agenda_schedule
from transferhub.network.models import Body, Membership, Person

OPARL = "https://schema.oparl.org/1.1/"
PAGE_SIZE = 50
# A meeting embeds its agenda items (often 10–30): 20 of them are already some 200 KB.
MEETINGS_PER_PAGE = 20
BODY_KEY = "1"  # the network is the one and only OParl body
PUBLIC_ROLES = (Membership.Role.CHAIR, Membership.Role.SECRETARIAT)


class BadFilter(Exception):
    pass


class FilterOutOfRange(BadFilter):
    """A well-formed moment outside the years we accept (it would overflow on the way to UTC)."""


# A large number that no URL contains otherwise: reverse() once per URL name with it in
# place of the primary key(s), then build each object's URL by string joining. A list page
# names thousands of URLs; reverse() per URL was most of its cost.
SENTINEL = 987654321987


class _Urls:
    """Absolute URLs of one site and script prefix, by URL name and integer arguments."""

    def __init__(self, site_url: str):
        self.site_url = site_url
        self.parts: dict[tuple[str, int], list[str]] = {}

    def _split(self, name: str, count: int) -> list[str]:
        text = self.site_url + reverse(name, args=[SENTINEL + i for i in range(count)])
        parts = []
        for i in range(count):
            head, text = text.split(str(SENTINEL + i), 1)
            parts.append(head)
        parts.append(text)
        return parts

    def __call__(self, name: str, *args: int) -> str:
        parts = self.parts.get((name, len(args)))
        if parts is None:
            parts = self.parts[(name, len(args))] = self._split(name, len(args))
        if len(args) == 1:
            return f"{parts[0]}{args[0]}{parts[1]}"
        out = [parts[0]]
        for arg, part in zip(args, parts[1:], strict=True):
            out += (str(arg), part)
        return "".join(out)

    def oparl(self, name: str, *args: int) -> str:
        return self(f"api:oparl-{name}", *args)


@functools.lru_cache(maxsize=16)
def _urls_for(site_url: str, script_prefix: str, urlconf) -> _Urls:
    return _Urls(site_url)


def urls() -> _Urls:
    """The URL builder for this request's site, script prefix and URLconf."""
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    return _urls_for(settings.SITE_URL, get_script_prefix(), urlconf)


def url(name: str, *args) -> str:
    if all(type(a) is int for a in args):
        return urls().oparl(name, *args)
    return settings.SITE_URL + reverse(f"api:oparl-{name}", args=args)


@functools.lru_cache(maxsize=64)
def _labels_for(model, field_name: str, language) -> dict:
    field = model._meta.get_field(field_name)
    return {value: str(label) for value, label in field.flatchoices}


def labels(model, field_name: str) -> dict:
    """{value: what get_<field>_display() says} for the active language."""
    return _labels_for(model, field_name, get_language())


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


def file_obj(a: Attachment, u: _Urls | None = None) -> dict:
    u = u or urls()
    access = u("meetings:attachment", a.meeting_id, a.pk)
    return clean(
        {
            "id": u.oparl("file", a.pk),
            "type": OPARL + "File",
            "name": f"{a.label}: {a.name}",
            "fileName": a.file_name,
            "mimeType": a.mime_type,
            "size": a.size,
            "date": a.created.date().isoformat(),
            "accessUrl": access,
            "downloadUrl": access,
            "meeting": [u.oparl("meeting", a.meeting_id)],
            "agendaItem": [u.oparl("agendaitem", a.agenda_item_id)] if a.agenda_item_id else [],
            "created": stamp(a.created),
            "modified": stamp(a.modified),
        }
    )


def _aware(date: dt.date, time: dt.time) -> str:
    return dt.datetime.combine(date, time, tzinfo=ZoneInfo(settings.TIME_ZONE)).isoformat()


def item_obj(
    item: AgendaItem,
    times: dict | None = None,
    files: list | None = None,
    u: _Urls | None = None,
    results: dict | None = None,
) -> dict:
    """An item loaded through prepare_items (its files and decision texts attached).

    A meeting passes its items' files, the URL builder and the result labels, worked out
    once for all its items.
    """
    u = u or urls()
    results = results or labels(AgendaItem, "status")
    start, end = (times or {}).get(item.pk, (None, None))
    return clean(
        {
            "id": u.oparl("agendaitem", item.pk),
            "type": OPARL + "AgendaItem",
            "meeting": u.oparl("meeting", item.meeting_id),
            "number": item.number,
            "order": item.order,
            "name": item.name,
            "public": True,
            "result": results.get(item.status, item.status),
            "resolutionText": "\n\n".join(item.decision_texts),
            "auxiliaryFile": files if files is not None else [file_obj(a) for a in item.files],
            "start": start,
            "end": end,
            "created": stamp(item.created),
            "modified": stamp(item.modified),
        }
    ) | {"order": item.order}


def location_obj(meeting: Meeting, embedded: bool = False) -> dict:
    u = urls()
    return clean(
        {
            "id": u.oparl("location", meeting.pk),
            "type": OPARL + "Location",
            "description": meeting.location,
            "meetings": [] if embedded else [u.oparl("meeting", meeting.pk)],
            "created": stamp(meeting.created),
            "modified": stamp(meeting.modified),
        }
    )


def meeting_obj(meeting: Meeting) -> dict:
    """A meeting loaded through prepare_meetings (its items attached)."""
    u = urls()
    items = meeting.public_items
    every = meeting.all_items  # the plan's times need every item, breaks included
    schedule, _overrun = agenda_schedule(meeting, every)
    times = {
        row.item.pk: (_aware(meeting.date, row.start), _aware(meeting.date, row.end))
        for row in schedule
    }
    files = {i.pk: [file_obj(a, u) for a in i.files] for i in items}
    results = labels(AgendaItem, "status")
    return clean(
        {
            "id": u.oparl("meeting", meeting.pk),
            "type": OPARL + "Meeting",
            "name": meeting.name,
            "meetingState": labels(Meeting, "state").get(meeting.state, meeting.state),
            "cancelled": False,
            "start": _aware(meeting.date, meeting.start_time),
            "end": _aware(meeting.date, meeting.end_time),
            "location": location_obj(meeting, embedded=True) if meeting.location else None,
            "organization": [u.oparl("organization", meeting.body_id)],
            "agendaItem": [item_obj(i, times, files[i.pk], u, results) for i in items],
            "auxiliaryFile": [f for i in items for f in files[i.pk]],
            "created": stamp(meeting.created),
            "modified": stamp(meeting.modified),
            "web": u("meetings:detail", meeting.pk),
        }
    ) | {"cancelled": False}


# Loading related rows so that a list page costs a fixed number of queries -----------------
# One query per related set, grouped in Python: prefetch_related() builds a queryset per
# object, which cost more than the whole rest of the meeting list.

ITEM_FIELDS = (
    "id",
    "meeting_id",
    "order",
    "number",
    "name",
    "kind",
    "duration_minutes",
    "status",
    "public",
    "created",
    "modified",
)
FILE_FIELDS = (
    "id",
    "meeting_id",
    "agenda_item_id",
    "number",
    "name",
    "file_name",
    "mime_type",
    "size",
    "created",
    "modified",
)


class _Row(SimpleNamespace):
    """A row read with values_list(): a list page reads a thousand items, and model
    instances cost more to build than the rest of the page."""


class _FileRow(_Row):
    label = Attachment.label  # the model's own property; it reads `number`


def _rows(queryset, fields, cls=_Row) -> list:
    return [
        cls(pk=row[0], **dict(zip(fields, row, strict=True)))
        for row in queryset.values_list(*fields)
    ]


def prepare_items(rows, *, meeting_ids=None) -> list:
    """Attach each item's files (`files`) and decision texts (`decision_texts`).

    With `meeting_ids` (all public items of these meetings), select by meeting: cheaper
    than a list of a thousand item ids.
    """
    items = list(rows)
    if meeting_ids is None:
        which = {"agenda_item_id__in": [i.pk for i in items]}
    else:
        which = {"agenda_item__meeting_id__in": meeting_ids, "agenda_item__public": True}
    files = defaultdict(list)
    for a in _rows(
        Attachment.objects.filter(**which).order_by("number", "pk"), FILE_FIELDS, _FileRow
    ):
        files[a.agenda_item_id].append(a)
    texts = defaultdict(list)
    for item_id, text in (
        Decision.objects.filter(**which)
        .order_by("sequence", "pk")
        .values_list("agenda_item_id", "text")
    ):
        texts[item_id].append(text)
    for i in items:
        i.files = files[i.pk]
        i.decision_texts = texts[i.pk]
    return items


def prepare_meetings(rows) -> list:
    """Attach each meeting's items (`all_items`) and public items (`public_items`)."""
    meetings = list(rows)
    ids = [m.pk for m in meetings]
    every = defaultdict(list)
    items = AgendaItem.objects.filter(meeting_id__in=ids).order_by("meeting_id", "order")
    for item in _rows(items, ITEM_FIELDS):
        every[item.meeting_id].append(item)
    public = []
    for m in meetings:
        m.all_items = every[m.pk]
        m.public_items = [i for i in m.all_items if i.public]
        public += m.public_items
    prepare_items(public, meeting_ids=ids)
    return meetings


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
    if not date_in_range(moment):
        raise FilterOutOfRange(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(settings.TIME_ZONE))
    return moment


def oparl_list(
    request, queryset, convert, list_url: str, *, prepare=None, field_map=None, meetings=False
):
    """An OParl list: `data`, `pagination`, `links`, with the created/modified filters."""
    per_page = min(MEETINGS_PER_PAGE, PAGE_SIZE) if meetings else PAGE_SIZE
    field_map = field_map or {}
    params = {}
    try:
        for name, (field, op) in FILTERS.items():
            if request.GET.get(name):
                moment = _moment(request.GET[name])
                params[name] = request.GET[name]
                queryset = queryset.filter(**{f"{field_map.get(field, field)}__{op}": moment})
    except FilterOutOfRange:
        return error(
            400,
            "invalid_filter",
            _("Zeitpunkt außerhalb des erlaubten Bereichs: nur die Jahre %(min)s bis %(max)s.")
            % {"min": MIN_YEAR, "max": MAX_YEAR},
        )
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
    pages = max(1, math.ceil(total / per_page))
    rows = queryset[(page - 1) * per_page : page * per_page] if page <= pages else []
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
                "elementsPerPage": per_page,
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


def _list_view(name: str, queryset_func, convert, prepare=None, meetings=False):
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
            prepare=prepare,
            meetings=meetings,
        )

    return view


def _items_with_times(item: AgendaItem) -> dict:
    meeting = item.meeting
    every = meeting.agenda_items.only(*ITEM_FIELDS).order_by("order")
    schedule, _overrun = agenda_schedule(meeting, list(every))
    times = {
        row.item.pk: (_aware(meeting.date, row.start), _aware(meeting.date, row.end))
        for row in schedule
    }
    return item_obj(item, times)


body_organizations = _list_view(
    "body-organizations", Body.objects.all, organization_obj, _prefetched(organizations_qs)
)
body_people = _list_view("body-people", public_people, person_obj, _prefetched(people_qs))
body_meetings = _list_view(
    "body-meetings", public_meetings, meeting_obj, prepare_meetings, meetings=True
)
body_items = _list_view("body-items", public_items, item_obj, prepare_items)
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
        prepare=prepare_meetings,
        meetings=True,
    )


@require_GET
def person(request, pk: int):
    return _one(public_people(), pk, person_obj, _prefetched(people_qs))


@require_GET
def membership(request, pk: int):
    return _one(public_memberships(), pk, membership_obj)


@require_GET
def meeting(request, pk: int):
    return _one(public_meetings(), pk, meeting_obj, prepare_meetings)


@require_GET
def agendaitem(request, pk: int):
    return _one(public_items().select_related("meeting"), pk, _items_with_times, prepare_items)


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
