"""Login: argon2 hashes, and a lockout after repeated failures."""

from django.contrib.auth.hashers import Argon2PasswordHasher
from django.contrib.auth.models import User

from transferhub import settings as transferhub_settings


def production_hashers(settings):
    settings.PASSWORD_HASHERS = transferhub_settings.PASSWORD_HASHERS


def test_passwords_are_stored_as_argon2id_at_owasps_minimum(db, settings):
    production_hashers(settings)
    user = User.objects.create_user("argon", password="ein-langes-passwort")
    assert user.password.startswith("argon2$argon2id$v=19$m=19456,t=2,p=1$")


def test_a_password_hashed_with_older_parameters_signs_in_and_is_rehashed(client, db, settings):
    production_hashers(settings)
    older = Argon2PasswordHasher().encode("ein-langes-passwort", "saltsaltsalt")
    assert "m=102400,t=2,p=8" in older  # Django's defaults, as hashes made before
    user = User.objects.create_user("argon")
    User.objects.filter(pk=user.pk).update(password=older)

    response = client.post("/anmelden/", {"username": "argon", "password": "ein-langes-passwort"})

    assert response.status_code == 302
    user.refresh_from_db()
    assert "m=19456,t=2,p=1" in user.password


def test_the_login_page_signs_in_with_the_right_password(client, people):
    response = client.post("/anmelden/", {"username": "member", "password": "geheim-123-geheim"})
    assert response.status_code == 302
    assert client.get("/aufgaben/meine/").status_code == 200


def test_a_wrong_password_is_refused_with_a_message(client, people):
    response = client.post("/anmelden/", {"username": "member", "password": "falsch"})
    assert response.status_code == 200
    assert "Benutzername oder Passwort ist falsch" in response.content.decode()


def test_five_failures_lock_the_login_even_for_the_right_password(client, people, settings):
    settings.AXES_FAILURE_LIMIT = 5
    for _attempt in range(5):
        client.post("/anmelden/", {"username": "member", "password": "falsch"})
    response = client.post("/anmelden/", {"username": "member", "password": "geheim-123-geheim"})
    assert response.status_code == 429
    assert "Zugang vorübergehend gesperrt" in response.content.decode()
    assert client.get("/aufgaben/meine/").status_code == 302  # still not signed in
