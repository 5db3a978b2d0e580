"""Decisions' part of a person's data export and erasure (see lib.registry)."""

from transferhub.lib import registry

from .models import Task


def _date(value):
    return value.isoformat() if value else None


def tasks(person) -> list:
    return [
        {
            "id": t.pk,
            "text": t.text,
            "body": t.body.name,
            "status": t.status,
            "due_date": _date(t.due_date),
            "done_at": _date(t.done_at),
        }
        for t in Task.objects.filter(owner_person=person).select_related("body")
    ]


def reminder_mails(person) -> list:
    return [
        {"day": _date(d.day), "sent_at": _date(d.sent_at)} for d in person.reminder_digests.all()
    ]


def register() -> None:
    registry.privacy_export.register("tasks", tasks, order=60)
    registry.privacy_export.register("reminder_mails", reminder_mails, order=80)
    registry.privacy_erase.register(
        "decisions",
        registry.Eraser(
            relations=("reminder_digests",),
            person=lambda person: person.reminder_digests.all().delete(),
        ),
    )
