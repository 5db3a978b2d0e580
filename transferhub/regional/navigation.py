"""Networks' and events' menu entries (see lib/navigation.py)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from transferhub.lib import registry
from transferhub.lib.registry import Capability, MenuEntry
from transferhub.network.permissions import coordinated_network_ids

registry.capabilities.register(
    "coordinator", Capability(test=lambda u: bool(coordinated_network_ids(u)))
)

registry.menu_entries.register(
    "networks",
    MenuEntry("meetings", _("Netzwerke"), "regional:directory", current=("regional:directory",)),
    order=60,
)
registry.menu_entries.register(
    "events",
    MenuEntry(
        "meetings",
        _("Veranstaltungen"),
        "events:manage",
        needs=("secretariat", "coordinator", "manager"),
        current=("events:",),
    ),
    order=65,
)
registry.menu_entries.register(
    "networks_manage",
    MenuEntry(
        "admin",
        _("Netzwerke verwalten"),
        "network:networks",
        needs=("secretariat", "coordinator"),
        current=("network:network", "network:application"),
    ),
    order=40,
)
registry.menu_entries.register(
    "recognition",
    MenuEntry(
        "admin",
        _("Anträge auf Anerkennung"),
        "regional:applications",
        needs=("secretariat",),
        current=("regional:application",),
    ),
    order=45,
)
registry.menu_entries.register(
    "partners",
    MenuEntry(
        "meetings",
        pgettext_lazy("the directory", "Partner"),
        "network:partners",
        current=("network:partner",),
    ),
    order=62,
)
registry.menu_entries.register(
    "partner_applications",
    MenuEntry(
        "admin",
        _("Partneranträge"),
        "network:partner_applications",
        needs=("secretariat",),
        current=("network:partner_",),
    ),
    order=46,
)
