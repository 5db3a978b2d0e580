"""Self-assessment instruments (OM-Praxis-Checks), the companies that use them, their answers.

An instrument (Instrument) has versions (InstrumentVersion) loaded from YAML files;
a version holds themes (Themen) with check points (Check-Punkte) and a glossary.
A company's assessment (Bewertung) is tied to one version for good, so an old
assessment stays readable after a new version appears.
"""

import datetime as dt
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from transferhub.network.models import FederalState

# The instrument the OM-Zeichen Arbeitsschutz rests on (see the suppliers app).
SAFETY_CHECK_CODE = "OM-SGA"
MIN_MEASURES = 10
DECLARATION_YEARS = 2


def reads_english() -> bool:
    return (get_language() or "").split("-")[0] == "en"


class EnglishTexts:
    """Give English readers a row's English text; German is the source and the fallback.

    Each text field has a twin `<field>_en`; `local_<field>` picks by the request's
    language.
    """

    def local(self, field: str) -> str:
        if reads_english():
            english = getattr(self, f"{field}_en", "")
            if english:
                return english
        return getattr(self, field)

    @property
    def local_title(self) -> str:
        return self.local("title")


class Instrument(EnglishTexts, models.Model):
    """A practical instrument of the network (Check, Umsetzungshilfe, Kurzcheck, Befragung)."""

    class Kind(models.TextChoices):
        CHECK = "check", _("Check")
        AID = "aid", _("Umsetzungshilfe")
        SHORT_CHECK = "short_check", _("Kurzcheck")
        SURVEY = "survey", _("Befragung")

    code = models.CharField(_("Kennung"), max_length=40, unique=True)
    title = models.CharField(_("Titel"), max_length=300)
    title_en = models.CharField(_("Titel (englisch)"), max_length=300, blank=True)
    kind = models.CharField(_("Art"), max_length=20, choices=Kind.choices, default=Kind.CHECK)
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title"]
        verbose_name = _("Instrument")
        verbose_name_plural = _("Instrumente")

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    @property
    def is_survey(self) -> bool:
        return self.kind == self.Kind.SURVEY

    def current_version(self):
        """The published version, else the newest adopted one, else None."""
        versions = sorted(self.versions.all(), key=lambda v: v.loaded_at, reverse=True)
        for status in (InstrumentVersion.Status.PUBLISHED, InstrumentVersion.Status.ADOPTED):
            for version in versions:
                if version.status == status:
                    return version
        return None


