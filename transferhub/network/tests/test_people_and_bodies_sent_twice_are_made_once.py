"""A person, a body or an organisation form sent twice (a double click) creates it once."""

from django.urls import reverse

from transferhub.lib.testing.forms import form_data
from transferhub.network.models import Body, Organisation, Person

ALREADY = "Bereits gespeichert"


def _twice(client, name: str, values: dict):
    url = reverse(name)
    data = {**form_data(client.get(url), url), **values}
    first = client.post(url, data)
    second = client.post(url, data, follow=True)
    return first, second


def test_a_person_sent_twice_is_one_person(client_as):
    first, second = _twice(
        client_as("secretariat"),
        "network:person_create",
        {"given_name": "Arnd", "family_name": "Hofmeister", "email": "arnd@example.org"},
    )
    assert first.status_code == 302
    assert ALREADY in second.content.decode()
    assert Person.objects.filter(family_name="Hofmeister").count() == 1


def test_a_body_sent_twice_is_one_body_and_leads_to_it(client_as, people):
    first, second = _twice(
        client_as("secretariat"),
        "network:body_create",
        {"name": "AG Umweltschutz", "classification": "working_group"},
    )
    body = Body.objects.get(name="AG Umweltschutz")
    assert second.redirect_chain[-1][0] == reverse("network:body", args=[body.pk])
    assert ALREADY in second.content.decode()


def test_an_organisation_sent_twice_is_one_organisation(client_as):
    _first, second = _twice(
        client_as("secretariat"),
        "network:organisation_create",
        {"name": "Muster Metall GmbH", "kind": "company"},
    )
    assert ALREADY in second.content.decode()
    assert Organisation.objects.filter(name="Muster Metall GmbH").count() == 1
