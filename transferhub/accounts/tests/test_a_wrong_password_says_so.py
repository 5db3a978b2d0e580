"""The login page names the problem when the password or the user name is wrong."""

WRONG = "Benutzername oder Passwort ist falsch"


def test_a_wrong_password_says_so(client, people):
    response = client.post("/anmelden/", {"username": "member", "password": "falsch"})
    assert response.status_code == 200
    assert WRONG in response.content.decode()


def test_an_unknown_user_name_gets_the_same_words(client, people):
    response = client.post("/anmelden/", {"username": "niemand", "password": "falsch"})
    assert WRONG in response.content.decode()
