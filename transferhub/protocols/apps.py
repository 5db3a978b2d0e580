from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProtocolsConfig(AppConfig):
    name = "transferhub.protocols"
    label = "protocols"
    verbose_name = _("Protokolle")

    def ready(self) -> None:
        # The search index follows meetings' and decisions' records (lib.search keeps it);
        # those apps need not know that it exists.
        from transferhub.lib import registry
        from transferhub.lib.audit import audit_register

        from . import audit_labels, demo, search

        audit_register(self.label, audit_labels.LABELS)
        search.index_register()
        search.site_search_register()
        registry.demo_data.register("protocols", registry.Demo(load=demo.demo_meeting), order=20)

        def protocol_pdf(meeting):
            from .writing import protocol_pdf  # Typst loads only when a PDF is wanted

            return protocol_pdf(meeting)

        registry.exporters.register("protocol_pdf", protocol_pdf)
