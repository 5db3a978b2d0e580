"""A body to invite: the AG Transfer's people plus two more members, and a meeting ahead."""

import datetime as dt
import re
from types import SimpleNamespace

import pytest
from django.test import TestCase
from django.utils import timezone

from conftest import make_person
from transferhub.meetings import services as meeting_services
from transferhub.network.models import Membership, Organisation


def committed():
    """Run what the block leaves for after the commit (the mails), as a real commit would."""
    return TestCase.captureOnCommitCallbacks(execute=True)


def days_ahead(days: int) -> dt.date:
    return timezone.localdate() + dt.timedelta(days=days)


@pytest.fixture
def body(db, people, ag_transfer, om):
    """Chair (OM), member (English, no organisation), secretariat (OM), Anna (OM), Bernd (IfA)."""
    ifa = Organisation.objects.create(name="Institut für Arbeitsforschung", short_name="IfA")
    anna = make_person("Anna", "Adler", org=om, username="anna")
    bernd = make_person("Bernd", "Berg", org=ifa, username="bernd")
    Membership.objects.create(
        person=anna, body=ag_transfer, role=Membership.Role.MEMBER, on_behalf_of=om
    )
    Membership.objects.create(
        person=bernd, body=ag_transfer, role=Membership.Role.MEMBER, on_behalf_of=ifa
    )
    return SimpleNamespace(
        body=ag_transfer,
        om=om,
        ifa=ifa,
        chair=people["chair"],
        member=people["member"],
        secretariat=people["secretariat"],
        outsider=people["outsider"],
        anna=anna,
        bernd=bernd,
    )


@pytest.fixture
def meeting(body):
    """The AG Transfer's next meeting, three weeks ahead, 09:00–11:00 in Heidelberg."""
    meeting = meeting_services.meeting_create(
        body=body.body,
        name="AG Transfer",
        date=days_ahead(21),
        start_time=dt.time(9),
        end_time=dt.time(11),
        location="Heidelberg",
    )
    meeting_services.agenda_item_add(
        meeting=meeting, name="Neues aus der Offensive Mittelstand", duration_minutes=20
    )
    return meeting


LINK = re.compile(r"/einladungen/link/([^/\s]+)/")


def link_in(message) -> str:
    """The path of the personal answer link in a mail."""
    return LINK.search(message.body).group(0)


def mail_to(outbox, person_or_address):
    address = getattr(person_or_address, "email", person_or_address)
    found = [m for m in outbox if m.to == [address]]
    assert len(found) == 1, f"{len(found)} mails to {address}"
    return found[0]
