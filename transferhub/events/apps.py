from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """Events a network or body publishes, and the people who register for them."""

    name = "transferhub.events"
    label = "events"
    verbose_name = _("Veranstaltungen")

    def ready(self) -> None:
        from transferhub.lib.audit import audit_register

        from . import audit_labels, privacy

        audit_register(self.label, audit_labels.LABELS)
        privacy.register()
        # Its demo (the seed's Transfertag) is loaded with the regional networks' demo.
