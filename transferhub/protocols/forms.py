"""Forms of the import and search pages; reading and storing live in services.py."""

import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from transferhub.network.models import Body


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field, as Django's documentation shows it."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "widget",
            MultipleFileInput(
                attrs={"accept": ".txt,.md,.markdown,.rst,.pdf,.docx,.odt,.rtf,.html,.htm,.zip"}
            ),
        )
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple) and data:
            return [single(d, initial) for d in data]
        if isinstance(data, list | tuple):
            return single(None, initial)  # nothing chosen: the "required" error
        return [single(data, initial)] if data else single(data, initial)


class ImportForm(forms.Form):
    """Minutes files to read into draft meetings, and the body they belong to if known."""

    files = MultipleFileField(
        label=_("Protokolldateien"),
        help_text=_(
            "TXT, Markdown, reStructuredText, PDF (mit Text), DOCX, ODT, RTF oder HTML, je "
            "höchstens 50 MB; viele Dateien (mehr als 100) als ein ZIP-Archiv. Bis zu 5 Dateien werden "
            "sofort gelesen, mehr laufen im Hintergrund weiter, mit Fortschritt auf einer "
            "eigenen Seite."
        ),
        # An empty file is reported per file by the import, not refused for the whole form.
        allow_empty_file=True,
    )
    body = forms.ModelChoiceField(
        label=_("Gremium"),
        queryset=Body.objects.order_by("name"),
        required=False,
        empty_label=_("aus dem Protokoll erkennen"),
        help_text=_("Nur nötig, wenn das Protokoll das Gremium nicht nennt."),
    )


class SearchForm(forms.Form):
    """The search box with its filters; every filter may stay empty."""

    KINDS = [
        ("", _("alles")),
        ("minutes", _("Protokolltexte")),
        ("decision", _("Beschlüsse")),
        ("task", _("Aufgaben")),
    ]

    q = forms.CharField(
        label=_("Suchbegriff"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    body = forms.ModelChoiceField(
        label=_("Gremium"),
        queryset=Body.objects.none(),
        required=False,
        empty_label=_("alle Gremien"),
    )
    year = forms.TypedChoiceField(
        label=_("Jahr"), required=False, coerce=int, empty_value=None, choices=[]
    )
    kind = forms.ChoiceField(label=_("Art"), required=False, choices=KINDS)

    def __init__(self, *args, bodies, years=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].queryset = bodies
        this_year = dt.date.today().year
        years = years or range(this_year, this_year - 15, -1)
        self.fields["year"].choices = [("", _("alle Jahre")), *[(y, str(y)) for y in years]]
