"""Write the audit trail (ActionLog) and describe its entries for readers."""

from dataclasses import dataclass, field
from typing import Any

from django.db import models
from django.db.models import Q
from django.urls import NoReverseMatch, reverse

from . import registry
from .models import ActionLog


def log_action(actor, action: str, obj: models.Model, *, meeting_id=None, **data: Any) -> ActionLog:
    """Record that `actor` did `action` to `obj`."""
    if meeting_id is None and obj.__class__.__name__ == "Meeting":
        meeting_id = obj.pk
    return ActionLog.objects.create(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        object_type=obj._meta.label_lower,
        object_id=obj.pk,
        meeting_id=meeting_id if meeting_id is not None else getattr(obj, "meeting_id", None),
        data=data,
    )


# --- Reading the trail (the secretariat's page /verwaltung/aenderungen/) ---------------
#
# Each app registers the words for its entries in its AppConfig.ready() (audit_register):
# the kinds the page filters by, a label per action, a name and a page per object type.


@dataclass(frozen=True)
class Kind:
    """A kind of object the page filters by: its label, action prefixes and place in the list."""

    label: Any
    prefixes: tuple[str, ...]
    position: int = 100


@dataclass(frozen=True)
class AuditLabels:
    """An app's words for its entries.

    objects: object type → (name, page): the page is a URL name taking the object's id,
    or a function(entry, data, lookups) giving the URL, or None. gone: actions after
    which the object no longer exists (no link to a page that would answer 404).
    """

    kinds: dict[str, Kind] = field(default_factory=dict)
    actions: dict[str, Any] = field(default_factory=dict)
    objects: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    gone: frozenset[str] = frozenset()


def audit_register(app: str, labels: AuditLabels) -> None:
    """Add an app's words for the audit log page (call from AppConfig.ready())."""
    registry.audit_labels.register(app, labels)


def kinds() -> dict[str, tuple[Any, tuple[str, ...]]]:
    """The kinds of every app in their order: name → (label, action prefixes).

    Two apps may add prefixes to one kind (protocols' imports are minutes too)."""
    merged: dict[str, list] = {}
    for labels in registry.audit_labels:
        for name, kind in labels.kinds.items():
            entry = merged.setdefault(name, [kind.label, (), kind.position])
            entry[1] += kind.prefixes
            entry[2] = min(entry[2], kind.position)
    ordered = sorted(merged.items(), key=lambda item: item[1][2])
    return {name: (label, prefixes) for name, (label, prefixes, _pos) in ordered}


def kind_choices() -> list[tuple[str, Any]]:
    return [(name, label) for name, (label, _prefixes) in kinds().items()]


_TABLES: dict[tuple, dict[str, dict]] = {}


def _merged(attribute: str) -> dict:
    """One table of all apps' actions or objects (kept while the registrations stay)."""
    key = tuple(map(id, registry.audit_labels))
    tables = _TABLES.get(key)
    if tables is None:
        _TABLES.clear()  # registrations changed: the old tables are stale
        tables = _TABLES[key] = {}
    if attribute not in tables:
        out: dict = {}
        for labels in registry.audit_labels:
            out.update(getattr(labels, attribute))
        tables[attribute] = out
    return tables[attribute]


def kind_filter(kind: str) -> Q:
    """Return the condition that selects the entries of one kind (see kinds())."""
    q = Q()
    for prefix in kinds()[kind][1]:
        q |= Q(action__startswith=prefix)
    return q


# Values in data that name the object better than its id.
NAME_KEYS = ("number", "name", "title")


def action_label(action: str) -> str:
    return str(_merged("actions").get(action, action))


def object_label(entry: ActionLog) -> str:
    """Say which object an entry is about: its kind and its number, name or id."""
    kind, _url = _merged("objects").get(entry.object_type, (entry.object_type, None))
    data = entry.data if isinstance(entry.data, dict) else {}
    for key in NAME_KEYS:
        if isinstance(data.get(key), str | int) and data.get(key) != "":
            return f"{kind} {data[key]}"
    return f"{kind} #{entry.object_id}"


def object_url(entry: ActionLog, lookups: dict | None = None) -> str | None:
    """Where the secretariat opens the object (or, failing that, its meeting), or None.

    `lookups` holds what the page fetched for all its entries at once (see
    registry.audit_lookups), e.g. "network.membership": membership id → body id.
    """
    objects = _merged("objects")
    _kind, page = objects.get(entry.object_type, ("", None))
    data = entry.data if isinstance(entry.data, dict) else {}
    gone = entry.action in _gone() or entry.action == "person.erased"
    try:
        if callable(page):
            return page(entry, data, lookups or {})
        if page and not gone:
            return reverse(page, args=[entry.object_id])
        meeting_page = objects.get("meetings.meeting", ("", None))[1]
        if entry.meeting_id and meeting_page:
            return reverse(meeting_page, args=[entry.meeting_id])
    except NoReverseMatch:
        return None
    return None


def _gone() -> set[str]:
    return {action for labels in registry.audit_labels for action in labels.gone}


def _short(value: Any, limit: int = 80) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, list | tuple):
        text = ", ".join(_short(v, limit) for v in value)
    elif isinstance(value, dict):
        text = ", ".join(f"{k}: {_short(v, limit)}" for k, v in value.items())
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


ARROW = "→"


def summary(data: Any) -> list[str]:
    """Describe an entry's data in short lines: "field: before → after", "key: value"."""
    if not isinstance(data, dict) or not data:
        return []
    lines = []
    before, after = data.get("before"), data.get("after")
    if isinstance(before, dict) or isinstance(after, dict):
        before = before if isinstance(before, dict) else {}
        after = after if isinstance(after, dict) else {}
        for key in dict.fromkeys([*before, *after]):
            lines.append(f"{key}: {_short(before.get(key))} {ARROW} {_short(after.get(key))}")
    elif "before" in data or "after" in data:
        lines.append(f"{_short(before)} {ARROW} {_short(after)}")
    for key, value in data.items():
        if key in ("before", "after"):
            continue
        lines.append(f"{key}: {_short(value)}")
    return lines
