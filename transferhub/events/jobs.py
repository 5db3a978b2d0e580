"""Mails to those who register: the confirmation link, the seat (with .ics), the waiting list.

Safe to run twice (a second mail with the same links does no harm).
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django_tasks import task

from .calendar import event_ics, event_url
from .models import Registration
from .services import registration_token

SUBJECTS = {
    "opt_in": lambda e: _("Bitte bestätigen Sie Ihre Anmeldung: %(t)s") % {"t": e.title},
    "confirmed": lambda e: _("Anmeldung bestätigt: %(t)s") % {"t": e.title},
    "waiting": lambda e: _("Warteliste: %(t)s") % {"t": e.title},
    "moved_up": lambda e: _("Ein Platz ist frei geworden: %(t)s") % {"t": e.title},
}
WITH_ICS = {"confirmed", "moved_up"}


@task()
def registration_mail(registration_id: int, kind: str) -> int:
    """Send the registrant the mail of this step of their registration."""
    registration = (
        Registration.objects.select_related("event", "event__network")
        .filter(pk=registration_id)
        .first()
    )
    if registration is None or kind not in SUBJECTS:
        return 0
    event = registration.event
    token = registration_token(registration)
    context = {
        "registration": registration,
        "event": event,
        "kind": kind,
        "event_url": event_url(event),
        "confirm_url": settings.SITE_URL + reverse("events:confirm", args=[token]),
        "cancel_url": settings.SITE_URL + reverse("events:cancel", args=[token]),
    }
    text = render_to_string("events/email/registration.txt", context)
    html = render_to_string("events/email/registration.html", context)
    mail = EmailMultiAlternatives(SUBJECTS[kind](event), text, to=[registration.email])
    mail.attach_alternative(html, "text/html")
    if kind in WITH_ICS:
        filename, mimetype, content = event_ics(event, online_url=True)
        mail.attach(filename, content, mimetype.split(";")[0])
    return mail.send()
