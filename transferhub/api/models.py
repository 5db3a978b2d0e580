"""Access for other tools: personal API tokens and secret calendar feed keys."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from transferhub.network.models import Person


class ApiToken(models.Model):
    """A personal token for the JSON API; only its SHA-256 digest is stored."""

    class Scope(models.TextChoices):
        READ = "read", _("nur lesen")
        READ_WRITE = "read-write", _("lesen und schreiben")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(_("Bezeichnung"), max_length=100)
    # The first characters of the token, to tell tokens apart on the settings page.
    prefix = models.CharField(max_length=16)
    digest = models.CharField(max_length=64, unique=True)
    scope = models.CharField(
        _("Berechtigung"), max_length=20, choices=Scope.choices, default=Scope.READ
    )
    created = models.DateTimeField(auto_now_add=True)
    last_used = models.DateTimeField(_("zuletzt benutzt"), null=True, blank=True)
    revoked = models.DateTimeField(_("widerrufen am"), null=True, blank=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("API-Token")
        verbose_name_plural = _("API-Tokens")

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def can_write(self) -> bool:
        return self.scope == self.Scope.READ_WRITE

    @property
    def is_active(self) -> bool:
        return self.revoked is None


class CalendarFeed(models.Model):
    """The secret key in a person's calendar subscription URL; resetting it ends old links."""

    person = models.OneToOneField(Person, on_delete=models.CASCADE, related_name="calendar_feed")
    key = models.CharField(max_length=64, unique=True)
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Kalender-Abonnement")
        verbose_name_plural = _("Kalender-Abonnements")

    def __str__(self) -> str:
        return f"{self.person} ({self.key[:6]}…)"


class OparlTombstone(models.Model):
    """An OParl object that was public and is no more (deleted, or withdrawn from the public).

    Its URL keeps answering with `deleted: true`, and the lists name it with the moment it
    went (`modified`), so that a client's update run (modified_since) learns of it. Coming
    back to the public removes the tombstone; ids never change.
    """

    kind = models.CharField(max_length=20)  # the OParl URL name: "meeting", "file", "paper", ...
    object_id = models.PositiveBigIntegerField()
    # The meeting (items, files) or organisation (meetings) it belonged to: their lists and
    # the meeting's own `modified` take it into account.
    meeting_id = models.PositiveBigIntegerField(null=True, blank=True)
    item_id = models.PositiveBigIntegerField(null=True, blank=True)
    organization_id = models.PositiveBigIntegerField(null=True, blank=True)
    # What the schema asks of every object of the kind (an item's order, a file's accessUrl).
    data = models.JSONField(default=dict, blank=True)
    created = models.DateTimeField()
    modified = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="oparl_tombstone_once")
        ]
        indexes = [models.Index(fields=["kind", "modified"], name="oparl_tombstone_kind_mod")]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id} (gelöscht)"


class FileChecksum(models.Model):
    """SHA-1 and SHA-512 of a meeting's attachment, as OParl's File names them.

    Worked out once when the file arrives (oparl_changes), for older files on their first
    OParl answer (a few per answer, so that no answer reads hundreds of files).
    """

    attachment = models.OneToOneField(
        "meetings.Attachment", on_delete=models.CASCADE, related_name="+", primary_key=True
    )
    sha1 = models.CharField(max_length=40)
    sha512 = models.CharField(max_length=128)

    def __str__(self) -> str:
        return f"{self.attachment_id}: {self.sha1}"
