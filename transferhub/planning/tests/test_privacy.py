"""A person's proposals are in their data export and go with them when erased, except
those that became agenda items (the item stays; the proposer is no longer named)."""

from transferhub.lib import registry
from transferhub.planning.models import Proposal
from transferhub.planning.services import proposal_decide, proposal_submit


def test_proposals_are_exported_and_erased_with_the_person(people, upcoming):
    member = people["member"]
    kept = proposal_submit(meeting=upcoming, proposer=member, title="Angenommen")
    proposal_decide(proposal=kept, action="accept")
    proposal_submit(meeting=upcoming, proposer=member, title="Offen")
    exported = registry.privacy_export.get("agenda_proposals")(member)
    assert sorted(p["title"] for p in exported) == ["Angenommen", "Offen"]
    registry.privacy_erase.get("planning").person(member)
    left = Proposal.objects.get()
    assert left.title == "Angenommen" and left.agenda_item is not None
    assert upcoming.agenda_items.filter(name="Angenommen").exists()
