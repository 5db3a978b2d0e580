"""What a body decided and what it set people to do."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from transferhub.meetings.models import AgendaItem, Meeting
from transferhub.network.models import Body, Person


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
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-year", "-sequence"]
        verbose_name = _("Beschluss")
        verbose_name_plural = _("Beschlüsse")
        constraints = [
            models.UniqueConstraint(
                fields=["body", "year", "sequence"], name="decision_number_unique"
            ),
        ]

    def __str__(self) -> str:
        return self.register_number

    @property
    def register_number(self) -> str:
        return f"{self.body.short_name or self.body.name} {self.year}/{self.sequence}"

    @property
    def has_votes(self) -> bool:
        return self.votes_yes is not None


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
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = [models.F("due_date").asc(nulls_last=True), "id"]
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
