from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegionalConfig(AppConfig):
    """Regional networks' websites, and their recognition through the AG Transfer's decision."""

    name = "transferhub.regional"
    label = "regional"
    verbose_name = _("Regionale Netzwerke")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from transferhub.decisions.models import Decision
        from transferhub.lib import registry
        from transferhub.lib.audit import audit_register

        from . import audit_labels, demo, privacy
        from .hooks import decision_deleted, decision_recorded

        post_save.connect(decision_recorded, sender=Decision, dispatch_uid="regional-recognition")
        post_delete.connect(
            decision_deleted, sender=Decision, dispatch_uid="regional-recognition-undone"
        )
        audit_register(self.label, audit_labels.LABELS)
        privacy.register()
        registry.demo_data.register(
            "regional",
            registry.Demo(load=demo.load, reset=demo.reset, logins=demo.LOGINS),
            order=70,
        )
