"""Forms of the review round."""

from django import forms
from django.utils.translation import gettext_lazy as _

from transferhub.lib.db import MAX_ID

from .models import Approval, Flow, Response


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%dT%H:%M")


class SettingsForm(forms.Form):
    flow = forms.ChoiceField(label=_("Wer prüft den Entwurf"), choices=Flow.choices)
    days = forms.IntegerField(label=_("Frist (Tage)"), min_value=1, max_value=90)
    approval = forms.ChoiceField(label=_("Genehmigung"), choices=Approval.choices)


class StartForm(forms.Form):
    deadline = forms.DateTimeField(
        label=_("Frist"),
        required=False,
        widget=DateTimeInput(),
        help_text=_("Leer: die übliche Frist des Gremiums."),
    )


class AnswerForm(forms.Form):
    item = forms.IntegerField(min_value=1, max_value=MAX_ID)
    kind = forms.ChoiceField(
        label=_("Ihre Rückmeldung"), choices=Response.Kind.choices, widget=forms.RadioSelect
    )
    comment = forms.CharField(label=_("Anmerkung"), required=False, widget=forms.Textarea)
    proposed_minutes = forms.CharField(
        label=_("Vorgeschlagene Fassung"), required=False, widget=forms.Textarea, strip=False
    )


class DecideForm(forms.Form):
    accept = forms.ChoiceField(choices=[("1", _("Übernehmen")), ("0", _("Ablehnen"))])
    note = forms.CharField(label=_("Begründung (optional)"), required=False, max_length=500)


class ApproveForm(forms.Form):
    how = forms.ChoiceField(label=_("Genehmigung"), choices=Approval.choices)
