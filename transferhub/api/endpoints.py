"""Operations of the JSON API: load, check permission as the web UI does, call one service."""

from typing import Annotated

from django.conf import settings
from django.db.models import Prefetch, Q
from django.http import FileResponse, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import File, Form, Path, Query, Status
from ninja.files import UploadedFile
from pydantic import Field

from transferhub.decisions import services as decision_services
from transferhub.decisions.models import Decision, Task
from transferhub.decisions.permissions import visible_decisions, visible_tasks
from transferhub.decisions.services import DecisionError
from transferhub.lib.versioning import etag, version_from_if_match
from transferhub.meetings import services as meeting_services
from transferhub.meetings.clock import item_clock
from transferhub.meetings.models import AgendaItem, Attachment, Meeting, Presentation
from transferhub.meetings.services import MeetingError
from transferhub.network import services as network_services
from transferhub.network.models import Body, Organisation, Person
from transferhub.network.permissions import (
    can_edit_task,
    can_manage_body,
    is_secretariat,
    meeting_access,
    person_of,
    visible_meetings_filter,
)

from .schemas import (
    MAX_ID,
    NO_NUL,
    AgendaItemIn,
    AgendaItemOut,
    AgendaItemPatch,
    AttachmentOut,
    BodyIn,
    BodyOut,
    BodyPatch,
    ClockIn,
    CorrectionIn,
    DecisionIn,
    DecisionKind,
    DecisionOut,
    DecisionPatch,
    Id,
    In,
    MeetingDetailOut,
    MeetingIn,
    MeetingOut,
    MeetingPatch,
    MeetingState,
    MeetingStateIn,
    MeOut,
    MinutesIn,
    Page,
    PersonIn,
    PersonOut,
    PersonPatch,
    TaskIn,
    TaskOut,
    TaskPatch,
    TaskStatus,
)
from .v1 import ApiProblem, api, forbidden, login_required, not_found, responses

MAX_LIMIT = 100
MAX_OFFSET = 10**9
PathId = Annotated[int, Path(..., ge=1, le=MAX_ID)]
FilterId = Annotated[int | None, Query(None, ge=1, le=MAX_ID)]


# Helpers ---------------------------------------------------------------------------------


def paginate(queryset, limit: int, offset: int, convert) -> dict:
    """One page of `queryset`; a page past the end is empty, with the total."""
    total = queryset.count()
    rows = list(queryset[offset : offset + limit]) if offset < total else []
    return {"total": total, "limit": limit, "offset": offset, "items": [convert(r) for r in rows]}


def refused(exc: Exception, *, conflict: bool = False) -> ApiProblem:
    """A service's refusal as 409 (the object's state forbids it) or 400 (a rule was broken)."""
    message = getattr(exc, "message", None) or str(exc)
    if conflict:
        return ApiProblem(409, "conflict", message)
    return ApiProblem(400, "refused", message)


def reference(model, pk, field: str):
    """The object an input field points at, or a 422 naming the field."""
    if pk is None:
        return None
    obj = model.objects.filter(pk=pk).first()
    if obj is None:
        raise ApiProblem(
            422,
            "invalid_reference",
            _("„%(field)s“ verweist auf ein Objekt, das es nicht gibt.") % {"field": field},
            errors=[{"loc": ["body", field], "msg": "unknown id", "type": "invalid_reference"}],
        )
    return obj


def require_user(request):
    if not request.user.is_authenticated:
        raise login_required()
    return request.user


def require_secretariat(request):
    require_user(request)
    if not is_secretariat(request.user):
        raise forbidden()


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def if_match(request) -> int | None:
    """The version the client's `If-Match` names; without the header, writes work as before."""
    return version_from_if_match(request.headers.get("If-Match"))


def tagged(response: HttpResponse, obj, out: dict) -> dict:
    """Give the answer the record's `ETag`, for a later `If-Match`."""
    response["ETag"] = etag(obj)
    return out


# Converters --------------------------------------------------------------------------


def body_out(b: Body) -> dict:
    return {
        "id": b.pk,
        "name": b.name,
        "short_name": b.short_name,
        "classification": b.classification,
        "parent_id": b.parent_id,
        "description": b.description,
        "created": b.created,
        "modified": b.modified,
    }


