"""Background jobs of the public calendar: the confirmation mail, news for subscribers, the purge.

Every mail to a subscriber carries the unsubscribe link (in the text and as
List-Unsubscribe). What subscribers were told is claimed in the database before the
mails go out (services.meeting_notice_claim), so a rerun sends nothing twice; the
addresses a mail failed for are tried again after 1, 5, 15 and 60 minutes.
"""

import datetime as dt
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from transferhub.meetings.models import Meeting

from . import services
from .models import Subscription

logger = logging.getLogger(__name__)
BATCH = 500
MAIL_ATTEMPTS = 5
MAIL_RETRY_MINUTES = (1, 5, 15, 60)


def mail_subscriber(subscription: Subscription, *, subject, template: str, context: dict) -> int:
    """Send one mail (text and HTML) in the subscriber's language with the unsubscribe link."""
    leave = services.leave_link(subscription)
    with translation.override(subscription.language):
        context = {
            "subscription": subscription,
            "body": subscription.body,
            "leave_link": leave,
            "site_url": settings.SITE_URL,
            **context,
        }
        subject_text = str(subject() if callable(subject) else subject)
        text = render_to_string(f"{template}.txt", context)
        html = render_to_string(f"{template}.html", context)
    mail = EmailMultiAlternatives(
        subject_text,
        text,
        to=[subscription.email],
        headers={
            "List-Unsubscribe": f"<{leave}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    mail.attach_alternative(html, "text/html")
    return mail.send()


@task()
def subscription_confirm_mail(subscription_id: int, attempt: int = 1) -> int:
    """Mail the confirmation link of an unconfirmed subscription (tried again on failure)."""
    subscription = (
        Subscription.objects.select_related("body")
        .filter(pk=subscription_id, confirmed_at__isnull=True)
        .first()
    )
    if subscription is None:
        return 0
    try:
        return mail_subscriber(
            subscription,
            subject=lambda: (
                _("Bitte bestätigen Sie Ihr Abonnement: %(body)s")
                % {"body": subscription.body.name}
            ),
            template="subscriptions/email/confirm",
            context={
                "link": services.confirm_link(subscription),
                "days": services.UNCONFIRMED_DAYS,
            },
        )
    except Exception:  # the mail server: try again later, a few times
        logger.exception("Confirmation mail of subscription %s failed", subscription_id)
        if attempt >= MAIL_ATTEMPTS:
            return 0
        job = subscription_confirm_mail
        if job.get_backend().supports_defer:
            delay = dt.timedelta(minutes=MAIL_RETRY_MINUTES[attempt - 1])
            job = job.using(run_after=timezone.now() + delay)
        job.enqueue(subscription_id, attempt=attempt + 1)
        return 0


def _news(meeting: Meeting, news: str) -> dict:
    """Subject, template and context of a mail about a meeting ("minutes": approved)."""
    names = {"body": meeting.body.name, "date": meeting.date.strftime("%d.%m.%Y")}
    items = list(services.public_items(meeting))
    if news == "minutes":
        return {
            "subject": lambda: _("Protokoll genehmigt: %(body)s vom %(date)s") % names,
            "template": "subscriptions/email/minutes",
            "context": {
                "meeting": meeting,
                "items": items,
                "page": f"{settings.SITE_URL}{meeting.get_absolute_url()}",
            },
        }
    subjects = {
        "scheduled": lambda: _("Neue Sitzung: %(body)s am %(date)s") % names,
        "cancelled": lambda: _("Abgesagt: %(body)s am %(date)s") % names,
        "changed": lambda: _("Geänderte Sitzung: %(body)s am %(date)s") % names,
    }
    page = reverse("subscriptions:meeting", args=[meeting.pk])
    return {
        "subject": subjects[news],
        "template": "subscriptions/email/meeting",
        "context": {
            "meeting": meeting,
            "news": news,
            "items": items,
            "page": f"{settings.SITE_URL}{page}",
        },
    }


def _mail_all(meeting: Meeting, news: str, *, only=None, attempt: int = 1) -> int:
    """Mail the body's confirmed subscribers (or `only` these); try the failed ones again."""
    mail = _news(meeting, news)
    subscribers = Subscription.objects.select_related("body").filter(
        body_id=meeting.body_id, confirmed_at__isnull=False
    )
    if only is not None:
        subscribers = subscribers.filter(pk__in=only)
    sent, failed = 0, []
    for subscription in subscribers.order_by("pk").iterator(chunk_size=BATCH):
        try:
            sent += mail_subscriber(subscription, **mail)
        except Exception:  # one address's trouble must not stop the others' mails
            logger.exception("Mail to subscription %s could not be sent", subscription.pk)
            failed.append(subscription.pk)
    if failed and attempt < MAIL_ATTEMPTS:
        job = subscribers_mail_again
        if job.get_backend().supports_defer:
            delay = dt.timedelta(minutes=MAIL_RETRY_MINUTES[attempt - 1])
            job = job.using(run_after=timezone.now() + delay)
        job.enqueue(meeting.pk, news, failed, attempt=attempt + 1)
    return sent


@task()
def subscribers_meeting_mail(meeting_id: int) -> int:
    """Tell a public body's subscribers that a meeting was scheduled, changed or cancelled."""
    claimed = services.meeting_notice_claim(meeting_id=meeting_id)
    if claimed is None:
        return 0
    meeting, news = claimed
    return _mail_all(meeting, news)


@task()
def subscribers_minutes_mail(meeting_id: int) -> int:
    """Tell a public body's subscribers once that public minutes were approved."""
    meeting = services.minutes_notice_claim(meeting_id=meeting_id)
    if meeting is None:
        return 0
    return _mail_all(meeting, "minutes")


@task()
def subscribers_mail_again(meeting_id: int, news: str, subscription_ids: list, attempt: int) -> int:
    """Send a mail about a meeting again to the subscribers it failed for."""
    meeting = Meeting.objects.select_related("body").filter(pk=meeting_id).first()
    if meeting is None or news not in ("scheduled", "changed", "cancelled", "minutes"):
        return 0
    ids = [int(pk) for pk in subscription_ids][:10_000]
    return _mail_all(meeting, news, only=ids, attempt=attempt)


@task()
def subscriptions_purge_job() -> int:
    """Delete subscriptions not confirmed within a week."""
    return services.subscriptions_purge()
