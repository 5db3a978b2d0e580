from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibConfig(AppConfig):
    name = "transferhub.lib"
    label = "lib"
    verbose_name = _("Protokollierung")

    def ready(self):
        from .forms import refuse_line_breaks_in_single_line_fields

        refuse_line_breaks_in_single_line_fields()
