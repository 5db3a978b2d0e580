"""Proposing dates: the secretariat or the chair starts a poll, every invitee gets a link."""

import re

import pytest
from django.urls import reverse

from transferhub.lib.models import ActionLog
from transferhub.meetings.models import DatePoll

from .conftest import days_ahead, page_text

pytestmark = pytest.mark.django_db


def form_data(body, slots=(), guests=(), **extra):
    data = {
        "body": body.pk,
        "title": "AG Transfer",
        "location": "online",
        "note": "Bitte bis Freitag antworten.",
        "slots-TOTAL_FORMS": str(max(len(slots), 3)),
        "slots-INITIAL_FORMS": "0",
        "guests-TOTAL_FORMS": str(max(len(guests), 1)),
        "guests-INITIAL_FORMS": "0",
        **extra,
    }
    for i, (date, start, end) in enumerate(slots):
        data.update(
            {
                f"slots-{i}-date": date,
                f"slots-{i}-start_time": start,
                f"slots-{i}-end_time": end,
            }
        )
    for i, (name, email, language) in enumerate(guests):
        data.update(
            {
                f"guests-{i}-name": name,
                f"guests-{i}-email": email,
                f"guests-{i}-language": language,
            }
        )
    return data


def three_slots():
    return [
        (days_ahead(10).isoformat(), "09:00", "11:00"),
        (days_ahead(11).isoformat(), "14:00", "16:00"),
        (days_ahead(12).isoformat(), "10:00", "12:00"),
    ]


def test_the_secretariat_proposes_three_slots_and_everyone_gets_a_link(
    client_as, ag_transfer, people, mailoutbox
):
    response = client_as("secretariat").post(
        reverse("meetings:poll_create"),
        form_data(ag_transfer, three_slots(), [("Gisela Gast", "gisela@example.net", "de")]),
    )
    poll = DatePoll.objects.get()
    assert response.status_code == 302 and response["Location"] == poll.get_absolute_url()
    assert poll.slots.count() == 3 and poll.is_open
    assert poll.note == "Bitte bis Freitag antworten." and poll.location == "online"
    # The three members of the body and the guest.
    assert poll.invitees.count() == 4
    recipients = sorted(m.to[0] for m in mailoutbox)
    assert recipients == sorted(
        [p.email for k, p in people.items() if k != "outsider"] + ["gisela@example.net"]
    )
    assert ActionLog.objects.filter(action="date_poll.created", object_id=poll.pk).exists()


def test_each_link_in_the_mails_opens_the_poll_without_login(
    client, client_as, ag_transfer, mailoutbox
):
    client_as("secretariat").post(
        reverse("meetings:poll_create"), form_data(ag_transfer, three_slots())
    )
    client.logout()
    links = set()
    for mail in mailoutbox:
        (link,) = re.findall(r"http\S+/terminfindung/link/\S+/", mail.body)
        html = mail.alternatives[0][0]
        assert link in html
        links.add(link)
        response = client.get(link.split("8000", 1)[-1])
        assert response.status_code == 200
        assert "Ihre Antworten" in page_text(response)
    assert len(links) == len(mailoutbox) == 3


def test_the_mail_speaks_the_language_of_the_person(date_poll, people, mailoutbox):
    from transferhub.meetings.polls import _mail_invitees

    _mail_invitees(date_poll)
    by_address = {m.to[0]: m for m in mailoutbox}
    german = by_address[people["chair"].email]
    english = by_address[people["member"].email]
    guest = by_address["gisela@example.net"]
    assert german.subject == "Terminfindung: AG Transfer"
    assert "Vorgeschlagene Termine" in german.body
    assert "Guten Tag Prof. Dr. Oliver Kruse" in german.body
    assert english.subject == "Finding a date: AG Transfer"
    assert "Proposed dates" in english.body and "Dear Wilhelm Heidbrede" in english.body
    assert "Proposed dates" in guest.body and "Gisela Gast" in guest.body
    for mail in (german, english, guest):
        assert mail.alternatives[0][1] == "text/html"


def test_the_chair_may_propose_dates_for_the_body(client_as, ag_transfer):
    response = client_as("chair").post(
        reverse("meetings:poll_create"), form_data(ag_transfer, three_slots())
    )
    assert response.status_code == 302
    assert DatePoll.objects.get().created_by.username == "chair"


@pytest.mark.parametrize("role, status", [("member", 403), ("outsider", 403)])
def test_others_may_not_propose_dates(client_as, ag_transfer, role, status):
    url = reverse("meetings:poll_create")
    assert client_as(role).get(url).status_code == status
    assert client_as(role).post(url, form_data(ag_transfer, three_slots())).status_code == status
    assert not DatePoll.objects.exists()


def test_anonymous_users_are_sent_to_the_login(client_as):
    response = client_as("anonymous").get(reverse("meetings:poll_create"))
    assert response.status_code == 302 and "/anmelden/" in response["Location"]


def test_more_rows_adds_empty_rows_and_keeps_what_was_typed(client_as, ag_transfer, mailoutbox):
    data = form_data(ag_transfer, three_slots()[:1], more_rows="1")
    response = client_as("secretariat").post(reverse("meetings:poll_create"), data)
    assert response.status_code == 200
    text = page_text(response)
    assert "Termin 6" in text and "Gast 2" in text
    assert f'value="{three_slots()[0][0]}"' in text
    assert not DatePoll.objects.exists() and not mailoutbox


def test_the_form_preselects_the_body_from_the_link(client_as, ag_transfer):
    response = client_as("secretariat").get(
        reverse("meetings:poll_create") + f"?body={ag_transfer.pk}"
    )
    assert f'<option value="{ag_transfer.pk}" selected>' in page_text(response)
