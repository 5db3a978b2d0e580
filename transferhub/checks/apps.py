from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChecksConfig(AppConfig):
    name = "transferhub.checks"
    label = "checks"
    verbose_name = _("Checks")

    def ready(self) -> None:
        from transferhub.lib import registry
        from transferhub.lib.audit import audit_register

        from . import audit_labels, privacy

        registry.periodic_jobs.register(
            "checks.declarations",
            registry.Periodic("transferhub.checks.services.declarations_remind", at="06:30"),
        )
        registry.periodic_jobs.register(
            "checks.registrations",
            registry.Periodic("transferhub.checks.registration.registrations_expire", at="04:00"),
        )
        audit_register(self.label, audit_labels.LABELS)
        privacy.register()
