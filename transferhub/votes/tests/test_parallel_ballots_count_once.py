"""Ballots sent at the same moment: 50 voters at once all count once; one voter twice, once.

Each thread posts through its own test client and database connection, as parallel
requests to the server would.
"""

import datetime as dt
import threading

import pytest
from django.db import connections
from django.test import Client
from django.utils import timezone

from conftest import make_person
from transferhub.network.models import Body, Membership
from transferhub.votes.models import Ballot
from transferhub.votes.services import ballot_token, vote_start

VOTERS = 50

# SQLite runs one write transaction at a time; there is no race to lose.
pytestmark = pytest.mark.only_on("postgresql")


def _run_at_once(jobs):
    start = threading.Barrier(len(jobs))
    results = [None] * len(jobs)

    def run(i, job):
        try:
            start.wait(timeout=30)
            results[i] = job()
        except Exception as exc:  # noqa: BLE001 - reported by the assertions
            results[i] = exc
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    return results


def _post(token, choice):
    def job():
        response = Client().post(f"/abstimmungen/link/{token}/", {"choice": choice})
        return response.status_code

    return job


def test_fifty_parallel_ballots_from_fifty_voters_are_each_counted_once(transactional_db):
    body = Body.objects.create(name="Strategiekreis Last", short_name="SK Last")
    for n in range(VOTERS):
        person = make_person(f"Person{n}", "Last", email=f"p{n}@example.org")
        Membership.objects.create(person=person, body=body, role=Membership.Role.MEMBER)
    vote = vote_start(
        body=body,
        title="Last",
        motion="Wir beschließen unter Last.",
        deadline=timezone.now() + dt.timedelta(days=1),
    )
    tokens = [ballot_token(v) for v in vote.voters.all()]
    choices = ["yes", "no", "abstain"]
    statuses = _run_at_once([_post(t, choices[i % 3]) for i, t in enumerate(tokens)])
    assert statuses == [200] * VOTERS
    assert Ballot.objects.filter(vote=vote).count() == VOTERS
    assert Ballot.objects.filter(vote=vote, choice="yes").count() == 17


def test_one_voter_sending_twice_at_once_is_counted_once(transactional_db):
    body = Body.objects.create(name="Strategiekreis Doppelt", short_name="SK Doppelt")
    person = make_person("Doris", "Doppelt")
    Membership.objects.create(person=person, body=body, role=Membership.Role.MEMBER)
    vote = vote_start(
        body=body,
        title="Doppelt",
        motion="Doppelt.",
        deadline=timezone.now() + dt.timedelta(days=1),
    )
    token = ballot_token(vote.voters.get())
    statuses = _run_at_once([_post(token, "yes") for _ in range(6)])
    assert sorted(statuses) == [200] + [400] * 5  # the others: "bereits gezählt"
    assert Ballot.objects.filter(vote=vote).count() == 1
