"""Votes of a body: its voting rules, written procedures and votes in a meeting.

A vote (Abstimmung) is either a written procedure (Umlaufverfahren) between meetings,
with a deadline and a personal signed link per voter, or a vote on an agenda item during
a meeting. Who may vote is fixed when the vote starts (`Voter` rows); each voter has at
most one `Ballot`, changeable until the close. The outcome becomes a Decision of the body.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from transferhub.decisions.models import Decision
from transferhub.meetings.models import AgendaItem, Meeting
from transferhub.network.models import Body, ForPerson, Membership, Organisation, Person

from . import counting


class VotingRules(models.Model):
    """How a body votes (Abstimmungsregeln): who, quorum, majority, named or secret, proxies."""

    class Majority(models.TextChoices):
        SIMPLE = counting.SIMPLE, _("einfache Mehrheit")
        TWO_THIRDS = counting.TWO_THIRDS, _("Zweidrittelmehrheit")
        UNANIMOUS = counting.UNANIMOUS, _("einstimmig")
        NO_OBJECTION = counting.NO_OBJECTION, _("ohne Widerspruch")

    class Quorum(models.TextChoices):
        NONE = counting.QUORUM_NONE, _("keine Beschlussfähigkeit nötig")
        SHARE = counting.QUORUM_SHARE, _("Anteil der Stimmberechtigten (Prozent)")
        NUMBER = counting.QUORUM_NUMBER, _("Anzahl Stimmberechtigter")

    # Guests never vote; these roles may.
    VOTING_ROLES = (Membership.Role.CHAIR, Membership.Role.MEMBER, Membership.Role.SECRETARIAT)

    body = models.OneToOneField(
        Body, verbose_name=_("Gremium"), on_delete=models.CASCADE, related_name="voting_rules"
    )
    roles = models.JSONField(
        _("stimmberechtigte Rollen"), default=list, blank=True
    )  # empty means the default: chair and members
    one_vote_per_organisation = models.BooleanField(_("eine Stimme je Organisation"), default=False)
    quorum_kind = models.CharField(
        _("Beschlussfähigkeit"), max_length=10, choices=Quorum.choices, default=Quorum.SHARE
    )
    quorum_value = models.PositiveIntegerField(_("Wert"), default=50)
    majority = models.CharField(
        _("Mehrheit"), max_length=20, choices=Majority.choices, default=Majority.SIMPLE
    )
    named = models.BooleanField(
        _("namentliche Abstimmung"),
        default=True,
        help_text=_("Aus: geheim; niemand sieht, wer wie gestimmt hat."),
    )
    proxies_allowed = models.BooleanField(_("Stimmübertragung erlaubt"), default=False)
    results_while_open = models.BooleanField(
        _("Zwischenstand vor dem Ende sichtbar"), default=False
    )
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Abstimmungsregeln")
        verbose_name_plural = _("Abstimmungsregeln")

    def __str__(self) -> str:
        return f"{self.body}"

    @property
    def voting_roles(self) -> list[str]:
        roles = [r for r in (self.roles or []) if r in self.VOTING_ROLES]
        return roles or [Membership.Role.CHAIR, Membership.Role.MEMBER]

    def voting_role_labels(self) -> list[str]:
        return [str(Membership.Role(r).label) for r in self.voting_roles]

    def counting_rules(self) -> counting.Rules:
        return counting.Rules(
            majority=self.majority,
            quorum_kind=self.quorum_kind,
            quorum_value=self.quorum_value,
            one_vote_per_organisation=self.one_vote_per_organisation,
        )

    def snapshot(self) -> dict:
        """The rules as a vote keeps them from its start."""
        return {
            "roles": self.voting_roles,
            "one_vote_per_organisation": self.one_vote_per_organisation,
            "quorum_kind": self.quorum_kind,
            "quorum_value": self.quorum_value,
            "majority": self.majority,
            "named": self.named,
            "proxies_allowed": self.proxies_allowed,
            "results_while_open": self.results_while_open,
        }

    @classmethod
    def for_body(cls, body: Body) -> "VotingRules":
        """The body's rules; the defaults (unsaved) where none were set."""
        rules = cls.objects.filter(body=body).first()
        return rules or cls(body=body)


def vote_attachment_path(instance: "VoteAttachment", filename: str) -> str:
    # Random names: an upload's name never decides where it lands or whether it is served.
    return f"votes/{uuid.uuid4().hex}"


