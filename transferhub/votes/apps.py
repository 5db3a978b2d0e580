from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VotesConfig(AppConfig):
    name = "transferhub.votes"
    label = "votes"
    verbose_name = _("Abstimmungen und Umlaufverfahren")

    def ready(self) -> None:
        from transferhub.lib import registry

        from .demo import demo_votes

        registry.demo_data.register("votes", registry.Demo(load=lambda ctx: demo_votes()), order=60)
