"""Papers (Vorlagen) that pass through bodies: files with versions and a consultation path.

Field names follow OParl 1.1 (Paper, Consultation, File) where it has one.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from transferhub.decisions.models import Topic
from transferhub.meetings.models import AgendaItem
from transferhub.network.models import Body, Person


class Paper(models.Model):
    """A paper passing through bodies (Vorlage): a draft, an instrument, a statement."""

    class Type(models.TextChoices):
        DRAFT = "draft", _("Entwurf")
        PROPOSAL = "proposal", _("Beschlussvorlage")
        REPORT = "report", _("Bericht")
        INSTRUMENT = "instrument", _("Instrument")
        ONE_PAGER = "one_pager", _("One-Pager")
        STATEMENT = "statement", _("Stellungnahme")

    class Status(models.TextChoices):
        DRAFT = "draft", _("in Arbeit")
        IN_CONSULTATION = "in_consultation", _("in Beratung")
        # After adoption the topic stages follow: adopted → in layout → published.
        ADOPTED = "adopted", _("beschlossen")
        IN_LAYOUT = "in_layout", _("im Layout")
        PUBLISHED = "published", _("veröffentlicht")
        REJECTED = "rejected", _("abgelehnt")
        WITHDRAWN = "withdrawn", _("zurückgezogen")

    PUBLICATION_STAGES = (Status.ADOPTED, Status.IN_LAYOUT, Status.PUBLISHED)

    # "AG Transfer 2022/V-3": the responsible body, the year, a running number.
    reference = models.CharField(_("Aktenzeichen"), max_length=100, unique=True)
    year = models.PositiveSmallIntegerField(_("Jahr"))
    paper_type = models.CharField(_("Art"), max_length=20, choices=Type.choices, default=Type.DRAFT)
    title = models.CharField(_("Titel"), max_length=300)
    description = models.TextField(_("Beschreibung"), blank=True)
    date = models.DateField(_("Datum"), null=True, blank=True)
    body = models.ForeignKey(
        Body,
        verbose_name=_("federführendes Gremium"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="papers",
    )
    responsible_person = models.ForeignKey(
        Person,
        verbose_name=_("verantwortliche Person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="papers_responsible",
    )
    authors = models.ManyToManyField(
        Person, verbose_name=_("Autorinnen und Autoren"), blank=True, related_name="papers"
    )
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    topics = models.ManyToManyField(
        Topic, verbose_name=_("Vorhaben"), blank=True, related_name="papers"
    )
    published_url = models.URLField(_("Link zur Veröffentlichung"), blank=True)
    # Public papers appear in OParl and may be downloaded by anyone.
    public = models.BooleanField(_("öffentlich"), default=False)
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-year", "reference"]
        verbose_name = _("Vorlage")
        verbose_name_plural = _("Vorlagen")

    def __str__(self) -> str:
        return f"{self.reference}: {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("papers:detail", args=[self.pk])

    @property
    def is_adopted(self) -> bool:
        return self.status in self.PUBLICATION_STAGES

    @property
    def main_file(self):
        return next((f for f in self.files.all() if f.role == PaperFile.Role.MAIN), None)


class PaperFile(models.Model):
    """A document of a paper (the main file or a further one), kept in versions."""

    class Role(models.TextChoices):
        MAIN = "main", _("Hauptdokument")
        AUXILIARY = "auxiliary", _("Anlage")

    paper = models.ForeignKey(Paper, on_delete=models.CASCADE, related_name="files")
    role = models.CharField(_("Rolle"), max_length=10, choices=Role.choices, default=Role.MAIN)
    name = models.CharField(_("Bezeichnung"), max_length=300)
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["paper", "role", "pk"]
        verbose_name = _("Dokument")
        verbose_name_plural = _("Dokumente")
        constraints = [
            models.UniqueConstraint(
                fields=["paper"], condition=Q(role="main"), name="paper_one_main_file"
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def current(self):
        """The newest version (the versions are ordered newest first)."""
        versions = list(self.versions.all())
        return versions[0] if versions else None


def paper_version_path(instance: "PaperFileVersion", filename: str) -> str:
    # Random names: an upload's name never decides where it lands or whether it is served.
    return f"papers/{uuid.uuid4().hex}"


class PaperFileVersion(models.Model):
    """One uploaded version of a paper's document; older versions are kept."""

    class TextState(models.TextChoices):
        TEXT = "text", _("Text gelesen")
        NO_TEXT = "no_text", _("ohne Text (z. B. gescannt)")
        OTHER = "other", _("kein Textformat")

    paper_file = models.ForeignKey(PaperFile, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("Version"))
    file = models.FileField(_("Datei"), upload_to=paper_version_path, max_length=300)
    file_name = models.CharField(_("Dateiname"), max_length=255)
    mime_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField(_("Größe (Bytes)"))
    sha1 = models.CharField(max_length=40)
    sha256 = models.CharField(max_length=64)
    sha512 = models.CharField(max_length=128)
    # The text read from the file: for comparing versions and for the search.
    text = models.TextField(blank=True)
    text_state = models.CharField(max_length=10, choices=TextState.choices)
    note = models.CharField(_("Anmerkung"), max_length=500, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["paper_file", "-number"]
        verbose_name = _("Dateiversion")
        verbose_name_plural = _("Dateiversionen")
        constraints = [
            models.UniqueConstraint(fields=["paper_file", "number"], name="paper_version_unique")
        ]

    def __str__(self) -> str:
        return f"{self.paper_file} v{self.number}"

    def get_absolute_url(self) -> str:
        return reverse("papers:version", args=[self.pk])


class Consultation(models.Model):
    """One step of a paper's consultation path (Beratungsfolge): a body and what for."""

    class Role(models.TextChoices):
        ADVICE = "advice", _("Beratung")
        RECOMMENDATION = "recommendation", _("Empfehlung")
        DECISION = "decision", _("Beschluss")

    class Result(models.TextChoices):
        ADOPTED = "adopted", _("beschlossen")
        ADOPTED_CHANGED = "adopted_changed", _("mit Änderungen beschlossen")
        RECOMMENDED = "recommended", _("empfohlen")
        POSTPONED = "postponed", _("vertagt")
        REJECTED = "rejected", _("abgelehnt")

    ADOPTING = (Result.ADOPTED, Result.ADOPTED_CHANGED)

    paper = models.ForeignKey(Paper, on_delete=models.CASCADE, related_name="consultations")
    position = models.PositiveIntegerField(_("Reihenfolge"))
    body = models.ForeignKey(
        Body, verbose_name=_("Gremium"), on_delete=models.PROTECT, related_name="consultations"
    )
    role = models.CharField(_("Zweck"), max_length=20, choices=Role.choices, default=Role.ADVICE)
    authoritative = models.BooleanField(_("entscheidet"), default=False)
    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("Tagesordnungspunkt"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consultations",
    )
    result = models.CharField(_("Ergebnis"), max_length=20, choices=Result.choices, blank=True)
    result_note = models.CharField(_("Anmerkung zum Ergebnis"), max_length=500, blank=True)
    version_discussed = models.ForeignKey(
        PaperFileVersion,
        verbose_name=_("beratene Version"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consultations",
    )
    # Added when the paper was put on the agenda of a body not on its path.
    added_by_agenda = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["paper", "position", "pk"]
        verbose_name = _("Beratung")
        verbose_name_plural = _("Beratungen")

    def __str__(self) -> str:
        return f"{self.paper.reference} – {self.body} ({self.get_role_display()})"

    @property
    def is_open(self) -> bool:
        return not self.result
