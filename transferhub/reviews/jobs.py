"""Background jobs of the review round: the mail with each reviewer's personal link.

Safe to run twice: a reviewer's mail is marked sent (`mailed_at`) and skipped afterwards.
"""

import logging

from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from transferhub.network.notifications import mail_person

from .models import Reviewer, ReviewRound

logger = logging.getLogger(__name__)


@task()
def review_mail_reviewers(round_id: int) -> int:
    """Mail each reviewer not yet mailed the deadline and a personal signed link."""
    from .services import reviewer_link

    review = (
        ReviewRound.objects.select_related("meeting__body")
        .filter(pk=round_id, state=ReviewRound.State.OPEN)
        .first()
    )
    if review is None:
        return 0
    sent = 0
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
            continue
        if done:
            Reviewer.objects.filter(pk=reviewer.pk).update(mailed_at=timezone.now())
            sent += 1
    return sent
