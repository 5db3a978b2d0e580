"""After the invitation: a new date, time or place sends an update with the same .ics UID and
a higher SEQUENCE; a cancellation sends METHOD:CANCEL with the reason; a reminder goes once
to those who have not answered, N days before."""

import datetime as dt
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from icalendar import Calendar

from transferhub.invitations import services
from transferhub.invitations.models import BodyInvitationSettings, Invitation, InvitationMail
from transferhub.meetings import services as meeting_services
from transferhub.meetings.models import Meeting

from .conftest import committed, days_ahead, mail_to


@pytest.fixture
def invited(body, meeting):
    with committed():
        services.invitations_send(meeting=meeting)
    mail.outbox.clear()
    return Meeting.objects.get(pk=meeting.pk)


def event_of(message):
    (ics,) = [a for a in message.attachments if a[0].endswith(".ics")]
    calendar = Calendar.from_ical(ics[1])
    return calendar, calendar.walk("VEVENT")[0]


def test_a_new_time_and_place_send_an_update_that_replaces_the_entry(body, meeting):
    with committed():
        services.invitations_send(meeting=meeting)
    _cal, first = event_of(mail_to(mail.outbox, body.anna))
    mail.outbox.clear()
    meeting = Meeting.objects.get(pk=meeting.pk)
    with committed():
        meeting_services.meeting_update(
            meeting=meeting, start_time=dt.time(10), location="Berlin", name="AG Transfer"
        )
    assert len(mail.outbox) == 5  # everyone invited, once
    message = mail_to(mail.outbox, body.anna)
    assert message.subject.startswith("Geändert: AG Transfer")
    assert "Beginn: jetzt 10:00" in message.body and "Ort: jetzt Berlin" in message.body
    calendar, event = event_of(message)
    assert str(calendar["method"]) == "REQUEST"
    assert str(event["uid"]) == str(first["uid"])
    assert int(event["sequence"]) > int(first["sequence"])
    assert event.decoded("dtstart").time() == dt.time(10)
    assert InvitationMail.objects.filter(kind="update", sent_at__isnull=False).count() == 5


def test_a_new_title_alone_sends_nothing(invited):
    with committed():
        meeting_services.meeting_update(meeting=invited, name="AG Transfer (Sondersitzung)")
    assert mail.outbox == []


def test_cancelling_sends_method_cancel_with_the_reason(client_as, body, invited):
    with committed():
        client_as("secretariat").post(
            reverse("meetings:cancel", args=[invited.pk]), {"reason": "Zu wenige Zusagen"}
        )
    assert len(mail.outbox) == 5
    message = mail_to(mail.outbox, body.anna)
    assert message.subject.startswith("Abgesagt: AG Transfer")
    assert "Grund: Zu wenige Zusagen" in message.body
    assert "/einladungen/link/" not in message.body
    calendar, event = event_of(message)
    assert str(calendar["method"]) == "CANCEL"
    assert str(event["status"]) == "CANCELLED"
    assert str(event["uid"]) == f"meeting-{invited.pk}@transferhub"


def test_a_reminder_goes_to_those_without_an_answer_three_days_before(body, invited):
    Invitation.objects.filter(person=body.anna).update(answer="accepted")
    Meeting.objects.filter(pk=invited.pk).update(date=days_ahead(3))
    with committed():
        assert services.reminders_queue() == 4
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        p.email for p in (body.chair, body.member, body.secretariat, body.bernd)
    )
    english = mail_to(mail.outbox, body.member)
    assert english.subject.startswith("Reminder: AG Transfer on")
    assert "You have not yet answered the invitation" in english.body


def test_reminders_respect_the_days_and_never_go_twice(body, invited):
    Invitation.objects.filter(person=body.anna).update(answer="declined")
    Meeting.objects.filter(pk=invited.pk).update(date=days_ahead(5))
    with committed():
        assert services.reminders_queue() == 0  # 5 days ahead, the default is 3
    BodyInvitationSettings.objects.create(body=body.body, reminder_days=7)
    with committed():
        call_command("send_invitation_reminders", stdout=io.StringIO())
    reminded = sorted(m.to[0] for m in mail.outbox)
    assert body.anna.email not in reminded
    assert len(reminded) == 4
    german = [m for m in mail.outbox if m.to != [body.member.email]]
    assert all(m.subject.startswith("Erinnerung: AG Transfer") for m in german)
    assert "/einladungen/link/" in mail.outbox[0].body
    mail.outbox.clear()
    with committed():
        assert services.reminders_queue() == 0
    assert mail.outbox == []
