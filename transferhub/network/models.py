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
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("Organisation")
        verbose_name_plural = _("Organisationen")

    def __str__(self) -> str:
        return self.name


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
        return f"{self.title} {self.name}".strip()


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
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("Gremium")
        verbose_name_plural = _("Gremien")

    def __str__(self) -> str:
        return self.name

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
