"""Start and end in the forms clubs, councils, committees and student teams write them.

"05:00p EDT" (OASIS and W3C groups), "16:40h - 17:50h", "Dauer: 14.00 Uhr bis 16.00 Uhr",
"September 16 , 2025 @ 6:30 P.M." (a PDF's justified date line), "Beginn: 18:05 Ende: 20:19"
on the date's line, a date line wrapped before its time, "Meeting Adjournment: … at 8:31PM",
"ADJOURN – …", "Finish: 7:31 p.m.", a time at a sentence's end ("at 20:18."), and minutes kept
as a log ("20:10 meeting opened by …", "21:33 The AGM was closed by …"). All text invented.
"""

import pytest

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.dates import find_time_range


def read(text: str, name: str = "minutes.txt") -> tuple[str | None, str | None]:
    got = read_protocol(text.encode(), filename=name)
    return got["start"], got["end"]


ITEMS_EN = "\n1. Minutes of the last meeting\nApproved.\n\n2. Treasurer's report\nNoted.\n\n"
ITEMS_DE = "\n1. Protokoll der letzten Sitzung\nGenehmigt.\n\n2. Kassenbericht\nZur Kenntnis.\n\n"


@pytest.mark.parametrize(
    ("line", "times"),
    [
        ("at 05:00p EDT (02:00p PDT)", ("17:00", None)),
        ("10:30a", ("10:30", None)),
        ("12:00 am Freitag", ("12:00", None)),  # German "am": on Friday, not midnight
        ("Zeit: 16:40h - 17:50h", ("16:40", "17:50")),
        ("Motion to adjourn at 20:18.", ("20:18", None)),
        ("bis 15.10.", (None, None)),  # a date without its year, no time
        ("10.10.2017", (None, None)),
    ],
)
def test_clock_forms_are_read_and_dates_are_not(line, times):
    assert find_time_range(line) == times


def test_a_lone_meridiem_letter_after_the_minutes_is_the_afternoon():
    text = (
        "Technical Committee Meeting Minutes: 14 March 2024\n\n"
        "The Technical Committee met on Thursday, 14 March 2024 at 04:00p EDT\n"
        "(01:00p PDT, 20:00GMT) for 45 minutes.\n"
        + ITEMS_EN
        + "The meeting was adjourned at 4:45 EDT.\n"
    )
    assert read(text) == ("16:00", "16:45")


def test_a_date_line_wrapped_before_its_time_reads_the_time_below():
    text = (
        "Steering group minutes\n\n"
        "The steering group met on Tuesday, 5 November 2024 at\n"
        "18:30 in the library.\n" + ITEMS_EN
    )
    assert read(text)[0] == "18:30"
    text_de = (
        "Protokoll der Vorstandssitzung\n\n"
        "Der Vorstand traf sich am Dienstag, 05.11.2024 um\n"
        "18:30 Uhr im Vereinsheim.\n" + ITEMS_DE
    )
    assert read(text_de)[0] == "18:30"


def test_an_hour_range_with_h_after_each_time():
    text = "# Protokoll Gruppe 4\n\n**Datum:** 09.04.2024\n**Zeit:** 16:40h - 17:50h\n" + ITEMS_DE
    assert read(text, "protokoll.md") == ("16:40", "17:50")
    text_en = "# Team 4 minutes\n\n**Date:** 9 April 2024\n**Time:** 16:40h - 17:50h\n" + ITEMS_EN
    assert read(text_en, "minutes.md") == ("16:40", "17:50")


def test_dauer_and_duration_labels_give_the_span():
    text = "Protokoll Projektgruppe 3\n\nTermin: 12.06.2024\n\nDauer: 14.00 Uhr bis 16.00 Uhr\n"
    assert read(text + ITEMS_DE) == ("14:00", "16:00")
    text_en = "Project team 3 minutes\n\nDate: 12 June 2024\n\nDuration: 14:00 - 15:30\n"
    assert read(text_en + ITEMS_EN) == ("14:00", "15:30")


def test_an_at_sign_after_a_date_with_a_space_before_its_comma():
    text = "MINUTES - TOWN OF EXAMPLEVILLE\nAPRIL 8 , 2025 @ 7:00 P.M.\n" + ITEMS_EN
    got = read_protocol(text.encode(), filename="council.txt")
    assert (got["date"], got["start"]) == ("2025-04-08", "19:00")


def test_start_and_end_labels_on_the_date_line():
    text = "# Mitgliederversammlung\n\n### Freitag, 24.05.2024 Beginn: 18:05 Ende: 20:19\n"
    assert read(text + ITEMS_DE, "mv.md") == ("18:05", "20:19")
    text_en = "# Annual meeting\n\n### Friday, 24 May 2024 Start: 18:05 End: 20:19\n"
    assert read(text_en + ITEMS_EN, "agm.md") == ("18:05", "20:19")


@pytest.mark.parametrize(
    "closing",
    [
        "Meeting Adjournment: Motion by Kim at 8:31PM",
        "ADJOURN – Motion to adjourn by Tim at 20:31.",
        "## Finish: 8:31 p.m.",
    ],
)
def test_adjournment_headings_and_finish_give_the_end(closing):
    text = (
        "# Radio club meeting, 12 March 2024\n\nCalled to order at 7:35 PM\n" + ITEMS_EN + closing
    )
    assert read(text, "club.md") == ("19:35", "20:31")


def test_minutes_kept_as_a_log_of_clock_times():
    text = (
        "Annual General Meeting, 8 March 2024\n\n"
        "20:10 meeting opened by Anna Example\n\n"
        "1. Minutes of the last AGM\n   Ratified.\n\n20:17\n\n"
        "2. Treasurer's report\n   Accepted.\n\n"
        "21:33 The AGM was closed by Anna Example.\n"
    )
    assert read(text) == ("20:10", "21:33")
    text_de = (
        "Mitgliederversammlung am 08.03.2024\n\n"
        "19.32 Uhr: Die Sitzung wird eröffnet.\n\n"
        "1. Protokoll\n   Genehmigt.\n\n"
        "2. Kassenbericht\n   Angenommen.\n\n"
        "21:05 Sitzung geschlossen.\n"
    )
    assert read(text_de) == ("19:32", "21:05")


def test_a_clock_time_at_a_lines_start_before_something_else_is_no_end():
    text = (
        "Annual General Meeting, 8 March 2024\n\nMeeting opened at 20:10.\n"
        + ITEMS_EN
        + "20:17 Bob closed the window.\n"
    )
    assert read(text) == ("20:10", None)
