"""The words for networks' entries on the audit log page."""

from django.utils.translation import gettext_lazy as _

from transferhub.lib.audit import AuditLabels, Kind

LABELS = AuditLabels(
    kinds={
        "networks": Kind(
            _("Netzwerke und Anerkennung"), ("network.", "recognition.", "partner."), position=65
        ),
    },
    actions={
        "network.created": _("Netzwerk angelegt"),
        "network.changed": _("Netzwerk geändert"),
        "recognition.started": _("Antrag auf Anerkennung begonnen"),
        "recognition.answered": _("Kriterien beantwortet"),
        "recognition.submitted": _("Antrag eingereicht"),
        "recognition.returned": _("Antrag zurückgegeben"),
        "recognition.scheduled": _("Antrag auf die Tagesordnung gesetzt"),
        "recognition.recognised": _("Netzwerk anerkannt"),
        "recognition.rejected": _("Anerkennung abgelehnt"),
        "recognition.undone": _("Entscheidung über die Anerkennung zurückgenommen"),
        "recognition.unscheduled": _("Antrag von der Tagesordnung genommen"),
        "partner.applied": _("Partnerantrag eingegangen"),
        "partner.accepted": _("Partner aufgenommen"),
        "partner.declined": _("Partnerantrag abgelehnt"),
    },
    objects={
        "network.network": (_("Netzwerk"), "network:network_edit"),
        "network.recognitionapplication": (_("Antrag auf Anerkennung"), "regional:application"),
        "network.partnerapplication": (_("Partnerantrag"), "network:partner_decide"),
    },
)
