"""The words for the invitations app's entries on the audit log page."""

from django.utils.translation import gettext_lazy as _

from transferhub.lib.audit import AuditLabels, Kind

LABELS = AuditLabels(
    kinds={
        # Sending invitations and minutes is part of a meeting's life.
        "meetings": Kind(_("Sitzungen und Tagesordnung"), ("invitation.",), position=50),
        "minutes": Kind(_("Protokolle"), ("minutes.distributed",), position=10),
    },
    actions={
        "invitation.sent": _("Einladungen versandt"),
        "invitation.retried": _("Einladungsmails erneut versandt"),
        "invitation.answered": _("Einladung beantwortet"),
        "invitation.update_sent": _("Änderung an Eingeladene versandt"),
        "invitation.cancel_sent": _("Absage an Eingeladene versandt"),
        "invitation.reminded": _("Erinnerung an Eingeladene versandt"),
        "invitation.settings_changed": _("Einstellungen für Einladungen geändert"),
        "minutes.distributed": _("Protokoll versandt"),
    },
    objects={
        "invitations.invitation": (_("Einladung"), None),
    },
)
