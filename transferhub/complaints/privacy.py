"""The complaint procedure's part of a person's data export and erasure (see lib.registry).

A reporter is no login: their name and address stay in the case only (and go with it
after seven years); a reporter who asks for their data finds the case by its code. A
person's export lists what the procedure holds on their login: being a handler, and the
companies whose procedure they adopted.
"""

from transferhub.lib import registry

from .models import CompanyProcedure, ComplaintHandler


def complaints(person) -> dict:
    if person.user_id is None:
        return {}
    handler = ComplaintHandler.objects.filter(user_id=person.user_id).first()
    adopted = CompanyProcedure.objects.filter(adopted_by_id=person.user_id).select_related(
        "supplier"
    )
    return {
        "handler": None
        if handler is None
        else {
            "active": handler.active,
            "impartial": handler.impartial,
            "confidential": handler.confidential,
            "appointed_at": handler.appointed_at.isoformat(),
            "open_cases": handler.cases.exclude(status="closed").count(),
        },
        "procedures_adopted": [p.supplier.name for p in adopted],
    }


def register() -> None:
    registry.privacy_export.register("complaints", complaints, order=75)
