"""The supplier database (OM-Lieferantendatenbank): profiles, seals, LkSG due diligence.

A supplier (Lieferant) is a company's public profile; where the company works
through the checks it is linked to its checks.Company. A seal (Siegel: the
OM-Zeichen Arbeitsschutz or the broader sustainability seal) is awarded by the
office on an application (Antrag) that rests on a completed safety check. A seal
keeps its number for life; each grant or renewal adds a term (Laufzeit), which
stays as it was granted.
"""

import datetime as dt
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from transferhub.checks.models import Company, validate_postcode, validate_wz_code, wz_section
from transferhub.lib.search import searchable

# Days before the end of a term on which the supplier is reminded (one mail per window).
REMINDER_WINDOWS = (90, 30, 7)


class SealKind(models.TextChoices):
    SAFETY = "safety", _("OM-Zeichen Arbeitsschutz")
    SUSTAINABILITY = "sustainability", _("OM-Zeichen Nachhaltigkeit")


SEAL_PREFIX = {SealKind.SAFETY: "OM-AS", SealKind.SUSTAINABILITY: "OM-NH"}
SEAL_NUMBER_RE = re.compile(r"^OM-(AS|NH)-(\d{4})-(\d{5})$")


class SealType(models.Model):
    """A seal's rules as data (like the checks' instruments): which check it rests on, how
    many measures per section of the action plan, which certified management systems
    stand in for a section, how long it is valid. Edited in the admin; the seal codes and
    number prefixes above name the types the software knows."""

    code = models.CharField(_("Kürzel"), max_length=20, unique=True, choices=SealKind.choices)
    name = models.CharField(_("Name"), max_length=200)
    instrument_code = models.CharField(_("Check (Kürzel des Instruments)"), max_length=30)
    instrument_version = models.CharField(
        _("Version des Checks"),
        max_length=30,
        blank=True,
        help_text=_("leer: jede Version des Checks"),
    )
    min_measures = models.PositiveSmallIntegerField(_("Maßnahmen insgesamt mindestens"), default=10)
    # Section (Measure.Category) → at least so many live measures.
    min_by_section = models.JSONField(
        _("Maßnahmen je Bereich mindestens"), default=dict, blank=True
    )
    # Management system (ManagementCertificate.Standard) → the section it stands in for.
    exemptions = models.JSONField(_("Befreiung durch Managementsysteme"), default=dict, blank=True)
    validity_years = models.PositiveSmallIntegerField(_("Gültigkeit in Jahren"), default=2)
    active = models.BooleanField(_("kann beantragt werden"), default=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "code"]
        verbose_name = _("Siegelart")
        verbose_name_plural = _("Siegelarten")

    def __str__(self) -> str:
        return self.name

    @classmethod
    def of(cls, code: str) -> "SealType":
        """The type for a seal code; raises SealType.DoesNotExist for an unknown one."""
        found = cls.objects.filter(code=code).first()
        if found is None and code in SealKind.values:
            cls.ensure()
            found = cls.objects.filter(code=code).first()
        if found is None:
            raise cls.DoesNotExist(code)
        return found

    @classmethod
    def applicable(cls):
        """The types that can be applied for, in their order."""
        if not cls.objects.exists():
            cls.ensure()
        return cls.objects.filter(active=True)

    @classmethod
    def ensure(cls) -> None:
        from .seal_defaults import seal_types_ensure

        seal_types_ensure(cls)


class ManagementCertificate(models.Model):
    """A supplier's certificate of a management system (e.g. ISO 14001), with its validity."""

    class Standard(models.TextChoices):
        ISO_45001 = "ISO 45001", _("ISO 45001 (Arbeitsschutz)")
        ISO_14001 = "ISO 14001", _("ISO 14001 (Umwelt)")
        EMAS = "EMAS", _("EMAS (Umwelt)")
        ISO_50001 = "ISO 50001", _("ISO 50001 (Energie)")

    supplier = models.ForeignKey(
        "Supplier",
        verbose_name=_("Lieferant"),
        on_delete=models.CASCADE,
        related_name="certificates",
    )
    standard = models.CharField(_("Managementsystem"), max_length=20, choices=Standard.choices)
    issuer = models.CharField(_("Zertifizierungsstelle"), max_length=200)
    number = models.CharField(_("Zertifikatsnummer"), max_length=100, blank=True)
    valid_from = models.DateField(_("gültig ab"))
    valid_until = models.DateField(_("gültig bis"))
    file = models.FileField(upload_to="certificates/%Y/")
    file_name = models.CharField(max_length=255)
    mime_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["standard", "-valid_until"]
        verbose_name = _("Zertifikat eines Managementsystems")
        verbose_name_plural = _("Zertifikate von Managementsystemen")

    def __str__(self) -> str:
        return f"{self.standard} ({self.issuer}, bis {self.valid_until:%d.%m.%Y})"

    def is_valid(self, on: dt.date | None = None) -> bool:
        on = on or timezone.localdate()
        return self.valid_from <= on <= self.valid_until


