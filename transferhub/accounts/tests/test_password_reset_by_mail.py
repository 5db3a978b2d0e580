"""Password reset: a link by mail, the same answer for unknown addresses, limited per hour."""

import re

import pytest
from django.core import mail

SENT = "Wenn zu dieser Adresse ein Zugang gehört"


@pytest.fixture
def ask(client, django_capture_on_commit_callbacks):
    """Ask for a link; the mail goes out once the request's transaction commits."""

    def post(email: str):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post("/passwort-vergessen/", {"email": email}, follow=True)

    return post


def link_in(message) -> str:
    return re.search(r"https?://\S+/passwort-neu/\S+/", message.body).group(0)


def test_the_login_page_offers_it(client, db):
    assert "/passwort-vergessen/" in client.get("/anmelden/").content.decode()


def test_a_known_address_gets_a_link_that_sets_a_new_password(client, people, ask):
    response = ask("Wilhelm.Heidbrede@example.org")  # any case
    assert SENT in response.content.decode()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["Wilhelm.Heidbrede@example.org"]
    link = link_in(message)
    path = link.split("://", 1)[1].split("/", 1)[1]
    form_page = client.get("/" + path, follow=True)
    assert form_page.status_code == 200
    set_url = form_page.redirect_chain[-1][0]
    response = client.post(
        set_url,
        {"new_password1": "ein-neues-langes-wort", "new_password2": "ein-neues-langes-wort"},
        follow=True,
    )
    assert "Passwort gespeichert" in response.content.decode() or response.status_code == 200
    user = people["member"].user
    user.refresh_from_db()
    assert user.check_password("ein-neues-langes-wort")
    assert not user.check_password("geheim-123-geheim")

    # The link works once.
    again = client.get("/" + path, follow=True).content.decode()
    assert "ungültig" in again


def test_an_unknown_address_gets_the_same_answer_and_no_mail(client, people, ask):
    known = ask("theresa.joerissen@example.org")
    unknown = ask("niemand@example.org")
    assert (
        unknown.redirect_chain == known.redirect_chain == [("/passwort-vergessen/gesendet/", 302)]
    )
    assert SENT in unknown.content.decode()
    assert len(mail.outbox) == 0 or all(m.to != ["niemand@example.org"] for m in mail.outbox)


def test_the_link_uses_the_sites_address(client, people, settings, ask):
    settings.SITE_URL = "https://transfer.example.org"
    ask("oliver.kruse@example.org")
    assert link_in(mail.outbox[0]).startswith("https://transfer.example.org/passwort-neu/")


def test_too_many_requests_in_an_hour_are_refused_for_known_and_unknown_alike(
    client, people, settings, ask, rate_clock
):
    settings.PASSWORD_RESET_RATE_LIMIT = 2
    # The limit counts per clock hour; rate_clock holds all four requests in one hour.
    for address in ("a@example.org", "wilhelm.heidbrede@example.org"):
        assert ask(address).status_code == 200
    for address in ("b@example.org", "wilhelm.heidbrede@example.org"):
        response = ask(address)
        assert response.status_code == 429
        assert "zu viele Anfragen" in response.content.decode()
    assert len(mail.outbox) == 1
    # The next hour the address may ask again.
    rate_clock.advance(3600)
    assert ask("wilhelm.heidbrede@example.org").status_code == 200
    assert len(mail.outbox) == 2


def test_a_blank_or_malformed_address_is_asked_again(client, db):
    response = client.post("/passwort-vergessen/", {"email": "kein-at-zeichen"})
    assert response.status_code == 200
    assert "gültige E-Mail-Adresse" in response.content.decode()
    assert len(mail.outbox) == 0
