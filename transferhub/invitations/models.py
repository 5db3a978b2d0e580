"""Invitations people answer (Einladungen), their mail log, and the approved minutes' delivery.

Each recipient of a meeting's invitation has one Invitation with a personal signed link
(no login) to accept, decline or name a substitute (Vertretung). Every mail to them, the
invitation, a reminder, an update or the cancellation, is one InvitationMail: what was
sent, when, how often it was tried. MinutesDelivery logs who received which approved
minutes, and as which files.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from transferhub.meetings.models import Attendance, Meeting
from transferhub.network.models import Body, Organisation, Person, PersonOrGuest

# Reminders go this many days before the meeting unless the body says otherwise.
DEFAULT_REMINDER_DAYS = 3


class BodyInvitationSettings(models.Model):
    """A body's choices for invitations and the minutes' delivery."""

    body = models.OneToOneField(Body, on_delete=models.CASCADE, related_name="invitation_settings")
    reminder_days = models.PositiveSmallIntegerField(
        _("Erinnerung (Tage vor der Sitzung)"),
        default=DEFAULT_REMINDER_DAYS,
        help_text=_("0 schaltet die Erinnerung ab."),
    )
    minutes_docx = models.BooleanField(
        _("Protokoll auch als DOCX versenden"),
        default=False,
        help_text=_("Das PDF geht immer mit; die DOCX-Datei nur, wenn hier gewählt."),
    )

    class Meta:
        verbose_name = _("Einstellungen für Einladungen")
        verbose_name_plural = _("Einstellungen für Einladungen")

    def __str__(self) -> str:
        return str(self.body)

    @classmethod
    def for_body(cls, body: Body) -> "BodyInvitationSettings":
        """The body's settings, or the defaults (unsaved) where it has none."""
        found = cls.objects.filter(body=body).first()
        return found if found is not None else cls(body=body)


class Invitation(PersonOrGuest, models.Model):
    """One recipient's invitation to a meeting: a member of the body or a guest by e-mail.

    The personal link is signed over the id and `key`; a new key voids old links.
    """

    class Answer(models.TextChoices):
        PENDING = "pending", _("offen")
        ACCEPTED = "accepted", _("zugesagt")
        # "declined" in English, not the "cancelled" of a called-off meeting.
        DECLINED = "declined", pgettext_lazy("attendance", "abgesagt")
        SUBSTITUTE = "substitute", _("Vertretung benannt")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="invitations")
    person = models.ForeignKey(
        Person,
        verbose_name=_("Person"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="meeting_invitations",
    )
    guest_name = models.CharField(_("Gast (Name)"), max_length=200, blank=True)
    guest_email = models.EmailField(_("Gast (E-Mail)"), blank=True)
    guest_language = models.CharField(
        _("Sprache"), max_length=2, choices=Person.Language.choices, default=Person.Language.GERMAN
    )
    on_behalf_of = models.ForeignKey(
        Organisation,
        verbose_name=_("für Organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    key = models.UUIDField(default=uuid.uuid4, editable=False)
    # The row on the meeting's attendance list, made once the invitation was mailed.
    attendance = models.ForeignKey(
        Attendance, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    answer = models.CharField(
        _("Antwort"), max_length=12, choices=Answer.choices, default=Answer.PENDING
    )
    answered_at = models.DateTimeField(_("beantwortet am"), null=True, blank=True)
    substitute_name = models.CharField(_("Vertretung (Name)"), max_length=200, blank=True)
    substitute_email = models.EmailField(_("Vertretung (E-Mail)"), blank=True)
    substitute_attendance = models.ForeignKey(
        Attendance, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    mailed_at = models.DateTimeField(_("eingeladen am"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("erinnert am"), null=True, blank=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["meeting", "person__family_name", "person__given_name", "guest_name", "pk"]
        verbose_name = _("Einladung")
        verbose_name_plural = _("Einladungen")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "person"],
                condition=Q(person__isnull=False),
                name="invitation_person_once",
            ),
            models.UniqueConstraint(
                fields=["meeting", "guest_email"],
                condition=Q(person__isnull=True),
                name="invitation_guest_once",
            ),
            models.CheckConstraint(
                condition=Q(person__isnull=False) | (~Q(guest_name="") & ~Q(guest_email="")),
                name="invitation_has_someone",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.full_name} – {self.meeting}"


class InvitationMail(models.Model):
    """One mail to one invitee, kept as a log: what, when sent, how often tried."""

    class Kind(models.TextChoices):
        INVITATION = "invitation", _("Einladung")
        REMINDER = "reminder", _("Erinnerung")
        UPDATE = "update", _("Änderung")
        CANCEL = "cancel", _("Absage")

    invitation = models.ForeignKey(Invitation, on_delete=models.CASCADE, related_name="mails")
    kind = models.CharField(_("Art"), max_length=12, choices=Kind.choices)
    # The text as the secretariat wrote it, in the recipient's language.
    subject = models.CharField(_("Betreff"), max_length=300)
    text = models.TextField(_("Text"), blank=True)
    attach_agenda = models.BooleanField(_("Tagesordnung als PDF anhängen"), default=True)
    # The SEQUENCE of the .ics this mail carried; an update's is higher than any before.
    sequence = models.PositiveIntegerField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(_("versandt am"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("Versuche"), default=0)
    failed_at = models.DateTimeField(_("zuletzt fehlgeschlagen am"), null=True, blank=True)
    # The error's class only: a log holds no addresses.
    error = models.CharField(_("Fehler"), max_length=200, blank=True)

    class Meta:
        ordering = ["invitation", "created", "pk"]
        verbose_name = _("Einladungsmail")
        verbose_name_plural = _("Einladungsmails")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.invitation.full_name}"


class MinutesDelivery(models.Model):
    """Approved minutes mailed to one member or attendee: which version, which files, when."""

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="minutes_deliveries"
    )
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="minutes_deliveries")
    version = models.PositiveIntegerField(_("Protokollversion"))
    files = models.JSONField(_("Dateien"), default=list, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(_("versandt am"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("Versuche"), default=0)
    failed_at = models.DateTimeField(_("zuletzt fehlgeschlagen am"), null=True, blank=True)
    error = models.CharField(_("Fehler"), max_length=200, blank=True)

    class Meta:
        ordering = ["meeting", "person__family_name", "person__given_name", "pk"]
        verbose_name = _("Protokollversand")
        verbose_name_plural = _("Protokollversand")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "person", "version"], name="minutes_delivery_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.meeting} v{self.version} → {self.person}"
