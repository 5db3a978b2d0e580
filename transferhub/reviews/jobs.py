"""Background jobs of the review round: the mail with each reviewer's personal link.

Safe to run twice: a reviewer's mail is marked sent (`mailed_at`) and skipped afterwards.
Mails that failed are tried again after 1, 5, 15 and 60 minutes (five attempts).
"""

import datetime as dt
import logging

from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from transferhub.network.notifications import mail_person

from .models import Reviewer, ReviewRound

logger = logging.getLogger(__name__)

MAIL_ATTEMPTS = 5
MAIL_RETRY_MINUTES = (1, 5, 15, 60)


def _again_later(round_id: int, attempt: int) -> None:
    if attempt >= MAIL_ATTEMPTS:
        logger.error("Review %s: mails still unsent after %d attempts", round_id, attempt)
        return
    job = review_mail_reviewers
    if job.get_backend().supports_defer:
        delay = dt.timedelta(minutes=MAIL_RETRY_MINUTES[attempt - 1])
        job = job.using(run_after=timezone.now() + delay)
    job.enqueue(round_id, attempt=attempt + 1)


@task()
def review_mail_reviewers(round_id: int, attempt: int = 1) -> int:
    """Mail each reviewer not yet mailed the deadline and a personal signed link."""
    from .services import reviewer_link

    review = (
        ReviewRound.objects.select_related("meeting__body")
        .filter(pk=round_id, state=ReviewRound.State.OPEN)
        .first()
    )
    if review is None:
        return 0
    sent = failed = 0
    reviewers = review.reviewers.select_related("person").filter(mailed_at__isnull=True)
    for reviewer in reviewers.exclude(person__email=""):

        def subject(r=review):
            return _("Protokollentwurf zur Prüfung: %(body)s, %(date)s") % {
                "body": r.meeting.body.name,
                "date": r.meeting.date.strftime("%d.%m.%Y"),
            }

        try:
            done = mail_person(
                reviewer,
                subject=subject,
                template="reviews/email/review",
                context={
                    "review": review,
                    "meeting": review.meeting,
                    "link": reviewer_link(reviewer),
                },
            )
        except Exception:  # one address's trouble must not stop the others' mails
            logger.exception("Review mail for reviewer %s could not be sent", reviewer.pk)
            failed += 1
            continue
        if done:
            Reviewer.objects.filter(pk=reviewer.pk).update(mailed_at=timezone.now())
            sent += 1
    if failed:
        _again_later(round_id, attempt)
    return sent
