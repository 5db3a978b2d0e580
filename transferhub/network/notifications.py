"""Mail to people of the network: one helper for every mail, and the interest decisions."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from .models import InterestRequest, Person

# Asked before each mail with (recipient, template); False holds it back. The accounts
# app registers the person's own choice of optional mails here (its AppConfig.ready).
MAIL_FILTERS: list = []


def mail_wanted(person: Person, template: str) -> bool:
    """Whether this person has an address and has not turned this kind of mail off."""
    return bool(person.email) and all(wanted(person, template) for wanted in MAIL_FILTERS)


def mail_person(person: Person, *, subject, template: str, context: dict, attachments=()) -> int:
    """Send one mail (plain text and HTML) to a person in their language; return 1 if sent.

    `subject` may be a callable, so that it is translated in the person's language;
    `template` names `<template>.txt` and `<template>.html`.
    """
    if not mail_wanted(person, template):
        return 0
    with translation.override(person.language):
        context = {"person": person, "site_url": settings.SITE_URL, **context}
        subject_text = str(subject() if callable(subject) else subject)
        text = render_to_string(f"{template}.txt", context)
        html = render_to_string(f"{template}.html", context)
    mail = EmailMultiAlternatives(subject_text, text, to=[person.email])
    mail.attach_alternative(html, "text/html")
    for filename, mimetype, content in attachments:
        mail.attach(filename, content, mimetype)
    return mail.send()


@task()
def interest_decision_mail(request_id: int) -> int:
    """Background job: tell a person that their interest in a body was accepted or declined."""
    interest = (
        InterestRequest.objects.select_related("person", "body").filter(pk=request_id).first()
    )
    if interest is None or interest.status == InterestRequest.Status.PENDING:
        return 0
    accepted = interest.status == InterestRequest.Status.ACCEPTED

    def subject():
        if accepted:
            return _("Willkommen in %(body)s") % {"body": interest.body.name}
        return _("Ihre Anfrage zur Mitarbeit in %(body)s") % {"body": interest.body.name}

    return mail_person(
        interest.person,
        subject=subject,
        template="network/email/interest_accepted"
        if accepted
        else "network/email/interest_declined",
        context={"interest": interest, "body": interest.body},
    )
