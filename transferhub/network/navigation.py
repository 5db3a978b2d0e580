"""The network's menu entries, capabilities and start panels (see lib/navigation.py)."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from transferhub.lib import registry
from transferhub.lib.pickers import Picker, pickers
from transferhub.lib.registry import Capability, MenuEntry, StartPanel

from .models import Body, InterestRequest, Membership, Organisation, Person
from .permissions import body_roles, current_membership_q, managed_body_ids, person_of

PANEL_ROWS = 10

registry.capabilities.register("member", Capability(test=lambda u: bool(body_roles(u))))
registry.capabilities.register(
    "manager", Capability(test=lambda u: u.is_authenticated and managed_body_ids(u) != set())
)

registry.menu_entries.register(
    "bodies",
    MenuEntry("meetings", _("Gremien"), "network:bodies", current=("network:bod",)),
    order=20,
)
registry.menu_entries.register(
    "people",
    MenuEntry(
        "admin",
        _("Personen"),
        "network:people",
        needs=("secretariat",),
        current=("network:person",),
    ),
    order=10,
)
registry.menu_entries.register(
    "organisations",
    MenuEntry(
        "admin",
        _("Organisationen"),
        "network:organisations",
        needs=("secretariat",),
        current=("network:organisation",),
    ),
    order=20,
)
registry.menu_entries.register(
    "interests",
    MenuEntry(
        "admin",
        _("Interessensbekundungen"),
        "network:interests",
        needs=("secretariat", "manager"),
        current=("network:interest",),
    ),
    order=30,
)
registry.menu_entries.register(
    "my_data",
    MenuEntry(
        "account",
        _("Meine Daten"),
        "network:my_data",
        needs=("signed_in",),
        current=("network:my_data",),
    ),
    order=20,
)


def my_bodies(request) -> dict | None:
    """The bodies the person belongs to, with their role."""
    memberships = (
        Membership.objects.filter(current_membership_q(), person__user=request.user)
        .select_related("body")
        .order_by("body__name")[: PANEL_ROWS + 1]
    )
    rows = list(memberships)
    return {"memberships": rows[:PANEL_ROWS], "more": len(rows) > PANEL_ROWS}


def interests_waiting(request) -> dict | None:
    """Requests to join a body that wait for a decision (of the bodies one manages)."""
    pending = InterestRequest.objects.filter(status=InterestRequest.Status.PENDING)
    managed = managed_body_ids(request.user)
    if managed is not None:
        pending = pending.filter(body_id__in=managed)
    rows = list(pending.select_related("person", "body").order_by("created")[: PANEL_ROWS + 1])
    return {"interests": rows[:PANEL_ROWS], "more": len(rows) > PANEL_ROWS}


def no_person(request) -> dict | None:
    """Say so when a login has no person in the network (nothing else explains it)."""
    return None if person_of(request.user) is not None else {"today": timezone.localdate()}


registry.start_panels.register(
    "no_person",
    StartPanel(
        _("Zugang ohne Person"), "network/start/no_person.html", no_person, needs=("signed_in",)
    ),
    order=1,
)
registry.start_panels.register(
    "my_bodies",
    StartPanel(_("Ihre Gremien"), "network/start/my_bodies.html", my_bodies, needs=("member",)),
    order=30,
)
registry.start_panels.register(
    "interests_waiting",
    StartPanel(
        _("Anfragen zur Mitarbeit"),
        "network/start/interests.html",
        interests_waiting,
        needs=("secretariat", "manager"),
    ),
    order=25,
)


# Type-ahead pickers (lib/pickers.py) ------------------------------------------------------


def person_label(person: Person) -> str:
    """ "Kruse, Prof. Dr. Oliver (Offensive Mittelstand)": sorted by family name."""
    organisation = str(person.organisation) if person.organisation_id else None
    return _person_row_label(person.family_name, person.title, person.given_name, organisation)


def _person_row_label(family_name, title, given_name, organisation) -> str:
    """person_label of the values the person picker reads (its `columns`)."""
    name = ", ".join(p for p in (family_name, f"{title} {given_name}".strip()) if p)
    return f"{name} ({organisation})" if organisation is not None else name


def _members(qs, body_id: str):
    """The people of `qs` holding a current membership of the body (the picker lists them
    first): read through the body's memberships, not by asking every person."""
    members = Membership.objects.filter(current_membership_q(), body_id=body_id)
    return qs.filter(pk__in=members.values("person_id"))


def _each_word(qs, words, fields):
    for word in words:
        where = Q()
        for field in fields:
            where |= Q(**{f"{field}__icontains": word})
        qs = qs.filter(where)
    return qs


def _person_search(qs, words):
    """Each word in the given or family name or the organisation's name or short name.

    The organisations are matched apart (a small table, read once per word), so a person is
    tested on its own row: read in name order, the search stops at the list's end, and a
    word that matches nobody is tested in the name index, no person joined to anything."""
    for word in words:
        organisations = Organisation.objects.filter(
            Q(name__icontains=word) | Q(short_name__icontains=word)
        )
        qs = qs.filter(
            Q(given_name__icontains=word)
            | Q(family_name__icontains=word)
            | Q(organisation__in=organisations.values("pk"))
        )
    return qs


pickers.register(
    "person",
    Picker(
        candidates=lambda: Person.objects.select_related("organisation").order_by(
            "family_name", "given_name", "pk"
        ),
        search=_person_search,
        label=person_label,
        search_label=_("Person suchen"),
        prefer=_members,
        columns=("family_name", "title", "given_name", "organisation__name"),
        row_label=_person_row_label,
    ),
)
pickers.register(
    "organisation",
    Picker(
        candidates=lambda: Organisation.objects.order_by("name", "pk"),
        search=lambda qs, words: _each_word(qs, words, ("name", "short_name", "town")),
        search_label=_("Organisation suchen"),
    ),
)
pickers.register(
    "body",
    Picker(
        candidates=lambda: Body.objects.order_by("name", "pk"),
        search=lambda qs, words: _each_word(qs, words, ("name", "short_name")),
        label=lambda body: body.name,
        search_label=_("Gremium suchen"),
        columns=("name",),
        row_label=str,
        needs=("secretariat", "manager", "member"),
    ),
)
