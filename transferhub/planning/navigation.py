"""Planning's menu entry and start panel (see lib/navigation.py)."""

from django.utils.translation import gettext_lazy as _

from transferhub.lib import registry
from transferhub.lib.registry import MenuEntry, StartPanel
from transferhub.network.permissions import managed_body_ids

PANEL_ROWS = 10

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


def proposals_waiting(request) -> dict | None:
    """Proposals the chair or the secretariat has to decide; left out when there are none."""
    from .models import Proposal

    waiting = Proposal.objects.filter(state=Proposal.State.SUBMITTED)
    managed = managed_body_ids(request.user)
    if managed is not None:
        waiting = waiting.filter(body_id__in=managed)
    rows = list(waiting.select_related("body", "meeting").order_by("created")[: PANEL_ROWS + 1])
    if not rows:
        return None
    return {"proposals": rows[:PANEL_ROWS], "more": len(rows) > PANEL_ROWS}


registry.start_panels.register(
    "proposals_waiting",
    StartPanel(
        _("Themenvorschläge zur Entscheidung"),
        "planning/start/proposals_waiting.html",
        proposals_waiting,
        needs=("secretariat", "manager"),
    ),
    order=22,
)