class InstrumentVersion(EnglishTexts, models.Model):
    """One version of an instrument as loaded from its data file."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Entwurf")
        ADOPTED = "adopted", _("verabschiedet")
        PUBLISHED = "published", _("veröffentlicht")
        SUPERSEDED = "superseded", _("abgelöst")

    # Which step may follow which (draft → adopted → published → superseded).
    TRANSITIONS = {
        Status.DRAFT: {Status.ADOPTED},
        Status.ADOPTED: {Status.PUBLISHED, Status.SUPERSEDED},
        Status.PUBLISHED: {Status.SUPERSEDED},
        Status.SUPERSEDED: set(),
    }
    USABLE = (Status.ADOPTED, Status.PUBLISHED)

    instrument = models.ForeignKey(
        Instrument, verbose_name=_("Instrument"), on_delete=models.CASCADE, related_name="versions"
    )
    version = models.CharField(_("Version"), max_length=20)
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    decision = models.ForeignKey(
        "decisions.Decision",
        verbose_name=_("Beschluss"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="instrument_versions",
        help_text=_("Der Beschluss, mit dem das Instrument verabschiedet wurde."),
    )
    summary = models.TextField(_("Kurzbeschreibung"), blank=True)
    summary_en = models.TextField(_("Kurzbeschreibung (englisch)"), blank=True)
    topic = models.CharField(_("Themenfeld"), max_length=30, blank=True)
    # The answer scale: a list of {"value", "label", "score"}; the traffic light for checks.
    scale = models.JSONField(_("Antwortskala"), default=list)
    source_file = models.CharField(_("Datei"), max_length=300, blank=True)
    content_hash = models.CharField(max_length=64)
    data = models.JSONField(_("Inhalt"), default=dict)
    loaded_at = models.DateTimeField(_("geladen am"), default=timezone.now)
    status_changed = models.DateTimeField(_("Status geändert am"), null=True, blank=True)

    class Meta:
        ordering = ["instrument", "-loaded_at"]
        verbose_name = _("Instrumentversion")
        verbose_name_plural = _("Instrumentversionen")
        constraints = [
            models.UniqueConstraint(
                fields=["instrument", "version"], name="instrument_version_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.instrument.code} {self.instrument.title} (Version {self.version})"

    @property
    def is_usable(self) -> bool:
        return self.status in self.USABLE

    def scale_labels(self) -> dict[str, str]:
        english = reads_english()
        return {
            option["value"]: (english and option.get("label_en")) or option["label"]
            for option in self.scale
        }

    @property
    def local_summary(self) -> str:
        return self.local("summary")


class Theme(EnglishTexts, models.Model):
    """A theme (Thema) of an instrument version."""

    version = models.ForeignKey(InstrumentVersion, on_delete=models.CASCADE, related_name="themes")
    key = models.CharField(_("Schlüssel"), max_length=60)
    position = models.PositiveSmallIntegerField(_("Position"))
    title = models.CharField(_("Titel"), max_length=300)
    intro = models.TextField(_("Einleitung"), blank=True)
    title_en = models.CharField(_("Titel (englisch)"), max_length=300, blank=True)
    intro_en = models.TextField(_("Einleitung (englisch)"), blank=True)

    class Meta:
        ordering = ["version", "position"]
        verbose_name = _("Thema")
        verbose_name_plural = _("Themen")
        constraints = [
            models.UniqueConstraint(fields=["version", "key"], name="theme_key_unique"),
            models.UniqueConstraint(fields=["version", "position"], name="theme_position_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.position}. {self.title}"

    @property
    def local_intro(self) -> str:
        return self.local("intro")


class CheckPoint(EnglishTexts, models.Model):
    """A check point (Check-Punkt): a good practice and why it matters."""

    version = models.ForeignKey(
        InstrumentVersion, on_delete=models.CASCADE, related_name="check_points"
    )
    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="check_points")
    key = models.CharField(_("Schlüssel"), max_length=60)
    number = models.CharField(_("Nummer"), max_length=10)
    position = models.PositiveSmallIntegerField(_("Position"))
    title = models.CharField(_("Titel"), max_length=300)
    practice = models.TextField(_("Gute Praxis"), blank=True)
    why = models.TextField(_("Warum es wichtig ist"), blank=True)
    links = models.JSONField(_("Weiterführende Hilfen"), default=list, blank=True)
    title_en = models.CharField(_("Titel (englisch)"), max_length=300, blank=True)
    practice_en = models.TextField(_("Gute Praxis (englisch)"), blank=True)
    why_en = models.TextField(_("Warum es wichtig ist (englisch)"), blank=True)

    class Meta:
        ordering = ["theme__position", "position"]
        verbose_name = _("Check-Punkt")
        verbose_name_plural = _("Check-Punkte")
        constraints = [
            models.UniqueConstraint(fields=["version", "key"], name="check_point_key_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.title}"

    @property
    def local_practice(self) -> str:
        return self.local("practice")

    @property
    def local_why(self) -> str:
        return self.local("why")


class GlossaryTerm(EnglishTexts, models.Model):
    """A term of an instrument's glossary, explained wherever it appears."""

    version = models.ForeignKey(
        InstrumentVersion, on_delete=models.CASCADE, related_name="glossary"
    )
    term = models.CharField(_("Begriff"), max_length=100)
    expansion = models.CharField(_("ausgeschrieben"), max_length=200, blank=True)
    explanation = models.TextField(_("Erklärung"))
    term_en = models.CharField(_("Begriff (englisch)"), max_length=100, blank=True)
    expansion_en = models.CharField(_("ausgeschrieben (englisch)"), max_length=200, blank=True)
    explanation_en = models.TextField(_("Erklärung (englisch)"), blank=True)

    class Meta:
        ordering = ["term"]
        verbose_name = _("Glossarbegriff")
        verbose_name_plural = _("Glossar")

    def __str__(self) -> str:
        return self.term

    @property
    def local_term(self) -> str:
        return self.local("term")

    @property
    def local_expansion(self) -> str:
        return self.local("expansion")

    @property
    def local_explanation(self) -> str:
        return self.local("explanation")


