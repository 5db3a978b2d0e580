"""Forms for answering a theme, the action plan, companies and the statistics filter."""

import re

from django import forms
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.utils.translation import gettext_lazy as _

from transferhub.lib.dates import validate_date_range

from .models import (
    WZ_SECTIONS,
    Company,
    Instrument,
    Measure,
    reads_english,
    validate_postcode,
    validate_wz_code,
)
from .registration import password_problems, registration_conflicts

FIELD_RE = re.compile(r"^p(\d+)_(value|note)$")


class ThemeAnswersForm(forms.Form):
    """One radio group and one note per check point of a theme; all optional (save and come back)."""

    def __init__(self, *args, points, answers, scale, disabled=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.points = list(points)
        english = reads_english()
        choices = [(o["value"], (english and o.get("label_en")) or o["label"]) for o in scale]
        for point in self.points:
            answer = answers.get(point.pk)
            self.fields[f"p{point.pk}_value"] = forms.ChoiceField(
                label=point.local_title,
                choices=choices,
                required=False,
                widget=forms.RadioSelect,
                initial=answer.value if answer else "",
                disabled=disabled,
            )
            self.fields[f"p{point.pk}_note"] = forms.CharField(
                label=_("Notiz zu %(n)s") % {"n": point.number},
                required=False,
                max_length=2000,
                widget=forms.Textarea(attrs={"rows": 2}),
                initial=answer.note if answer else "",
                disabled=disabled,
            )

    def clean(self):
        data = super().clean()
        known = {p.pk for p in self.points}
        # A field for a check point outside this theme's version means a stale or forged
        # page; saving part of it silently would be worse than refusing it all.
        foreign = sorted(
            {
                int(m.group(1))
                for key in self.data
                if (m := FIELD_RE.match(key)) and int(m.group(1)) not in known
            }
        )
        if foreign:
            raise forms.ValidationError(
                _(
                    "Die Seite enthält Antworten zu Check-Punkten, die nicht zu diesem Thema "
                    "und dieser Version gehören (%(ids)s). Es wurde nichts gespeichert; bitte "
                    "laden Sie die Seite neu."
                )
                % {"ids": ", ".join(map(str, foreign))},
                code="foreign_point",
            )
        return data

    def rows(self):
        """Pairs of bound fields per check point, for the template."""
        return [
            (point, self[f"p{point.pk}_value"], self[f"p{point.pk}_note"]) for point in self.points
        ]

    def answers(self) -> dict[int, tuple[str, str]]:
        return {
            point.pk: (
                self.cleaned_data.get(f"p{point.pk}_value") or "",
                self.cleaned_data.get(f"p{point.pk}_note") or "",
            )
            for point in self.points
        }


class MeasureForm(forms.ModelForm):
    class Meta:
        model = Measure
        fields = [
            "text",
            "responsible",
            "due_date",
            "effect_check",
            "status",
            "priority",
            "category",
        ]
        widgets = {
            "text": forms.Textarea(attrs={"rows": 3}),
            "effect_check": forms.Textarea(attrs={"rows": 2}),
            "due_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        error_messages = {"text": {"required": _("Bitte beschreiben Sie die Maßnahme.")}}
        help_texts = {
            "effect_check": _(
                "Woran erkennen Sie, dass die Maßnahme wirkt, und wann sehen Sie nach?"
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["due_date"].validators.append(validate_date_range)

    def clean_text(self):
        text = (self.cleaned_data.get("text") or "").strip()
        if not text:
            raise forms.ValidationError(_("Bitte beschreiben Sie die Maßnahme."))
        return text


class StartAssessmentForm(forms.Form):
    instrument = forms.ModelChoiceField(
        label=_("Instrument"), queryset=Instrument.objects.none(), empty_label=None
    )

    def __init__(self, *args, instruments, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["instrument"].queryset = instruments


class StatisticsFilterForm(forms.Form):
    wz_section = forms.ChoiceField(
        label=_("Branche (WZ-Abschnitt)"),
        required=False,
        choices=[("", _("alle"))]
        + [(letter, f"{letter} – {name}") for letter, _lo, _hi, name in WZ_SECTIONS],
    )
    size_class = forms.ChoiceField(
        label=_("Größenklasse"),
        required=False,
        choices=[("", _("alle"))] + list(Company.SizeClass.choices),
    )


# --- Self-registration of a company -------------------------------------------------------

HONEYPOT = "homepage"


class RegistrationForm(forms.Form):
    """A company signs up: company, contact person, login, consent (and a bot trap)."""

    company_name = forms.CharField(label=_("Name des Unternehmens"), max_length=300)
    wz_code = forms.CharField(
        label=_("Branche (WZ 2008)"),
        max_length=10,
        validators=[validate_wz_code],
        help_text=_("Code der Klassifikation der Wirtschaftszweige, z. B. „25.11“ oder „43“."),
    )
    size_class = forms.ChoiceField(
        label=_("Größenklasse"), choices=[("", "–")] + list(Company.SizeClass.choices)
    )
    postcode = forms.CharField(
        label=_("Postleitzahl"),
        max_length=5,
        validators=[validate_postcode],
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "postal-code"}),
    )
    town = forms.CharField(
        label=_("Ort"),
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "address-level2"}),
    )
    federal_state = forms.ChoiceField(
        label=_("Bundesland"), choices=[("", "–")] + list(Company.FederalState.choices)
    )
    given_name = forms.CharField(
        label=_("Vorname"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    family_name = forms.CharField(
        label=_("Nachname"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    email = forms.EmailField(
        label=_("E-Mail"),
        help_text=_(
            "An diese Adresse senden wir den Link, mit dem Sie die Registrierung bestätigen."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    username = forms.CharField(
        label=_("Benutzername"),
        max_length=150,
        validators=[UnicodeUsernameValidator()],
        help_text=_("Buchstaben, Ziffern und @ . + - _; damit melden Sie sich künftig an."),
        widget=forms.TextInput(attrs={"autocomplete": "username"}),
    )
    password1 = forms.CharField(
        label=_("Passwort"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_(
            "Mindestens 8 Zeichen, nicht zu ähnlich zu Ihren Angaben, kein gängiges Passwort."
        ),
    )
    password2 = forms.CharField(
        label=_("Passwort wiederholen"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    privacy = forms.BooleanField(
        label=_(
            "Ich habe den Datenschutzhinweis gelesen und bin mit der Verarbeitung meiner Angaben einverstanden."
        ),
        error_messages={
            "required": _("Bitte bestätigen Sie, dass Sie den Datenschutzhinweis gelesen haben.")
        },
    )
    # Hidden from people by CSS; bots that fill every field give themselves away.
    homepage = forms.CharField(label=_("Website (bitte leer lassen)"), required=False)

    FIELDSETS = [
        (
            _("Unternehmen"),
            ["company_name", "wz_code", "size_class", "postcode", "town", "federal_state"],
        ),
        (_("Ansprechperson"), ["given_name", "family_name", "email"]),
        (_("Zugang"), ["username", "password1", "password2"]),
        (_("Einwilligung"), ["privacy"]),
    ]

    def fieldsets(self):
        return [(legend, [self[name] for name in names]) for legend, names in self.FIELDSETS]

    def is_bot(self) -> bool:
        return bool(self.data.get(HONEYPOT, "").strip())

    def clean_company_name(self):
        name = " ".join(self.cleaned_data["company_name"].split())
        if not name:
            raise forms.ValidationError(_("Bitte geben Sie den Namen des Unternehmens an."))
        return name

    def clean_wz_code(self):
        return self.cleaned_data["wz_code"].strip()

    def clean(self):
        data = super().clean()
        for field, message in registration_conflicts(
            company_name=data.get("company_name", ""),
            username=data.get("username", ""),
        ).items():
            self.add_error(field, message)
        password = data.get("password1")
        if password and data.get("password2") is not None and password != data.get("password2"):
            self.add_error("password2", _("Die beiden Passwörter stimmen nicht überein."))
        elif password:
            for message in password_problems(
                password,
                username=data.get("username", ""),
                email=data.get("email", ""),
                given_name=data.get("given_name", ""),
                family_name=data.get("family_name", ""),
            ):
                self.add_error("password1", message)
        return data