class Vote(models.Model):
    """A vote on a motion (Abstimmung): a written procedure or a vote in a meeting."""

    class Kind(models.TextChoices):
        WRITTEN = "written", _("Umlaufverfahren")
        MEETING = "meeting", _("Abstimmung in der Sitzung")

    class State(models.TextChoices):
        OPEN = "open", _("läuft")
        CLOSED = "closed", _("abgeschlossen")
        CANCELLED = "cancelled", _("abgebrochen")

    class Result(models.TextChoices):
        ADOPTED = counting.ADOPTED, _("angenommen")
        REJECTED = counting.REJECTED, _("abgelehnt")
        QUORUM_MISSED = counting.QUORUM_MISSED, _("nicht beschlussfähig")

    # CASCADE: a body or meeting is deleted only while it holds no decision (those PROTECT).
    body = models.ForeignKey(
        Body, verbose_name=_("Gremium"), on_delete=models.CASCADE, related_name="votes"
    )
    kind = models.CharField(_("Art"), max_length=10, choices=Kind.choices, default=Kind.WRITTEN)
    title = models.CharField(_("Titel"), max_length=300)
    motion = models.TextField(_("Antrag (Beschlusstext)"))
    reasoning = models.TextField(_("Begründung"), blank=True)
    deadline = models.DateTimeField(_("Frist"), null=True, blank=True, db_index=True)
    # A vote in a meeting: on which item. A written procedure gets its own record
    # meeting at the close, where its decision is kept.
    meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("Sitzung"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("Tagesordnungspunkt"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    rules = models.JSONField(_("Regeln"), default=dict)
    state = models.CharField(
        _("Status"), max_length=10, choices=State.choices, default=State.OPEN, db_index=True
    )
    # A show of hands: the counts typed in by the chair or note-taker.
    by_hand = models.BooleanField(_("per Handzeichen"), default=False)
    present = models.PositiveIntegerField(_("anwesende Stimmberechtigte"), null=True, blank=True)
    result = models.CharField(
        _("Ergebnis"), max_length=20, choices=Result.choices, blank=True, default=""
    )
    counts = models.JSONField(_("Zählung"), default=dict, blank=True)
    decision = models.OneToOneField(
        Decision,
        verbose_name=_("Beschluss"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="vote",
    )
    cancel_reason = models.TextField(_("Grund des Abbruchs"), blank=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    started_at = models.DateTimeField(_("begonnen am"), default=timezone.now)
    closed_at = models.DateTimeField(_("beendet am"), null=True, blank=True)
    result_mailed_at = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-started_at", "-pk"]
        verbose_name = _("Abstimmung")
        verbose_name_plural = _("Abstimmungen")
        constraints = [
            models.CheckConstraint(
                condition=Q(kind="meeting", agenda_item__isnull=False)
                | Q(kind="written", deadline__isnull=False),
                name="vote_has_deadline_or_item",
            ),
            # One running vote per agenda item.
            models.UniqueConstraint(
                fields=["agenda_item"],
                condition=Q(state="open"),
                name="one_open_vote_per_item",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("votes:detail", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.state == self.State.OPEN

    @property
    def is_written(self) -> bool:
        return self.kind == self.Kind.WRITTEN

    @property
    def past_deadline(self) -> bool:
        return self.deadline is not None and timezone.now() >= self.deadline

    @property
    def accepts_ballots(self) -> bool:
        return self.is_open and not self.by_hand and not self.past_deadline

    @property
    def named(self) -> bool:
        return bool(self.rules.get("named", True))

    @property
    def proxies_allowed(self) -> bool:
        return bool(self.rules.get("proxies_allowed", False))

    @property
    def results_while_open(self) -> bool:
        return bool(self.rules.get("results_while_open", False))

    @property
    def majority(self) -> str:
        return self.rules.get("majority", counting.SIMPLE)

    @property
    def no_objection(self) -> bool:
        return self.majority == counting.NO_OBJECTION

    def majority_label(self) -> str:
        return str(VotingRules.Majority(self.majority).label)

    def quorum_label(self) -> str:
        kind, value = self.rules.get("quorum_kind"), self.rules.get("quorum_value", 0)
        if self.no_objection or kind == counting.QUORUM_NONE:
            return str(_("keine"))
        if kind == counting.QUORUM_NUMBER:
            return str(_("mindestens %(n)d Stimmberechtigte")) % {"n": value}
        return str(_("mindestens %(n)d %% der Stimmberechtigten")) % {"n": value}

    def counting_rules(self) -> counting.Rules:
        return counting.Rules(
            majority=self.majority,
            quorum_kind=self.rules.get("quorum_kind", counting.QUORUM_SHARE),
            quorum_value=int(self.rules.get("quorum_value", 50)),
            one_vote_per_organisation=bool(self.rules.get("one_vote_per_organisation")),
        )

    def choices(self) -> list[tuple[str, str]]:
        """The options a voter has: object (or not) for no objection, else yes/no/abstain."""
        if self.no_objection:
            return [(counting.OBJECT, str(_("Widerspruch")))]
        return [
            (counting.YES, str(_("Ja"))),
            (counting.NO, str(_("Nein"))),
            (counting.ABSTAIN, str(_("Enthaltung"))),
        ]


class VoteAttachment(models.Model):
    """A file sent with a motion."""

    vote = models.ForeignKey(Vote, on_delete=models.CASCADE, related_name="attachments")
    name = models.CharField(_("Titel"), max_length=300)
    file = models.FileField(_("Datei"), upload_to=vote_attachment_path, max_length=300)
    file_name = models.CharField(_("Dateiname"), max_length=255)
    mime_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField(_("Größe (Bytes)"))
    sha256 = models.CharField(max_length=64)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["vote", "pk"]
        verbose_name = _("Anlage zur Abstimmung")
        verbose_name_plural = _("Anlagen zur Abstimmung")

    def __str__(self) -> str:
        return self.name


class Voter(ForPerson, models.Model):
    """Someone entitled to vote in a vote (Stimmberechtigte), fixed at its start.

    The personal link is signed over the id and `key`. A proxy hands the vote to another
    voter of the same vote (`proxy`), who then casts it; it can be taken back until cast.
    """

    vote = models.ForeignKey(Vote, on_delete=models.CASCADE, related_name="voters")
    person = models.ForeignKey(
        Person, verbose_name=_("Person"), on_delete=models.PROTECT, related_name="+"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("für Organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    role = models.CharField(_("Rolle"), max_length=20)
    key = models.UUIDField(default=uuid.uuid4, editable=False)
    proxy = models.ForeignKey(
        "self",
        verbose_name=_("Stimme übertragen an"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proxies_held",
    )
    proxy_given_at = models.DateTimeField(null=True, blank=True)
    mailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["vote", "person__family_name", "person__given_name", "pk"]
        verbose_name = _("Stimmberechtigte Person")
        verbose_name_plural = _("Stimmberechtigte")
        constraints = [
            models.UniqueConstraint(fields=["vote", "person"], name="voter_once_per_vote"),
            models.CheckConstraint(condition=~Q(proxy=models.F("pk")), name="no_proxy_to_self"),
        ]

    def __str__(self) -> str:
        return f"{self.person} ({self.vote_id})"


class Ballot(models.Model):
    """A voter's one ballot (Stimme); changed in place until the close."""

    class Choice(models.TextChoices):
        YES = counting.YES, _("Ja")
        NO = counting.NO, _("Nein")
        ABSTAIN = counting.ABSTAIN, _("Enthaltung")
        OBJECT = counting.OBJECT, _("Widerspruch")

    vote = models.ForeignKey(Vote, on_delete=models.CASCADE, related_name="ballots")
    voter = models.OneToOneField(Voter, on_delete=models.CASCADE, related_name="ballot")
    choice = models.CharField(_("Stimme"), max_length=10, choices=Choice.choices)
    # Who cast it: the voter, or the member holding the voter's proxy.
    cast_by = models.ForeignKey(
        Voter,
        on_delete=models.CASCADE,
        related_name="ballots_cast",
        verbose_name=_("abgegeben von"),
    )
    via = models.CharField(max_length=10, default="login")  # login, link
    cast_at = models.DateTimeField(_("abgegeben am"), default=timezone.now)
    changed_at = models.DateTimeField(_("geändert am"), null=True, blank=True)
    changes = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["vote", "cast_at", "pk"]
        verbose_name = _("Stimme")
        verbose_name_plural = _("Stimmen")
        constraints = [
            # The unique one-to-one on `voter` already holds one ballot per voter; this
            # names it for the record and covers the vote too.
            models.UniqueConstraint(fields=["vote", "voter"], name="one_ballot_per_voter"),
        ]

    def __str__(self) -> str:
        return f"{self.voter_id}: {self.choice}"
