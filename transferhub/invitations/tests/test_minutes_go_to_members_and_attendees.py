"""Approved minutes are mailed to the members and those who attended, one mail each with the
protocol PDF (and DOCX where the body wants it); a log says who received what, and the
secretariat sends again to those missing."""

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse

from conftest import make_person
from transferhub.invitations import services
from transferhub.invitations.models import BodyInvitationSettings, MinutesDelivery
from transferhub.meetings import services as meeting_services
from transferhub.meetings.models import Attendance, Meeting

from .conftest import committed


@pytest.fixture
def held(seed_meeting):
    """The seed meeting with a guest who attended, ready for approval."""
    guest = make_person("Gerda", "Gast", email="gerda@example.net")
    Attendance.objects.create(meeting=seed_meeting, person=guest, status="present")
    return seed_meeting, guest


def approve(meeting):
    with committed():
        meeting_services.minutes_approve(meeting=Meeting.objects.get(pk=meeting.pk))


def test_after_approval_each_member_and_attendee_gets_one_mail_with_the_pdf(held, people):
    meeting, guest = held
    mail.outbox.clear()
    approve(meeting)
    recipients = sorted(m.to[0] for m in mail.outbox)
    members = [people[r].email for r in ("chair", "member", "secretariat")]
    assert recipients == sorted([*members, guest.email])  # one each, the outsider none
    for message in mail.outbox:
        ((name, content, mimetype),) = message.attachments
        assert name.endswith(".pdf") and mimetype == "application/pdf"
        assert content.startswith(b"%PDF")
    german = next(m for m in mail.outbox if m.to == [people["chair"].email])
    assert german.subject == "Protokoll: AG Transfer vom 15.09.2022"
    log = MinutesDelivery.objects.filter(meeting=meeting, sent_at__isnull=False)
    assert log.count() == 4
    assert all(d.version == 1 and d.files[0].endswith(".pdf") for d in log)


def test_the_docx_goes_along_where_the_body_wants_it(held, ag_transfer):
    BodyInvitationSettings.objects.create(body=ag_transfer, minutes_docx=True)
    meeting, _guest = held
    mail.outbox.clear()
    approve(meeting)
    names = sorted(a[0] for a in mail.outbox[0].attachments)
    assert names[0].endswith(".docx") and names[1].endswith(".pdf")


def test_a_failed_mail_is_logged_and_the_button_sends_to_those_missing(held, people, client_as):
    meeting, guest = held
    mail.outbox.clear()
    with override_settings(EMAIL_BACKEND="transferhub.invitations.tests.failing_mail.Backend"):
        approve(meeting)
    assert mail.outbox == []
    failed = MinutesDelivery.objects.filter(meeting=meeting)
    assert failed.count() == 4
    assert all(d.sent_at is None and d.failed_at and d.error for d in failed)
    # The job tried again (immediate backend: at once) until it gave up.
    assert {d.attempts for d in failed} == {5}
    page = client_as("secretariat").get(reverse("invitations:deliveries", args=[meeting.pk]))
    text = page.content.decode()
    assert "Noch nicht erhalten" in text and guest.full_name in text
    assert guest.email not in text
    with committed():
        response = client_as("secretariat").post(
            reverse("invitations:deliveries", args=[meeting.pk]), follow=True
        )
    assert "Das Protokoll geht an 4 Personen." in response.content.decode()
    assert len(mail.outbox) == 4
    assert MinutesDelivery.objects.filter(meeting=meeting, sent_at__isnull=True).count() == 0
    with committed():
        response = client_as("secretariat").post(
            reverse("invitations:deliveries", args=[meeting.pk]), follow=True
        )
    assert "Alle haben das Protokoll erhalten." in response.content.decode()
    assert len(mail.outbox) == 4


def test_minutes_not_approved_are_not_sent(seed_meeting):
    with pytest.raises(services.InvitationError, match="Nur genehmigte Protokolle"):
        services.minutes_distribute(meeting=seed_meeting)
    assert not MinutesDelivery.objects.exists()


def test_a_member_who_turned_minutes_mails_off_gets_none(held, people, client_as):
    from transferhub.accounts.models import MailOptOut

    meeting, guest = held
    MailOptOut.objects.create(person=people["member"], kind="minutes")
    mail.outbox.clear()
    approve(meeting)
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert people["member"].email not in recipients
    assert sorted([people["chair"].email, people["secretariat"].email, guest.email]) == recipients
    assert not MinutesDelivery.objects.filter(meeting=meeting, person=people["member"]).exists()
    with committed():
        response = client_as("secretariat").post(
            reverse("invitations:deliveries", args=[meeting.pk]), follow=True
        )
    assert "Alle haben das Protokoll erhalten." in response.content.decode()
    assert len(mail.outbox) == 3


def test_an_english_member_gets_the_minutes_in_english(held, people):
    meeting, _guest = held
    people["member"].language = "en"
    people["member"].save()
    mail.outbox.clear()
    approve(meeting)
    english = next(m for m in mail.outbox if m.to == [people["member"].email])
    assert english.subject.startswith("Minutes: AG Transfer")
