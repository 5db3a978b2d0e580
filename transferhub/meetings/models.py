"""Meetings of a body: agenda, attendance, attachments, minutes and their versions.

Field names follow OParl 1.1 (Meeting, AgendaItem, File) where it has one.
"""

import datetime as dt
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from transferhub.lib.db import rows_by_ids
from transferhub.network.models import Body, Organisation, Person, PersonOrGuest


def new_content_stamp() -> str:
    """A random stamp: unique across processes, restores and reused ids."""
    return uuid.uuid4().hex


class Meeting(models.Model):
    """One meeting of a body (Sitzung)."""

    class State(models.TextChoices):
        PLANNED = "planned", _("geplant")
        INVITED = "invited", _("eingeladen")
        HELD = "held", _("durchgeführt")
        MINUTES_DRAFT = "minutes_draft", _("Protokollentwurf")
        MINUTES_APPROVED = "minutes_approved", _("Protokoll genehmigt")
        CANCELLED = "cancelled", _("abgesagt")

    body = models.ForeignKey(
        Body, verbose_name=_("Gremium"), on_delete=models.PROTECT, related_name="meetings"
    )
    name = models.CharField(_("Titel"), max_length=300)
    date = models.DateField(_("Datum"), db_index=True)
    start_time = models.TimeField(_("Beginn"))
    end_time = models.TimeField(_("Ende"))
    location = models.CharField(_("Ort"), max_length=300, blank=True)
    online_url = models.URLField(_("Online-Link"), blank=True)
    state = models.CharField(
        _("Status"), max_length=20, choices=State.choices, default=State.PLANNED, db_index=True
    )
    # A number stated in the minutes ("Teilnehmende: 30"); an attendance list wins.
    stated_participant_count = models.PositiveIntegerField(
        _("Anzahl Teilnehmende (angegeben)"), null=True, blank=True
    )
    note_taker = models.ForeignKey(
        Person,
        verbose_name=_("Protokoll"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Where an imported meeting came from; empty for meetings planned here.
    source_sha256 = models.CharField(max_length=64, blank=True, db_index=True)
    source_name = models.CharField(max_length=300, blank=True)
    source_text = models.TextField(blank=True)
    import_warnings = models.JSONField(default=list, blank=True)
    # The clock: when the meeting actually began and ended ("Sitzung beginnen").
    actual_start = models.DateTimeField(_("tatsächlicher Beginn"), null=True, blank=True)
    actual_end = models.DateTimeField(_("tatsächliches Ende"), null=True, blank=True)
    # Bumped on every write; a save from an older version is refused (lib.versioning).
    version = models.PositiveIntegerField(_("Version"), default=1)
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)
    # Moved by every change the meeting page shows: its own fields, its items, presenters,
    # decisions, tasks, files and the papers consulted (meetings/content.py). The stamp
    # keys the page's cached agenda; the time is part of OParl's `modified`.
    content_stamp = models.CharField(max_length=32, default=new_content_stamp, editable=False)
    content_modified = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["-date", "-start_time"]
        verbose_name = _("Sitzung")
        verbose_name_plural = _("Sitzungen")
        indexes = [models.Index(fields=["body", "date"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_time__gt=models.F("start_time")), name="meeting_ends_after_start"
            ),
            # One meeting per imported file, even when two imports race into different bodies.
            models.UniqueConstraint(
                fields=["source_sha256"],
                condition=~Q(source_sha256=""),
                name="meeting_imported_once",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.date:%d.%m.%Y})"

    def save(self, *args, **kwargs) -> None:
        # A new stamp on every save: an older copy of this row saved later can never
        # bring back a stamp whose cached page shows other content.
        self.content_stamp = new_content_stamp()
        self.content_modified = timezone.now()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {
                *kwargs["update_fields"],
                "content_stamp",
                "content_modified",
            }
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("meetings:detail", args=[self.pk])

    @property
    def start(self) -> dt.datetime:
        return dt.datetime.combine(self.date, self.start_time)

    @property
    def end(self) -> dt.datetime:
        return dt.datetime.combine(self.date, self.end_time)

    @property
    def minutes_frozen(self) -> bool:
        """Approved minutes change only by a correction, which makes a new version."""
        return self.state == self.State.MINUTES_APPROVED

    def participant_count(self) -> int | None:
        """Count of people present where an attendance list says so, else the stated number."""
        # Asked on every view of the meeting page: its SQL built once (lib.db.rows_by_ids).
        present = rows_by_ids("meeting-present", Attendance, [self.pk], _present_counts)
        return (present[0][0] if present else 0) or self.stated_participant_count

    @property
    def is_cancelled(self) -> bool:
        return self.state == self.State.CANCELLED


def item_label(number: str, name: str) -> str:
    """An agenda item as it is named ("3. Glossar"), also for rows read as values."""
    return f"{number}. {name}" if number else name


class AgendaItem(models.Model):
    """An item or a break on a meeting's agenda (Tagesordnungspunkt)."""

    class Kind(models.TextChoices):
        ITEM = "item", _("Tagesordnungspunkt")
        BREAK = "break", _("Pause")

    class Status(models.TextChoices):
        PLANNED = "planned", _("vorgesehen")
        DISCUSSED = "discussed", _("behandelt")
        POSTPONED = "postponed", _("vertagt")
        WITHDRAWN = "withdrawn", _("zurückgezogen")

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("Sitzung"), on_delete=models.CASCADE, related_name="agenda_items"
    )
    order = models.PositiveIntegerField(_("Reihenfolge"))
    number = models.CharField(
        _("Nummer"), max_length=20, blank=True, help_text=_("z. B. „3“ oder „3.1“; leer bei Pausen")
    )
    name = models.CharField(_("Titel"), max_length=500)
    kind = models.CharField(_("Art"), max_length=10, choices=Kind.choices, default=Kind.ITEM)
    duration_minutes = models.PositiveIntegerField(_("Dauer (Minuten)"), default=0)
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.PLANNED
    )
    public = models.BooleanField(_("öffentlich"), default=True)
    minutes = models.TextField(_("Protokoll (Markdown)"), blank=True)
    links = models.JSONField(_("Links"), default=list, blank=True)
    # The item "Genehmigung des Protokolls vom …" points at the meeting it approves.
    approves_minutes_of = models.ForeignKey(
        Meeting,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The clock: when the item was actually begun and ended during the meeting.
    actual_start = models.DateTimeField(_("tatsächlicher Beginn"), null=True, blank=True)
    actual_end = models.DateTimeField(_("tatsächliches Ende"), null=True, blank=True)
    version = models.PositiveIntegerField(_("Version"), default=1)
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["meeting", "order"]
        verbose_name = _("Tagesordnungspunkt")
        verbose_name_plural = _("Tagesordnungspunkte")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "order"], name="agenda_order_unique"),
            models.UniqueConstraint(
                fields=["meeting", "number"], condition=~Q(number=""), name="agenda_number_unique"
            ),
        ]

    def __str__(self) -> str:
        return item_label(self.number, self.name)

    @property
    def is_break(self) -> bool:
        return self.kind == self.Kind.BREAK


