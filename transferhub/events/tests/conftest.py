"""Fixtures for events: a recognised regional network with one event."""

import datetime as dt
import re

import pytest
from django.utils import timezone

from conftest import make_person
from transferhub.events.models import Event
from transferhub.network.models import Network


@pytest.fixture
def network(db):
    network = Network.objects.create(
        name="OM Rheinland-Pfalz Nord",
        slug="om-rlp-nord",
        federal_states="RP",
        recognised_until=timezone.localdate() + dt.timedelta(days=365),
    )
    coordinator = make_person("Nadine", "Westerburg", username="nord")
    network.coordinators.add(coordinator)
    network.coordinator = coordinator
    return network


@pytest.fixture
def event(network):
    start = timezone.now().replace(microsecond=0) + dt.timedelta(days=20)
    return Event.objects.create(
        network=network,
        title="Netzwerktreffen",
        starts_at=start,
        ends_at=start + dt.timedelta(hours=4),
        place="Koblenz",
        capacity=2,
        published=True,
    )


def link_in(mail, kind: str) -> str:
    """The path of the confirm or cancel link in a mail's text."""
    word = {"confirm": "bestaetigen", "cancel": "absagen"}[kind]
    match = re.search(rf"http://[^/\s]+(/veranstaltungen/anmeldung/\S+/{word}/)", mail.body)
    assert match, mail.body
    return match.group(1)


@pytest.fixture
def register(client, django_capture_on_commit_callbacks, mailoutbox):
    """Register through the public form and confirm by the mailed link; return the mails."""

    def run(event, name: str, email: str, *, confirm: bool = True):
        url = f"/netzwerke/{event.network.slug}/veranstaltungen/{event.pk}/"
        before = len(mailoutbox)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(url, {"name": name, "email": email, "consent": "on"})
        assert response.status_code == 302, response.content.decode()[:2000]
        opt_in = mailoutbox[before]
        if confirm:
            with django_capture_on_commit_callbacks(execute=True):
                client.post(link_in(opt_in, "confirm"))
        return mailoutbox[before:]

    return run
