"""Forms for decisions and tasks on a meeting's pages (an item's page, the recording page)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from transferhub.lib.dates import validate_date_range
from transferhub.meetings.forms import DateInput, OnceForm, PersonChoiceField, _people
from transferhub.network.models import Body, Person

from .forms import offer_task_owners
from .models import Decision


class MeetingItemForm(OnceForm):
    """An add form shown with an agenda item, made for the item's meeting (`meeting=`)."""

    def __init__(self, *args, meeting=None, **kwargs):
        self.meeting = meeting
        super().__init__(*args, **kwargs)


class DecisionForm(MeetingItemForm):
    prefix = "decision"

    text = forms.CharField(
        label=_("Beschlusstext"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000
    )
    kind = forms.ChoiceField(
        label=_("Art"), choices=Decision.Kind.choices, initial=Decision.Kind.AGREEMENT
    )
    votes_yes = forms.IntegerField(label=_("Ja-Stimmen"), min_value=0, required=False)
    votes_no = forms.IntegerField(label=_("Nein-Stimmen"), min_value=0, required=False)
    votes_abstain = forms.IntegerField(label=_("Enthaltungen"), min_value=0, required=False)

    def votes(self) -> tuple | None:
        votes = tuple(self.cleaned_data.get(k) for k in ("votes_yes", "votes_no", "votes_abstain"))
        return None if all(v is None for v in votes) else votes


class TaskForm(MeetingItemForm):
    prefix = "task"

    text = forms.CharField(
        label=_("Aufgabe"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000
    )
    owner_person = PersonChoiceField(
        label=_("zuständig (Person)"), queryset=Person.objects.none(), required=False
    )
    owner_body = forms.ModelChoiceField(
        label=_("oder zuständig (Gremium)"), queryset=Body.objects.all(), required=False
    )
    due_date = forms.DateField(
        label=_("fällig am"),
        required=False,
        widget=DateInput(),
        validators=[validate_date_range],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner_person"].queryset = _people()
        offer_task_owners(self, self.meeting.body_id if self.meeting is not None else None)

    def clean(self):
        data = super().clean()
        if data.get("owner_person") and data.get("owner_body"):
            self.add_error(
                "owner_body",
                _("Bitte wählen Sie entweder eine Person oder ein Gremium als zuständig."),
            )
        return data


class DecisionEditForm(DecisionForm):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1, max_value=2**31 - 1)

    def __init__(self, *args, decision: Decision | None = None, **kwargs):
        if decision is not None and "data" not in kwargs and not args:
            kwargs["initial"] = {
                "text": decision.text,
                "kind": decision.kind,
                "votes_yes": decision.votes_yes,
                "votes_no": decision.votes_no,
                "votes_abstain": decision.votes_abstain,
                "version": decision.version,
            }
        super().__init__(*args, **kwargs)
        if decision is not None:
            self.prefix = f"decision-{decision.pk}"


class TaskEditForm(TaskForm):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1, max_value=2**31 - 1)

    def __init__(self, *args, task=None, **kwargs):
        if task is not None and "data" not in kwargs and not args:
            kwargs["initial"] = {
                "text": task.text,
                "owner_person": task.owner_person_id,
                "owner_body": task.owner_body_id,
                "due_date": task.due_date,
                "version": task.version,
            }
        super().__init__(*args, **kwargs)
        if task is not None:
            self.prefix = f"task-{task.pk}"
