"""Demo data of votes: the Strategiekreis's voting rules and a written procedure under way."""

import datetime as dt

from django.contrib.auth.models import User
from django.utils import timezone
from django.utils.text import slugify

from transferhub.network.models import Body, Membership, Organisation, Person

from .models import Vote, VotingRules
from .services import ballot_cast, vote_start

# Partner organisations that send someone to the Strategiekreis besides the demo logins.
STRATEGY_MEMBERS = 4


def demo_votes() -> Vote | None:
    """Seat the demo logins and partner representatives in the Strategiekreis; start a procedure."""
    body = Body.objects.filter(name="Strategiekreis").first()
    if body is None or Vote.objects.filter(body=body).exists():
        return None
    roles = {"leitung": Membership.Role.CHAIR, "mitglied": Membership.Role.MEMBER}
    roles["geschaeftsstelle"] = Membership.Role.SECRETARIAT
    for username, role in roles.items():
        person = Person.objects.filter(user__username=username).first()
        if person is not None:
            Membership.objects.get_or_create(
                person=person, body=body, role=role, defaults={"on_behalf_of": person.organisation}
            )
    # One representative per partner organisation, placeholders with an address for the link.
    for org in Organisation.objects.exclude(short_name="OM").order_by("name")[:STRATEGY_MEMBERS]:
        slug = slugify(org.short_name or org.name)
        person, _created = Person.objects.get_or_create(
            given_name="Vertretung",
            family_name=org.short_name or org.name,
            defaults={"organisation": org, "email": f"vertretung-{slug}@example.org"},
        )
        Membership.objects.get_or_create(
            person=person, body=body, role=Membership.Role.MEMBER, defaults={"on_behalf_of": org}
        )
    VotingRules.objects.update_or_create(
        body=body, defaults={"majority": "simple", "named": True, "proxies_allowed": True}
    )
    office = User.objects.filter(username="geschaeftsstelle").first()
    vote = vote_start(
        body=body,
        title="Check Betrieblicher Umweltschutz (A-3.6) verabschieden",
        motion=(
            "Der Strategiekreis verabschiedet den Check „Betrieblicher Umweltschutz“ "
            "(OM-Praxis A-3.6) in der vorgelegten Fassung zur Veröffentlichung."
        ),
        reasoning=(
            "Die AG Umweltschutz hat den Check erarbeitet, die AG Transfer hat ihn beraten. "
            "Bis zur nächsten Sitzung soll er veröffentlicht werden."
        ),
        deadline=timezone.now() + dt.timedelta(days=14),
        actor=office,
    )
    chair = vote.voters.filter(person__user__username="leitung").first()
    if chair is not None:
        ballot_cast(voter=chair, choice="yes", actor=chair.person.user)
    return vote
