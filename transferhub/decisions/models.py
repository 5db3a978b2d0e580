"""What a body decided and what it set people to do."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from transferhub.meetings.models import AgendaItem, Meeting
from transferhub.network.models import Body, Person


def format_register_number(body_short_name: str, body_name: str, year: int, sequence: int) -> str:
    """A decision's number in the register ("AG Transfer 2022/3"), also for rows read as values."""
    return f"{body_short_name or body_name} {year}/{sequence}"


class Decision(models.Model):
    """A decision of a body (Beschluss / Vereinbarung), with a stable register number."""

    class Kind(models.TextChoices):
        AGREEMENT = "agreement", _("Vereinbarung")
        RESOLUTION = "resolution", _("Beschluss")
        REJECTED = "rejected", _("abgelehnter Antrag")
        POSTPONEMENT = "postponement", _("Vertagung")

    body = models.ForeignKey(
        Body, verbose_name=_("Gremium"), on_delete=models.PROTECT, related_name="decisions"
    )
    meeting = models.ForeignKey(
        Meeting, verbose_name=_("Sitzung"), on_delete=models.CASCADE, related_name="decisions"
    )
    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("Tagesordnungspunkt"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="decisions",
    )
    # Register number "AG Transfer 2022/3": year of the meeting, running number in that year.
    year = models.PositiveSmallIntegerField(_("Jahr"))
    sequence = models.PositiveIntegerField(_("laufende Nummer"))
    kind = models.CharField(_("Art"), max_length=20, choices=Kind.choices, default=Kind.AGREEMENT)
    text = models.TextField(_("Text"))
    votes_yes = models.PositiveIntegerField(_("Ja-Stimmen"), null=True, blank=True)
    votes_no = models.PositiveIntegerField(_("Nein-Stimmen"), null=True, blank=True)
    votes_abstain = models.PositiveIntegerField(_("Enthaltungen"), null=True, blank=True)
    version = models.PositiveIntegerField(_("Version"), default=1)
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-year", "-sequence"]
        verbose_name = _("Beschluss")
        verbose_name_plural = _("Beschlüsse")
        # The register's year filter and its list of years.
        indexes = [models.Index(fields=["year"], name="decision_year_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["body", "year", "sequence"], name="decision_number_unique"
            ),
        ]

    def __str__(self) -> str:
        return self.register_number

    @property
    def register_number(self) -> str:
        return format_register_number(
            self.body.short_name, self.body.name, self.year, self.sequence
        )

    @property
    def has_votes(self) -> bool:
        return self.votes_yes is not None


class RegisterCounter(models.Model):
    """The last register number a body gave in a year: a removed decision's number stays used."""

    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["body", "year"], name="register_counter_once")
        ]

    def __str__(self) -> str:
        return f"{self.body_id} {self.year}: {self.last}"


# The task register's orders, web and API alike, and the model's default ("due"): tasks
# without a due date last either way, on SQLite (NULL first by default) as on PostgreSQL.
TASK_ORDER = {
    "due": (F("due_date").asc(nulls_last=True), "id"),
    "-due": (F("due_date").desc(nulls_last=True), "-id"),
}


