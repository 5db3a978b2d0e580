"""The network's shared complaint procedure under § 8 LkSG (Beschwerdeverfahren).

A company in the supplier database may name the network's procedure as its own
(CompanyProcedure); anyone may then report (named or anonymously) a risk or a breach
about a company in the database. A case (Case) goes to a complaint handler
(ComplaintHandler), a person the secretariat appointed who confirmed being impartial
and bound to confidentiality; the secretariat itself does not read cases, and the
company named learns of a case only where the reporter agreed. An anonymous reporter
follows the case with its code and password. Cases and their documentation are kept
seven years (§ 10 (1) LkSG), then erased.
"""

import datetime as dt

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from transferhub.suppliers.models import LksgRisk, Supplier

# § 10 (1) LkSG: the documentation is kept for at least seven years from its making.
RETENTION_YEARS = 7


def erase_after(start: dt.date) -> dt.date:
    """The day after which a case begun or closed on `start` is erased (seven years on)."""
    try:
        return start.replace(year=start.year + RETENTION_YEARS)
    except ValueError:  # 29 February
        return start.replace(year=start.year + RETENTION_YEARS, day=28)


class ComplaintHandler(models.Model):
    """A person who handles complaints: impartial, bound to confidentiality (§ 8 (3) LkSG)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Zugang"),
        on_delete=models.CASCADE,
        related_name="complaint_handler",
    )
    impartial = models.BooleanField(_("unparteiisch"), default=False)
    confidential = models.BooleanField(_("zur Verschwiegenheit verpflichtet"), default=False)
    active = models.BooleanField(_("aktiv"), default=True)
    appointed_at = models.DateTimeField(_("benannt am"), default=timezone.now)
    appointed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("benannt von"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("Beschwerde-Bearbeiter/in")
        verbose_name_plural = _("Beschwerde-Bearbeitende")

    def __str__(self) -> str:
        return self.user.get_full_name() or self.user.get_username()

    @property
    def may_handle(self) -> bool:
        return self.active and self.impartial and self.confidential


class CompanyProcedure(models.Model):
    """A company names the network's complaint procedure as its own (§ 8 (1) LkSG)."""

    supplier = models.OneToOneField(
        Supplier,
        verbose_name=_("Unternehmen"),
        on_delete=models.CASCADE,
        related_name="complaint_procedure",
    )
    adopted_at = models.DateTimeField(_("übernommen am"), default=timezone.now)
    adopted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("übernommen von"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    addition = models.TextField(
        _("Ergänzung des Unternehmens"),
        blank=True,
        max_length=5000,
        help_text=_(
            "z. B. Sprachen, in denen Hinweise angenommen werden; wird öffentlich gezeigt."
        ),
    )

    class Meta:
        verbose_name = _("Beschwerdeverfahren eines Unternehmens")
        verbose_name_plural = _("Beschwerdeverfahren der Unternehmen")

    def __str__(self) -> str:
        return str(self.supplier)

    def get_absolute_url(self) -> str:
        return reverse("complaints:rules", args=[self.supplier_id])


class Case(models.Model):
    """One complaint (Hinweis) and its handling."""

    class Status(models.TextChoices):
        RECEIVED = "received", _("eingegangen")
        IN_REVIEW = "in_review", _("in Prüfung")
        REMEDY = "remedy", _("Abhilfe läuft")
        CLOSED = "closed", _("abgeschlossen")

    class Outcome(models.TextChoices):
        OPEN = "", _("noch offen")
        FOUNDED = "founded", _("begründet")
        UNFOUNDED = "unfounded", _("unbegründet")
        SETTLED = "settled", _("einvernehmlich beigelegt")
        NOT_COVERED = "not_covered", _("nicht zuständig")

    code = models.CharField(_("Fallnummer"), max_length=20, unique=True)
    secret = models.CharField(max_length=128)  # the reporter's password, hashed
    supplier = models.ForeignKey(
        Supplier,
        verbose_name=_("Unternehmen"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="complaint_cases",
    )
    supplier_name = models.CharField(_("Unternehmen"), max_length=300)
    risk = models.CharField(_("Risiko (§ 2 LkSG)"), max_length=30, choices=LksgRisk.choices)
    description = models.TextField(_("Hinweis"))
    reporter_name = models.CharField(_("Name"), max_length=200, blank=True)
    reporter_email = models.EmailField(_("E-Mail"), blank=True)
    language = models.CharField(max_length=10, default="de")
    share_with_company = models.BooleanField(
        _("Das Unternehmen darf vom Hinweis erfahren"), default=False
    )
    status = models.CharField(
        _("Stand"), max_length=20, choices=Status.choices, default=Status.RECEIVED
    )
    outcome = models.CharField(
        _("Ergebnis"), max_length=20, choices=Outcome.choices, default="", blank=True
    )
    handler = models.ForeignKey(
        ComplaintHandler,
        verbose_name=_("Bearbeitung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cases",
    )
    facts = models.TextField(_("Erörterter Sachverhalt"), blank=True)
    measures = models.TextField(_("Abhilfe- und Präventionsmaßnahmen"), blank=True)
    outcome_note = models.TextField(_("Begründung des Ergebnisses"), blank=True)
    received_at = models.DateTimeField(_("eingegangen am"), default=timezone.now)
    closed_at = models.DateTimeField(_("abgeschlossen am"), null=True, blank=True)
    erase_after = models.DateField(_("wird gelöscht nach"), db_index=True)
    # Mails: the receipt to a named reporter and the notice to the handler, each once.
    receipt_mailed_at = models.DateTimeField(null=True, blank=True)
    handler_notified_at = models.DateTimeField(null=True, blank=True)
    company_informed_at = models.DateTimeField(
        _("Unternehmen informiert am"), null=True, blank=True
    )
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("Beschwerde")
        verbose_name_plural = _("Beschwerden")
        indexes = [models.Index(fields=["handler", "status"], name="complaint_queue_idx")]

    def __str__(self) -> str:
        return self.code

    def get_absolute_url(self) -> str:
        return reverse("complaints:case", args=[self.pk])

    @property
    def anonymous(self) -> bool:
        return not self.reporter_name and not self.reporter_email


class CaseMessage(models.Model):
    """A message between reporter and handler; neither learns more of the other than written."""

    class Sender(models.TextChoices):
        REPORTER = "reporter", _("Hinweisgeber/in")
        HANDLER = "handler", _("Bearbeitung")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="messages")
    sender = models.CharField(max_length=10, choices=Sender.choices)
    text = models.TextField(_("Nachricht"))
    created = models.DateTimeField(default=timezone.now)
    # A handler's message is announced to a named reporter by mail (without its text).
    mailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created", "pk"]
        verbose_name = _("Nachricht")
        verbose_name_plural = _("Nachrichten")

    def __str__(self) -> str:
        return f"{self.case_id}: {self.get_sender_display()} {self.created:%d.%m.%Y %H:%M}"


class CaseFile(models.Model):
    """A document or picture sent with a case or a message."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="files")
    message = models.ForeignKey(
        CaseMessage, null=True, blank=True, on_delete=models.CASCADE, related_name="files"
    )
    file = models.FileField(upload_to="complaints/%Y/")
    name = models.CharField(max_length=255)
    mime_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created", "pk"]
        verbose_name = _("Anlage")
        verbose_name_plural = _("Anlagen")

    def __str__(self) -> str:
        return self.name
