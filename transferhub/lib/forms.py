"""Forms of lib (the audit log filter) and the rule every form follows: one line is one line.

A title or name with a line break was stored and later broke the mails it went into
(a header may not hold CR or LF). Every single-line text field of every form refuses
line breaks: `refuse_line_breaks_in_single_line_fields` runs once at start-up (lib's
AppConfig), so forms of every app, the admin and Django's own forms follow it without
each remembering a mixin. Text areas, hidden and password fields are left alone.
"""

from django import forms
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .audit import kind_choices
from .dates import validate_date_range
from .db import MAX_ID
from .models import ActionLog
from .widgets import FastSelect

# What str.splitlines() breaks on: CR, LF and their Unicode kin.
LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
SINGLE_LINE_MESSAGE = _("Bitte ohne Zeilenumbruch eingeben.")


def has_line_break(value) -> bool:
    return isinstance(value, str) and not LINE_BREAKS.isdisjoint(value)


def refuse_line_breaks(value) -> None:
    """Raise a ValidationError if `value` holds a line break."""
    if has_line_break(value):
        raise ValidationError(SINGLE_LINE_MESSAGE, code="line_break")


def is_single_line(field: forms.Field) -> bool:
    """Whether a form field is typed into one line (an input, not a text area)."""
    widget = field.widget
    return isinstance(widget, forms.widgets.Input) and not isinstance(
        widget, forms.HiddenInput | forms.PasswordInput | forms.FileInput
    )


_char_field_validate = forms.CharField.validate


def _validate_single_line(field: forms.CharField, value) -> None:
    _char_field_validate(field, value)
    if is_single_line(field):
        refuse_line_breaks(value)


def refuse_line_breaks_in_single_line_fields() -> None:
    """Make every single-line CharField (and EmailField, URLField, ...) refuse line breaks."""
    forms.CharField.validate = _validate_single_line


class ActorChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user) -> str:
        person = getattr(user, "person", None)
        name = person.full_name if person is not None else user.get_full_name()
        return f"{name} ({user.username})" if name else user.username


class AuditFilterForm(forms.Form):
    """Filters of the audit log page: kind of object, person, date range."""

    kind = forms.ChoiceField(
        label=_("Art"),
        required=False,
        # Each app registers its kinds when it starts; asked for when the form is made.
        choices=lambda: [("", _("alle")), *kind_choices()],
    )
    actor = ActorChoiceField(
        label=_("Person"),
        required=False,
        empty_label=_("alle"),
        # Only those who appear in the trail; the select stays short.
        queryset=User.objects.filter(
            pk__in=ActionLog.objects.filter(actor__isnull=False).values("actor_id")
        )
        .select_related("person")
        .order_by("last_name", "first_name", "username"),
        widget=FastSelect,
    )
    start = forms.DateField(
        label=_("von"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[validate_date_range],
    )
    end = forms.DateField(
        label=_("bis"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[validate_date_range],
    )

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _("Das Ende liegt vor dem Beginn."))
        return data


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (attachments); cleaned to a list, empty when none."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(d, initial) for d in data if d]
        return [single(data, initial)] if data else []


class ModelChoicesField(forms.ModelMultipleChoiceField):
    """Several rows by id; ids no database column holds (letters, 2**70) are refused first.

    Django's own field asks the database with `pk__in`, which raises instead of finding
    nothing when an id is larger than the column holds.
    """

    def _check_values(self, value):
        for pk in value:
            if not str(pk).isdigit() or int(str(pk)) > MAX_ID:
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": str(pk)[:40]},
                )
        return super()._check_values(value)
