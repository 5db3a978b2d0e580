from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlanningConfig(AppConfig):
    name = "transferhub.planning"
    label = "planning"
    verbose_name = _("Sitzungsplanung")

    def ready(self) -> None:
        from transferhub.lib import registry
        from transferhub.lib.audit import audit_register

        from . import audit_labels, privacy, signals
        from .demo import demo_planning, demo_reset

        registry.periodic_jobs.register(
            "planning.mails",
            registry.Periodic("transferhub.planning.jobs.proposal_mails_retry", minutes=60),
        )
        audit_register(self.label, audit_labels.LABELS)
        signals.connect()
        privacy.register()
        registry.demo_data.register(
            "planning", registry.Demo(load=demo_planning, reset=demo_reset), order=65
        )
        registry.meeting_planning.register("plan_url", privacy.plan_url)
        registry.meeting_planning.register("proposals_url", privacy.proposals_url)
