"""Einladen: one e-mail per member with an .ics file, in the person's language."""

import datetime as dt

from django.core import mail
from django.urls import reverse
from icalendar import Calendar

from transferhub.meetings import services
from transferhub.meetings.models import Attendance, Meeting

from .conftest import page_text


def _invite(client, meeting):
    return client.post(reverse("meetings:invite", args=[meeting.pk]), follow=True)


def _ics(message) -> Calendar:
    (filename, content, mimetype) = next(a for a in message.attachments if a[0].endswith(".ics"))
    assert mimetype.startswith("text/calendar")
    return Calendar.from_ical(content)


def test_each_member_with_an_email_gets_one_invitation_with_a_calendar_file(
    client_as, planned_meeting, people
):
    services.agenda_item_add(meeting=planned_meeting, name="Neues aus der OM", duration_minutes=20)
    people["chair"].email = ""
    people["chair"].save()
    response = _invite(client_as("secretariat"), planned_meeting)
    assert "2 Einladungen wurden verschickt." in page_text(response)
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == sorted([people["member"].email, people["secretariat"].email])
    assert people["outsider"].email not in recipients
    for message in mail.outbox:
        event = _ics(message).walk("VEVENT")[0]
        assert event.decoded("dtstart").replace(tzinfo=None) == dt.datetime(2022, 11, 24, 9)
        assert event.decoded("dtend").replace(tzinfo=None) == dt.datetime(2022, 11, 24, 11)
        assert planned_meeting.get_absolute_url() in message.body
        assert "Neues aus der OM" in message.body
        html = message.alternatives[0][0]
        assert "Neues aus der OM" in html
    planned_meeting.refresh_from_db()
    assert planned_meeting.state == Meeting.State.INVITED
    assert Attendance.objects.filter(meeting=planned_meeting).count() == 3


def test_the_invitation_speaks_the_language_of_each_person(client_as, planned_meeting, people):
    _invite(client_as("secretariat"), planned_meeting)
    german = next(m for m in mail.outbox if m.to == [people["secretariat"].email])
    english = next(m for m in mail.outbox if m.to == [people["member"].email])
    assert german.subject.startswith("Einladung: AG Transfer am 24.11.2022")
    assert "Guten Tag Theresa Joerißen," in german.body
    assert "Tagesordnung" in german.body
    assert english.subject.startswith("Invitation: AG Transfer")
    assert "Dear Wilhelm Heidbrede," in english.body
    assert "Agenda" in english.body
    assert "Guten Tag" not in english.body


def test_members_may_not_send_invitations(client_as, planned_meeting):
    response = client_as("member").post(reverse("meetings:invite", args=[planned_meeting.pk]))
    assert response.status_code == 403
    assert mail.outbox == []


def test_a_held_meeting_is_not_invited_again(client_as, seed_meeting):
    response = _invite(client_as("secretariat"), seed_meeting)
    assert "Nur geplante Sitzungen können eingeladen werden." in page_text(response)
    assert mail.outbox == []


def test_the_state_buttons_mark_held_and_cancel(client_as, planned_meeting):
    client = client_as("secretariat")
    url = reverse("meetings:state", args=[planned_meeting.pk])
    cancel = reverse("meetings:cancel", args=[planned_meeting.pk])
    response = client.post(cancel, {"reason": "Zu wenige Zusagen"}, follow=True)
    assert "Die Sitzung ist abgesagt." in page_text(response)
    planned_meeting.refresh_from_db()
    assert planned_meeting.state == Meeting.State.CANCELLED
    client.post(url, {"state": "planned"})
    client.post(url, {"state": "held"})
    planned_meeting.refresh_from_db()
    assert planned_meeting.state == Meeting.State.HELD
    response = client.post(cancel, {"reason": "Zu spät"}, follow=True)
    assert "kann nicht auf" in page_text(response)
    planned_meeting.refresh_from_db()
    assert planned_meeting.state == Meeting.State.HELD
