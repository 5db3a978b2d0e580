"""The words for the network app's entries on the audit log page (registered in its AppConfig)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from transferhub.lib.audit import AuditLabels, Kind


def _membership_page(entry, data: dict, lookups: dict) -> str | None:
    """A membership opens on its body's page (the entry's data, or the page's lookup)."""
    fields = data.get("after") or data.get("before") or {}
    body_id = (
        data.get("body_id")
        or (fields.get("body") if isinstance(fields, dict) else None)
        or lookups.get("network.membership", {}).get(entry.object_id)
    )
    return reverse("network:body", args=[body_id]) if body_id else None


LABELS = AuditLabels(
    kinds={
        "permissions": Kind(
            _("Rechte und Mitgliedschaften"),
            ("membership.", "interest.", "permissions."),
            position=40,
        ),
        "network": Kind(
            _("Personen, Organisationen, Gremien"),
            ("person.", "organisation.", "body."),
            position=60,
        ),
    },
    actions={
        "membership.added": _("Mitgliedschaft begonnen"),
        "membership.changed": _("Mitgliedschaft geändert"),
        "membership.ended": _("Mitgliedschaft beendet"),
        "membership.deleted": _("Mitgliedschaft gelöscht"),
        "permissions.changed": _("Zugangsrechte geändert"),
        "interest.registered": _("Interesse an Mitarbeit gemeldet"),
        "interest.accepted": _("Interesse angenommen"),
        "interest.declined": _("Interesse abgelehnt"),
        "person.created": _("Person angelegt"),
        "person.changed": _("Person geändert"),
        "person.exported": _("Personendaten exportiert"),
        "person.erased": _("Person gelöscht"),
        "organisation.created": _("Organisation angelegt"),
        "organisation.changed": _("Organisation geändert"),
        "body.created": _("Gremium angelegt"),
        "body.changed": _("Gremium geändert"),
    },
    objects={
        "network.person": (_("Person"), "network:person_edit"),
        "network.organisation": (_("Organisation"), "network:organisation_edit"),
        "network.body": (_("Gremium"), "network:body"),
        "network.membership": (_("Mitgliedschaft"), _membership_page),
        "network.interestrequest": (_("Interesse an Mitarbeit"), None),
        "auth.user": (_("Zugang"), None),
    },
    gone=frozenset({"membership.deleted"}),
)
