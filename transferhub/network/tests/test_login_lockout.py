"""Login: argon2 hashes, and a lockout after repeated failures."""

from django.contrib.auth.models import User


def test_passwords_are_stored_as_argon2_in_production_settings(db, settings):
    settings.PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.Argon2PasswordHasher",
    ]
    user = User.objects.create_user("argon", password="ein-langes-passwort")
    assert user.password.startswith("argon2")


def test_the_login_page_signs_in_with_the_right_password(client, people):
    response = client.post("/anmelden/", {"username": "member", "password": "geheim-123-geheim"})
    assert response.status_code == 302
    assert client.get("/aufgaben/meine/").status_code == 200


def test_a_wrong_password_is_refused_with_a_message(client, people):
    response = client.post("/anmelden/", {"username": "member", "password": "falsch"})
    assert response.status_code == 200
    assert "Passwort eingeben. Beide Felder berücksichtigen" in response.content.decode()


def test_five_failures_lock_the_login_even_for_the_right_password(client, people, settings):
    settings.AXES_FAILURE_LIMIT = 5
    for _attempt in range(5):
        client.post("/anmelden/", {"username": "member", "password": "falsch"})
    response = client.post("/anmelden/", {"username": "member", "password": "geheim-123-geheim"})
    assert response.status_code == 429
    assert "Zugang vorübergehend gesperrt" in response.content.decode()
    assert client.get("/aufgaben/meine/").status_code == 302  # still not signed in
