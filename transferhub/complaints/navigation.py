"""The complaint procedure's capability and menu entries (see lib/navigation.py)."""

from django.utils.translation import gettext_lazy as _

from transferhub.lib import registry
from transferhub.lib.registry import Capability, MenuEntry

from .models import ComplaintHandler

registry.capabilities.register(
    "complaint_handler",
    Capability(
        query=lambda user: ComplaintHandler.objects.filter(
            user=user, active=True, impartial=True, confidential=True
        )
    ),
)
registry.menu_entries.register(
    "complaints",
    MenuEntry(
        "companies",
        _("Beschwerdeverfahren"),
        "complaints:index",
        current=("complaints:index", "complaints:rules", "complaints:report", "complaints:follow"),
    ),
    order=60,
)
registry.menu_entries.register(
    "complaint_cases",
    MenuEntry(
        "companies",
        _("Beschwerden bearbeiten"),
        "complaints:cases",
        needs=("complaint_handler",),
        current=("complaints:case",),
    ),
    order=61,
)
registry.menu_entries.register(
    "complaint_handlers",
    MenuEntry(
        "admin",
        _("Beschwerde-Bearbeitende"),
        "complaints:handlers",
        needs=("secretariat",),
        current=("complaints:handler",),
    ),
    order=62,
)
