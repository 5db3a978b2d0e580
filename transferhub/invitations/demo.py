"""Demo data: the seed meeting's invitations with their answers, and its minutes' delivery.

The seed meeting of 15.09.2022 is over and approved, so its invitations are written as
they would have been recorded then (mailed a fortnight before, answered in the days
after), without mail and without touching the frozen attendance list.
"""

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings

from .models import Invitation, InvitationMail, MinutesDelivery
from .services import current_version, default_subject, default_text

# Answers in turn: most accept, one declines, one sends a substitute.
ANSWERS = ["accepted", "accepted", "declined", "substitute", "accepted", "pending"]


def demo_invitations(ctx: dict) -> None:
    meeting = ctx.get("meeting")
    if meeting is None or meeting.invitations.exists():
        return
    tz = ZoneInfo(settings.TIME_ZONE)
    mailed = dt.datetime.combine(meeting.date - dt.timedelta(days=14), dt.time(10), tzinfo=tz)
    memberships = (
        meeting.body.memberships.select_related("person__organisation", "on_behalf_of")
        .exclude(person__email="")
        .order_by("person__family_name", "pk")
    )
    seen = set()
    for n, membership in enumerate(memberships):
        person = membership.person
        if person.pk in seen:
            continue
        seen.add(person.pk)
        answer = ANSWERS[n % len(ANSWERS)]
        organisation = membership.on_behalf_of or person.organisation
        if answer == "substitute" and organisation is None:
            answer = "declined"
        invitation = Invitation.objects.create(
            meeting=meeting,
            person=person,
            on_behalf_of=organisation,
            answer=answer,
            answered_at=None if answer == "pending" else mailed + dt.timedelta(days=1 + n % 5),
            substitute_name="Vertretung " + organisation.short_name
            if answer == "substitute"
            else "",
            mailed_at=mailed,
            reminded_at=mailed + dt.timedelta(days=11) if answer == "pending" else None,
        )
        InvitationMail.objects.create(
            invitation=invitation,
            kind=InvitationMail.Kind.INVITATION,
            subject=default_subject(meeting, person.language),
            text=default_text(meeting, person.language),
            sent_at=mailed,
            attempts=1,
        )
    version = current_version(meeting)
    if version:
        sent = dt.datetime.combine(meeting.date + dt.timedelta(days=21), dt.time(9), tzinfo=tz)
        MinutesDelivery.objects.bulk_create(
            [
                MinutesDelivery(
                    meeting=meeting,
                    person_id=person_id,
                    version=version,
                    files=[f"protokoll-{meeting.date:%Y-%m-%d}.pdf"],
                    sent_at=sent,
                    attempts=1,
                )
                for person_id in sorted(seen)
            ],
            ignore_conflicts=True,  # the approval may have logged a delivery already
        )
