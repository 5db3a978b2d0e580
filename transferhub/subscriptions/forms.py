"""Forms of the public calendar."""

from django import forms
from django.utils.translation import gettext_lazy as _

from transferhub.network.models import Person

HONEYPOT = "homepage"


class SubscribeForm(forms.Form):
    """An address for a body's news (and a trap field that people never see)."""

    email = forms.EmailField(label=_("Ihre E-Mail-Adresse"), max_length=254)
    language = forms.ChoiceField(
        label=_("Sprache der E-Mails"), choices=Person.Language.choices, initial="de"
    )
    homepage = forms.CharField(label=_("Bitte leer lassen"), required=False)

    def is_bot(self) -> bool:
        return bool(self.data.get(HONEYPOT, "").strip())


class PublishForm(forms.Form):
    public = forms.BooleanField(label=_("öffentlich"), required=False)
