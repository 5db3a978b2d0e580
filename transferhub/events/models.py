"""Events (Veranstaltungen) and registrations (Anmeldungen) with double opt-in and waiting list."""

import uuid

from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from transferhub.network.models import Body, Network


class EventQuerySet(models.QuerySet):
    def public(self):
        return self.filter(published=True)

    def upcoming_of(self, network: Network):
        """Published events of a network that have not ended, soonest first."""
        return (
            self.public().filter(network=network, ends_at__gte=timezone.now()).order_by("starts_at")
        )


class Event(models.Model):
    """An event of a network or one of its bodies, e.g. the Transfertag in Stolberg."""

    network = models.ForeignKey(
        Network, verbose_name=_("Netzwerk"), on_delete=models.PROTECT, related_name="events"
    )
    body = models.ForeignKey(
        Body,
        verbose_name=_("Gremium"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    title = models.CharField(_("Titel"), max_length=300)
    text = models.TextField(_("Beschreibung"), blank=True, help_text=_("Markdown"))
    starts_at = models.DateTimeField(_("Beginn"))
    ends_at = models.DateTimeField(_("Ende"))
    place = models.CharField(_("Ort"), max_length=300, blank=True)
    online_url = models.URLField(_("Online-Link"), blank=True)
    capacity = models.PositiveIntegerField(
        _("Plätze"), null=True, blank=True, help_text=_("leer: ohne Begrenzung")
    )
    registration_deadline = models.DateTimeField(_("Anmeldeschluss"), null=True, blank=True)
    # For information only: no payment is taken. None means free of charge (kostenfrei).
    price = models.DecimalField(
        _("Teilnahmebeitrag (EUR)"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("leer: kostenfrei; nur zur Information, bezahlt wird nicht hier"),
    )
    published = models.BooleanField(_("veröffentlicht"), default=False)
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("Veranstaltung")
        verbose_name_plural = _("Veranstaltungen")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="event_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return self.title

    def registration_open(self, now=None) -> bool:
        now = now or timezone.now()
        deadline = self.registration_deadline or self.starts_at
        return now <= deadline

    def confirmed_count(self) -> int:
        return self.registrations.filter(state=Registration.State.CONFIRMED).count()

    def seats_left(self) -> int | None:
        if self.capacity is None:
            return None
        return max(self.capacity - self.confirmed_count(), 0)


class Registration(models.Model):
    """A person's registration for an event (Anmeldung)."""

    class State(models.TextChoices):
        PENDING = "pending", _("unbestätigt")
        CONFIRMED = "confirmed", _("angemeldet")
        WAITING = "waiting", _("Warteliste")
        CANCELLED = "cancelled", _("abgesagt")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations")
    name = models.CharField(_("Name"), max_length=200)
    organisation = models.CharField(_("Organisation"), max_length=300, blank=True)
    email = models.EmailField(_("E-Mail"))
    consent = models.BooleanField(_("Einwilligung"), default=False)
    state = models.CharField(
        _("Status"), max_length=20, choices=State.choices, default=State.PENDING, db_index=True
    )
    # Names the registration in its signed links; a new key voids the older links.
    key = models.UUIDField(default=uuid.uuid4, editable=False)
    created = models.DateTimeField(_("angemeldet am"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("bestätigt am"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("abgesagt am"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("anwesend seit"), null=True, blank=True)

    class Meta:
        ordering = ["created", "pk"]
        verbose_name = _("Anmeldung")
        verbose_name_plural = _("Anmeldungen")
        constraints = [
            models.UniqueConstraint(
                "event",
                Lower("email"),
                condition=~Q(state="cancelled"),
                name="one_active_registration_per_address",
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} – {self.event}"
