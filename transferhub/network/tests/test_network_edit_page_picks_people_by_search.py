"""The network edit page offers people and organisations through type-ahead pickers:
never the whole list, a coordinator only the network's own people, and a forged or
foreign pick is refused with a German message and changes nothing."""

import pytest
from django.urls import reverse

from conftest import make_person
from transferhub.lib.models import ActionLog
from transferhub.network.models import Body, Membership, Network, Organisation


@pytest.fixture
def north(db):
    network = Network.objects.create(
        name="OM Rheinland-Pfalz Nord",
        slug="om-rlp-nord",
        federal_states="RP",
        email="nord@example.org",
    )
    network.coordinators.add(make_person("Nadine", "Westerburg", username="nord"))
    return network


@pytest.fixture
def world(north):
    """Koblenz lies in the region, Saarbrücken does not; 40 strangers elsewhere."""
    koblenz = Organisation.objects.create(name="Handwerkskammer Koblenz", federal_state="RP")
    saar = Organisation.objects.create(name="IHK Saarland", federal_state="SL", postcode="66119")
    strangers = [make_person("Fremd", f"Saarländer{i:02d}", org=saar) for i in range(40)]
    local = make_person("Lena", "Koblenzer", org=koblenz)
    body = Body.objects.create(name="Netzwerkrunde Nord", network=north)
    roundtable = make_person("Rudi", "Runde")
    Membership.objects.create(person=roundtable, body=body)
    return {
        "koblenz": koblenz,
        "saar": saar,
        "strangers": strangers,
        "local": local,
        "roundtable": roundtable,
    }


def _form(north, **changes) -> dict:
    data = {
        "federal_states": north.federal_states,
        "postcode_prefixes": north.postcode_prefixes,
        "email": north.email,
        "website_text": "",
        "website_picture_alt": "",
        "imprint": "",
        "privacy": "",
    }
    data.update(changes)
    return data


def _coordinator(client, north):
    client.force_login(north.coordinators.get().user)
    return client


def test_the_page_does_not_list_every_person(client, north, world):
    html = _coordinator(client, north).get(reverse("network:network_edit", args=[north.pk]))
    html = html.content.decode()
    assert 'class="picker-search"' in html
    assert "Koblenzer" in html and "Runde" in html  # the network's own people
    assert "Saarländer" not in html  # nobody from outside the region
    assert "IHK Saarland" not in html
    assert "Handwerkskammer Koblenz" in html


def test_the_picker_searches_only_the_networks_people(client, north, world):
    url = reverse("network:network_picker", args=[north.pk, "contacts"])
    client = _coordinator(client, north)
    assert "Koblenzer" in client.get(url, {"q": "lena"}).content.decode()
    assert "Keine Treffer" in client.get(url, {"q": "Saarländer"}).content.decode()
    # The secretariat's coordinators field is not the coordinator's to search.
    assert (
        client.get(reverse("network:network_picker", args=[north.pk, "coordinators"])).status_code
        == 404
    )
    excluded = client.get(url, {"q": "lena", "exclude": str(world["local"].pk)})
    assert "Koblenzer" not in excluded.content.decode()
    nonsense = client.get(url, {"q": "lena", "exclude": f"{2**70},x,"})
    assert "Koblenzer" in nonsense.content.decode()


def test_the_secretariat_finds_anyone_but_twenty_at_most(client, north, world, people):
    client.force_login(people["secretariat"].user)
    url = reverse("network:network_picker", args=[north.pk, "coordinators"])
    html = client.get(url, {"q": "Saarländer"}).content.decode()
    assert html.count("<option") == 20
    page = client.get(reverse("network:network_edit", args=[north.pk])).content.decode()
    # Two person fields (contacts, coordinators), each with its first 20 candidates.
    assert page.count("Saarländer") <= 2 * 20
    assert "Saarländer39" not in page


def test_a_picked_person_and_organisation_are_saved(client, north, world):
    client = _coordinator(client, north)
    response = client.post(
        reverse("network:network_edit", args=[north.pk]),
        _form(
            north,
            contacts=[world["local"].pk, world["roundtable"].pk],
            organisations=[world["koblenz"].pk],
        ),
    )
    assert response.status_code == 302
    assert set(north.contacts.all()) == {world["local"], world["roundtable"]}
    assert list(north.organisations.all()) == [world["koblenz"]]
    # Shown again as ticked boxes; unticking one removes it.
    page = client.get(reverse("network:network_edit", args=[north.pk])).content.decode()
    assert f'value="{world["local"].pk}" checked' in page
    client.post(
        reverse("network:network_edit", args=[north.pk]),
        _form(north, contacts=[world["roundtable"].pk], organisations=[world["koblenz"].pk]),
    )
    assert list(north.contacts.all()) == [world["roundtable"]]


@pytest.mark.parametrize("picked", ["stranger", "unknown", "garbage", "huge"])
def test_a_person_not_to_be_picked_is_refused_and_nothing_changes(client, north, world, picked):
    value = {
        "stranger": world["strangers"][0].pk,
        "unknown": 999_999,
        "garbage": "abc",
        "huge": str(2**70),
    }[picked]
    client = _coordinator(client, north)
    response = client.post(
        reverse("network:network_edit", args=[north.pk]),
        _form(north, email="neu@example.org", contacts=[world["local"].pk, value]),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "kann hier nicht gewählt werden" in html or "keine gültige Auswahl" in html
    north.refresh_from_db()
    assert north.email == "nord@example.org"
    assert not north.contacts.exists()
    assert not ActionLog.objects.filter(action="network.changed").exists()


def test_a_coordinator_cannot_pick_an_organisation_outside_the_region(client, north, world):
    client = _coordinator(client, north)
    response = client.post(
        reverse("network:network_edit", args=[north.pk]),
        _form(north, organisations=[world["saar"].pk]),
    )
    assert "Diese Organisation kann hier nicht gewählt werden" in response.content.decode()
    assert not north.organisations.exists()


def test_another_networks_coordinator_cannot_use_the_picker(client, north, world):
    saar = Network.objects.create(name="OM Saar", slug="om-saar", federal_states="SL")
    saar.coordinators.add(make_person("Sara", "Saar", username="saar"))
    client.force_login(saar.coordinators.get().user)
    url = reverse("network:network_picker", args=[north.pk, "contacts"])
    assert client.get(url, {"q": "lena"}).status_code == 403
