"""The supplier database's capabilities, menu entries and start panels (lib/navigation.py)."""

from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy as _

from transferhub.lib import registry
from transferhub.lib.registry import Capability, MenuEntry, StartPanel

from .forms import VerifyForm
from .models import DueDiligenceRequest, Purchaser, Seal, SealApplication, Supplier
from .permissions import purchaser_of, staff_supplier_ids

PANEL_ROWS = 10

registry.capabilities.register(
    "purchaser", Capability(query=lambda user: Purchaser.objects.filter(user=user, active=True))
)
registry.capabilities.register(
    "supplier_staff",
    Capability(query=lambda user: Supplier.objects.filter(Q(staff=user) | Q(company__staff=user))),
)

registry.menu_entries.register(
    "suppliers",
    MenuEntry(
        "companies",
        _("Lieferanten"),
        "suppliers:search",
        current=("suppliers:search", "suppliers:detail"),
    ),
    order=30,
)
registry.menu_entries.register(
    "my_supplier",
    MenuEntry(
        "companies",
        _("Mein Lieferantenprofil"),
        "suppliers:mine",
        needs=("supplier_staff", "company_staff"),
        current=("suppliers:mine",),
    ),
    order=40,
)
registry.menu_entries.register(
    "purchaser",
    MenuEntry(
        "companies",
        _("Meine LkSG-Anfragen"),
        "suppliers:mine",
        needs=("purchaser",),
        current=("suppliers:request",),
    ),
    order=41,
)
registry.menu_entries.register(
    "consulting",
    MenuEntry(
        "companies",
        _("Beratung"),
        "suppliers:consultant",
        needs=("consultant",),
        current=("suppliers:consultant",),
    ),
    order=45,
)
registry.menu_entries.register(
    "verify_seal",
    MenuEntry(
        "companies", _("Siegel prüfen"), "suppliers:verify_form", current=("suppliers:verify",)
    ),
    order=60,
)
registry.menu_entries.register(
    "applications",
    MenuEntry(
        "admin",
        _("Siegelanträge"),
        "suppliers:applications",
        needs=("secretariat",),
        current=("suppliers:application", "suppliers:review"),
    ),
    order=40,
)


def _rows(queryset, name: str) -> dict:
    rows = list(queryset[: PANEL_ROWS + 1])
    return {name: rows[:PANEL_ROWS], "more": len(rows) > PANEL_ROWS}


def my_suppliers(request) -> dict | None:
    """One's supplier profiles with their seals' status and validity."""
    suppliers = (
        Supplier.objects.filter(pk__in=staff_supplier_ids(request.user))
        .prefetch_related(Prefetch("seals", queryset=Seal.objects.order_by("-valid_until")))
        .order_by("name")
    )
    return _rows(suppliers, "suppliers")


def open_requests(request) -> dict | None:
    """LkSG requests of purchasers that wait for one's answer."""
    requests = (
        DueDiligenceRequest.objects.filter(
            supplier_id__in=staff_supplier_ids(request.user),
            status=DueDiligenceRequest.Status.OPEN,
        )
        .select_related("supplier", "purchaser")
        .order_by("requested_at")
    )
    return _rows(requests, "requests")


def purchaser_requests(request) -> dict | None:
    """A purchaser's requests: open ones, and answered ones whose profiles were shared."""
    purchaser = purchaser_of(request.user)
    if purchaser is None:
        return None
    requests = (
        DueDiligenceRequest.objects.filter(purchaser=purchaser)
        .select_related("supplier")
        .order_by("-requested_at")
    )
    return _rows(requests, "requests")


def supplier_search(request) -> dict | None:
    return {}


def seal_verification(request) -> dict | None:
    return {"form": VerifyForm()}


def applications_waiting(request) -> dict | None:
    """Seal applications submitted and waiting for the office's review."""
    waiting = (
        SealApplication.objects.filter(status=SealApplication.Status.SUBMITTED)
        .select_related("supplier")
        .order_by("submitted_at")
    )
    return _rows(waiting, "applications")


registry.start_panels.register(
    "applications_waiting",
    StartPanel(
        _("Siegelanträge zur Prüfung"),
        "suppliers/start/applications.html",
        applications_waiting,
        needs=("secretariat",),
    ),
    order=26,
)
registry.start_panels.register(
    "supplier_search",
    StartPanel(
        _("Lieferanten suchen"),
        "suppliers/start/search.html",
        supplier_search,
        needs=("purchaser",),
    ),
    order=45,
)
registry.start_panels.register(
    "purchaser_requests",
    StartPanel(
        _("Ihre LkSG-Anfragen"),
        "suppliers/start/purchaser_requests.html",
        purchaser_requests,
        needs=("purchaser",),
    ),
    order=46,
)
registry.start_panels.register(
    "my_suppliers",
    StartPanel(
        _("Lieferantenprofil und Siegel"),
        "suppliers/start/my_suppliers.html",
        my_suppliers,
        needs=("supplier_staff",),
    ),
    order=52,
)
registry.start_panels.register(
    "open_requests",
    StartPanel(
        _("Offene LkSG-Anfragen"),
        "suppliers/start/open_requests.html",
        open_requests,
        needs=("supplier_staff",),
    ),
    order=53,
)
registry.start_panels.register(
    "seal_verification",
    StartPanel(
        _("Siegel prüfen"), "suppliers/start/verify.html", seal_verification, needs=("anonymous",)
    ),
    order=85,
)
