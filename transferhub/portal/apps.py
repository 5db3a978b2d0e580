from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "transferhub.portal"
    label = "portal"
    verbose_name = _("Start und Navigation")

    def ready(self) -> None:
        # Every app's navigation.py registers its menu entries and start panels.
        autodiscover_modules("navigation")

        from django.contrib.auth.signals import user_logged_in

        from transferhub.lib.navigation import on_login

        from . import privacy

        privacy.register()
        user_logged_in.connect(on_login, dispatch_uid="transferhub.navigation.on_login")
