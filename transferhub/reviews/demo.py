"""Demo data of the review round: the AG Transfer's rules and the round on the seed's draft.

The demo's seed meeting is approved when this part loads (protocols imports and approves
it), so its round is shown as it ended: the chair confirmed, a member made one
suggestion that the secretariat took up, and the body approved the minutes at its next
meeting (24.11.2022, the item "Genehmigung des Protokolls vom 15.09.2022").
"""

import datetime as dt

from django.utils import timezone

from transferhub.meetings.models import AgendaItem, MinutesVersion
from transferhub.meetings.services import next_meeting_of
from transferhub.network.models import Person

from .models import Approval, Flow, Response, Reviewer, ReviewRound, ReviewSettings


def _at(day: dt.date, hour: int) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour)))


def demo_review(ctx: dict) -> ReviewRound | None:
    """Give the AG Transfer its review rules and record the round on the seed's draft."""
    meeting = ctx.get("meeting")
    if meeting is None or ReviewRound.objects.filter(meeting=meeting).exists():
        return None
    ReviewSettings.objects.update_or_create(
        body=meeting.body,
        defaults={"flow": Flow.CHAIR_THEN_ATTENDEES, "days": 7, "approval": Approval.BODY},
    )
    chair = Person.objects.filter(user__username="leitung").first()
    member = Person.objects.filter(user__username="mitglied").first()
    item = meeting.agenda_items.filter(kind=AgendaItem.Kind.ITEM, minutes__gt="").order_by("order")[
        2:3
    ]
    item = item[0] if item else None
    if chair is None or member is None or item is None:
        return None
    following = next_meeting_of(meeting)
    start = meeting.date + dt.timedelta(days=3)
    review = ReviewRound.objects.create(
        meeting=meeting,
        flow=Flow.CHAIR_THEN_ATTENDEES,
        stage=ReviewRound.Stage.ATTENDEES,
        approval=Approval.BODY,
        state=ReviewRound.State.APPROVED,
        deadline=_at(start + dt.timedelta(days=14), 18),
        started_by=ctx.get("office_user"),
        started_at=_at(start, 10),
        closed_at=_at(start + dt.timedelta(days=15), 9),
        approved_how=Approval.BODY if following else Approval.CHAIR,
        approved_at=_at(following.date if following else start + dt.timedelta(days=16), 10),
        approved_in=following,
    )
    finished = _at(start + dt.timedelta(days=2), 12)
    by_chair = Reviewer.objects.create(
        round=review, person=chair, stage=ReviewRound.Stage.CHAIR, finished_at=finished
    )
    by_member = Reviewer.objects.create(
        round=review, person=member, stage=ReviewRound.Stage.ATTENDEES, finished_at=finished
    )
    for it in meeting.agenda_items.filter(kind=AgendaItem.Kind.ITEM):
        Response.objects.create(
            reviewer=by_chair,
            agenda_item=it,
            kind=Response.Kind.CONFIRM,
            original_minutes=it.minutes,
        )
    Response.objects.create(
        reviewer=by_member,
        agenda_item=item,
        kind=Response.Kind.COMMENT,
        comment="Bitte ergänzen, dass die Folien der Präsentation als Anlage beigefügt werden.",
        original_minutes=item.minutes,
        decision=Response.Decision.ACCEPTED,
        decision_note="Die Anlage ist beigefügt.",
        decided_by=ctx.get("office_user"),
        decided_at=_at(start + dt.timedelta(days=15), 9),
    )
    MinutesVersion.objects.filter(meeting=meeting, version=1).update(
        reason=review.approval_reason()
    )
    return review
