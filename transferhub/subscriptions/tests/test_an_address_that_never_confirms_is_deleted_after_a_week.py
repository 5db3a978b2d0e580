"""A subscription that never confirms: no mail but the confirmation, deleted after 7 days;
its link then says so, and an altered link changes nothing."""

import datetime as dt
import io
import re

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from transferhub.meetings.services import meeting_create
from transferhub.subscriptions.models import PublicCalendar, Subscription


def _confirm_path(message) -> str:
    url = re.search(r"https?://\S+/oeffentlich/bestaetigen/\S+/", message.body)[0]
    return re.sub(r"^https?://[^/]+", "", url)


def test_an_unconfirmed_address_gets_no_news_and_is_purged_after_seven_days(
    client, ag_transfer, django_capture_on_commit_callbacks
):
    PublicCalendar.objects.create(body=ag_transfer, public=True)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("subscriptions:subscribe", args=[ag_transfer.pk]),
            {"email": "nie@example.org", "language": "de"},
        )
    confirm = _confirm_path(mail.outbox[0])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        meeting_create(
            body=ag_transfer,
            name="AG Transfer",
            date=timezone.localdate() + dt.timedelta(days=30),
            start_time=dt.time(9),
            end_time=dt.time(11),
        )
    assert mail.outbox == []  # unconfirmed: no news

    Subscription.objects.update(created=timezone.now() - dt.timedelta(days=6))
    call_command("purge_subscriptions", stdout=io.StringIO())
    assert Subscription.objects.count() == 1  # six days: kept

    Subscription.objects.update(created=timezone.now() - dt.timedelta(days=8))
    out = io.StringIO()
    call_command("purge_subscriptions", stdout=out)
    assert "1 unbestätigte Abonnements gelöscht" in out.getvalue()
    assert not Subscription.objects.exists()

    gone = client.post(confirm)
    assert gone.status_code == 400
    assert "Dieses Abonnement gibt es nicht (mehr)" in gone.content.decode()
    assert not Subscription.objects.exists()


def test_an_altered_confirm_link_is_refused_and_confirms_nothing(
    client, ag_transfer, django_capture_on_commit_callbacks
):
    PublicCalendar.objects.create(body=ag_transfer, public=True)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("subscriptions:subscribe", args=[ag_transfer.pk]),
            {"email": "echt@example.org", "language": "de"},
        )
    confirm = _confirm_path(mail.outbox[0])
    altered = confirm[:-3] + ("A" if confirm[-3] != "A" else "B") + confirm[-2:]
    refused = client.post(altered)
    assert refused.status_code == 400
    assert "Dieser Link ist ungültig" in refused.content.decode()
    assert Subscription.objects.get().confirmed_at is None


def test_a_confirm_link_older_than_a_week_has_expired(
    client, ag_transfer, monkeypatch, django_capture_on_commit_callbacks
):
    PublicCalendar.objects.create(body=ag_transfer, public=True)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("subscriptions:subscribe", args=[ag_transfer.pk]),
            {"email": "spaet@example.org", "language": "de"},
        )
    confirm = _confirm_path(mail.outbox[0])
    later = (timezone.now() + dt.timedelta(days=8)).timestamp()
    monkeypatch.setattr("django.core.signing.time.time", lambda: later)
    refused = client.post(confirm)
    assert refused.status_code == 400
    assert "Dieser Link ist abgelaufen" in refused.content.decode()
    assert Subscription.objects.get().confirmed_at is None
