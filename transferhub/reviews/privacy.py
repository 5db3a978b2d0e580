"""The review round's part of a person's data export and erasure (see lib.registry).

Who was asked to review and what they suggested are the person's own data; the draft's
text that an accepted suggestion changed stays in the minutes (and their log).
"""

from transferhub.lib import registry

from .models import Response, Reviewer


def _date(value):
    return value.isoformat() if value else None


def reviews(person) -> list:
    """The review rounds the person was asked to, with their answers per item."""
    rows = []
    reviewers = Reviewer.objects.filter(person=person).select_related("round__meeting__body")
    for reviewer in reviewers:
        responses = Response.objects.filter(reviewer=reviewer).select_related("agenda_item")
        rows.append(
            {
                "meeting": str(reviewer.round.meeting),
                "body": reviewer.round.meeting.body.name,
                "deadline": _date(reviewer.round.deadline),
                "finished_at": _date(reviewer.finished_at),
                "answers": [
                    {
                        "item": str(r.agenda_item),
                        "kind": r.kind,
                        "comment": r.comment,
                        "proposed_minutes": r.proposed_minutes,
                        "decision": r.decision,
                    }
                    for r in responses
                ],
            }
        )
    return rows


def erase(person) -> None:
    Reviewer.objects.filter(person=person).delete()


def register() -> None:
    registry.privacy_export.register("reviews", reviews, order=75)
    registry.privacy_erase.register(
        "reviews", registry.Eraser(relations=("review_assignments",), person=erase)
    )
