"""A network's coordinators manage its bodies; another network's stay closed to them."""

from conftest import make_person
from transferhub.network.models import Body, Network
from transferhub.network.permissions import (
    can_manage_body,
    can_manage_network,
    is_member_of,
    managed_body_ids,
)


def _regional(name, slug):
    return Network.objects.create(name=name, slug=slug, kind=Network.Kind.REGIONAL)


def test_existing_and_new_bodies_belong_to_the_federal_network(ag_transfer):
    body = Body.objects.create(name="FG Neu")
    assert body.network.slug == "offensive-mittelstand"
    assert ag_transfer.network == body.network
    assert body.network.is_recognised()


def test_a_coordinator_manages_the_bodies_of_their_network_only(db):
    north = _regional("OM Rheinland-Pfalz Nord", "om-rlp-nord")
    saar = _regional("OM Saar", "om-saar")
    ours = Body.objects.create(name="AK Nord", network=north)
    theirs = Body.objects.create(name="AK Saar", network=saar)
    coordinator = make_person("Nora", "Nord", username="nord")
    north.coordinators.add(coordinator)
    user = coordinator.user

    assert can_manage_body(user, ours.pk)
    assert is_member_of(user, ours.pk)
    assert not can_manage_body(user, theirs.pk)
    assert not is_member_of(user, theirs.pk)
    assert managed_body_ids(user) == {ours.pk}
    assert can_manage_network(user, north.pk)
    assert not can_manage_network(user, saar.pk)


def test_a_regional_network_is_recognised_only_until_its_date(db):
    import datetime as dt

    north = _regional("OM Rheinland-Pfalz Nord", "om-rlp-nord")
    assert not north.is_recognised()
    north.recognised_until = dt.date(2030, 1, 1)
    assert north.is_recognised(on=dt.date(2029, 12, 31))
    assert not north.is_recognised(on=dt.date(2030, 1, 2))


def test_a_coordinator_creates_and_edits_bodies_only_in_their_network(client, db):
    north = _regional("OM Rheinland-Pfalz Nord", "om-rlp-nord")
    saar = _regional("OM Saar", "om-saar")
    theirs = Body.objects.create(name="AK Saar", network=saar)
    coordinator = make_person("Nora", "Nord", username="nord")
    north.coordinators.add(coordinator)
    client.force_login(coordinator.user)

    response = client.post(
        "/gremien/neu/",
        {"name": "AK Nord", "classification": "working_group", "network": saar.pk},
    )
    assert response.status_code == 200  # another network is not a choice
    assert not Body.objects.filter(name="AK Nord").exists()
    client.post(
        "/gremien/neu/",
        {"name": "AK Nord", "classification": "working_group", "network": north.pk},
    )
    ours = Body.objects.get(name="AK Nord")
    assert ours.network == north
    assert client.get(f"/gremien/{ours.pk}/bearbeiten/").status_code == 200
    assert client.get(f"/gremien/{theirs.pk}/bearbeiten/").status_code == 403
    assert client.get(f"/gremien/{theirs.pk}/mitglieder/neu/").status_code == 403
