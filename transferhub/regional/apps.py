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
        from transferhub.meetings.models import AgendaItem

        from . import audit_labels, demo, privacy
        from .hooks import agenda_item_deleted, decision_deleted, decision_recorded

        post_save.connect(decision_recorded, sender=Decision, dispatch_uid="regional-recognition")
        post_delete.connect(
            decision_deleted, sender=Decision, dispatch_uid="regional-recognition-undone"
        )
        post_delete.connect(
            agenda_item_deleted, sender=AgendaItem, dispatch_uid="regional-recognition-unscheduled"
        )
        audit_register(self.label, audit_labels.LABELS)
        privacy.register()
        registry.demo_data.register(
            "regional",
            registry.Demo(load=demo.load, reset=demo.reset, logins=demo.LOGINS),
            order=70,
        )
