"""Registries through which the apps above lib and network add their parts.

`lib` imports no app and `network` only `lib` (see lib/tests/test_imports_point_one_way.py),
yet a person's data export must reach every app's records and the demo must load every
app's data. So each app registers its part in its `AppConfig.ready()`, the way pretix
lets each module register its exporters and data shredders::

    from transferhub.lib import registry

    registry.privacy_export.register("tasks", tasks_of, order=50)
    registry.demo_data.register("decisions", Demo(load=demo_topics), order=40)

Entries are kept by name (registering a name again replaces it, so a second `ready()`
is harmless) and listed by `order`, then by when they were registered.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Registry(Generic[T]):
    """Named entries, listed in a stable order."""

    def __init__(self, doc: str) -> None:
        self.__doc__ = doc
        self._entries: dict[str, tuple[int, T]] = {}

    def register(self, name: str, value: T, *, order: int = 100) -> T:
        self._entries[name] = (order, value)
        return value

    def items(self) -> list[tuple[str, T]]:
        ranked = sorted(enumerate(self._entries.items()), key=lambda e: (e[1][1][0], e[0]))
        return [(name, value) for _n, (name, (_order, value)) in ranked]

    def names(self) -> list[str]:
        return [name for name, _value in self.items()]

    def __iter__(self) -> Iterator[T]:
        return iter([value for _name, value in self.items()])

    def __contains__(self, name: str) -> bool:
        return name in self._entries

    def get(self, name: str, default: Any = None) -> T | Any:
        entry = self._entries.get(name)
        return entry[1] if entry else default


# --- Navigation: the menu, the start page and who may see them (lib/navigation.py) ---------


@dataclass(frozen=True)
class Capability:
    """Something a login is or may do, asked for the menu and the start page.

    `query(user)` gives a queryset that has a row when the user holds it (all of them are
    asked in one SQL query per page); `test(user)` answers from what the request already
    knows (is_secretariat, body_roles).
    """

    query: Callable[[Any], Any] | None = None
    test: Callable[[Any], bool] | None = None


capabilities: Registry[Capability] = Registry(
    "What a login is or may do (secretariat, member, company_staff, purchaser, ...): name → Capability."
)


@dataclass(frozen=True)
class MenuArea:
    """A group of the header menu (Sitzungen, Betriebe, Verwaltung, the account menu)."""

    label: Any


menu_areas: Registry[MenuArea] = Registry("The header menu's groups: key → MenuArea.")


@dataclass(frozen=True)
class MenuEntry:
    """A link in the header menu, shown to whoever holds one of `needs` (none: everyone).

    `url` is a URL name without arguments; `current` are view-name prefixes ("meetings:")
    under which the entry is marked as the current page.
    """

    area: str
    label: Any
    url: str
    needs: tuple[str, ...] = ()
    current: tuple[str, ...] = ()


menu_entries: Registry[MenuEntry] = Registry("Links of the header menu: name → MenuEntry.")


@dataclass(frozen=True)
class StartPanel:
    """A panel of the start page for whoever holds one of `needs` (none: everyone).

    `context(request)` returns the template's context, or None to leave the panel out; it
    must cost a fixed number of queries whatever the amount of data (a slice, a capped count).
    """

    title: Any
    template: str
    context: Callable[[Any], dict | None]
    needs: tuple[str, ...] = ()


start_panels: Registry[StartPanel] = Registry("Panels of the start page: name → StartPanel.")


# --- Privacy: a person's data (Auskunft, Art. 15 DSGVO) and its erasure -------------------

privacy_export: Registry[Callable[[Any], Any]] = Registry(
    "Sections of a person's data export: name → function(person) → plain data."
)


@dataclass(frozen=True)
class Eraser:
    """What goes with a person when they are erased.

    `relations` are the person's reverse relations that are the person's own data (not
    a record the minutes keep), so they do not make us keep the person; `person`
    deletes them; `login` clears what hangs on the person's login when the person is
    kept pseudonymised.
    """

    relations: tuple[str, ...] = ()
    person: Callable[[Any], None] | None = None
    login: Callable[[Any], None] | None = None


privacy_erase: Registry[Eraser] = Registry("What each app erases of a person: name → Eraser.")


# --- Demo data (`transferhub demo`) -------------------------------------------------------


@dataclass(frozen=True)
class Demo:
    """An app's part of the demo.

    `load(ctx)` runs after the parts of lower order and may read and add to `ctx` (a
    dict: "users", "bodies", "password", "seed", "meeting", ...); `reset()` removes the
    app's demo data, run in the reverse order; `logins` are (username, given name,
    family name, what) shown after loading.
    """

    load: Callable[[dict], None] | None = None
    reset: Callable[[], None] | None = None
    logins: list[tuple[str, str, str, str]] = field(default_factory=list)


demo_data: Registry[Demo] = Registry("Each app's part of the demo: name → Demo.")


# --- The audit log's page -----------------------------------------------------------------

audit_labels: Registry[Any] = Registry(
    "Each app's words for its audit log entries: app → lib.audit.AuditLabels (see audit_register)."
)

audit_lookups: Registry[Callable[[set[int]], dict]] = Registry(
    "Bulk lookups the audit log page names its entries with: name → function(ids) → {id: x}."
    ' "meetings" gets the meeting ids of the page; an object type ("network.membership") the'
    " ids of its entries of that type; the results reach the object's page function."
)


# --- Forms the apps above meetings show with each agenda item -----------------------------


@dataclass(frozen=True)
class ItemForm:
    """An add form shown with each agenda item: on the item's page, made as
    `form_class(meeting=...)`, and, when `on_recording_page`, rendered once per item on the
    recording page (as `<name>_html`)."""

    form_class: type
    on_recording_page: bool = False


agenda_item_forms: Registry[ItemForm] = Registry(
    'Add forms shown with each agenda item: context name ("decision_form") → ItemForm.'
)


# --- Planning the agenda, by the app above meetings that keeps series and proposals -------

meeting_planning: Registry[Callable[[Any], str]] = Registry(
    "Links the meeting pages offer to the planning app (planning registers them):"
    ' "plan_url" → function(body) → the page planning its next meeting from template, copy'
    ' or backlog; "proposals_url" → function(meeting) → the page to propose agenda items.'
)


# --- Files an app makes that apps below it send ---------------------------------------------

exporters: Registry[Callable[[Any], tuple[str, str, bytes]]] = Registry(
    "Files made by an app for the apps below it: name → function(obj) → (filename, mimetype,"
    ' bytes). Known: "protocol_pdf" (a meeting\'s protocol as PDF, from protocols).'
)


# --- Meetings that are only records ---------------------------------------------------------

minutes_record_meetings: Registry[Callable[[], Any]] = Registry(
    "Meetings kept only as a record of a decision taken elsewhere (a written procedure), "
    "whose minutes no later meeting approves: name → function() → a queryset of meeting ids."
)

public_meetings: Registry[Callable[[], Any]] = Registry(
    "Upcoming meetings anyone may see before they are held (the public calendar): "
    "name → function() → a queryset of meeting ids. None registered: none are public."
)


# --- Invitations, sent by the app above meetings that keeps them --------------------------

meeting_invitations: Registry[Callable[..., Any]] = Registry(
    "How a meeting's invitations go out (the invitations app registers them):"
    ' "send" → function(meeting=, actor=) → number of invitations made;'
    ' "preview_url" → function(meeting) → the URL of the page that previews them;'
    ' "deliveries_url" → function(meeting) → the URL of the approved minutes\' delivery log.'
)


# --- The review of draft minutes, by the app above meetings that keeps the rounds ----------

meeting_review: Registry[Callable[..., Any]] = Registry(
    "The review round's link on a meeting page (the reviews app registers it):"
    ' "link" → function(meeting, user) → (label, URL) or None.'
)


# --- Periodic jobs the worker runs on a schedule (lib/scheduler.py) -----------------------


@dataclass(frozen=True)
class Periodic:
    """A job the worker runs on a schedule instead of a cron line.

    `run` is the dotted path of a function without arguments (or of a django-tasks task),
    imported when it runs. `at="HH:MM"` (local time) runs it daily at that time of day;
    `minutes=N` every N minutes instead. A failed run is tried again after
    `retry_minutes` (at most the interval).
    """

    run: str
    minutes: int = 0
    at: str = ""
    retry_minutes: int = 5

    def __post_init__(self) -> None:
        if bool(self.minutes) == bool(self.at):
            raise ValueError(f"{self.run}: give either minutes or at")

    @property
    def every(self):
        import datetime as dt

        return dt.timedelta(minutes=self.minutes) if self.minutes else dt.timedelta(days=1)


periodic_jobs: Registry[Periodic] = Registry(
    'Work each app wants done on a schedule (lib/scheduler.py): name ("decisions.reminders")'
    " → Periodic."
)
