"""Invitations in the JSON API: sending, the answers and mail log, one's own answer, the
minutes' delivery; no operation answers an e-mail address."""

import json

from django.core import mail

from transferhub.api.services import token_create
from transferhub.invitations.models import Invitation
from transferhub.meetings.models import Attendance

from .conftest import committed


def bearer(person, scope="read-write"):
    _token, secret = token_create(user=person.user, name="Test", scope=scope)
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


def post(client, url, data, headers):
    return client.post(url, json.dumps(data), content_type="application/json", **headers)


def test_the_secretariat_invites_by_api_and_reads_the_answers(client, body, meeting):
    url = f"/api/v1/meetings/{meeting.pk}/invitations"
    data = {
        "text_de": "Bitte kommen Sie.",
        "exclude_person_ids": [body.bernd.pk],
        "guests": [{"name": "Gisela Gast", "email": "gisela@example.net", "language": "en"}],
    }
    with committed():
        response = post(client, url, data, bearer(body.secretariat))
    assert response.status_code == 201, response.content
    result = response.json()
    assert result["invited"] == 5 and result["without_email"] == []
    assert len(mail.outbox) == 5
    german = [m for m in mail.outbox if m.to[0] in (body.anna.email, body.chair.email)]
    assert len(german) == 2 and all("Bitte kommen Sie." in m.body for m in german)
    listed = client.get(url, **bearer(body.chair)).json()
    assert {r["name"] for r in listed} >= {"Gisela Gast", body.anna.full_name}
    assert all(r["mails"][0]["sent_at"] for r in listed)
    assert "@" not in json.dumps(listed)
    assert client.get(url, **bearer(body.member)).status_code == 403
    assert client.get(url, **bearer(body.outsider)).status_code == 404


def test_a_member_answers_the_own_invitation_by_api(client, body, meeting):
    with committed():
        post(client, f"/api/v1/meetings/{meeting.pk}/invitations", {}, bearer(body.secretariat))
    url = f"/api/v1/meetings/{meeting.pk}/invitation"
    assert client.get(url, **bearer(body.anna, "read")).json()["answer"] == "pending"
    refused = client.put(
        url,
        json.dumps({"answer": "accepted"}),
        content_type="application/json",
        **bearer(body.anna, "read"),
    )
    assert refused.status_code == 403
    response = client.put(
        url,
        json.dumps(
            {
                "answer": "substitute",
                "substitute_name": "Bernd Berg",
                "substitute_email": body.bernd.email,
            }
        ),
        content_type="application/json",
        **bearer(body.anna),
    )
    assert response.status_code == 422
    assert "aus Ihrer Organisation" in response.json()["message"]
    response = client.put(
        url,
        json.dumps({"answer": "accepted"}),
        content_type="application/json",
        **bearer(body.anna),
    )
    assert response.status_code == 200 and response.json()["answer"] == "accepted"
    row = Attendance.objects.get(meeting=meeting, person=body.anna)
    assert row.status == Attendance.Status.ACCEPTED
    assert client.get(url, **bearer(body.outsider)).status_code == 404
    assert Invitation.objects.get(person=body.anna).answer == "accepted"


def test_sending_twice_by_api_invites_nobody_twice(client, body, meeting):
    url = f"/api/v1/meetings/{meeting.pk}/invitations"
    with committed():
        post(client, url, {}, bearer(body.secretariat))
        again = post(client, url, {}, bearer(body.secretariat)).json()
    assert again["invited"] == 0 and again["already_invited"] == 5
    assert len(mail.outbox) == 5


def test_a_bad_guest_address_is_refused_with_a_german_message(client, body, meeting):
    response = post(
        client,
        f"/api/v1/meetings/{meeting.pk}/invitations",
        {"guests": [{"name": "X", "email": "keine-adresse"}]},
        bearer(body.secretariat),
    )
    assert response.status_code == 422
    assert "keine gültige E-Mail-Adresse" in response.json()["message"]
    assert not Invitation.objects.exists()
