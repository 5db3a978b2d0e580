"""Planning's part of a person's data export and erasure, and its links for the meeting
pages (see lib.registry).

A person's proposals are their own data: exported, and deleted with the person unless
one became an agenda item (the item itself stays with the minutes).
"""

from django.urls import reverse

from transferhub.lib import registry

from .models import Proposal


def _date(value):
    return value.isoformat() if value else None


def proposals(person) -> list:
    """The agenda items the person proposed and what became of them."""
    return [
        {
            "title": p.title,
            "description": p.description,
            "body": p.body.name,
            "meeting": str(p.meeting) if p.meeting_id else None,
            "duration_minutes": p.duration_minutes,
            "state": p.state,
            "reason": p.reason,
            "created": _date(p.created),
            "files": [f.file_name for f in p.files.all()],
        }
        for p in Proposal.objects.filter(proposer=person)
        .select_related("body", "meeting")
        .prefetch_related("files")
    ]


def _erase(person) -> None:
    for proposal in Proposal.objects.filter(proposer=person).prefetch_related("files"):
        if proposal.state == Proposal.State.ACCEPTED:
            continue  # kept as the agenda's record, without the person (SET_NULL)
        for stored in proposal.files.all():
            stored.file.delete(save=False)
        proposal.delete()


def plan_url(body) -> str:
    return reverse("planning:plan", args=[body.pk])


def proposals_url(meeting) -> str:
    return reverse("planning:proposals", args=[meeting.pk])


def register() -> None:
    registry.privacy_export.register("agenda_proposals", proposals, order=75)
    registry.privacy_erase.register(
        "planning", registry.Eraser(relations=("agenda_proposals",), person=_erase)
    )
