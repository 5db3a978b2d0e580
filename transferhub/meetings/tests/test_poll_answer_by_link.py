"""Invitees answer yes / if need be / no per slot through their signed link, without login."""

import time
from unittest import mock

import pytest
from django.core import signing
from django.urls import reverse

from transferhub.lib.models import ActionLog
from transferhub.meetings.models import DatePollAnswer
from transferhub.meetings.polls import date_poll_choose, date_poll_token

from .conftest import page_text

pytestmark = pytest.mark.django_db


def link(invitee) -> str:
    return reverse("meetings:poll_link", args=[date_poll_token(invitee)])


def answers(poll, *values):
    return {f"slot_{slot.pk}": v for slot, v in zip(poll.slots.all(), values, strict=True)}


def stored(invitee):
    return list(invitee.answers.order_by("slot__date").values_list("value", flat=True))


def test_the_link_shows_the_slots_and_the_table(client, date_poll, invitee_of):
    response = client.get(link(invitee_of("guest")))
    text = page_text(response)
    assert response.status_code == 200
    assert "Sie antworten als Gisela Gast" in text
    assert "Beste Termine" in text and "Alle Antworten" in text
    assert text.count('type="radio"') == 9


def test_a_guest_answers_without_login(client, date_poll, invitee_of):
    guest = invitee_of("guest")
    response = client.post(link(guest), answers(date_poll, "yes", "maybe", "no"))
    assert response.status_code == 302
    assert stored(guest) == ["yes", "maybe", "no"]
    guest.refresh_from_db()
    assert guest.answered_at is not None
    entry = ActionLog.objects.get(action="date_poll.answered")
    assert entry.actor is None and entry.data["via"] == "signed_link"
    page = client.get(response["Location"])
    assert "Vielen Dank! Ihre Antworten sind gespeichert." in page_text(page)


def test_a_member_changes_their_answers_later(client, date_poll, invitee_of, people):
    member = invitee_of(people["member"])
    client.post(link(member), answers(date_poll, "yes", "yes", "yes"))
    client.post(link(member), answers(date_poll, "no", "maybe", "yes"))
    assert stored(member) == ["no", "maybe", "yes"]
    assert DatePollAnswer.objects.count() == 3


def test_it_asks_for_an_answer_to_every_slot(client, date_poll, invitee_of):
    guest = invitee_of("guest")
    data = answers(date_poll, "yes", "yes", "yes")
    data.pop(next(iter(data)))
    response = client.post(link(guest), data)
    assert response.status_code == 200
    assert "Bitte antworten Sie für diesen Termin." in page_text(response)
    assert stored(guest) == []


def test_it_refuses_an_answer_that_is_not_offered(client, date_poll, invitee_of):
    guest = invitee_of("guest")
    response = client.post(link(guest), answers(date_poll, "yes", "vielleicht", "no"))
    assert response.status_code == 200
    assert stored(guest) == []


def test_a_forged_link_is_refused_and_changes_nothing(client, date_poll, invitee_of):
    token = date_poll_token(invitee_of("guest"))
    forged = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
    url = reverse("meetings:poll_link", args=[forged])
    for response in (client.get(url), client.post(url, answers(date_poll, "yes", "yes", "yes"))):
        assert response.status_code == 400
        assert "Dieser Link ist ungültig" in page_text(response)
        assert "Es wurde nichts geändert." in page_text(response)
    assert not DatePollAnswer.objects.exists()


def test_a_link_tampered_to_name_another_invitee_is_refused(client, date_poll, invitee_of, people):
    guest, member = invitee_of("guest"), invitee_of(people["member"])
    payload, stamp, signature = date_poll_token(guest).split(":")
    data = signing.b64_decode(payload.encode()).replace(
        f'"invitee":{guest.pk}'.encode(), f'"invitee":{member.pk}'.encode()
    )
    assert str(member.pk).encode() in data
    token = f"{signing.b64_encode(data).decode()}:{stamp}:{signature}"
    response = client.post(
        reverse("meetings:poll_link", args=[token]), answers(date_poll, "yes", "yes", "yes")
    )
    assert response.status_code == 400
    assert not DatePollAnswer.objects.exists()


def test_an_expired_link_is_refused_and_changes_nothing(client, date_poll, invitee_of, settings):
    settings.DATE_POLL_LINK_DAYS = 30
    long_ago = time.time() - 31 * 24 * 3600
    with mock.patch("django.core.signing.time.time", return_value=long_ago):
        token = date_poll_token(invitee_of("guest"))
    response = client.post(
        reverse("meetings:poll_link", args=[token]), answers(date_poll, "yes", "yes", "yes")
    )
    assert response.status_code == 400
    assert "Dieser Link ist abgelaufen" in page_text(response)
    assert not DatePollAnswer.objects.exists()


def test_a_link_stops_working_when_the_invitation_is_withdrawn(client, date_poll, invitee_of):
    guest = invitee_of("guest")
    token = date_poll_token(guest)
    guest.delete()
    response = client.get(reverse("meetings:poll_link", args=[token]))
    assert response.status_code == 400
    assert "Diese Einladung gibt es nicht mehr" in page_text(response)


def test_answering_a_closed_poll_is_refused_and_changes_nothing(
    client, date_poll, invitee_of, people
):
    guest = invitee_of("guest")
    date_poll_choose(poll=date_poll, slot_id=date_poll.slots.first().pk)
    response = client.get(link(guest))
    assert response.status_code == 200
    assert "Der Termin steht fest" in page_text(response)
    assert 'type="radio"' not in page_text(response)
    response = client.post(link(guest), answers(date_poll, "yes", "yes", "yes"))
    assert response.status_code == 400
    assert "Diese Terminfindung ist abgeschlossen" in page_text(response)
    assert not DatePollAnswer.objects.exists()
