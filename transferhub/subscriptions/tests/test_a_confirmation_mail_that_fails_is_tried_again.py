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
