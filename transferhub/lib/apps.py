from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibConfig(AppConfig):
    name = "transferhub.lib"
    label = "lib"
    verbose_name = _("Protokollierung")

    def ready(self):
        from django.db.backends.signals import connection_created

        from transferhub.lib import registry
        from transferhub.lib.db import keep_prepared_statements

        from .forms import refuse_line_breaks_in_single_line_fields

        registry.periodic_jobs.register(
            "lib.backup", registry.Periodic("transferhub.lib.scheduler.backup_daily", at="02:30")
        )
        refuse_line_breaks_in_single_line_fields()
        connection_created.connect(keep_prepared_statements)
