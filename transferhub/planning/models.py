"""Planning a body's meetings: the series, its agenda template, proposals and the backlog."""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from transferhub.meetings.models import AgendaItem, Meeting
from transferhub.network.models import Body, Person

MAX_DURATION = 480  # minutes: a whole day's meeting


class Series(models.Model):
    """A body's meeting series (Sitzungsreihe): rhythm, usual times and agenda template."""

    body = models.OneToOneField(
        Body, verbose_name=_("Gremium"), on_delete=models.CASCADE, related_name="series"
    )
    rhythm_weeks = models.PositiveSmallIntegerField(
        _("Rhythmus (Wochen)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(104)],
        help_text=_("z. B. 10 für „alle 10 Wochen“; leer, wenn feste Termine gelten."),
    )
    # Fixed dates ("2026-03-12", ...), used where they are set, before the rhythm.
    fixed_dates = models.JSONField(_("feste Termine"), default=list, blank=True)
    start_time = models.TimeField(_("übliche Beginnzeit"), default="09:00")
    end_time = models.TimeField(_("übliches Ende"), default="11:00")
    location = models.CharField(_("üblicher Ort"), max_length=300, blank=True)
    # Days before a meeting when proposals close, unless the secretariat sets a deadline.
    proposal_days = models.PositiveSmallIntegerField(
        _("Vorschläge bis (Tage vor der Sitzung)"),
        default=14,
        validators=[MaxValueValidator(365)],
    )
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Sitzungsreihe")
        verbose_name_plural = _("Sitzungsreihen")

    def __str__(self) -> str:
        return str(self.body)


class TemplateItem(models.Model):
    """A standing item of the agenda template (ständiger Tagesordnungspunkt)."""

    series = models.ForeignKey(Series, on_delete=models.CASCADE, related_name="template_items")
    order = models.PositiveSmallIntegerField(_("Reihenfolge"))
    name = models.CharField(_("Titel"), max_length=500)
    duration_minutes = models.PositiveSmallIntegerField(
        _("Dauer (Minuten)"), default=5, validators=[MaxValueValidator(MAX_DURATION)]
    )
    # Standing items at the end ("Verschiedenes", "Termine") stay after the topics.
    at_end = models.BooleanField(_("am Ende"), default=False)

    class Meta:
        ordering = ["series", "order"]
        verbose_name = _("Vorlagenpunkt")
        verbose_name_plural = _("Vorlagenpunkte")

    def __str__(self) -> str:
        return self.name


class ProposalWindow(models.Model):
    """Until when members may propose items for a meeting (Frist für Themenvorschläge)."""

    meeting = models.OneToOneField(
        Meeting, on_delete=models.CASCADE, related_name="proposal_window"
    )
    deadline = models.DateTimeField(_("Frist für Vorschläge"))
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Vorschlagsfrist")
        verbose_name_plural = _("Vorschlagsfristen")

    def __str__(self) -> str:
        return f"{self.meeting}: {self.deadline:%d.%m.%Y %H:%M}"


class Proposal(models.Model):
    """An agenda item a member proposes for a meeting (Themenvorschlag)."""

    class State(models.TextChoices):
        SUBMITTED = "submitted", _("eingereicht")
        ACCEPTED = "accepted", _("angenommen")
        PARKED = "parked", _("zurückgestellt")
        DECLINED = "declined", _("abgelehnt")

    body = models.ForeignKey(
        Body, verbose_name=_("Gremium"), on_delete=models.CASCADE, related_name="proposals"
    )
    meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("Sitzung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
    )
    proposer = models.ForeignKey(
        Person,
        verbose_name=_("vorgeschlagen von"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="agenda_proposals",
    )
    title = models.CharField(_("Titel"), max_length=500)
    description = models.TextField(_("Kurzbeschreibung"), max_length=4000, blank=True)
    presenter = models.ForeignKey(
        Person,
        verbose_name=_("Vortragende Person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("gewünschte Dauer (Minuten)"),
        default=15,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_DURATION)],
    )
    state = models.CharField(
        _("Status"), max_length=10, choices=State.choices, default=State.SUBMITTED, db_index=True
    )
    reason = models.TextField(_("Begründung"), max_length=2000, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    agenda_item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Set when the proposer was told of the decision (the mail job runs once per decision).
    notified_at = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("Themenvorschlag")
        verbose_name_plural = _("Themenvorschläge")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("planning:proposal", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.state == self.State.SUBMITTED


def proposal_file_path(instance: "ProposalFile", filename: str) -> str:
    # Random names: an upload's name never decides where it lands.
    return f"proposals/{instance.proposal_id}/{uuid.uuid4().hex}"


class ProposalFile(models.Model):
    """A file a proposer attached; it becomes an "Anlage" when the item is taken."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(upload_to=proposal_file_path, max_length=300)
    file_name = models.CharField(_("Dateiname"), max_length=255)
    mime_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField(_("Größe (Bytes)"))
    sha256 = models.CharField(max_length=64)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["proposal", "pk"]
        verbose_name = _("Anlage zum Vorschlag")
        verbose_name_plural = _("Anlagen zu Vorschlägen")

    def __str__(self) -> str:
        return self.file_name


class BacklogEntry(models.Model):
    """A topic waiting for a meeting of the body (Themenspeicher)."""

    class Kind(models.TextChoices):
        PARKED = "parked", _("zurückgestellter Vorschlag")
        POSTPONED = "postponed", _("vertagter Punkt")
        TOPIC = "topic", _("offenes Thema")

    class State(models.TextChoices):
        OPEN = "open", _("offen")
        TAKEN = "taken", _("übernommen")
        DROPPED = "dropped", _("entfernt")

    body = models.ForeignKey(
        Body, verbose_name=_("Gremium"), on_delete=models.CASCADE, related_name="backlog"
    )
    kind = models.CharField(_("Art"), max_length=10, choices=Kind.choices)
    state = models.CharField(
        _("Status"), max_length=10, choices=State.choices, default=State.OPEN, db_index=True
    )
    title = models.CharField(_("Titel"), max_length=500)
    description = models.TextField(_("Beschreibung"), max_length=4000, blank=True)
    duration_minutes = models.PositiveSmallIntegerField(
        _("Dauer (Minuten)"), default=15, validators=[MaxValueValidator(MAX_DURATION)]
    )
    presenter = models.ForeignKey(
        Person,
        verbose_name=_("Vortragende Person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    proposal = models.OneToOneField(
        Proposal, null=True, blank=True, on_delete=models.CASCADE, related_name="backlog_entry"
    )
    # The postponed item this entry stands for (one entry per item).
    source_item = models.OneToOneField(
        AgendaItem, null=True, blank=True, on_delete=models.CASCADE, related_name="backlog_entry"
    )
    taken_into = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["body", "created", "pk"]
        verbose_name = _("Eintrag im Themenspeicher")
        verbose_name_plural = _("Themenspeicher")
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="postponed") | Q(source_item__isnull=False),
                name="backlog_postponed_has_item",
            ),
        ]

    def __str__(self) -> str:
        return self.title
