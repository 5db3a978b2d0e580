"""Privacy: a person's data export lists the subscriptions of their address; erasing the
person deletes them."""

from django.utils import timezone

from transferhub.network.services import person_data, person_erase
from transferhub.subscriptions.models import Subscription


def test_the_export_lists_subscriptions_and_erasing_deletes_them(people, ag_transfer):
    member = people["member"]
    Subscription.objects.create(
        body=ag_transfer, email=member.email.upper(), confirmed_at=timezone.now()
    )
    Subscription.objects.create(body=ag_transfer, email="jemand.anders@example.org")
    rows = person_data(member)["public_calendar_subscriptions"]
    assert [r["body"] for r in rows] == ["AG Transfer"]
    person_erase(person=member)
    assert list(Subscription.objects.values_list("email", flat=True)) == [
        "jemand.anders@example.org"
    ]
