"""Fixtures for the network pages."""

import datetime as dt

import pytest

from transferhub.meetings.models import Meeting


@pytest.fixture
def make_meetings(db):
    """Create n meetings of a body, one a week from a start date, in a given state."""

    def make(n: int, body, *, start=dt.date(2020, 1, 6), state=Meeting.State.MINUTES_APPROVED):
        return Meeting.objects.bulk_create(
            Meeting(
                body=body,
                name=f"{body.name} Sitzung {i + 1}",
                date=start + dt.timedelta(weeks=i),
                start_time=dt.time(9),
                end_time=dt.time(11),
                state=state,
            )
            for i in range(n)
        )

    return make
