"""Slashed dates with a two-digit year ("19/04/21", "4/19/21") are read, day first by default.

German and British minutes write day/month/yy; US minutes month/day/yy. A date reads month
first only where the day part is over 12 ("4/19/21") or where the text's other slashed dates
can read only month first; a date both ways ("4/5/21") reads day first. A two-digit year is
this century unless that lies ahead. Two dates offered for the next meeting ("24/04/21 or
25/04/21") settle no day.
"""

import datetime as dt
import io

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.dates import find_dates

REF = dt.date(2021, 4, 1)


def _dates(text: str) -> list[str]:
    return [h.date.isoformat() for h in find_dates(text, REF)]


def _word(lines: list[str]) -> bytes:
    import docx

    doc = docx.Document()
    for line in lines:
        if line.startswith("# "):
            doc.add_heading(line[2:], level=1)
        else:
            doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_day_first_as_german_and_british_minutes_write_them():
    assert _dates("Sitzung vom 19/04/21") == ["2021-04-19"]
    assert _dates("Treffen am 04/05/21, Abgabe am 30/05/21") == ["2021-05-04", "2021-05-30"]
    assert _dates("Meeting held 3/11/21 in the village hall") == ["2021-11-03"]


def test_month_first_only_where_the_day_or_the_texts_other_dates_say_so():
    assert _dates("Minutes of 4/19/21") == ["2021-04-19"]
    # The text writes month first elsewhere: "5/3/21" is May 3.
    assert _dates("Minutes of 4/19/21; next call 5/3/21") == ["2021-04-19", "2021-05-03"]
    assert _dates("Minutes of 4/19/2021; next call 5/3/2021") == ["2021-04-19", "2021-05-03"]
    # Dates of both kinds: nothing says month first, so day first where both read.
    assert _dates("4/19/21, 19/4/21 and 5/3/21") == ["2021-04-19", "2021-04-19", "2021-03-05"]


def test_a_two_digit_year_ahead_of_today_is_last_century():
    assert _dates("Gründungsversammlung am 12/03/98") == ["1998-03-12"]
    assert _dates("Sitzung am 15.9.22") == ["2022-09-15"]


def test_fractions_terms_pages_and_links_are_no_dates():
    text = (
        "Mit 2/3-Mehrheit angenommen (5/6 Stimmen), WS19/20, Seite 2/11, "
        "see https://example.org/2021/04/19/minutes and 1/2/345"
    )
    assert _dates(text) == []


def test_british_and_us_word_minutes_give_their_date_and_next_meeting():
    british = _word(
        [
            "# Minutes of the Allotment Society committee",
            "Date: 19/04/21",
            "# 1. Water supply",
            "The new tap is fitted.",
            "# 2. Next meeting",
            "Next meeting: 03/05/21",
        ]
    )
    result = read_protocol(british, filename="minutes.docx")
    assert result["date"] == "2021-04-19"
    assert result["next_meeting"]["date"] == "2021-05-03"

    us = _word(
        [
            "# Minutes of the Riverside Book Club board",
            "Date: 4/19/21",
            "# 1. Budget",
            "The budget was reviewed.",
            "# 2. Next meeting",
            "Next meeting: 5/3/21",
        ]
    )
    result = read_protocol(us, filename="minutes.docx")
    assert result["date"] == "2021-04-19"
    assert result["next_meeting"]["date"] == "2021-05-03"


def test_two_dates_offered_for_the_next_meeting_settle_no_day():
    for line in ("Nächster Termin: 24/04/21 oder 25/04/21", "Next meeting: 24/04/21 or 25/04/21"):
        data = _word(["# Protokoll der Teamsitzung", "Datum: 19/04/21", "# 1. Planung", line])
        result = read_protocol(data, filename="protokoll.docx")
        assert result["date"] == "2021-04-19"
        assert result["next_meeting"] is None, line
    data = _word(["# Protokoll", "Datum: 19/04/21", "# 1. Planung", "Nächster Termin: 24/04/21"])
    assert read_protocol(data, filename="p.docx")["next_meeting"]["date"] == "2021-04-24"
