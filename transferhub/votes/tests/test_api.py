"""Votes in the JSON API: who sees which vote, one's own ballot, casting it, outcomes."""

import datetime as dt

from django.utils import timezone

from transferhub.api.services import token_create
from transferhub.votes.models import Ballot, Vote
from transferhub.votes.services import ballot_cast, vote_close

from .conftest import start


def bearer(person, scope="read"):
    _token, secret = token_create(user=person.user, name="Test", scope=scope)
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


def test_members_list_votes_and_outsiders_see_none(voting, client):
    vote = start(voting)
    listed = client.get("/api/v1/votes", **bearer(voting.member)).json()
    assert [v["id"] for v in listed["items"]] == [vote.pk]
    assert listed["items"][0]["rules"]["majority"] == "simple"
    assert listed["items"][0]["ballots_cast"] is None and listed["items"][0]["outcome"] is None
    # Every voter counts, not only the asking member's own row.
    assert listed["items"][0]["voters"] == vote.voters.count() > 1
    assert (
        client.get("/api/v1/votes", **bearer(voting.chair)).json()["items"][0]["ballots_cast"] == 0
    )
    assert client.get("/api/v1/votes", **bearer(voting.outsider)).json()["total"] == 0
    assert client.get(f"/api/v1/votes/{vote.pk}", **bearer(voting.outsider)).status_code == 404
    assert client.get("/api/v1/votes").json()["total"] == 0


def test_a_voter_reads_and_casts_the_own_ballot_with_a_write_token(voting, client):
    vote = start(voting)
    url = f"/api/v1/votes/{vote.pk}/ballot"
    read = bearer(voting.anna)
    assert client.get(url, **read).json()["choice"] is None
    assert (
        client.put(url, {"choice": "yes"}, content_type="application/json", **read).status_code
        == 403
    )
    write = bearer(voting.anna, "read-write")
    answer = client.put(url, {"choice": "yes"}, content_type="application/json", **write)
    assert answer.status_code == 200 and answer.json()["choice"] == "yes"
    bad = client.put(url, {"choice": "vielleicht"}, content_type="application/json", **write)
    assert bad.status_code == 422 and "Unbekannte Stimme" in bad.json()["message"]
    assert Ballot.objects.get().choice == "yes"
    assert client.get(url, **bearer(voting.secretariat)).status_code == 404  # not a voter


def test_the_outcome_comes_after_the_close(voting, client):
    vote = start(voting)
    for person in (voting.chair, voting.member, voting.anna):
        ballot_cast(voter=vote.voters.get(person=person), choice="yes")
    assert (
        client.get(f"/api/v1/votes/{vote.pk}/outcome", **bearer(voting.member)).status_code == 409
    )
    Vote.objects.filter(pk=vote.pk).update(deadline=timezone.now() - dt.timedelta(seconds=1))
    vote_close(vote=vote)
    outcome = client.get(f"/api/v1/votes/{vote.pk}/outcome", **bearer(voting.member)).json()
    assert outcome["result"] == "adopted" and outcome["yes"] == 3 and outcome["entitled"] == 5
    assert outcome["register_number"].startswith("AG Transfer ")
    late = client.put(
        f"/api/v1/votes/{vote.pk}/ballot",
        {"choice": "no"},
        content_type="application/json",
        **bearer(voting.bernd, "read-write"),
    )
    assert late.status_code == 409 and "beendet" in late.json()["message"]
