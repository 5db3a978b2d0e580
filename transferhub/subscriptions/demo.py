"""Demo data of the public calendar: the AG Transfer and the regional network's working group
are public; the AG Transfer has one subscriber."""

from django.utils import timezone

from transferhub.network.models import Body, Network

from .models import PublicCalendar, Subscription

DEMO_SUBSCRIBER = "leserin.demo@example.org"  # invented


def demo_subscriptions(ctx: dict) -> None:
    body = (
        ctx.get("bodies", {}).get("AG Transfer") or Body.objects.filter(name="AG Transfer").first()
    )
    if body is None:
        return
    PublicCalendar.objects.update_or_create(body=body, defaults={"public": True})
    # The regional network's working group shows its next meeting on the network's website.
    for regional in Body.objects.filter(network__kind=Network.Kind.REGIONAL):
        PublicCalendar.objects.update_or_create(body=regional, defaults={"public": True})
    Subscription.objects.get_or_create(
        body=body,
        email=DEMO_SUBSCRIBER,
        defaults={"language": "de", "confirmed_at": timezone.now()},
    )
