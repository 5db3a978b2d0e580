"""The API's part of a person's data export and erasure (see lib.registry)."""

from transferhub.lib import registry

from .models import ApiToken, CalendarFeed


def _date(value):
    return value.isoformat() if value else None


def calendar_subscription(person) -> dict | None:
    feed = CalendarFeed.objects.filter(person=person).first()
    return {"created": _date(feed.created), "modified": _date(feed.modified)} if feed else None


def api_tokens(person) -> list:
    # The tokens' names and dates; the secret itself is never stored.
    if not person.user_id:
        return []
    return [
        {
            "name": t.name,
            "scope": t.scope,
            "created": _date(t.created),
            "last_used": _date(t.last_used),
            "revoked": _date(t.revoked),
        }
        for t in ApiToken.objects.filter(user_id=person.user_id)
    ]


def register() -> None:
    registry.privacy_export.register("calendar_subscription", calendar_subscription, order=130)
    registry.privacy_export.register("api_tokens", api_tokens, order=140)
    registry.privacy_erase.register(
        "api",
        registry.Eraser(
            relations=("calendar_feed",),
            person=lambda person: CalendarFeed.objects.filter(person=person).delete(),
            login=lambda user: user.api_tokens.all().delete(),
        ),
    )
