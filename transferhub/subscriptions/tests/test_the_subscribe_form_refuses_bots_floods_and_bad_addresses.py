"""The subscribe form: a filled trap field stores and sends nothing; past the hourly limit
a clear message (429); a bad address or a body that is not public is refused."""

from django.core import mail
from django.urls import reverse

from transferhub.network.models import Body
from transferhub.subscriptions.models import PublicCalendar, Subscription


def _subscribe(client, body, **data):
    return client.post(
        reverse("subscriptions:subscribe", args=[body.pk]),
        {"email": "a@example.org", "language": "de", **data},
    )


def test_a_filled_trap_field_looks_like_success_but_stores_nothing(client, ag_transfer):
    PublicCalendar.objects.create(body=ag_transfer, public=True)
    response = _subscribe(client, ag_transfer, homepage="http://spam.example")
    assert response.status_code == 302
    assert not Subscription.objects.exists() and mail.outbox == []


def test_past_the_hourly_limit_the_form_says_so_and_stores_nothing(client, ag_transfer, settings):
    settings.SUBSCRIBE_RATE_LIMIT = 2
    PublicCalendar.objects.create(body=ag_transfer, public=True)
    for n in range(2):
        assert _subscribe(client, ag_transfer, email=f"n{n}@example.org").status_code == 302
    refused = _subscribe(client, ag_transfer, email="drei@example.org")
    assert refused.status_code == 429
    assert "zu viele Anmeldungen" in refused.content.decode()
    assert Subscription.objects.count() == 2


def test_a_bad_address_gets_a_german_message(client, ag_transfer):
    import datetime as dt

    from django.utils import timezone

    from transferhub.meetings.services import meeting_create

    PublicCalendar.objects.create(body=ag_transfer, public=True)
    meeting_create(
        body=ag_transfer,
        name="Sitzung im Frühjahr",
        date=timezone.localdate() + dt.timedelta(days=3),
        start_time=dt.time(9),
        end_time=dt.time(11),
    )
    refused = _subscribe(client, ag_transfer, email="kein-at-zeichen")
    assert refused.status_code == 400
    assert "gültige E-Mail-Adresse" in refused.content.decode()
    assert "Sitzung im Frühjahr" in refused.content.decode()  # the page as before
    assert not Subscription.objects.exists()


def test_a_body_that_is_not_public_has_no_calendar_to_subscribe_to(client, ag_transfer):
    other = Body.objects.create(name="AG Intern")
    PublicCalendar.objects.create(body=ag_transfer, public=True)
    assert _subscribe(client, other).status_code == 404
    assert client.get(reverse("subscriptions:body", args=[other.pk])).status_code == 404
    assert client.get(reverse("subscriptions:ics", args=[other.pk])).status_code == 404
    assert not Subscription.objects.exists()


def test_a_second_request_for_a_confirmed_address_sends_nothing(client, ag_transfer):
    from django.utils import timezone

    PublicCalendar.objects.create(body=ag_transfer, public=True)
    Subscription.objects.create(
        body=ag_transfer, email="a@example.org", confirmed_at=timezone.now()
    )
    response = _subscribe(client, ag_transfer, email="A@EXAMPLE.org")
    assert response.status_code == 302  # the same answer as for a new address
    assert mail.outbox == [] and Subscription.objects.count() == 1
