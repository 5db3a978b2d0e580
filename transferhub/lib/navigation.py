"""The header menu and the start page, put together from what each app registers.

Each app (this one included) keeps a `navigation.py` that registers its capabilities,
menu entries and start panels in `lib.registry` at import; the portal app imports them
all when Django starts (`autodiscover_modules("navigation")`). A new app's pages thus
appear in the menu without an edit to base.html.

What a login holds is asked once per page: the capabilities that need the database
become one `SELECT EXISTS(...), EXISTS(...), ...` (a fixed cost whatever the data).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import cache as memoize
from functools import lru_cache

from django.contrib.auth import get_user_model
from django.db.models import Exists
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from . import registry
from .roles import is_secretariat

# The menu asks what a login holds on every page. The answer is worked out at login and
# kept in the session (so every worker has it) for this long; pages check permissions
# themselves, the menu may lag a role change by as much.
SESSION_KEY = "th_capabilities"
FRESH_SECONDS = 300


def menu_capabilities(request) -> frozenset[str]:
    """What the request's login holds, for the menu: from the session while fresh."""
    user = request.user
    session = getattr(request, "session", None)
    if not user.is_authenticated or session is None:
        return held_capabilities(user)
    stored = session.get(SESSION_KEY)
    if stored and stored[0] == user.pk and time.time() - stored[1] < FRESH_SECONDS:
        return frozenset(stored[2])
    held = held_capabilities(user)
    remember_capabilities(request, held)
    return held


def remember_capabilities(request, held: frozenset[str], user=None) -> None:
    """Keep a fresh answer in the session (at login, and when the start page works it out)."""
    user = user or request.user
    session = getattr(request, "session", None)
    if session is not None and user.is_authenticated:
        session[SESSION_KEY] = [user.pk, time.time(), sorted(held)]


def on_login(sender, request, user, **kwargs) -> None:
    """Work out what a login holds when it signs in (user_logged_in)."""
    if request is not None and hasattr(request, "session"):
        remember_capabilities(request, held_capabilities(user), user)


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


@memoize
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


def menu(held: frozenset[str], view_name: str = "") -> list[Area]:
    """The header menu's groups with the links a login holding `held` may use, in order."""
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


def _links_html(links: list[Link]) -> str:
    return "".join(
        format_html(
            '<li><a href="{}"{}>{}</a></li>',
            link.url,
            mark_safe(' aria-current="page"') if link.current else "",
            link.label,
        )
        for link in links
    )


@lru_cache(maxsize=1024)
def menu_html(held: frozenset[str], view_name: str, language: str) -> tuple[str, str]:
    """The main menu's groups and the account menu's links as HTML (memoised: every page
    of a kind shows the same menu to the same roles, so it is built once per process)."""
    areas = menu(held, view_name)
    main = "".join(
        format_html(
            '<li><details class="menu-area"><summary{}>{}</summary><ul>{}</ul></details></li>',
            mark_safe(' class="current"') if area.current else "",
            area.label,
            mark_safe(_links_html(area.links)),  # noqa: S308 - built by format_html
        )
        for area in areas
        if area.key != "account"
    )
    account = "".join(_links_html(a.links) for a in areas if a.key == "account")
    return mark_safe(main), mark_safe(account)  # noqa: S308 - built by format_html


class Navigation:
    """What base.html shows of the menu, worked out when the template first asks."""

    def __init__(self, request) -> None:
        self.request = request
        self._html = None

    def _parts(self) -> tuple[str, str]:
        if self._html is None:
            match = getattr(self.request, "resolver_match", None)
            self._html = menu_html(
                menu_capabilities(self.request),
                match.view_name if match else "",
                get_language() or "",
            )
        return self._html

    @property
    def areas_html(self) -> str:
        """The groups of the main menu as <li> elements (all but the account menu)."""
        return self._parts()[0]

    @property
    def account_html(self) -> str:
        """The account menu's links as <li> elements."""
        return self._parts()[1]


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
registry.menu_entries.register(
    "schedule",
    registry.MenuEntry("admin", _("Zeitplan"), "lib:schedule", needs=("secretariat",)),
    order=95,
)
