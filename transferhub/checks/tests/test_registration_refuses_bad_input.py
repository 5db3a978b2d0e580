"""A registration with bad input is refused with a German message and stores nothing."""

from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from conftest import make_person
from transferhub.checks.models import Company
from transferhub.checks.registration import RegistrationError, company_register
from transferhub.lib.models import ActionLog
from transferhub.network.models import Organisation, Person

from .conftest import make_company, registration_data


def assert_nothing_stored(mailoutbox, *, users=0, people=0, organisations=0, companies=0):
    assert User.objects.count() == users
    assert Person.objects.count() == people
    assert Organisation.objects.count() == organisations
    assert Company.objects.count() == companies
    assert not ActionLog.objects.filter(action="checks.company.registered").exists()
    assert mailoutbox == []


def errors(response) -> dict:
    assert response.status_code == 200
    return response.context["form"].errors


def test_it_refuses_a_registration_without_consent(register, mailoutbox):
    response = register(privacy=None)
    assert (
        "Bitte bestätigen Sie, dass Sie den Datenschutzhinweis gelesen haben."
        in (errors(response)["privacy"])
    )
    assert_nothing_stored(mailoutbox)


def test_it_refuses_a_weak_password(register, mailoutbox):
    response = register(password1="12345678", password2="12345678")
    messages = " ".join(errors(response)["password1"])
    assert "Dieses Passwort ist zu üblich." in messages
    assert_nothing_stored(mailoutbox)


def test_it_refuses_a_short_password(register, mailoutbox):
    response = register(password1="kurz", password2="kurz")
    assert "zu kurz" in " ".join(errors(response)["password1"])
    assert_nothing_stored(mailoutbox)


def test_it_refuses_a_password_like_the_login_name(register, mailoutbox):
    response = register(
        username="blechbiegerei", password1="blechbiegerei", password2="blechbiegerei"
    )
    assert "zu ähnlich" in " ".join(errors(response)["password1"])
    assert_nothing_stored(mailoutbox)


def test_it_refuses_two_different_passwords(register, mailoutbox):
    response = register(password2="Anders-Biege-2031!")
    assert errors(response)["password2"] == ["Die beiden Passwörter stimmen nicht überein."]
    assert_nothing_stored(mailoutbox)


def test_it_refuses_a_company_name_that_exists(register, mailoutbox):
    make_company("Neue Stanzwerk GmbH")
    response = register(company_name="neue  stanzwerk gmbh")
    assert "mit diesem Namen ist bereits registriert" in errors(response)["company_name"][0]
    assert_nothing_stored(mailoutbox, companies=1)


def test_it_refuses_a_name_an_organisation_of_the_network_has(register, mailoutbox):
    Organisation.objects.create(name="Neue Stanzwerk GmbH")
    response = register()
    assert "company_name" in errors(response)
    assert_nothing_stored(mailoutbox, organisations=1)


def test_it_refuses_a_login_name_that_exists(register, mailoutbox):
    make_person("Otto", "Anders", username="StanzWerk", email="otto@example.org")
    response = register()
    assert errors(response)["username"] == [
        "Diesen Benutzernamen gibt es bereits. Bitte wählen Sie einen anderen."
    ]
    assert_nothing_stored(mailoutbox, users=1, people=1)


def test_it_refuses_a_malformed_postcode_and_industry(register, mailoutbox):
    response = register(postcode="4413", wz_code="Metall")
    form_errors = errors(response)
    assert form_errors["postcode"] == ["Eine Postleitzahl hat fünf Ziffern."]
    assert "WZ-2008-Code" in form_errors["wz_code"][0]
    assert_nothing_stored(mailoutbox)


def test_it_refuses_missing_fields_next_to_each_field(register, mailoutbox):
    response = register(data={})
    form_errors = errors(response)
    for field in ("company_name", "postcode", "town", "federal_state", "email", "username"):
        assert field in form_errors
    page = response.content.decode()
    assert "Bitte prüfen Sie Ihre Eingaben." in page
    assert_nothing_stored(mailoutbox)


def test_a_filled_honeypot_looks_like_success_but_stores_nothing(register, mailoutbox):
    response = register(homepage="http://spam.example")
    assert response.status_code == 302
    assert response.url == reverse("registration:sent")
    assert_nothing_stored(mailoutbox)


def test_too_many_registrations_from_one_address_are_refused(register, mailoutbox, settings):
    settings.REGISTRATION_RATE_LIMIT = 2
    assert (
        register(username="eins", company_name="Eins GmbH", email="a@eins.example").status_code
        == 302
    )
    assert register(data={}).status_code == 200
    response = register(username="drei", company_name="Drei GmbH", email="c@drei.example")
    assert response.status_code == 429
    assert "zu viele Registrierungen" in response.content.decode()
    assert not Company.objects.filter(name="Drei GmbH").exists()
    assert len(mailoutbox) == 1


def test_the_service_refuses_a_duplicate_login_even_past_the_form(db, mailoutbox):
    make_person("Otto", "Anders", username="stanzwerk", email="otto@example.org")
    data = registration_data()
    with pytest.raises(RegistrationError) as refused:
        company_register(
            company_name=data["company_name"],
            wz_code=data["wz_code"],
            size_class=data["size_class"],
            postcode=data["postcode"],
            town=data["town"],
            federal_state=data["federal_state"],
            given_name=data["given_name"],
            family_name=data["family_name"],
            email=data["email"],
            username="STANZWERK",
            password=data["password1"],
            privacy_accepted=True,
        )
    assert refused.value.field == "username"
    assert_nothing_stored(mailoutbox, users=1, people=1)


def test_the_service_rolls_back_when_the_last_step_fails(db, mailoutbox):
    """A bad industry code reaches the company step last: the login made before is undone."""
    data = registration_data()
    with pytest.raises(RegistrationError):
        company_register(
            company_name=data["company_name"],
            wz_code="99.99.99.99",
            size_class=data["size_class"],
            postcode=data["postcode"],
            town=data["town"],
            federal_state=data["federal_state"],
            given_name=data["given_name"],
            family_name=data["family_name"],
            email=data["email"],
            username=data["username"],
            password=data["password1"],
            privacy_accepted=True,
        )
    assert_nothing_stored(mailoutbox)


def test_a_name_taken_in_the_same_moment_is_refused_cleanly(db, mailoutbox):
    """Two registrations race: the database's unique name stops the second one."""
    Organisation.objects.create(name="Neue Stanzwerk GmbH")
    data = registration_data()
    with (
        mock.patch("transferhub.checks.registration.registration_conflicts", return_value={}),
        mock.patch("transferhub.network.services._check_organisation", side_effect=str.strip),
        pytest.raises(RegistrationError, match="gerade eben anderweitig vergeben"),
    ):
        company_register(
            company_name=data["company_name"],
            wz_code=data["wz_code"],
            size_class=data["size_class"],
            postcode=data["postcode"],
            town=data["town"],
            federal_state=data["federal_state"],
            given_name=data["given_name"],
            family_name=data["family_name"],
            email=data["email"],
            username=data["username"],
            password=data["password1"],
            privacy_accepted=True,
        )
    assert_nothing_stored(mailoutbox, organisations=1)


def test_it_refuses_a_login_name_with_spaces(register, mailoutbox):
    response = register(username="kira betrieb")
    assert "username" in errors(response)
    assert_nothing_stored(mailoutbox)
