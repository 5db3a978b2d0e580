"""The words for the public calendar's entries on the audit log page (registered in ready())."""

from django.utils.translation import gettext_lazy as _

from transferhub.lib.audit import AuditLabels, Kind

LABELS = AuditLabels(
    kinds={
        "public_calendar": Kind(
            _("Öffentlicher Kalender und Abonnements"),
            ("public_calendar.", "subscription."),
            position=90,
        )
    },
    actions={
        "public_calendar.changed": _("Öffentlicher Kalender ein- oder ausgeschaltet"),
        "subscription.requested": _("Abonnement angefragt"),
        "subscription.confirmed": _("Abonnement bestätigt"),
        "subscription.cancelled": _("Abonnement abbestellt"),
        "subscription.deleted": _("Abonnement gelöscht"),
    },
    objects={
        "subscriptions.subscription": (_("Abonnement"), None),
    },
    gone=frozenset({"subscription.cancelled", "subscription.deleted"}),
)
