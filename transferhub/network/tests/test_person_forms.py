from django.contrib.auth.models import User
from django.urls import reverse

from transferhub.network.models import Person

CREATE = reverse("network:person_create")


def data(**changes):
    values = {
        "title": "",
        "given_name": "Arnd",
        "family_name": "Hofmeister",
        "email": "",
        "organisation": "",
        "language": "de",
        "username": "",
        "password": "",
    }
    values.update(changes)
    return values


def test_the_honorific_stays_apart_from_the_name(client_as):
    client_as("secretariat").post(CREATE, data(title="Dr."))
    person = Person.objects.get(family_name="Hofmeister")
    assert (person.title, person.given_name) == ("Dr.", "Arnd")
    assert person.full_name == "Dr. Arnd Hofmeister"
    assert person.name == "Arnd Hofmeister"


def test_an_honorific_typed_into_the_given_name_moves_to_the_title(client_as):
    client_as("secretariat").post(CREATE, data(given_name="Prof. Dr. Oliver", family_name="Kruse2"))
    person = Person.objects.get(family_name="Kruse2")
    assert (person.title, person.given_name) == ("Prof. Dr.", "Oliver")


def test_the_email_address_is_optional_and_so_is_the_login(client_as):
    response = client_as("secretariat").post(CREATE, data())
    assert response.status_code == 302
    person = Person.objects.get(family_name="Hofmeister")
    assert person.email == "" and person.user is None


def test_a_person_may_get_a_login(client_as):
    client_as("secretariat").post(
        CREATE, data(username="hofmeister", password="ein-langes-Passwort-42")
    )
    person = Person.objects.get(family_name="Hofmeister")
    assert person.user.username == "hofmeister"
    assert person.user.check_password("ein-langes-Passwort-42")


def test_a_login_without_a_password_is_refused(client_as):
    response = client_as("secretariat").post(CREATE, data(username="hofmeister"))
    assert response.status_code == 200
    assert "erstes Passwort" in response.content.decode()
    assert not Person.objects.filter(family_name="Hofmeister").exists()
    assert not User.objects.filter(username="hofmeister").exists()


def test_a_taken_user_name_is_refused(client_as):
    response = client_as("secretariat").post(
        CREATE, data(username="member", password="ein-langes-Passwort-42")
    )
    assert response.status_code == 200
    assert "gibt es bereits" in response.content.decode()
    assert not Person.objects.filter(family_name="Hofmeister").exists()


def test_the_secretariat_edits_a_person(client_as, people):
    person = people["member"]
    url = reverse("network:person_edit", args=[person.pk])
    client = client_as("secretariat")
    assert 'name="username"' not in client.get(url).content.decode()  # has a login already
    response = client.post(
        url, data(given_name="Wilhelm", family_name="Heidbrede", title="Dipl.-Kfm.")
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.full_name == "Dipl.-Kfm. Wilhelm Heidbrede"


def test_a_refused_edit_changes_nothing(client_as, people):
    person = people["member"]
    response = client_as("secretariat").post(
        reverse("network:person_edit", args=[person.pk]), data(given_name="", family_name="X")
    )
    assert response.status_code == 200
    person.refresh_from_db()
    assert (person.given_name, person.family_name) == ("Wilhelm", "Heidbrede")


def test_only_the_secretariat_sees_and_edits_people(client_as, people):
    for role in ("chair", "member", "outsider"):
        client = client_as(role)
        assert client.get(reverse("network:people")).status_code == 403
        assert client.post(CREATE, data()).status_code == 403
    assert not Person.objects.filter(family_name="Hofmeister").exists()


def test_the_people_list_searches_names(client_as, people):
    page = client_as("secretariat").get(reverse("network:people"), {"q": "heid"}).content.decode()
    assert "Heidbrede" in page and "Joerißen" not in page
