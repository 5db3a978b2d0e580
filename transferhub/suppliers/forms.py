"""Forms for profiles, seal applications and reviews, LkSG declarations and the search."""

import copy
import functools
import re

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from transferhub.checks.models import WZ_SECTIONS, Company
from transferhub.checks.wz import industry_choices
from transferhub.lib.dates import validate_date_range
from transferhub.lib.forms import MultipleFileField
from transferhub.lib.widgets import FastSelect

from .models import (
    SEAL_NUMBER_RE,
    LksgRisk,
    ManagementCertificate,
    RiskDeclaration,
    SealKind,
    SealType,
    Supplier,
)
from .services import PROFILE_FIELDS


class SupplierForm(forms.ModelForm):
    """The profile; the check boxes say which field groups everyone may see."""

    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")

    # A long form in sections (form_fields.html shows each as a fieldset).
    sections = (
        (
            _("Unternehmen"),
            ("company", "name", "vat_id", "wz_code", "size_class", "website"),
        ),
        (_("Angebot"), ("products", "products_public", "languages", "languages_public")),
        (_("Anschrift"), ("street", "postcode", "town", "federal_state", "address_public")),
        (
            _("Ansprechperson"),
            ("contact_name", "contact_email", "contact_phone", "contact_public"),
        ),
    )

    class Meta:
        model = Supplier
        fields = PROFILE_FIELDS
        widgets = {
            "products": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, companies=None, **kwargs):
        super().__init__(*args, **kwargs)
        if companies is not None:
            # On registration: link a company the user works for in the checks (optional).
            self.fields["company"] = forms.ModelChoiceField(
                label=_("Unternehmen aus den Checks"),
                queryset=companies,
                required=False,
                help_text=_(
                    "Für ein Siegel muss das Profil mit Ihrem Unternehmen in den Checks "
                    "verbunden sein. Leere Felder werden von dort übernommen."
                ),
            )
            self.order_fields(["company"])
            for name in ("name", "wz_code", "size_class", "postcode", "federal_state"):
                self.fields[name].required = False

    def clean(self):
        data = super().clean()
        if "company" in self.fields and not data.get("company"):
            for name in ("name", "wz_code", "size_class", "postcode", "federal_state"):
                if not data.get(name) and name not in self.errors:
                    self.add_error(name, _("Dieses Feld ist zwingend erforderlich."))
        return data

    def _post_clean(self):
        # Validation of the model happens in the service, which sees the linked company.
        pass


