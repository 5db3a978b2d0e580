"""Forms of the one-page recording view (Protokollieren)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from transferhub.network.models import Organisation

from .forms import PersonChoiceField, _people
from .models import AgendaItem, Attendance

# Minutes beyond this are not minutes of one item; the limit also bounds rendering.
MINUTES_MAX_LENGTH = 100_000


class ItemMinutesForm(forms.Form):
    """What autosave sends: the minutes, status and public flag, and the version they were read at."""

    # A text area: minutes have paragraphs (a single-line field would refuse line breaks).
    minutes = forms.CharField(
        required=False, max_length=MINUTES_MAX_LENGTH, strip=False, widget=forms.Textarea
    )
    status = forms.ChoiceField(choices=AgendaItem.Status.choices, required=False)
    public = forms.BooleanField(required=False)
    # The form says whether it sent the flag (an unticked box sends nothing).
    public_sent = forms.BooleanField(required=False)
    version = forms.IntegerField(min_value=1, max_value=2**31 - 1)


class ClockForm(forms.Form):
    action = forms.ChoiceField(
        choices=[
            ("meeting_start", "meeting_start"),
            ("meeting_end", "meeting_end"),
            ("start", "start"),
            ("stop", "stop"),
            ("next", "next"),
        ]
    )
    item = forms.IntegerField(required=False, min_value=1, max_value=2**31 - 1)


class PresenterAddForm(forms.Form):
    prefix = "presenter"

    person = PersonChoiceField(label=_("Person"), queryset=None)
    organisation = forms.ModelChoiceField(
        label=_("für Organisation"),
        queryset=Organisation.objects.all(),
        required=False,
        help_text=_("Leer lassen für die Organisation der Person."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = _people()


class AttendanceMarkForm(forms.Form):
    attendance = forms.IntegerField(min_value=1, max_value=2**31 - 1, required=False)
    person = forms.IntegerField(min_value=1, max_value=2**31 - 1, required=False)
    status = forms.ChoiceField(
        choices=[
            (Attendance.Status.PRESENT, Attendance.Status.PRESENT.label),
            (Attendance.Status.EXCUSED, Attendance.Status.EXCUSED.label),
            (Attendance.Status.INVITED, Attendance.Status.INVITED.label),
        ]
    )


class GuestForm(forms.Form):
    prefix = "guest"

    guest_name = forms.CharField(label=_("Name des Gastes"), max_length=200)
    organisation = forms.CharField(label=_("Organisation"), max_length=300, required=False)
