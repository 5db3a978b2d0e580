"""Putting an application on the AG Transfer's agenda, and the website's contact form."""

import datetime as dt

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from transferhub.decisions.models import Decision
from transferhub.decisions.services import DecisionError
from transferhub.lib.audit import log_action
from transferhub.meetings.models import AgendaItem, Meeting
from transferhub.meetings.services import MeetingError, agenda_item_add
from transferhub.network.models import Network, RecognitionApplication
from transferhub.network.networks import _add_years, application_scheduled, open_application
from transferhub.network.services import NetworkError

# A meeting still takes new agenda items until it is held.
OPEN_STATES = (Meeting.State.PLANNED, Meeting.State.INVITED)


def agenda_meetings():
    """Meetings an application can be put on: planned or invited, soonest first."""
    return Meeting.objects.filter(state__in=OPEN_STATES).select_related("body").order_by("date")


@transaction.atomic
def application_put_on_agenda(
    *, application: RecognitionApplication, meeting: Meeting, actor=None
) -> RecognitionApplication:
    """Add an item to the meeting's agenda for the application and mark it scheduled."""
    if application.state != RecognitionApplication.State.SUBMITTED:
        raise NetworkError(_("Nur ein eingereichter Antrag kommt auf die Tagesordnung."))
    try:
        item = agenda_item_add(
            meeting=meeting,
            name=_("Anerkennung des regionalen Netzwerks %(name)s") % {"name": application.network},
            actor=actor,
        )
    except MeetingError as error:
        raise NetworkError(str(error)) from error
    return application_scheduled(application=application, agenda_item_id=item.pk, actor=actor)


def _recognition_before(
    application: RecognitionApplication,
) -> tuple[dt.date | None, dt.date | None]:
    """The recognition the network held before this application's: from its last one."""
    earlier = (
        application.network.applications.filter(state=RecognitionApplication.State.RECOGNISED)
        .exclude(pk=application.pk)
        .exclude(decided_at__isnull=True)
        .select_related("criteria")
        .order_by("-decided_at")
        .first()
    )
    if earlier is None:
        return None, None
    decision = (
        Decision.objects.filter(pk=earlier.decision_id).select_related("meeting").first()
        if earlier.decision_id
        else None
    )
    on = decision.meeting.date if decision else timezone.localdate(earlier.decided_at)
    return on, _add_years(on, earlier.criteria.valid_years)


@transaction.atomic
def application_decision_undo(
    *, application: RecognitionApplication, actor=None
) -> RecognitionApplication:
    """Undo the decision on an application: back on the agenda, the recognition withdrawn.

    Called when the AG Transfer's decision is deleted or its kind changed. A recognised
    network falls back to the recognition it held before (none: its website goes dark).
    """
    application = (
        RecognitionApplication.objects.select_for_update()
        .select_related("network", "criteria")
        .get(pk=application.pk)
    )
    was = application.state
    if was not in (RecognitionApplication.State.RECOGNISED, RecognitionApplication.State.REJECTED):
        return application
    other = open_application(application.network)
    if other is not None:
        raise DecisionError(
            _(
                "Der Beschluss entscheidet über die Anerkennung von %(network)s, das Netzwerk "
                "hat inzwischen einen neuen Antrag begonnen. Bitte wenden Sie sich an die "
                "Geschäftsstelle."
            )
            % {"network": application.network}
        )
    network = Network.objects.select_for_update().get(pk=application.network_id)
    before = {"on": str(network.recognised_on or ""), "until": str(network.recognised_until or "")}
    if was == RecognitionApplication.State.RECOGNISED:
        network.recognised_on, network.recognised_until = _recognition_before(application)
        network.save(update_fields=["recognised_on", "recognised_until", "modified"])
    item_exists = AgendaItem.objects.filter(pk=application.agenda_item_id).exists()
    decision_id = application.decision_id
    application.state = (
        RecognitionApplication.State.ON_AGENDA
        if item_exists
        else RecognitionApplication.State.SUBMITTED
    )
    if not item_exists:
        application.agenda_item_id = None
    application.decision_id = None
    application.decided_at = None
    application.save(
        update_fields=["state", "agenda_item_id", "decision_id", "decided_at", "modified"]
    )
    log_action(
        actor,
        "recognition.undone",
        application,
        network_id=network.pk,
        decision_id=decision_id,
        was=was,
        before=before,
        after={
            "on": str(network.recognised_on or ""),
            "until": str(network.recognised_until or ""),
        },
    )
    return application


@transaction.atomic
def application_unscheduled(
    *, application: RecognitionApplication, actor=None
) -> RecognitionApplication:
    """The agenda item is gone: the application is submitted again, to go on another agenda."""
    application = RecognitionApplication.objects.select_for_update().get(pk=application.pk)
    if application.state != RecognitionApplication.State.ON_AGENDA:
        return application
    item_id = application.agenda_item_id
    application.state = RecognitionApplication.State.SUBMITTED
    application.agenda_item_id = None
    application.save(update_fields=["state", "agenda_item_id", "modified"])
    log_action(actor, "recognition.unscheduled", application, agenda_item_id=item_id)
    return application


@task()
def contact_mail(network_id: int, name: str, email: str, message: str) -> int:
    """Send a message from the website's contact form to the network's coordinators."""
    network = Network.objects.filter(pk=network_id).first()
    if network is None:
        return 0
    to = [p.email for p in network.coordinators.all() if p.email]
    if network.email:
        to.append(network.email)
    if not to:
        return 0
    subject = _("Nachricht über die Website von %(network)s") % {"network": network.name}
    body = _("%(name)s <%(email)s> schreibt über das Kontaktformular:\n\n%(message)s") % {
        "name": name,
        "email": email,
        "message": message,
    }
    mail = EmailMessage(
        subject, body, from_email=settings.DEFAULT_FROM_EMAIL, to=sorted(set(to)), reply_to=[email]
    )
    return mail.send()


def contact_send(*, network: Network, name: str, email: str, message: str) -> None:
    """Queue the message for the coordinators once the request's work is done."""
    transaction.on_commit(
        lambda: contact_mail.enqueue(network.pk, name, email, message), robust=True
    )
