from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_otp import match_token

from transferhub.network.models import Person

from .notifications import OPTIONAL_MAILS


class LoginForm(AuthenticationForm):
    """The password step of signing in, saying plainly when the pair is wrong."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _(
            "Benutzername oder Passwort ist falsch. Achten Sie auf Groß- und Kleinschreibung."
        ),
    }


def clean_code(value: str) -> str:
    return "".join(value.split()).lower()


class CodeForm(forms.Form):
    """The second step: a code from the app or one of the recovery codes."""

    code = forms.CharField(
        label=_("Code"),
        max_length=20,
        help_text=_(
            "Die sechs Ziffern aus Ihrer Authenticator-App oder einer Ihrer Wiederherstellungscodes."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True}),
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.device = None

    def clean_code(self):
        code = clean_code(self.cleaned_data["code"])
        with transaction.atomic():  # match_token locks the devices it tries
            self.device = match_token(self.user, code)
        if self.device is None:
            raise forms.ValidationError(
                _(
                    "Der Code stimmt nicht oder ist abgelaufen. Nach mehreren Fehlversuchen "
                    "müssen Sie kurz warten, bevor ein Code wieder geprüft wird."
                )
            )
        return code


class SetupForm(forms.Form):
    code = forms.CharField(
        label=_("Code aus der App"),
        max_length=10,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def clean_code(self):
        return clean_code(self.cleaned_data["code"])


class PasswordConfirmForm(forms.Form):
    """Asks for the current password before a second factor is removed."""

    password = forms.CharField(
        label=_("Ihr Passwort"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("Das Passwort ist falsch."))
        return password


class ProfileForm(forms.ModelForm):
    """Name and language of the signed-in person, and the mails they want."""

    class Meta:
        model = Person
        fields = ["title", "given_name", "family_name", "language"]
        labels = {"language": _("Sprache (Oberfläche und E-Mails)")}

    def __init__(self, *args, mail_off: set[str] = frozenset(), **kwargs):
        super().__init__(*args, **kwargs)
        for kind, (label, _templates) in OPTIONAL_MAILS.items():
            self.fields[f"mail_{kind}"] = forms.BooleanField(
                label=label, required=False, initial=kind not in mail_off
            )

    def mail_fields(self):
        return [self[f"mail_{kind}"] for kind in OPTIONAL_MAILS]

    def profile_fields(self):
        return [self[name] for name in self.Meta.fields]

    def mail_off(self) -> set[str]:
        return {kind for kind in OPTIONAL_MAILS if not self.cleaned_data.get(f"mail_{kind}")}

    def profile_data(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class ResetRequestForm(forms.Form):
    email = forms.EmailField(
        label=_("E-Mail-Adresse"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}),
    )

    def users(self):
        """Active logins with a password whose own or person's address is the one given."""
        email = self.cleaned_data["email"]
        return [
            user
            for user in get_user_model()
            .objects.filter(Q(email__iexact=email) | Q(person__email__iexact=email), is_active=True)
            .distinct()
            if user.has_usable_password()
        ]
