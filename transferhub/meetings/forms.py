"""Forms of the meeting pages; they validate input, the services decide and write."""

from django import forms
from django.utils.translation import gettext_lazy as _

from transferhub.lib.dates import validate_date_range
from transferhub.lib.forms_versioned import VersionedForm
from transferhub.lib.idempotency import OnceForm
from transferhub.lib.pickers import PickerSelect
from transferhub.lib.widgets import FastSelect
from transferhub.network.models import Body, Organisation, Person

from .models import AgendaItem, Attendance, Meeting


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, **kwargs):
        super().__init__(format="%H:%M", **kwargs)


def _people():
    return Person.objects.select_related("organisation")


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Person) -> str:
        return person_label(obj)


def person_label(person: Person) -> str:
    """ "Kruse, Prof. Dr. Oliver (Offensive Mittelstand)": sorted by family name, clear to pick."""
    name = ", ".join(
        p for p in (person.family_name, f"{person.title} {person.given_name}".strip()) if p
    )
    return f"{name} ({person.organisation})" if person.organisation_id else name


class MeetingForm(forms.Form):
    """Details of a meeting; the body is chosen only when it is created."""

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
    note_taker = PersonChoiceField(
        label=_("Protokoll (Person)"), queryset=Person.objects.none(), required=False
    )
    stated_participant_count = forms.IntegerField(
        label=_("Anzahl Teilnehmende (angegeben)"),
        min_value=0,
        required=False,
        help_text=_("Nur nötig, wenn es keine Teilnahmeliste gibt."),
    )

    def __init__(self, *args, bodies=None, default_name: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.default_name = default_name
        self.fields["note_taker"].queryset = _people()
        PickerSelect.on(self.fields["note_taker"], "person")  # type-ahead, 20 at most
        if bodies is not None:
            self.fields = {
                "body": forms.ModelChoiceField(label=_("Gremium"), queryset=bodies),
                **self.fields,
            }

    def clean(self):
        data = super().clean()
        start, end = data.get("start_time"), data.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", _("Das Ende muss nach dem Beginn liegen."))
        if not data.get("name"):
            data["name"] = data["body"].name if data.get("body") else self.default_name
        return data


class MeetingCreateForm(OnceForm, MeetingForm):
    """Neue Sitzung: saved once however often it is sent."""


class MeetingEditForm(VersionedForm, MeetingForm):
    """A meeting's details, saved only where changed and refused when out of date."""

    FIELDS = (
        "name",
        "date",
        "start_time",
        "end_time",
        "location",
        "online_url",
        "note_taker",
        "stated_participant_count",
    )
    # Start and end are valid only together: a change to one is a change to both.
    linked = (("start_time", "end_time"),)

    @classmethod
    def values_of(cls, meeting: Meeting) -> dict:
        return {f: getattr(meeting, f) for f in cls.FIELDS}


class AgendaItemForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Art"), choices=AgendaItem.Kind.choices, initial=AgendaItem.Kind.ITEM
    )
    number = forms.CharField(
        label=_("Nummer"),
        max_length=20,
        required=False,
        help_text=_("Leer lassen für die nächste freie Nummer; Pausen haben keine Nummer."),
    )
    name = forms.CharField(
        label=_("Titel"),
        max_length=500,
        required=False,
        help_text=_("Bei Pausen darf der Titel leer bleiben."),
    )
    duration_minutes = forms.IntegerField(
        label=_("Dauer (Minuten)"), min_value=0, max_value=24 * 60, initial=30
    )
    public = forms.BooleanField(label=_("öffentlich"), required=False, initial=True)

    def __init__(self, *args, editing: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if editing:
            # An item stays an item and a break a break; delete and add to change that.
            del self.fields["kind"]

    def clean(self):
        data = super().clean()
        is_break = data.get("kind") == AgendaItem.Kind.BREAK
        if not data.get("name"):
            if is_break:
                data["name"] = str(_("Pause"))
            elif "kind" in self.fields:
                self.add_error("name", _("Bitte geben Sie einen Titel an."))
        return data


class PresenterForm(forms.Form):
    person = PersonChoiceField(label=_("Wer"), queryset=Person.objects.none(), required=False)
    organisation = forms.ModelChoiceField(
        label=_("für Organisation"),
        queryset=Organisation.objects.none(),
        required=False,
        help_text=_("Leer lassen für die Organisation der Person."),
    )

    def __init__(self, *args, people=None, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = _people()
        self.fields["organisation"].queryset = Organisation.objects.all()
        # Validation still looks the choice up in the queryset; rendering uses these lists.
        if people is not None:
            self.fields["person"].choices = people
        if organisations is not None:
            self.fields["organisation"].choices = organisations


class BasePresenterFormSet(forms.BaseFormSet):
    def get_form_kwargs(self, index):
        # One list of choices for every row instead of one query per row and field.
        if not hasattr(self, "_choices"):
            self._choices = {
                "people": [("", "---------")] + [(p.pk, person_label(p)) for p in _people()],
                "organisations": [("", "---------")]
                + [(o.pk, str(o)) for o in Organisation.objects.all()],
            }
        return {**super().get_form_kwargs(index), **self._choices}

    def presenters(self) -> list[tuple]:
        return [
            (f.cleaned_data["person"], f.cleaned_data.get("organisation"))
            for f in self.forms
            if f.cleaned_data.get("person")
        ]


PresenterFormSet = forms.formset_factory(
    PresenterForm, formset=BasePresenterFormSet, extra=2, max_num=20
)


class AgendaItemAddForm(OnceForm, AgendaItemForm):
    """Add an item or a break: saved once however often it is sent."""


def presenters_key(pairs) -> str:
    """Presenters as one comparable value: "person:organisation" in order."""
    return ",".join(f"{p.pk}:{o.pk if o else ''}" for p, o in pairs)


class AgendaItemEditForm(VersionedForm, AgendaItemForm):
    """Edit an item's plan; its presenters (the formset beside it) count as one more value."""

    presenters = forms.CharField(
        label=_("Wer trägt vor?"), widget=forms.HiddenInput, required=False
    )

    def __init__(self, *args, presenter_rows=None, **kwargs):
        super().__init__(*args, editing=True, **kwargs)
        self.presenter_rows = presenter_rows

    @classmethod
    def values_of(cls, item: AgendaItem) -> dict:
        rows = item.presentations.select_related("person", "organisation").order_by("order")
        return {
            "number": item.number,
            "name": item.name,
            "duration_minutes": item.duration_minutes,
            "public": item.public,
            "presenters": presenters_key((r.person, r.organisation) for r in rows),
        }

    def clean(self):
        data = super().clean()
        if self.presenter_rows is not None and self.presenter_rows.is_valid():
            data["presenters"] = presenters_key(
                (p, o or p.organisation) for p, o in self.presenter_rows.presenters()
            )
        return data

    def display(self, name, value):
        if name != "presenters":
            return super().display(name, value)
        pairs = [part.split(":") for part in (value or "").split(",") if part]
        people = _people().in_bulk([int(p) for p, _o in pairs if p.isdigit()])
        orgs = Organisation.objects.in_bulk([int(o) for _p, o in pairs if o.isdigit()])
        names = []
        for p, o in pairs:
            person = people.get(int(p)) if p.isdigit() else None
            if person is not None:
                org = orgs.get(int(o)) if o.isdigit() else None
                names.append(f"{person.full_name} ({org})" if org else person.full_name)
        return "; ".join(names) or "–"


class MinutesForm(VersionedForm):
    """An item's minutes and status, saved only where changed and refused when out of date."""

    prefix = "minutes"

    minutes = forms.CharField(
        label=_("Protokoll (Markdown)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 14}),
        help_text=_("Absätze mit Leerzeilen trennen; **fett**, *kursiv*, Listen mit „- “."),
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[
            (AgendaItem.Status.PLANNED, AgendaItem.Status.PLANNED.label),
            (AgendaItem.Status.DISCUSSED, AgendaItem.Status.DISCUSSED.label),
            (AgendaItem.Status.POSTPONED, AgendaItem.Status.POSTPONED.label),
            (AgendaItem.Status.WITHDRAWN, AgendaItem.Status.WITHDRAWN.label),
        ],
    )

    @classmethod
    def values_of(cls, item: AgendaItem) -> dict:
        return {"minutes": item.minutes, "status": item.status}


class CorrectionForm(VersionedForm):
    """A correction of approved minutes, refused when someone corrected them meanwhile."""

    prefix = "correction"
    untracked = ("reason",)

    minutes = forms.CharField(
        label=_("Korrigiertes Protokoll (Markdown)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 14}),
    )
    reason = forms.CharField(
        label=_("Was wurde korrigiert und warum?"),
        max_length=500,
        help_text=_("Wird mit Ihrem Namen und der Uhrzeit in der neuen Version gespeichert."),
    )

    @classmethod
    def values_of(cls, item: AgendaItem) -> dict:
        return {"minutes": item.minutes}


class AttachmentForm(OnceForm):
    prefix = "attachment"

    file = forms.FileField(
        label=_("Datei"),
        help_text=_("PDF, Office-Dokumente oder Bilder, höchstens 25 MB."),
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,"
                ".png,.jpg,.jpeg,.gif,.webp"
            }
        ),
    )
    name = forms.CharField(
        label=_("Titel der Anlage"),
        max_length=300,
        required=False,
        help_text=_("Leer lassen für den Dateinamen."),
    )


class AttendanceStatusForm(forms.Form):
    """One status field per row of the attendance list."""

    def __init__(self, *args, attendances=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = []
        for attendance in attendances:
            key = f"status_{attendance.pk}"
            self.fields[key] = forms.ChoiceField(
                label=attendance.display_name,
                choices=Attendance.Status.choices,
                initial=attendance.status,
            )
            self.rows.append((attendance, key))

    def bound_rows(self):
        return [(attendance, self[key]) for attendance, key in self.rows]

    def statuses(self) -> dict[int, str]:
        return {a.pk: self.cleaned_data[key] for a, key in self.rows}


class AttendanceAddForm(forms.Form):
    prefix = "add"

    person = PersonChoiceField(label=_("Person"), queryset=Person.objects.none(), required=False)
    guest_name = forms.CharField(
        label=_("oder Gast (Name)"),
        max_length=200,
        required=False,
        help_text=_("Für Gäste ohne Eintrag im Netzwerk."),
    )
    on_behalf_of = forms.ModelChoiceField(
        label=_("für Organisation"), queryset=Organisation.objects.all(), required=False
    )
    status = forms.ChoiceField(
        label=_("Status"), choices=Attendance.Status.choices, initial=Attendance.Status.PRESENT
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = _people()

    def clean(self):
        data = super().clean()
        if not data.get("person") and not (data.get("guest_name") or "").strip():
            raise forms.ValidationError(
                _("Bitte wählen Sie eine Person oder geben Sie den Namen des Gastes an.")
            )
        return data


class MeetingFilterForm(forms.Form):
    body = forms.ModelChoiceField(
        label=_("Gremium"),
        queryset=Body.objects.all(),
        required=False,
        empty_label=_("alle"),
        widget=FastSelect,
    )
    year = forms.TypedChoiceField(
        label=_("Jahr"), coerce=int, required=False, empty_value=None, widget=FastSelect
    )
    state = forms.ChoiceField(label=_("Status"), required=False)

    def __init__(self, *args, years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [("", _("alle"))] + [(y, y) for y in years]
        self.fields["state"].choices = [("", _("alle"))] + list(Meeting.State.choices)


class CancelForm(forms.Form):
    """Absagen: why the meeting does not take place (kept in the change log)."""

    reason = forms.CharField(
        label=_("Grund der Absage"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("z. B. „Zu wenige Zusagen“ oder „Verschoben auf den 12.03.“"),
    )