# --- Companies and consultants ---------------------------------------------------------

WZ_PATTERN = re.compile(r"^\d{2}(\.\d{1,2}(\.\d{1,2})?)?$")
# WZ 2008 sections by the first two digits (division) of the code.
WZ_SECTIONS = [
    ("A", 1, 3, _("Land- und Forstwirtschaft, Fischerei")),
    ("B", 5, 9, _("Bergbau")),
    ("C", 10, 33, _("Verarbeitendes Gewerbe")),
    ("D", 35, 35, _("Energieversorgung")),
    ("E", 36, 39, _("Wasserversorgung, Entsorgung")),
    ("F", 41, 43, _("Baugewerbe")),
    ("G", 45, 47, _("Handel, Kfz-Reparatur")),
    ("H", 49, 53, _("Verkehr und Lagerei")),
    ("I", 55, 56, _("Gastgewerbe")),
    ("J", 58, 63, _("Information und Kommunikation")),
    ("K", 64, 66, _("Finanz- und Versicherungsdienstleistungen")),
    ("L", 68, 68, _("Grundstücks- und Wohnungswesen")),
    ("M", 69, 75, _("Freiberufliche, wissenschaftliche und technische Dienstleistungen")),
    ("N", 77, 82, _("Sonstige wirtschaftliche Dienstleistungen")),
    ("O", 84, 84, _("Öffentliche Verwaltung")),
    ("P", 85, 85, _("Erziehung und Unterricht")),
    ("Q", 86, 88, _("Gesundheits- und Sozialwesen")),
    ("R", 90, 93, _("Kunst, Unterhaltung und Erholung")),
    ("S", 94, 96, _("Sonstige Dienstleistungen")),
    ("T", 97, 98, _("Private Haushalte")),
    ("U", 99, 99, _("Exterritoriale Organisationen")),
]
WZ_SECTION_NAMES = {letter: name for letter, _lo, _hi, name in WZ_SECTIONS}


def wz_section(code: str) -> str:
    """Return the WZ 2008 section letter for a code such as "25.11", or ""."""
    if not WZ_PATTERN.match(code or ""):
        return ""
    division = int(code[:2])
    for letter, low, high, _name in WZ_SECTIONS:
        if low <= division <= high:
            return letter
    return ""


def validate_wz_code(code: str) -> None:
    if not wz_section(code):
        raise ValidationError(
            _("Bitte geben Sie einen WZ-2008-Code wie „25.11“ oder „43“ an."), code="wz"
        )


def validate_postcode(value: str) -> None:
    if not re.fullmatch(r"\d{5}", value or ""):
        raise ValidationError(_("Eine Postleitzahl hat fünf Ziffern."), code="postcode")


class Company(models.Model):
    """A company (Unternehmen) that works through the checks, alone or with a consultant."""

    class SizeClass(models.TextChoices):
        MICRO = "micro", _("bis 9 Beschäftigte")
        SMALL = "small", _("10 bis 49 Beschäftigte")
        MEDIUM = "medium", _("50 bis 249 Beschäftigte")
        LARGE = "large", _("250 Beschäftigte und mehr")

    # The sixteen federal states, as the network's organisations and the suppliers name them.
    FederalState = FederalState

    name = models.CharField(_("Name"), max_length=300)
    wz_code = models.CharField(
        _("Branche (WZ 2008)"),
        max_length=10,
        validators=[validate_wz_code],
        help_text=_("Code der Klassifikation der Wirtschaftszweige, z. B. „25.11“."),
    )
    wz_section = models.CharField(_("Wirtschaftsabschnitt"), max_length=1, editable=False)
    size_class = models.CharField(_("Größenklasse"), max_length=10, choices=SizeClass.choices)
    postcode = models.CharField(_("Postleitzahl"), max_length=5, validators=[validate_postcode])
    federal_state = models.CharField(_("Bundesland"), max_length=2, choices=FederalState.choices)
    organisation = models.OneToOneField(
        "network.Organisation",
        verbose_name=_("Organisation im Netzwerk"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="company",
    )
    staff = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Zugänge des Unternehmens"),
        blank=True,
        related_name="companies",
    )
    consultants = models.ManyToManyField(
        "network.Person",
        verbose_name=_("Beratende"),
        through="Consultancy",
        blank=True,
        related_name="served_companies",
    )
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("Unternehmen")
        verbose_name_plural = _("Unternehmen")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.wz_section = wz_section(self.wz_code)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("checks:company", args=[self.pk])


