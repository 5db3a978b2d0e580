from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "transferhub.api"
    label = "api"
    verbose_name = _("Schnittstellen")

    def ready(self) -> None:
        from transferhub.lib.audit import audit_register

        from . import audit_labels, privacy, signals

        audit_register(self.label, audit_labels.LABELS)
        signals.connect()
        privacy.register()
