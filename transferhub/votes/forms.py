"""Forms of the vote pages; they validate input, services.py decides and writes."""

from django import forms
from django.utils.translation import gettext_lazy as _

from transferhub.lib.forms import MultipleFileField
from transferhub.lib.idempotency import OnceForm
from transferhub.network.models import Membership

from .models import VotingRules

MAX_UPLOADS = 10


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class VotingRulesForm(forms.Form):
    roles = forms.MultipleChoiceField(
        label=_("Stimmberechtigt sind"),
        choices=[(r, Membership.Role(r).label) for r in VotingRules.VOTING_ROLES],
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Gäste stimmen nie ab."),
    )
    one_vote_per_organisation = forms.BooleanField(
        label=_("eine Stimme je Organisation"), required=False
    )
    quorum_kind = forms.ChoiceField(
        label=_("Beschlussfähigkeit"), choices=VotingRules.Quorum.choices
    )
    quorum_value = forms.IntegerField(
        label=_("Wert (Prozent oder Anzahl)"), min_value=0, max_value=2000, required=False
    )
    majority = forms.ChoiceField(label=_("Mehrheit"), choices=VotingRules.Majority.choices)
    named = forms.BooleanField(
        label=_("namentliche Abstimmung"),
        required=False,
        help_text=_("Aus: geheim; niemand sieht, wer wie gestimmt hat."),
    )
    proxies_allowed = forms.BooleanField(label=_("Stimmübertragung erlaubt"), required=False)
    results_while_open = forms.BooleanField(
        label=_("Zwischenstand vor dem Ende sichtbar"), required=False
    )

    @classmethod
    def for_rules(cls, rules: VotingRules, data=None) -> "VotingRulesForm":
        initial = rules.snapshot()
        return cls(data, initial=initial)


class WrittenProcedureForm(OnceForm):
    title = forms.CharField(label=_("Titel"), max_length=300)
    motion = forms.CharField(
        label=_("Antrag (Beschlusstext)"),
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    reasoning = forms.CharField(
        label=_("Begründung"),
        max_length=20000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    deadline = forms.DateTimeField(label=_("Frist"), widget=DateTimeInput())
    attachments = MultipleFileField(label=_("Anlagen"), required=False)

    def clean_attachments(self):
        files = self.cleaned_data.get("attachments") or []
        if len(files) > MAX_UPLOADS:
            raise forms.ValidationError(_("Höchstens %(n)d Anlagen.") % {"n": MAX_UPLOADS})
        return files


class BallotForm(forms.Form):
    choice = forms.CharField(max_length=20)
    # Whose vote: empty for one's own, else the voter id of a vote held by proxy.
    for_voter = forms.IntegerField(required=False)


class ProxyForm(forms.Form):
    person = forms.IntegerField(label=_("an"))


class CancelForm(forms.Form):
    reason = forms.CharField(
        label=_("Grund des Abbruchs"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )


class MeetingVoteForm(forms.Form):
    motion = forms.CharField(
        label=_("Antrag (Beschlusstext)"),
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    by_hand = forms.BooleanField(
        label=_("per Handzeichen (Zahlen werden eingetragen)"), required=False
    )


class HandCountForm(forms.Form):
    yes = forms.IntegerField(label=_("Ja"), min_value=0, max_value=2000)
    no = forms.IntegerField(label=_("Nein"), min_value=0, max_value=2000)
    abstain = forms.IntegerField(label=_("Enthaltung"), min_value=0, max_value=2000)