class Consultancy(models.Model):
    """A consultant (Berater/in, a network person) who serves a company."""

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="consultancies")
    consultant = models.ForeignKey(
        "network.Person",
        verbose_name=_("Berater/in"),
        on_delete=models.CASCADE,
        related_name="consultancies",
    )
    authorised = models.BooleanField(_("für die Checks autorisiert"), default=False)
    start_date = models.DateField(_("seit"), default=dt.date.today)
    end_date = models.DateField(_("bis"), null=True, blank=True)

    class Meta:
        verbose_name = _("Beratung")
        verbose_name_plural = _("Beratungen")
        constraints = [
            models.UniqueConstraint(fields=["company", "consultant"], name="consultancy_unique")
        ]

    def __str__(self) -> str:
        return f"{self.consultant} → {self.company}"

    @staticmethod
    def active_q(prefix: str = "") -> Q:
        today = timezone.localdate()
        return Q(**{f"{prefix}end_date__isnull": True}) | Q(**{f"{prefix}end_date__gte": today})


# --- Assessments -------------------------------------------------------------------------


class Assessment(models.Model):
    """A company's self-assessment with one instrument version (or a survey response)."""

    version = models.ForeignKey(
        InstrumentVersion,
        verbose_name=_("Instrumentversion"),
        on_delete=models.PROTECT,
        related_name="assessments",
    )
    # Empty for a survey response, which belongs to its respondent only.
    company = models.ForeignKey(
        Company,
        verbose_name=_("Unternehmen"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="assessments",
    )
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("begonnen von"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    consultant = models.ForeignKey(
        "network.Person",
        verbose_name=_("mit Berater/in"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assessments_consulted",
    )
    created = models.DateTimeField(_("begonnen am"), auto_now_add=True)
    modified = models.DateTimeField(_("zuletzt gespeichert"), auto_now=True)
    submitted_at = models.DateTimeField(_("abgeschickt am"), null=True, blank=True)
    # The self-declaration (Selbsterklärung): valid two years from the day it is signed.
    declared_at = models.DateTimeField(_("Selbsterklärung am"), null=True, blank=True)
    declared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Selbsterklärung von"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    valid_until = models.DateField(_("gültig bis"), null=True, blank=True, db_index=True)
    reminded_at = models.DateTimeField(_("erinnert am"), null=True, blank=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("Bewertung")
        verbose_name_plural = _("Bewertungen")

    def __str__(self) -> str:
        who = self.company.name if self.company_id else _("Befragung")
        return f"{self.version.instrument.title} – {who} ({self.created:%d.%m.%Y})"

    def get_absolute_url(self) -> str:
        return reverse("checks:assessment", args=[self.pk])

    @property
    def instrument(self) -> Instrument:
        return self.version.instrument

    @property
    def is_declared(self) -> bool:
        return self.declared_at is not None

    @property
    def is_frozen(self) -> bool:
        """Answers no longer change once declared (or a survey once submitted)."""
        return self.declared_at is not None or self.submitted_at is not None

    def point_count(self) -> int:
        return self.version.check_points.count()

    def rated_count(self) -> int:
        return self.answers.exclude(value="").count()

    def measure_count(self) -> int:
        return self.measures.exclude(text="").count()

    def completion_problems(self) -> list[str]:
        """Say what still keeps the assessment from being complete (empty when complete)."""
        problems = []
        open_points = self.point_count() - self.rated_count()
        if open_points > 0:
            problems.append(_("%(n)d Check-Punkte sind noch nicht bewertet.") % {"n": open_points})
        if not self.instrument.is_survey:
            measures = self.measure_count()
            if measures < MIN_MEASURES:
                problems.append(
                    _("Es sind %(n)d Maßnahmen geplant; mindestens %(min)d sind nötig.")
                    % {"n": measures, "min": MIN_MEASURES}
                )
        return problems

    @property
    def is_complete(self) -> bool:
        """Every check point rated and at least ten measures planned."""
        return not self.completion_problems()

    def declaration_valid(self, on: dt.date | None = None) -> bool:
        on = on or timezone.localdate()
        return self.valid_until is not None and on <= self.valid_until


class Answer(models.Model):
    """The rating of one check point in one assessment, with an optional note."""

    class Rating(models.TextChoices):
        GREEN = "green", _("grün: kein Handlungsbedarf")
        YELLOW = "yellow", _("gelb: Handlungsbedarf")
        RED = "red", _("rot: dringender Handlungsbedarf")
        NOT_RELEVANT = "na", _("nicht relevant")

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="answers")
    check_point = models.ForeignKey(CheckPoint, on_delete=models.PROTECT, related_name="answers")
    value = models.CharField(_("Bewertung"), max_length=20, blank=True)
    note = models.TextField(_("Notiz"), blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Antwort")
        verbose_name_plural = _("Antworten")
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "check_point"], name="answer_once_per_point"
            )
        ]

    def __str__(self) -> str:
        return f"{self.check_point.number}: {self.value}"


TRAFFIC_LIGHT_SCALE = [
    {
        "value": Answer.Rating.GREEN.value,
        "label": "grün: kein Handlungsbedarf",
        "score": 2,
        "label_en": "green: no action needed",
    },
    {
        "value": Answer.Rating.YELLOW.value,
        "label": "gelb: Handlungsbedarf",
        "score": 1,
        "label_en": "yellow: action needed",
    },
    {
        "value": Answer.Rating.RED.value,
        "label": "rot: dringender Handlungsbedarf",
        "score": 0,
        "label_en": "red: urgent action needed",
    },
    {
        "value": Answer.Rating.NOT_RELEVANT.value,
        "label": "nicht relevant",
        "label_en": "not relevant",
    },
]


class Measure(models.Model):
    """A measure of the action plan (Maßnahmenplan)."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("geplant")
        IN_PROGRESS = "in_progress", _("in Umsetzung")
        DONE = "done", _("umgesetzt")
        DROPPED = "dropped", _("verworfen")

    class Priority(models.IntegerChoices):
        URGENT = 1, _("dringend")
        NEEDED = 2, _("Handlungsbedarf")
        OPTIONAL = 3, _("sonstige")

    class Category(models.TextChoices):
        SAFETY = "safety", _("Arbeitsschutz")
        ENVIRONMENT = "environment", _("Umwelt")
        SUPPLY_CHAIN = "supply_chain", _("Lieferkette")
        FINANCE = "finance", _("Finanzen")
        PEOPLE = "people", _("Personal")
        DIGITAL = "digital", _("Digitalisierung")
        OTHER = "other", _("Sonstiges")

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="measures")
    check_point = models.ForeignKey(
        CheckPoint,
        verbose_name=_("zu Check-Punkt"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="measures",
    )
    text = models.TextField(_("Maßnahme"))
    responsible = models.CharField(_("verantwortlich"), max_length=200, blank=True)
    due_date = models.DateField(_("bis wann"), null=True, blank=True)
    effect_check = models.TextField(_("Wirksamkeitskontrolle"), blank=True)
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.PLANNED
    )
    priority = models.PositiveSmallIntegerField(
        _("Dringlichkeit"), choices=Priority.choices, default=Priority.NEEDED
    )
    category = models.CharField(
        _("Bereich"), max_length=20, choices=Category.choices, default=Category.OTHER
    )
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["priority", "due_date", "pk"]
        verbose_name = _("Maßnahme")
        verbose_name_plural = _("Maßnahmen")

    def __str__(self) -> str:
        return self.text[:80]