def person_out(p: Person) -> dict:
    return {
        "id": p.pk,
        "title": p.title,
        "given_name": p.given_name,
        "family_name": p.family_name,
        "full_name": p.full_name,
        "email": p.email,
        "organisation_id": p.organisation_id,
        "language": p.language,
        "created": p.created,
        "modified": p.modified,
    }


def meeting_out(m: Meeting, access: str) -> dict:
    """The meeting's fields; the online link (often with its password) only with full access."""
    return {
        "id": m.pk,
        "body_id": m.body_id,
        "body_name": m.body.name,
        "name": m.name,
        "date": m.date,
        "start_time": m.start_time.strftime("%H:%M"),
        "end_time": m.end_time.strftime("%H:%M"),
        "location": m.location,
        "online_url": m.online_url if access == "full" else "",
        "state": m.state,
        "actual_start": m.actual_start,
        "actual_end": m.actual_end,
        "version": m.version,
        "created": m.created,
        "modified": m.modified,
    }


def item_out(i: AgendaItem) -> dict:
    return {
        "id": i.pk,
        "meeting_id": i.meeting_id,
        "order": i.order,
        "number": i.number,
        "name": i.name,
        "kind": i.kind,
        "duration_minutes": i.duration_minutes,
        "status": i.status,
        "public": i.public,
        "minutes": i.minutes,
        "presenters": [
            {
                "person_id": p.person_id,
                "name": p.person.full_name,
                "organisation": p.organisation.name if p.organisation_id else "",
            }
            for p in i.presentations.all()
        ],
        "actual_start": i.actual_start,
        "actual_end": i.actual_end,
        "version": i.version,
        "created": i.created,
        "modified": i.modified,
    }


def attachment_out(a: Attachment) -> dict:
    return {
        "id": a.pk,
        "meeting_id": a.meeting_id,
        "agenda_item_id": a.agenda_item_id,
        "number": a.number,
        "label": a.label,
        "name": a.name,
        "file_name": a.file_name,
        "mime_type": a.mime_type,
        "size": a.size,
        "sha256": a.sha256,
        "download_url": absolute(reverse("api:download_attachment", args=[a.pk])),
        "created": a.created,
    }


def decision_out(d: Decision) -> dict:
    return {
        "id": d.pk,
        "register_number": d.register_number,
        "body_id": d.body_id,
        "meeting_id": d.meeting_id,
        "agenda_item_id": d.agenda_item_id,
        "year": d.year,
        "sequence": d.sequence,
        "kind": d.kind,
        "text": d.text,
        "votes_yes": d.votes_yes,
        "votes_no": d.votes_no,
        "votes_abstain": d.votes_abstain,
        "version": d.version,
        "created": d.created,
        "modified": d.modified,
    }


def task_out(t: Task) -> dict:
    owner = t.owner_person.full_name if t.owner_person_id else ""
    if not owner and t.owner_body_id:
        owner = t.owner_body.name
    return {
        "id": t.pk,
        "text": t.text,
        "body_id": t.body_id,
        "owner_person_id": t.owner_person_id,
        "owner_body_id": t.owner_body_id,
        "owner_name": owner,
        "due_date": t.due_date,
        "status": t.status,
        "overdue": t.is_overdue,
        "meeting_id": t.meeting_id,
        "agenda_item_id": t.agenda_item_id,
        "decision_id": t.decision_id,
        "done_at": t.done_at,
        "version": t.version,
        "created": t.created,
        "modified": t.modified,
    }


ITEM_PREFETCH = Prefetch(
    "presentations", queryset=Presentation.objects.select_related("person", "organisation")
)
TASK_RELATED = ("owner_person", "owner_body")


# Loading with the web UI's rules ------------------------------------------------------


def load_meeting(request, pk: int, need: str = "see") -> tuple[Meeting, str]:
    """The meeting and the user's access ("full" or "public"); 404 if unseen, 403 if not allowed."""
    meeting = Meeting.objects.select_related("body").filter(pk=pk).first()
    access = meeting_access(request.user, meeting) if meeting else None
    if access is None:
        raise not_found()
    if need == "manage" and not (
        access == "full" and can_manage_body(request.user, meeting.body_id)
    ):
        if not request.user.is_authenticated:
            raise login_required()
        raise forbidden()
    return meeting, access


def load_item(request, pk: int, need: str = "see") -> AgendaItem:
    item = AgendaItem.objects.filter(pk=pk).first()
    if item is None:
        raise not_found()
    meeting, access = load_meeting(request, item.meeting_id, need)
    if access == "public" and not item.public:
        raise not_found()
    item.meeting = meeting
    return item


