"""The words for the api app's entries on the audit log page (registered in its AppConfig)."""

from django.utils.translation import gettext_lazy as _

from transferhub.lib.audit import AuditLabels, Kind

LABELS = AuditLabels(
    kinds={
        "permissions": Kind(_("Rechte und Mitgliedschaften"), ("api_token.",), position=40),
    },
    actions={
        "api_token.created": _("API-Token erzeugt"),
        "api_token.revoked": _("API-Token widerrufen"),
        "calendar_feed.created": _("Kalenderadresse erzeugt"),
        "calendar_feed.reset": _("Kalenderadresse erneuert"),
    },
)
