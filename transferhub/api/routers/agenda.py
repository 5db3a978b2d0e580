"""Agenda items (Tagesordnung): order, minutes, the item clock and corrections of approved minutes."""

from django.http import HttpResponse
from ninja import Router, Status

from transferhub.meetings import services as meeting_services
from transferhub.meetings.clock import item_clock
from transferhub.meetings.models import AgendaItem
from transferhub.network.models import Person

from ..errors import refusal_means_conflict
from ..http import if_match, tagged
from ..loading import ITEM_PREFETCH, load_item, load_meeting, meeting_items, reference
from ..schemas import (
    AgendaItemIn,
    AgendaItemOut,
    AgendaItemPatch,
    ClockIn,
    CorrectionIn,
    ItemOrderIn,
    MinutesIn,
    PathId,
    responses,
)

router = Router(tags=["Tagesordnung"])


@router.get(
    "/meetings/{meeting_id}/items",
    response=responses(200, list[AgendaItemOut]),
    summary="Tagesordnung",
)
def list_items(request, meeting_id: PathId):
    return meeting_items(load_meeting(request, meeting_id))


def _presenters(ids: list[int]) -> list:
    people = {p.pk: p for p in Person.objects.filter(pk__in=ids)}
    missing = [i for i in ids if i not in people]
    if missing:
        reference(Person, missing[0], "presenter_ids")
    return [(people[i], None) for i in ids]


@router.post(
    "/meetings/{meeting_id}/items",
    response=responses(201, AgendaItemOut),
    summary="Punkt oder Pause anhängen",
)
def create_item(request, meeting_id: PathId, data: AgendaItemIn):
    meeting = load_meeting(request, meeting_id, "manage")
    fields = data.model_dump()
    presenters = _presenters(fields.pop("presenter_ids"))
    item = meeting_services.agenda_item_add(
        meeting=meeting, presenters=presenters, actor=request.user, **fields
    )
    return Status(201, AgendaItem.objects.prefetch_related(ITEM_PREFETCH).get(pk=item.pk))


@router.post(
    "/meetings/{meeting_id}/items/order",
    response=responses(200, list[AgendaItemOut]),
    summary="Tagesordnung umsortieren",
)
def reorder_items(request, meeting_id: PathId, data: ItemOrderIn):
    meeting = load_meeting(request, meeting_id, "manage")
    meeting_services.agenda_reorder(meeting=meeting, ids=data.ids, actor=request.user)
    return meeting.agenda_items.order_by("order").prefetch_related(ITEM_PREFETCH)


@router.get(
    "/items/{item_id}",
    response=responses(200, AgendaItemOut),
    summary="Tagesordnungspunkt",
)
def get_item(request, item_id: PathId, response: HttpResponse):
    item = load_item(request, item_id)
    return _item_answer(response, item)


def _item_answer(response: HttpResponse, item: AgendaItem) -> AgendaItem:
    fresh = AgendaItem.objects.prefetch_related(ITEM_PREFETCH).get(pk=item.pk)
    return tagged(response, fresh)


@router.patch(
    "/items/{item_id}",
    response=responses(200, AgendaItemOut),
    summary="Punkt ändern (Titel, Nummer, Dauer, Vortragende, öffentlich)",
)
def update_item(request, item_id: PathId, data: AgendaItemPatch, response: HttpResponse):
    item = load_item(request, item_id, "manage")
    fields = {k: v for k, v in data.model_dump(exclude_unset=True).items() if v is not None}
    presenters = None
    if "presenter_ids" in fields:
        presenters = _presenters(fields.pop("presenter_ids"))
    meeting_services.agenda_item_update(
        item=item,
        presenters=presenters,
        actor=request.user,
        expected_version=if_match(request),
        **fields,
    )
    return _item_answer(response, item)


@router.delete(
    "/items/{item_id}",
    response=responses(204, None),
    summary="Punkt löschen",
)
def delete_item(request, item_id: PathId):
    item = load_item(request, item_id, "manage")
    refusal_means_conflict(request)
    meeting_services.agenda_item_delete(item=item, actor=request.user)
    return Status(204, None)


@router.put(
    "/items/{item_id}/minutes",
    response=responses(200, AgendaItemOut),
    summary="Protokoll des Punktes schreiben (solange nicht genehmigt)",
)
def record_minutes(request, item_id: PathId, data: MinutesIn, response: HttpResponse):
    item = load_item(request, item_id, "manage")
    meeting_services.minutes_record(
        item=item,
        minutes=data.minutes,
        status=data.status,
        expected_version=if_match(request),
        actor=request.user,
    )
    return _item_answer(response, item)


@router.post(
    "/items/{item_id}/clock",
    response=responses(200, AgendaItemOut),
    summary="Uhr des Punktes: beginnen (start) oder beenden (stop)",
)
def clock_item(request, item_id: PathId, data: ClockIn, response: HttpResponse):
    item = load_item(request, item_id, "manage")
    refusal_means_conflict(request)
    item_clock(item=item, action=data.action, actor=request.user)
    return _item_answer(response, item)


@router.post(
    "/items/{item_id}/correction",
    response=responses(200, AgendaItemOut),
    summary="Genehmigtes Protokoll korrigieren (neue Version)",
)
def correct_minutes(request, item_id: PathId, data: CorrectionIn, response: HttpResponse):
    item = load_item(request, item_id, "manage")
    refusal_means_conflict(request, lambda: not item.meeting.minutes_frozen)
    meeting_services.minutes_correct(
        item=item,
        minutes=data.minutes,
        reason=data.reason,
        expected_version=if_match(request),
        actor=request.user,
    )
    return _item_answer(response, item)
