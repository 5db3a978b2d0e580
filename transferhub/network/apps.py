from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "transferhub.network"
    label = "network"
    verbose_name = _("Netzwerk")

    def ready(self) -> None:
        from transferhub.lib import registry
        from transferhub.lib.audit import audit_register

        from . import audit_labels
        from .models import Membership
        from .services import privacy_register

        registry.periodic_jobs.register(
            "network.recognitions",
            registry.Periodic("transferhub.network.jobs.recognition_reminders_send", at="07:30"),
        )
        audit_register(self.label, audit_labels.LABELS)
        privacy_register()
        registry.audit_lookups.register(
            "network.membership",
            lambda ids: dict(Membership.objects.filter(pk__in=ids).values_list("pk", "body_id")),
        )
