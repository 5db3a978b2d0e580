"""A read-only OParl 1.1 view of what is public (https://oparl.org/spezifikation/).

Mapping: the network as a whole is the one OParl Body (Körperschaft); our bodies
(Gremien) are OParl Organizations. Only meetings with approved minutes appear,
and of them only the public agenda items and their files. People appear where
the public part names them (presenters, note-takers, authors of public papers) or
as chair or secretariat of a body; never with their e-mail address. Papers
(Vorlagen) marked public appear with their consultations and the files of their
documents, one OParl File per version.

Keeping a client in step: a meeting's `modified` is the latest of its own, its public
items', their files', decisions' and consultations', and its content time (moved by every
change its page shows, breaks and consulted papers' files included); an object that was
public and is no more stays at its URL and in the lists as a tombstone (`deleted: true`,
see oparl_changes).
"""

import datetime as dt
import functools
import hashlib
import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.cache import cache
from django.db.models import F, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.http import JsonResponse
from django.urls import get_script_prefix, get_urlconf, path, reverse
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.timezone import get_default_timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from transferhub.decisions.models import Decision
from transferhub.lib import fragments
from transferhub.lib.dates import MAX_YEAR, MIN_YEAR, date_in_range
from transferhub.meetings.models import AgendaItem, Attachment, Meeting
from transferhub.meetings.services import agenda_schedule
from transferhub.network.models import Body, Membership, Person
from transferhub.papers.models import Consultation, Paper, PaperFile, PaperFileVersion

from .models import FileChecksum, OparlTombstone

OPARL = "https://schema.oparl.org/1.1/"
PAGE_SIZE = 50  # OParl allows clients to expect at most 100
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
    # get_default_timezone() is cached (and reset when the setting changes); a list page
    # stamps some 900 times, and each settings.TIME_ZONE read costs as much as the stamp.
    return value.astimezone(get_default_timezone()).isoformat() if value else None


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
        | Q(pk__in=Paper.authors.through.objects.filter(paper__public=True).values("person_id"))
        | Q(pk__in=Paper.objects.filter(public=True).values("responsible_person_id"))
    ).distinct()


def public_locations():
    return public_meetings().exclude(location="")


def public_papers():
    return Paper.objects.filter(public=True)


def public_consultations():
    return Consultation.objects.filter(paper__public=True)


def public_paper_files():
    """Every version of a public paper's documents (each version is one OParl File)."""
    return PaperFileVersion.objects.filter(paper_file__paper__public=True)


def _latest(queryset):
    """The latest `modified` of the rows (a subquery)."""
    return Subquery(queryset.order_by("-modified").values("modified")[:1])


def _or_own(expression):
    # SQLite's MAX(a, b) is NULL when one is NULL: a meeting without items keeps its own.
    return Coalesce(expression, F("modified"))


def with_last_modified_meetings(queryset):
    """Annotate `last_modified`: the latest of the meeting, its public items and theirs."""
    public_items = Q(agenda_item__public=True)
    return queryset.annotate(
        last_modified=Greatest(
            F("modified"),
            # Moves with what the rest misses: non-public breaks' durations (the public
            # items' times follow them), papers' files (meetings/content.py).
            F("content_modified"),
            _or_own(_latest(AgendaItem.objects.filter(meeting=OuterRef("pk"), public=True))),
            _or_own(_latest(Attachment.objects.filter(public_items, meeting=OuterRef("pk")))),
            _or_own(_latest(Decision.objects.filter(public_items, meeting=OuterRef("pk")))),
            _or_own(
                _latest(
                    Consultation.objects.filter(
                        public_items, agenda_item__meeting=OuterRef("pk"), paper__public=True
                    )
                )
            ),
            _or_own(
                _latest(
                    OparlTombstone.objects.filter(
                        meeting_id=OuterRef("pk"), kind__in=("agendaitem", "file")
                    )
                )
            ),
        )
    )


