"""The public calendar's part of a person's data export and erasure (see lib.registry).

Subscriptions belong to an address, not to an account: the export lists those of the
person's address, and erasing the person deletes them.
"""

from transferhub.lib import registry

from .models import Subscription


def _of(person):
    if not person.email:
        return Subscription.objects.none()
    return Subscription.objects.filter(email__iexact=person.email)


def subscriptions(person) -> list:
    return [
        {
            "body": s.body.name,
            "language": s.language,
            "created": s.created.isoformat(),
            "confirmed_at": s.confirmed_at.isoformat() if s.confirmed_at else None,
        }
        for s in _of(person).select_related("body")
    ]


def register() -> None:
    registry.privacy_export.register("public_calendar_subscriptions", subscriptions, order=95)
    registry.privacy_erase.register(
        "subscriptions", registry.Eraser(person=lambda person: _of(person).delete())
    )
