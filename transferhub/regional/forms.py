"""Forms of the network websites and of the secretariat's review."""

from django import forms
from django.utils.translation import gettext_lazy as _

from transferhub.network.models import FederalState


class RegionFilterForm(forms.Form):
    land = forms.ChoiceField(
        label=_("Bundesland"), required=False, choices=[("", _("alle"))] + FederalState.choices
    )
    plz = forms.RegexField(
        label=_("Postleitzahl"),
        required=False,
        regex=r"^\d{1,5}$",
        max_length=5,
        error_messages={"invalid": _("Bitte eine Postleitzahl aus Ziffern angeben.")},
    )


class ContactForm(forms.Form):
    name = forms.CharField(label=_("Ihr Name"), max_length=200)
    email = forms.EmailField(label=_("Ihre E-Mail-Adresse"))
    message = forms.CharField(
        label=_("Ihre Nachricht"), max_length=5000, widget=forms.Textarea(attrs={"rows": 6})
    )
    # A honeypot: hidden from people, filled in by robots; a filled one is dropped quietly.
    homepage = forms.CharField(
        label=_("Bitte leer lassen"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )


class ReturnForm(forms.Form):
    note = forms.CharField(
        label=_("Was fehlt noch?"), max_length=5000, widget=forms.Textarea(attrs={"rows": 4})
    )


class AgendaForm(forms.Form):
    meeting = forms.ModelChoiceField(label=_("Sitzung"), queryset=None)

    def __init__(self, *args, meetings=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["meeting"].queryset = meetings
        self.fields["meeting"].label_from_instance = lambda m: (
            f"{m.body.name}, {m.date:%d.%m.%Y}: {m.name}"
        )
