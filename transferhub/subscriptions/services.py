"""The public calendar and its subscriptions: publish a body, subscribe, confirm, leave.

Every write is a keyword-only function in one transaction that logs what it changed
(never an address: logs hold ids). A refusal raises SubscriptionError with a German
message fit to show; then nothing was written. Mails leave after the commit, as jobs.
"""

import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from transferhub.lib import registry
from transferhub.lib.audit import log_action
from transferhub.lib.refusals import Refusal
from transferhub.lib.signed_links import LinkError, link_open, link_token
from transferhub.meetings.models import Meeting
from transferhub.network.models import Body, Person

from .models import MeetingNotice, PublicCalendar, Subscription

CONFIRM_SALT = "transferhub.subscriptions.confirm"
LEAVE_SALT = "transferhub.subscriptions.leave"
UNCONFIRMED_DAYS = 7
LEAVE_LINK_DAYS = 3650  # an unsubscribe link in an old mail keeps working
UPCOMING_LIMIT = 100


class SubscriptionError(Refusal):
    """A request on the public calendar we refuse; the message is fit to show the user."""

    api_status = 422


# --- What is public --------------------------------------------------------------------------


def public_bodies() -> QuerySet:
    return Body.objects.filter(public_calendar__public=True).order_by("name")


def is_public(body: Body) -> bool:
    return PublicCalendar.objects.filter(body=body, public=True).exists()


def public_meetings(body: Body | None = None, *, upcoming: bool = True) -> QuerySet:
    """Meetings of public bodies, never cancelled ones nor a written procedure's record."""
    meetings = Meeting.objects.filter(body__public_calendar__public=True).exclude(
        state=Meeting.State.CANCELLED
    )
    for record_meeting_ids in registry.minutes_record_meetings:
        meetings = meetings.exclude(pk__in=record_meeting_ids())
    if body is not None:
        meetings = meetings.filter(body=body)
    if upcoming:
        meetings = meetings.filter(date__gte=timezone.localdate())
    return meetings.select_related("body").order_by("date", "start_time", "pk")


def visible_public_meetings(body: Body | None = None) -> QuerySet:
    """What a visitor may open: upcoming public meetings and those with approved minutes.

    A past meeting whose minutes are still a draft stays internal, as everywhere else.
    """
    return public_meetings(body, upcoming=False).filter(
        Q(date__gte=timezone.localdate()) | Q(state=Meeting.State.MINUTES_APPROVED)
    )


def is_public_meeting(meeting: Meeting) -> bool:
    return visible_public_meetings().filter(pk=meeting.pk).exists()


def public_items(meeting: Meeting):
    """The agenda items a visitor sees: the public ones, breaks left out."""
    return meeting.agenda_items.filter(public=True, kind="item").order_by("order")


@transaction.atomic
def calendar_publish(*, body: Body, public: bool, actor=None) -> PublicCalendar:
    """Mark a body's calendar public or not (its subscriptions stay; mails pause)."""
    calendar, _created = PublicCalendar.objects.select_for_update().get_or_create(body=body)
    if calendar.public != public:
        log_action(actor, "public_calendar.changed", body, before=calendar.public, after=public)
        calendar.public = public
        calendar.save()
    return calendar


# --- Subscribing ---------------------------------------------------------------------------


def _normalised(email: str) -> str:
    email = (email or "").strip()
    if len(email) > 254 or "\n" in email or "\r" in email:
        raise SubscriptionError(_("Bitte geben Sie eine gültige E-Mail-Adresse an."))
    try:
        validate_email(email)
    except ValidationError as exc:
        raise SubscriptionError(_("Bitte geben Sie eine gültige E-Mail-Adresse an.")) from exc
    local, _at, domain = email.rpartition("@")
    return f"{local}@{domain.lower()}"


@transaction.atomic
def subscription_request(*, body: Body, email: str, language: str = "de") -> Subscription | None:
    """Ask for a subscription: a new or unconfirmed address gets the confirmation mail.

    A confirmed address gets nothing (and the page says the same as for a new one), so
    the form tells no one who subscribed.
    """
    if not is_public(body):
        raise SubscriptionError(_("Dieses Gremium hat keinen öffentlichen Kalender."))
    email = _normalised(email)
    if language not in Person.Language.values:
        language = Person.Language.GERMAN
    existing = (
        Subscription.objects.select_for_update().filter(body=body, email__iexact=email).first()
    )
    if existing is not None and existing.confirmed:
        return None
    if existing is None:
        try:
            with transaction.atomic():
                existing = Subscription.objects.create(body=body, email=email, language=language)
        except IntegrityError:  # the same address a moment earlier: one row, one mail
            return None
        log_action(None, "subscription.requested", existing)
        _purge_after(existing)
    from .jobs import subscription_confirm_mail

    pk = existing.pk
    transaction.on_commit(lambda: subscription_confirm_mail.enqueue(pk), robust=True)
    return existing


def _purge_after(subscription: Subscription) -> None:
    """Delete it after a week unless confirmed: a job at that time where the backend waits."""
    from django_tasks import default_task_backend

    from .jobs import subscriptions_purge_job

    if default_task_backend.supports_defer:
        when = timezone.now() + dt.timedelta(days=UNCONFIRMED_DAYS, minutes=1)
        transaction.on_commit(
            lambda: subscriptions_purge_job.using(run_after=when).enqueue(), robust=True
        )


