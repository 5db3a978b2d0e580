from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    name = "transferhub.meetings"
    label = "meetings"
    verbose_name = _("Sitzungen")

    def ready(self) -> None:
        from transferhub.lib import registry

        from . import privacy
        from .models import Meeting

        registry.demo_data.register(
            "meetings", registry.Demo(reset=lambda: Meeting.objects.all().delete()), order=10
        )
        privacy.register()
        registry.audit_lookups.register(
            "meetings", lambda ids: Meeting.objects.select_related("body").in_bulk(ids)
        )