def with_last_modified_items(queryset):
    """Annotate `last_modified`: the latest of the item, its files, decisions, consultations."""
    return queryset.annotate(
        last_modified=Greatest(
            F("modified"),
            _or_own(_latest(Attachment.objects.filter(agenda_item=OuterRef("pk")))),
            _or_own(_latest(Decision.objects.filter(agenda_item=OuterRef("pk")))),
            _or_own(
                _latest(Consultation.objects.filter(agenda_item=OuterRef("pk"), paper__public=True))
            ),
            _or_own(_latest(OparlTombstone.objects.filter(item_id=OuterRef("pk"), kind="file"))),
        )
    )


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
            **_body_times(),
        }
    )


def _body_times() -> dict:
    first = Body.objects.order_by("created").values_list("created", flat=True).first()
    last = Body.objects.order_by("-modified").values_list("modified", flat=True).first()
    return {"created": stamp(first), "modified": stamp(last)}


def body_obj() -> dict:
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
            "consultation": url("body-consultations", BODY_KEY),
            "legislativeTerm": [],
            **_body_times(),
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


CHECKSUMS_PER_ANSWER = 10  # older files without checksums: worked out a few per answer


def checksum_store(attachment: Attachment) -> FileChecksum | None:
    """Work out and keep an attachment's SHA-1 and SHA-512 (None when its file is gone)."""
    sha1, sha512 = hashlib.sha1(), hashlib.sha512()  # noqa: S324 - OParl's checksum
    try:
        with attachment.file.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1024 * 1024), b""):
                sha1.update(chunk)
                sha512.update(chunk)
    except (OSError, ValueError):
        return None
    checksum, _created = FileChecksum.objects.update_or_create(
        attachment_id=attachment.pk,
        defaults={"sha1": sha1.hexdigest(), "sha512": sha512.hexdigest()},
    )
    return checksum


def prepare_files(rows) -> list:
    """Attach `sha1` and `sha512` to attachments (rows with `pk`)."""
    files = list(rows)
    known = {
        c.attachment_id: c
        for c in FileChecksum.objects.filter(attachment_id__in=[a.pk for a in files])
    }
    missing = [a.pk for a in files if a.pk not in known][:CHECKSUMS_PER_ANSWER]
    for attachment in Attachment.objects.filter(pk__in=missing).only("id", "file"):
        checksum = checksum_store(attachment)
        if checksum is not None:
            known[attachment.pk] = checksum
    for a in files:
        checksum = known.get(a.pk)
        a.sha1 = checksum.sha1 if checksum else None
        a.sha512 = checksum.sha512 if checksum else None
    return files


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
            "sha1Checksum": getattr(a, "sha1", None),
            "sha512Checksum": getattr(a, "sha512", None),
            "date": a.created.date().isoformat(),
            "accessUrl": access,
            "downloadUrl": access,
            "meeting": [u.oparl("meeting", a.meeting_id)],
            "agendaItem": [u.oparl("agendaitem", a.agenda_item_id)] if a.agenda_item_id else [],
            "created": stamp(a.created),
            "modified": stamp(a.modified),
        }
    )


def paper_file_obj(v: PaperFileVersion, u: _Urls | None = None) -> dict:
    """One version of a paper's document (select_related paper_file)."""
    u = u or urls()
    return clean(
        {
            "id": u.oparl("paperfile", v.pk),
            "type": OPARL + "File",
            "name": f"{v.paper_file.name} (Version {v.number})",
            "fileName": v.file_name,
            "mimeType": v.mime_type,
            "size": v.size,
            "sha1Checksum": v.sha1,
            "sha512Checksum": v.sha512,
            "date": v.created.date().isoformat(),
            "accessUrl": u("papers:version", v.pk),
            "downloadUrl": u("papers:version_download", v.pk),
            "paper": [u.oparl("paper", v.paper_file.paper_id)],
            "created": stamp(v.created),
            "modified": stamp(v.created),
            "web": u("papers:detail", v.paper_file.paper_id),
        }
    )


# The files the site makes of a meeting: the agenda (invitation) and the approved minutes.
MADE_FILES = {
    "invitation": ("protocols:agenda_pdf", "tagesordnung.pdf", "Einladung mit Tagesordnung"),
    "protocol": ("protocols:protocol_pdf", "protokoll.pdf", "Ergebnisprotokoll"),
}