def confirm_token(subscription: Subscription) -> str:
    return link_token(CONFIRM_SALT, subscription.pk, subscription.key)


def leave_token(subscription: Subscription) -> str:
    return link_token(LEAVE_SALT, subscription.pk, subscription.key)


def confirm_link(subscription: Subscription) -> str:
    path = reverse("subscriptions:confirm", args=[confirm_token(subscription)])
    return f"{settings.SITE_URL}{path}"


def leave_link(subscription: Subscription) -> str:
    return f"{settings.SITE_URL}{reverse('subscriptions:leave', args=[leave_token(subscription)])}"


def _from_token(salt: str, token: str, days: int) -> Subscription:
    try:
        pk, key = link_open(salt, token, max_age=dt.timedelta(days=days))
    except LinkError as exc:
        raise SubscriptionError(str(exc)) from exc
    subscription = Subscription.objects.select_related("body").filter(pk=pk).first()
    if subscription is None or subscription.key.hex != key:
        raise SubscriptionError(
            _("Dieses Abonnement gibt es nicht (mehr). Bitte abonnieren Sie erneut.")
        )
    return subscription


@transaction.atomic
def subscription_confirm(*, token: str) -> Subscription:
    """Confirm an address by its link (valid for a week); a second click changes nothing."""
    subscription = _from_token(CONFIRM_SALT, token, UNCONFIRMED_DAYS)
    if not subscription.confirmed:
        subscription.confirmed_at = timezone.now()
        subscription.save(update_fields=["confirmed_at"])
        log_action(None, "subscription.confirmed", subscription)
    return subscription


def subscription_from_confirm_token(token: str) -> Subscription:
    return _from_token(CONFIRM_SALT, token, UNCONFIRMED_DAYS)


def subscription_from_leave_token(token: str) -> Subscription:
    return _from_token(LEAVE_SALT, token, LEAVE_LINK_DAYS)


@transaction.atomic
def subscription_cancel(*, token: str) -> Body:
    """Unsubscribe by the link in any of the mails: the address is deleted."""
    subscription = subscription_from_leave_token(token)
    body = subscription.body
    log_action(None, "subscription.cancelled", subscription, body=body.pk)
    subscription.delete()
    return body


@transaction.atomic
def subscription_delete(*, subscription: Subscription, actor=None) -> None:
    """The secretariat removes an address (on request, or a bouncing one)."""
    log_action(actor, "subscription.deleted", subscription, body=subscription.body_id)
    subscription.delete()


@transaction.atomic
def subscriptions_purge(*, now: dt.datetime | None = None) -> int:
    """Delete subscriptions not confirmed within a week; return how many."""
    cutoff = (now or timezone.now()) - dt.timedelta(days=UNCONFIRMED_DAYS)
    count, _detail = Subscription.objects.filter(
        confirmed_at__isnull=True, created__lt=cutoff
    ).delete()
    return count


# --- What subscribers are told -------------------------------------------------------------


def meeting_signature(meeting: Meeting) -> dict:
    """What a mail about the meeting says: a change to any of it is news."""
    return {
        "name": meeting.name,
        "date": meeting.date.isoformat(),
        "start": meeting.start_time.strftime("%H:%M"),
        "end": meeting.end_time.strftime("%H:%M"),
        "location": meeting.location,
        "cancelled": meeting.state == Meeting.State.CANCELLED,
    }


@transaction.atomic
def meeting_notice_claim(*, meeting_id: int) -> tuple[Meeting, str] | None:
    """Decide whether subscribers hear of the meeting: ("scheduled" | "changed" | "cancelled").

    Only upcoming meetings of public bodies; the notice is written in the same
    transaction that decides, so a rerun of the job sends nothing twice.
    """
    meeting = Meeting.objects.select_related("body").filter(pk=meeting_id).first()
    if meeting is None or meeting.date < timezone.localdate() or not is_public(meeting.body):
        return None
    for record_meeting_ids in registry.minutes_record_meetings:
        if record_meeting_ids().filter(meeting_id=meeting.pk).exists():
            return None
    signature = meeting_signature(meeting)
    notice, created = MeetingNotice.objects.select_for_update().get_or_create(
        meeting=meeting, defaults={"signature": signature}
    )
    if created:
        return (meeting, "scheduled") if not signature["cancelled"] else None
    if notice.signature == signature:
        return None
    notice.signature = signature
    notice.save(update_fields=["signature", "modified"])
    return meeting, "cancelled" if signature["cancelled"] else "changed"


@transaction.atomic
def minutes_notice_claim(*, meeting_id: int) -> Meeting | None:
    """Decide once whether subscribers hear of the meeting's approved public minutes."""
    meeting = Meeting.objects.select_related("body").filter(pk=meeting_id).first()
    if meeting is None or not meeting.minutes_frozen or not is_public(meeting.body):
        return None
    if not public_items(meeting).exists():
        return None
    notice, _created = MeetingNotice.objects.select_for_update().get_or_create(
        meeting=meeting, defaults={"signature": meeting_signature(meeting)}
    )
    if notice.minutes_mailed_at is not None:
        return None
    notice.minutes_mailed_at = timezone.now()
    notice.save(update_fields=["minutes_mailed_at", "modified"])
    return meeting
