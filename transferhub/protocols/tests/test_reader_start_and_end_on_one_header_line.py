"""Start and end on one header line, an end stated at the top, "Minutes prepared by"."""

import pytest

from transferhub.protocols.reader import read_protocol, times


def _read(text: str) -> dict:
    return read_protocol(text.encode(), filename="x.md")


@pytest.mark.parametrize(
    "line,end",
    [
        ("Beginn: 19:00 Uhr, Ende: 21:10 Uhr", "21:10"),
        ("Beginn: 19 Uhr | Ende: 21 Uhr", "21:00"),
        ("Beginn 19:00 Uhr – Ende 21:10 Uhr", "21:10"),
        ("Time: Start: 19:00 End: 21:10", "21:10"),
        ("Start: 7:00 pm; End: 9:10 pm", "21:10"),
    ],
)
def test_the_end_after_the_start_on_the_same_line(line, end):
    r = _read(f"# Vorstandssitzung am 05.03.2024\n\n{line}\n\n## 1. Kasse\n\nText.\n")
    assert (r["start"], r["end"]) == ("19:00", end)


@pytest.mark.parametrize(
    "line", ["Beginn: 19:00 Uhr, Ende offen", "Beginn: 19:00 Uhr (Ende: 3 Punkte offen)"]
)
def test_an_end_word_without_a_time_gives_no_end(line):
    r = _read(f"# Vorstandssitzung am 05.03.2024\n\n{line}\n\n## 1. Kasse\n\nText.\n")
    assert (r["start"], r["end"]) == ("19:00", None)


def test_an_end_sentence_at_the_top_is_the_end():
    r = _read(
        "Official meeting started at 19:30 ;\nOfficial meeting was closed at 20:00 ;\n\n"
        "# Attendees:\n\n- Anna\n- Ben\n\n# Agenda:\n\n1. Bylaws\n2. Board\n\n"
        "# Bylaws\n\nText.\n\n# Board\n\nText.\n"
    )
    assert (r["start"], r["end"]) == ("19:30", "20:00")


def test_an_end_sentence_early_in_the_body_is_no_end_only_one_in_the_header():
    lines = [
        "Vorstandssitzung am 05.03.2024",
        "Die Sitzung wurde um 21:30 Uhr geschlossen.",
        "## 1. Fristen",
        "Die Sitzung des Kreistags wurde um 17:00 Uhr geschlossen.",
        *["Text."] * 6,
    ]
    assert times.end_in(lines, header=2) == "21:30"
    assert times.end_in(lines[:1] + lines[2:], header=1) is None


def test_minutes_prepared_by_names_the_note_taker():
    r = _read(
        "# Board meeting\n\nDate: 2024-03-05\n\n## 1. Budget\n\nText.\n\n"
        "**Minutes prepared by:** Jane Miller\n"
    )
    assert r["note_taker"] == "Jane Miller"


_BODY = "# Vorstandssitzung am 05.03.2024\n\nBeginn: 19:00\n\n## 1. Kasse\n\nText.\n\n## 2. Other\n\nText.\n\n"


@pytest.mark.parametrize(
    "closing,end",
    [
        ("Die heutige Versammlung wurde gegen 21.00 Uhr geschlossen.", "21:00"),
        ("Die Sitzung wurde um ca. 21:30 Uhr beendet.", "21:30"),
        ("The meeting closed at around 9:05 pm.", "21:05"),
        ("## 9 Meeting close\n\n9:05pm", "21:05"),
        ("Sitzungsende:\n21:40 Uhr", "21:40"),
        ("**Ende der Sitzung**\n\n21.15 Uhr", "21:15"),
        ("Close of meeting: 9.05pm", "21:05"),
    ],
)
def test_the_end_at_about_a_time_or_below_its_label(closing, end):
    assert _read(_BODY + closing + "\n")["end"] == end


def test_an_end_label_over_a_number_that_is_no_time_gives_no_end():
    assert _read(_BODY + "## Ende\n\n3 Punkte offen\n")["end"] is None
