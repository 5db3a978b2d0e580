"""Planning's part of the demo: the AG Transfer's series and template, its backlog with
the seed's postponed item, and one parked proposal of the member."""

import datetime as dt

from django.utils import timezone

from transferhub.meetings.models import Meeting
from transferhub.network.models import Person

from .models import BacklogEntry, Proposal, Series
from .services import backlog_sync, series_save

STANDING_ITEMS = [
    ("Begrüßung", 5, False),
    ("Genehmigung des Protokolls", 5, False),
    ("Bericht der Geschäftsstelle", 15, False),
    ("Verschiedenes", 10, True),
    ("Termine", 5, True),
]


def demo_planning(ctx: dict) -> None:
    body = ctx["bodies"].get("AG Transfer")
    if body is None or Series.objects.filter(body=body).exists():
        return
    office = ctx.get("office_user")
    series_save(
        body=body,
        rhythm_weeks=10,
        fixed_dates=[],
        start_time=dt.time(9),
        end_time=dt.time(11),
        location="online",
        proposal_days=14,
        template=STANDING_ITEMS,
        actor=office,
    )
    backlog_sync(body)  # the seed's item 5, postponed ("vertagt")
    member = Person.objects.filter(user__username="mitglied").first()
    meeting = (
        Meeting.objects.filter(body=body, state__in=("planned", "invited")).order_by("date").first()
    )
    proposal = Proposal.objects.create(
        body=body,
        meeting=meeting,
        proposer=member,
        presenter=member,
        title="Erfahrungen mit der Umsetzungshilfe „Finanzierung und Liquidität“ in Betrieben",
        description=(
            "Erste Rückmeldungen aus drei Betrieben, die die Umsetzungshilfe erprobt haben; "
            "Vorschläge für die nächste Fassung."
        ),
        duration_minutes=20,
        state=Proposal.State.PARKED,
        reason="Die Tagesordnung ist voll; wir nehmen das Thema in der nächsten Sitzung auf.",
        decided_by=office,
        decided_at=timezone.now(),
        notified_at=timezone.now(),
    )
    BacklogEntry.objects.create(
        body=body,
        kind=BacklogEntry.Kind.PARKED,
        title=proposal.title,
        description=proposal.description,
        duration_minutes=proposal.duration_minutes,
        presenter=member,
        proposal=proposal,
        created_by=office,
    )


def demo_reset() -> None:
    BacklogEntry.objects.all().delete()
    Proposal.objects.all().delete()
    Series.objects.all().delete()
