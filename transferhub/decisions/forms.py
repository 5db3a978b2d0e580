"""Forms of the task and decision pages; the rules themselves live in services.py."""

from django import forms
from django.utils.translation import gettext_lazy as _

from transferhub.lib.dates import validate_date_range
from transferhub.lib.db import fixed_rows
from transferhub.lib.forms_versioned import VersionedForm
from transferhub.lib.pickers import PickerSelect
from transferhub.lib.widgets import FastSelect
from transferhub.network.models import Body, Person

from .models import Decision, Task, Topic

OPEN_ANY = "open_any"


def _offer_rows(
    field: forms.ModelChoiceField, queryset, label: str = "name", *, fixed: str = ""
) -> None:
    """Let the field's list show (pk, label) rows read as tuples: no model per <option>.

    The queryset still validates the choice; this only spares building 200 bodies to list them.
    `fixed`: a name for a queryset whose SQL is always the same (lib.db.fixed_rows).
    """
    field.queryset = queryset
    rows = queryset.values_list("pk", label)
    # Straight into the widget: the `choices` setter normalises every row (a function call
    # per option, 0.15 ms for 234 bodies) into the (value, label) pairs they already are.
    field.widget._choices = [("", field.empty_label), *(fixed_rows(fixed, rows) if fixed else rows)]


def offer_task_owners(form: forms.Form, body_id: int | None) -> None:
    """Type-ahead over people and bodies for a task's owner, the body's members first: the
    page holds the chosen one and 20 matches, never the whole list. The one set-up of the
    item page, the recording page and the task page."""
    person, body = form.fields["owner_person"], form.fields["owner_body"]
    PickerSelect.on(person, "person", prefer=body_id or "")
    PickerSelect.on(body, "body")
    person.error_messages["invalid_choice"] = _(
        "Diese Person ist unbekannt; bitte wählen Sie eine aus der Liste."
    )
    body.error_messages["invalid_choice"] = _(
        "Dieses Gremium ist unbekannt; bitte wählen Sie eines aus der Liste."
    )


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class TaskFilterForm(forms.Form):
    """Filters of the task register (Aufgabenliste); every field may stay empty."""

    SORTS = [("due", _("Fälligkeit, früheste zuerst")), ("-due", _("Fälligkeit, späteste zuerst"))]

    q = forms.CharField(label=_("Text enthält"), required=False, max_length=200)
    body = forms.ModelChoiceField(
        label=_("Gremium"),
        queryset=Body.objects.none(),
        required=False,
        empty_label=_("alle Gremien"),
        widget=FastSelect,
    )
    owner = forms.ModelChoiceField(
        label=_("Zuständige Person"),
        queryset=Person.objects.none(),
        required=False,
        empty_label=_("alle Personen"),
        widget=FastSelect,
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("alle")), (OPEN_ANY, _("offen oder in Arbeit")), *Task.Status.choices],
    )
    overdue = forms.BooleanField(label=_("nur überfällige"), required=False)
    sort = forms.ChoiceField(label=_("Sortierung"), required=False, choices=SORTS)

    def __init__(self, *args, bodies, owners, **kwargs):
        super().__init__(*args, **kwargs)
        _offer_rows(self.fields["body"], bodies)
        # Any owner of a visible task is a valid choice; which ones the list offers is
        # set by offer_owners() once the body is known (thousands of <option>s would not do).
        self.fields["owner"].queryset = owners

    def offer_owners(self, offered: list, *, complete: bool) -> None:
        """Let the owner list show `offered` (and the chosen owner); say so when it is cut short."""
        field = self.fields["owner"]
        chosen = getattr(self, "cleaned_data", {}).get("owner")
        if chosen is not None and chosen not in offered:
            offered = sorted([*offered, chosen], key=lambda p: (p.family_name, p.given_name))
        field.widget.choices = [("", field.empty_label)] + [
            (p.pk, field.label_from_instance(p)) for p in offered
        ]
        if not complete:
            field.help_text = _("Wählen Sie ein Gremium, um nach zuständigen Personen zu filtern.")


