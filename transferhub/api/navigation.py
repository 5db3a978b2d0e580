"""The API's menu entry: one's tokens and calendar feeds (see lib/navigation.py)."""

from django.utils.translation import gettext_lazy as _

from transferhub.lib import registry
from transferhub.lib.registry import MenuEntry

registry.menu_entries.register(
    "api_tokens",
    MenuEntry(
        "account",
        _("Schnittstellen"),
        "api:tokens",
        needs=("signed_in",),
        current=("api:token", "api:feed"),
    ),
    order=30,
)
