"""Votes' menu entry (see lib/navigation.py)."""

from django.utils.translation import gettext_lazy as _

from transferhub.lib import registry
from transferhub.lib.registry import MenuEntry

registry.menu_entries.register(
    "votes",
    MenuEntry(
        "meetings",
        _("Abstimmungen"),
        "votes:list",
        needs=("member", "secretariat"),
        current=("votes:",),
    ),
    order=55,
)
