"""TOTP end to end: set up with a code from the app, then every login asks for a code.

The chair reads German (the member English), so the pages' German texts are checked.
"""

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from .helpers import PASSWORD, code, recovery_codes_on_page, secret_on_page, set_up_two_factor


def sign_in_with_password(client, username: str):
    return client.post("/anmelden/", {"username": username, "password": PASSWORD})


@pytest.fixture
def chair_with_app(client, people):
    client.force_login(people["chair"].user)
    key, codes = set_up_two_factor(client)
    client.post("/abmelden/")
    return key, codes


def test_the_set_up_page_shows_a_qr_code_inline_and_the_key(client, people):
    client.force_login(people["chair"].user)
    page = client.get("/konto/zwei-faktoren/einrichten/").content.decode()
    assert "<svg" in page and "<img" not in page.split('class="qr"')[1].split("</figure>")[0]
    assert len(secret_on_page(page)) == 20
    # Reloading keeps the same key while the person is still scanning.
    again = client.get("/konto/zwei-faktoren/einrichten/").content.decode()
    assert secret_on_page(again) == secret_on_page(page)


def test_a_wrong_code_does_not_switch_it_on(client, people):
    client.force_login(people["chair"].user)
    page = client.get("/konto/zwei-faktoren/einrichten/").content.decode()
    right = code(secret_on_page(page))
    wrong = "000000" if right != "000000" else "111111"
    response = client.post("/konto/zwei-faktoren/einrichten/", {"code": wrong})
    assert "Der Code stimmt nicht" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=people["chair"].user, confirmed=True).exists()


def test_confirming_shows_ten_recovery_codes_once(client, people):
    client.force_login(people["chair"].user)
    _key, codes = set_up_two_factor(client)
    assert len(set(codes)) == 10
    overview = client.get("/konto/zwei-faktoren/").content.decode()
    assert "Es bleiben 10 Wiederherstellungscodes" in overview
    assert not any(c in overview for c in codes)


def test_after_the_password_the_login_asks_for_the_code(client, people, chair_with_app):
    key, _codes = chair_with_app
    response = sign_in_with_password(client, "chair")
    assert response["Location"] == "/anmelden/code/"
    assert client.get("/aufgaben/meine/").status_code == 302  # not signed in yet
    response = client.post("/anmelden/code/", {"code": code(key, steps_ahead=1)})
    assert response.status_code == 302
    assert client.get("/aufgaben/meine/").status_code == 200


def test_a_wrong_code_keeps_the_person_out(client, people, chair_with_app):
    key, _codes = chair_with_app
    sign_in_with_password(client, "chair")
    right = code(key, steps_ahead=1)
    response = client.post("/anmelden/code/", {"code": "123456" if right != "123456" else "654321"})
    assert "Der Code stimmt nicht" in response.content.decode()
    assert client.get("/aufgaben/meine/").status_code == 302


def test_the_code_step_needs_the_password_step_first(client, people, chair_with_app):
    key, _codes = chair_with_app
    response = client.post("/anmelden/code/", {"code": code(key, steps_ahead=1)})
    assert response["Location"] == "/anmelden/"
    assert client.get("/aufgaben/meine/").status_code == 302


def test_a_recovery_code_signs_in_once(client, people, chair_with_app):
    _key, codes = chair_with_app
    sign_in_with_password(client, "chair")
    response = client.post("/anmelden/code/", {"code": codes[0].upper()}, follow=True)
    assert "es bleiben 9" in response.content.decode()
    client.post("/abmelden/")

    sign_in_with_password(client, "chair")
    response = client.post("/anmelden/code/", {"code": codes[0]})
    assert response.status_code == 200  # refused: used already
    assert client.get("/aufgaben/meine/").status_code == 302


def test_new_recovery_codes_replace_the_old(client, people, chair_with_app, settings):
    settings.OTP_STATIC_THROTTLE_FACTOR = 0  # no pause after the old code's refusal
    key, old = chair_with_app
    sign_in_with_password(client, "chair")
    client.post("/anmelden/code/", {"code": code(key, steps_ahead=1)})
    response = client.post("/konto/zwei-faktoren/codes/")
    new = recovery_codes_on_page(response.content.decode())
    assert len(new) == 10 and not set(new) & set(old)
    client.post("/abmelden/")
    sign_in_with_password(client, "chair")
    assert client.post("/anmelden/code/", {"code": old[1]}).status_code == 200
    assert client.post("/anmelden/code/", {"code": new[1]}).status_code == 302


def test_switching_it_off_needs_the_password(client, people, chair_with_app):
    key, _codes = chair_with_app
    sign_in_with_password(client, "chair")
    client.post("/anmelden/code/", {"code": code(key, steps_ahead=1)})
    response = client.post("/konto/zwei-faktoren/ausschalten/", {"password": "falsch"})
    assert "Das Passwort ist falsch" in response.content.decode()
    assert TOTPDevice.objects.filter(user=people["chair"].user).exists()

    response = client.post("/konto/zwei-faktoren/ausschalten/", {"password": PASSWORD})
    assert response["Location"] == "/konto/zwei-faktoren/"
    assert not TOTPDevice.objects.filter(user=people["chair"].user).exists()
    client.post("/abmelden/")
    assert sign_in_with_password(client, "chair")["Location"] == "/"


def test_the_admin_login_goes_through_the_same_two_steps(client, people):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/anmelden/?next=")


def test_a_second_set_up_is_refused_while_one_is_on(client, people):
    client.force_login(people["chair"].user)
    set_up_two_factor(client)
    response = client.get("/konto/zwei-faktoren/einrichten/", follow=True)
    assert "bereits eingerichtet" in response.content.decode()


def test_the_recovery_code_page_is_not_kept_by_browsers(client, people):
    client.force_login(people["chair"].user)
    page = client.get("/konto/zwei-faktoren/einrichten/").content.decode()
    response = client.post("/konto/zwei-faktoren/einrichten/", {"code": code(secret_on_page(page))})
    assert "no-store" in response["Cache-Control"]
    assert len(recovery_codes_on_page(response.content.decode())) == 10


def test_after_a_wrong_code_the_next_try_waits(client, people, chair_with_app):
    key, _codes = chair_with_app
    sign_in_with_password(client, "chair")
    right = code(key, steps_ahead=1)
    client.post("/anmelden/code/", {"code": "123456" if right != "123456" else "654321"})
    # Straight after a refusal even the right code waits (django-otp's throttling).
    response = client.post("/anmelden/code/", {"code": right})
    assert "kurz warten" in response.content.decode()
