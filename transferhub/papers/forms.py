"""Forms of the paper pages; the rules themselves live in services.py."""

from django import forms
from django.utils.translation import gettext_lazy as _

from transferhub.decisions.models import Topic
from transferhub.meetings.models import Meeting
from transferhub.network.models import Body, Person

from .models import Consultation, Paper, PaperFile


class PaperForm(forms.Form):
    title = forms.CharField(label=_("Titel"), max_length=300)
    paper_type = forms.ChoiceField(label=_("Art"), choices=Paper.Type.choices)
    reference = forms.CharField(
        label=_("Aktenzeichen"),
        max_length=100,
        required=False,
        help_text=_("z. B. „AG Transfer 2022/V-3“; leer: die nächste freie Nummer des Gremiums"),
    )
    body = forms.ModelChoiceField(
        label=_("federführendes Gremium"), queryset=Body.objects.all(), required=False
    )
    responsible_person = forms.ModelChoiceField(
        label=_("verantwortliche Person"), queryset=Person.objects.all(), required=False
    )
    authors = forms.ModelMultipleChoiceField(
        label=_("Autorinnen und Autoren"), queryset=Person.objects.all(), required=False
    )
    topics = forms.ModelMultipleChoiceField(
        label=_("Vorhaben"), queryset=Topic.objects.all(), required=False
    )
    date = forms.DateField(
        label=_("Datum"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    description = forms.CharField(label=_("Beschreibung"), widget=forms.Textarea, required=False)
    public = forms.BooleanField(label=_("öffentlich (OParl, Download für alle)"), required=False)

    @classmethod
    def for_paper(cls, paper: Paper, *args, **kwargs) -> "PaperForm":
        initial = {
            "title": paper.title,
            "paper_type": paper.paper_type,
            "reference": paper.reference,
            "body": paper.body_id,
            "responsible_person": paper.responsible_person_id,
            "authors": list(paper.authors.values_list("pk", flat=True)),
            "topics": list(paper.topics.values_list("pk", flat=True)),
            "date": paper.date,
            "description": paper.description,
            "public": paper.public,
        }
        return cls(*args, initial=initial, **kwargs)


class FileForm(forms.Form):
    file = forms.FileField(label=_("Datei (DOCX, ODT, PDF oder Markdown, höchstens 25 MB)"))
    name = forms.CharField(label=_("Bezeichnung"), max_length=300, required=False)
    role = forms.ChoiceField(label=_("Rolle"), choices=PaperFile.Role.choices)
    note = forms.CharField(label=_("Anmerkung"), max_length=500, required=False)


class VersionForm(forms.Form):
    file = forms.FileField(label=_("Neue Version (DOCX, ODT, PDF oder Markdown, höchstens 25 MB)"))
    note = forms.CharField(label=_("Was ist neu?"), max_length=500, required=False)


class ConsultationForm(forms.Form):
    body = forms.ModelChoiceField(label=_("Gremium"), queryset=Body.objects.all())
    role = forms.ChoiceField(label=_("Zweck"), choices=Consultation.Role.choices)
    authoritative = forms.BooleanField(label=_("Gremium entscheidet"), required=False)


class AgendaForm(forms.Form):
    meeting = forms.ModelChoiceField(
        label=_("Sitzung"),
        queryset=Meeting.objects.filter(
            state__in=(Meeting.State.PLANNED, Meeting.State.INVITED, Meeting.State.HELD)
        ).select_related("body"),
    )

    def __init__(self, *args, meetings=None, **kwargs):
        super().__init__(*args, **kwargs)
        if meetings is not None:
            self.fields["meeting"].queryset = meetings


class ResultForm(forms.Form):
    result = forms.ChoiceField(label=_("Ergebnis"), choices=Consultation.Result.choices)
    note = forms.CharField(label=_("Anmerkung"), max_length=500, required=False)


class StageForm(forms.Form):
    stage = forms.ChoiceField(
        label=_("Stufe"),
        choices=[(s.value, s.label) for s in Paper.PUBLICATION_STAGES],
    )
    published_url = forms.URLField(
        label=_("Link zur Veröffentlichung"), required=False, assume_scheme="https"
    )


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Suche"), max_length=200, required=False)
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("alle")), *Paper.Status.choices], required=False
    )
