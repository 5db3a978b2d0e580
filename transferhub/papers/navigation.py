"""The papers' menu entry (see lib/navigation.py)."""

from django.utils.translation import gettext_lazy as _

from transferhub.lib import registry
from transferhub.lib.registry import MenuEntry

registry.menu_entries.register(
    "papers",
    MenuEntry(
        "meetings",
        _("Vorlagen"),
        "papers:list",
        needs=("member", "secretariat"),
        current=("papers:",),
    ),
    order=55,
)
