"""Votes' part of a person's data export (see lib.registry).

A person's place in a vote is a record the body keeps (who could vote, who voted), so
erasing the person pseudonymises them rather than deleting it.
"""

from transferhub.lib import registry

from .models import Ballot, Voter


def _date(value):
    return value.isoformat() if value else None


def votes(person) -> list:
    """The votes the person could vote in, their own ballot, and proxies given."""
    rows = []
    voters = Voter.objects.filter(person=person).select_related("vote__body", "proxy__person")
    ballots = {b.voter_id: b for b in Ballot.objects.filter(voter__person=person)}
    for voter in voters:
        ballot = ballots.get(voter.pk)
        rows.append(
            {
                "vote": voter.vote.title,
                "body": voter.vote.body.name,
                "kind": voter.vote.kind,
                "choice": ballot.choice if ballot else None,
                "cast_at": _date(ballot.cast_at) if ballot else None,
                "proxy_to": voter.proxy.person.full_name if voter.proxy_id else None,
            }
        )
    return rows


def register() -> None:
    registry.privacy_export.register("votes", votes, order=70)
