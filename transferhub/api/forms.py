from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ApiToken


class TokenForm(forms.Form):
    name = forms.CharField(
        label=_("Bezeichnung"),
        max_length=100,
        help_text=_("Wofür Sie das Token nutzen, z. B. „CRM der Kammer“."),
    )
    scope = forms.ChoiceField(
        label=_("Berechtigung"), choices=ApiToken.Scope.choices, initial=ApiToken.Scope.READ
    )
