"""Forms of the complaint procedure; the rules they enforce live in services.py."""

from django import forms
from django.utils.translation import gettext_lazy as _

from transferhub.lib.forms import MultipleFileField
from transferhub.suppliers.models import LksgRisk, Supplier

from .models import Case
from .services import MAX_TEXT

HONEYPOT = "homepage"


class ReportForm(forms.Form):
    """Anyone reports a risk or a breach about a company in the database."""

    # Chosen on the page before (a search over the database), carried here.
    supplier = forms.ModelChoiceField(
        queryset=Supplier.objects.all(),
        widget=forms.HiddenInput,
        error_messages={
            "invalid_choice": _("Dieses Unternehmen ist nicht in der Datenbank."),
            "required": _("Bitte wählen Sie zuerst das Unternehmen."),
        },
    )
    risk = forms.ChoiceField(
        label=_("Worum geht es?"), choices=[("", _("Bitte wählen")), *LksgRisk.choices]
    )
    description = forms.CharField(
        label=_("Was ist geschehen?"),
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Wo und wann, wer betroffen ist, was Sie selbst gesehen haben."),
    )
    attachments = MultipleFileField(
        label=_("Dokumente oder Bilder (freiwillig)"),
        required=False,
        help_text=_("PDF, Office-Dokumente oder Bilder, höchstens fünf."),
    )
    anonymous = forms.BooleanField(
        label=_("Ich möchte anonym bleiben (ohne Namen und E-Mail-Adresse)"),
        required=False,
        initial=True,
    )
    reporter_name = forms.CharField(label=_("Ihr Name"), max_length=200, required=False)
    reporter_email = forms.EmailField(label=_("Ihre E-Mail-Adresse"), required=False)
    share_with_company = forms.BooleanField(
        label=_(
            "Das Unternehmen darf vom Inhalt meines Hinweises erfahren (nie von meiner Person)."
        ),
        required=False,
    )
    consent = forms.BooleanField(
        label=_("Ich habe die Verfahrensordnung und den Datenschutzhinweis gelesen."),
        error_messages={"required": _("Bitte bestätigen Sie, dass Sie beides gelesen haben.")},
    )
    homepage = forms.CharField(label=_("Website (bitte leer lassen)"), required=False)

    def is_bot(self) -> bool:
        return bool(self.data.get(HONEYPOT, "").strip())

    def clean(self):
        data = super().clean()
        if data.get("anonymous"):
            data["reporter_name"] = data["reporter_email"] = ""
        elif not (data.get("reporter_name") or "").strip() and not data.get("reporter_email"):
            self.add_error(
                "reporter_name",
                _("Bitte nennen Sie Namen oder E-Mail-Adresse, oder wählen Sie „anonym“."),
            )
        return data


class FollowForm(forms.Form):
    code = forms.CharField(label=_("Fallnummer"), max_length=20)
    password = forms.CharField(label=_("Kennwort"), max_length=40, widget=forms.PasswordInput)


class MessageForm(forms.Form):
    text = forms.CharField(
        label=_("Nachricht"), max_length=MAX_TEXT, widget=forms.Textarea(attrs={"rows": 5})
    )
    attachments = MultipleFileField(label=_("Anlagen"), required=False)


class RecordForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    status = forms.ChoiceField(label=_("Stand"), choices=Case.Status.choices)
    outcome = forms.ChoiceField(label=_("Ergebnis"), choices=Case.Outcome.choices, required=False)
    facts = forms.CharField(
        label=_("Erörterter Sachverhalt"),
        required=False,
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    measures = forms.CharField(
        label=_("Abhilfe- und Präventionsmaßnahmen"),
        required=False,
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    outcome_note = forms.CharField(
        label=_("Begründung des Ergebnisses"),
        required=False,
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class AppointForm(forms.Form):
    username = forms.CharField(label=_("Benutzername der Person"), max_length=150)
    impartial = forms.BooleanField(
        label=_("Die Person hat bestätigt, unparteiisch und nicht weisungsgebunden zu sein."),
        error_messages={"required": _("Ohne diese Bestätigung kann niemand Fälle bearbeiten.")},
    )
    confidential = forms.BooleanField(
        label=_("Die Person ist zur Verschwiegenheit verpflichtet."),
        error_messages={"required": _("Ohne diese Verpflichtung kann niemand Fälle bearbeiten.")},
    )


class AdoptForm(forms.Form):
    addition = forms.CharField(
        label=_("Ergänzung des Unternehmens (öffentlich)"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("z. B. Sprachen, in denen Hinweise angenommen werden."),
    )
