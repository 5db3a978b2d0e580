"""A voter's data: in the person's export; erasing keeps the vote's record, pseudonymised."""

from transferhub.network.models import Person
from transferhub.network.services import person_data, person_erase
from transferhub.votes.models import Ballot
from transferhub.votes.services import ballot_cast

from .conftest import set_rules, start


def test_the_export_lists_the_persons_votes_and_ballot(voting):
    set_rules(voting.body, proxies_allowed=True)
    vote = start(voting)
    ballot_cast(voter=vote.voters.get(person=voting.anna), choice="no")
    rows = person_data(voting.anna)["votes"]
    assert rows == [
        {
            "vote": "Positionspapier Transfer",
            "body": "AG Transfer",
            "kind": "written",
            "choice": "no",
            "cast_at": rows[0]["cast_at"],
            "proxy_to": None,
        }
    ]


def test_erasing_a_voter_keeps_the_ballot_under_a_pseudonym(voting):
    vote = start(voting)
    ballot_cast(voter=vote.voters.get(person=voting.anna), choice="yes")
    assert person_erase(person=voting.anna) == "pseudonymised"
    anna = Person.objects.get(pk=voting.anna.pk)
    assert anna.given_name == "Gelöschte Person" and anna.email == ""
    assert Ballot.objects.get(vote=vote).voter.person_id == anna.pk
