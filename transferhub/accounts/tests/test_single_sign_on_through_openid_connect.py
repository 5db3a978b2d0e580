"""Single sign-on through the network's OpenID Connect provider (a fake one on loopback)."""

import urllib.error
import urllib.parse
import urllib.request

import pytest

from transferhub.accounts import oidc

from .fake_oidc import FakeProvider
from .helpers import code, set_up_two_factor


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture
def provider(settings):
    with FakeProvider() as fake:
        settings.OIDC_ISSUER = fake.url
        settings.OIDC_CLIENT_ID = fake.client_id
        settings.OIDC_CLIENT_SECRET = fake.client_secret
        settings.OIDC_LABEL = "Mit dem Netzwerk-Konto anmelden"
        oidc._discovery.clear()
        yield fake
    oidc._discovery.clear()


def sign_in(client, next_url: str = "/aufgaben/meine/"):
    """Start at our page, pass the provider as a browser would, and bring back its answer."""
    response = client.get("/anmelden/sso/", {"next": next_url})
    assert response.status_code == 302
    opener = urllib.request.build_opener(NoRedirect)
    try:
        opener.open(response["Location"], timeout=5)
        raise AssertionError("the provider should redirect back")
    except urllib.error.HTTPError as back:
        callback = urllib.parse.urlsplit(back.headers["Location"])
    return client.get(f"{callback.path}?{callback.query}")


def test_the_login_page_offers_the_network_account(client, db, provider):
    assert "Mit dem Netzwerk-Konto anmelden" in client.get("/anmelden/").content.decode()


def test_a_person_signs_in_with_the_address_the_provider_confirms(client, people, provider):
    provider.claims = {"email": "Oliver.Kruse@example.org"}
    response = sign_in(client)
    assert response["Location"] == "/aufgaben/meine/"
    assert client.get("/aufgaben/meine/").status_code == 200
    request = provider.token_requests[0]
    assert request["client_secret"] == provider.client_secret and request["code_verifier"]


def test_an_address_without_a_login_is_refused(client, people, provider):
    provider.claims = {"email": "fremd@example.org"}
    response = sign_in(client)
    assert response["Location"] == "/anmelden/"
    page = client.get("/anmelden/").content.decode()
    assert "keinen eindeutigen Zugang" in page
    assert client.get("/aufgaben/meine/").status_code == 302


def test_an_unconfirmed_address_is_refused(client, people, provider):
    provider.claims = {"email": "oliver.kruse@example.org", "email_verified": False}
    sign_in(client)
    assert "keine bestätigte E-Mail-Adresse" in client.get("/anmelden/").content.decode()
    assert client.get("/aufgaben/meine/").status_code == 302


@pytest.mark.parametrize(
    "claims",
    [
        {"nonce": "ein-anderer"},
        {"aud": "fremde-app"},
        {"iss": "https://fremd.example.org"},
        {"exp": 1},
    ],
)
def test_a_token_for_someone_else_or_stale_is_refused(client, people, provider, claims):
    provider.claims = {"email": "oliver.kruse@example.org", **claims}
    sign_in(client)
    assert "nicht gültig" in client.get("/anmelden/").content.decode()
    assert client.get("/aufgaben/meine/").status_code == 302


def test_an_answer_with_a_forged_state_is_refused_without_asking_the_provider(
    client, people, provider
):
    provider.claims = {"email": "oliver.kruse@example.org"}
    client.get("/anmelden/sso/")
    response = client.get("/anmelden/sso/zurueck/", {"code": "x", "state": "gefaelscht"})
    assert response["Location"] == "/anmelden/"
    assert provider.token_requests == []
    assert client.get("/aufgaben/meine/").status_code == 302


def test_a_person_with_an_app_still_gives_the_code(client, people, provider):
    client.force_login(people["chair"].user)
    key, _codes = set_up_two_factor(client)
    client.post("/abmelden/")
    provider.claims = {"email": "oliver.kruse@example.org"}
    assert sign_in(client)["Location"] == "/anmelden/code/"
    assert client.get("/aufgaben/meine/").status_code == 302
    client.post("/anmelden/code/", {"code": code(key, steps_ahead=1)})
    assert client.get("/aufgaben/meine/").status_code == 200


def test_the_secretariat_still_sets_up_its_second_factor(client, people, provider, settings):
    settings.TWO_FACTOR_FOR_SECRETARIAT = True
    people["secretariat"].email = "theresa@example.org"
    people["secretariat"].save()
    provider.claims = {"email": "theresa@example.org"}
    response = sign_in(client)
    assert response["Location"].startswith("/konto/zwei-faktoren/einrichten/")


def test_a_provider_that_cannot_be_reached_gets_a_clear_message(client, people, settings):
    settings.OIDC_ISSUER = "http://127.0.0.1:9"  # nothing listens there
    settings.OIDC_CLIENT_ID = "transferhub"
    oidc._discovery.clear()
    response = client.get("/anmelden/sso/", follow=True)
    assert "nicht erreichbar" in response.content.decode()


def test_without_configuration_there_is_no_single_sign_on(client, db, settings):
    settings.OIDC_ISSUER = ""
    assert client.get("/anmelden/sso/").status_code == 404
    assert "Netzwerk-Konto" not in client.get("/anmelden/").content.decode()


def test_a_provider_without_https_is_refused(client, db, settings):
    settings.OIDC_ISSUER = "http://id.example.org"
    settings.OIDC_CLIENT_ID = "transferhub"
    oidc._discovery.clear()
    response = client.get("/anmelden/sso/", follow=True)
    assert "nicht über HTTPS" in response.content.decode()
