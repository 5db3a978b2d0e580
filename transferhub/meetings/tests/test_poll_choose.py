"""Choosing a slot closes the poll, creates the meeting and sends invitations with .ics."""

import datetime as dt

import pytest
from django.test import TestCase
from django.urls import reverse
from icalendar import Calendar

from transferhub.lib.models import ActionLog
from transferhub.meetings.models import Attendance, DatePoll, Meeting
from transferhub.meetings.polls import date_poll_choose, date_poll_create
from transferhub.meetings.services import MeetingError

from .conftest import days_ahead, page_text

pytestmark = pytest.mark.django_db


def choose(client, poll, slot):
    # The members' invitations leave after the commit (the invitations app's job).
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(reverse("meetings:poll_choose", args=[poll.pk]), {"slot": slot.pk})


def ics_of(mail) -> Calendar:
    # Members' invitations carry the agenda PDF besides the .ics.
    (attachment,) = [a for a in mail.attachments if not a[0].endswith(".pdf")]
    filename, content, mimetype = attachment
    assert filename.endswith(".ics") and mimetype.startswith("text/calendar")
    return Calendar.from_ical(content)


def test_the_confirmation_page_preselects_the_slot(client_as, date_poll):
    slot = date_poll.slots.last()
    url = reverse("meetings:poll_choose", args=[date_poll.pk]) + f"?slot={slot.pk}"
    text = page_text(client_as("secretariat").get(url))
    assert f'value="{slot.pk}" checked' in text
    assert "Termin festlegen und einladen" in text


def test_choosing_creates_the_meeting_and_invites_members_and_guests(
    client_as, date_poll, people, mailoutbox
):
    slot = date_poll.slots.all()[1]
    client = client_as("secretariat")
    response = choose(client, date_poll, slot)
    meeting = Meeting.objects.get()
    assert response.status_code == 302 and response["Location"] == meeting.get_absolute_url()
    assert (meeting.date, meeting.start_time, meeting.end_time) == (
        slot.date,
        slot.start_time,
        slot.end_time,
    )
    assert meeting.body == date_poll.body and meeting.location == "online"
    assert meeting.state == Meeting.State.INVITED
    date_poll.refresh_from_db()
    assert date_poll.state == DatePoll.State.CLOSED
    assert date_poll.chosen_slot == slot and date_poll.meeting == meeting
    # Three members and the guest, each with the .ics.
    assert sorted(m.to[0] for m in mailoutbox) == sorted(
        [people[r].email for r in ("secretariat", "chair", "member")] + ["gisela@example.net"]
    )
    for mail in mailoutbox:
        event = ics_of(mail).walk("VEVENT")[0]
        assert event.decoded("dtstart").date() == slot.date
        assert event.decoded("dtstart").time() == slot.start_time
        assert str(event["summary"]) == "AG Transfer"
    guest_row = meeting.attendances.get(person__isnull=True)
    assert guest_row.guest_name == "Gisela Gast"
    assert guest_row.status == Attendance.Status.INVITED
    assert meeting.attendances.count() == 4
    assert ActionLog.objects.filter(action="date_poll.closed", object_id=date_poll.pk).exists()
    page = client.get(response["Location"])
    assert "4 Einladungen wurden verschickt" in page_text(page)


def test_invitations_speak_the_language_of_each_person(client_as, date_poll, people, mailoutbox):
    choose(client_as("secretariat"), date_poll, date_poll.slots.first())
    by_address = {m.to[0]: m for m in mailoutbox}
    assert by_address[people["chair"].email].subject.startswith("Einladung: AG Transfer am")
    assert by_address[people["member"].email].subject.startswith("Invitation: AG Transfer on")
    guest = by_address["gisela@example.net"]
    assert guest.subject.startswith("Invitation: AG Transfer on")
    assert "We cordially invite you as a guest" in guest.body
    assert guest.alternatives[0][1] == "text/html"


def test_a_german_guest_gets_a_german_mail(people, ag_transfer, mailoutbox):
    poll = date_poll_create(
        body=ag_transfer,
        title="AG Transfer",
        slots=[(days_ahead(9), dt.time(9), dt.time(10))],
        guests=[("Gerd Gast", "gerd@example.net", "de")],
    )
    mailoutbox.clear()
    date_poll_choose(poll=poll, slot_id=poll.slots.get().pk)
    (mail,) = [m for m in mailoutbox if m.to == ["gerd@example.net"]]
    assert mail.subject.startswith("Einladung: AG Transfer am")
    assert "Wir laden Sie herzlich als Gast ein" in mail.body
    assert ics_of(mail).walk("VEVENT")


def test_choosing_twice_is_refused_and_changes_nothing(client_as, date_poll, mailoutbox):
    client = client_as("secretariat")
    first, second = date_poll.slots.all()[:2]
    choose(client, date_poll, first)
    mailoutbox.clear()
    response = choose(client, date_poll, second)
    assert response.status_code == 302
    assert "bereits ein Termin gewählt" in page_text(client.get(response["Location"]))
    assert Meeting.objects.count() == 1 and not mailoutbox
    date_poll.refresh_from_db()
    assert date_poll.chosen_slot == first
    with pytest.raises(MeetingError, match="bereits ein Termin gewählt"):
        date_poll_choose(poll=date_poll, slot_id=second.pk)


def test_a_slot_of_another_poll_is_refused(client_as, date_poll, people, ag_transfer, mailoutbox):
    other = date_poll_create(
        body=ag_transfer, title="Andere", slots=[(days_ahead(30), dt.time(9), dt.time(10))]
    )
    mailoutbox.clear()
    response = choose(client_as("secretariat"), date_poll, other.slots.get())
    assert response.status_code == 200
    assert "Bitte eine gültige Auswahl treffen" in page_text(response)
    with pytest.raises(MeetingError, match="einen der vorgeschlagenen Termine"):
        date_poll_choose(poll=date_poll, slot_id=other.slots.get().pk)
    assert not Meeting.objects.exists() and not mailoutbox
    date_poll.refresh_from_db()
    assert date_poll.is_open


def test_no_slot_chosen_is_refused(client_as, date_poll, mailoutbox):
    response = client_as("chair").post(reverse("meetings:poll_choose", args=[date_poll.pk]), {})
    assert response.status_code == 200
    assert "Bitte wählen Sie einen der vorgeschlagenen Termine." in page_text(response)
    assert not Meeting.objects.exists() and not mailoutbox


def test_a_slot_that_has_passed_meanwhile_is_refused(client_as, date_poll, mailoutbox):
    slot = date_poll.slots.first()
    slot.date = dt.date(2020, 1, 1)
    slot.save()
    response = choose(client_as("secretariat"), date_poll, slot)
    assert response.status_code == 200
    assert "Dieser Termin liegt in der Vergangenheit" in page_text(response)
    assert not Meeting.objects.exists() and not mailoutbox
    date_poll.refresh_from_db()
    assert date_poll.is_open


@pytest.mark.parametrize("role, status", [("member", 403), ("outsider", 404)])
def test_only_managers_may_choose(client_as, date_poll, role, status, mailoutbox):
    assert choose(client_as(role), date_poll, date_poll.slots.first()).status_code == status
    assert not Meeting.objects.exists() and not mailoutbox


def test_the_chair_may_choose(client_as, date_poll):
    assert choose(client_as("chair"), date_poll, date_poll.slots.first()).status_code == 302
    assert Meeting.objects.get().date == date_poll.slots.first().date
