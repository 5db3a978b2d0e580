"""Events' part of a person's data export and erasure: registrations under their address.

Registrations are made without a login, so they are found by the person's e-mail address.
"""

from transferhub.lib import registry

from .models import Registration


def _of(person):
    if not person.email:
        return Registration.objects.none()
    return Registration.objects.filter(email__iexact=person.email).select_related("event")


def registrations(person) -> list:
    return [
        {
            "event": r.event.title,
            "starts_at": r.event.starts_at.isoformat(),
            "name": r.name,
            "organisation": r.organisation,
            "state": r.state,
            "registered_at": r.created.isoformat(),
            "checked_in_at": r.checked_in_at.isoformat() if r.checked_in_at else None,
        }
        for r in _of(person)
    ]


def erase(person) -> None:
    _of(person).delete()


def register() -> None:
    registry.privacy_export.register("event_registrations", registrations, order=75)
    registry.privacy_erase.register("events", registry.Eraser(person=erase))