def made_file_obj(kind: str, meeting: Meeting, modified=None) -> dict:
    u = urls()
    view, file_name, name = MADE_FILES[kind]
    access = u(view, meeting.pk)
    return clean(
        {
            "id": u.oparl(f"{kind}file", meeting.pk),
            "type": OPARL + "File",
            "name": f"{_(name)}: {meeting.name}",
            "fileName": file_name,
            "mimeType": "application/pdf",
            "date": meeting.date.isoformat(),
            "accessUrl": access,
            "downloadUrl": access,
            "meeting": [u.oparl("meeting", meeting.pk)],
            "created": stamp(meeting.created),
            "modified": stamp(modified or meeting.modified),
        }
    )


def consultation_obj(c, u: _Urls | None = None, roles: dict | None = None) -> dict:
    """A consultation loaded with its agenda item's public state (see prepare_consultations)."""
    u = u or urls()
    roles = roles or labels(Consultation, "role")
    shown = getattr(c, "item_public", False)
    return clean(
        {
            "id": u.oparl("consultation", c.pk),
            "type": OPARL + "Consultation",
            "paper": u.oparl("paper", c.paper_id),
            "agendaItem": u.oparl("agendaitem", c.agenda_item_id) if shown else None,
            "meeting": u.oparl("meeting", c.meeting_id) if shown else None,
            "organization": [u.oparl("organization", c.body_id)],
            "authoritative": c.authoritative,
            "role": roles.get(c.role, c.role),
            "keyword": [labels(Consultation, "result")[c.result]] if c.result else [],
            "created": stamp(c.created),
            "modified": stamp(c.modified),
        }
    ) | {"authoritative": c.authoritative}


def prepare_consultations(rows) -> list:
    """Attach `item_public` and `meeting_id` (the item's meeting, when public)."""
    rows = list(rows)
    item_ids = [c.agenda_item_id for c in rows if c.agenda_item_id]
    meetings = dict(public_items().filter(pk__in=item_ids).values_list("pk", "meeting_id"))
    for c in rows:
        c.item_public = c.agenda_item_id in meetings
        c.meeting_id = meetings.get(c.agenda_item_id)
    return rows


def paper_obj(p: Paper) -> dict:
    """A paper loaded through prepare_papers."""
    u = urls()
    types = labels(Paper, "paper_type")
    roles = labels(Consultation, "role")
    main = [v for role, v in p.current_versions if role == PaperFile.Role.MAIN]
    others = [v for role, v in p.current_versions if role != PaperFile.Role.MAIN]
    return clean(
        {
            "id": u.oparl("paper", p.pk),
            "type": OPARL + "Paper",
            "body": u.oparl("body", BODY_KEY),
            "name": p.title,
            "reference": p.reference,
            "date": p.date.isoformat() if p.date else None,
            "paperType": types.get(p.paper_type, p.paper_type),
            "mainFile": paper_file_obj(main[0], u) if main else None,
            "auxiliaryFile": [paper_file_obj(v, u) for v in others],
            "originatorPerson": [u.oparl("person", pk) for pk in p.author_ids],
            "underDirectionOf": [u.oparl("organization", p.body_id)] if p.body_id else [],
            "consultation": [consultation_obj(c, u, roles) for c in p.consultation_rows],
            "keyword": [labels(Paper, "status").get(p.status, p.status)],
            "created": stamp(p.created),
            "modified": stamp(p.modified),
            "web": u("papers:detail", p.pk),
        }
    )


