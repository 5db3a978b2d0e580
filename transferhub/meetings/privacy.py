"""Meetings' part of a person's data export and erasure (see lib.registry)."""

from transferhub.lib import registry

from .models import Attendance, DatePollInvitee, Meeting, Presentation


def _date(value):
    return value.isoformat() if value else None


def attendances(person) -> list:
    return [
        {
            "meeting": a.meeting.name,
            "date": _date(a.meeting.date),
            "status": a.status,
            "on_behalf_of": a.on_behalf_of.name if a.on_behalf_of_id else None,
        }
        for a in Attendance.objects.filter(person=person).select_related("meeting", "on_behalf_of")
    ]


def presentations(person) -> list:
    return [
        {
            "meeting": p.agenda_item.meeting.name,
            "date": _date(p.agenda_item.meeting.date),
            "agenda_item": str(p.agenda_item),
            "organisation": p.organisation.name if p.organisation_id else None,
        }
        for p in Presentation.objects.filter(person=person).select_related(
            "agenda_item__meeting", "organisation"
        )
    ]


def note_taker_of(person) -> list:
    return [
        {"meeting": m.name, "date": _date(m.date)}
        for m in Meeting.objects.filter(note_taker=person)
    ]


def date_polls(person) -> list:
    return [
        {
            "poll": i.poll.title,
            "body": i.poll.body.name,
            "answers": [
                {
                    "date": _date(a.slot.date),
                    "start_time": _date(a.slot.start_time),
                    "answer": a.value,
                }
                for a in i.answers.all()
            ],
        }
        for i in DatePollInvitee.objects.filter(person=person)
        .select_related("poll__body")
        .prefetch_related("answers__slot")
    ]


def register() -> None:
    registry.privacy_export.register("attendances", attendances, order=30)
    registry.privacy_export.register("presentations", presentations, order=40)
    registry.privacy_export.register("note_taker_of", note_taker_of, order=50)
    registry.privacy_export.register("date_polls", date_polls, order=90)
    registry.privacy_erase.register(
        "meetings",
        registry.Eraser(
            relations=("date_poll_invitations",),
            person=lambda person: person.date_poll_invitations.all().delete(),
        ),
    )
