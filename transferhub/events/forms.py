"""Forms of the events pages; the rules live in services.py."""

from django import forms
from django.utils.translation import gettext_lazy as _

from transferhub.network.models import Body, Network

from .models import Event


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%dT%H:%M")


class EventForm(forms.ModelForm):
    network = forms.ModelChoiceField(label=_("Netzwerk"), queryset=Network.objects.none())
    online_url = forms.URLField(label=_("Online-Link"), required=False, assume_scheme="https")

    class Meta:
        model = Event
        fields = [
            "network",
            "body",
            "title",
            "text",
            "starts_at",
            "ends_at",
            "place",
            "online_url",
            "capacity",
            "registration_deadline",
            "price",
            "published",
        ]
        widgets = {
            "starts_at": DateTimeInput(),
            "ends_at": DateTimeInput(),
            "registration_deadline": DateTimeInput(),
            "text": forms.Textarea(attrs={"rows": 6}),
        }

    def __init__(self, *args, networks=None, bodies=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["network"].queryset = (
            networks if networks is not None else Network.objects.all()
        )
        self.fields["body"].queryset = bodies if bodies is not None else Body.objects.all()
        if self.instance.pk:
            del self.fields["network"]
        for name in ("starts_at", "ends_at", "registration_deadline"):
            self.fields[name].input_formats = ["%Y-%m-%dT%H:%M", "%d.%m.%Y %H:%M"]


class RegistrationForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    organisation = forms.CharField(label=_("Organisation"), max_length=300, required=False)
    email = forms.EmailField(label=_("E-Mail"))
    consent = forms.BooleanField(
        label=_(
            "Ich willige ein, dass meine Angaben für die Durchführung der Veranstaltung "
            "gespeichert und verarbeitet werden."
        ),
        required=False,
    )


class CheckInSearchForm(forms.Form):
    q = forms.CharField(label=_("Name oder Organisation"), max_length=100, required=False)
