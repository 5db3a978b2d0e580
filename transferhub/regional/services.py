"""Putting an application on the AG Transfer's agenda, and the website's contact form."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils.translation import gettext as _
from django_tasks import task

from transferhub.meetings.models import Meeting
from transferhub.meetings.services import MeetingError, agenda_item_add
from transferhub.network.models import Network, RecognitionApplication
from transferhub.network.networks import application_scheduled
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
