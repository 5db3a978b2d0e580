"""The words for the meetings app's entries on the audit log page (registered in its AppConfig)."""

from django.utils.translation import gettext_lazy as _

from transferhub.lib.audit import AuditLabels, Kind

LABELS = AuditLabels(
    kinds={
        "minutes": Kind(_("Protokolle"), ("minutes.",), position=10),
        "meetings": Kind(
            _("Sitzungen und Tagesordnung"),
            ("meeting.", "agenda_item.", "attachment.", "date_poll."),
            position=50,
        ),
    },
    actions={
        "minutes.recorded": _("Protokoll geschrieben"),
        "minutes.approved": _("Protokoll genehmigt"),
        "minutes.corrected": _("Protokoll korrigiert (neue Fassung)"),
        "meeting.created": _("Sitzung angelegt"),
        "meeting.changed": _("Sitzung geändert"),
        "meeting.state_changed": _("Sitzungsstatus geändert"),
        "meeting.invited": _("Einladung versandt"),
        "meeting.guests_invited": _("Gäste eingeladen"),
        "meeting.attendance_changed": _("Anwesenheit geändert"),
        "meeting.attendance_added": _("Teilnahme ergänzt"),
        "agenda_item.added": _("Tagesordnungspunkt angelegt"),
        "agenda_item.changed": _("Tagesordnungspunkt geändert"),
        "agenda_item.moved": _("Tagesordnungspunkt verschoben"),
        "agenda_item.deleted": _("Tagesordnungspunkt gelöscht"),
        "attachment.added": _("Anlage hochgeladen"),
        "attachment.deleted": _("Anlage gelöscht"),
        "date_poll.created": _("Terminfindung begonnen"),
        "date_poll.answered": _("Terminfindung beantwortet"),
        "date_poll.closed": _("Termin gewählt"),
    },
    objects={
        "meetings.meeting": (_("Sitzung"), "meetings:detail"),
        "meetings.agendaitem": (_("Tagesordnungspunkt"), None),
        "meetings.attachment": (_("Anlage"), None),
        "meetings.attendance": (_("Teilnahme"), None),
        "meetings.datepoll": (_("Terminfindung"), "meetings:poll_detail"),
    },
    gone=frozenset({"agenda_item.deleted", "attachment.deleted"}),
)
