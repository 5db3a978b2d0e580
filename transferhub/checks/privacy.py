"""Checks' part of a person's data export and erasure (see lib.registry)."""

from transferhub.lib import registry

from .models import Assessment


def _date(value):
    return value.isoformat() if value else None


def consultancies(person) -> list:
    return [
        {
            "company": c.company.name,
            "authorised": c.authorised,
            "start_date": _date(c.start_date),
            "end_date": _date(c.end_date),
        }
        for c in person.consultancies.select_related("company")
    ]


def assessments_as_consultant(person) -> list:
    return [
        {"company": a.company.name if a.company_id else None, "created": _date(a.created)}
        for a in Assessment.objects.filter(consultant=person).select_related("company")
    ]


def company_logins(person) -> list:
    return [c.name for c in person.user.companies.all()] if person.user_id else []


def register() -> None:
    registry.privacy_export.register("consultancies", consultancies, order=100)
    registry.privacy_export.register(
        "assessments_as_consultant", assessments_as_consultant, order=110
    )
    registry.privacy_export.register("company_logins", company_logins, order=160)
    registry.privacy_erase.register(
        "checks",
        registry.Eraser(
            relations=("consultancies",),
            person=lambda person: person.consultancies.all().delete(),
            login=lambda user: user.companies.clear(),
        ),
    )
