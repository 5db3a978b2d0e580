"""A mail server that fails: the reviewers not yet mailed are tried again (five attempts);
those mailed are not mailed twice."""

from django.core import mail

from transferhub.reviews import jobs
from transferhub.reviews.models import Reviewer
from transferhub.reviews.services import review_start


def test_failed_review_mails_are_sent_on_a_later_attempt(seed_meeting, people, monkeypatch):
    review = review_start(meeting=seed_meeting, actor=people["secretariat"].user)
    real = jobs.mail_person
    calls = {"n": 0}

    def flaky(recipient, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise OSError("Verbindung abgelehnt")
        return real(recipient, **kwargs)

    monkeypatch.setattr(jobs, "mail_person", flaky)
    jobs.review_mail_reviewers.call(review.pk)  # the immediate backend runs the retry at once
    assert Reviewer.objects.filter(round=review, mailed_at__isnull=True).count() == 0
    assert len(mail.outbox) == review.reviewers.count()  # each once
