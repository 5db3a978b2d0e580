"""Start, end, note-taker and attendance are found in the words other groups use."""

from transferhub.protocols.reader import parse_text

BOARD = """Öffentliches Protokoll der 2. Vorstandssitzung vom 31. Januar 2017
==================

**Anwesend:** Anna Beispiel, Ben Muster, Clara Probe

**Beginn der Sitzung:** 19:27 Uhr
**Ende der Sitzung:** 22:55 Uhr

## TOP 1. Begrüßung
Der Vorsitzende begrüßt alle.

## TOP 2. Sonstiges
Keine Themen.
"""

TSC = """# Meeting Minutes
## Technical Steering Committee
**Date:** April 16, 2024
**Time:** 10:00am PT

**TSC Members present:**
Bailey Hayes
Nick Fitzgerald

**Others present:**
David Bryant, Secretary (note taker)

### Topic #1
Discussed the proposal.

### Topic #2
It was adjourned at approximately 10:43am PT
"""


def test_it_reads_a_german_board_header_with_bold_labels():
    r = parse_text(BOARD, fmt="md")
    assert (r["date"], r["start"], r["end"]) == ("2017-01-31", "19:27", "22:55")
    assert r["participant_count"] == 3


def test_it_reads_an_english_header_with_two_lists_and_a_closing_sentence():
    r = parse_text(TSC, fmt="md")
    assert (r["date"], r["start"], r["end"]) == ("2024-04-16", "10:00", "10:43")
    assert r["note_taker"] == "David Bryant"
    assert r["participant_count"] == 3
    assert [i["title"] for i in r["agenda"]] == ["Topic #1", "Topic #2"]


def test_a_ticked_roll_call_counts_only_those_present_and_protokoll_marks_the_note_taker():
    text = (
        "# Sitzung 27.02.2020\n\nAnwesende: Paul, Georg, Natascha (Protokoll)\n\n"
        "Attendees:\n  * [X] Mark Boorer (_TSC_) - Industrial Light & Magic\n"
        "  * [ ] Sean Cooper (_TSC_) - DNEG\n\n## 1. Orga\nText.\n\n## 2. Finanzen\nText.\n"
    )
    r = parse_text(text, fmt="md")
    assert r["participant_count"] == 4
    assert r["note_taker"] == "Natascha"
