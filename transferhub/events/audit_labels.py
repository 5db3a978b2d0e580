"""The words for events' entries on the audit log page."""

from django.utils.translation import gettext_lazy as _

from transferhub.lib.audit import AuditLabels, Kind

LABELS = AuditLabels(
    kinds={"events": Kind(_("Veranstaltungen"), ("event.", "registration."), position=70)},
    actions={
        "event.created": _("Veranstaltung angelegt"),
        "event.changed": _("Veranstaltung geändert"),
        "registration.confirmed": _("Anmeldung bestätigt"),
        "registration.cancelled": _("Anmeldung abgesagt"),
        "registration.moved_up": _("Von der Warteliste nachgerückt"),
        "registration.checked_in": _("Eingecheckt"),
        "registration.checked_out": _("Einchecken zurückgenommen"),
    },
    objects={
        "events.event": (_("Veranstaltung"), "events:edit"),
        "events.registration": (_("Anmeldung"), None),
    },
)