class TaskForm(VersionedForm):
    """Edit a task: only what was changed is saved, and an out-of-date save is refused.

    Whether owner and due date fit together is the service's call.
    """

    # A task has a person or a body as its owner: changing one is changing both.
    linked = (("owner_person", "owner_body"),)

    text = forms.CharField(label=_("Aufgabe"), widget=forms.Textarea(attrs={"rows": 4}))
    owner_person = forms.ModelChoiceField(
        label=_("zuständig (Person)"), queryset=Person.objects.none(), required=False
    )
    owner_body = forms.ModelChoiceField(
        label=_("zuständig (Gremium)"), queryset=Body.objects.none(), required=False
    )
    due_date = forms.DateField(
        label=_("fällig am"),
        required=False,
        widget=DateInput(),
        validators=[validate_date_range],
    )
    status = forms.ChoiceField(label=_("Status"), choices=Task.Status.choices)

    def __init__(self, *args, body_id: int | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner_person"].queryset = Person.objects.order_by("family_name", "given_name")
        self.fields["owner_body"].queryset = Body.objects.order_by("name")
        offer_task_owners(self, body_id)
        self.fields["owner_person"].help_text = _(
            "Entweder eine Person oder ein Gremium, nicht beides."
        )

    @classmethod
    def values_of(cls, task: Task) -> dict:
        return {
            "text": task.text,
            "owner_person": task.owner_person_id,
            "owner_body": task.owner_body_id,
            "due_date": task.due_date,
            "status": task.status,
        }

    @classmethod
    def for_task(cls, task: Task, data=None) -> "TaskForm":
        return cls(data, initial=cls.initial_of(task), body_id=task.body_id)


class DecisionFilterForm(forms.Form):
    q = forms.CharField(label=_("Text enthält"), required=False, max_length=200)
    body = forms.ModelChoiceField(
        label=_("Gremium"),
        queryset=Body.objects.none(),
        required=False,
        empty_label=_("alle Gremien"),
        widget=FastSelect,
    )
    year = forms.TypedChoiceField(
        label=_("Jahr"), required=False, coerce=int, empty_value=None, widget=FastSelect
    )
    kind = forms.ChoiceField(
        label=_("Art"), required=False, choices=[("", _("alle")), *Decision.Kind.choices]
    )
    topic = forms.ModelChoiceField(
        label=_("Vorhaben"),
        queryset=Topic.objects.none(),
        required=False,
        empty_label=_("alle Vorhaben"),
        widget=FastSelect,
    )

    def __init__(self, *args, years, **kwargs):
        super().__init__(*args, **kwargs)
        bodies, topics = Body.objects.order_by("name"), Topic.objects.order_by("title")
        _offer_rows(self.fields["body"], bodies.only("name"), fixed="decision-filter-bodies")
        _offer_rows(
            self.fields["topic"], topics.only("title"), "title", fixed="decision-filter-topics"
        )
        self.fields["year"].choices = [("", _("alle"))] + [(y, str(y)) for y in years]


class TopicForm(forms.Form):
    """Create or edit a topic (Vorhaben); the rules live in services.py."""

    title = forms.CharField(label=_("Titel"), max_length=300)
    description = forms.CharField(
        label=_("Beschreibung"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    document = forms.FileField(
        label=_("Dokument (Datei)"),
        required=False,
        help_text=_("Das Ergebnis des Vorhabens, z. B. das veröffentlichte PDF."),
    )
    document_url = forms.URLField(label=_("Dokument (Link)"), required=False, assume_scheme="https")

    @classmethod
    def for_topic(cls, topic: Topic, data=None, files=None) -> "TopicForm":
        form = cls(
            data,
            files,
            initial={
                "title": topic.title,
                "description": topic.description,
                "document_url": topic.document_url,
            },
        )
        if topic.document:
            form.fields["remove_document"] = forms.BooleanField(
                label=_("Hochgeladenes Dokument „%(name)s“ entfernen")
                % {"name": topic.document_name},
                required=False,
            )
        return form


class TopicStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Neuer Status"), choices=Topic.Status.choices)


class TopicLinkForm(forms.Form):
    """Link or unlink one agenda item, decision or task ("Zuordnen")."""

    kind = forms.ChoiceField(
        choices=[("agenda_item", "agenda_item"), ("decision", "decision"), ("task", "task")],
        widget=forms.HiddenInput,
    )
    object_id = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class TopicSearchForm(forms.Form):
    q = forms.CharField(label=_("Einträge suchen"), required=False, max_length=200)
