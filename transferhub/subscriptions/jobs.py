"""Background jobs of the public calendar: the confirmation mail, news for subscribers, the purge.

Every mail to a subscriber carries the unsubscribe link (in the text and as
List-Unsubscribe). What subscribers were told is claimed in the database before the
mails go out (services.meeting_notice_claim), so a rerun sends nothing twice.
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


def _mail_all(body_id: int, *, subject, template: str, context: dict) -> int:
    sent = 0
    subscribers = Subscription.objects.select_related("body").filter(
        body_id=body_id, confirmed_at__isnull=False
    )
    for subscription in subscribers.order_by("pk").iterator(chunk_size=BATCH):
        try:
            sent += mail_subscriber(
                subscription, subject=subject, template=template, context=context
            )
        except Exception:  # one address's trouble must not stop the others' mails
            logger.exception("Mail to subscription %s could not be sent", subscription.pk)
    return sent


@task()
def subscribers_meeting_mail(meeting_id: int) -> int:
    """Tell a public body's subscribers that a meeting was scheduled, changed or cancelled."""
    claimed = services.meeting_notice_claim(meeting_id=meeting_id)
    if claimed is None:
        return 0
    meeting, news = claimed

    def subject():
        names = {"body": meeting.body.name, "date": meeting.date.strftime("%d.%m.%Y")}
        if news == "scheduled":
            return _("Neue Sitzung: %(body)s am %(date)s") % names
        if news == "cancelled":
            return _("Abgesagt: %(body)s am %(date)s") % names
        return _("Geänderte Sitzung: %(body)s am %(date)s") % names

    return _mail_all(
        meeting.body_id,
        subject=subject,
        template="subscriptions/email/meeting",
        context={
            "meeting": meeting,
            "news": news,
            "items": list(services.public_items(meeting)),
            "page": f"{settings.SITE_URL}{reverse('subscriptions:meeting', args=[meeting.pk])}",
        },
    )


@task()
def subscribers_minutes_mail(meeting_id: int) -> int:
    """Tell a public body's subscribers once that public minutes were approved."""
    meeting = services.minutes_notice_claim(meeting_id=meeting_id)
    if meeting is None:
        return 0
    return _mail_all(
        meeting.body_id,
        subject=lambda: (
            _("Protokoll genehmigt: %(body)s vom %(date)s")
            % {"body": meeting.body.name, "date": meeting.date.strftime("%d.%m.%Y")}
        ),
        template="subscriptions/email/minutes",
        context={
            "meeting": meeting,
            "items": list(services.public_items(meeting)),
            "page": f"{settings.SITE_URL}{meeting.get_absolute_url()}",
        },
    )


@task()
def subscriptions_purge_job() -> int:
    """Delete subscriptions not confirmed within a week."""
    return services.subscriptions_purge()
