from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    name = "transferhub.meetings"
    label = "meetings"
    verbose_name = _("Sitzungen")

    def ready(self) -> None:
        from transferhub.lib import registry
        from transferhub.lib.audit import audit_register

        from . import audit_labels, content, privacy
        from .models import Meeting

        audit_register(self.label, audit_labels.LABELS)
        registry.demo_data.register(
            "meetings", registry.Demo(reset=lambda: Meeting.objects.all().delete()), order=10
        )
        privacy.register()
        content.watch_meetings_app()
        registry.audit_lookups.register(
            "meetings", lambda ids: Meeting.objects.select_related("body").in_bulk(ids)
        )
