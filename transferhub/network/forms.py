"""Forms of the network pages; the rules themselves live in services.py."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from transferhub.lib.dates import validate_date_range
from transferhub.lib.idempotency import OnceForm
from transferhub.lib.pickers import PickerSelect

from .models import Body, Membership, Organisation, Person


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class OrganisationForm(forms.ModelForm):
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")

    class Meta:
        model = Organisation
        fields = ["name", "short_name", "kind", "website", "town"]


class PersonForm(forms.ModelForm):
    """A person; the honorific (Titel) has its own field, apart from the name."""

    username = forms.CharField(
        label=_("Benutzername (optional)"),
        max_length=150,
        required=False,
        help_text=_("Nur ausfüllen, wenn die Person sich anmelden soll."),
    )
    password = forms.CharField(
        label=_("Erstes Passwort"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
        help_text=_("Nur zusammen mit einem Benutzernamen."),
    )

    class Meta:
        model = Person
        fields = ["title", "given_name", "family_name", "email", "organisation", "language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].required = False
        self.fields["organisation"].queryset = Organisation.objects.order_by("name")
        if self.instance.pk and self.instance.user_id:
            # The login exists already; it is managed elsewhere.
            del self.fields["username"]
            del self.fields["password"]

    def service_kwargs(self) -> dict:
        data = dict(self.cleaned_data)
        data.setdefault("username", "")
        data.setdefault("password", "")
        return data


class BodyForm(forms.ModelForm):
    class Meta:
        model = Body
        fields = [
            "name",
            "short_name",
            "classification",
            "parent",
            "secretariat_contact",
            "description",
            "network",
        ]

    def __init__(self, *args, networks=None, **kwargs):
        super().__init__(*args, **kwargs)
        # A coordinator places bodies only in the networks they coordinate.
        from .models import Network

        self.fields["network"].queryset = (
            networks if networks is not None else Network.objects.order_by("kind", "name")
        )
        self.fields["network"].required = networks is not None
        parents = Body.objects.order_by("name")
        if self.instance.pk:
            parents = parents.exclude(pk=self.instance.pk)
        self.fields["parent"].queryset = parents
        self.fields["secretariat_contact"].queryset = Person.objects.order_by(
            "family_name", "given_name"
        )


class MembershipForm(forms.Form):
    """Add a person to a body. Whether the dates make sense is the service's call."""

    person = forms.ModelChoiceField(label=_("Person"), queryset=Person.objects.none())
    role = forms.ChoiceField(
        label=_("Rolle"), choices=Membership.Role.choices, initial=Membership.Role.MEMBER
    )
    on_behalf_of = forms.ModelChoiceField(
        label=pgettext_lazy("membership", "für Organisation"),
        queryset=Organisation.objects.none(),
        required=False,
    )
    start_date = forms.DateField(
        label=_("von"), required=False, widget=DateInput(), validators=[validate_date_range]
    )
    end_date = forms.DateField(
        label=_("bis"), required=False, widget=DateInput(), validators=[validate_date_range]
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = Person.objects.order_by("family_name", "given_name")
        self.fields["on_behalf_of"].queryset = Organisation.objects.order_by("name")
        # Type-ahead: the select holds the chosen one and 20 matches, never everyone.
        PickerSelect.on(self.fields["person"], "person")
        PickerSelect.on(self.fields["on_behalf_of"], "organisation")


class MembershipEndForm(forms.Form):
    end_date = forms.DateField(
        label=_("Ende am"), widget=DateInput(), validators=[validate_date_range]
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {"end_date": timezone.localdate()})
        super().__init__(*args, **kwargs)


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Suche"), required=False, max_length=200)


class InterestForm(forms.Form):
    note = forms.CharField(
        label=_("Nachricht an die Geschäftsstelle (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Zum Beispiel, wofür Sie sich einbringen möchten."),
    )


class InterestDeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Begründung"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Die Person erhält die Begründung per E-Mail."),
    )


class EraseForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Ja, die Daten dieser Person löschen bzw. pseudonymisieren"), required=True
    )


# The create forms save once however often they are sent (lib.idempotency).
class OrganisationCreateForm(OnceForm, OrganisationForm):
    pass


class PersonCreateForm(OnceForm, PersonForm):
    pass


class BodyCreateForm(OnceForm, BodyForm):
    pass
