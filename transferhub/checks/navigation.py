"""Checks' capabilities, menu entries and start panels (see lib/navigation.py)."""

from django.utils.translation import gettext_lazy as _

from transferhub.lib import registry
from transferhub.lib.registry import Capability, MenuEntry, StartPanel

from .models import Assessment, Company, Consultancy
from .permissions import consulted_company_ids, consulting_q, served_company_ids

PANEL_ROWS = 10

registry.capabilities.register(
    "company_staff", Capability(query=lambda user: Company.objects.filter(staff=user))
)
registry.capabilities.register(
    "consultant",
    Capability(
        query=lambda user: Consultancy.objects.filter(consulting_q(), consultant__user=user)
    ),
)

registry.menu_entries.register(
    "checks",
    MenuEntry(
        "companies",
        _("Checks"),
        "checks:index",
        current=("checks:instrument", "checks:statistics", "checks:survey"),
    ),
    order=10,
)
registry.menu_entries.register(
    "companies",
    MenuEntry(
        "companies",
        _("Unternehmen und Bewertungen"),
        "checks:companies",
        needs=("company_staff", "consultant", "secretariat"),
        current=(
            "checks:compan",
            "checks:assessment",
            "checks:theme",
            "checks:result",
            "checks:action",
            "checks:measure",
            "checks:declare",
        ),
    ),
    order=20,
)


def my_checks(request) -> dict | None:
    """The latest assessments of the companies one works for, with their progress."""
    company_ids = served_company_ids(request.user)
    assessments = (
        Assessment.objects.filter(company_id__in=company_ids)
        .select_related("company", "version__instrument")
        .order_by("-modified")
    )
    rows = list(assessments[: PANEL_ROWS + 1])
    return {"assessments": rows[:PANEL_ROWS], "more": len(rows) > PANEL_ROWS}


def my_companies(request) -> dict | None:
    """The companies a consultant serves (authorised, current)."""
    companies = Company.objects.filter(pk__in=consulted_company_ids(request.user)).order_by("name")
    rows = list(companies[: PANEL_ROWS + 1])
    return {"companies": rows[:PANEL_ROWS], "more": len(rows) > PANEL_ROWS}


registry.start_panels.register(
    "my_companies",
    StartPanel(
        _("Ihre Unternehmen"), "checks/start/my_companies.html", my_companies, needs=("consultant",)
    ),
    order=50,
)
registry.start_panels.register(
    "my_checks",
    StartPanel(
        _("Ihre Checks"),
        "checks/start/my_checks.html",
        my_checks,
        needs=("company_staff", "consultant"),
    ),
    order=51,
)
