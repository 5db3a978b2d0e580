"""Dates in every common German and English form, relative ones against the meeting's date."""

import datetime as dt

import pytest

from transferhub.protocols.reader import dates, parse_text

REF = dt.date(2022, 3, 3)  # a Thursday


@pytest.mark.parametrize(
    "text",
    [
        "3. März 2022",
        "Donnerstag, 03.03.22",
        "March 3rd, 2022",
        "3rd of March 2022",
        "2022-03-03",
        "Do., 3.3.",
        "03/03/2022",
        "Thursday 3 March 2022",
    ],
)
def test_a_written_date_is_read_in_every_common_form(text):
    assert [h.date for h in dates.find_dates(text, REF)] == [REF]


def test_a_slashed_date_is_day_first_unless_only_the_month_can_come_first():
    assert dates.find_dates("27/11/2017")[0].date == dt.date(2017, 11, 27)
    assert dates.find_dates("11/27/2017")[0].date == dt.date(2017, 11, 27)
    assert dates.find_dates("04/03/2022")[0].date == dt.date(2022, 3, 4)


def test_a_time_with_pm_after_an_english_date_is_the_evening():
    hit = dates.find_dates("March 3, 2022, 7:00 - 8:30 pm")[0]
    assert (hit.start, hit.end) == ("19:00", "20:30")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("heute", "2022-03-03"),
        ("morgen", "2022-03-04"),
        ("übermorgen", "2022-03-05"),
        ("nächste Woche Donnerstag", "2022-03-10"),
        ("Dienstag nächste Woche", "2022-03-08"),
        ("in zwei Wochen", "2022-03-17"),
        ("in 3 days", "2022-03-06"),
        ("next Tuesday", "2022-03-08"),
        ("Friday", "2022-03-04"),
        ("Ende März", "2022-03-31"),
        ("end of April", "2022-04-30"),
        ("Mitte April", "2022-04-15"),
        ("Anfang Mai", "2022-05-01"),
        ("KW 12", "2022-03-25"),
        ("Ende der Woche", "2022-03-04"),
        ("end of next week", "2022-03-11"),
    ],
)
def test_a_relative_date_is_read_against_the_meeting(text, iso):
    assert dates.date_at(text, REF).isoformat() == iso


def test_a_month_long_before_the_meeting_lies_in_the_next_year():
    assert dates.date_at("Ende Januar", dt.date(2022, 11, 24)) == dt.date(2023, 1, 31)


def test_a_relative_date_needs_the_meeting_date():
    assert dates.date_at("morgen", None) is None


BASE = "# Protokoll vom 3. März 2022\n\n## 1. Sonstiges\n\nText.\n\n"


@pytest.mark.parametrize(
    ("line", "iso", "start"),
    [
        ("Nächstes Treffen: nächste Woche Donnerstag, 19 Uhr", "2022-03-10", "19:00"),
        ("Next meeting: March 17 at 7:30 pm", "2022-03-17", "19:30"),
        ("Das nächste Treffen findet in zwei Wochen statt.", "2022-03-17", None),
        ("Next meeting: next Tuesday", "2022-03-08", None),
    ],
)
def test_the_next_meeting_may_be_given_relative_to_this_one(line, iso, start):
    nxt = parse_text(BASE + line + "\n", fmt="md")["next_meeting"]
    assert (nxt["date"], nxt["start"]) == (iso, start)


def test_the_date_in_the_file_name_stands_in_when_the_text_has_none():
    text = "# Protokoll\n\n## 1. Kasse\n\nText.\n\n## 2. Sonstiges\n\nText.\n"
    r = parse_text(text, fmt="md", filename="vorstand_2022-03-03.md")
    assert r["date"] == "2022-03-03"
    assert "Das Sitzungsdatum stammt aus dem Dateinamen." in r["warnings"]


@pytest.mark.parametrize(
    ("tail", "iso"),
    [
        ("## Nächstes Treffen\n\n20.04.2022, 19 Uhr\n", "2022-04-20"),
        ("## 6. Next committee meeting\n\nNext Meeting: Tuesday 22nd March\n", "2022-03-22"),
        ("Das nächste Vorstand Treffen findet am 07.04.2022 statt.\n", "2022-04-07"),
        ("Die nächste reguläre Mitgliederversammlung ist am 1. Juni 2022.\n", "2022-06-01"),
    ],
)
def test_the_next_meeting_is_found_in_the_forms_groups_write_it(tail, iso):
    text = "# Protokoll Vorstand vom 3. März 2022\n\n## 1. Kasse\n\nText.\n\n" + tail
    assert parse_text(text, fmt="md")["next_meeting"]["date"] == iso


def test_the_next_meeting_of_another_group_is_not_this_ones():
    text = (
        "# Protokoll Vorstand vom 3. März 2022\n\n## 1. Termine\n\n"
        "- Nächstes Verkehrswende Treffen am 20. März um 19 Uhr\n"
    )
    assert parse_text(text, fmt="md")["next_meeting"] is None
