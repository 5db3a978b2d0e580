"""The words for the protocols app's entries on the audit log page (registered in its AppConfig)."""

from django.utils.translation import gettext_lazy as _

from transferhub.lib.audit import AuditLabels, Kind

LABELS = AuditLabels(
    kinds={
        "minutes": Kind(_("Protokolle"), ("protocol.",), position=10),
    },
    actions={
        "protocol.imported": _("Protokoll importiert"),
        "protocol.accepted": _("Import übernommen"),
        "protocol.discarded": _("Import verworfen"),
    },
)
