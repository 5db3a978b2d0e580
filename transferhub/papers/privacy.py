"""Papers' part of a person's data export (see lib.registry).

Erasing a person needs nothing here: authorship goes with the person (the many-to-many
rows), a responsible person and an uploader are set to nobody.
"""

from transferhub.lib import registry

from .models import Paper


def papers(person) -> list:
    return [
        {
            "reference": p.reference,
            "title": p.title,
            "role": role,
        }
        for role, rows in (
            ("author", Paper.objects.filter(authors=person)),
            ("responsible", Paper.objects.filter(responsible_person=person)),
        )
        for p in rows.order_by("reference")
    ]


def register() -> None:
    registry.privacy_export.register("papers", papers, order=65)
