"""The start page's part of a person's data export and erasure (see lib.registry)."""

from transferhub.lib import registry

from .models import StartVisit


def last_visit(person) -> dict:
    visit = StartVisit.objects.filter(user_id=person.user_id).first() if person.user_id else None
    return {"start_page_seen": visit.seen.isoformat() if visit else None}


def register() -> None:
    registry.privacy_export.register("start_page", last_visit, order=95)
    registry.privacy_erase.register(
        "portal",
        registry.Eraser(login=lambda user: StartVisit.objects.filter(user=user).delete()),
    )
