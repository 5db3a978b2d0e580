"""Forms of the partner pages."""

from django import forms
from django.utils.translation import gettext_lazy as _

from transferhub.lib.forms import ModelChoicesField

from .models import Body, FederalState, Organisation, PartnerApplication


class PartnerApplicationForm(forms.ModelForm):
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    postcode = forms.RegexField(
        label=_("Postleitzahl"),
        regex=r"^\d{5}$",
        error_messages={"invalid": _("Bitte eine fünfstellige Postleitzahl angeben.")},
    )
    bodies = ModelChoicesField(
        label=_("In welchen Gremien möchten Sie mitarbeiten?"),
        queryset=Body.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    consent = forms.BooleanField(
        label=_(
            "Ich willige ein, dass die Geschäftsstelle diese Angaben speichert, um den Antrag "
            "zu bearbeiten, und sie nach der Aufnahme im Partnerverzeichnis zeigt."
        ),
        required=False,
    )

    class Meta:
        model = PartnerApplication
        fields = [
            "organisation_name",
            "kind",
            "website",
            "town",
            "postcode",
            "federal_state",
            "contact_given_name",
            "contact_family_name",
            "contact_email",
            "offer",
            "bodies",
        ]
        widgets = {"offer": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["bodies"].queryset = Body.objects.order_by("name")


class PartnerFilterForm(forms.Form):
    land = forms.ChoiceField(
        label=_("Bundesland"), required=False, choices=[("", _("alle"))] + FederalState.choices
    )
    art = forms.ChoiceField(
        label=_("Art"), required=False, choices=[("", _("alle"))] + Organisation.Kind.choices
    )
