from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "transferhub.network"
    label = "network"
    verbose_name = _("Netzwerk")

    def ready(self) -> None:
        from transferhub.lib import registry

        from .models import Membership
        from .services import privacy_register

        privacy_register()
        registry.audit_lookups.register(
            "membership_bodies",
            lambda ids: dict(Membership.objects.filter(pk__in=ids).values_list("pk", "body_id")),
        )
