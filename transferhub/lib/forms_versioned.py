"""Edit forms that know what they showed: the version, the values, and what the user changed.

A form rendered from version 7 of a record carries `version=7` in a hidden field and renders
each value a second time as a hidden initial (Django's `show_hidden_initial`). On save:

* `changes()` holds only the fields the user changed against what the form showed, so a form
  never writes back a value the user did not touch;
* `save_versioned` calls the service with `expected_version=7`. When the record has moved on
  (`StaleVersion`), it compares what the others changed with what this user changed. If the
  two do not overlap (or both set the same value), the user's changes are applied on top of
  the current version: an owner setting a task's status and the chair rewording its text at
  the same moment both keep their change. If they overlap, the save is refused: the form
  keeps what the user typed, now carries the current version (and the others' values in the
  fields the user left alone), and the page shows both versions side by side
  (lib/_stale_version.html) to merge and save again. Nothing is overwritten silently.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Model
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .versioning import StaleVersion

T = TypeVar("T")
MISSING = object()  # a form posted without the hidden initial of a field: what it showed is unknown


def comparable(value: Any) -> Any:
    """A value as the comparisons see it: a row by its key, text without CR or outer blanks."""
    if isinstance(value, Model):
        return value.pk
    if isinstance(value, str):
        value = value.replace("\r\n", "\n").replace("\r", "\n").strip()
        return value or None
    return value


@dataclass
class StaleRow:
    label: str
    yours: str
    saved: str
    # "both": both sides changed it, differently; "yours": only you; "theirs": only the
    # others, and the form now holds their value.
    changed_by: str


class VersionedForm(forms.Form):
    """An edit form of one versioned record (see the module's docstring).

    Subclasses list the record's values in `values_of(record)` (also the form's initial) and
    may tie fields that are only valid together (`linked`): a change to one counts for all.
    Fields in `untracked` (a correction's reason) are not values of the record.
    """

    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)

    linked: tuple[tuple[str, ...], ...] = ()
    untracked: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.tracked():
            self.fields[name].show_hidden_initial = True
        self.stale: dict | None = None

    @classmethod
    def values_of(cls, record) -> dict:
        """The record's current values, keyed by field name, as the form shows them."""
        raise NotImplementedError

    @classmethod
    def initial_of(cls, record) -> dict:
        return {**cls.values_of(record), "version": record.version}

    def tracked(self) -> list[str]:
        skip = {"version", "submit_token", *self.untracked}
        return [name for name in self.fields if name not in skip]

    def clean(self):
        data = super().clean()
        if data.get("version") is None and "version" not in self.errors:
            raise ValidationError(
                _(
                    "Das Formular gibt nicht an, von welcher Fassung es ausging. Bitte laden "
                    "Sie die Seite neu und geben Sie Ihre Änderung noch einmal ein."
                )
            )
        return data

    # What the form showed, what the user changed ----------------------------------------

    def shown(self, name: str) -> Any:
        """The value the form showed for `name` when it was rendered, or MISSING."""
        bound = self[name]
        key = bound.html_initial_name
        if key not in self.data:
            return MISSING
        raw = self._widget_data_value(bound.field.hidden_widget(), key)
        try:
            return bound.field.to_python(raw)
        except ValidationError:
            return MISSING

    def _group(self, name: str) -> tuple[str, ...]:
        return next((group for group in self.linked if name in group), (name,))

    def changes(self) -> dict:
        """The fields the user changed against what the form showed, with their new values.

        A field of a linked group comes along when any field of the group changed.
        """
        changed = set()
        for name in self.tracked():
            if name not in self.cleaned_data:
                continue
            shown = self.shown(name)
            if shown is MISSING or comparable(shown) != comparable(self.cleaned_data[name]):
                changed.update(self._group(name))
        return {n: self.cleaned_data[n] for n in self.tracked() if n in changed}

    def conflicts(self, current: dict, changes: dict) -> list[str]:
        """The fields both the user and someone else changed, to different values."""
        theirs = set()
        for name in self.tracked():
            shown = self.shown(name)
            if shown is MISSING or comparable(shown) != comparable(current.get(name)):
                theirs.update(self._group(name))
        return [
            name
            for name, value in changes.items()
            if name in theirs and comparable(value) != comparable(current.get(name))
        ]

    # A refused save -----------------------------------------------------------------------

    def refuse(
        self, stale: StaleVersion, current: dict, changes: dict, conflicts: list[str]
    ) -> None:
        """Keep what the user changed; take the current version and the others' values."""
        rows = []
        for name in self.tracked():
            yours = changes.get(name, self.cleaned_data.get(name))
            if comparable(yours) == comparable(current.get(name)):
                continue
            rows.append(
                StaleRow(
                    label=str(self.fields[name].label or name),
                    yours=self.display(name, yours),
                    saved=self.display(name, current.get(name)),
                    changed_by="both"
                    if name in conflicts
                    else ("yours" if name in changes else "theirs"),
                )
            )
        self.stale = {"version": stale.current.version, "rows": rows}
        data = self.data.copy()
        data[self.add_prefix("version")] = str(stale.current.version)
        for name in self.tracked():
            bound, value = self[name], current.get(name)
            data[bound.html_initial_name] = _as_data(
                bound.field.hidden_widget(), bound.field, value
            )
            if name not in changes:
                data[bound.html_name] = _as_data(bound.field.widget, bound.field, value)
        self.data = data
        self.add_error(None, str(stale))

    def display(self, name: str, value: Any) -> str:
        """A value as a person reads it (choice labels, names, dates)."""
        field = self.fields[name]
        if value is None or value == "":
            return "–"
        if isinstance(field, forms.BooleanField):
            return _("ja") if value else _("nein")
        if isinstance(field, forms.ModelChoiceField):
            if not isinstance(value, Model):
                value = field.queryset.filter(pk=value).first()
            return field.label_from_instance(value) if value is not None else "–"
        if isinstance(field, forms.ChoiceField):
            return str(dict(field.choices).get(value, value))
        if isinstance(value, dt.date | dt.time):
            return formats.localize(value)
        return str(value).replace("\r\n", "\n")


def _as_data(widget: forms.Widget, field: forms.Field, value: Any) -> str:
    """`value` as the widget would post it."""
    if isinstance(widget, forms.CheckboxInput):
        return "True" if value else "False"
    shown = widget.format_value(field.prepare_value(value))
    if isinstance(shown, list):
        shown = shown[0] if shown else ""
    return "" if shown is None else str(shown)


def save_versioned(
    form: VersionedForm,
    save: Callable[[dict, int], T],
    changes: dict | None = None,
    *,
    attempts: int = 3,
) -> T | None:
    """Save the form's changes with `save(changes, expected_version)`; None when refused.

    A stale version whose changes do not overlap the user's is saved over (see the module's
    docstring); an overlap refuses the save on the form, which then shows both versions.
    Any other refusal of the service after such a merge also rebases the form, so the next
    save starts from the current version, and is raised on.
    """
    changes = form.changes() if changes is None else changes
    expected = form.cleaned_data["version"]
    stale = None
    for _attempt in range(attempts):
        try:
            return save(changes, expected)
        except StaleVersion as exc:
            stale, current = exc, form.values_of(exc.current)
            conflicts = form.conflicts(current, changes)
            if conflicts:
                form.refuse(exc, current, changes, conflicts)
                return None
            expected = exc.current.version
        except Exception:
            if stale is not None:
                form.refuse(stale, current, changes, [])
            raise
    form.refuse(stale, current, changes, [])
    return None


NOTHING_CHANGED = gettext_lazy("Es gab nichts zu ändern.")