class Task(models.Model):
    """A to-do with an owner (a person or a body) and maybe a due date (Aufgabe)."""

    class Status(models.TextChoices):
        OPEN = "open", _("offen")
        IN_PROGRESS = "in_progress", _("in Arbeit")
        DONE = "done", _("erledigt")
        CANCELLED = "cancelled", _("entfallen")

    OPEN_STATES = (Status.OPEN, Status.IN_PROGRESS)

    text = models.TextField(_("Aufgabe"))
    body = models.ForeignKey(
        Body, verbose_name=_("Gremium"), on_delete=models.PROTECT, related_name="tasks"
    )
    owner_person = models.ForeignKey(
        Person,
        verbose_name=_("zuständig (Person)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tasks",
    )
    owner_body = models.ForeignKey(
        Body,
        verbose_name=_("zuständig (Gremium)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_tasks",
    )
    due_date = models.DateField(_("fällig am"), null=True, blank=True, db_index=True)
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.OPEN, db_index=True
    )
    # Where it came from.
    meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("Sitzung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tasks",
    )
    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("Tagesordnungspunkt"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tasks",
    )
    decision = models.ForeignKey(
        Decision,
        verbose_name=_("Beschluss"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tasks",
    )
    done_at = models.DateTimeField(_("erledigt am"), null=True, blank=True)
    version = models.PositiveIntegerField(_("Version"), default=1)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = list(TASK_ORDER["due"])
        verbose_name = _("Aufgabe")
        verbose_name_plural = _("Aufgaben")
        indexes = [
            models.Index(fields=["body", "status"]),
            models.Index(fields=["owner_person", "status"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(owner_person__isnull=True) | Q(owner_body__isnull=True),
                name="task_has_one_owner_kind",
            )
        ]

    def __str__(self) -> str:
        return self.text[:80]

    def get_absolute_url(self) -> str:
        return reverse("decisions:task", args=[self.pk])

    @property
    def owner(self):
        return self.owner_person or self.owner_body

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATES

    @property
    def is_overdue(self) -> bool:
        return self.is_open and self.due_date is not None and self.due_date < timezone.localdate()

    @staticmethod
    def register_order(sort: str = "due") -> tuple:
        """The register's order (TASK_ORDER) for "due" (earliest first) or "-due" (latest
        first)."""
        return TASK_ORDER["-due" if sort == "-due" else "due"]


def topic_document_path(instance: "Topic", filename: str) -> str:
    # Random names: an upload's name never decides where it lands or whether it is served.
    return f"topics/{uuid.uuid4().hex}"


class Topic(models.Model):
    """A matter followed across bodies and years (Vorhaben), e.g. an instrument in the making."""

    class Status(models.TextChoices):
        IDEA = "idea", _("Idee")
        IN_PROGRESS = "in_progress", _("in Arbeit")
        ADOPTED = "adopted", _("verabschiedet")
        IN_LAYOUT = "in_layout", _("im Layout")
        PUBLISHED = "published", _("veröffentlicht")
        WITHDRAWN = "withdrawn", _("zurückgezogen")

    title = models.CharField(_("Titel"), max_length=300, unique=True)
    description = models.TextField(_("Beschreibung"), blank=True)
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.IDEA, db_index=True
    )
    # What came out of it: an uploaded file or a link to the published document.
    document = models.FileField(
        _("Dokument"), upload_to=topic_document_path, max_length=300, blank=True
    )
    document_name = models.CharField(_("Dateiname"), max_length=255, blank=True)
    document_mime_type = models.CharField(max_length=100, blank=True)
    document_url = models.URLField(_("Link zum Dokument"), blank=True)
    agenda_items = models.ManyToManyField(
        AgendaItem, verbose_name=_("Tagesordnungspunkte"), blank=True, related_name="topics"
    )
    decisions = models.ManyToManyField(
        Decision, verbose_name=_("Beschlüsse"), blank=True, related_name="topics"
    )
    tasks = models.ManyToManyField(
        Task, verbose_name=_("Aufgaben"), blank=True, related_name="topics"
    )
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title"]
        verbose_name = _("Vorhaben")
        verbose_name_plural = _("Vorhaben")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("decisions:topic", args=[self.pk])


class ReminderDigest(models.Model):
    """The one reminder mail a person gets on a day (Erinnerung), written before it is sent.

    The row is created in the transaction that decides what to remind; the mail
    goes out after the commit and `sent_at` is set once the mail server took it.
    A row without `sent_at` means the run stopped in between: that mail may be
    lost, but it is never sent twice.
    """

    person = models.ForeignKey(
        Person, verbose_name=_("Person"), on_delete=models.CASCADE, related_name="reminder_digests"
    )
    day = models.DateField(_("Tag"))
    created = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(_("versendet am"), null=True, blank=True)

    class Meta:
        ordering = ["-day", "person"]
        verbose_name = _("Erinnerungsmail")
        verbose_name_plural = _("Erinnerungsmails")
        constraints = [
            models.UniqueConstraint(fields=["person", "day"], name="one_digest_per_person_and_day")
        ]

    def __str__(self) -> str:
        return f"{self.person} {self.day:%d.%m.%Y}"


class TaskReminder(models.Model):
    """That a task was reminded of (due soon or overdue) for its current due date."""

    class Kind(models.TextChoices):
        DUE_SOON = "due_soon", _("bald fällig")
        OVERDUE = "overdue", _("überfällig")

    digest = models.ForeignKey(ReminderDigest, on_delete=models.CASCADE, related_name="reminders")
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    # A new due date earns a new reminder.
    due_date = models.DateField()

    class Meta:
        ordering = ["digest", "task"]
        constraints = [
            models.UniqueConstraint(
                fields=["task", "kind", "due_date"], name="one_reminder_per_task_kind_due"
            )
        ]

    def __str__(self) -> str:
        return f"{self.task_id} {self.kind} {self.due_date:%d.%m.%Y}"
