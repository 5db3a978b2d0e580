"""The start under more opening labels ("Sitzungseröffnung:", "Eröffnung der Sitzung um",
"Anfang:", "Opening of the meeting at", "Meeting start:") and the end told by more closing
verbs ("concluded", "finished", "brought to a close", "Motion to adjourn at", "Die Sitzung
schließt um", "Meeting end:")."""

import pytest

from transferhub.protocols.reader import read_protocol

BODY_DE = "\n\n## 1. Kasse\n\nDer Kassenbericht wird vorgestellt.\n\n## 2. Termine\n\nKeine.\n"
BODY_EN = "\n\n## 1. Budget\n\nThe budget was presented.\n\n## 2. Events\n\nNone.\n"


def _read(text: str) -> dict:
    return read_protocol(text.encode(), filename="x.md")


@pytest.mark.parametrize(
    "line,start",
    [
        ("Sitzungseröffnung: 19:05 Uhr", "19:05"),
        ("Eröffnung der Sitzung um 19:05 Uhr", "19:05"),
        ("Anfang: 19 Uhr", "19:00"),
    ],
)
def test_german_opening_labels(line, start):
    assert _read(f"# Protokoll der Sitzung vom 14.05.2024\n\n{line}" + BODY_DE)["start"] == start


@pytest.mark.parametrize(
    "line,start",
    [("Opening of the meeting at 19:00.", "19:00"), ("Meeting start: 17:00 UTC", "17:00")],
)
def test_english_opening_labels(line, start):
    assert _read(f"# Minutes of the Board, 14 May 2024\n\n{line}" + BODY_EN)["start"] == start


def test_an_opening_label_without_a_clock_gives_no_start():
    r = _read("# Minutes of the Board, 14 May 2024\n\nOpening of the meeting: welcome" + BODY_EN)
    assert r["start"] is None


@pytest.mark.parametrize(
    "closing,end",
    [
        ("The meeting concluded at 8:55 pm.", "20:55"),
        ("Meeting finished at 8:55pm.", "20:55"),
        ("The meeting was brought to a close at 8:55pm.", "20:55"),
        ("Motion to adjourn at 9:02 pm by Olga Brandt, seconded by Rui Alves. Carried.", "21:02"),
        ("Meeting end: 20:55", "20:55"),
    ],
)
def test_english_closing_verbs(closing, end):
    text = "# Minutes of the Board, 14 May 2024\n\nStart: 7:00 pm" + BODY_EN + "\n" + closing
    assert _read(text + "\n")["end"] == end


def test_a_german_meeting_that_closes_at_a_time():
    text = "# Protokoll der Sitzung vom 14.05.2024\n\nBeginn: 19:00 Uhr" + BODY_DE
    assert _read(text + "\nDie Sitzung schließt um 21:40 Uhr.\n")["end"] == "21:40"


@pytest.mark.parametrize(
    "closing",
    ["The survey finished at 8:55 pm.", "Die Anmeldung schließt um 18 Uhr."],
)
def test_something_else_that_finishes_or_closes_is_no_end(closing):
    text = "# Minutes of the Board, 14 May 2024\n\nStart: 7:00 pm" + BODY_EN + "\n" + closing
    assert _read(text + "\n")["end"] is None
