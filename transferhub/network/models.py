"""Who is in the network: organisations, people, bodies and memberships.

Field names follow OParl 1.1 (Organization, Person, Membership) where it has one.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Organisation(models.Model):
    """A partner organisation of the network (Partnerorganisation)."""

    class Kind(models.TextChoices):
        PARTNER = "partner", _("Partner")
        MINISTRY = "ministry", _("Ministerium")
        ASSOCIATION = "association", _("Verband")
        INSTITUTE = "institute", _("Institut")
        COMPANY = "company", _("Unternehmen")

    name = models.CharField(_("Name"), max_length=300, unique=True)
    short_name = models.CharField(_("Kurzname"), max_length=80, blank=True)
    kind = models.CharField(_("Art"), max_length=20, choices=Kind.choices, default=Kind.PARTNER)
    website = models.URLField(_("Website"), blank=True)
    town = models.CharField(_("Ort"), max_length=120, blank=True)
    # A partner of the OM (issue 16): shown in the public directory with its offer.
    partner_since = models.DateField(_("Partner seit"), null=True, blank=True)
    offer = models.TextField(_("Angebot für KMU"), blank=True)
    federal_state = models.CharField(_("Bundesland"), max_length=2, blank=True)
    postcode = models.CharField(_("Postleitzahl"), max_length=5, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("Organisation")
        verbose_name_plural = _("Organisationen")

    def __str__(self) -> str:
        return self.name


class PersonOrGuest:
    """Name, address and language for mail_person(), the same for a person and a guest.

    For rows that name either a `person` or a guest by `guest_name`, `guest_email` and
    `guest_language` (an invitee of a date poll, an invitation).
    """

    @property
    def full_name(self) -> str:
        return self.person.full_name if self.person_id else self.guest_name

    @property
    def email(self) -> str:
        return self.person.email if self.person_id else self.guest_email

    @property
    def language(self) -> str:
        return self.person.language if self.person_id else self.guest_language

    @property
    def is_guest(self) -> bool:
        return self.person_id is None


class ForPerson:
    """Name, address and language for mail_person(), of a row that stands for its `person`
    (a reviewer of draft minutes, a voter)."""

    @property
    def full_name(self) -> str:
        return self.person.full_name

    @property
    def email(self) -> str:
        return self.person.email

    @property
    def language(self) -> str:
        return self.person.language


def person_full_name(title: str, given_name: str, family_name: str) -> str:
    """The name as shown ("Prof. Dr. Oliver Kruse"), also for rows read as values."""
    return f"{title} {f'{given_name} {family_name}'.strip()}".strip()


class Person(models.Model):
    """A person in the network, with or without a login."""

    class Language(models.TextChoices):
        GERMAN = "de", _("Deutsch")
        ENGLISH = "en", _("English")

    # OParl calls the honorific "title" ("Prof. Dr."); kept apart from the name.
    title = models.CharField(
        _("Titel"), max_length=50, blank=True, help_text=_("z. B. „Prof. Dr.“")
    )
    given_name = models.CharField(_("Vorname"), max_length=100)
    family_name = models.CharField(_("Nachname"), max_length=100)
    email = models.EmailField(_("E-Mail"), blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("Organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Zugang"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
    )
    language = models.CharField(
        _("Sprache"), max_length=2, choices=Language.choices, default=Language.GERMAN
    )
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["family_name", "given_name"]
        # The pickers' and registers' order: their first page read without sorting everyone;
        # with the organisation a typed word is checked in the index, the person read on a hit.
        indexes = [
            models.Index(
                fields=["family_name", "given_name", "id", "organisation"],
                name="person_name_order",
            )
        ]
        verbose_name = _("Person")
        verbose_name_plural = _("Personen")

    def __str__(self) -> str:
        return self.full_name

    @property
    def name(self) -> str:
        """Given and family name, without honorific."""
        return f"{self.given_name} {self.family_name}".strip()

    @property
    def full_name(self) -> str:
        return person_full_name(self.title, self.given_name, self.family_name)


class Body(models.Model):
    """A committee or working group that meets (Gremium), e.g. the AG Transfer."""

    class Classification(models.TextChoices):
        WORKING_GROUP = "working_group", _("Arbeitsgruppe")
        STEERING = "steering", _("Strategiekreis")
        EXPERT_GROUP = "expert_group", _("Fachgruppe")
        AD_HOC = "ad_hoc", _("Ad-hoc-Gruppe")
        OTHER = "other", _("Sonstiges")

    name = models.CharField(_("Name"), max_length=200, unique=True)
    short_name = models.CharField(_("Kurzname"), max_length=50, blank=True)
    classification = models.CharField(
        _("Art"),
        max_length=20,
        choices=Classification.choices,
        default=Classification.WORKING_GROUP,
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("Übergeordnetes Gremium"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )
    secretariat_contact = models.ForeignKey(
        Person,
        verbose_name=_("Ansprechperson Geschäftsstelle"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = models.TextField(_("Beschreibung"), blank=True)
    # Which network the body works in; a body saved without one is the federal network's.
    network = models.ForeignKey(
        "Network",
        verbose_name=_("Netzwerk"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="bodies",
    )
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("Gremium")
        verbose_name_plural = _("Gremien")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if self.network_id is None:
            self.network = Network.federal()
        super().save(*args, **kwargs)

    def current_memberships(self):
        today = timezone.localdate()
        return self.memberships.filter(
            Q(start_date__isnull=True) | Q(start_date__lte=today),
            Q(end_date__isnull=True) | Q(end_date__gte=today),
        )


class Membership(models.Model):
    """A person's place in a body, possibly on behalf of an organisation."""

    class Role(models.TextChoices):
        CHAIR = "chair", _("Leitung")
        MEMBER = "member", _("Mitglied")
        GUEST = "guest", _("Gast")
        SECRETARIAT = "secretariat", _("Geschäftsstelle")

    person = models.ForeignKey(
        Person, verbose_name=_("Person"), on_delete=models.CASCADE, related_name="memberships"
    )
    body = models.ForeignKey(
        Body, verbose_name=_("Gremium"), on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("Rolle"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    on_behalf_of = models.ForeignKey(
        Organisation,
        verbose_name=pgettext_lazy("membership", "für Organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    start_date = models.DateField(_("von"), null=True, blank=True)
    end_date = models.DateField(_("bis"), null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["body", "person"]
        verbose_name = _("Mitgliedschaft")
        verbose_name_plural = _("Mitgliedschaften")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                name="membership_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return f"{self.person} – {self.body} ({self.get_role_display()})"

    def is_current(self, on=None) -> bool:
        on = on or timezone.localdate()
        return (self.start_date is None or self.start_date <= on) and (
            self.end_date is None or self.end_date >= on
        )


class InterestRequest(models.Model):
    """A person's wish to work in a body (Interesse an Mitarbeit), decided by its managers."""

    class Status(models.TextChoices):
        PENDING = "pending", _("offen")
        ACCEPTED = "accepted", _("angenommen")
        DECLINED = "declined", _("abgelehnt")

    person = models.ForeignKey(
        Person,
        verbose_name=_("Person"),
        on_delete=models.CASCADE,
        related_name="interest_requests",
    )
    body = models.ForeignKey(
        Body, verbose_name=_("Gremium"), on_delete=models.CASCADE, related_name="interest_requests"
    )
    note = models.TextField(_("Nachricht"), blank=True)
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    reason = models.TextField(_("Begründung"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(_("entschieden am"), null=True, blank=True)
    membership = models.ForeignKey(
        Membership, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(_("eingegangen am"), auto_now_add=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("Interesse an Mitarbeit")
        verbose_name_plural = _("Interessensbekundungen")
        constraints = [
            models.UniqueConstraint(
                fields=["person", "body"],
                condition=Q(status="pending"),
                name="one_pending_interest_per_person_and_body",
            )
        ]

    def __str__(self) -> str:
        return f"{self.person} → {self.body}"


class FederalState(models.TextChoices):
    """The sixteen federal states (Bundesländer), by their official two-letter codes."""

    BW = "BW", "Baden-Württemberg"
    BY = "BY", "Bayern"
    BE = "BE", "Berlin"
    BB = "BB", "Brandenburg"
    HB = "HB", "Bremen"
    HH = "HH", "Hamburg"
    HE = "HE", "Hessen"
    MV = "MV", "Mecklenburg-Vorpommern"
    NI = "NI", "Niedersachsen"
    NW = "NW", "Nordrhein-Westfalen"
    RP = "RP", "Rheinland-Pfalz"
    SL = "SL", "Saarland"
    SN = "SN", "Sachsen"
    ST = "ST", "Sachsen-Anhalt"
    SH = "SH", "Schleswig-Holstein"
    TH = "TH", "Thüringen"


FEDERAL_NETWORK_SLUG = "offensive-mittelstand"


class Network(models.Model):
    """A network (Netzwerk): the federal one or a regional one with its own website."""

    class Kind(models.TextChoices):
        FEDERAL = "federal", _("Bundesnetzwerk")
        REGIONAL = "regional", _("Regionales Netzwerk")

    name = models.CharField(_("Name"), max_length=200, unique=True)
    slug = models.SlugField(_("Kurzadresse"), max_length=60, unique=True)
    kind = models.CharField(_("Art"), max_length=20, choices=Kind.choices, default=Kind.REGIONAL)
    # Region: federal states ("RP,SL") and postcode areas ("54,56,57") as short lists.
    federal_states = models.CharField(_("Bundesländer"), max_length=60, blank=True)
    postcode_prefixes = models.CharField(
        _("Postleitzahlbereiche"),
        max_length=300,
        blank=True,
        help_text=_("Anfänge der Postleitzahlen, durch Komma getrennt, z. B. „54, 56, 57“"),
    )
    founding_paper = models.FileField(
        _("Grundlagenpapier"), upload_to="networks/papers/", blank=True
    )
    contacts = models.ManyToManyField(
        Person, verbose_name=_("Ansprechpersonen"), blank=True, related_name="contact_of_networks"
    )
    organisations = models.ManyToManyField(
        Organisation, verbose_name=_("Mitgliedsorganisationen"), blank=True, related_name="networks"
    )
    coordinators = models.ManyToManyField(
        Person, verbose_name=_("Koordination"), blank=True, related_name="coordinated_networks"
    )
    recognised_on = models.DateField(_("anerkannt am"), null=True, blank=True)
    recognised_until = models.DateField(_("anerkannt bis"), null=True, blank=True)
    host = models.CharField(
        _("Eigener Hostname"),
        max_length=253,
        unique=True,
        null=True,
        blank=True,
        help_text=_("z. B. „om-rlp-nord.de“; muss auch in ALLOWED_HOSTS stehen"),
    )
    # The website: start text in Markdown (sanitised when shown), a picture, imprint, privacy.
    website_text = models.TextField(_("Text der Startseite"), blank=True)
    website_picture = models.FileField(_("Bild"), upload_to="networks/pictures/", blank=True)
    website_picture_alt = models.CharField(_("Bildbeschreibung"), max_length=200, blank=True)
    imprint = models.TextField(_("Impressum"), blank=True)
    privacy = models.TextField(_("Datenschutzhinweise"), blank=True)
    email = models.EmailField(_("E-Mail der Koordination"), blank=True)
    # The recognition end date a reminder was mailed for (once per recognition).
    reminded_for = models.DateField(null=True, blank=True, editable=False)
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["kind", "name"]
        verbose_name = _("Netzwerk")
        verbose_name_plural = _("Netzwerke")

    def __str__(self) -> str:
        return self.name

    @classmethod
    def federal(cls) -> "Network":
        """The federal network (Offensive Mittelstand), made on first use."""
        network, _created = cls.objects.get_or_create(
            slug=FEDERAL_NETWORK_SLUG,
            defaults={"name": "Offensive Mittelstand", "kind": cls.Kind.FEDERAL},
        )
        return network

    def is_recognised(self, on=None) -> bool:
        """The federal network always; a regional one while its recognition holds."""
        if self.kind == self.Kind.FEDERAL:
            return True
        on = on or timezone.localdate()
        return self.recognised_until is not None and self.recognised_until >= on

    @property
    def state_codes(self) -> list[str]:
        return [c for c in (s.strip() for s in self.federal_states.split(",")) if c]

    @property
    def state_names(self) -> list[str]:
        labels = dict(FederalState.choices)
        return [labels.get(code, code) for code in self.state_codes]

    @property
    def prefixes(self) -> list[str]:
        return [p for p in (s.strip() for s in self.postcode_prefixes.split(",")) if p]

    def covers_postcode(self, postcode: str) -> bool:
        return any(postcode.startswith(p) for p in self.prefixes)


def recognised_networks_q(on=None) -> Q:
    """A filter on Network for the networks whose website is live."""
    on = on or timezone.localdate()
    return Q(kind=Network.Kind.FEDERAL) | Q(recognised_until__gte=on)


class CriteriaVersion(models.Model):
    """A version of the AG Transfer's criteria for regional networks (Kriterienkatalog)."""

    version = models.CharField(_("Version"), max_length=40, unique=True)
    title = models.CharField(_("Titel"), max_length=300)
    adopted_on = models.DateField(_("verabschiedet am"), null=True, blank=True)
    # Years a recognition holds before the network applies again.
    valid_years = models.PositiveSmallIntegerField(_("Anerkennung gilt (Jahre)"), default=3)
    current = models.BooleanField(_("gilt"), default=True)
    source_file = models.CharField(_("Datei"), max_length=300, blank=True)
    content_hash = models.CharField(max_length=64)
    loaded_at = models.DateTimeField(_("geladen am"), default=timezone.now)

    class Meta:
        ordering = ["-loaded_at"]
        verbose_name = _("Kriterienkatalog")
        verbose_name_plural = _("Kriterienkataloge")

    def __str__(self) -> str:
        return f"{self.title} ({self.version})"


class Criterion(models.Model):
    """One criterion a regional network must meet (Kriterium)."""

    version = models.ForeignKey(CriteriaVersion, on_delete=models.CASCADE, related_name="criteria")
    key = models.CharField(_("Schlüssel"), max_length=60)
    number = models.CharField(_("Nummer"), max_length=10)
    position = models.PositiveSmallIntegerField(_("Position"))
    section = models.CharField(_("Abschnitt"), max_length=200, blank=True)
    title = models.CharField(_("Kriterium"), max_length=500)
    guidance = models.TextField(_("Was als Nachweis gilt"), blank=True)

    class Meta:
        ordering = ["version", "position"]
        verbose_name = _("Kriterium")
        verbose_name_plural = _("Kriterien")
        constraints = [
            models.UniqueConstraint(fields=["version", "key"], name="criterion_key_per_version")
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.title}"


class RecognitionApplication(models.Model):
    """A network's application to be recognised by the AG Transfer (Antrag auf Anerkennung)."""

    class State(models.TextChoices):
        DRAFT = "draft", _("in Bearbeitung")
        SUBMITTED = "submitted", _("eingereicht")
        RETURNED = "returned", _("zurückgegeben")
        ON_AGENDA = "on_agenda", _("auf der Tagesordnung")
        RECOGNISED = "recognised", _("anerkannt")
        REJECTED = "rejected", _("abgelehnt")

    network = models.ForeignKey(
        Network, on_delete=models.CASCADE, related_name="applications", verbose_name=_("Netzwerk")
    )
    criteria = models.ForeignKey(
        CriteriaVersion, on_delete=models.PROTECT, related_name="+", verbose_name=_("Kriterien")
    )
    state = models.CharField(
        _("Status"), max_length=20, choices=State.choices, default=State.DRAFT, db_index=True
    )
    review_note = models.TextField(_("Anmerkung der Geschäftsstelle"), blank=True)
    # The agenda item (meetings.AgendaItem) and decision (decisions.Decision) by id only:
    # network sits below meetings and decisions and does not point up at them.
    agenda_item_id = models.PositiveIntegerField(null=True, blank=True, db_index=True)
    decision_id = models.PositiveIntegerField(null=True, blank=True)
    submitted_at = models.DateTimeField(_("eingereicht am"), null=True, blank=True)
    decided_at = models.DateTimeField(_("entschieden am"), null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("Antrag auf Anerkennung")
        verbose_name_plural = _("Anträge auf Anerkennung")
        constraints = [
            models.UniqueConstraint(
                fields=["network"],
                condition=Q(state__in=["draft", "submitted", "returned", "on_agenda"]),
                name="one_open_application_per_network",
            )
        ]

    def __str__(self) -> str:
        return f"{self.network} ({self.get_state_display()})"

    @property
    def is_editable(self) -> bool:
        return self.state in (self.State.DRAFT, self.State.RETURNED)


class CriterionAnswer(models.Model):
    """How a network meets one criterion, with its evidence (Nachweis)."""

    application = models.ForeignKey(
        RecognitionApplication, on_delete=models.CASCADE, related_name="answers"
    )
    criterion = models.ForeignKey(Criterion, on_delete=models.PROTECT, related_name="+")
    met = models.BooleanField(_("erfüllt"), default=False)
    evidence = models.TextField(_("Nachweis"), blank=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["criterion__position"]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "criterion"], name="one_answer_per_criterion"
            )
        ]

    def __str__(self) -> str:
        return f"{self.application} – {self.criterion}"


class PartnerApplication(models.Model):
    """An organisation's application to become a partner of the OM (Partnerantrag)."""

    class State(models.TextChoices):
        PENDING = "pending", _("offen")
        ACCEPTED = "accepted", _("angenommen")
        DECLINED = "declined", _("abgelehnt")

    organisation_name = models.CharField(_("Organisation"), max_length=300)
    kind = models.CharField(
        _("Art"),
        max_length=20,
        choices=Organisation.Kind.choices,
        default=Organisation.Kind.PARTNER,
    )
    website = models.URLField(_("Website"), blank=True)
    town = models.CharField(_("Ort"), max_length=120)
    postcode = models.CharField(_("Postleitzahl"), max_length=5)
    federal_state = models.CharField(_("Bundesland"), max_length=2, choices=FederalState.choices)
    contact_given_name = models.CharField(_("Vorname"), max_length=100)
    contact_family_name = models.CharField(_("Nachname"), max_length=100)
    contact_email = models.EmailField(_("E-Mail"))
    offer = models.TextField(_("Was bieten Sie kleinen und mittleren Unternehmen an?"))
    bodies = models.ManyToManyField(
        Body, verbose_name=_("In welchen Gremien möchten Sie mitarbeiten?"), blank=True
    )
    consent = models.BooleanField(_("Einwilligung"), default=False)
    state = models.CharField(
        _("Status"), max_length=20, choices=State.choices, default=State.PENDING, db_index=True
    )
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(_("entschieden am"), null=True, blank=True)
    created = models.DateTimeField(_("eingegangen am"), auto_now_add=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("Partnerantrag")
        verbose_name_plural = _("Partneranträge")

    def __str__(self) -> str:
        return self.organisation_name
