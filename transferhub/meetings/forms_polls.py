"""Forms of the date polls (Terminfindung); they validate input, polls.py decides and writes."""

import datetime as dt

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from transferhub.lib.dates import validate_date_range
from transferhub.network.models import Person

from .forms import DateInput, TimeInput
from .models import DatePollAnswer, DatePollSlot

# How many empty rows the form offers; "Weitere Zeilen" adds this many more.
EXTRA_ROWS = 3
MAX_ROWS = 30


def slot_label(slot: DatePollSlot) -> str:
    """ "Do, 10.12.2026, 09:00–11:00" in the current language."""
    return "{day}, {date}, {start}–{end}".format(
        day=formats.date_format(slot.date, "D"),
        date=formats.date_format(slot.date, "SHORT_DATE_FORMAT"),
        start=slot.start_time.strftime("%H:%M"),
        end=slot.end_time.strftime("%H:%M"),
    )


class DatePollForm(forms.Form):
    """What the poll is about; the slots and guests come in their own rows."""

    title = forms.CharField(
        label=_("Titel der Sitzung"),
        max_length=300,
        required=False,
        help_text=_("Leer lassen, um den Namen des Gremiums zu verwenden."),
    )
    location = forms.CharField(label=_("Ort"), max_length=300, required=False)
    note = forms.CharField(
        label=_("Hinweis an die Eingeladenen"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, bodies=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields = {
            "body": forms.ModelChoiceField(label=_("Gremium"), queryset=bodies),
            **self.fields,
        }


class SlotForm(forms.Form):
    date = forms.DateField(label=_("Datum"), widget=DateInput(), validators=[validate_date_range])
    start_time = forms.TimeField(label=_("Beginn"), widget=TimeInput())
    end_time = forms.TimeField(label=_("Ende"), widget=TimeInput())

    def clean(self):
        data = super().clean()
        date, start, end = data.get("date"), data.get("start_time"), data.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", _("Das Ende muss nach dem Beginn liegen."))
        if date and start:
            now = timezone.localtime().replace(tzinfo=None)
            if dt.datetime.combine(date, start) <= now:
                self.add_error("date", _("Dieser Termin liegt in der Vergangenheit."))
        return data


class BaseSlotFormSet(forms.BaseFormSet):
    def clean(self):
        if any(self.errors):
            return
        if not self.slots():
            raise forms.ValidationError(_("Bitte schlagen Sie mindestens einen Termin vor."))

    def slots(self) -> list[tuple]:
        return [
            (f.cleaned_data["date"], f.cleaned_data["start_time"], f.cleaned_data["end_time"])
            for f in self.forms
            if f.cleaned_data.get("date")
        ]


SlotFormSet = forms.formset_factory(
    SlotForm, formset=BaseSlotFormSet, extra=EXTRA_ROWS, max_num=MAX_ROWS, validate_max=True
)


class GuestForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    email = forms.EmailField(label=_("E-Mail"))
    language = forms.ChoiceField(
        label=_("Sprache"), choices=Person.Language.choices, initial=Person.Language.GERMAN
    )

    def has_changed(self):
        # The language has a default; a row counts as filled only with a name or address.
        return bool(self["name"].data or self["email"].data)


class BaseGuestFormSet(forms.BaseFormSet):
    def guests(self) -> list[tuple[str, str, str]]:
        return [
            (f.cleaned_data["name"], f.cleaned_data["email"], f.cleaned_data["language"])
            for f in self.forms
            if f.cleaned_data.get("name")
        ]


GuestFormSet = forms.formset_factory(
    GuestForm, formset=BaseGuestFormSet, extra=1, max_num=MAX_ROWS, validate_max=True
)


def with_more_rows(data, prefixes=("slots", "guests")):
    """A copy of the posted data with one more empty row in each formset."""
    data = data.copy()
    for prefix in prefixes:
        key = f"{prefix}-TOTAL_FORMS"
        try:
            total = int(data.get(key, 0))
        except ValueError:
            total = 0
        data[key] = str(min(total + (EXTRA_ROWS if prefix == "slots" else 1), MAX_ROWS))
    return data


class AnswerForm(forms.Form):
    """Yes / if need be / no for every slot of a poll."""

    def __init__(self, *args, slots=(), answers=None, **kwargs):
        super().__init__(*args, **kwargs)
        answers = answers or {}
        self.slots = list(slots)
        for slot in self.slots:
            self.fields[f"slot_{slot.pk}"] = forms.ChoiceField(
                label=slot_label(slot),
                choices=DatePollAnswer.Value.choices,
                widget=forms.RadioSelect,
                initial=answers.get(slot.pk),
                error_messages={"required": _("Bitte antworten Sie für diesen Termin.")},
            )

    def answers(self) -> dict[int, str]:
        return {slot.pk: self.cleaned_data[f"slot_{slot.pk}"] for slot in self.slots}


class SlotChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: DatePollSlot) -> str:
        return slot_label(obj)


class ChooseForm(forms.Form):
    slot = SlotChoiceField(
        label=_("Termin"),
        queryset=DatePollSlot.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={"required": _("Bitte wählen Sie einen der vorgeschlagenen Termine.")},
    )

    def __init__(self, *args, poll=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slot"].queryset = poll.slots.all()