class Purchaser(models.Model):
    """A signed-in buyer (Einkäufer/in) of a larger customer who searches suppliers."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Zugang"),
        on_delete=models.CASCADE,
        related_name="purchaser",
    )
    organisation = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("Organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="purchasers",
    )
    organisation_name = models.CharField(
        _("Unternehmen (falls nicht im Netzwerk)"), max_length=300, blank=True
    )
    active = models.BooleanField(_("aktiv"), default=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Einkäufer/in")
        verbose_name_plural = _("Einkäufer/innen")

    def __str__(self) -> str:
        return (
            f"{self.user.get_full_name() or self.user.get_username()} ({self.display_organisation})"
        )

    @property
    def display_organisation(self) -> str:
        return self.organisation.name if self.organisation_id else self.organisation_name


class Supplier(models.Model):
    """A supplier profile (Lieferantenprofil) in the OM-Lieferantendatenbank."""

    SizeClass = Company.SizeClass
    FederalState = Company.FederalState

    company = models.OneToOneField(
        Company,
        verbose_name=_("Unternehmen in den Checks"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="supplier",
    )
    # Always public: name, region, industry, size class.
    name = models.CharField(_("Name"), max_length=300)
    federal_state = models.CharField(_("Bundesland"), max_length=2, choices=FederalState.choices)
    postcode_area = models.CharField(_("PLZ-Bereich"), max_length=2, editable=False)
    wz_code = models.CharField(
        _("Branche (WZ 2008)"),
        max_length=10,
        validators=[validate_wz_code],
        help_text=_("Code der Klassifikation der Wirtschaftszweige, z. B. „25.11“."),
    )
    wz_section = models.CharField(_("Wirtschaftsabschnitt"), max_length=1, editable=False)
    size_class = models.CharField(_("Größenklasse"), max_length=10, choices=SizeClass.choices)
    # Field groups that the supplier may show to everyone or to signed-in purchasers only.
    street = models.CharField(_("Straße und Hausnummer"), max_length=200, blank=True)
    postcode = models.CharField(_("Postleitzahl"), max_length=5, validators=[validate_postcode])
    town = models.CharField(_("Ort"), max_length=120)
    address_public = models.BooleanField(_("Anschrift öffentlich zeigen"), default=False)
    products = models.TextField(_("Produkte und Leistungen"), blank=True)
    products_public = models.BooleanField(_("Produkte öffentlich zeigen"), default=True)
    contact_name = models.CharField(_("Ansprechperson"), max_length=200, blank=True)
    contact_email = models.EmailField(_("E-Mail"), blank=True)
    contact_phone = models.CharField(_("Telefon"), max_length=50, blank=True)
    website = models.URLField(_("Website"), blank=True)
    contact_public = models.BooleanField(_("Kontakt öffentlich zeigen"), default=False)
    # Nullable on purpose: SQLite adds a nullable column in place, where a column with a
    # default would rebuild the table and drop the search index's triggers (migration 0002).
    vat_id = models.CharField(  # noqa: DJ001
        _("USt-IdNr."),
        max_length=20,
        null=True,
        blank=True,
        help_text=_("für die Rechnung, z. B. „DE123456789“"),
    )
    languages = models.CharField(
        _("Sprachen"), max_length=200, blank=True, help_text=_("z. B. „Deutsch, Englisch“")
    )
    languages_public = models.BooleanField(_("Sprachen öffentlich zeigen"), default=True)
    staff = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Zugänge des Lieferanten"),
        blank=True,
        related_name="suppliers",
    )
    # Lower-case text for the full-text search; the public one leaves out hidden products.
    search_public = models.TextField(editable=False, blank=True)
    search_all = models.TextField(editable=False, blank=True)
    # The day the LkSG self-declaration last became complete (every risk answered).
    lksg_declared_on = models.DateField(_("LkSG-Erklärung vom"), null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("Lieferant")
        verbose_name_plural = _("Lieferanten")
        indexes = [
            models.Index(fields=["name"], name="supplier_name_idx"),
            models.Index(fields=["federal_state", "name"], name="supplier_state_idx"),
            # State and size together, the commonest pair of filters in the search.
            models.Index(
                fields=["federal_state", "size_class", "name"], name="supplier_state_size_idx"
            ),
            models.Index(fields=["postcode_area", "name"], name="supplier_area_idx"),
            models.Index(fields=["wz_section", "name"], name="supplier_section_idx"),
            models.Index(fields=["wz_code"], name="supplier_wz_idx"),
            models.Index(fields=["size_class", "name"], name="supplier_size_idx"),
            models.Index(fields=["lksg_declared_on"], name="supplier_lksg_idx"),
            models.Index(fields=["postcode"], name="supplier_postcode_idx"),
            models.Index(fields=["modified"], name="supplier_modified_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.refresh_derived()
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("suppliers:detail", args=[self.pk])

    # Field groups the supplier may keep from the public, each with its flag `<group>_public`.
    FIELD_GROUPS = {
        "address": ("street", "postcode", "town"),
        "products": ("products",),
        "languages": ("languages",),
        "contact": ("contact_name", "contact_email", "contact_phone", "website"),
    }

    def shows(self, group: str, *, full: bool) -> bool:
        """Whether a reader sees a field group: always with the full profile, else if public.

        The one visibility rule for web pages, result lists, the search text and the API;
        who gets the full profile is permissions.sees_full_profile.
        """
        return full or getattr(self, f"{group}_public")

    def visible(self, *, full: bool) -> dict[str, bool]:
        """Which field groups a reader sees, for templates: {"address": False, ...}."""
        return {group: self.shows(group, full=full) for group in self.FIELD_GROUPS}

    def refresh_derived(self) -> None:
        """Fill the columns derived from others (region, section, search text)."""
        self.postcode_area = (self.postcode or "")[:2]
        self.wz_section = wz_section(self.wz_code)
        public = [self.name, self.town if self.shows("address", full=False) else ""]
        if self.shows("products", full=False):
            public.append(self.products)
        # Kept in the supplier index by triggers (migration 0002); see lib.search.
        self.search_public = searchable(*public)
        self.search_all = searchable(self.name, self.town, self.products)


class Seal(models.Model):
    """A seal (Siegel) of a supplier; its number stays through renewals."""

    supplier = models.ForeignKey(
        Supplier, verbose_name=_("Lieferant"), on_delete=models.PROTECT, related_name="seals"
    )
    kind = models.CharField(_("Siegel"), max_length=20, choices=SealKind.choices)
    year = models.PositiveSmallIntegerField(_("Jahr"))
    sequence = models.PositiveIntegerField(_("laufende Nummer"))
    number = models.CharField(_("Siegelnummer"), max_length=20, unique=True)
    granted_at = models.DateTimeField(_("erstmals verliehen am"))
    # The end of the latest term, kept here for search and reminders.
    valid_until = models.DateField(_("gültig bis"), db_index=True)
    revoked_at = models.DateTimeField(_("widerrufen am"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("widerrufen von"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revoke_reason = models.TextField(_("Grund des Widerrufs"), blank=True)

    class Meta:
        ordering = ["-granted_at"]
        verbose_name = _("Siegel")
        verbose_name_plural = _("Siegel")
        constraints = [
            models.UniqueConstraint(fields=["kind", "year", "sequence"], name="seal_number_unique"),
            models.UniqueConstraint(fields=["supplier", "kind"], name="seal_once_per_kind"),
        ]
        indexes = [
            models.Index(fields=["supplier", "kind", "valid_until"], name="seal_search_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.get_kind_display()}"

    def get_absolute_url(self) -> str:
        return reverse("suppliers:verify", args=[self.number])

    def status(self, on: dt.date | None = None) -> str:
        """Return "revoked", "expired" or "valid"."""
        on = on or timezone.localdate()
        if self.revoked_at is not None:
            return "revoked"
        if self.valid_until < on:
            return "expired"
        return "valid"

    def status_label(self) -> str:
        return str(SEAL_STATUS_LABELS[self.status()])

    @staticmethod
    def status_q(status: str, prefix: str = "") -> Q:
        """A filter on Seal (or through `prefix`) for the status on today."""
        today = timezone.localdate()
        revoked = Q(**{f"{prefix}revoked_at__isnull": False})
        if status == "revoked":
            return revoked
        not_revoked = Q(**{f"{prefix}revoked_at__isnull": True})
        if status == "expired":
            return not_revoked & Q(**{f"{prefix}valid_until__lt": today})
        return not_revoked & Q(**{f"{prefix}valid_until__gte": today})


SEAL_STATUS_LABELS = {
    "valid": _("gültig"),
    "expired": _("abgelaufen"),
    "revoked": _("widerrufen"),
}


class SealApplication(models.Model):
    """An application (Antrag) for a seal or its renewal, resting on one safety check."""

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("eingereicht")
        RETURNED = "returned", _("mit Rückfragen zurückgegeben")
        APPROVED = "approved", _("genehmigt")
        REJECTED = "rejected", _("abgelehnt")

    OPEN = (Status.SUBMITTED, Status.RETURNED)

    supplier = models.ForeignKey(
        Supplier, verbose_name=_("Lieferant"), on_delete=models.CASCADE, related_name="applications"
    )
    kind = models.CharField(_("Siegel"), max_length=20, choices=SealKind.choices)
    assessment = models.ForeignKey(
        "checks.Assessment",
        verbose_name=_("Bewertung (Sicherheitscheck)"),
        on_delete=models.PROTECT,
        related_name="seal_applications",
    )
    # Set for a renewal: the seal whose number is kept.
    renews = models.ForeignKey(
        Seal,
        verbose_name=_("verlängert Siegel"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="renewals",
    )
    consultant = models.ForeignKey(
        "network.Person",
        verbose_name=_("Berater/in"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="seal_applications",
    )
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.SUBMITTED
    )
    note = models.TextField(_("Anmerkung des Lieferanten"), blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("eingereicht von"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("eingereicht am"), default=timezone.now)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("geprüft von"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("geprüft am"), null=True, blank=True)
    review_note = models.TextField(_("Anmerkung der Geschäftsstelle"), blank=True)
    seal = models.ForeignKey(
        Seal,
        verbose_name=_("Siegel"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="applications",
    )

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("Siegelantrag")
        verbose_name_plural = _("Siegelanträge")
        indexes = [models.Index(fields=["status", "submitted_at"], name="application_queue_idx")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} – {self.supplier.name} ({self.submitted_at:%d.%m.%Y})"

    def get_absolute_url(self) -> str:
        return reverse("suppliers:application", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN


class ReviewRound(models.Model):
    """One review of an application by the office: its decision and its comments per
    measure. Every round is kept; the company sees the last one's comments beside its
    measures when the application comes back for rework."""

    application = models.ForeignKey(
        SealApplication, on_delete=models.CASCADE, related_name="rounds"
    )
    number = models.PositiveSmallIntegerField(_("Runde"))
    decision = models.CharField(
        _("Entscheidung"), max_length=20, choices=SealApplication.Status.choices
    )
    note = models.TextField(_("Anmerkung der Geschäftsstelle"), blank=True)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("geprüft von"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("geprüft am"), default=timezone.now)

    class Meta:
        ordering = ["application", "number"]
        verbose_name = _("Prüfrunde")
        verbose_name_plural = _("Prüfrunden")
        constraints = [
            models.UniqueConstraint(fields=["application", "number"], name="review_round_once")
        ]

    def __str__(self) -> str:
        return f"{self.application_id}: {self.number}"


class MeasureComment(models.Model):
    """The office's finding on one measure in a review round: complete, plausible, comment.

    The measure as it read then is kept, so a resubmission shows what changed since."""

    round = models.ForeignKey(ReviewRound, on_delete=models.CASCADE, related_name="comments")
    measure = models.ForeignKey(
        "checks.Measure", null=True, on_delete=models.SET_NULL, related_name="seal_comments"
    )
    measure_text = models.TextField(_("Maßnahme (zum Zeitpunkt der Prüfung)"))
    measure_snapshot = models.JSONField(default=dict)
    complete = models.BooleanField(_("vollständig"), default=True)
    plausible = models.BooleanField(_("plausibel"), default=True)
    comment = models.TextField(_("Kommentar"), blank=True)

    class Meta:
        ordering = ["round", "pk"]
        verbose_name = _("Kommentar zu einer Maßnahme")
        verbose_name_plural = _("Kommentare zu Maßnahmen")

    def __str__(self) -> str:
        return self.measure_text[:60]

    @property
    def needs_rework(self) -> bool:
        return not (self.complete and self.plausible) or bool(self.comment.strip())


class SealTerm(models.Model):
    """One term (Laufzeit) of a seal, as granted on one application; never changed."""

    seal = models.ForeignKey(Seal, on_delete=models.CASCADE, related_name="terms")
    application = models.OneToOneField(
        SealApplication, on_delete=models.PROTECT, related_name="term"
    )
    valid_from = models.DateField(_("gültig ab"))
    valid_until = models.DateField(_("gültig bis"))
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    granted_at = models.DateTimeField(_("verliehen am"), default=timezone.now)

    class Meta:
        ordering = ["seal", "-valid_from"]
        verbose_name = _("Laufzeit")
        verbose_name_plural = _("Laufzeiten")

    def __str__(self) -> str:
        return f"{self.seal.number}: {self.valid_from:%d.%m.%Y}–{self.valid_until:%d.%m.%Y}"


class SealReminder(models.Model):
    """A reminder mail sent before a seal's term ends; one per seal, term end and window."""

    seal = models.ForeignKey(Seal, on_delete=models.CASCADE, related_name="reminders")
    valid_until = models.DateField(_("Laufzeitende"))
    window_days = models.PositiveSmallIntegerField(_("Tage vorher"))
    sent_at = models.DateTimeField(_("verschickt am"), default=timezone.now)
    recipients = models.JSONField(default=list)

    class Meta:
        verbose_name = _("Siegel-Erinnerung")
        verbose_name_plural = _("Siegel-Erinnerungen")
        constraints = [
            models.UniqueConstraint(
                fields=["seal", "valid_until", "window_days"], name="seal_reminder_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.seal_id}: {self.window_days} Tage vor {self.valid_until:%d.%m.%Y}"


# --- LkSG due diligence -----------------------------------------------------------------


# The legal state the LkSG texts follow, shown with them (issue 17).
LKSG_LEGAL_STATE = dt.date(2025, 10, 1)
LKSG_LEGAL_NOTE = _(
    "Rechtsstand 01.10.2025: Die Berichtspflicht an das BAFA entfällt (Kabinettsentwurf vom "
    "03.09.2025; das BAFA prüft seit dem 01.10.2025 keine Berichte mehr). Es bleiben "
    "Risikoanalyse, Prävention, Abhilfe, das Beschwerdeverfahren nach § 8 LkSG und die "
    "Dokumentation, die sieben Jahre aufbewahrt wird (§ 10 Abs. 1 LkSG)."
)
REQUEST_NOTE = _(
    "Diese Anfrage folgt der Risikoanalyse des anfragenden Unternehmens und fragt nur nach "
    "den dort genannten Risiken. Eine pauschale Zusicherung wird nicht verlangt; Pflichten "
    "des anfragenden Unternehmens werden nicht auf Sie übertragen (BAFA-Handreichung vom "
    "16.08.2023)."
)


class LksgRisk(models.TextChoices):
    """The risks of § 2 (2) LkSG (human rights) and the environmental conventions (§ 2 (3))."""

    CHILD_LABOUR = "child_labour", _("Kinderarbeit")
    FORCED_LABOUR = "forced_labour", _("Zwangsarbeit und Sklaverei")
    SAFETY = "safety", _("Arbeitsschutz")
    ASSOCIATION = "association", _("Koalitionsfreiheit")
    UNEQUAL_TREATMENT = "unequal_treatment", _("Ungleichbehandlung")
    WAGE = "wage", _("angemessener Lohn")
    ENVIRONMENT = "environment", _("schädliche Umwelteinwirkungen")
    LAND_EVICTION = "land_eviction", _("widerrechtliche Landnahme")
    SECURITY_FORCES = "security_forces", _("Einsatz von Sicherheitskräften")
    MERCURY = "mercury", _("Quecksilber (Minamata-Übereinkommen)")
    POPS = "pops", _("persistente organische Schadstoffe (Stockholmer Übereinkommen)")
    HAZARDOUS_WASTE = "hazardous_waste", _("gefährliche Abfälle (Basler Übereinkommen)")


class RiskDeclaration(models.Model):
    """The supplier's self-declaration on one LkSG risk (Risikoerklärung)."""

    class Status(models.TextChoices):
        NOT_RELEVANT = "not_relevant", _("nicht relevant für unser Unternehmen")
        NO_RISK = "no_risk", _("geprüft, kein Risiko festgestellt")
        MANAGED = "managed", _("Risiko festgestellt, Maßnahmen umgesetzt")
        IN_PROGRESS = "in_progress", _("Risiko festgestellt, Maßnahmen in Umsetzung")

    supplier = models.ForeignKey(Supplier, on_delete=models.CASCADE, related_name="risks")
    risk = models.CharField(_("Risiko"), max_length=30, choices=LksgRisk.choices)
    status = models.CharField(_("Stand"), max_length=20, choices=Status.choices)
    measures = models.TextField(_("Maßnahmen"), blank=True)
    declared_on = models.DateField(_("Datum"), default=dt.date.today)
    declared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["supplier", "pk"]
        verbose_name = _("LkSG-Risikoerklärung")
        verbose_name_plural = _("LkSG-Risikoerklärungen")
        constraints = [
            models.UniqueConstraint(fields=["supplier", "risk"], name="risk_once_per_supplier")
        ]

    def __str__(self) -> str:
        return f"{self.get_risk_display()}: {self.get_status_display()}"

    def clean(self):
        if self.status in (self.Status.MANAGED, self.Status.IN_PROGRESS) and not self.measures:
            raise ValidationError(
                {"measures": _("Bitte beschreiben Sie die Maßnahmen zu diesem Risiko.")}
            )


def evidence_path(instance, filename: str) -> str:
    return f"suppliers/evidence/{instance.declaration.supplier_id}/{instance.sha256[:16]}"


class EvidenceDocument(models.Model):
    """A document that backs a risk declaration (Nachweis)."""

    declaration = models.ForeignKey(
        RiskDeclaration, on_delete=models.CASCADE, related_name="evidence"
    )
    file = models.FileField(_("Datei"), upload_to=evidence_path)
    original_name = models.CharField(_("Dateiname"), max_length=255)
    mime_type = models.CharField(max_length=120)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(_("hochgeladen am"), default=timezone.now)

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("Nachweis")
        verbose_name_plural = _("Nachweise")

    def __str__(self) -> str:
        return self.original_name


class DueDiligenceRequest(models.Model):
    """A purchaser's request for a supplier's LkSG self-declaration (Anfrage)."""

    class Status(models.TextChoices):
        OPEN = "open", _("offen")
        ANSWERED = "answered", _("beantwortet")

    purchaser = models.ForeignKey(
        Purchaser, verbose_name=_("Einkäufer/in"), on_delete=models.CASCADE, related_name="requests"
    )
    supplier = models.ForeignKey(
        Supplier, verbose_name=_("Lieferant"), on_delete=models.CASCADE, related_name="requests"
    )
    message = models.TextField(_("Nachricht"), blank=True)
    status = models.CharField(_("Status"), max_length=20, choices=Status.choices, default="open")
    requested_at = models.DateTimeField(_("angefragt am"), default=timezone.now)
    answered_at = models.DateTimeField(_("beantwortet am"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # What the supplier declared on the day of the answer; the summary shows this, dated.
    snapshot = models.JSONField(default=dict, blank=True)
    # The risks of § 2 LkSG the buyer's own risk analysis points to: only these are asked
    # (BAFA's guidance: no blanket assurances, no duties pushed down to suppliers).
    risks = models.JSONField(_("angefragte Risiken"), default=list, blank=True)
    risk_reason = models.TextField(_("Anlass aus der Risikoanalyse"), blank=True)

    class Meta:
        ordering = ["-requested_at"]
        verbose_name = _("LkSG-Anfrage")
        verbose_name_plural = _("LkSG-Anfragen")

    def __str__(self) -> str:
        return f"{self.purchaser} → {self.supplier} ({self.requested_at:%d.%m.%Y})"

    def get_absolute_url(self) -> str:
        return reverse("suppliers:request", args=[self.pk])


# --- Answer once, share with buyers ---------------------------------------------------------


class ProfileShare(models.Model):
    """A supplier shares its profile (seals, certificates, LkSG declaration) with one buyer:
    a named organisation, or whoever redeems an invitation code. Given and revoked
    explicitly; every look is logged for the supplier to see."""

    supplier = models.ForeignKey(
        Supplier, verbose_name=_("Lieferant"), on_delete=models.CASCADE, related_name="shares"
    )
    organisation = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("Organisation des Einkaufs"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    # An invitation code: only its hash is kept; the code is shown once to the supplier.
    code_hash = models.CharField(max_length=64, blank=True, db_index=True)
    label = models.CharField(_("Bezeichnung"), max_length=200, blank=True)
    redeemed_by = models.ForeignKey(
        Purchaser,
        verbose_name=_("eingelöst von"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="shares",
    )
    redeemed_at = models.DateTimeField(_("eingelöst am"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("freigegeben am"), default=timezone.now)
    revoked_at = models.DateTimeField(_("widerrufen am"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Freigabe des Profils")
        verbose_name_plural = _("Freigaben der Profile")

    def __str__(self) -> str:
        return f"{self.supplier} → {self.recipient_label}"

    @property
    def recipient_label(self) -> str:
        if self.organisation_id:
            return self.organisation.name
        if self.redeemed_by_id:
            return self.redeemed_by.display_organisation or str(self.redeemed_by)
        return self.label or str(_("Einladungscode (noch nicht eingelöst)"))

    @property
    def active(self) -> bool:
        return self.revoked_at is None


class ProfileView(models.Model):
    """One look of a buyer at a shared profile or one of its documents."""

    share = models.ForeignKey(ProfileShare, on_delete=models.CASCADE, related_name="views")
    viewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    what = models.CharField(_("was"), max_length=300)
    viewed_at = models.DateTimeField(_("angesehen am"), default=timezone.now)

    class Meta:
        ordering = ["-viewed_at"]
        verbose_name = _("Einsicht in ein freigegebenes Profil")
        verbose_name_plural = _("Einsichten in freigegebene Profile")

    def __str__(self) -> str:
        return f"{self.share_id}: {self.what}"


# --- Fees and e-invoices ---------------------------------------------------------------------


class Invoice(models.Model):
    """The fee for a seal application, or the credit note that cancels it (EN 16931)."""

    class Kind(models.TextChoices):
        INVOICE = "invoice", _("Rechnung")
        CREDIT_NOTE = "credit_note", _("Gutschrift")

    class Status(models.TextChoices):
        OPEN = "open", _("offen")
        PAID = "paid", _("bezahlt")
        WAIVED = "waived", _("erlassen")
        CANCELLED = "cancelled", _("storniert")

    application = models.ForeignKey(
        SealApplication, on_delete=models.PROTECT, related_name="invoices"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.INVOICE)
    cancels = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="credit_note"
    )
    year = models.PositiveSmallIntegerField()
    sequence = models.PositiveIntegerField()
    number = models.CharField(_("Nummer"), max_length=20, unique=True)
    issued_on = models.DateField(_("Rechnungsdatum"))
    due_on = models.DateField(_("fällig am"))
    buyer_name = models.CharField(max_length=300)
    buyer_street = models.CharField(max_length=200)
    buyer_postcode = models.CharField(max_length=10)
    buyer_town = models.CharField(max_length=120)
    buyer_vat_id = models.CharField(max_length=20, blank=True)
    description = models.CharField(max_length=300)
    net = models.DecimalField(_("netto"), max_digits=10, decimal_places=2)
    vat_percent = models.DecimalField(_("USt.-Satz"), max_digits=5, decimal_places=2)
    vat = models.DecimalField(_("USt."), max_digits=10, decimal_places=2)
    gross = models.DecimalField(_("brutto"), max_digits=10, decimal_places=2)
    status = models.CharField(
        _("Stand"), max_length=20, choices=Status.choices, default=Status.OPEN
    )
    settled_on = models.DateField(_("erledigt am"), null=True, blank=True)
    settled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    settle_note = models.TextField(_("Vermerk"), blank=True)

    class Meta:
        ordering = ["-issued_on", "-sequence"]
        verbose_name = _("Rechnung")
        verbose_name_plural = _("Rechnungen")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "year", "sequence"], name="invoice_number_unique"
            )
        ]

    def __str__(self) -> str:
        return self.number
