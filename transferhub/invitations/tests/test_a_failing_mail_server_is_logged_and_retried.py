"""A mail server that is down: each invitation's mail is tried five times, logged as failed
(without the address), and the page offers to send again; the attendance list does not say
"eingeladen" for anyone not reached."""

from django.core import mail
from django.test import override_settings
from django.urls import reverse

from transferhub.invitations import services
from transferhub.invitations.models import Invitation, InvitationMail

from .conftest import committed

DOWN = "transferhub.invitations.tests.failing_mail.Backend"


def test_failed_mails_are_logged_and_sent_again_on_request(client_as, body, meeting):
    with override_settings(EMAIL_BACKEND=DOWN), committed():
        result = services.invitations_send(meeting=meeting)
    assert len(result.invitations) == 5
    mails = InvitationMail.objects.all()
    assert all(m.sent_at is None and m.attempts == 5 and m.error for m in mails)
    assert all("@" not in m.error for m in mails)
    assert not Invitation.objects.filter(mailed_at__isnull=False).exists()
    assert not meeting.attendances.exists()  # nobody reached, nobody "eingeladen"
    page = client_as("secretariat").get(reverse("invitations:preview", args=[meeting.pk]))
    text = page.content.decode()
    assert "fehlgeschlagen" in text and "5 nicht versandte E-Mails erneut senden" in text
    with committed():
        response = client_as("secretariat").post(
            reverse("invitations:retry", args=[meeting.pk]), follow=True
        )
    assert "5 E-Mails werden erneut versandt." in response.content.decode()
    assert len(mail.outbox) == 5
    assert meeting.attendances.filter(status="invited").count() == 5
    assert not InvitationMail.objects.filter(sent_at__isnull=True).exists()
