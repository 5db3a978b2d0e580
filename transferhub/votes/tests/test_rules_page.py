"""The secretariat sets a body's voting rules; members read them; a vote keeps those it began with."""

from transferhub.votes.models import VotingRules

from .conftest import start

URL = "/abstimmungen/regeln/{}/"

POST = {
    "roles": ["chair", "member"],
    "quorum_kind": "number",
    "quorum_value": "3",
    "majority": "two_thirds",
    "named": "on",
    "proxies_allowed": "on",
}


def test_the_secretariat_saves_the_rules_and_members_only_read_them(voting, client):
    client.force_login(voting.secretariat.user)
    response = client.post(URL.format(voting.body.pk), POST, follow=True)
    assert "Die Abstimmungsregeln sind gespeichert." in response.content.decode()
    rules = VotingRules.objects.get(body=voting.body)
    assert (rules.majority, rules.quorum_kind, rules.quorum_value) == ("two_thirds", "number", 3)
    assert rules.proxies_allowed and rules.named and not rules.one_vote_per_organisation
    client.force_login(voting.member.user)
    page = client.get(URL.format(voting.body.pk)).content.decode()
    assert "Zweidrittelmehrheit" in page and 'name="majority"' not in page
    assert client.post(URL.format(voting.body.pk), POST).status_code == 403
    client.force_login(voting.chair.user)
    assert client.post(URL.format(voting.body.pk), POST).status_code == 403
    client.force_login(voting.outsider.user)
    assert client.get(URL.format(voting.body.pk)).status_code == 403


def test_guests_can_never_be_made_voters(voting, client):
    client.force_login(voting.secretariat.user)
    response = client.post(URL.format(voting.body.pk), {**POST, "roles": ["guest"]})
    assert response.status_code == 200
    assert (
        "Auswahl" in response.content.decode()
        or "Gäste stimmen nie ab" in response.content.decode()
    )
    assert not VotingRules.objects.filter(body=voting.body).exists()


def test_a_running_vote_keeps_its_rules_and_shows_them(voting, client):
    vote = start(voting)
    client.force_login(voting.secretariat.user)
    client.post(URL.format(voting.body.pk), {**POST, "majority": "unanimous"})
    client.force_login(voting.anna.user)
    page = client.get(vote.get_absolute_url()).content.decode()
    assert "einfache Mehrheit" in page and "mindestens 50 % der Stimmberechtigten" in page
    assert "einstimmig" not in page
