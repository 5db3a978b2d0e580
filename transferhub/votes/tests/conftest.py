"""A body that votes: the AG Transfer's chair and member plus three more members with logins."""

import datetime as dt
from types import SimpleNamespace

import pytest
from django.test import TestCase
from django.utils import timezone

from conftest import make_person
from transferhub.network.models import Membership, Organisation
from transferhub.votes.models import VotingRules
from transferhub.votes.services import vote_start


@pytest.fixture
def voting(db, people, ag_transfer, om):
    """Five voters (chair, member, three more), a guest who never votes, the secretariat."""
    other_org = Organisation.objects.create(name="Institut für Arbeitsforschung", short_name="IfA")
    extra = []
    for given, family, org in [
        ("Anna", "Adler", om),
        ("Bernd", "Berg", other_org),
        ("Clara", "Conrad", None),
    ]:
        person = make_person(given, family, org=org, username=given.lower())
        Membership.objects.create(
            person=person, body=ag_transfer, role=Membership.Role.MEMBER, on_behalf_of=org
        )
        extra.append(person)
    guest = make_person("Gerd", "Gast", username="gast")
    Membership.objects.create(person=guest, body=ag_transfer, role=Membership.Role.GUEST)
    return SimpleNamespace(
        body=ag_transfer,
        chair=people["chair"],
        member=people["member"],
        secretariat=people["secretariat"],
        outsider=people["outsider"],
        anna=extra[0],
        bernd=extra[1],
        clara=extra[2],
        guest=guest,
        other_org=other_org,
    )


def set_rules(body, **changes) -> VotingRules:
    rules = VotingRules.for_body(body)
    for key, value in changes.items():
        setattr(rules, key, value)
    rules.save()
    return rules


def committed():
    """Run what the block leaves for after the commit (the mails), as a real commit would."""
    return TestCase.captureOnCommitCallbacks(execute=True)


def start(voting, *, days=7, **kwargs):
    with committed():
        return vote_start(
            body=voting.body,
            title=kwargs.pop("title", "Positionspapier Transfer"),
            motion=kwargs.pop("motion", "Der Strategiekreis verabschiedet das Positionspapier."),
            reasoning=kwargs.pop("reasoning", "Entwurf liegt seit der letzten Sitzung vor."),
            deadline=timezone.now() + dt.timedelta(days=days),
            actor=voting.secretariat.user,
            **kwargs,
        )
