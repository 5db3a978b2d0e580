"""The registration form answers the same whether or not an address is known.

It used to say "Mit dieser E-Mail-Adresse ist bereits jemand registriert", telling
anyone whose address is in the network. Now a known address gets a note by mail (or,
for a registration not yet confirmed, its link again) and nothing is created.
"""

import re

from django.contrib.auth.models import User
from django.urls import reverse

from conftest import make_person
from transferhub.checks.models import Company
from transferhub.network.models import Organisation, Person

from .conftest import STRONG_PASSWORD

LINK = re.compile(r"/registrieren/bestaetigen/[^\s\"<>/]+/")


def test_a_known_address_gets_the_answer_a_new_one_gets(register, mailoutbox):
    new = register(email="neu@stanzwerk.example")
    make_person("Otto", "Anders", email="Otto.Anders@Example.org", username="otto")
    known = register(
        email="otto.anders@example.org", username="zweites", company_name="Zweites Werk GmbH"
    )
    assert new.status_code == known.status_code == 302
    assert new.url == known.url == reverse("registration:sent")
    assert not Company.objects.filter(name="Zweites Werk GmbH").exists()
    assert not Organisation.objects.filter(name="Zweites Werk GmbH").exists()
    assert not User.objects.filter(username="zweites").exists()
    assert Person.objects.filter(email__iexact="otto.anders@example.org").count() == 1


def test_the_known_address_is_told_by_mail_and_gets_no_link(register, mailoutbox):
    make_person("Otto", "Anders", email="Otto.Anders@Example.org", username="otto")
    register(email="otto.anders@example.org")
    [mail] = mailoutbox
    assert mail.to == ["Otto.Anders@Example.org"]
    assert mail.subject == "Registrierung im Transferhub mit Ihrer E-Mail-Adresse"
    assert "Guten Tag Otto Anders" in mail.body
    assert "bereits einen Eintrag" in mail.body
    assert reverse("login") in mail.body
    assert not LINK.search(mail.body)
    assert "stanzwerk" not in mail.body and STRONG_PASSWORD not in mail.body


def test_an_unconfirmed_address_entered_again_gets_its_link_again(register, mailoutbox):
    register()
    mailoutbox.clear()
    response = register(username="stanzwerk2", company_name="Stanzwerk Zwei GmbH")
    assert response.status_code == 302
    assert list(Company.objects.values_list("name", flat=True)) == ["Neue Stanzwerk GmbH"]
    [mail] = mailoutbox
    assert mail.to == ["jana.stanz@stanzwerk.example"]
    assert "Ihr Benutzername: stanzwerk\n" in mail.body
    assert LINK.search(mail.body)


def test_the_form_names_no_address_as_taken(register, mailoutbox):
    make_person("Otto", "Anders", email="jana.stanz@stanzwerk.example")
    response = register(username="")  # another error keeps the form on the page
    assert response.status_code == 200
    form = response.context["form"]
    assert "email" not in form.errors
    assert "bereits" not in response.content.decode().split("<form", 1)[1]
