"""Invitations' part of a person's data export and erasure (see lib.registry).

An invitation and its answer are the person's own data, and so is the log of minutes
mailed to them: erasing the person deletes both. Guests are kept by name and address on
the invitation alone and leave with the meeting.
"""

from transferhub.lib import registry

from .models import Invitation, MinutesDelivery


def _date(value):
    return value.isoformat() if value else None


def invitations(person) -> list:
    return [
        {
            "meeting": i.meeting.name,
            "date": _date(i.meeting.date),
            "answer": i.answer,
            "answered_at": _date(i.answered_at),
            "substitute": i.substitute_name or None,
            "mailed_at": _date(i.mailed_at),
            "reminded_at": _date(i.reminded_at),
        }
        for i in Invitation.objects.filter(person=person).select_related("meeting")
    ]


def minutes_received(person) -> list:
    return [
        {
            "meeting": d.meeting.name,
            "date": _date(d.meeting.date),
            "version": d.version,
            "files": d.files,
            "sent_at": _date(d.sent_at),
        }
        for d in MinutesDelivery.objects.filter(person=person).select_related("meeting")
    ]


def _erase(person) -> None:
    Invitation.objects.filter(person=person).delete()
    MinutesDelivery.objects.filter(person=person).delete()


def register() -> None:
    registry.privacy_export.register("meeting_invitations", invitations, order=35)
    registry.privacy_export.register("minutes_received", minutes_received, order=36)
    registry.privacy_erase.register(
        "invitations",
        registry.Eraser(relations=("meeting_invitations", "minutes_deliveries"), person=_erase),
    )
