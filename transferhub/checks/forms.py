"""Forms for answering a theme, the action plan, companies and the statistics filter."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import WZ_SECTIONS, Company, Instrument, Measure

FIELD_RE = re.compile(r"^p(\d+)_(value|note)$")


class ThemeAnswersForm(forms.Form):
    """One radio group and one note per check point of a theme; all optional (save and come back)."""

    def __init__(self, *args, points, answers, scale, disabled=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.points = list(points)
        choices = [(o["value"], o["label"]) for o in scale]
        for point in self.points:
            answer = answers.get(point.pk)
            self.fields[f"p{point.pk}_value"] = forms.ChoiceField(
                label=point.title,
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
