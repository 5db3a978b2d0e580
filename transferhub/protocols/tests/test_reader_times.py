"""Start and end times are read from labels and running text, in every common clock form."""

import pytest

from transferhub.protocols.reader import parse_text, times


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("19:30 Uhr", "19:30"),
        ("19.30 Uhr", "19:30"),
        ("7:30 pm", "19:30"),
        ("7:30 p.m.", "19:30"),
        ("19h30", "19:30"),
        ("19 Uhr", "19:00"),
        ("7 pm", "19:00"),
        ("10:05am PT", "10:05"),
    ],
)
def test_a_clock_time_is_read_in_every_common_form(text, time):
    assert times.parse_time(text) == time


def test_a_range_with_one_meridiem_is_read_as_the_evening():
    assert times.parse_range("7:00 - 8:30 pm") == ("19:00", "20:30")
    assert times.parse_range("19:00 – 21:00 Uhr") == ("19:00", "21:00")


@pytest.mark.parametrize(
    ("line", "time"),
    [
        ("Beginn: 19:30 Uhr", "19:30"),
        ("**Sitzungsbeginn:** 19.05 Uhr", "19:05"),
        ("Beginn 19:30", "19:30"),
        ("- Start: 7:02 pm", "19:02"),
        ("Die Sitzung beginnt um 19:35 Uhr.", "19:35"),
        ("Die Versammlung wird um 19:12 Uhr eröffnet.", "19:12"),
        ("Anna eröffnet die Sitzung um 18.04 Uhr.", "18:04"),
        ("Um 19 Uhr eröffnet der Vorsitzende die Sitzung.", "19:00"),
        ("Meeting called to order at 7:02 pm by the chair.", "19:02"),
        ("The meeting was opened at 10:03.", "10:03"),
        ("Jane called the meeting to order at 6:30pm.", "18:30"),
    ],
)
def test_the_start_is_found_in_labels_and_sentences(line, time):
    assert times.start_in([line]) == time


@pytest.mark.parametrize(
    ("line", "time"),
    [
        ("Ende der Sitzung: 21:15", "21:15"),
        ("Ende: 21.15 Uhr", "21:15"),
        ("Schluss der Sitzung: 22 Uhr", "22:00"),
        ("Sitzungsende 21:40 Uhr", "21:40"),
        ("Die Sitzung endet um 21:12 Uhr.", "21:12"),
        ("Um 21:30 schließt die Vorsitzende die Sitzung.", "21:30"),
        ("Meeting adjourned at 9:04 pm.", "21:04"),
        ("The meeting closed at 8:15pm", "20:15"),
        ("Adjourned: 20:45", "20:45"),
    ],
)
def test_the_end_is_found_in_labels_and_sentences(line, time):
    assert times.end_in([line]) == time


@pytest.mark.parametrize(
    "line",
    [
        "Ende der Anmeldefrist: 15.10.",
        "Die Diskussion über das Ende der Förderung dauert an.",
        "Nächste Sitzung: 12.10., Beginn 19 Uhr",
        "We started to look at 3 proposals.",
        "Die Anmeldefrist endet um 12 Uhr.",
    ],
)
def test_other_lines_give_no_start_or_end(line):
    assert times.start_in([line]) is None
    assert times.end_in([line]) is None


GERMAN = """# Protokoll der Mitgliederversammlung vom 3. März 2022

Anwesend: 12 Mitglieder

## TOP 1 Begrüßung

Die Sitzung beginnt um 19:35 Uhr. Anna begrüßt alle.

## TOP 2 Haushalt

Der Haushalt wird vorgestellt.

Ende der Sitzung: 21:15 Uhr
"""

ENGLISH = """# Minutes of the Board, March 3, 2022

Present: Jane Doe, John Roe

## 1. Call to order

Meeting called to order at 7:02 pm.

## 2. Budget

Discussed.

## 3. Adjournment

Meeting adjourned at 8:47 pm.
"""


def test_german_minutes_give_start_and_end_from_the_running_text():
    r = parse_text(GERMAN, fmt="md")
    assert (r["start"], r["end"]) == ("19:35", "21:15")


def test_english_minutes_give_start_and_end_from_the_running_text():
    r = parse_text(ENGLISH, fmt="md")
    assert (r["start"], r["end"]) == ("19:02", "20:47")


@pytest.mark.parametrize(
    ("header", "times_"),
    [
        ("* 19:30 .. 21:30", ("19:30", "21:30")),
        ("- Zeitrahmen 19:00 - 21:30", ("19:00", "21:30")),
        ("Working Group Meeting – 13:50-15:50 Monday, 5th Nov 2018", ("13:50", "15:50")),
    ],
)
def test_a_time_frame_in_the_header_gives_start_and_end(header, times_):
    text = f"# Protokoll vom 5. November 2018\n\n{header}\n\n## 1. Kasse\n\nText.\n\n## 2. Rest\n"
    r = parse_text(text, fmt="md")
    assert (r["start"], r["end"]) == times_


@pytest.mark.parametrize(
    ("sentence", "which", "time"),
    [
        (
            "Es versammelten sich am 10. Oktober 2018 um 17:30 Uhr zwölf Mitglieder.",
            "start",
            "17:30",
        ),
        ("Die Versammlung wurde um 18:13 Uhr geschlossen.", "end", "18:13"),
        ("Time: 7:30pm onwards", "start", "19:30"),
    ],
)
def test_more_sentences_give_start_and_end(sentence, which, time):
    find = times.start_in if which == "start" else times.end_in
    assert find([sentence]) == time


def test_a_header_table_gives_date_place_start_and_end():
    text = (
        "# Protokoll Vorstand\n\n| Datum | 15.09.2022 | Ort | Berlin |\n|---|---|---|---|\n"
        "| Beginn | 19:30 Uhr | Ende | 21:15 Uhr |\n\n## 1. Kasse\n\nText.\n\n## 2. Rest\n\nText.\n"
    )
    r = parse_text(text, fmt="md")
    assert (r["date"], r["place"], r["start"], r["end"]) == (
        "2022-09-15",
        "Berlin",
        "19:30",
        "21:15",
    )
