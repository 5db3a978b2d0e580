from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "transferhub.api"
    label = "api"
    verbose_name = _("Schnittstellen")

    def ready(self) -> None:
        from transferhub.lib.audit import audit_register

        from . import audit_labels, oparl_changes, privacy, signals

        audit_register(self.label, audit_labels.LABELS)
        signals.connect()
        oparl_changes.connect()  # OParl tombstones: what stops being public stays as `deleted`
        privacy.register()
