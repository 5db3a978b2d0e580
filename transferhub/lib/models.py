from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ActionLog(models.Model):
    """One state change: who did what to which object, and when (Änderungsprotokoll).

    Rows are only ever added. Data holds before/after values where they help a
    reader; no e-mail addresses or other personal data beyond the actor.
    """

    timestamp = models.DateTimeField(_("Zeitpunkt"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    action = models.CharField(_("Aktion"), max_length=100)
    object_type = models.CharField(_("Objektart"), max_length=50)
    object_id = models.PositiveBigIntegerField(_("Objekt-ID"))
    meeting_id = models.PositiveBigIntegerField(null=True, blank=True, db_index=True)
    data = models.JSONField(_("Daten"), default=dict, blank=True)

    class Meta:
        ordering = ["-timestamp", "-id"]
        indexes = [models.Index(fields=["object_type", "object_id"])]
        verbose_name = _("Protokolleintrag")
        verbose_name_plural = _("Änderungsprotokoll")

    def __str__(self) -> str:
        return f"{self.timestamp:%Y-%m-%d %H:%M} {self.action}"


class RateCount(models.Model):
    """Requests counted in one window of a rate limit, shared by every worker (lib.ratelimit).

    The key is the scope, a digest of who asked (a token or an address, never stored as
    such) and the window's number.
    """

    key = models.CharField(max_length=120, unique=True)
    count = models.PositiveIntegerField(default=0)
    expires = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("Zähler einer Begrenzung")
        verbose_name_plural = _("Zähler der Begrenzungen")

    def __str__(self) -> str:
        return f"{self.key}: {self.count}"


class SubmittedForm(models.Model):
    """A create form's one-time token, once saved: a second post of it goes to the first result.

    Kept a day (lib.idempotency); the token is random and says nothing about who sent it.
    """

    token = models.CharField(max_length=64, unique=True)
    url = models.CharField(max_length=500)
    created = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("abgeschicktes Formular")
        verbose_name_plural = _("abgeschickte Formulare")

    def __str__(self) -> str:
        return f"{self.created:%Y-%m-%d %H:%M} {self.url}"


class ScheduledJob(models.Model):
    """When a periodic job (lib.scheduler) is next due; the row is also its lock.

    A scheduler enqueues the job only if its conditional UPDATE moved `next_run_at` on,
    so of several workers ticking at once exactly one enqueues it.
    """

    name = models.CharField(max_length=100, primary_key=True)
    next_run_at = models.DateTimeField()
    last_enqueued_at = models.DateTimeField(null=True, blank=True)
    last_failed_at = models.DateTimeField(null=True, blank=True)
    runs = models.PositiveIntegerField(default=0)
    # The last run that ended, and its error (empty when it went well) for the schedule
    # page: the exception's type and first line, e-mail addresses and quoted values blanked.
    last_run_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=300, blank=True, default="")

    class Meta:
        verbose_name = _("geplanter Auftrag")
        verbose_name_plural = _("geplante Aufträge")

    def __str__(self) -> str:
        return f"{self.name} ({self.next_run_at:%Y-%m-%d %H:%M})"
