"""The AG Transfer's decision on an application recognises the network (or refuses it).

network sits below meetings and decisions, so the glue lives here: a decision recorded
on the agenda item an application was put on decides it.
"""

from transferhub.decisions.models import Decision
from transferhub.network.models import RecognitionApplication
from transferhub.network.networks import application_decide

RECOGNISING = {Decision.Kind.AGREEMENT, Decision.Kind.RESOLUTION}


def decision_recorded(sender, instance: Decision, created: bool, **kwargs) -> None:
    """Decide the application on the decision's agenda item, if there is one."""
    if not created or not instance.agenda_item_id or instance.kind == Decision.Kind.POSTPONEMENT:
        return
    application = RecognitionApplication.objects.filter(
        agenda_item_id=instance.agenda_item_id, state=RecognitionApplication.State.ON_AGENDA
    ).first()
    if application is None:
        return
    application_decide(
        application=application,
        recognised=instance.kind in RECOGNISING,
        on=instance.meeting.date,
        decision_id=instance.pk,
    )
