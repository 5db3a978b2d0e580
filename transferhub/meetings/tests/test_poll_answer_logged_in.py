"""Members may also answer on the poll page when logged in; others may not."""

import pytest
from django.urls import reverse

from transferhub.lib.models import ActionLog
from transferhub.meetings.models import DatePollAnswer
from transferhub.meetings.polls import date_poll_choose

from .conftest import page_text
from .test_poll_answer_by_link import answers, stored

pytestmark = pytest.mark.django_db


def test_a_logged_in_member_answers_on_the_poll_page(client_as, date_poll, invitee_of, people):
    client = client_as("member")
    page = client.get(date_poll.get_absolute_url())
    assert page.status_code == 200 and "Ihre Antworten" in page_text(page)
    response = client.post(
        reverse("meetings:poll_answer", args=[date_poll.pk]),
        answers(date_poll, "maybe", "yes", "no"),
    )
    assert response.status_code == 302
    assert stored(invitee_of(people["member"])) == ["maybe", "yes", "no"]
    entry = ActionLog.objects.get(action="date_poll.answered")
    assert entry.actor == people["member"].user and entry.data["via"] == "login"


def test_a_missing_answer_is_shown_next_to_the_slot(client_as, date_poll):
    response = client_as("member").post(reverse("meetings:poll_answer", args=[date_poll.pk]), {})
    assert response.status_code == 200
    assert page_text(response).count("Bitte antworten Sie für diesen Termin.") == 3
    assert not DatePollAnswer.objects.exists()


def test_someone_not_invited_does_not_see_the_poll(client_as, date_poll):
    client = client_as("outsider")
    assert client.get(date_poll.get_absolute_url()).status_code == 404
    url = reverse("meetings:poll_answer", args=[date_poll.pk])
    assert client.post(url, answers(date_poll, "yes", "yes", "yes")).status_code == 404
    assert not DatePollAnswer.objects.exists()


def test_a_manager_who_is_not_invited_sees_the_poll_but_cannot_answer(
    client_as, date_poll, invitee_of, people
):
    invitee_of(people["chair"]).delete()
    client = client_as("chair")
    page = client.get(date_poll.get_absolute_url())
    assert page.status_code == 200 and "Ihre Antworten" not in page_text(page)
    url = reverse("meetings:poll_answer", args=[date_poll.pk])
    assert client.post(url, answers(date_poll, "yes", "yes", "yes")).status_code == 403


def test_anonymous_users_are_sent_to_the_login(client_as, date_poll):
    response = client_as("anonymous").get(date_poll.get_absolute_url())
    assert response.status_code == 302 and "/anmelden/" in response["Location"]


def test_answering_a_closed_poll_is_refused(client_as, date_poll, invitee_of, people):
    date_poll_choose(poll=date_poll, slot_id=date_poll.slots.first().pk)
    client = client_as("member")
    response = client.post(
        reverse("meetings:poll_answer", args=[date_poll.pk]),
        answers(date_poll, "yes", "yes", "yes"),
        follow=True,
    )
    assert "Diese Terminfindung ist abgeschlossen" in page_text(response)
    assert not DatePollAnswer.objects.exists()
