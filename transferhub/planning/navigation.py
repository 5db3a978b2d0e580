"""Planning's menu entry (see lib/navigation.py)."""

from django.utils.translation import gettext_lazy as _

from transferhub.lib import registry
from transferhub.lib.registry import MenuEntry

registry.menu_entries.register(
    "planning",
    MenuEntry(
        "meetings",
        _("Sitzungsplanung"),
        "planning:index",
        needs=("member", "secretariat"),
        current=("planning:",),
    ),
    order=52,
)
