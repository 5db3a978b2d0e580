"""The AG Transfer's decision on an application recognises the network (or refuses it).

network sits below meetings and decisions, so the glue lives here: a decision recorded
on the agenda item an application was put on decides it; changing that decision's kind
or deleting it undoes the outcome (services.application_decision_undo); deleting the
agenda item takes the application off the agenda (services.application_unscheduled).
"""

from transferhub.decisions.models import Decision
from transferhub.lib.models import ActionLog
from transferhub.network.models import RecognitionApplication
from transferhub.network.networks import application_decide

from .services import application_decision_undo, application_unscheduled

RECOGNISING = {Decision.Kind.AGREEMENT, Decision.Kind.RESOLUTION}


def _actor(object_id: int, action: str, object_type: str = "decisions.decision"):
    """Who just deleted the decision (or item): its app's own log entry names them."""
    entry = (
        ActionLog.objects.filter(action=action, object_type=object_type, object_id=object_id)
        .select_related("actor")
        .order_by("-pk")
        .first()
    )
    return entry.actor if entry else None


def _decide(application: RecognitionApplication, decision: Decision) -> None:
    application_decide(
        application=application,
        recognised=decision.kind in RECOGNISING,
        on=decision.meeting.date,
        decision_id=decision.pk,
    )


def decision_recorded(sender, instance: Decision, created: bool, **kwargs) -> None:
    """Decide the application on the decision's agenda item; follow a changed kind."""
    if not created:
        decided = RecognitionApplication.objects.filter(decision_id=instance.pk).first()
        if decided is None:
            return
        was_recognised = decided.state == RecognitionApplication.State.RECOGNISED
        if instance.kind != Decision.Kind.POSTPONEMENT and was_recognised == (
            instance.kind in RECOGNISING
        ):
            return  # text or votes changed, the outcome did not
        # decision_update logs after saving: its entry beside this one names who.
        application_decision_undo(application=decided)
    if not instance.agenda_item_id or instance.kind == Decision.Kind.POSTPONEMENT:
        return
    application = RecognitionApplication.objects.filter(
        agenda_item_id=instance.agenda_item_id, state=RecognitionApplication.State.ON_AGENDA
    ).first()
    if application is not None:
        _decide(application, instance)


def decision_deleted(sender, instance: Decision, **kwargs) -> None:
    """A deleted decision no longer decides: the application is back on the agenda."""
    decided = RecognitionApplication.objects.filter(decision_id=instance.pk).first()
    if decided is not None:
        application_decision_undo(
            application=decided, actor=_actor(instance.pk, "decision.deleted")
        )


def agenda_item_deleted(sender, instance, **kwargs) -> None:
    """An application whose agenda item was deleted waits for another meeting."""
    waiting = RecognitionApplication.objects.filter(
        agenda_item_id=instance.pk, state=RecognitionApplication.State.ON_AGENDA
    ).first()
    if waiting is not None:
        application_unscheduled(
            application=waiting,
            actor=_actor(instance.pk, "agenda_item.deleted", "meetings.agendaitem"),
        )
