"""The review round of the every-URL and every-API walks: a round under way on the seed's draft.

The chair, the member and the secretariat are its reviewers (default rules: all members
when there is no attendance list); the member suggested a comment on item 3.
"""

from transferhub.reviews.models import Response
from transferhub.reviews.services import response_save, review_start


def review_world(seed_meeting, people, ag_transfer) -> dict:
    """URL kwargs of the review pages (URL name → kwargs)."""
    review = review_start(meeting=seed_meeting, actor=people["secretariat"].user)
    reviewer = review.reviewers.get(person=people["member"])
    item = seed_meeting.agenda_items.get(number="3")
    suggestion = response_save(
        reviewer=reviewer, item=item, kind=Response.Kind.COMMENT, comment="Bitte ergänzen."
    )
    by_round = {"pk": review.pk}
    return {
        "reviews:settings": {"body_pk": ag_transfer.pk},
        "reviews:meeting": {"meeting_pk": seed_meeting.pk},
        **{f"reviews:{n}": by_round for n in ("detail", "read", "widen", "close", "approve")},
        "reviews:decide": {"pk": suggestion.pk},
        "reviews:link": {"token": "gefaelscht"},
    }
