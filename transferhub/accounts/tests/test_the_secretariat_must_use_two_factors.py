"""A secretariat login without a second factor sets one up before anything else."""

import pytest

from transferhub.api.services import token_create

from .helpers import PASSWORD, code, set_up_two_factor


@pytest.fixture(autouse=True)
def _required(settings):
    settings.TWO_FACTOR_FOR_SECRETARIAT = True


def sign_in(client, username: str):
    return client.post("/anmelden/", {"username": username, "password": PASSWORD})


def test_the_password_leads_to_the_set_up_page(client, people):
    response = sign_in(client, "secretariat")
    assert response["Location"].startswith("/konto/zwei-faktoren/einrichten/")
    page = client.get(response["Location"]).content.decode()
    assert "bevor Sie weiterarbeiten" in page


def test_every_other_page_waits_until_it_is_set_up(client, people):
    sign_in(client, "secretariat")
    for path in ("/", "/verwaltung/aenderungen/", "/konto/", "/sitzungen/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith("/konto/zwei-faktoren/einrichten/"), path
    assert client.post("/abmelden/").status_code == 302  # leaving is always possible


def test_once_set_up_the_work_opens_and_the_next_login_asks_for_the_code(client, people):
    sign_in(client, "secretariat")
    key, _codes = set_up_two_factor(client)
    assert client.get("/verwaltung/aenderungen/").status_code == 200
    client.post("/abmelden/")
    assert sign_in(client, "secretariat")["Location"] == "/anmelden/code/"
    client.post("/anmelden/code/", {"code": code(key, steps_ahead=1)})
    assert client.get("/verwaltung/aenderungen/").status_code == 200


def test_others_may_go_without(client, people):
    assert sign_in(client, "member")["Location"] == "/"
    assert client.get("/aufgaben/meine/").status_code == 200


def test_the_secretariat_replaces_its_app_instead_of_switching_it_off(client, people):
    sign_in(client, "secretariat")
    set_up_two_factor(client)
    response = client.post("/konto/zwei-faktoren/ausschalten/", {"password": PASSWORD})
    assert response["Location"] == "/konto/zwei-faktoren/einrichten/"
    assert client.get("/sitzungen/")["Location"].startswith("/konto/zwei-faktoren/einrichten/")


def test_api_tokens_are_not_affected(client, people):
    secret = token_create(user=people["secretariat"].user, name="Skript", scope="read")[1]
    sign_in(client, "secretariat")  # even beside a session that still has to set up
    response = client.get("/api/v1/bodies", headers={"Authorization": f"Bearer {secret}"})
    assert response.status_code == 200
