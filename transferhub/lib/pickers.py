"""Type-ahead pickers for people, organisations and bodies: never the whole list.

A `PickerSelect` renders a search box above a <select> holding only the chosen value and
the first MATCHES candidates. Typing asks `/auswahl/<kind>/?q=…` (htmx) for at most
MATCHES options that replace the select's; without JavaScript the select still offers
its first candidates. The field's own queryset still validates what is sent.

Apps register what each kind searches (`pickers.register("person", Picker(...))`, in
their navigation.py) and who may ask; the endpoint lives in the portal app.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from .db import fixed_rows, rows_by_ids
from .registry import Registry

MATCHES = 20
MAX_QUERY = 100


@dataclass(frozen=True)
class Picker:
    """What a kind of picker offers: `candidates()` ordered, `search(qs, words)` filtered,
    `label(obj)` shown; asked only by logins holding one of `needs`."""

    candidates: Callable[[], QuerySet]
    search: Callable[[QuerySet, list[str]], QuerySet]
    label: Callable[[Any], str] = str
    needs: tuple[str, ...] = ("secretariat", "manager")
    search_label: Any = ""
    # `prefer(qs, value)`: the rows of `qs` that fit `value` (a person picker given a body
    # id: the body's members), listed before the others; None: no preference.
    prefer: Callable[[QuerySet, str], QuerySet] | None = None
    # The values `row_label(*values)` names a row by, the same as `label(obj)`: the list is
    # then read as rows, its SQL built once (a person picker's two queries cost 1.8 ms of
    # Django building them, for 0.1 ms of SQL); empty: read as model instances.
    columns: tuple[str, ...] = ()
    row_label: Callable[..., str] | None = None


pickers: Registry[Picker] = Registry("Type-ahead pickers: kind → Picker.")


def words(query: str) -> list[str]:
    return [w for w in query[:MAX_QUERY].split() if w][:5]


def options_html(picker: Picker, objects, *, selected: str = "", empty: str | None) -> str:
    """<option>s of model instances or of the (pk, label) pairs `matches` gives."""
    pairs = [o if isinstance(o, tuple) else (o.pk, picker.label(o)) for o in objects]
    return _options(pairs, selected, empty)


def _options(pairs: list[tuple], selected: str, empty: str | None) -> str:
    """<option>s of (pk, label) pairs, `selected` marked, `empty` (if given) first."""
    parts = [format_html('<option value="">{}</option>', empty)] if empty is not None else []
    for pk, label in pairs:
        parts.append(
            format_html(
                '<option value="{}"{}>{}</option>',
                pk,
                mark_safe(" selected") if str(pk) == selected else "",
                label,
            )
        )
    return mark_safe("".join(parts))  # noqa: S308 - every piece escaped by format_html


def _first(picker: Picker, qs: QuerySet, prefer: str, *, fixed: str = "") -> list[tuple]:
    """(pk, label) of the first MATCHES rows of `qs`, those that fit `prefer` first, each
    group in qs's order.

    Two queries each bounded by MATCHES (the preferred few, then the others in qs's order,
    which an index on that order serves), not one sorting every row by whether it fits: at
    20,000 people that sort cost 30-80 ms on every page with a person picker. `fixed`: a
    name for `qs` when it is always the same query (the kind's candidates, nothing typed):
    with `columns` its SQL is then built once per process.
    """
    if not (prefer and prefer.isdigit() and len(prefer) < 12 and picker.prefer is not None):
        return _pairs(picker, qs, fixed and f"picker:{fixed}")
    if fixed and picker.columns:
        # The preferred rows' SQL names the day (a current membership): built once a day.
        key = f"picker:{fixed}:prefer:{timezone.localdate()}"
        first = _rows(picker, qs.model, key, [int(prefer)], lambda ids: picker.prefer(qs, ids[0]))
    else:
        first = _pairs(picker, picker.prefer(qs, prefer))
    if len(first) == MATCHES:
        return first
    # All preferred rows are read: the rest are the others.
    if not first:
        return _pairs(picker, qs, fixed and f"picker:{fixed}")
    seen = [pk for pk, _label in first]
    if fixed and picker.columns:
        key = f"picker:{fixed}:others"
        others = _rows(
            picker, qs.model, key, seen, lambda ids: qs.exclude(pk__in=ids), MATCHES - len(seen)
        )
        return first + others
    return first + _pairs(picker, qs.exclude(pk__in=seen), limit=MATCHES - len(first))


def _pairs(picker: Picker, qs: QuerySet, fixed: str = "", limit: int = MATCHES) -> list[tuple]:
    """(pk, label) of the first `limit` rows of `qs`; `fixed`: its SQL is always the same."""
    if not picker.columns:
        return [(obj.pk, picker.label(obj)) for obj in qs[:limit]]
    rows = qs.values_list("pk", *picker.columns)[:limit]
    return [
        (row[0], picker.row_label(*row[1:])) for row in (fixed_rows(fixed, rows) if fixed else rows)
    ]


def _rows(
    picker: Picker, model, key: str, ids: list[int], build, limit: int = MATCHES
) -> list[tuple]:
    """(pk, label) of the first `limit` rows of the queryset `build(ids)`, its SQL built once
    per key and number of ids (lib.db.rows_by_ids): `build` takes nothing else from outside."""
    rows = rows_by_ids(
        key, model, ids, lambda marks: build(marks).values_list("pk", *picker.columns)[:limit]
    )
    return [(row[0], picker.row_label(*row[1:])) for row in rows]


def matches(kind: str, query: str, prefer: str = "") -> list[tuple]:
    """(pk, label) of at most MATCHES rows of a kind with the words of `query`."""
    picker = pickers.get(kind)
    candidates = picker.candidates()
    if words(query):
        return _first(picker, picker.search(candidates, words(query)), prefer)
    return _first(picker, candidates, prefer, fixed=kind)


class PickerSelect(forms.Select):
    """A <select> with a search box: the chosen value and at most MATCHES candidates."""

    def __init__(self, kind: str, attrs=None, prefer: str = "") -> None:
        super().__init__(attrs)
        self.kind = kind
        self.prefer = str(prefer or "")

    @classmethod
    def on(cls, field: forms.Field, kind: str, *, prefer="") -> None:
        """Give a form's choice field this widget (after the field was made); `prefer`
        (a body id for people) lists those that fit it first, also while typing."""
        widget = cls(kind, prefer=prefer)
        widget.is_required = field.required
        field.widget = widget

    def render(self, name, value, attrs=None, renderer=None):
        picker = pickers.get(self.kind)
        attrs = self.build_attrs(self.attrs, attrs)
        select_id = attrs.get("id") or f"id_{name}"
        selected = str(value[0] if isinstance(value, list | tuple) else value or "")
        selected = "" if selected == "None" else selected
        shown = _first(picker, picker.candidates(), self.prefer, fixed=self.kind)
        if selected and all(str(pk) != selected for pk, _label in shown):
            shown[:0] = _pairs(picker, picker.candidates().filter(pk=selected), limit=1)
        empty = _("– keine Auswahl –") if not self.is_required else _("– bitte wählen –")
        search_attrs = {
            "hx-get": reverse("portal:picker", args=[self.kind]),
            "hx-trigger": "input changed delay:300ms, search",
            "hx-target": f"#{select_id}",
            "hx-swap": "innerHTML",
            "hx-vals": json.dumps(
                {"optional": "" if self.is_required else "1"}
                | ({"prefer": self.prefer} if self.prefer else {})
            ),
        }
        search = format_html(
            '<input type="search" class="picker-search" name="q" form="picker-none"'
            ' autocomplete="off" maxlength="{}" aria-label="{}" aria-controls="{}"'
            ' placeholder="{}"{}>',
            MAX_QUERY,
            picker.search_label or _("Suchen"),
            select_id,
            _("Namen eingeben …"),
            mark_safe("".join(format_html(' {}="{}"', k, v) for k, v in search_attrs.items())),
        )
        select_attrs = {**attrs, "id": select_id, "name": name}
        head = format_html(
            "<select{}>",
            mark_safe(
                "".join(
                    format_html(' {}="{}"', k, v)
                    for k, v in select_attrs.items()
                    if v is not False and v is not None and v is not True
                )
                + "".join(format_html(" {}", k) for k, v in select_attrs.items() if v is True)
            ),
        )
        options = _options(shown, selected, empty)
        return format_html('<span class="picker">{}{}{}</select></span>', search, head, options)
