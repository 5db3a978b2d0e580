from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplaintsConfig(AppConfig):
    name = "transferhub.complaints"
    label = "complaints"
    verbose_name = _("Beschwerdeverfahren (§ 8 LkSG)")

    def ready(self) -> None:
        from transferhub.lib import registry
        from transferhub.lib.audit import audit_register

        from . import audit_labels, demo, privacy

        registry.periodic_jobs.register(
            "complaints.erase",
            registry.Periodic("transferhub.complaints.services.cases_erase_expired", at="03:30"),
        )
        registry.periodic_jobs.register(
            "complaints.mails",
            registry.Periodic("transferhub.complaints.jobs.mails_retry", minutes=60),
        )
        audit_register(self.label, audit_labels.LABELS)
        registry.demo_data.register(
            "complaints",
            registry.Demo(
                load=demo.demo_complaints, reset=demo.demo_reset, logins=demo.DEMO_LOGINS
            ),
            order=55,
        )
        privacy.register()
