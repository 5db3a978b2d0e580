"""The account menu's first entry (see lib/navigation.py)."""

from django.utils.translation import gettext_lazy as _

from transferhub.lib import registry
from transferhub.lib.registry import MenuEntry

registry.menu_entries.register(
    "profile",
    MenuEntry(
        "account",
        _("Mein Profil"),
        "accounts:profile",
        needs=("signed_in",),
        current=("accounts:",),
    ),
    order=10,
)
