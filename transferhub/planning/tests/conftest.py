"""The AG Transfer with a meeting to plan for, its series and template."""

import datetime as dt

import pytest
from django.utils import timezone

from transferhub.meetings.services import meeting_create
from transferhub.planning.demo import STANDING_ITEMS
from transferhub.planning.services import series_save

PDF = b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def upcoming(db, ag_transfer, people):
    """An AG Transfer meeting 60 days ahead, still being planned."""
    return meeting_create(
        body=ag_transfer,
        name="AG Transfer",
        date=timezone.localdate() + dt.timedelta(days=60),
        start_time=dt.time(9),
        end_time=dt.time(11),
        location="online",
    )


@pytest.fixture
def series(db, ag_transfer, people):
    """Every 10 weeks, 9–11, with the five standing items of the demo."""
    return series_save(
        body=ag_transfer,
        rhythm_weeks=10,
        fixed_dates=[],
        start_time=dt.time(9),
        end_time=dt.time(11),
        location="online",
        template=STANDING_ITEMS,
    )
