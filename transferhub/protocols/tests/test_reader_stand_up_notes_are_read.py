"""A team's stand-up notes ("Done:", "Will Do:", "Blockers:" per person) are read, not refused."""

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.dates import find_dates

STAND_UP = """Feb 09/2016

Lee I:
    Done: Use cases, UML started.
    Will Do: Test cases for all use cases he has done
    Blockers: Capstone project, Midterm

Aaron:
    Done: Five of the use cases.
    Will Do: Unit tests
    Blockers: Two midterms.
"""


def test_stand_up_notes_are_read_with_their_date():
    r = read_protocol(STAND_UP.encode(), filename="notes.txt")
    assert r["date"] == "2016-02-09"


def test_a_month_day_slash_year_date():
    assert [h.date.isoformat() for h in find_dates("Feb 09/2016")] == ["2016-02-09"]
    assert [h.date.isoformat() for h in find_dates("27/11/2017")] == ["2017-11-27"]
