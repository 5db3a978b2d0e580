"""Write operations on events: publishing, registering (double opt-in), the waiting list,
cancelling by personal link, check-in."""

import datetime as dt

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from transferhub.lib.audit import log_action
from transferhub.lib.refusals import Refusal
from transferhub.lib.signed_links import LinkError, link_open, link_token

from .models import Event, Registration

LINK_SALT = "transferhub.events.registration"
LINK_MAX_AGE = dt.timedelta(days=400)
EVENT_FIELDS = (
    "title",
    "text",
    "starts_at",
    "ends_at",
    "place",
    "online_url",
    "capacity",
    "registration_deadline",
    "price",
    "published",
    "body",
)


class EventError(Refusal):
    """A request on an event we refuse; the message is fit to show the user."""

    api_status = 422

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


def _check(fields: dict) -> None:
    starts, ends = fields.get("starts_at"), fields.get("ends_at")
    if starts and ends and ends <= starts:
        raise EventError(_("Das Ende muss nach dem Beginn liegen."), field="ends_at")
    deadline = fields.get("registration_deadline")
    if deadline and starts and deadline > starts:
        raise EventError(
            _("Der Anmeldeschluss muss vor dem Beginn liegen."), field="registration_deadline"
        )
    if not (fields.get("title") or "").strip():
        raise EventError(_("Bitte einen Titel angeben."), field="title")
    if not (fields.get("place") or "").strip() and not fields.get("online_url"):
        raise EventError(_("Bitte einen Ort oder einen Online-Link angeben."), field="place")


@transaction.atomic
def event_create(*, network, actor=None, **fields) -> Event:
    """Create an event of a network (and maybe one of its bodies)."""
    _check(fields)
    body = fields.get("body")
    if body is not None and body.network_id != network.pk:
        raise EventError(_("Das Gremium gehört zu einem anderen Netzwerk."), field="body")
    event = Event.objects.create(
        network=network, **{k: fields[k] for k in fields if k in EVENT_FIELDS}
    )
    log_action(actor, "event.created", event, title=event.title, network_id=network.pk)
    return event


@transaction.atomic
def event_update(*, event: Event, actor=None, **fields) -> Event:
    merged = {k: getattr(event, k) for k in EVENT_FIELDS} | fields
    _check(merged)
    body = merged.get("body")
    if body is not None and body.network_id != event.network_id:
        raise EventError(_("Das Gremium gehört zu einem anderen Netzwerk."), field="body")
    changed = []
    for key, value in fields.items():
        if key in EVENT_FIELDS and getattr(event, key) != value:
            setattr(event, key, value)
            changed.append(key)
    if changed:
        event.save()
        log_action(actor, "event.changed", event, fields=changed)
    return event


# Links -----------------------------------------------------------------------------------


def registration_token(registration: Registration) -> str:
    return link_token(LINK_SALT, registration.pk, registration.key)


def registration_from_token(token: str) -> Registration:
    """The registration a personal link names, or EventError for an altered or void link."""
    try:
        pk, key = link_open(LINK_SALT, token, max_age=LINK_MAX_AGE)
    except LinkError as error:
        raise EventError(str(error)) from error
    registration = Registration.objects.select_related("event").filter(pk=pk).first()
    if registration is None or registration.key.hex != key:
        raise EventError(_("Dieser Link ist ungültig."))
    return registration


def _mail_after_commit(registration: Registration, kind: str) -> None:
    from .jobs import registration_mail

    pk = registration.pk
    transaction.on_commit(lambda: registration_mail.enqueue(pk, kind), robust=True)


# Registering -------------------------------------------------------------------------------


def registration_offer(event: Event, now=None) -> str:
    """What a new registration gets: "seat", "waiting" (full or past the deadline) or "closed"."""
    now = now or timezone.now()
    if not event.published or now >= event.ends_at:
        return "closed"
    if not event.registration_open(now):
        return "waiting"
    left = event.seats_left()
    return "waiting" if left == 0 else "seat"


