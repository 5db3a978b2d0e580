"""Suppliers' part of a person's data export (see lib.registry)."""

from transferhub.lib import registry

from .models import SealApplication


def seal_applications_as_consultant(person) -> list:
    return [
        {"supplier": a.supplier.name, "seal": a.kind, "status": a.status}
        for a in SealApplication.objects.filter(consultant=person).select_related("supplier")
    ]


def register() -> None:
    registry.privacy_export.register(
        "seal_applications_as_consultant", seal_applications_as_consultant, order=120
    )
