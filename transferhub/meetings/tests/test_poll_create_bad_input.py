"""Bad proposals get a clear German message and create nothing."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from transferhub.meetings.models import DatePoll, DatePollInvitee, DatePollSlot
from transferhub.meetings.polls import date_poll_create
from transferhub.meetings.services import MeetingError

from .conftest import days_ahead, page_text
from .test_poll_create import form_data

pytestmark = pytest.mark.django_db


def post(client_as, ag_transfer, slots, guests=()):
    return client_as("secretariat").post(
        reverse("meetings:poll_create"), form_data(ag_transfer, slots, guests)
    )


def assert_nothing_created(mailoutbox):
    assert not DatePoll.objects.exists()
    assert not DatePollSlot.objects.exists() and not DatePollInvitee.objects.exists()
    assert not mailoutbox


def test_it_refuses_a_poll_without_slots(client_as, ag_transfer, mailoutbox):
    response = post(client_as, ag_transfer, [])
    assert response.status_code == 200
    assert "Bitte schlagen Sie mindestens einen Termin vor." in page_text(response)
    assert_nothing_created(mailoutbox)


def test_it_refuses_a_slot_in_the_past(client_as, ag_transfer, mailoutbox):
    yesterday = (timezone.localdate() - dt.timedelta(days=1)).isoformat()
    response = post(client_as, ag_transfer, [(yesterday, "09:00", "11:00")])
    assert response.status_code == 200
    assert "Dieser Termin liegt in der Vergangenheit." in page_text(response)
    assert_nothing_created(mailoutbox)


def test_it_refuses_an_end_before_the_start(client_as, ag_transfer, mailoutbox):
    response = post(client_as, ag_transfer, [(days_ahead(3).isoformat(), "11:00", "09:00")])
    assert response.status_code == 200
    assert "Das Ende muss nach dem Beginn liegen." in page_text(response)
    assert_nothing_created(mailoutbox)


def test_it_refuses_the_same_slot_twice(client_as, ag_transfer, mailoutbox):
    slot = (days_ahead(3).isoformat(), "09:00", "11:00")
    response = post(client_as, ag_transfer, [slot, slot])
    assert response.status_code == 200
    assert "ist doppelt angegeben" in page_text(response)
    assert_nothing_created(mailoutbox)


def test_it_refuses_a_guest_without_an_address(client_as, ag_transfer, mailoutbox):
    slot = (days_ahead(3).isoformat(), "09:00", "11:00")
    response = post(client_as, ag_transfer, [slot], [("Gisela Gast", "", "de")])
    assert response.status_code == 200
    assert "Dieses Feld ist zwingend erforderlich." in page_text(response)
    assert_nothing_created(mailoutbox)


def test_it_refuses_a_body_the_chair_does_not_manage(client_as, people, mailoutbox):
    from transferhub.network.models import Body

    other = Body.objects.create(name="Strategiekreis")
    slot = (days_ahead(3).isoformat(), "09:00", "11:00")
    response = client_as("chair").post(reverse("meetings:poll_create"), form_data(other, [slot]))
    assert response.status_code == 200
    assert "Bitte eine gültige Auswahl treffen" in page_text(response)
    assert_nothing_created(mailoutbox)


@pytest.mark.parametrize(
    "slots, message",
    [
        ([], "mindestens einen Termin"),
        ([(dt.date(2020, 1, 1), dt.time(9), dt.time(10))], "in der Vergangenheit"),
        ([(days_ahead(2), dt.time(10), dt.time(9))], "Ende nach dem Beginn"),
    ],
)
def test_the_service_refuses_the_same_on_its_own(ag_transfer, people, mailoutbox, slots, message):
    with pytest.raises(MeetingError, match=message):
        date_poll_create(body=ag_transfer, title="AG Transfer", slots=slots)
    assert_nothing_created(mailoutbox)


def test_the_service_refuses_a_guest_with_a_bad_address(ag_transfer, people, mailoutbox):
    with pytest.raises(MeetingError, match="keine gültige E-Mail-Adresse"):
        date_poll_create(
            body=ag_transfer,
            title="AG Transfer",
            slots=[(days_ahead(2), dt.time(9), dt.time(10))],
            guests=[("Gisela", "kein-at-zeichen", "de")],
        )
    assert_nothing_created(mailoutbox)
