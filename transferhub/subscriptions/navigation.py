"""The public calendar's menu entries (see lib/navigation.py)."""

from django.utils.translation import gettext_lazy as _

from transferhub.lib import registry
from transferhub.lib.registry import MenuEntry

registry.menu_entries.register(
    "public_calendar",
    MenuEntry(
        "meetings",
        _("Öffentlicher Kalender"),
        "subscriptions:calendar",
        current=("subscriptions:calendar", "subscriptions:body", "subscriptions:meeting"),
    ),
    order=70,
)
registry.menu_entries.register(
    "public_calendar_manage",
    MenuEntry(
        "admin",
        _("Öffentlicher Kalender"),
        "subscriptions:manage",
        needs=("secretariat",),
        current=("subscriptions:manage",),
    ),
    order=80,
)