def load_task(request, pk: int, *, edit: bool = False) -> Task:
    require_user(request)
    task = (
        visible_tasks(request.user)
        .select_related("body", "meeting", *TASK_RELATED)
        .filter(pk=pk)
        .first()
    )
    if task is None:
        raise not_found()
    if edit and not can_edit_task(request.user, task):
        raise forbidden()
    return task


# Who am I ---------------------------------------------------------------------------------


@api.get("/me", response=responses(200, MeOut), summary="Wer bin ich?", tags=["Konto"])
def get_me(request):
    user = require_user(request)
    person = person_of(user)
    return {
        "username": user.get_username(),
        "person_id": person.pk if person else None,
        "full_name": person.full_name if person else user.get_full_name(),
        "scope": request.api_token.scope if request.api_token else None,
        "secretariat": is_secretariat(user),
    }


# Bodies -------------------------------------------------------------------------------------


@api.get("/bodies", response=responses(200, Page[BodyOut]), summary="Gremien", tags=["Gremien"])
def list_bodies(
    request, limit: int = Query(50, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0, le=MAX_OFFSET)
):
    return paginate(Body.objects.order_by("name", "pk"), limit, offset, body_out)


@api.get("/bodies/{body_id}", response=responses(200, BodyOut), summary="Gremium", tags=["Gremien"])
def get_body(request, body_id: PathId):
    body = Body.objects.filter(pk=body_id).first()
    if body is None:
        raise not_found()
    return body_out(body)


@api.post("/bodies", response=responses(201, BodyOut), summary="Gremium anlegen", tags=["Gremien"])
def create_body(request, data: BodyIn):
    require_secretariat(request)
    fields = data.model_dump()
    fields["parent"] = reference(Body, fields.pop("parent_id"), "parent_id")
    try:
        body = network_services.body_create(actor=request.user, **fields)
    except network_services.NetworkError as exc:
        raise refused(exc) from exc
    return Status(201, body_out(body))


@api.patch(
    "/bodies/{body_id}",
    response=responses(200, BodyOut),
    summary="Gremium ändern",
    tags=["Gremien"],
)
def update_body(request, body_id: PathId, data: BodyPatch):
    require_secretariat(request)
    body = Body.objects.filter(pk=body_id).first()
    if body is None:
        raise not_found()
    fields = data.model_dump(exclude_unset=True)
    if "parent_id" in fields:
        fields["parent"] = reference(Body, fields.pop("parent_id"), "parent_id")
    fields = {k: v for k, v in fields.items() if v is not None or k == "parent"}
    try:
        body = network_services.body_update(body=body, actor=request.user, **fields)
    except network_services.NetworkError as exc:
        raise refused(exc) from exc
    return body_out(body)


# People ---------------------------------------------------------------------------------------


