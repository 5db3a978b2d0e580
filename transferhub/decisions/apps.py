from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DecisionsConfig(AppConfig):
    name = "transferhub.decisions"
    label = "decisions"
    verbose_name = _("Beschlüsse und Aufgaben")

    def ready(self) -> None:
        from transferhub.lib import registry
        from transferhub.lib.audit import audit_register

        from . import audit_labels, demo, privacy
        from .forms_meeting import DecisionForm, TaskForm

        registry.periodic_jobs.register(
            "decisions.reminders",
            registry.Periodic("transferhub.decisions.notifications.reminders_run", at="07:00"),
        )
        audit_register(self.label, audit_labels.LABELS)
        registry.demo_data.register(
            "decisions", registry.Demo(load=demo.demo_topics, reset=demo.demo_reset), order=30
        )
        privacy.register()
        registry.agenda_item_forms.register(
            "decision_form", registry.ItemForm(DecisionForm, on_recording_page=True), order=10
        )
        registry.agenda_item_forms.register("task_form", registry.ItemForm(TaskForm), order=20)
        _watch_for_meeting_pages()


def _watch_for_meeting_pages() -> None:
    """A meeting page shows its items' decisions and tasks with their owners' names."""
    from django.db.models import Q

    from transferhub.meetings.content import stays_on_its_item, watch
    from transferhub.network.models import Body, Person

    from .models import Decision, Task

    def meetings_of(row) -> Q | None:
        if not row.meeting_id and not row.agenda_item_id:
            return None  # a body's own task: on no meeting's page (no UPDATE of none)
        which = Q(pk=row.meeting_id) if row.meeting_id else Q(pk__in=[])
        return which | Q(agenda_items=row.agenda_item_id) if row.agenda_item_id else which

    # One staying on its item changes only that item's section, which the page renders apart.
    watch(Decision, meetings_of, moves=True, quiet=stays_on_its_item)
    watch(Task, meetings_of, moves=True, quiet=stays_on_its_item)
    watch(Person, lambda p: Q(agenda_items__tasks__owner_person=p.pk), on_create=False)
    watch(Body, lambda b: Q(agenda_items__tasks__owner_body=b.pk), on_create=False)