def prepare_papers(rows) -> list:
    """Attach `current_versions` [(role, version)], `author_ids` and `consultation_rows`."""
    papers = list(rows)
    ids = [p.pk for p in papers]
    versions = defaultdict(list)
    seen = set()
    for v in (
        PaperFileVersion.objects.filter(paper_file__paper_id__in=ids)
        .select_related("paper_file")
        .order_by("paper_file__role", "paper_file_id", "-number")
    ):
        if v.paper_file_id not in seen:  # the newest version of each document
            seen.add(v.paper_file_id)
            versions[v.paper_file.paper_id].append((v.paper_file.role, v))
    authors = defaultdict(list)
    for paper_id, person_id in Paper.authors.through.objects.filter(paper_id__in=ids).values_list(
        "paper_id", "person_id"
    ):
        authors[paper_id].append(person_id)
    consultations = defaultdict(list)
    for c in prepare_consultations(
        Consultation.objects.filter(paper_id__in=ids).order_by("position", "pk")
    ):
        consultations[c.paper_id].append(c)
    for p in papers:
        p.current_versions = versions[p.pk]
        p.author_ids = sorted(authors[p.pk])
        p.consultation_rows = consultations[p.pk]
    return papers


def tombstone_obj(t: OparlTombstone) -> dict:
    """What stays of an object that went: its id, type, times and `deleted`."""
    u = urls()
    kind = {"paperfile": "File", "agendaitem": "AgendaItem", "file": "File"}.get(
        t.kind, t.kind.capitalize()
    )
    obj = {
        "id": u.oparl(t.kind, t.object_id),
        "type": OPARL + kind,
        "deleted": True,
        "created": stamp(t.created),
        "modified": stamp(t.modified),
    }
    if t.kind == "agendaitem":  # the schema asks for these of every object of the kind
        obj["order"] = t.data.get("order", 0)
    if t.kind == "file":
        obj["accessUrl"] = u("meetings:attachment", t.data.get("meeting", 0), t.object_id)
    if t.kind == "paperfile":
        obj["accessUrl"] = u("papers:version", t.object_id)
    return obj


def _aware(date: dt.date, time: dt.time) -> str:
    return dt.datetime.combine(date, time, tzinfo=get_default_timezone()).isoformat()


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
    files = files if files is not None else [file_obj(a) for a in item.files]
    discussed = [paper_file_obj(v, u) for v in item.versions_discussed]
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
            "consultation": (
                u.oparl("consultation", item.consultation_ids[0]) if item.consultation_ids else None
            ),
            # The version a body adopted is the file of its resolution.
            "resolutionFile": (
                paper_file_obj(item.version_adopted, u) if item.version_adopted else None
            ),
            "auxiliaryFile": files + discussed,
            "start": start,
            "end": end,
            "created": stamp(item.created),
            "modified": stamp(item.last_modified),
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
            "invitation": made_file_obj("invitation", meeting, meeting.last_modified),
            "resultsProtocol": made_file_obj("protocol", meeting, meeting.last_modified),
            "agendaItem": [item_obj(i, times, files[i.pk], u, results) for i in items],
            "auxiliaryFile": [f for i in items for f in files[i.pk]],
            "created": stamp(meeting.created),
            "modified": stamp(meeting.last_modified),
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
    for a in prepare_files(
        _rows(Attachment.objects.filter(**which).order_by("number", "pk"), FILE_FIELDS, _FileRow)
    ):
        files[a.agenda_item_id].append(a)
    texts = defaultdict(list)
    latest = defaultdict(list)  # the times that make an item's `modified`
    for item_id, text, modified in (
        Decision.objects.filter(**which)
        .order_by("sequence", "pk")
        .values_list("agenda_item_id", "text", "modified")
    ):
        texts[item_id].append(text)
        latest[item_id].append(modified)
    item_ids = [i.pk for i in items]
    consultations = defaultdict(list)
    adopted = {}
    discussed = defaultdict(list)
    version_ids = set()
    rows = (
        Consultation.objects.filter(**which, paper__public=True)
        .order_by("position", "pk")
        .values_list("pk", "agenda_item_id", "result", "version_discussed_id", "modified")
    )
    for pk, item_id, result, version_id, modified in rows:
        consultations[item_id].append(pk)
        latest[item_id].append(modified)
        if version_id:
            version_ids.add(version_id)
            discussed[item_id].append(version_id)
            if result in Consultation.ADOPTING:
                adopted[item_id] = version_id
    versions = {
        v.pk: v
        for v in PaperFileVersion.objects.filter(pk__in=version_ids).select_related("paper_file")
    }
    if meeting_ids is None:
        gone = OparlTombstone.objects.filter(kind="file", item_id__in=item_ids)
    else:  # a file's tombstone keeps its meeting; no list of a thousand item ids
        gone = OparlTombstone.objects.filter(kind="file", meeting_id__in=meeting_ids)
    wanted = set(item_ids)
    for item_id, modified in gone.values_list("item_id", "modified"):
        if item_id in wanted:
            latest[item_id].append(modified)
    for i in items:
        i.files = files[i.pk]
        i.decision_texts = texts[i.pk]
        i.consultation_ids = consultations[i.pk]
        i.versions_discussed = [versions[v] for v in dict.fromkeys(discussed[i.pk])]
        i.version_adopted = versions.get(adopted.get(i.pk))
        i.last_modified = max([i.modified, *latest[i.pk], *(a.modified for a in i.files)])
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
    gone = defaultdict(list)
    for meeting_id, modified in OparlTombstone.objects.filter(
        meeting_id__in=ids, kind__in=("agendaitem", "file")
    ).values_list("meeting_id", "modified"):
        gone[meeting_id].append(modified)
    for m in meetings:
        m.last_modified = max(
            [
                m.modified,
                m.content_modified,
                *gone[m.pk],
                *(i.last_modified for i in m.public_items),
            ]
        )
    return meetings


