"""A company registers itself, confirms the mailed link and is signed in (issue 6)."""

import re

from django.contrib.auth.models import User
from django.urls import reverse

from transferhub.checks.models import Company
from transferhub.lib.models import ActionLog
from transferhub.network.models import Organisation, Person

from .conftest import STRONG_PASSWORD, registration_data

LINK = re.compile(r"https?://[^\s\"<>]+/registrieren/bestaetigen/[^\s\"<>/]+/")


def link_path(mail) -> str:
    link = LINK.search(mail.body).group(0)
    return "/" + link.split("/", 3)[3]


def test_the_page_asks_for_company_contact_login_and_consent(client, db):
    response = client.get(reverse("registration:register"))
    assert response.status_code == 200
    page = response.content.decode()
    for label in (
        "Name des Unternehmens",
        "Branche (WZ 2008)",
        "Größenklasse",
        "Postleitzahl",
        "Bundesland",
        "Vorname",
        "Nachname",
        "E-Mail",
        "Benutzername",
        "Passwort wiederholen",
        "Datenschutzhinweis",
    ):
        assert label in page
    # The bot trap is hidden by a class (the CSP forbids inline styles).
    assert 'class="honeypot"' in page
    assert "style=" not in page.split("<main", 1)[1]


def test_a_registration_stores_an_inactive_login_with_its_company(client, register, mailoutbox):
    response = register()
    assert response.status_code == 302
    assert response.url == reverse("registration:sent")
    company = Company.objects.get()
    assert company.name == "Neue Stanzwerk GmbH"
    assert (company.wz_code, company.size_class, company.postcode, company.federal_state) == (
        "25.50",
        "small",
        "44135",
        "NW",
    )
    organisation = company.organisation
    assert organisation.kind == Organisation.Kind.COMPANY
    assert organisation.town == "Dortmund"
    person = Person.objects.get(organisation=organisation)
    assert (person.given_name, person.family_name, person.language) == ("Jana", "Stanz", "de")
    user = person.user
    assert user.username == "stanzwerk"
    assert not user.is_active
    assert user.password.startswith(("argon2", "md5"))  # hashed, never stored as typed
    assert list(company.staff.all()) == [user]
    assert len(mailoutbox) == 1


def test_the_inactive_login_cannot_sign_in_before_confirming(client, register):
    register()
    response = client.post(reverse("login"), {"username": "stanzwerk", "password": STRONG_PASSWORD})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_the_mail_holds_the_link_the_login_name_and_the_validity(client, register, mailoutbox):
    register()
    mail = mailoutbox[0]
    assert mail.to == ["jana.stanz@stanzwerk.example"]
    assert mail.subject == "Bitte bestätigen Sie Ihre Registrierung im Transferhub"
    assert "Guten Tag Jana Stanz" in mail.body
    assert "„Neue Stanzwerk GmbH“" in mail.body
    assert "Ihr Benutzername: stanzwerk" in mail.body
    assert "Der Link gilt bis" in mail.body
    assert STRONG_PASSWORD not in mail.body
    assert LINK.search(mail.body)
    html = mail.alternatives[0][0]
    assert 'lang="de"' in html
    assert link_path(mail) in html


def test_an_english_request_gets_an_english_mail(client, register, mailoutbox):
    response = register(language="en")
    assert response.status_code == 302
    assert Person.objects.get().language == "en"
    mail = mailoutbox[0]
    assert mail.subject == "Please confirm your registration with Transferhub"
    assert "Dear Jana Stanz" in mail.body
    assert "Your user name: stanzwerk" in mail.body
    assert "Bitte" not in mail.body
    assert 'lang="en"' in mail.alternatives[0][0]


def test_the_link_activates_signs_in_and_leads_to_the_company(client, register, mailoutbox):
    register()
    path = link_path(mailoutbox[0])

    page = client.get(path)
    assert page.status_code == 200
    assert "Zugang freischalten" in page.content.decode()
    assert not User.objects.get(username="stanzwerk").is_active  # opening alone changes nothing

    response = client.post(path, {"action": "confirm"})
    company = Company.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("checks:company", args=[company.pk])
    user = User.objects.get(username="stanzwerk")
    assert user.is_active
    assert client.session["_auth_user_id"] == str(user.pk)

    overview = client.get(response.url).content.decode()
    assert "Ihr Zugang ist bestätigt" in overview
    assert "Bewertung beginnen" in overview
    assert reverse("suppliers:register") in overview
    assert client.get(reverse("suppliers:register")).status_code == 200


def test_after_confirming_the_password_signs_in(client, register, mailoutbox):
    register()
    client.post(link_path(mailoutbox[0]), {"action": "confirm"})
    client.logout()
    response = client.post(reverse("login"), {"username": "stanzwerk", "password": STRONG_PASSWORD})
    assert response.status_code == 302


def test_a_used_link_does_not_sign_in_again(client, register, mailoutbox):
    register()
    path = link_path(mailoutbox[0])
    client.post(path, {"action": "confirm"})
    client.logout()
    response = client.post(path, {"action": "confirm"})
    assert response.status_code == 400
    assert "bereits bestätigt" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_trail_records_registration_and_confirmation_without_personal_data(
    client, register, mailoutbox
):
    register()
    client.post(link_path(mailoutbox[0]), {"action": "confirm"})
    company = Company.objects.get()
    registered = ActionLog.objects.get(action="checks.company.registered")
    assert registered.object_id == company.pk
    assert registered.data["privacy_notice_accepted"] is True
    confirmed = ActionLog.objects.get(action="checks.company.confirmed")
    assert confirmed.actor.username == "stanzwerk"
    for entry in ActionLog.objects.all():
        text = str(entry.data)
        for personal in ("Jana", "Stanz ", "jana.stanz", "stanzwerk.example", STRONG_PASSWORD):
            assert personal not in text, (entry.action, text)


def test_a_signed_in_user_is_not_offered_a_second_registration(client_as, db):
    client = client_as("member")
    response = client.post(reverse("registration:register"), registration_data())
    assert response.status_code == 200
    assert "bereits als" in response.content.decode()
    assert not Company.objects.exists()


def test_the_login_page_and_the_supplier_database_link_to_the_registration(client, db):
    url = reverse("registration:register")
    for page in ("login", "suppliers:search", "suppliers:verify_form", "checks:index"):
        assert f'href="{url}"' in client.get(reverse(page)).content.decode(), page


def test_the_page_is_english_for_an_english_browser(client, db):
    page = client.get(reverse("registration:register"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    for english in (
        "Register as a company",
        "Company name",
        "Privacy notice",
        "Repeat the password",
    ):
        assert english in page
    for german in ("Name des Unternehmens", "Datenschutzhinweis", "Passwort wiederholen"):
        assert german not in page
