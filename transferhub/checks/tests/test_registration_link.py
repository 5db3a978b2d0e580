"""The mailed link: a forged, changed, used or expired one activates nothing."""

import re
import time
from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.core import signing
from django.urls import reverse

from transferhub.checks.registration import registration_token

LINK = re.compile(r"/registrieren/bestaetigen/[^\s\"<>/]+/")


@pytest.fixture
def registered(register, mailoutbox):
    register()
    mailoutbox.clear()
    return User.objects.get(username="stanzwerk")


def confirm_url(token: str) -> str:
    return reverse("registration:confirm", args=[token])


def assert_still_inactive(client):
    assert not User.objects.get(username="stanzwerk").is_active
    assert "_auth_user_id" not in client.session


def test_a_forged_link_is_refused(client, registered):
    for token in ("gefaelscht", "eyJ1c2VyIjoxfQ:1abcde:ZmFsc2No", "a" * 300):
        response = client.post(confirm_url(token), {"action": "confirm"})
        assert response.status_code == 400
        assert "Dieser Bestätigungslink ist ungültig" in response.content.decode()
    assert_still_inactive(client)


def test_a_link_signed_for_another_login_is_refused(client, registered):
    token = registration_token(registered)
    payload, stamp, signature = token.split(":")
    changed = signing.b64_encode(
        signing.b64_decode(payload.encode()).replace(
            f'"user":{registered.pk}'.encode(), f'"user":{registered.pk + 1}'.encode()
        )
    ).decode()
    assert changed != payload
    response = client.post(confirm_url(f"{changed}:{stamp}:{signature}"), {"action": "confirm"})
    assert response.status_code == 400
    assert_still_inactive(client)


def test_opening_the_link_changes_nothing_until_the_button_is_pressed(client, registered):
    response = client.get(confirm_url(registration_token(registered)))
    assert response.status_code == 200
    assert "stanzwerk" in response.content.decode()
    assert_still_inactive(client)


def test_an_expired_link_is_refused_and_changes_nothing(client, registered, settings):
    settings.REGISTRATION_LINK_DAYS = 3
    long_ago = time.time() - 4 * 24 * 3600
    with mock.patch("django.core.signing.time.time", return_value=long_ago):
        token = registration_token(registered)
    response = client.post(confirm_url(token), {"action": "confirm"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Dieser Bestätigungslink ist abgelaufen" in page
    assert "Es wurde nichts freigeschaltet." in page
    assert_still_inactive(client)


def test_an_expired_link_may_ask_for_a_fresh_one_sent_to_the_registered_address(
    client, registered, settings, mailoutbox
):
    settings.REGISTRATION_LINK_DAYS = 3
    long_ago = time.time() - 4 * 24 * 3600
    with mock.patch("django.core.signing.time.time", return_value=long_ago):
        token = registration_token(registered)
    page = client.get(confirm_url(token)).content.decode()
    assert "Neuen Bestätigungslink senden" in page

    response = client.post(confirm_url(token), {"action": "resend"})
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["jana.stanz@stanzwerk.example"]
    assert_still_inactive(client)

    fresh = LINK.search(mailoutbox[0].body).group(0)
    assert client.post(fresh, {"action": "confirm"}).status_code == 302
    assert User.objects.get(username="stanzwerk").is_active


def test_a_forged_link_cannot_ask_for_a_fresh_one(client, registered, mailoutbox):
    response = client.post(confirm_url("gefaelscht"), {"action": "resend"})
    assert response.status_code == 400
    assert mailoutbox == []


def test_a_link_of_a_deleted_registration_is_refused(client, registered):
    token = registration_token(registered)
    registered.delete()
    response = client.post(confirm_url(token), {"action": "confirm"})
    assert response.status_code == 400
    assert "Diese Registrierung gibt es nicht mehr." in response.content.decode()


def test_a_login_the_office_blocked_again_after_confirming_is_not_reopened(client, registered):
    token = registration_token(registered)
    assert client.post(confirm_url(token), {"action": "confirm"}).status_code == 302
    client.logout()
    User.objects.filter(pk=registered.pk).update(is_active=False)
    response = client.post(confirm_url(token), {"action": "confirm"})
    assert response.status_code == 400
    assert_still_inactive(client)
