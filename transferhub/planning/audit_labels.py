"""The words for planning's entries on the audit log page (registered in its AppConfig)."""

from django.utils.translation import gettext_lazy as _

from transferhub.lib.audit import AuditLabels, Kind

LABELS = AuditLabels(
    kinds={
        "planning": Kind(
            _("Sitzungsplanung"), ("series.", "proposal.", "backlog.", "meeting.planned"), 55
        ),
    },
    actions={
        "series.saved": _("Sitzungsreihe und Vorlage gespeichert"),
        "proposal.submitted": _("Thema vorgeschlagen"),
        "proposal.file_added": _("Anlage zum Themenvorschlag hochgeladen"),
        "proposal.deadline_set": _("Frist für Themenvorschläge gesetzt"),
        "proposal.accepted": _("Themenvorschlag angenommen"),
        "proposal.parked": _("Themenvorschlag zurückgestellt"),
        "proposal.declined": _("Themenvorschlag abgelehnt"),
        "backlog.added": _("Thema in den Themenspeicher aufgenommen"),
        "backlog.dropped": _("Thema aus dem Themenspeicher entfernt"),
        "meeting.planned": _("Sitzung aus der Planung angelegt"),
    },
    objects={
        "planning.series": (_("Sitzungsreihe"), None),
        "planning.proposal": (_("Themenvorschlag"), "planning:proposal"),
        "planning.backlogentry": (_("Themenspeicher"), None),
    },
)
