"""Start and end from a time frame after any label, a start label inside a header line, a
sentence that opens with the time, and a sentence that gives the meeting's span."""

import pytest

from transferhub.protocols.reader import read_protocol

BODY_DE = "\n\n## 1. Kasse\n\nDer Kassenbericht wird vorgestellt.\n\n## 2. Termine\n\nKeine.\n"
BODY_EN = "\n\n## 1. Budget\n\nThe budget was presented.\n\n## 2. Events\n\nNone.\n"


def _read(text: str) -> dict:
    return read_protocol(text.encode(), filename="x.md")


@pytest.mark.parametrize(
    "header,body,times",
    [
        ("# Sprechstunde 14.05.2024\nThemenrunde: 20.30-22.00", BODY_DE, ("20:30", "22:00")),
        ("# Board call 2024-05-14\nMeeting time: 7:00 pm - 8:30 pm", BODY_EN, ("19:00", "20:30")),
        ("# Kick-off\n- Tuesday, May 14, 2024\n- 2:00pm - 3:00pm America/Denver", BODY_EN,
         ("14:00", "15:00")),
        ("# Weekly call 2024-05-14\n* 14:00-15:00 UTC", BODY_EN, ("14:00", "15:00")),
        ("# Teamtreffen 14.05.2024\n**Uhrzeit:** 9.00 - 9.30", BODY_DE, ("09:00", "09:30")),
    ],
)  # fmt: skip
def test_a_header_line_that_is_only_a_time_frame_after_any_label(header, body, times):
    r = _read(header + body)
    assert (r["start"], r["end"]) == times


@pytest.mark.parametrize(
    "line",
    ["Mittagspause: 12:00-13:00", "Lunch break: 12.30 - 1.30 pm", "Seiten: 1-2"],
)
def test_a_break_or_numbers_after_a_label_are_no_time_frame(line):
    r = _read(f"# Klausurtag 14.05.2024\n{line}" + BODY_DE)
    assert (r["start"], r["end"]) == (None, None)


@pytest.mark.parametrize(
    "header,body,times",
    [
        ("# Protokoll 14. Mai 2024\nOrt - Raum 12, Start 09:15 Uhr Ende 11:15", BODY_DE,
         ("09:15", "11:15")),
        ("# Protokoll 14. Mai 2024\nOrt: Raum 12, Beginn 18.30 Uhr, Ende 20.00 Uhr", BODY_DE,
         ("18:30", "20:00")),
        ("# Minutes 14 May 2024\nVenue: Room 12 | Start: 6:30 pm | End: 8 pm", BODY_EN,
         ("18:30", "20:00")),
        ("# Protokoll 14.05.2024\n- Startzeit: 16:04\n- Endzeit: 17:01", BODY_DE,
         ("16:04", "17:01")),
    ],
)  # fmt: skip
def test_start_and_end_labels_after_another_field_or_as_compounds(header, body, times):
    r = _read(header + body)
    assert (r["start"], r["end"]) == times


def test_a_start_word_before_a_number_that_is_no_clock_gives_no_start():
    r = _read("# Protokoll 14.05.2024\nProjekt: Relaunch, Start 3 Wochen später" + BODY_DE)
    assert r["start"] is None


@pytest.mark.parametrize(
    "closing,end",
    [
        ("At 9:12 pm the Board, by motion duly made and seconded, adjourned.", "21:12"),
        ("At 8.45pm the Chair declared the meeting closed.", "20:45"),
        ("Um 21:15 Uhr wird die Sitzung durch Anna Berg beendet.", "21:15"),
        ("Gegen 22 Uhr schließt Bernd Clausen die Versammlung.", "22:00"),
    ],
)
def test_a_closing_sentence_that_opens_with_its_time(closing, end):
    r = _read("# Sitzung am 14.05.2024\n\nBeginn: 19:00 Uhr" + BODY_DE + "\n" + closing + "\n")
    assert r["end"] == end


@pytest.mark.parametrize(
    "opening,start",
    [
        ("At 7:03 pm the Chair called the meeting to order.", "19:03"),
        ("Um 19:05 Uhr eröffnet Anna Berg die Sitzung.", "19:05"),
    ],
)
def test_an_opening_sentence_that_opens_with_its_time(opening, start):
    r = _read("# Sitzung am 14.05.2024\n\n" + opening + BODY_DE)
    assert r["start"] == start


def test_a_time_first_sentence_about_something_else_gives_no_start():
    r = _read("# Open day 14.05.2024\n\nAt 7:00 pm the doors opened to visitors." + BODY_EN)
    assert r["start"] is None


@pytest.mark.parametrize(
    "sentence,times",
    [
        ("Die Sitzung ging ca. drei Stunden von 18:30 bis 21:30.", ("18:30", "21:30")),
        ("Das Treffen dauerte von 19 bis 21 Uhr.", ("19:00", "21:00")),
        ("The meeting ran from 6:30 to 9:00 pm.", ("18:30", "21:00")),
    ],
)
def test_the_span_of_the_meeting_in_a_sentence(sentence, times):
    r = _read("# Sitzung am 14.05.2024" + BODY_DE + "\n" + sentence + "\n")
    assert (r["start"], r["end"]) == times


@pytest.mark.parametrize(
    "sentence",
    [
        "Das nächste Treffen geht von 18:00 bis 20:00 Uhr.",
        "The workshop on 20 May 2024 runs from 10:00 to 12:00.",
        "Our first steering meeting is scheduled for next Monday from 7-9 PM.",
        "Ein Treffen der Arbeitsgruppe ist für Montag von 18 bis 20 Uhr geplant.",
        "The members' session will run from 6 pm to 8 pm.",
    ],
)
def test_the_span_of_the_next_or_another_meeting_is_not_this_ones(sentence):
    r = _read("# Sitzung am 14.05.2024" + BODY_DE + "\n" + sentence + "\n")
    assert (r["start"], r["end"]) == (None, None)


def test_a_date_line_with_a_range_on_the_twelve_hour_clock():
    r = _read("Minutes of the meeting held on 14 May 2024 from 7 pm to 9 pm" + BODY_EN)
    assert (r["start"], r["end"]) == ("19:00", "21:00")
