"""Networks' part of a person's data export and erasure (see lib.registry).

The networks a person coordinates or is a contact of, and partner applications sent
with their e-mail address (made without a login, so found by the address).
"""

from transferhub.lib import registry
from transferhub.network.models import PartnerApplication


def _applications(person):
    if not person.email:
        return PartnerApplication.objects.none()
    return PartnerApplication.objects.filter(contact_email__iexact=person.email)


def networks(person) -> dict:
    return {
        "coordinates": [n.name for n in person.coordinated_networks.all()],
        "contact_of": [n.name for n in person.contact_of_networks.all()],
        "partner_applications": [
            {
                "organisation": a.organisation_name,
                "offer": a.offer,
                "state": a.state,
                "sent_at": a.created.isoformat(),
            }
            for a in _applications(person)
        ],
    }


def erase(person) -> None:
    _applications(person).delete()
    person.coordinated_networks.clear()
    person.contact_of_networks.clear()


def register() -> None:
    registry.privacy_export.register("networks", networks, order=72)
    registry.privacy_erase.register("networks", registry.Eraser(person=erase))
