from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "transferhub.accounts"
    label = "accounts"
    verbose_name = _("Zugänge")

    def ready(self) -> None:
        from django.contrib import admin

        from transferhub.network import notifications

        from . import privacy, views
        from .notifications import mail_wanted

        privacy.register()

        # A person's own choice holds back the optional mails (Profil → E-Mails).
        if mail_wanted not in notifications.MAIL_FILTERS:
            notifications.MAIL_FILTERS.append(mail_wanted)
        # One way in: the admin's login page would skip the second factor.
        admin.site.login = views.admin_login
