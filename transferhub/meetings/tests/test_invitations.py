"""Einladen: one e-mail per member with an .ics file, in the person's language.

The invitations app keeps and mails them (registry.meeting_invitations); the button
leads to its preview. Its own tests cover the preview, the answers and the log.
"""

import datetime as dt

import pytest
from django.core import mail
from django.test import TestCase
from django.urls import reverse
from icalendar import Calendar

from transferhub.meetings import services
from transferhub.meetings.models import Attendance, Meeting

from .conftest import page_text


def _invite(meeting):
    with TestCase.captureOnCommitCallbacks(execute=True):  # the mails leave after the commit
        return services.meeting_invite(meeting=meeting)


def _ics(message) -> Calendar:
    (filename, content, mimetype) = next(a for a in message.attachments if a[0].endswith(".ics"))
    assert mimetype.startswith("text/calendar")
    return Calendar.from_ical(content)


def test_each_member_with_an_email_gets_one_invitation_with_a_calendar_file(
    planned_meeting, people
):
    services.agenda_item_add(meeting=planned_meeting, name="Neues aus der OM", duration_minutes=20)
    people["chair"].email = ""
    people["chair"].save()
    assert _invite(planned_meeting) == 2
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == sorted([people["member"].email, people["secretariat"].email])
    assert people["outsider"].email not in recipients
    for message in mail.outbox:
        event = _ics(message).walk("VEVENT")[0]
        assert event.decoded("dtstart").replace(tzinfo=None) == dt.datetime(2022, 11, 24, 9)
        assert event.decoded("dtend").replace(tzinfo=None) == dt.datetime(2022, 11, 24, 11)
        assert "Neues aus der OM" in message.body
        html = message.alternatives[0][0]
        assert "Neues aus der OM" in html
    planned_meeting.refresh_from_db()
    assert planned_meeting.state == Meeting.State.INVITED
    # "eingeladen" only for those a mail reached: not for the chair without an address.
    assert Attendance.objects.filter(meeting=planned_meeting).count() == 2


def test_the_invitation_speaks_the_language_of_each_person(planned_meeting, people):
    services.agenda_item_add(meeting=planned_meeting, name="Verschiedenes")
    _invite(planned_meeting)
    german = next(m for m in mail.outbox if m.to == [people["secretariat"].email])
    english = next(m for m in mail.outbox if m.to == [people["member"].email])
    assert german.subject.startswith("Einladung: AG Transfer am 24.11.2022")
    assert "Guten Tag Theresa Joerißen," in german.body
    assert "Tagesordnung" in german.body
    assert english.subject.startswith("Invitation: AG Transfer")
    assert "Dear Wilhelm Heidbrede," in english.body
    assert "Agenda" in english.body
    assert "Guten Tag" not in english.body


def test_the_button_leads_to_the_preview(client_as, planned_meeting):
    response = client_as("secretariat").get(reverse("meetings:invite", args=[planned_meeting.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("invitations:preview", args=[planned_meeting.pk])
    assert mail.outbox == []


def test_members_may_not_send_invitations(client_as, planned_meeting):
    response = client_as("member").get(reverse("meetings:invite", args=[planned_meeting.pk]))
    assert response.status_code == 403
    assert mail.outbox == []


def test_a_held_meeting_is_not_invited_again(seed_meeting):
    with pytest.raises(services.MeetingError, match="Nur geplante Sitzungen"):
        _invite(seed_meeting)
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
