"""The header menu and the start page, put together from what each app registers.

Each app (this one included) keeps a `navigation.py` that registers its capabilities,
menu entries and start panels in `lib.registry` at import; the portal app imports them
all when Django starts (`autodiscover_modules("navigation")`). A new app's pages thus
appear in the menu without an edit to base.html.

What a login holds is asked once per page: the capabilities that need the database
become one `SELECT EXISTS(...), EXISTS(...), ...` (a fixed cost whatever the data).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from django.contrib.auth import get_user_model
from django.db.models import Exists
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from . import registry
from .roles import is_secretariat


def held_capabilities(user) -> frozenset[str]:
    """Names of the registered capabilities the user holds (cached on the user object)."""
    cached = getattr(user, "_th_capabilities", None)
    if cached is not None:
        return cached
    held = {"everyone"}
    queries = {}
    for name, capability in registry.capabilities.items():
        if capability.test is not None:
            if capability.test(user):
                held.add(name)
        elif capability.query is not None and user.is_authenticated:
            queries[f"cap_{len(queries)}"] = (name, capability.query(user))
    if queries:
        annotations = {key: Exists(qs) for key, (_name, qs) in queries.items()}
        row = (
            get_user_model()
            .objects.filter(pk=user.pk)
            .annotate(**annotations)
            .values_list(*annotations)
            .first()
        )
        for key, value in zip(annotations, row or (), strict=False):
            if value:
                held.add(queries[key][0])
    result = frozenset(held)
    if user.is_authenticated:
        user._th_capabilities = result
    return result


def allowed(needs: tuple[str, ...], held: frozenset[str]) -> bool:
    return not needs or any(n in held for n in needs)


@cache
def _url(name: str) -> str | None:
    # Menu URLs take no arguments and no language prefix: reversed once per process.
    try:
        return reverse(name)
    except NoReverseMatch:
        return None


@dataclass
class Link:
    label: str
    url: str
    current: bool


@dataclass
class Area:
    key: str
    label: str
    links: list[Link]

    @property
    def current(self) -> bool:
        return any(link.current for link in self.links)


def menu(user, view_name: str = "") -> list[Area]:
    """The header menu's groups with the links the user may use, in registered order."""
    held = held_capabilities(user)
    areas = {key: Area(key, area.label, []) for key, area in registry.menu_areas.items()}
    for entry in registry.menu_entries:
        if entry.area not in areas or not allowed(entry.needs, held):
            continue
        url = _url(entry.url)
        if url is None:
            continue
        current = view_name == entry.url or any(view_name.startswith(p) for p in entry.current)
        areas[entry.area].links.append(Link(entry.label, url, current))
    return [area for area in areas.values() if area.links]


class Navigation:
    """What base.html shows of the menu, computed when the template first asks."""

    def __init__(self, request) -> None:
        self.request = request
        self._menu = None

    def _areas(self) -> list[Area]:
        if self._menu is None:
            match = getattr(self.request, "resolver_match", None)
            self._menu = menu(self.request.user, match.view_name if match else "")
        return self._menu

    @property
    def areas(self) -> list[Area]:
        """The groups of the main menu (all but the account menu)."""
        return [a for a in self._areas() if a.key != "account"]

    @property
    def account(self) -> list[Link]:
        for area in self._areas():
            if area.key == "account":
                return area.links
        return []


# lib's own part ------------------------------------------------------------------------------

registry.capabilities.register("signed_in", registry.Capability(test=lambda u: u.is_authenticated))
registry.capabilities.register(
    "anonymous", registry.Capability(test=lambda u: not u.is_authenticated)
)
registry.capabilities.register("secretariat", registry.Capability(test=is_secretariat))

registry.menu_areas.register("meetings", registry.MenuArea(_("Sitzungen")), order=10)
registry.menu_areas.register("companies", registry.MenuArea(_("Betriebe")), order=20)
registry.menu_areas.register("admin", registry.MenuArea(_("Verwaltung")), order=30)
registry.menu_areas.register("account", registry.MenuArea(_("Konto")), order=90)

registry.menu_entries.register(
    "audit_log",
    registry.MenuEntry("admin", _("Änderungsprotokoll"), "lib:audit_log", needs=("secretariat",)),
    order=90,
)
