from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChecksConfig(AppConfig):
    name = "transferhub.checks"
    label = "checks"
    verbose_name = _("Checks")

    def ready(self) -> None:
        from . import privacy

        privacy.register()
