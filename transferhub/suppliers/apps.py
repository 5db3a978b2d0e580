from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SuppliersConfig(AppConfig):
    name = "transferhub.suppliers"
    label = "suppliers"
    verbose_name = _("Lieferantendatenbank")

    def ready(self) -> None:
        from transferhub.lib import registry
        from transferhub.lib.audit import audit_register

        from . import audit_labels, demo, privacy

        registry.periodic_jobs.register(
            "suppliers.seal_reminders",
            registry.Periodic("transferhub.suppliers.services.seal_reminders_send", at="06:45"),
        )
        audit_register(self.label, audit_labels.LABELS)

        def load(ctx: dict) -> None:
            demo.demo_companies(office_user=ctx["office_user"], password=ctx["password"])

        registry.demo_data.register(
            "suppliers",
            registry.Demo(load=load, reset=demo.demo_reset, logins=demo.DEMO_LOGINS),
            order=50,
        )
        privacy.register()

        from .search import site_search_register  # the header search finds suppliers

        site_search_register()
