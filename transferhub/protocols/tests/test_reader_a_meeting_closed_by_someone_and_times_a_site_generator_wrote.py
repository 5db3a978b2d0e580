"""The end told as someone closing the meeting, dotted British times, a page's own timestamp.

"Der Vorsitzende schließt die Mitgliederversammlung um 20:50 Uhr" ends the meeting as
"schloss um …" already did (FOSSGIS, CCC-CH, PeP Dortmund, Förderverein Cochem write it so);
"11.15am – 1.15pm" is a time frame as "11:15am – 1:15pm" is (Suffolk Libraries, Stoke Ferry,
Wretton, Perth Artifactory write the dot). A timestamp a site generator wrote into front matter
("date: 2019-02-12 15:04:19 +0000", "2016-06-08T00:00:00+02:00") is when the page was
saved, not when the meeting began; "date: 30/04/2024 17:00" is a time someone chose. An end
marker before a range ("Beginn und Ende der Versammlung: 16:10 Uhr bis 17:30 Uhr") ends at
the range's end.
"""

from __future__ import annotations

import pytest

from transferhub.protocols.reader import parse_text


def _german(closing: str) -> str:
    return (
        "# Protokoll der Mitgliederversammlung\n\n12.02.2019\n\n"
        "## TOP 1 Begrüßung\n\nText.\n\n## TOP 2 Verschiedenes\n\nText.\n\n"
        f"{closing}\n"
    )


@pytest.mark.parametrize(
    ("closing", "end"),
    [
        ("Der Vorsitzende schließt die Mitgliederversammlung um 20:50 Uhr.", "20:50"),
        ("Anna Beispiel schliesst die ausserordentliche GV um 15:24.", "15:24"),
        ("Die Versammlungsleiterin schließt die Sitzung um 21.05 Uhr.", "21:05"),
    ],
)
def test_someone_closing_the_meeting_ends_it(closing, end):
    assert parse_text(_german(closing))["end"] == end


@pytest.mark.parametrize(
    "closing",
    [
        "Die Kantine schließt um 14 Uhr.",
        "Der Kassenwart beschließt die Sitzung des Ausschusses am Montag um 18 Uhr zu planen.",
        "Bernd schließt die Tür um 22 Uhr ab.",
    ],
)
def test_something_else_closing_is_no_end(closing):
    assert parse_text(_german(closing))["end"] is None


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Time: 11.15am – 1.15pm", "11:15", "13:15"),
        ("Time: 7.30 - 9.05pm", "19:30", "21:05"),
        ("Time: 7:30 - 9:05pm", "19:30", "21:05"),
    ],
)
def test_a_time_frame_with_dotted_minutes_and_pm(line, start, end):
    minutes = (
        f"# Board Meeting Minutes\n\nDate: 24th September 2015\n{line}\n\n1. Apologies\n\nNone.\n"
    )
    result = parse_text(minutes)
    assert (result["start"], result["end"]) == (start, end)


def _front(date_line: str, body: str = "Das Treffen fand statt.") -> str:
    return (
        f'---\ntitle: "Protokoll des Treffens vom 2016-06-07"\n{date_line}\n---\n\n'
        f"{body}\n\n## 1. Firmware\n\nText.\n\n## 2. Webseite\n\nText.\n"
    )


@pytest.mark.parametrize(
    "date_line",
    ["date: 2016-06-07T00:00:00+02:00", "date: 2016-06-07 15:04:19 +0000"],
)
def test_a_generated_timestamp_in_front_matter_is_no_start(date_line):
    result = parse_text(_front(date_line), fmt="md")
    assert result["date"] == "2016-06-07"
    assert result["start"] is None


def test_a_time_chosen_in_front_matter_is_the_start():
    result = parse_text(_front("date: 07/06/2016 17:00"), fmt="md")
    assert (result["date"], result["start"]) == ("2016-06-07", "17:00")


def test_a_page_posted_years_later_gives_no_start_of_its_own():
    minutes = (
        '---\ntitle: "2005-09-14 Meeting Minutes"\ndate: 2008-11-16 21:50:00\n---\n\n'
        "**Meeting Minutes Wednesday September 14, 2005; 5:00pm @ Office**\n\n"
        "1.0 Clothing\n\n* we are good to go\n\n2.0 Party\n\n* scheduled\n"
    )
    result = parse_text(minutes, fmt="md")
    assert (result["date"], result["start"]) == ("2005-09-14", "17:00")


@pytest.mark.parametrize(
    ("line", "end"),
    [
        ("Beginn und Ende der Versammlung: 16:10 Uhr bis 17:30 Uhr", "17:30"),
        ("Ende der Sitzung: 21:15 Uhr", "21:15"),
        ("The meeting was adjourned at 9:04 pm.", "21:04"),
        ("The meeting was adjourned at 9:04 pm to 10 March.", "21:04"),
    ],
)
def test_an_end_marker_before_a_time_range_ends_at_the_ranges_end(line, end):
    minutes = f"# Protokoll der Versammlung\n\n17.02.2018\n\n## 1. Bericht\n\nText.\n\n{line}\n"
    assert parse_text(minutes)["end"] == end
