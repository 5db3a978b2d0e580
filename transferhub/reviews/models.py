"""The review round for draft minutes (Protokollprüfung).

The note-taker hands the draft to the chair first and/or to all attendees with a
deadline. Each reviewer reads the draft (logged in or by a personal signed link) and
per item confirms it or suggests a change: a comment or a proposed wording. The
secretariat accepts or rejects each suggestion (an accepted wording changes the draft
through meetings' minutes service, logged), closes the round, and the minutes go to
approval: by the body at its next meeting or by the chair.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from transferhub.lib.versioning import automatic_reason
from transferhub.meetings.models import AgendaItem, Meeting
from transferhub.network.models import Body, ForPerson, Person


class Flow(models.TextChoices):
    """Who reads the draft."""

    CHAIR = "chair", _("nur die Leitung")
    ATTENDEES = "attendees", _("alle Teilnehmenden")
    CHAIR_THEN_ATTENDEES = "chair_then_attendees", _("erst die Leitung, dann alle Teilnehmenden")


class Approval(models.TextChoices):
    """Who approves the minutes after the round."""

    BODY = "body", _("durch das Gremium in seiner nächsten Sitzung")
    CHAIR = "chair", _("durch die Leitung")


class ReviewSettings(models.Model):
    """How a body reviews its draft minutes (one row per body; defaults without one)."""

    body = models.OneToOneField(
        Body, verbose_name=_("Gremium"), on_delete=models.CASCADE, related_name="review_settings"
    )
    flow = models.CharField(
        _("Wer prüft den Entwurf"), max_length=30, choices=Flow.choices, default=Flow.ATTENDEES
    )
    days = models.PositiveSmallIntegerField(_("Frist (Tage)"), default=7)
    approval = models.CharField(
        _("Genehmigung"), max_length=10, choices=Approval.choices, default=Approval.BODY
    )
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Regeln der Protokollprüfung")
        verbose_name_plural = _("Regeln der Protokollprüfung")

    def __str__(self) -> str:
        return str(self.body)


class ReviewRound(models.Model):
    """One review of a meeting's draft minutes (Prüfrunde)."""

    class State(models.TextChoices):
        OPEN = "open", _("läuft")
        CLOSED = "closed", _("abgeschlossen")
        APPROVED = "approved", _("Protokoll genehmigt")

    class Stage(models.TextChoices):
        CHAIR = "chair", _("Leitung")
        ATTENDEES = "attendees", _("alle Teilnehmenden")

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("Sitzung"), on_delete=models.CASCADE, related_name="review_rounds"
    )
    flow = models.CharField(_("Ablauf"), max_length=30, choices=Flow.choices)
    stage = models.CharField(_("Stufe"), max_length=20, choices=Stage.choices)
    approval = models.CharField(_("Genehmigung"), max_length=10, choices=Approval.choices)
    state = models.CharField(
        _("Status"), max_length=10, choices=State.choices, default=State.OPEN, db_index=True
    )
    deadline = models.DateTimeField(_("Frist"))
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    started_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)
    # How the minutes were approved after the round ("durch die Leitung am …").
    approved_how = models.CharField(_("genehmigt"), max_length=10, blank=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_in = models.ForeignKey(
        Meeting,
        verbose_name=_("genehmigt in der Sitzung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-started_at", "-pk"]
        verbose_name = _("Prüfrunde")
        verbose_name_plural = _("Prüfrunden")
        constraints = [
            # One round under way per meeting at a time.
            models.UniqueConstraint(
                fields=["meeting"], condition=Q(state="open"), name="review_one_open_per_meeting"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.meeting} – {self.get_state_display()}"

    def get_absolute_url(self) -> str:
        return reverse("reviews:detail", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.state == self.State.OPEN

    @property
    def past_deadline(self) -> bool:
        return timezone.now() > self.deadline

    def approval_reason(self) -> str:
        """How the minutes were approved, stored as a code on the frozen version."""
        if not self.approved_at:
            return ""
        if self.approved_how == Approval.CHAIR:
            return automatic_reason("approved-by-chair", timezone.localdate(self.approved_at))
        if self.approved_in_id:
            return automatic_reason("approved-by-body", self.approved_in.date)
        return automatic_reason("approved-on", timezone.localdate(self.approved_at))

    def approval_text(self) -> str:
        """How the minutes were approved, in one German sentence (empty before)."""
        from django.utils.translation import gettext as _t

        if not self.approved_at:
            return ""
        day = timezone.localtime(self.approved_at).strftime("%d.%m.%Y")
        if self.approved_how == Approval.CHAIR:
            return _t("Nach Prüfung genehmigt durch die Leitung am %(day)s.") % {"day": day}
        if self.approved_in_id:
            return _t(
                "Nach Prüfung genehmigt durch das Gremium in seiner Sitzung vom %(date)s."
            ) % {"date": self.approved_in.date.strftime("%d.%m.%Y")}
        return _t("Nach Prüfung genehmigt am %(day)s.") % {"day": day}


class Reviewer(ForPerson, models.Model):
    """Someone asked to read the draft; the personal link is signed over the id and `key`."""

    round = models.ForeignKey(ReviewRound, on_delete=models.CASCADE, related_name="reviewers")
    person = models.ForeignKey(
        Person,
        verbose_name=_("Person"),
        on_delete=models.CASCADE,
        related_name="review_assignments",
    )
    stage = models.CharField(_("Stufe"), max_length=20, choices=ReviewRound.Stage.choices)
    key = models.UUIDField(default=uuid.uuid4, editable=False)
    mailed_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(_("fertig"), null=True, blank=True)

    class Meta:
        ordering = ["round", "stage", "person__family_name", "person__given_name", "pk"]
        verbose_name = _("Prüfende Person")
        verbose_name_plural = _("Prüfende")
        constraints = [
            models.UniqueConstraint(fields=["round", "person"], name="reviewer_once_per_round"),
        ]

    def __str__(self) -> str:
        return self.person.full_name


class Response(models.Model):
    """A reviewer's answer on one item: confirmed, a comment, or a proposed wording."""

    class Kind(models.TextChoices):
        CONFIRM = "confirm", _("bestätigt")
        COMMENT = "comment", _("Anmerkung")
        WORDING = "wording", _("Formulierungsvorschlag")

    class Decision(models.TextChoices):
        OPEN = "open", _("offen")
        ACCEPTED = "accepted", _("übernommen")
        REJECTED = "rejected", _("abgelehnt")

    reviewer = models.ForeignKey(Reviewer, on_delete=models.CASCADE, related_name="responses")
    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("Tagesordnungspunkt"),
        on_delete=models.CASCADE,
        related_name="review_responses",
    )
    kind = models.CharField(_("Art"), max_length=10, choices=Kind.choices)
    comment = models.TextField(_("Anmerkung"), blank=True)
    proposed_minutes = models.TextField(_("vorgeschlagene Fassung"), blank=True)
    # The item's text the reviewer read: an accepted wording replaces exactly this text.
    original_minutes = models.TextField(blank=True)
    decision = models.CharField(
        _("Entscheidung"), max_length=10, choices=Decision.choices, default=Decision.OPEN
    )
    decision_note = models.CharField(_("Begründung"), max_length=500, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["agenda_item__order", "reviewer__stage", "pk"]
        verbose_name = _("Rückmeldung")
        verbose_name_plural = _("Rückmeldungen")
        constraints = [
            models.UniqueConstraint(
                fields=["reviewer", "agenda_item"], name="review_response_once_per_item"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reviewer} – {self.agenda_item}: {self.get_kind_display()}"

    @property
    def is_suggestion(self) -> bool:
        return self.kind != self.Kind.CONFIRM