@api.get("/people", response=responses(200, Page[PersonOut]), summary="Personen", tags=["Personen"])
def list_people(
    request,
    q: str = Query("", max_length=100, pattern=NO_NUL),
    limit: int = Query(50, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
):
    require_secretariat(request)
    people = Person.objects.order_by("family_name", "given_name", "pk")
    if q:
        people = people.filter(
            Q(given_name__icontains=q) | Q(family_name__icontains=q) | Q(email__icontains=q)
        )
    return paginate(people, limit, offset, person_out)


@api.get(
    "/people/{person_id}", response=responses(200, PersonOut), summary="Person", tags=["Personen"]
)
def get_person(request, person_id: PathId):
    user = require_user(request)
    person = Person.objects.filter(pk=person_id).first()
    if person is None:
        raise not_found()
    if not is_secretariat(user) and person.user_id != user.pk:
        raise forbidden()
    return person_out(person)


@api.post(
    "/people", response=responses(201, PersonOut), summary="Person anlegen", tags=["Personen"]
)
def create_person(request, data: PersonIn):
    require_secretariat(request)
    fields = data.model_dump()
    fields["organisation"] = reference(
        Organisation, fields.pop("organisation_id"), "organisation_id"
    )
    try:
        person = network_services.person_create(actor=request.user, **fields)
    except network_services.NetworkError as exc:
        raise refused(exc) from exc
    return Status(201, person_out(person))


@api.patch(
    "/people/{person_id}",
    response=responses(200, PersonOut),
    summary="Person ändern",
    tags=["Personen"],
)
def update_person(request, person_id: PathId, data: PersonPatch):
    require_secretariat(request)
    person = Person.objects.filter(pk=person_id).first()
    if person is None:
        raise not_found()
    fields = data.model_dump(exclude_unset=True)
    if "organisation_id" in fields:
        fields["organisation"] = reference(
            Organisation, fields.pop("organisation_id"), "organisation_id"
        )
    fields = {k: v for k, v in fields.items() if v is not None or k == "organisation"}
    try:
        person = network_services.person_update(person=person, actor=request.user, **fields)
    except network_services.NetworkError as exc:
        raise refused(exc) from exc
    return person_out(person)


# Meetings ----------------------------------------------------------------------------------


@api.get(
    "/meetings", response=responses(200, Page[MeetingOut]), summary="Sitzungen", tags=["Sitzungen"]
)
def list_meetings(
    request,
    body: FilterId = None,
    year: int | None = Query(None, ge=1900, le=2999),
    state: MeetingState | None = None,
    limit: int = Query(50, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
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
    user = request.user
    return paginate(meetings, limit, offset, lambda m: meeting_out(m, meeting_access(user, m)))


def meeting_detail_out(meeting: Meeting, access: str) -> dict:
    items = meeting.agenda_items.order_by("order").prefetch_related(ITEM_PREFETCH)
    attachments = meeting.attachments.order_by("number")
    if access != "full":
        items = items.filter(public=True)
        attachments = attachments.filter(agenda_item__public=True)
    return {
        **meeting_out(meeting, access),
        "access": access,
        "agenda_items": [item_out(i) for i in items],
        "attachments": [attachment_out(a) for a in attachments],
    }


@api.get(
    "/meetings/{meeting_id}",
    response=responses(200, MeetingDetailOut),
    summary="Sitzung mit Tagesordnung",
    tags=["Sitzungen"],
)
def get_meeting(request, meeting_id: PathId, response: HttpResponse):
    meeting, access = load_meeting(request, meeting_id)
    return tagged(response, meeting, meeting_detail_out(meeting, access))


@api.post(
    "/meetings",
    response=responses(201, MeetingDetailOut),
    summary="Sitzung anlegen",
    tags=["Sitzungen"],
)
def create_meeting(request, data: MeetingIn):
    require_user(request)
    fields = data.model_dump()
    body = reference(Body, fields.pop("body_id"), "body_id")
    if not can_manage_body(request.user, body.pk):
        raise forbidden()
    fields["note_taker"] = reference(Person, fields.pop("note_taker_id"), "note_taker_id")
    try:
        meeting = meeting_services.meeting_create(body=body, actor=request.user, **fields)
    except MeetingError as exc:
        raise refused(exc) from exc
    return Status(201, meeting_detail_out(meeting, "full"))


@api.patch(
    "/meetings/{meeting_id}",
    response=responses(200, MeetingDetailOut),
    summary="Sitzung ändern",
    tags=["Sitzungen"],
)
def update_meeting(request, meeting_id: PathId, data: MeetingPatch, response: HttpResponse):
    meeting, access = load_meeting(request, meeting_id, "manage")
    fields = {k: v for k, v in data.model_dump(exclude_unset=True).items() if v is not None}
    try:
        meeting = meeting_services.meeting_update(
            meeting=meeting, actor=request.user, expected_version=if_match(request), **fields
        )
    except MeetingError as exc:
        raise refused(exc, conflict=meeting.minutes_frozen) from exc
    return tagged(response, meeting, meeting_detail_out(meeting, access))


@api.post(
    "/meetings/{meeting_id}/state",
    response=responses(200, MeetingDetailOut),
    summary="Status setzen (auch: Protokoll genehmigen)",
    tags=["Sitzungen"],
)
def set_meeting_state(request, meeting_id: PathId, data: MeetingStateIn):
    meeting, access = load_meeting(request, meeting_id, "manage")
    try:
        meeting = meeting_services.meeting_set_state(
            meeting=meeting, state=data.state, actor=request.user
        )
    except MeetingError as exc:
        raise refused(exc, conflict=True) from exc
    return meeting_detail_out(meeting, access)


# Agenda items ---------------------------------------------------------------------------


@api.get(
    "/meetings/{meeting_id}/items",
    response=responses(200, list[AgendaItemOut]),
    summary="Tagesordnung",
    tags=["Tagesordnung"],
)
def list_items(request, meeting_id: PathId):
    meeting, access = load_meeting(request, meeting_id)
    items = meeting.agenda_items.order_by("order").prefetch_related(ITEM_PREFETCH)
    if access != "full":
        items = items.filter(public=True)
    return [item_out(i) for i in items]


def _presenters(ids: list[int]) -> list:
    people = {p.pk: p for p in Person.objects.filter(pk__in=ids)}
    missing = [i for i in ids if i not in people]
    if missing:
        reference(Person, missing[0], "presenter_ids")
    return [(people[i], None) for i in ids]


@api.post(
    "/meetings/{meeting_id}/items",
    response=responses(201, AgendaItemOut),
    summary="Punkt oder Pause anhängen",
    tags=["Tagesordnung"],
)
def create_item(request, meeting_id: PathId, data: AgendaItemIn):
    meeting, _access = load_meeting(request, meeting_id, "manage")
    fields = data.model_dump()
    presenters = _presenters(fields.pop("presenter_ids"))
    try:
        item = meeting_services.agenda_item_add(
            meeting=meeting, presenters=presenters, actor=request.user, **fields
        )
    except MeetingError as exc:
        raise refused(exc, conflict=meeting.minutes_frozen) from exc
    return Status(201, item_out(AgendaItem.objects.prefetch_related(ITEM_PREFETCH).get(pk=item.pk)))


class ItemOrderIn(In):
    ids: list[Id] = Field(
        max_length=1000,
        description="Die ids aller Punkte und Pausen der Sitzung, jede genau einmal, in der "
        "neuen Reihenfolge. Die Nummern der Punkte folgen ihr (1, 2, 3 …; 3.1 bleibt "
        "Unterpunkt des Punktes darüber; Pausen bleiben ohne Nummer).",
    )


@api.post(
    "/meetings/{meeting_id}/items/order",
    response=responses(200, list[AgendaItemOut]),
    summary="Tagesordnung umsortieren",
    tags=["Tagesordnung"],
)
def reorder_items(request, meeting_id: PathId, data: ItemOrderIn):
    meeting, _access = load_meeting(request, meeting_id, "manage")
    try:
        meeting_services.agenda_reorder(meeting=meeting, ids=data.ids, actor=request.user)
    except MeetingError as exc:
        raise refused(exc, conflict=meeting.minutes_frozen) from exc
    return [
        item_out(i) for i in meeting.agenda_items.order_by("order").prefetch_related(ITEM_PREFETCH)
    ]


@api.get(
    "/items/{item_id}",
    response=responses(200, AgendaItemOut),
    summary="Tagesordnungspunkt",
    tags=["Tagesordnung"],
)
def get_item(request, item_id: PathId, response: HttpResponse):
    item = load_item(request, item_id)
    return _item_answer(response, item)


def _item_answer(response: HttpResponse, item: AgendaItem) -> dict:
    fresh = AgendaItem.objects.prefetch_related(ITEM_PREFETCH).get(pk=item.pk)
    return tagged(response, fresh, item_out(fresh))


@api.patch(
    "/items/{item_id}",
    response=responses(200, AgendaItemOut),
    summary="Punkt ändern (Titel, Nummer, Dauer, Vortragende, öffentlich)",
    tags=["Tagesordnung"],
)
def update_item(request, item_id: PathId, data: AgendaItemPatch, response: HttpResponse):
    item = load_item(request, item_id, "manage")
    fields = {k: v for k, v in data.model_dump(exclude_unset=True).items() if v is not None}
    presenters = None
    if "presenter_ids" in fields:
        presenters = _presenters(fields.pop("presenter_ids"))
    try:
        meeting_services.agenda_item_update(
            item=item,
            presenters=presenters,
            actor=request.user,
            expected_version=if_match(request),
            **fields,
        )
    except MeetingError as exc:
        raise refused(exc, conflict=item.meeting.minutes_frozen) from exc
    return _item_answer(response, item)


@api.delete(
    "/items/{item_id}",
    response=responses(204, None),
    summary="Punkt löschen",
    tags=["Tagesordnung"],
)
def delete_item(request, item_id: PathId):
    item = load_item(request, item_id, "manage")
    try:
        meeting_services.agenda_item_delete(item=item, actor=request.user)
    except MeetingError as exc:
        raise refused(exc, conflict=True) from exc
    return Status(204, None)


@api.put(
    "/items/{item_id}/minutes",
    response=responses(200, AgendaItemOut),
    summary="Protokoll des Punktes schreiben (solange nicht genehmigt)",
    tags=["Tagesordnung"],
)
def record_minutes(request, item_id: PathId, data: MinutesIn, response: HttpResponse):
    item = load_item(request, item_id, "manage")
    try:
        meeting_services.minutes_record(
            item=item,
            minutes=data.minutes,
            status=data.status,
            expected_version=if_match(request),
            actor=request.user,
        )
    except MeetingError as exc:
        raise refused(exc, conflict=item.meeting.minutes_frozen) from exc
    return _item_answer(response, item)


@api.post(
    "/items/{item_id}/clock",
    response=responses(200, AgendaItemOut),
    summary="Uhr des Punktes: beginnen (start) oder beenden (stop)",
    tags=["Tagesordnung"],
)
def clock_item(request, item_id: PathId, data: ClockIn, response: HttpResponse):
    item = load_item(request, item_id, "manage")
    try:
        item_clock(item=item, action=data.action, actor=request.user)
    except MeetingError as exc:
        raise refused(exc, conflict=True) from exc
    return _item_answer(response, item)


@api.post(
    "/items/{item_id}/correction",
    response=responses(200, AgendaItemOut),
    summary="Genehmigtes Protokoll korrigieren (neue Version)",
    tags=["Tagesordnung"],
)
def correct_minutes(request, item_id: PathId, data: CorrectionIn, response: HttpResponse):
    item = load_item(request, item_id, "manage")
    try:
        meeting_services.minutes_correct(
            item=item,
            minutes=data.minutes,
            reason=data.reason,
            expected_version=if_match(request),
            actor=request.user,
        )
    except MeetingError as exc:
        raise refused(exc, conflict=not item.meeting.minutes_frozen) from exc
    return _item_answer(response, item)


# Attachments -----------------------------------------------------------------------------


@api.get(
    "/meetings/{meeting_id}/attachments",
    response=responses(200, list[AttachmentOut]),
    summary="Anlagen einer Sitzung",
    tags=["Anlagen"],
)
def list_attachments(request, meeting_id: PathId):
    meeting, access = load_meeting(request, meeting_id)
    attachments = meeting.attachments.order_by("number")
    if access != "full":
        attachments = attachments.filter(agenda_item__public=True)
    return [attachment_out(a) for a in attachments]


@api.post(
    "/meetings/{meeting_id}/attachments",
    response=responses(201, AttachmentOut),
    summary="Anlage hochladen (multipart/form-data)",
    tags=["Anlagen"],
)
def upload_attachment(
    request,
    meeting_id: PathId,
    file: File[UploadedFile],
    name: Annotated[str, Form("", pattern=NO_NUL)] = "",
    agenda_item_id: Annotated[int | None, Form(None, ge=1, le=MAX_ID)] = None,
):
    meeting, _access = load_meeting(request, meeting_id, "manage")
    if len(name) > 300:
        raise ApiProblem(
            422, "validation_error", _("Der Titel ist zu lang (höchstens 300 Zeichen).")
        )
    if file.size > settings.MAX_UPLOAD_BYTES:
        raise ApiProblem(
            413,
            "upload_too_large",
            _("Die Datei ist zu groß; erlaubt sind höchstens %(limit)s MB.")
            % {"limit": f"{settings.MAX_UPLOAD_BYTES / 1024 / 1024:g}".replace(".", ",")},
        )
    item = None
    if agenda_item_id is not None:
        item = AgendaItem.objects.filter(pk=agenda_item_id, meeting=meeting).first()
        if item is None:
            reference(AgendaItem, -1, "agenda_item_id")
    try:
        attachment = meeting_services.attachment_add(
            meeting=meeting, file=file, name=name, agenda_item=item, actor=request.user
        )
    except MeetingError as exc:
        raise refused(exc, conflict=meeting.minutes_frozen) from exc
    return Status(201, attachment_out(attachment))


def _load_attachment(request, attachment_id: int, need: str = "see") -> Attachment:
    attachment = Attachment.objects.select_related("agenda_item").filter(pk=attachment_id).first()
    if attachment is None:
        raise not_found()
    meeting, access = load_meeting(request, attachment.meeting_id, need)
    if access != "full" and not (attachment.agenda_item_id and attachment.agenda_item.public):
        raise not_found()
    attachment.meeting = meeting
    return attachment


@api.get(
    "/attachments/{attachment_id}",
    response=responses(200, AttachmentOut),
    summary="Anlage (Angaben)",
    tags=["Anlagen"],
)
def get_attachment(request, attachment_id: PathId):
    return attachment_out(_load_attachment(request, attachment_id))


@api.get(
    "/attachments/{attachment_id}/download",
    response=responses(200, None),
    summary="Anlage herunterladen",
    tags=["Anlagen"],
    openapi_extra={
        "responses": {
            200: {
                "description": "Die Datei",
                "content": {"*/*": {"schema": {"type": "string", "format": "binary"}}},
            }
        }
    },
)
def download_attachment(request, attachment_id: PathId):
    attachment = _load_attachment(request, attachment_id)
    try:
        handle = attachment.file.open("rb")
    except OSError as exc:
        raise not_found() from exc
    return FileResponse(
        handle, as_attachment=True, filename=attachment.file_name, content_type=attachment.mime_type
    )


@api.delete(
    "/attachments/{attachment_id}",
    response=responses(204, None),
    summary="Anlage löschen",
    tags=["Anlagen"],
)
def delete_attachment(request, attachment_id: PathId):
    attachment = _load_attachment(request, attachment_id, "manage")
    try:
        meeting_services.attachment_delete(attachment=attachment, actor=request.user)
    except MeetingError as exc:
        raise refused(exc, conflict=True) from exc
    return Status(204, None)


# Decisions ----------------------------------------------------------------------------------


@api.get(
    "/decisions",
    response=responses(200, Page[DecisionOut]),
    summary="Beschlussregister",
    tags=["Beschlüsse"],
)
def list_decisions(
    request,
    body: FilterId = None,
    year: int | None = Query(None, ge=1900, le=2999),
    kind: DecisionKind | None = None,
    q: str = Query("", max_length=200, pattern=NO_NUL),
    limit: int = Query(50, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
):
    decisions = visible_decisions(request.user).select_related("body")
    if body is not None:
        decisions = decisions.filter(body_id=body)
    if year is not None:
        decisions = decisions.filter(year=year)
    if kind is not None:
        decisions = decisions.filter(kind=kind)
    if q:
        decisions = decisions.filter(text__icontains=q)
    decisions = decisions.order_by("-meeting__date", "body__name", "sequence", "pk")
    return paginate(decisions, limit, offset, decision_out)


def _load_decision(request, decision_id: int) -> Decision:
    decision = (
        visible_decisions(request.user)
        .select_related("body", "meeting")
        .filter(pk=decision_id)
        .first()
    )
    if decision is None:
        raise not_found()
    return decision


@api.get(
    "/decisions/{decision_id}",
    response=responses(200, DecisionOut),
    summary="Beschluss",
    tags=["Beschlüsse"],
)
def get_decision(request, decision_id: PathId, response: HttpResponse):
    decision = _load_decision(request, decision_id)
    return tagged(response, decision, decision_out(decision))


def _votes(fields: dict, current: Decision | None = None) -> tuple | None:
    keys = ("votes_yes", "votes_no", "votes_abstain")
    if current is not None:
        return tuple(fields.get(k, getattr(current, k)) for k in keys)
    return tuple(fields.get(k) for k in keys)


@api.post(
    "/decisions",
    response=responses(201, DecisionOut),
    summary="Beschluss zu einem Punkt festhalten",
    tags=["Beschlüsse"],
)
def create_decision(request, data: DecisionIn):
    require_user(request)
    fields = data.model_dump()
    item = load_item(request, fields["agenda_item_id"], "manage")
    try:
        decision = decision_services.decision_record(
            meeting=item.meeting,
            agenda_item=item,
            text=fields["text"],
            kind=fields["kind"],
            votes=_votes(fields),
            actor=request.user,
        )
    except DecisionError as exc:
        raise refused(exc, conflict=item.meeting.minutes_frozen) from exc
    return Status(201, decision_out(decision))


@api.patch(
    "/decisions/{decision_id}",
    response=responses(200, DecisionOut),
    summary="Beschluss ändern",
    tags=["Beschlüsse"],
)
def update_decision(request, decision_id: PathId, data: DecisionPatch, response: HttpResponse):
    require_user(request)
    decision = _load_decision(request, decision_id)
    load_meeting(request, decision.meeting_id, "manage")
    fields = data.model_dump(exclude_unset=True)
    try:
        decision = decision_services.decision_update(
            decision=decision,
            text=fields.get("text") or decision.text,
            kind=fields.get("kind") or decision.kind,
            votes=_votes(fields, decision),
            expected_version=if_match(request),
            actor=request.user,
        )
    except DecisionError as exc:
        raise refused(exc, conflict=decision.meeting.minutes_frozen) from exc
    return tagged(response, decision, decision_out(decision))


# Tasks -----------------------------------------------------------------------------------------


@api.get(
    "/tasks", response=responses(200, Page[TaskOut]), summary="Aufgabenregister", tags=["Aufgaben"]
)
def list_tasks(
    request,
    body: FilterId = None,
    owner: FilterId = None,
    status: TaskStatus | None = None,
    overdue: bool = False,
    q: str = Query("", max_length=200, pattern=NO_NUL),
    limit: int = Query(50, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
):
    require_user(request)
    tasks = visible_tasks(request.user).select_related(*TASK_RELATED)
    if body is not None:
        tasks = tasks.filter(body_id=body)
    if owner is not None:
        tasks = tasks.filter(owner_person_id=owner)
    if status is not None:
        tasks = tasks.filter(status=status)
    if overdue:
        tasks = tasks.filter(status__in=Task.OPEN_STATES, due_date__lt=timezone.localdate())
    if q:
        tasks = tasks.filter(text__icontains=q)
    return paginate(tasks.order_by("due_date", "pk"), limit, offset, task_out)


@api.get("/tasks/{task_id}", response=responses(200, TaskOut), summary="Aufgabe", tags=["Aufgaben"])
def get_task(request, task_id: PathId, response: HttpResponse):
    task = load_task(request, task_id)
    return tagged(response, task, task_out(task))


@api.post(
    "/tasks",
    response=responses(201, TaskOut),
    summary="Aufgabe aus einem Punkt anlegen",
    tags=["Aufgaben"],
)
def create_task(request, data: TaskIn):
    require_user(request)
    fields = data.model_dump()
    item = load_item(request, fields["agenda_item_id"], "manage")
    decision = reference(Decision, fields["decision_id"], "decision_id")
    if decision is not None and decision.meeting_id != item.meeting_id:
        raise ApiProblem(
            422,
            "invalid_reference",
            _("Der Beschluss gehört zu einer anderen Sitzung."),
        )
    try:
        task = decision_services.task_create(
            agenda_item=item,
            meeting=item.meeting,
            text=fields["text"],
            owner_person=reference(Person, fields["owner_person_id"], "owner_person_id"),
            owner_body=reference(Body, fields["owner_body_id"], "owner_body_id"),
            due_date=fields["due_date"],
            decision=decision,
            actor=request.user,
        )
    except DecisionError as exc:
        raise refused(exc, conflict=item.meeting.minutes_frozen) from exc
    return Status(201, task_out(task))


@api.patch(
    "/tasks/{task_id}",
    response=responses(200, TaskOut),
    summary="Aufgabe ändern",
    tags=["Aufgaben"],
)
def update_task(request, task_id: PathId, data: TaskPatch, response: HttpResponse):
    task = load_task(request, task_id, edit=True)
    fields = data.model_dump(exclude_unset=True)
    if "owner_person_id" in fields:
        fields["owner_person"] = reference(Person, fields.pop("owner_person_id"), "owner_person_id")
    if "owner_body_id" in fields:
        fields["owner_body"] = reference(Body, fields.pop("owner_body_id"), "owner_body_id")
    for key in ("text", "status"):
        if fields.get(key, "") is None:
            fields.pop(key)
    try:
        task = decision_services.task_update(
            task=task, actor=request.user, expected_version=if_match(request), **fields
        )
    except DecisionError as exc:
        raise refused(exc) from exc
    return tagged(response, task, task_out(task))


@api.post(
    "/tasks/{task_id}/done",
    response=responses(200, TaskOut),
    summary="Aufgabe als erledigt markieren",
    tags=["Aufgaben"],
)
def mark_task_done(request, task_id: PathId):
    task = load_task(request, task_id, edit=True)
    try:
        task = decision_services.task_set_status(
            task=task, status=Task.Status.DONE, actor=request.user
        )
    except DecisionError as exc:
        raise refused(exc) from exc
    return task_out(task)


# The operations on checks, suppliers and the full-text search use the helpers above.
from . import endpoints_checks, endpoints_search, endpoints_suppliers  # noqa: E402,F401
