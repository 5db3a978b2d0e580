"""The words for the checks app's entries on the audit log page (registered in its AppConfig)."""

from django.utils.translation import gettext_lazy as _

from transferhub.lib.audit import AuditLabels, Kind

LABELS = AuditLabels(
    kinds={
        "checks": Kind(_("Checks"), ("checks.",), position=80),
    },
    actions={
        "checks.company.registered": _("Unternehmen registriert"),
        "checks.company.confirmed": _("Registrierung bestätigt"),
        "checks.company.registration_expired": _("Unbestätigte Registrierung gelöscht"),
        # Edits in the Django admin (lib.admin.AuditedAdminMixin).
        "checks.company.changed": _("Unternehmen geändert (Verwaltung)"),
        "checks.consultancy.added": _("Beratung eingetragen (Verwaltung)"),
        "checks.consultancy.changed": _("Beratung geändert (Verwaltung)"),
        "checks.consultancy.deleted": _("Beratung gelöscht (Verwaltung)"),
        "checks.instrument.changed": _("Instrument geändert (Verwaltung)"),
        "checks.instrumentversion.changed": _("Instrumentversion geändert (Verwaltung)"),
        "checks.instrument.translated": _("Englische Texte des Instruments aktualisiert"),
    },
    objects={
        "checks.assessment": (_("Bewertung"), "checks:assessment"),
        "checks.company": (_("Unternehmen"), "checks:company"),
        "checks.instrumentversion": (_("Instrumentversion"), None),
        "checks.instrument": (_("Instrument"), None),
        "checks.consultancy": (_("Beratung"), None),
    },
)