@transaction.atomic
def registration_create(
    *, event: Event, name: str, email: str, consent: bool, organisation: str = ""
) -> Registration:
    """Register for an event; the address gets a link to confirm (double opt-in)."""
    if not consent:
        raise EventError(
            _("Bitte willigen Sie in die Verarbeitung Ihrer Angaben ein."), field="consent"
        )
    if registration_offer(event) == "closed":
        raise EventError(_("Für diese Veranstaltung ist keine Anmeldung mehr möglich."))
    email = email.strip()
    active = event.registrations.exclude(state=Registration.State.CANCELLED)
    if active.filter(email__iexact=email).exists():
        raise EventError(
            _(
                "Mit dieser E-Mail-Adresse ist schon jemand angemeldet. "
                "Bitte nutzen Sie den Link aus der E-Mail, die Sie bekommen haben."
            ),
            field="email",
        )
    try:
        with transaction.atomic():
            registration = Registration.objects.create(
                event=event,
                name=name.strip(),
                organisation=organisation.strip(),
                email=email,
                consent=True,
            )
    except IntegrityError as exc:  # the same address twice at once
        raise EventError(
            _("Mit dieser E-Mail-Adresse ist schon jemand angemeldet."), field="email"
        ) from exc
    _mail_after_commit(registration, "opt_in")
    return registration


def _lock_event(event_id: int) -> Event:
    return Event.objects.select_for_update().get(pk=event_id)


@transaction.atomic
def registration_confirm(*, token: str) -> Registration:
    """Confirm the address: a seat while there is one and the deadline holds, else the waiting list."""
    registration = registration_from_token(token)
    event = _lock_event(registration.event_id)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.state != Registration.State.PENDING:
        return registration  # confirmed before: the link may be opened twice
    offer = registration_offer(event)
    if offer == "closed":
        raise EventError(_("Die Veranstaltung ist vorbei; eine Anmeldung ist nicht mehr möglich."))
    registration.state = (
        Registration.State.CONFIRMED if offer == "seat" else Registration.State.WAITING
    )
    registration.confirmed_at = timezone.now()
    registration.save(update_fields=["state", "confirmed_at"])
    log_action(
        None, "registration.confirmed", registration, event_id=event.pk, state=registration.state
    )
    _mail_after_commit(registration, "confirmed" if offer == "seat" else "waiting")
    return registration


@transaction.atomic
def registration_cancel(*, token: str) -> Registration:
    """Cancel by personal link; the first on the waiting list moves up into the seat."""
    registration = registration_from_token(token)
    event = _lock_event(registration.event_id)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.state == Registration.State.CANCELLED:
        return registration
    was_seated = registration.state == Registration.State.CONFIRMED
    registration.state = Registration.State.CANCELLED
    registration.cancelled_at = timezone.now()
    registration.save(update_fields=["state", "cancelled_at"])
    log_action(None, "registration.cancelled", registration, event_id=event.pk)
    if was_seated and timezone.now() < event.starts_at:
        waiting_list_move_up(event=event)
    return registration


def waiting_list_move_up(*, event: Event) -> list[Registration]:
    """Give free seats to the waiting list in the order of registration (event locked)."""
    left = event.seats_left()
    waiting = event.registrations.filter(state=Registration.State.WAITING).order_by("created", "pk")
    moved = list(waiting if left is None else waiting[:left])
    for registration in moved:
        registration.state = Registration.State.CONFIRMED
        registration.save(update_fields=["state"])
        log_action(None, "registration.moved_up", registration, event_id=event.pk)
        _mail_after_commit(registration, "moved_up")
    return moved


@transaction.atomic
def check_in(*, registration: Registration, present: bool = True, actor=None) -> Registration:
    """Mark a confirmed participant present (or undo it) on the day."""
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.state != Registration.State.CONFIRMED:
        raise EventError(_("Nur angemeldete Teilnehmende können eingecheckt werden."))
    registration.checked_in_at = timezone.now() if present else None
    registration.save(update_fields=["checked_in_at"])
    log_action(
        actor,
        "registration.checked_in" if present else "registration.checked_out",
        registration,
        event_id=registration.event_id,
    )
    return registration
