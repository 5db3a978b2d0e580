from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProtocolsConfig(AppConfig):
    name = "transferhub.protocols"
    label = "protocols"
    verbose_name = _("Protokolle")

    def ready(self) -> None:
        # Signals keep the search index beside the meetings and decisions apps, which
        # need not know that it exists.
        from django.db.models.signals import post_delete, post_save

        from transferhub.decisions.models import Decision, Task
        from transferhub.lib import registry
        from transferhub.meetings.models import AgendaItem

        from . import demo, search

        registry.demo_data.register("protocols", registry.Demo(load=demo.demo_meeting), order=20)

        def protocol_pdf(meeting):
            from .writing import protocol_pdf  # Typst loads only when a PDF is wanted

            return protocol_pdf(meeting)

        registry.exporters.register("protocol_pdf", protocol_pdf)

        for model in (AgendaItem, Decision, Task):
            post_save.connect(search.on_save, sender=model, dispatch_uid=f"search-{model.__name__}")
            post_delete.connect(
                search.on_delete, sender=model, dispatch_uid=f"search-del-{model.__name__}"
            )
