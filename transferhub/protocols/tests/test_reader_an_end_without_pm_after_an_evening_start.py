"""An end written on the 12-hour clock without "pm" after an evening start is in the evening."""

import pytest

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.times import end_after_start

MINUTES = """Minutes of the Board of Directors, March 3, 2025

The meeting was called to order at {start} by the President.

1. Approval of the minutes
The minutes were approved.

The meeting was adjourned at {end}.
"""


@pytest.mark.parametrize(
    ("start", "end", "read"),
    [
        ("7:00 p.m.", "8:45", ("19:00", "20:45")),
        ("7:00 p.m.", "8:45 p.m.", ("19:00", "20:45")),
        ("9:00 a.m.", "11:30", ("09:00", "11:30")),
    ],
)
def test_the_end_follows_the_start(start, end, read):
    result = read_protocol(MINUTES.format(start=start, end=end).encode(), filename="board.txt")
    assert (result["start"], result["end"]) == read


@pytest.mark.parametrize(
    ("start", "end", "kept"),
    [
        ("22:00", "00:30", "00:30"),  # past midnight
        ("09:00", "08:00", "08:00"),  # twelve hours later would be an eleven-hour meeting
        ("18:30", "06:00", "06:00"),
        ("10:00", None, None),
    ],
)
def test_an_end_that_cannot_be_the_evening_stays_as_written(start, end, kept):
    assert end_after_start(start, end) == kept