def meeting_objs(rows) -> list[dict]:
    """The meetings of a list page as OParl objects, each kept in the cache.

    A meeting's object changes only with its content stamp (moved by every change of
    its items, files, decisions, consultations and papers: meetings/content.py) or its
    `last_modified`; the key holds both, the language of the labels and the site's
    address. A list page of 20 meetings with some 350 items costs a fraction then.
    """
    meetings = list(rows)
    prefix = (
        f"oparl-meeting:{CODE_DIGEST}:{get_language()}:{settings.SITE_URL}:{get_script_prefix()}"
    )
    keys = {
        m.pk: f"{prefix}:{m.pk}:{m.content_stamp}:{m.last_modified.isoformat()}" for m in meetings
    }
    found = cache.get_many(list(keys.values()))
    missing = [m for m in meetings if keys[m.pk] not in found]
    if missing:
        made = {keys[m.pk]: meeting_obj(m) for m in prepare_meetings(missing)}
        cache.set_many(made, fragments.TIMEOUT_SECONDS)
        found |= made
    return [found[keys[m.pk]] for m in meetings]


# A changed serialisation misses the objects an older version left in a shared cache.
CODE_DIGEST = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:8]


def _as_is(obj: dict) -> dict:
    return obj


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


def _filter_refused(exc: Exception):
    """The 400 answer to a time filter (created_since, modified_until, …) that is no moment."""
    if isinstance(exc, FilterOutOfRange):
        message = _(
            "Zeitpunkt außerhalb des erlaubten Bereichs: nur die Jahre %(min)s bis %(max)s."
        ) % {"min": MIN_YEAR, "max": MAX_YEAR}
    else:
        message = _(
            "Ungültiger Zeitpunkt; erwartet wird ISO 8601, z. B. 2022-09-15T09:00:00+02:00."
        )
    return error(400, "invalid_filter", message)


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


@dataclass
class Part:
    """One kind of row an OParl list holds; a list shows its parts one after the other."""

    queryset: object
    convert: object
    prepare: object = None
    field_map: dict = field(default_factory=dict)


def _filtered(request, part: Part, params: dict) -> Part:
    queryset = part.queryset
    for name, (column, op) in FILTERS.items():
        if request.GET.get(name):
            moment = _moment(request.GET[name])
            params[name] = request.GET[name]
            queryset = queryset.filter(**{f"{part.field_map.get(column, column)}__{op}": moment})
    return Part(queryset, part.convert, part.prepare, part.field_map)