class SealApplyForm(forms.Form):
    kind = forms.ChoiceField(label=_("Siegel"), choices=())
    assessment = forms.ModelChoiceField(label=_("Bewertung (Sicherheitscheck)"), queryset=None)
    note = forms.CharField(
        label=_("Anmerkung"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, assessments, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [(t.code, t.name) for t in SealType.applicable()]
        self.fields["assessment"].queryset = assessments
        self.fields["assessment"].label_from_instance = lambda a: (
            _("%(t)s vom %(d)s%(decl)s")
            % {
                "t": a.version.instrument.title,
                "d": a.created.strftime("%d.%m.%Y"),
                "decl": _(", Selbsterklärung abgegeben") if a.declared_at else "",
            }
        )


class ResubmitForm(forms.Form):
    note = forms.CharField(
        label=_("Ihre Antwort auf die Rückfragen"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    assessment = forms.ModelChoiceField(
        label=_("andere Bewertung (optional)"), queryset=None, required=False
    )

    def __init__(self, *args, assessments, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assessment"].queryset = assessments


class ReviewForm(forms.Form):
    action = forms.ChoiceField(
        label=_("Entscheidung"),
        choices=[
            ("approve", _("genehmigen")),
            ("return", _("mit Rückfragen zurückgeben")),
            ("reject", _("ablehnen")),
        ],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Anmerkung, Rückfragen oder Begründung"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class CertificateForm(forms.Form):
    standard = forms.ChoiceField(
        label=_("Managementsystem"), choices=ManagementCertificate.Standard.choices
    )
    issuer = forms.CharField(label=_("Zertifizierungsstelle"), max_length=200)
    number = forms.CharField(label=_("Zertifikatsnummer"), max_length=100, required=False)
    valid_from = forms.DateField(
        label=_("gültig ab"),
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[validate_date_range],
    )
    valid_until = forms.DateField(
        label=_("gültig bis"),
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[validate_date_range],
    )
    file = forms.FileField(label=_("Zertifikat (PDF oder Bild)"))


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Grund des Widerrufs"), max_length=4000, widget=forms.Textarea(attrs={"rows": 3})
    )


class RiskDeclarationForm(forms.Form):
    status = forms.ChoiceField(label=_("Stand"), choices=RiskDeclaration.Status.choices)
    measures = forms.CharField(
        label=_("Maßnahmen"),
        required=False,
        max_length=8000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Pflicht, wenn ein Risiko festgestellt ist."),
    )
    declared_on = forms.DateField(
        label=_("Datum"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        validators=[validate_date_range],
    )
    files = MultipleFileField(
        label=_("Nachweise hinzufügen"),
        required=False,
        help_text=_("PDF, Office-Dokumente oder Bilder, je höchstens 25 MB."),
    )


class RequestForm(forms.Form):
    risks = forms.MultipleChoiceField(
        label=_("Risiken, auf die Ihre Risikoanalyse hinweist"),
        choices=LksgRisk.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Bitte wählen Sie die Risiken, auf die Ihre Risikoanalyse hinweist.")
        },
        help_text=_("Der Lieferant beantwortet nur diese Fragen, keine pauschale Zusicherung."),
    )
    risk_reason = forms.CharField(
        label=_("Anlass aus Ihrer Risikoanalyse"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("z. B. „Stahl aus Ländern mit erhöhtem Risiko für Zwangsarbeit“"),
    )
    message = forms.CharField(
        label=_("Nachricht an den Lieferanten"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class VerifyForm(forms.Form):
    number = forms.CharField(
        label=_("Siegelnummer"), max_length=20, help_text=_("z. B. „OM-AS-2026-00042“")
    )

    def clean_number(self):
        number = self.cleaned_data["number"].strip().upper()
        if not SEAL_NUMBER_RE.match(number):
            raise forms.ValidationError(_("Eine Siegelnummer sieht so aus: „OM-AS-2026-00042“."))
        return number


SORTS = {
    "name": ("name", "pk"),
    "-name": ("-name", "-pk"),
    "postcode": ("postcode", "name", "pk"),
    "-modified": ("-modified", "pk"),
}


@functools.lru_cache(maxsize=8)
def _industry_select(language: str | None) -> FastSelect:
    """The industry select once per language: industry_choices()' 150 translations cost 2 ms."""
    return FastSelect(choices=industry_choices())


class SearchForm(forms.Form):
    """The purchaser's search; every field optional, bad values refused with a message."""

    q = forms.CharField(label=_("Suche (Name, Produkte)"), required=False, max_length=200)
    # The selects write their options in Python (FastSelect): every <option> through
    # Django's templates cost some 10 ms of the page's CPU.
    seal = forms.ChoiceField(
        label=_("Siegel"),
        required=False,
        choices=[("", _("alle")), *SealKind.choices],
        widget=FastSelect,
    )
    seal_status = forms.ChoiceField(
        label=_("Siegelstatus"),
        required=False,
        choices=[
            ("", _("beliebig")),
            ("valid", _("gültig")),
            ("expired", _("abgelaufen")),
            ("revoked", _("widerrufen")),
        ],
        widget=FastSelect,
    )
    # Chosen by name; a code typed into the address (?industry=25.11) still works.
    industry = forms.CharField(label=_("Branche"), required=False, max_length=10)
    size = forms.ChoiceField(
        label=_("Größe"),
        required=False,
        choices=[("", _("alle")), *Company.SizeClass.choices],
        widget=FastSelect,
    )
    plz = forms.CharField(
        label=_("PLZ-Bereich"),
        required=False,
        max_length=5,
        help_text=_("erste ein oder zwei Ziffern"),
    )
    state = forms.ChoiceField(
        label=_("Bundesland"),
        required=False,
        choices=[("", _("alle")), *Company.FederalState.choices],
        widget=FastSelect,
    )
    lksg = forms.BooleanField(label=_("nur mit LkSG-Erklärung"), required=False)
    sort = forms.ChoiceField(
        label=_("Sortierung"),
        required=False,
        choices=[
            ("name", _("Name A–Z")),
            ("-name", _("Name Z–A")),
            ("postcode", _("Postleitzahl")),
            ("-modified", _("zuletzt aktualisiert")),
        ],
        widget=FastSelect,
    )

    SECTIONS = {letter for letter, *_rest in WZ_SECTIONS}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A copy of this language's select (its 131 options are not built per search),
        # with attributes of its own; the options are only read.
        widget = copy.copy(_industry_select(get_language()))
        widget.attrs = dict(widget.attrs)
        self.fields["industry"].widget = widget

    def clean_plz(self):
        plz = self.cleaned_data["plz"].strip()
        if plz and not re.fullmatch(r"\d{1,2}", plz):
            raise forms.ValidationError(
                _("Bitte geben Sie als PLZ-Bereich eine oder zwei Ziffern an, z. B. „5“ oder „52“.")
            )
        return plz

    def clean_industry(self):
        value = self.cleaned_data["industry"].strip().upper()
        if not value:
            return ""
        if value in self.SECTIONS or re.fullmatch(r"\d{2}(\.\d{1,2}(\.\d{1,2})?)?", value):
            return value
        raise forms.ValidationError(
            _("Bitte geben Sie einen WZ-Abschnitt (A bis U) oder einen WZ-Code wie „25.11“ an.")
        )