class Presentation(models.Model):
    """Who presented an item, and for which organisation they spoke."""

    agenda_item = models.ForeignKey(
        AgendaItem, on_delete=models.CASCADE, related_name="presentations"
    )
    person = models.ForeignKey(
        Person, verbose_name=_("Person"), on_delete=models.PROTECT, related_name="presentations"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("für Organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["agenda_item", "order", "id"]
        verbose_name = _("Vortrag")
        verbose_name_plural = _("Vorträge")

    def __str__(self) -> str:
        org = f" ({self.organisation})" if self.organisation_id else ""
        return f"{self.person.full_name}{org}"


class Attendance(models.Model):
    """A person's (or a guest's) invitation and presence at a meeting."""

    class Status(models.TextChoices):
        INVITED = "invited", _("eingeladen")
        ACCEPTED = "accepted", _("zugesagt")
        # "declined" in English, not the "cancelled" of a called-off meeting.
        DECLINED = "declined", pgettext_lazy("attendance", "abgesagt")
        PRESENT = "present", _("anwesend")
        EXCUSED = "excused", _("entschuldigt")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances")
    person = models.ForeignKey(
        Person,
        verbose_name=_("Person"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="attendances",
    )
    # Guests without a person record are kept by name only.
    guest_name = models.CharField(_("Gast (Name)"), max_length=200, blank=True)
    on_behalf_of = models.ForeignKey(
        Organisation,
        verbose_name=_("für Organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.INVITED
    )
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["meeting", "person__family_name", "guest_name"]
        verbose_name = _("Teilnahme")
        verbose_name_plural = _("Teilnahmen")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "person"], name="attendance_once"),
            models.CheckConstraint(
                condition=Q(person__isnull=False) | ~Q(guest_name=""), name="attendance_has_someone"
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return self.person.full_name if self.person_id else self.guest_name


def attachment_path(instance: "Attachment", filename: str) -> str:
    # Random names: an upload's name never decides where it lands or whether it is served.
    return f"attachments/{instance.meeting_id}/{uuid.uuid4().hex}"


class Attachment(models.Model):
    """A file belonging to a meeting or one of its items ("Anlage N", OParl File)."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attachments")
    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("Tagesordnungspunkt"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="attachments",
    )
    number = models.PositiveIntegerField(_("Anlage Nr."))
    name = models.CharField(_("Titel"), max_length=300)
    file = models.FileField(_("Datei"), upload_to=attachment_path, max_length=300)
    file_name = models.CharField(_("Dateiname"), max_length=255)
    mime_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField(_("Größe (Bytes)"))
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["meeting", "number"]
        verbose_name = _("Anlage")
        verbose_name_plural = _("Anlagen")

    def __str__(self) -> str:
        return f"Anlage {self.number}: {self.name}"

    @property
    def label(self) -> str:
        return f"Anlage {self.number}"


class MinutesVersion(models.Model):
    """A frozen copy of a meeting's minutes: one at approval, one per later correction."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="minutes_versions")
    version = models.PositiveIntegerField(_("Version"))
    content = models.JSONField(_("Inhalt"))
    reason = models.CharField(_("Anlass"), max_length=500, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["meeting", "-version"]
        verbose_name = _("Protokollversion")
        verbose_name_plural = _("Protokollversionen")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "version"], name="minutes_version_unique")
        ]

    def __str__(self) -> str:
        return f"{self.meeting} v{self.version}"


# --- Finding a date (Terminfindung) ----------------------------------------------------


class DatePoll(models.Model):
    """A search for a meeting date among proposed slots (Terminfindung)."""

    class State(models.TextChoices):
        OPEN = "open", _("offen")
        CLOSED = "closed", _("abgeschlossen")

    body = models.ForeignKey(
        Body, verbose_name=_("Gremium"), on_delete=models.PROTECT, related_name="date_polls"
    )
    title = models.CharField(_("Titel"), max_length=300)
    note = models.TextField(_("Hinweis"), blank=True)
    location = models.CharField(_("Ort"), max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    state = models.CharField(
        _("Status"), max_length=10, choices=State.choices, default=State.OPEN, db_index=True
    )
    chosen_slot = models.ForeignKey(
        "DatePollSlot",
        verbose_name=_("gewählter Termin"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    meeting = models.OneToOneField(
        Meeting,
        verbose_name=_("Sitzung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="date_poll",
    )
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("Terminfindung")
        verbose_name_plural = _("Terminfindungen")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("meetings:poll_detail", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.state == self.State.OPEN


class DatePollSlot(models.Model):
    """One proposed date and time of a date poll."""

    poll = models.ForeignKey(DatePoll, on_delete=models.CASCADE, related_name="slots")
    date = models.DateField(_("Datum"))
    start_time = models.TimeField(_("Beginn"))
    end_time = models.TimeField(_("Ende"))

    class Meta:
        ordering = ["poll", "date", "start_time", "pk"]
        verbose_name = _("Terminvorschlag")
        verbose_name_plural = _("Terminvorschläge")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_time__gt=models.F("start_time")), name="poll_slot_ends_after_start"
            ),
            models.UniqueConstraint(
                fields=["poll", "date", "start_time", "end_time"], name="poll_slot_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.date:%d.%m.%Y}, {self.start_time:%H:%M}–{self.end_time:%H:%M}"


class DatePollInvitee(PersonOrGuest, models.Model):
    """Someone asked to answer a date poll: a person of the network or a guest by e-mail.

    The personal link is signed over the id and `key`; a new key voids old links.
    """

    poll = models.ForeignKey(DatePoll, on_delete=models.CASCADE, related_name="invitees")
    person = models.ForeignKey(
        Person,
        verbose_name=_("Person"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="date_poll_invitations",
    )
    guest_name = models.CharField(_("Gast (Name)"), max_length=200, blank=True)
    guest_email = models.EmailField(_("Gast (E-Mail)"), blank=True)
    guest_language = models.CharField(
        _("Sprache"), max_length=2, choices=Person.Language.choices, default=Person.Language.GERMAN
    )
    key = models.UUIDField(default=uuid.uuid4, editable=False)
    invited_at = models.DateTimeField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["poll", "person__family_name", "person__given_name", "guest_name", "pk"]
        verbose_name = _("Eingeladene Person")
        verbose_name_plural = _("Eingeladene")
        constraints = [
            models.UniqueConstraint(
                fields=["poll", "person"],
                condition=Q(person__isnull=False),
                name="poll_person_once",
            ),
            models.CheckConstraint(
                condition=Q(person__isnull=False) | (~Q(guest_name="") & ~Q(guest_email="")),
                name="poll_invitee_has_someone",
            ),
        ]

    def __str__(self) -> str:
        return self.full_name


class DatePollAnswer(models.Model):
    """An invitee's answer for one slot: yes, if need be, or no."""

    class Value(models.TextChoices):
        YES = "yes", _("Ja")
        MAYBE = "maybe", _("Wenn nötig")
        NO = "no", _("Nein")

    invitee = models.ForeignKey(DatePollInvitee, on_delete=models.CASCADE, related_name="answers")
    slot = models.ForeignKey(DatePollSlot, on_delete=models.CASCADE, related_name="answers")
    value = models.CharField(_("Antwort"), max_length=5, choices=Value.choices)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["invitee", "slot"]
        verbose_name = _("Antwort")
        verbose_name_plural = _("Antworten")
        constraints = [
            models.UniqueConstraint(fields=["invitee", "slot"], name="poll_answer_once"),
        ]

    def __str__(self) -> str:
        return f"{self.invitee} – {self.slot}: {self.get_value_display()}"


def _present_counts(meeting_ids):
    """(how many attended,) of each of these meetings that has anyone present."""
    return (
        Attendance.objects.filter(meeting_id__in=meeting_ids, status=Attendance.Status.PRESENT)
        .order_by()
        .values("meeting_id")
        .annotate(n=Count("pk"))
        .values_list("n")
    )
