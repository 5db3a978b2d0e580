"""The confirmation mail is tried again when the mail server fails (five attempts)."""

from django.core import mail

from transferhub.subscriptions import jobs
from transferhub.subscriptions.models import Subscription


def test_the_confirmation_mail_goes_out_on_a_later_attempt(ag_transfer, monkeypatch):
    subscription = Subscription.objects.create(body=ag_transfer, email="neu@example.org")
    real = jobs.mail_subscriber
    calls = {"n": 0}

    def flaky(sub, **kwargs):
        calls["n"] += 1
        if calls["n"] < 3:
            raise OSError("Verbindung abgelehnt")
        return real(sub, **kwargs)

    monkeypatch.setattr(jobs, "mail_subscriber", flaky)
    jobs.subscription_confirm_mail.call(subscription.pk)  # the immediate backend retries at once
    assert calls["n"] == 3
    assert [m.to for m in mail.outbox] == [["neu@example.org"]]


def test_news_that_failed_for_one_address_reach_it_on_a_later_attempt(
    ag_transfer, monkeypatch, django_capture_on_commit_callbacks
):
    import datetime as dt

    from django.utils import timezone

    from transferhub.meetings.services import meeting_create
    from transferhub.subscriptions.models import PublicCalendar

    PublicCalendar.objects.create(body=ag_transfer, public=True)
    for address in ("eins@example.org", "zwei@example.org"):
        Subscription.objects.create(body=ag_transfer, email=address, confirmed_at=timezone.now())
    real = jobs.mail_subscriber
    failed_once = set()

    def flaky(sub, **kwargs):
        if sub.email == "zwei@example.org" and not failed_once:
            failed_once.add(sub.pk)
            raise OSError("Postfach voll")
        return real(sub, **kwargs)

    monkeypatch.setattr(jobs, "mail_subscriber", flaky)
    with django_capture_on_commit_callbacks(execute=True):
        meeting_create(
            body=ag_transfer,
            name="AG Transfer",
            date=timezone.localdate() + dt.timedelta(days=5),
            start_time=dt.time(9),
            end_time=dt.time(11),
        )
    assert sorted(m.to[0] for m in mail.outbox) == ["eins@example.org", "zwei@example.org"]
