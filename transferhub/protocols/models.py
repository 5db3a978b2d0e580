"""A web import of many minutes files, run as a background job, file by file."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from transferhub.meetings.models import Meeting
from transferhub.network.models import Body


class ImportRun(models.Model):
    """Files uploaded together; a background job reads and stores them one after another."""

    class State(models.TextChoices):
        QUEUED = "queued", _("wartet")
        RUNNING = "running", _("läuft")
        DONE = "done", _("fertig")

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.ForeignKey(
        Body, verbose_name=_("Gremium"), null=True, blank=True, on_delete=models.SET_NULL
    )
    # The uploader's language: the job explains refusals in it.
    language = models.CharField(max_length=10, default="de")
    state = models.CharField(max_length=10, choices=State.choices, default=State.QUEUED)
    total = models.PositiveIntegerField(default=0)
    created = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    # Touched after every file: a run whose worker died shows as one not touched lately.
    heartbeat = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("Import")
        verbose_name_plural = _("Importe")

    def __str__(self) -> str:
        return f"Import {self.pk} ({self.total})"


class ImportFile(models.Model):
    """One file of a run, with what became of it; its bytes are dropped once it is done."""

    class Outcome(models.TextChoices):
        PENDING = "pending", _("wartet")
        STORED = "stored", _("gespeichert")
        DUPLICATE = "duplicate", _("bereits importiert")
        REFUSED = "refused", _("abgelehnt")

    run = models.ForeignKey(ImportRun, on_delete=models.CASCADE, related_name="files")
    position = models.PositiveIntegerField()
    name = models.CharField(_("Datei"), max_length=300)
    size = models.PositiveBigIntegerField(default=0)
    sha256 = models.CharField(max_length=64, blank=True)
    data = models.BinaryField(blank=True, default=b"")
    outcome = models.CharField(
        _("Ergebnis"), max_length=10, choices=Outcome.choices, default=Outcome.PENDING
    )
    message = models.TextField(blank=True)
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["run", "position"]
        verbose_name = _("Importdatei")
        verbose_name_plural = _("Importdateien")
        constraints = [
            models.UniqueConstraint(fields=["run", "position"], name="import_file_position_once")
        ]
        indexes = [models.Index(fields=["run", "outcome", "position"])]

    def __str__(self) -> str:
        return self.name
