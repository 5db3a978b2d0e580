"""The public calendar: bodies marked public, and e-mail subscriptions without an account.

A body's meetings appear on the public calendar once the secretariat marks the body
public (`PublicCalendar`, one row per body; none means not public). Anyone may
subscribe to such a body by e-mail: the subscription counts once its address is
confirmed (double opt-in); unconfirmed ones are deleted after a week. `MeetingNotice`
remembers what subscribers were last told about a meeting, so they get a mail when it
is scheduled or its date, time, place or title changes, and never twice for the same.
"""

import uuid

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from transferhub.meetings.models import Meeting
from transferhub.network.models import Body, Person


class PublicCalendar(models.Model):
    """Whether a body's meetings are public (öffentlicher Kalender)."""

    body = models.OneToOneField(
        Body, verbose_name=_("Gremium"), on_delete=models.CASCADE, related_name="public_calendar"
    )
    public = models.BooleanField(_("öffentlich"), default=False)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Öffentlicher Kalender")
        verbose_name_plural = _("Öffentliche Kalender")

    def __str__(self) -> str:
        return str(self.body)


class Subscription(models.Model):
    """An address that wants mail about a public body's meetings (Abonnement).

    The confirm and unsubscribe links are signed over the id and `key`.
    """

    body = models.ForeignKey(
        Body, verbose_name=_("Gremium"), on_delete=models.CASCADE, related_name="subscriptions"
    )
    email = models.EmailField(_("E-Mail"))
    language = models.CharField(
        _("Sprache"), max_length=2, choices=Person.Language.choices, default=Person.Language.GERMAN
    )
    key = models.UUIDField(default=uuid.uuid4, editable=False)
    created = models.DateTimeField(auto_now_add=True, db_index=True)
    confirmed_at = models.DateTimeField(_("bestätigt"), null=True, blank=True)

    class Meta:
        ordering = ["body", "email"]
        verbose_name = _("Abonnement")
        verbose_name_plural = _("Abonnements")
        constraints = [
            models.UniqueConstraint(fields=["body", "email"], name="subscription_once_per_body"),
        ]
        indexes = [
            models.Index(
                fields=["created"],
                condition=Q(confirmed_at__isnull=True),
                name="subscription_unconfirmed",
            )
        ]

    def __str__(self) -> str:
        return f"{self.body} #{self.pk}"

    @property
    def confirmed(self) -> bool:
        return self.confirmed_at is not None

    # For network's mail helpers: a subscriber has no name.
    full_name = ""


class MeetingNotice(models.Model):
    """What the subscribers were last told about a meeting."""

    meeting = models.OneToOneField(Meeting, on_delete=models.CASCADE, related_name="+")
    signature = models.JSONField(default=dict)
    minutes_mailed_at = models.DateTimeField(null=True, blank=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Mitteilung an Abonnierende")
        verbose_name_plural = _("Mitteilungen an Abonnierende")

    def __str__(self) -> str:
        return str(self.meeting)
