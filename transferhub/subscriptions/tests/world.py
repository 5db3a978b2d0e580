"""The public calendar of the every-URL and every-API walks: the AG Transfer is public and
has one confirmed subscriber; the world's approved meeting is a public one."""

from django.utils import timezone

from transferhub.subscriptions.models import PublicCalendar, Subscription


def subscription_world(ag_transfer, approved_meeting) -> dict:
    """URL kwargs of the public calendar's pages (URL name → kwargs)."""
    PublicCalendar.objects.create(body=ag_transfer, public=True)
    subscription = Subscription.objects.create(
        body=ag_transfer, email="abonnentin@example.org", confirmed_at=timezone.now()
    )
    by_body = {"body_pk": ag_transfer.pk}
    return {
        **{f"subscriptions:{n}": by_body for n in ("body", "subscribe", "sent", "atom", "ics")},
        "subscriptions:publish": by_body,
        "subscriptions:meeting": {"pk": approved_meeting.pk},
        "subscriptions:delete": {"pk": subscription.pk},
        "subscriptions:confirm": {"token": "gefaelscht"},
        "subscriptions:leave": {"token": "gefaelscht"},
    }
