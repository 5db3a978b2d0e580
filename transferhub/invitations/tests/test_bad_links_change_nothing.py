"""An altered, expired or void link, or one for a meeting that is over or cancelled: a clear
German message, and nothing changes."""

import datetime as dt

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse

from transferhub.invitations import services
from transferhub.invitations.models import Invitation
from transferhub.meetings.models import Attendance, Meeting

from .conftest import committed, link_in, mail_to


@pytest.fixture
def invited(body, meeting):
    with committed():
        services.invitations_send(meeting=meeting, guests=[("Gisela Gast", "g@example.net", "de")])
    return meeting


def statuses(meeting):
    return sorted(meeting.attendances.values_list("pk", "status"))


def test_an_altered_link_is_refused(client, body, invited):
    link = link_in(mail_to(mail.outbox, body.anna))
    before = statuses(invited)
    altered = link.replace("/link/", "/link/x")
    response = client.post(altered, {"answer": "accepted"})
    assert response.status_code == 400
    text = response.content.decode()
    assert "Dieser Link ist ungültig." in text and "Es wurde nichts geändert." in text
    assert statuses(invited) == before
    assert not Invitation.objects.exclude(answer="pending").exists()


def test_an_expired_link_is_refused(client, body, invited):
    link = link_in(mail_to(mail.outbox, body.anna))
    with override_settings(INVITATION_LINK_DAYS=-1):
        response = client.post(link, {"answer": "accepted"})
    assert response.status_code == 400
    assert "Dieser Link ist abgelaufen." in response.content.decode()
    assert not Invitation.objects.exclude(answer="pending").exists()


def test_a_link_whose_invitation_got_a_new_key_is_void(client, body, invited):
    link = link_in(mail_to(mail.outbox, body.anna))
    invitation = Invitation.objects.get(person=body.anna)
    invitation.key = invitation.key.__class__(int=invitation.key.int + 1)
    invitation.save()
    response = client.get(link)
    assert response.status_code == 400
    assert "Diese Einladung gilt nicht mehr." in response.content.decode()


def test_a_link_for_a_meeting_that_is_over_changes_nothing(client, body, invited):
    link = link_in(mail_to(mail.outbox, body.anna))
    Meeting.objects.filter(pk=invited.pk).update(date=dt.date.today() - dt.timedelta(days=1))
    before = statuses(invited)
    response = client.post(link, {"answer": "declined"})
    assert response.status_code == 400
    text = response.content.decode()
    assert "Die Sitzung ist vorbei" in text and "Es wurde nichts geändert." in text
    assert statuses(invited) == before
    assert Invitation.objects.get(person=body.anna).answer == "pending"


def test_a_link_for_a_cancelled_meeting_changes_nothing(client, body, invited):
    link = link_in(mail_to(mail.outbox, body.anna))
    Meeting.objects.filter(pk=invited.pk).update(state=Meeting.State.CANCELLED)
    response = client.post(link, {"answer": "accepted"})
    assert response.status_code == 400
    assert "Die Sitzung wurde abgesagt" in response.content.decode()
    assert Invitation.objects.get(person=body.anna).answer == "pending"


def test_a_substitute_from_another_organisation_is_refused(client, body, invited):
    link = link_in(mail_to(mail.outbox, body.anna))  # Anna sits for OM; Bernd is of the IfA
    before = statuses(invited)
    response = client.post(
        link,
        {
            "answer": "substitute",
            "substitute_name": "Bernd Berg",
            "substitute_email": body.bernd.email,
        },
    )
    assert response.status_code == 400
    assert "Die Vertretung muss aus Ihrer Organisation (Offensive Mittelstand) kommen." in (
        response.content.decode()
    )
    assert statuses(invited) == before


def test_who_sits_for_no_organisation_names_no_substitute(client, body, invited):
    link = link_in(mail_to(mail.outbox, body.member))  # Wilhelm Heidbrede, no organisation
    response = client.post(
        link,
        {"answer": "substitute", "substitute_name": "Jemand", "substitute_email": "j@example.org"},
    )
    assert response.status_code == 400
    assert "Eine Vertretung kann nur benennen" in response.content.decode()
    assert not invited.attendances.filter(guest_name="Jemand").exists()


def test_a_substitute_without_name_or_address_is_refused(client, body, invited):
    link = link_in(mail_to(mail.outbox, body.anna))
    response = client.post(link, {"answer": "substitute", "substitute_email": "x@example.org"})
    assert "Bitte nennen Sie den Namen Ihrer Vertretung." in response.content.decode()
    response = client.post(link, {"answer": "substitute", "substitute_name": "Xaver"})
    assert "gültige E-Mail-Adresse Ihrer Vertretung" in response.content.decode()
    assert Invitation.objects.get(person=body.anna).answer == "pending"


def test_a_changed_answer_steps_the_substitute_back(client, body, invited):
    link = link_in(mail_to(mail.outbox, body.anna))
    client.post(
        link,
        {
            "answer": "substitute",
            "substitute_name": "Sabine S.",
            "substitute_email": "s@om.example",
        },
    )
    client.post(link, {"answer": "accepted"})
    rows = {a.display_name: a.status for a in invited.attendances.all()}
    assert rows["Sabine S."] == Attendance.Status.DECLINED
    assert rows[body.anna.full_name] == Attendance.Status.ACCEPTED


def test_bad_guests_and_an_empty_subject_are_refused_and_nobody_is_invited(
    client_as, body, meeting
):
    url = reverse("invitations:preview", args=[meeting.pk])
    client = client_as("secretariat")
    cases = [
        ({"guests": "Gisela ohne Adresse"}, "Zeile 1 der Gäste ist nicht lesbar."),
        ({"guests": "Gisela <keine-adresse>"}, "keine gültige E-Mail-Adresse"),
        ({"guests": "A <a@example.org>\nB <A@example.org>"}, "steht zweimal unter den Gästen"),
        ({"subject_de": ""}, "Dieses Feld ist zwingend erforderlich."),
    ]
    for changes, message in cases:
        data = {
            "subject_de": "Einladung",
            "subject_en": "Invitation",
            "text_de": "Text",
            "text_en": "Text",
            **changes,
        }
        with committed():
            response = client.post(url, data)
        assert response.status_code == 200
        assert message in response.content.decode(), message
    assert not Invitation.objects.exists() and mail.outbox == []
    meeting.refresh_from_db()
    assert meeting.state == Meeting.State.PLANNED


def test_the_answer_page_shows_no_mail_address(client, body, invited):
    link = link_in(mail_to(mail.outbox, body.chair))
    client.post(
        link,
        {
            "answer": "substitute",
            "substitute_name": "Sabine S.",
            "substitute_email": "s@om.example",
        },
    )
    text = client.get(link).content.decode()
    assert "Sabine S." in text
    assert "@" not in text.split("<main", 1)[-1].split("</main>")[0]
