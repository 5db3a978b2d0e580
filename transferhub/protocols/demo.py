"""The demo's meeting: the seed's minutes read by our own importer, then approved."""

from transferhub.meetings.services import minutes_approve
from transferhub.network.models import Membership

from .services import protocol_import_file


def demo_meeting(ctx: dict) -> None:
    """Import the seed as the AG Transfer's meeting, seat its presenters, approve it."""
    body = ctx["bodies"]["AG Transfer"]
    meeting = protocol_import_file(ctx["seed"], body_name=body.name)
    # Presenters who spoke for a partner are members of the AG Transfer.
    for presentation in meeting.agenda_items.all().prefetch_related("presentations"):
        for p in presentation.presentations.all():
            Membership.objects.get_or_create(
                person_id=p.person_id, body=body, defaults={"on_behalf_of_id": p.organisation_id}
            )
    minutes_approve(meeting=meeting)
    ctx["meeting"] = meeting