def oparl_list(
    request,
    queryset,
    convert,
    list_url: str,
    *,
    prepare=None,
    field_map=None,
    meetings=False,
    tombstones=None,
    more=(),
):
    """An OParl list: `data`, `pagination`, `links`, with the created/modified filters.

    `more` are further parts (a paper's files beside the meetings' files); `tombstones`
    the objects of the kind that went (shown after the others, `deleted: true`).
    """
    per_page = min(MEETINGS_PER_PAGE, PAGE_SIZE) if meetings else PAGE_SIZE
    parts = [Part(queryset, convert, prepare, field_map or {}), *more]
    if tombstones is not None:
        parts.append(Part(tombstones.order_by("pk"), tombstone_obj))
    params = {}
    try:
        parts = [_filtered(request, part, params) for part in parts]
    except (BadFilter, ValueError) as exc:
        return _filter_refused(exc)
    try:
        page = max(1, int(request.GET.get("page", "1")))
    except ValueError:
        page = 1
    counts = [part.queryset.count() for part in parts]
    total = sum(counts)
    pages = max(1, math.ceil(total / per_page))
    data = []
    if page <= pages:
        start, stop = (page - 1) * per_page, page * per_page
        offset = 0
        for part, count in zip(parts, counts, strict=True):
            low, high = max(start - offset, 0), min(stop - offset, count)
            offset += count
            if high <= low:
                continue
            rows = part.queryset[low:high]
            if part.prepare is not None:
                rows = part.prepare(rows)
            data += [part.convert(r) for r in rows]

    def link(number: int) -> str:
        return list_url + "?" + urlencode({**params, "page": number})

    links = {"first": link(1), "last": link(pages)}
    if page > 1:
        links["prev"] = link(min(page - 1, pages))
    if page < pages:
        links["next"] = link(page + 1)
    return oparl_response(
        {
            "data": data,
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


def _one(queryset, pk: int, convert, prepare=None, kind: str = ""):
    """One object; one that went answers as its tombstone (`deleted: true`)."""
    rows = list(queryset.filter(pk=pk))
    if not rows:
        gone = OparlTombstone.objects.filter(kind=kind, object_id=pk).first() if kind else None
        if gone is not None:
            return oparl_response(tombstone_obj(gone))
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
    # One body, yet the list answers the filters like every other list.
    times = _body_times()
    params, keep = {}, True
    try:
        for name, (column, op) in FILTERS.items():
            if request.GET.get(name):
                moment = _moment(request.GET[name])
                params[name] = request.GET[name]
                value = parse_datetime(times[column]) if times[column] else None
                if value is None or (value < moment if op == "gte" else value > moment):
                    keep = False
    except (BadFilter, ValueError) as exc:
        return _filter_refused(exc)
    first = url("bodies") + "?" + urlencode({**params, "page": 1})
    return oparl_response(
        {
            "data": [body_obj()] if keep else [],
            "pagination": {
                "totalElements": 1 if keep else 0,
                "elementsPerPage": PAGE_SIZE,
                "currentPage": 1,
                "totalPages": 1,
            },
            "links": {"first": first, "last": first},
        }
    )


@require_GET
def body(request, key: str):
    return _check_body(key) or oparl_response(body_obj())


def _list_view(
    name: str, queryset_func, convert, prepare=None, meetings=False, kind="", more=(), **extra
):
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
            tombstones=OparlTombstone.objects.filter(kind=kind) if kind else None,
            more=[Part(qs().order_by("pk"), *rest) for qs, *rest in more],
            **extra,
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


def _meetings():
    return with_last_modified_meetings(public_meetings())


def _items():
    return with_last_modified_items(public_items())


def _paper_versions():
    return public_paper_files().select_related("paper_file")


LAST = {"modified": "last_modified"}

body_organizations = _list_view(
    "body-organizations", Body.objects.all, organization_obj, _prefetched(organizations_qs)
)
body_people = _list_view("body-people", public_people, person_obj, _prefetched(people_qs))
body_meetings = _list_view(
    "body-meetings",
    _meetings,
    _as_is,
    meeting_objs,
    meetings=True,
    kind="meeting",
    field_map=LAST,
)
body_items = _list_view(
    "body-items", _items, item_obj, prepare_items, kind="agendaitem", field_map=LAST
)
# Meeting attachments first, then every version of public papers' documents.
body_files = _list_view(
    "body-files",
    public_files,
    file_obj,
    prepare_files,
    kind="file",
    # A version never changes: its `modified` is when it was uploaded.
    more=[(_paper_versions, paper_file_obj, None, {"modified": "created"})],
)
body_memberships = _list_view("body-memberships", public_memberships, membership_obj)
body_locations = _list_view("body-locations", public_locations, location_obj, kind="location")
body_papers = _list_view("body-papers", public_papers, paper_obj, prepare_papers, kind="paper")
body_consultations = _list_view(
    "body-consultations",
    public_consultations,
    consultation_obj,
    prepare_consultations,
    kind="consultation",
)


@require_GET
def organization(request, pk: int):
    return _one(Body.objects.all(), pk, organization_obj, _prefetched(organizations_qs))


@require_GET
def organization_meetings(request, pk: int):
    if not Body.objects.filter(pk=pk).exists():
        return error(404, "not_found", _("Nicht gefunden."))
    return oparl_list(
        request,
        _meetings().filter(body_id=pk).order_by("pk"),
        _as_is,
        url("organization-meetings", pk),
        prepare=meeting_objs,
        meetings=True,
        field_map=LAST,
        tombstones=OparlTombstone.objects.filter(kind="meeting", organization_id=pk),
    )


@require_GET
def person(request, pk: int):
    return _one(public_people(), pk, person_obj, _prefetched(people_qs))


@require_GET
def membership(request, pk: int):
    return _one(public_memberships(), pk, membership_obj)


@require_GET
def meeting(request, pk: int):
    return _one(_meetings(), pk, meeting_obj, prepare_meetings, kind="meeting")


@require_GET
def agendaitem(request, pk: int):
    return _one(
        public_items().select_related("meeting"),
        pk,
        _items_with_times,
        prepare_items,
        kind="agendaitem",
    )


@require_GET
def file(request, pk: int):
    return _one(public_files(), pk, file_obj, prepare_files, kind="file")


@require_GET
def location(request, pk: int):
    return _one(public_locations(), pk, location_obj, kind="location")


@require_GET
def paper(request, pk: int):
    return _one(public_papers(), pk, paper_obj, prepare_papers, kind="paper")


@require_GET
def consultation(request, pk: int):
    return _one(
        public_consultations(), pk, consultation_obj, prepare_consultations, kind="consultation"
    )


@require_GET
def paperfile(request, pk: int):
    return _one(_paper_versions(), pk, paper_file_obj, kind="paperfile")


def _made_file(kind: str):
    @require_GET
    def view(request, pk: int):
        return _one(_meetings(), pk, lambda m: made_file_obj(kind, m, m.last_modified))

    return view


urlpatterns = [
    path("system", system, name="oparl-system"),
    path("body", bodies, name="oparl-bodies"),
    path("body/<str:key>", body, name="oparl-body"),
    path("body/<str:key>/organization", body_organizations, name="oparl-body-organizations"),
    path("body/<str:key>/person", body_people, name="oparl-body-people"),
    path("body/<str:key>/meeting", body_meetings, name="oparl-body-meetings"),
    path("body/<str:key>/paper", body_papers, name="oparl-body-papers"),
    path("body/<str:key>/consultation", body_consultations, name="oparl-body-consultations"),
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
    path("meeting/<int:pk>/invitation", _made_file("invitation"), name="oparl-invitationfile"),
    path("meeting/<int:pk>/resultsProtocol", _made_file("protocol"), name="oparl-protocolfile"),
    path("agendaitem/<int:pk>", agendaitem, name="oparl-agendaitem"),
    path("file/<int:pk>", file, name="oparl-file"),
    path("paper/<int:pk>", paper, name="oparl-paper"),
    path("consultation/<int:pk>", consultation, name="oparl-consultation"),
    path("paperfile/<int:pk>", paperfile, name="oparl-paperfile"),
    path("location/<int:pk>", location, name="oparl-location"),
]
