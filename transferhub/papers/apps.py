from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PapersConfig(AppConfig):
    name = "transferhub.papers"
    label = "papers"
    verbose_name = _("Vorlagen")

    def ready(self) -> None:
        from transferhub.lib import registry
        from transferhub.lib.audit import audit_register

        from . import audit_labels, privacy, search
        from .demo import demo_papers, demo_reset

        registry.demo_data.register(
            "papers", registry.Demo(load=demo_papers, reset=demo_reset), order=70
        )
        audit_register(self.label, audit_labels.LABELS)
        search.index_register()
        search.site_search_register()
        privacy.register()
