"""Forms of the planning pages; they validate input, the services decide and write."""

import datetime as dt

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from transferhub.lib.dates import validate_date_range
from transferhub.lib.forms import ModelChoicesField
from transferhub.lib.idempotency import OnceForm
from transferhub.meetings.forms import DateInput, PersonChoiceField, TimeInput
from transferhub.network.models import Person
from transferhub.network.permissions import current_membership_q

from .models import MAX_DURATION, BacklogEntry
from .services import MAX_FILES, MAX_FIXED_DATES, MAX_TEMPLATE_ITEMS

DATE_FORMATS = ("%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y")


def parse_dates(text: str) -> list[dt.date]:
    """Dates one per line (or separated by commas) as 12.03.2026 or 2026-03-12."""
    days = []
    for raw in text.replace(",", "\n").replace(";", "\n").splitlines():
        value = raw.strip()
        if not value:
            continue
        for fmt in DATE_FORMATS:
            try:
                days.append(dt.datetime.strptime(value, fmt).date())
                break
            except ValueError:
                continue
        else:
            raise ValidationError(
                _("„%(value)s“ ist kein Datum. Bitte schreiben Sie es als TT.MM.JJJJ."),
                params={"value": value[:40]},
            )
        if len(days) > MAX_FIXED_DATES:
            raise ValidationError(
                _("Höchstens %(count)d feste Termine sind möglich."),
                params={"count": MAX_FIXED_DATES},
            )
    return days


class SeriesForm(forms.Form):
    rhythm_weeks = forms.IntegerField(
        label=_("Rhythmus: alle … Wochen"),
        min_value=1,
        max_value=104,
        required=False,
        help_text=_("Leer lassen, wenn nur feste Termine gelten."),
    )
    fixed_dates = forms.CharField(
        label=_("Feste Termine"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=2000,
        help_text=_("Ein Datum je Zeile (TT.MM.JJJJ); sie gehen dem Rhythmus vor."),
    )
    start_time = forms.TimeField(label=_("Übliche Beginnzeit"), widget=TimeInput())
    end_time = forms.TimeField(label=_("Übliches Ende"), widget=TimeInput())
    location = forms.CharField(label=_("Üblicher Ort"), max_length=300, required=False)
    proposal_days = forms.IntegerField(
        label=_("Vorschläge bis … Tage vor der Sitzung"),
        min_value=0,
        max_value=365,
        help_text=_("Gilt, solange für eine Sitzung keine eigene Frist gesetzt ist."),
    )

    def clean_fixed_dates(self) -> list[dt.date]:
        return parse_dates(self.cleaned_data.get("fixed_dates") or "")

    def clean(self):
        data = super().clean()
        start, end = data.get("start_time"), data.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", _("Das Ende muss nach dem Beginn liegen."))
        return data


class TemplateItemForm(forms.Form):
    name = forms.CharField(label=_("Titel"), max_length=500, required=False)
    duration_minutes = forms.IntegerField(
        label=_("Dauer (Minuten)"), min_value=0, max_value=MAX_DURATION, required=False
    )
    at_end = forms.BooleanField(label=_("am Ende"), required=False)


TemplateFormSet = forms.formset_factory(
    TemplateItemForm,
    extra=3,
    max_num=MAX_TEMPLATE_ITEMS,
    validate_max=True,
    absolute_max=MAX_TEMPLATE_ITEMS + 5,
)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented recipe)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            if len(data) > MAX_FILES:
                raise ValidationError(
                    _("Höchstens %(count)d Anlagen je Vorschlag sind möglich."),
                    params={"count": MAX_FILES},
                )
            return [single(d, initial) for d in data]
        return [single(data, initial)] if data else []


class ProposalForm(forms.Form):
    title = forms.CharField(label=_("Titel"), max_length=500)
    description = forms.CharField(
        label=_("Kurzbeschreibung"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=4000,
        required=False,
    )
    presenter = PersonChoiceField(
        label=_("Vortragende Person"),
        queryset=Person.objects.none(),
        required=False,
        help_text=_("Leer lassen, wenn Sie selbst vortragen."),
    )
    duration_minutes = forms.IntegerField(
        label=_("Gewünschte Dauer (Minuten)"), min_value=1, max_value=MAX_DURATION, initial=15
    )
    files = MultipleFileField(
        label=_("Anlagen"),
        required=False,
        help_text=_("PDF, Office-Dokumente oder Bilder; höchstens %(count)d Dateien.")
        % {"count": MAX_FILES},
    )

    def __init__(self, *args, body=None, **kwargs):
        super().__init__(*args, **kwargs)
        if body is not None:
            self.fields["presenter"].queryset = (
                Person.objects.filter(current_membership_q("memberships__"), memberships__body=body)
                .select_related("organisation")
                .distinct()
                .order_by("family_name", "given_name")
            )


class DeadlineForm(forms.Form):
    deadline = forms.DateTimeField(
        label=_("Frist für Vorschläge"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%d.%m.%Y %H:%M", "%Y-%m-%d %H:%M"],
    )


class DecisionForm(forms.Form):
    ACTIONS = (
        ("accept", _("In die Tagesordnung aufnehmen")),
        ("park", _("In den Themenspeicher zurückstellen")),
        ("decline", _("Ablehnen")),
    )
    action = forms.ChoiceField(choices=ACTIONS)
    reason = forms.CharField(
        label=_("Begründung (bei Ablehnung nötig)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
        required=False,
    )


class TopicForm(forms.Form):
    title = forms.CharField(label=_("Thema"), max_length=500)
    description = forms.CharField(
        label=_("Beschreibung"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=4000,
        required=False,
    )
    duration_minutes = forms.IntegerField(
        label=_("Dauer (Minuten)"), min_value=0, max_value=MAX_DURATION, initial=15
    )


class BacklogChoiceField(ModelChoicesField):
    def label_from_instance(self, obj: BacklogEntry) -> str:
        return f"{obj.title} ({obj.get_kind_display()}, {obj.duration_minutes} Min.)"


class PlanForm(OnceForm):
    """Die nächste Sitzung planen: date from the rhythm, agenda from template, copy or nothing."""

    START_FROM = (
        ("template", _("aus der Vorlage (ständige Punkte)")),
        ("copy", _("als Kopie der Tagesordnung der letzten Sitzung")),
        ("empty", _("leer")),
    )
    name = forms.CharField(
        label=_("Titel"),
        max_length=300,
        required=False,
        help_text=_("Leer lassen, um den Namen des Gremiums zu verwenden."),
    )
    date = forms.DateField(label=_("Datum"), widget=DateInput(), validators=[validate_date_range])
    start_time = forms.TimeField(label=_("Beginn"), widget=TimeInput())
    end_time = forms.TimeField(label=_("Ende"), widget=TimeInput())
    location = forms.CharField(label=_("Ort"), max_length=300, required=False)
    online_url = forms.URLField(label=_("Online-Link"), required=False, assume_scheme="https")
    start_from = forms.ChoiceField(
        label=_("Tagesordnung"), choices=START_FROM, widget=forms.RadioSelect, initial="template"
    )
    backlog = BacklogChoiceField(
        label=_("Aus dem Themenspeicher übernehmen"),
        queryset=BacklogEntry.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def __init__(self, *args, body=None, **kwargs):
        super().__init__(*args, **kwargs)
        if body is not None:
            self.fields["backlog"].queryset = BacklogEntry.objects.filter(
                body=body, state=BacklogEntry.State.OPEN
            ).order_by("created", "pk")

    def clean(self):
        data = super().clean()
        start, end = data.get("start_time"), data.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", _("Das Ende muss nach dem Beginn liegen."))
        return data
