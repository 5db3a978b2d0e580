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
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

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


pickers: Registry[Picker] = Registry("Type-ahead pickers: kind → Picker.")


def words(query: str) -> list[str]:
    return [w for w in query[:MAX_QUERY].split() if w][:5]


def options_html(picker: Picker, objects, *, selected: str = "", empty: str | None) -> str:
    parts = [format_html('<option value="">{}</option>', empty)] if empty is not None else []
    for obj in objects:
        parts.append(
            format_html(
                '<option value="{}"{}>{}</option>',
                obj.pk,
                mark_safe(" selected") if str(obj.pk) == selected else "",
                picker.label(obj),
            )
        )
    return mark_safe("".join(parts))  # noqa: S308 - every piece escaped by format_html


def _first(picker: Picker, qs: QuerySet, prefer: str) -> list:
    """The first MATCHES rows of `qs`, those that fit `prefer` first, each group in qs's order.

    Two queries each bounded by MATCHES (the preferred few, then the others in qs's order,
    which an index on that order serves), not one sorting every row by whether it fits: at
    20,000 people that sort cost 30-80 ms on every page with a person picker.
    """
    if not (prefer and prefer.isdigit() and len(prefer) < 12 and picker.prefer is not None):
        return list(qs[:MATCHES])
    first = list(picker.prefer(qs, prefer)[:MATCHES])
    if len(first) == MATCHES:
        return first
    # All preferred rows are read: the rest are the others.
    return first + list(qs.exclude(pk__in=[o.pk for o in first])[: MATCHES - len(first)])


def matches(kind: str, query: str, prefer: str = "") -> list:
    picker = pickers.get(kind)
    candidates = picker.candidates()
    if words(query):
        candidates = picker.search(candidates, words(query))
    return _first(picker, candidates, prefer)


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
        shown = _first(picker, picker.candidates(), self.prefer)
        if selected and all(str(o.pk) != selected for o in shown):
            current = picker.candidates().filter(pk=selected).first()
            if current is not None:
                shown.insert(0, current)
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
        options = options_html(picker, shown, selected=selected, empty=empty)
        return format_html('<span class="picker">{}{}{}</select></span>', search, head, options)
