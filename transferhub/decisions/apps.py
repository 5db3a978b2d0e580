from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DecisionsConfig(AppConfig):
    name = "transferhub.decisions"
    label = "decisions"
    verbose_name = _("Beschlüsse und Aufgaben")

    def ready(self) -> None:
        from transferhub.lib import registry
        from transferhub.lib.audit import audit_register
        from transferhub.meetings.signals import minutes_approved

        from . import audit_labels, demo, privacy
        from .forms_meeting import DecisionForm, TaskForm
        from .notifications import minutes_send_to_members

        audit_register(self.label, audit_labels.LABELS)
        registry.demo_data.register(
            "decisions", registry.Demo(load=demo.demo_topics, reset=demo.demo_reset), order=30
        )
        privacy.register()
        registry.agenda_item_forms.register(
            "decision_form", registry.ItemForm(DecisionForm, on_recording_page=True), order=10
        )
        registry.agenda_item_forms.register("task_form", registry.ItemForm(TaskForm), order=20)

        def mail_minutes(sender, meeting, **kwargs) -> None:
            # The approved minutes go to the members, with the PDF.
            minutes_send_to_members.enqueue(meeting.pk)

        minutes_approved.connect(mail_minutes, dispatch_uid="decisions-mail-minutes")
