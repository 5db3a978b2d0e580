"""The next meeting's date is the day the meeting is set for: not a deadline before it ("bis
zur nächsten Sitzung, spätestens am …", "by the next meeting, due …"), not the date of the
event it is placed after ("nach der Mitgliederversammlung am …", "after the workshop on …").
The next meeting's date is never this meeting's date, and a date the front matter keeps for
the page's upkeep ("last_review_date") dates no meeting."""

from transferhub.protocols.reader import parse_text

DE = """# Protokoll der Vorstandssitzung

Datum: 12.03.2024
Anwesend: Anna Berger, Jonas Keller, Petra Lang

## TOP 1 Kasse
Der Kassenbericht wird vorgestellt.

## TOP 2 Sommerfest
{line}
"""

EN = """# Minutes of the Board Meeting

Date: 12 March 2024
Present: Anna Berger, Jonas Keller, Petra Lang

## 1. Finances
The treasurer presented the accounts.

## 2. Summer fair
{line}
"""


def _next(template: str, line: str) -> str | None:
    found = parse_text(template.format(line=line), fmt="md")["next_meeting"]
    return found["date"] if found else None


def test_the_day_set_for_the_meeting_not_the_event_it_follows():
    assert (
        _next(
            DE,
            "Die nächste Sitzung nach der Mitgliederversammlung am 20.03.2024 wurde für "
            "Dienstag, den 09.04.2024 angesetzt.",
        )
        == "2024-04-09"
    )
    assert (
        _next(EN, "The next meeting, after the workshop on 20 March, will be on 9 April.")
        == "2024-04-09"
    )


def test_a_deadline_before_the_next_meeting_is_no_next_meeting():
    assert (
        _next(
            DE,
            "Die Anträge müssen bis zur nächsten Sitzung, spätestens am 02.04.2024, "
            "eingereicht werden.",
        )
        is None
    )
    assert (
        _next(EN, "Action: Anna to send the report by the next meeting, due 2 April 2024.") is None
    )


def test_a_date_right_after_the_next_meeting_stays_its_date():
    assert _next(DE, "Bitte bis zur nächsten Sitzung am 09.04.2024 alles lesen.") == "2024-04-09"
    assert _next(EN, "Please read the draft before the next meeting on 9 April 2024.") == (
        "2024-04-09"
    )
    # "vor Ort": a place, not an event the meeting follows.
    assert _next(DE, "Die nächste Sitzung findet vor Ort am 09.04.2024 statt.") == "2024-04-09"


def test_the_next_meetings_date_is_not_this_meetings_date():
    text = """# Minutes of the Board Meeting

The next meeting will be held on 9 April 2024 at 7 pm.

Date: 12 March 2024

## 1. Finances
Approved.

## 2. Fair
Planned.
"""
    assert parse_text(text, fmt="md")["date"] == "2024-03-12"
    text = """# Protokoll

Die nächste Sitzung ist am 09.04.2024.

Sitzung vom 12.03.2024

## TOP 1 Kasse
Ok.

## TOP 2 Fest
Ok.
"""
    assert parse_text(text, fmt="md")["date"] == "2024-03-12"


def test_a_front_matter_date_of_the_pages_upkeep_dates_no_meeting():
    text = """---
last_review_date: "1970-01-01"
---

# Annual General Meeting 2023

- 2023-05-06 10:00 Call to order
- Adoption of the agenda

## Motions

Motion carried.
"""
    assert parse_text(text, fmt="md")["date"] == "2023-05-06"
    text = """---
title: Vorstandssitzung
pruefdatum: 2030-01-01
---

# Protokoll der Vorstandssitzung vom 12.03.2024

## TOP 1 Kasse
Ok.

## TOP 2 Fest
Ok.
"""
    assert parse_text(text, fmt="md")["date"] == "2024-03-12"


def test_a_next_meeting_sentence_in_the_header_counts():
    de = """# Protokoll der Vorstandssitzung vom 12.03.2024

Anwesend: Anna Berger, Jonas Keller, Petra Lang
Die nächste Sitzung findet am 09.04.2024 statt.

## TOP 1 Kasse
Der Kassenbericht wird vorgestellt.

## TOP 2 Sommerfest
Das Fest findet im Juli statt.
"""
    assert parse_text(de, fmt="md")["next_meeting"]["date"] == "2024-04-09"
    en = """# Minutes of the Board Meeting, 12 March 2024

Present: Anna Berger, Jonas Keller, Petra Lang
The next meeting will be held on 9 April 2024.

## 1. Finances
The treasurer presented the accounts.

## 2. Summer fair
The fair takes place in July. The next meeting will be on 16 April 2024 instead.
"""
    # One the items state later wins.
    assert parse_text(en, fmt="md")["next_meeting"]["date"] == "2024-04-16"


def test_next_meetings_listed_under_the_plural_label():
    assert _next(EN, "Next meetings: 9 April, 7 May") == "2024-04-09"
