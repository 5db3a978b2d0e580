from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DecisionsConfig(AppConfig):
    name = "transferhub.decisions"
    label = "decisions"
    verbose_name = _("Beschlüsse und Aufgaben")

    def ready(self) -> None:
        from transferhub.lib import registry

        from . import demo, privacy

        registry.demo_data.register(
            "decisions", registry.Demo(load=demo.demo_topics, reset=demo.demo_reset), order=30
        )
        privacy.register()
