"""Which mails a person may turn off, and the password reset mail."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_tasks import task

from transferhub.network.models import Person

from .models import MailOptOut

# Kind → (label, the mail templates of that kind). Mails not named here always go out:
# registration, answers to one's own requests, password reset, LkSG requests, the
# reminder that a self-declaration runs out.
OPTIONAL_MAILS = {
    "task_reminders": (
        gettext_lazy("Erinnerungen an meine Aufgaben (fällig und überfällig)"),
        {"decisions/email/reminder_digest"},
    ),
    "minutes": (
        gettext_lazy("Genehmigte Protokolle meiner Gremien"),
        {"invitations/email/minutes"},
    ),
    "date_polls": (
        gettext_lazy("Einladungen zu Terminumfragen"),
        {"meetings/email/poll_invitation"},
    ),
}
ALWAYS_SENT = [
    gettext_lazy("Passwort zurücksetzen"),
    gettext_lazy("Registrierung und Bestätigung Ihrer Adresse"),
    gettext_lazy("Antworten auf Ihre Anfragen zur Mitarbeit"),
    gettext_lazy("Anfragen und Nachrichten zu Lieferantenprofilen und Siegeln"),
    gettext_lazy("Ablauf einer Selbsterklärung"),
]
KIND_OF_TEMPLATE = {t: kind for kind, (_label, ts) in OPTIONAL_MAILS.items() for t in ts}


def mail_wanted(recipient, template: str) -> bool:
    """Return False when the recipient turned this kind of mail off (network.mail_person asks)."""
    kind = KIND_OF_TEMPLATE.get(template)
    if kind is None:
        return True
    # A poll's invitee stands in for its person (or is a guest without a profile).
    person = recipient if isinstance(recipient, Person) else getattr(recipient, "person", None)
    if not isinstance(person, Person) or person.pk is None:
        return True
    return not MailOptOut.objects.filter(person=person, kind=kind).exists()


def reset_link(user) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    path = reverse("accounts:password_reset_confirm", kwargs={"uidb64": uid, "token": token})
    return settings.SITE_URL + path


@task()
def password_reset_send(user_id: int, address: str) -> int:
    """Background job: mail a link to set a new password; made when the job runs."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None or not user.has_usable_password():
        return 0
    person = Person.objects.filter(user=user).first()
    language = person.language if person else settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "user": user,
            "person": person,
            "link": reset_link(user),
            "hours": settings.PASSWORD_RESET_TIMEOUT // 3600,
            "site_url": settings.SITE_URL,
        }
        subject = _("Transferhub: neues Passwort festlegen")
        text = render_to_string("accounts/email/password_reset.txt", context)
        html = render_to_string("accounts/email/password_reset.html", context)
    mail = EmailMultiAlternatives(subject, text, to=[address])
    mail.attach_alternative(html, "text/html")
    return mail.send()
