"""Protocols' menu entries (see lib/navigation.py)."""

from django.utils.translation import gettext_lazy as _

from transferhub.lib import registry
from transferhub.lib.registry import MenuEntry

registry.menu_entries.register(
    "protocol_import",
    MenuEntry(
        "admin",
        _("Protokolle importieren"),
        "protocols:import",
        needs=("secretariat",),
        current=("protocols:import",),
    ),
    order=50,
)
