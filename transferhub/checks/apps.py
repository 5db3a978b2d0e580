from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChecksConfig(AppConfig):
    name = "transferhub.checks"
    label = "checks"
    verbose_name = _("Checks")

    def ready(self) -> None:
        from transferhub.lib.audit import audit_register

        from . import audit_labels, privacy

        audit_register(self.label, audit_labels.LABELS)
        privacy.register()
