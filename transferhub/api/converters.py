"""Model instances as the JSON the API answers with."""

from django.urls import reverse

from transferhub.decisions.models import Decision, Task
from transferhub.meetings.models import AgendaItem, Attachment, Meeting
from transferhub.network.models import Body, Person

from .http import absolute
from .loading import ITEM_PREFETCH


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
