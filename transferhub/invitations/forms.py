"""Forms of the invitation pages; they validate input, the services decide and write."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Invitation
from .services import MAX_TEXT, InvitationError, parse_guests


class PreviewForm(forms.Form):
    """Einladen: subject and text per language, members left out, guests, the agenda."""

    subject_de = forms.CharField(label=_("Betreff (Deutsch)"), max_length=300)
    text_de = forms.CharField(
        label=_("Text (Deutsch)"),
        max_length=MAX_TEXT,
        required=False,
        widget=forms.Textarea(attrs={"rows": 7}),
    )
    subject_en = forms.CharField(label=_("Betreff (Englisch)"), max_length=300)
    text_en = forms.CharField(
        label=_("Text (Englisch)"),
        max_length=MAX_TEXT,
        required=False,
        widget=forms.Textarea(attrs={"rows": 7}),
    )
    exclude = forms.TypedMultipleChoiceField(
        label=_("Nicht einladen"),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    guests = forms.CharField(
        label=_("Gäste"),
        required=False,
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Einer je Zeile: „Name <adresse@example.org>“; „(en)“ dahinter für eine "
            "englische Einladung."
        ),
    )
    attach_agenda = forms.BooleanField(
        label=_("Tagesordnung als PDF anhängen"), required=False, initial=True
    )

    def __init__(self, *args, members=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["exclude"].choices = [(r.person.pk, r.person.full_name) for r in members]

    def clean_guests(self):
        try:
            return parse_guests(self.cleaned_data["guests"])
        except InvitationError as exc:
            raise forms.ValidationError(str(exc)) from exc


class AnswerForm(forms.Form):
    """The invitee's answer by personal link (or signed in)."""

    answer = forms.ChoiceField(
        label=_("Ihre Antwort"),
        choices=[
            (Invitation.Answer.ACCEPTED, _("Ich nehme teil")),
            (Invitation.Answer.DECLINED, _("Ich kann nicht teilnehmen")),
            (
                Invitation.Answer.SUBSTITUTE,
                _("Ich schicke eine Vertretung aus meiner Organisation"),
            ),
        ],
        widget=forms.RadioSelect,
    )
    substitute_name = forms.CharField(
        label=_("Name der Vertretung"), max_length=200, required=False
    )
    substitute_email = forms.EmailField(
        label=_("E-Mail-Adresse der Vertretung"),
        required=False,
        help_text=_("Nur für die Geschäftsstelle; sie erscheint auf keiner anderen Seite."),
    )


class SettingsForm(forms.Form):
    reminder_days = forms.IntegerField(
        label=_("Erinnerung (Tage vor der Sitzung)"),
        min_value=0,
        max_value=60,
        help_text=_("An alle, die noch nicht geantwortet haben; 0 schaltet sie ab."),
    )
    minutes_docx = forms.BooleanField(
        label=_("Genehmigte Protokolle auch als DOCX versenden"), required=False
    )
