"""The form that asks for the confirmation link again (the registration form is in forms.py)."""

from django import forms
from django.utils.translation import gettext_lazy as _


class ResendForm(forms.Form):
    email = forms.EmailField(
        label=_("E-Mail"),
        help_text=_("Die Adresse, die Sie bei der Registrierung angegeben haben."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
