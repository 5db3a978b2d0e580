"""Bad input: a clear German message, and nothing counted."""

import datetime as dt

import pytest
from django.utils import timezone

from transferhub.network.models import Membership
from transferhub.votes.models import Ballot, Vote
from transferhub.votes.services import (
    VoteError,
    ballot_cast,
    ballot_token,
    proxy_give,
    proxy_revoke,
)

from .conftest import set_rules, start


def voter(vote, person):
    return vote.voters.get(person=person)


def link(vote, person):
    return f"/abstimmungen/link/{ballot_token(voter(vote, person))}/"


def test_a_ballot_after_the_deadline_is_refused(voting, client):
    vote = start(voting)
    Vote.objects.filter(pk=vote.pk).update(deadline=timezone.now() - dt.timedelta(seconds=1))
    response = client.post(link(vote, voting.anna), {"choice": "yes"})
    assert response.status_code == 400
    assert "Frist dieser Abstimmung ist am" in response.content.decode()
    assert not Ballot.objects.exists()


def test_the_same_ballot_twice_is_refused_and_counted_once(voting, client):
    vote = start(voting)
    client.post(link(vote, voting.anna), {"choice": "yes"})
    response = client.post(link(vote, voting.anna), {"choice": "yes"})
    assert "bereits gezählt; es wurde nichts geändert" in response.content.decode()
    assert Ballot.objects.filter(vote=vote).count() == 1


def test_a_non_member_cannot_vote(voting, client):
    vote = start(voting)
    client.force_login(voting.outsider.user)
    assert client.post(f"/abstimmungen/{vote.pk}/stimme/", {"choice": "yes"}).status_code == 404
    client.force_login(voting.guest.user)  # a guest of the body sees the vote, never votes
    response = client.post(f"/abstimmungen/{vote.pk}/stimme/", {"choice": "yes"}, follow=True)
    assert "nicht stimmberechtigt" in response.content.decode()
    assert not Ballot.objects.exists()


def test_an_altered_link_is_refused(voting, client):
    vote = start(voting)
    token = ballot_token(voter(vote, voting.anna))
    other = voter(vote, voting.bernd).pk
    forged = token.replace(token.split(":")[0], token.split(":")[0][:-2] + "xx")
    for bad in (forged, token[:-3] + "abc", f"{other}"):
        response = client.post(f"/abstimmungen/link/{bad}/", {"choice": "yes"})
        assert response.status_code == 400
        assert "ungültig" in response.content.decode()
    assert not Ballot.objects.exists()


def test_an_unknown_option_is_refused(voting, client):
    vote = start(voting)
    response = client.post(link(vote, voting.anna), {"choice": "vielleicht"})
    assert "Unbekannte Stimme. Möglich sind: Ja, Nein, Enthaltung." in response.content.decode()
    assert not Ballot.objects.exists()


def test_a_proxy_to_a_non_member_is_refused(voting):
    set_rules(voting.body, proxies_allowed=True)
    vote = start(voting)
    with pytest.raises(VoteError, match="nur an ein stimmberechtigtes Mitglied"):
        proxy_give(voter=voter(vote, voting.anna), to_person=voting.outsider)
    with pytest.raises(VoteError, match="nur an ein stimmberechtigtes Mitglied"):
        proxy_give(voter=voter(vote, voting.anna), to_person=voting.guest)
    assert voter(vote, voting.anna).proxy_id is None


def test_a_chain_of_proxies_is_refused(voting):
    set_rules(voting.body, proxies_allowed=True)
    vote = start(voting)
    proxy_give(voter=voter(vote, voting.anna), to_person=voting.bernd)
    with pytest.raises(VoteError, match="nicht weitergereicht"):
        proxy_give(voter=voter(vote, voting.bernd), to_person=voting.clara)
    with pytest.raises(VoteError, match="nicht weitergereicht"):
        proxy_give(voter=voter(vote, voting.clara), to_person=voting.anna)
    with pytest.raises(VoteError, match="mehr als eine geht nicht"):
        proxy_give(voter=voter(vote, voting.chair), to_person=voting.bernd)
    assert voter(vote, voting.bernd).proxy_id is None and voter(vote, voting.clara).proxy_id is None


def test_proxies_are_refused_where_the_body_does_not_allow_them(voting):
    vote = start(voting)
    with pytest.raises(VoteError, match="nicht übertragen"):
        proxy_give(voter=voter(vote, voting.anna), to_person=voting.bernd)


def test_a_proxy_holder_casts_one_vote_for_the_other_and_it_cannot_be_taken_back_then(voting):
    set_rules(voting.body, proxies_allowed=True)
    vote = start(voting)
    anna, bernd = voter(vote, voting.anna), voter(vote, voting.bernd)
    proxy_give(voter=anna, to_person=voting.bernd)
    with pytest.raises(VoteError, match="an Bernd Berg übertragen"):
        ballot_cast(voter=voter(vote, voting.anna), choice="yes")
    proxy_revoke(voter=voter(vote, voting.anna))
    proxy_give(voter=voter(vote, voting.anna), to_person=voting.bernd)
    ballot = ballot_cast(voter=bernd, for_voter=voter(vote, voting.anna), choice="no")
    assert ballot.voter == anna and ballot.cast_by == bernd
    with pytest.raises(VoteError, match="bereits abgestimmt"):
        proxy_revoke(voter=voter(vote, voting.anna))
    with pytest.raises(VoteError, match="keine übertragene Stimme"):
        ballot_cast(voter=voter(vote, voting.clara), for_voter=anna, choice="yes")


def test_a_member_who_left_keeps_the_vote_cast_and_cannot_change_it(voting):
    vote = start(voting)
    ballot_cast(voter=voter(vote, voting.anna), choice="yes")
    Membership.objects.filter(person=voting.anna).update(
        end_date=timezone.localdate() - dt.timedelta(days=1)
    )
    with pytest.raises(VoteError, match="nicht mehr stimmberechtigtes Mitglied"):
        ballot_cast(voter=voter(vote, voting.anna), choice="no")
    assert Ballot.objects.get(voter__person=voting.anna).choice == "yes"


def test_one_vote_per_organisation_refuses_a_second_ballot_of_it(voting):
    set_rules(voting.body, one_vote_per_organisation=True)
    vote = start(voting)  # chair and Anna both vote for the OM
    ballot_cast(voter=voter(vote, voting.chair), choice="yes")
    with pytest.raises(VoteError, match="Für Ihre Organisation wurde bereits abgestimmt"):
        ballot_cast(voter=voter(vote, voting.anna), choice="no")
    assert Ballot.objects.filter(vote=vote).count() == 1
