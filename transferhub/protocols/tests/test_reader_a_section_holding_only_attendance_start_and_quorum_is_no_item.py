"""A section holding only the header's matter is no item, however it is titled or numbered.

Who was there (present, late, away), when the meeting began and whether it had its quorum
are the header: "## Time and Location" over "Meeting called to order at 7:34" and "Members
Present: …", "### Start" over "19:30:15", "II. QUORUM ROLL CALL" over "Present: …" and
"Absent: …" are read into the header and leave the items. An opening item ("Call to
Order", "Eröffnung") stays an item whatever it holds (the label rule), and so does an item
that finds the quorum alone ("Feststellung der Beschlussfähigkeit") or lists names
without saying they were there.
"""

from transferhub.protocols.reader import read_protocol


def _read(text: str, name: str = "x.md") -> dict:
    return read_protocol(text.encode(), filename=name)


def _titles(text: str, name: str = "x.md") -> list[str]:
    return [a["title"] for a in _read(text, name)["agenda"]]


def test_english_time_and_attendance_section_is_the_header():
    text = """# Member Meeting 2024-01-09

## Time and Location

January 9, 2024 Meeting called to order at 7:34:30 by the president

Members Present: Tim Carr, Phil Moss, Ben Stone, Jamie Lo

Others:

Quorum established.

## Approval of Previous Minutes

Approved.

## Treasurer's Report

Balance 1,200 dollars.

## New Business

A new laser cutter.
"""
    result = _read(text)
    assert [a["title"] for a in result["agenda"]] == [
        "Approval of Previous Minutes",
        "Treasurer's Report",
        "New Business",
    ]
    assert result["participant_count"] == 4


def test_a_start_section_holding_its_clock_time_is_no_item():
    assert _titles("""# 2024-05-06 Member Meeting Minutes

## Proceedings

### Start

19:30:15

### Approval of previous minutes

Approved.

### Reports from teams

The laser team fixed the chiller.

### AOB

None.
""") == ["Approval of previous minutes", "Reports from teams", "AOB"]


def test_a_numbered_roll_call_with_late_and_absent_members_is_no_item():
    assert _titles(
        """SENATE MINUTES, 4 JANUARY 2024

I. CALL TO ORDER

The meeting was called to order at 6:10 pm.

II. QUORUM ROLL CALL

Present: Carnes, Amaha, Fluet, Frick, Harris

Late: Zamora

Absent: Molnar

III. OLD LEGISLATION

All bills were signed.

IV. NEW LEGISLATION

Two bills were introduced.
""",
        "minutes.txt",
    ) == ["CALL TO ORDER", "OLD LEGISLATION", "NEW LEGISLATION"]


def test_german_attendance_section_is_the_header():
    assert _titles("""# Vorstandssitzung am 3. März 2024

## Vorab

Anwesend: Anna Berg, Jonas Klein, Lea Hoffmann

Entschuldigt: Paul Weber

Die Sitzung wird um 19:05 Uhr eröffnet.

## Kassenbericht

Der Kassenstand beträgt 300 Euro.

## Sommerfest

Das Fest findet am 6. Juli statt.
""") == ["Kassenbericht", "Sommerfest"]


def test_an_opening_item_and_a_quorum_item_stay_items():
    assert _titles("""# Mitgliederversammlung am 14. März 2024

## TOP 1: Eröffnung

Die Versammlung wird um 19:05 Uhr eröffnet.

Anwesend: Anna Berg, Jonas Klein, Lea Hoffmann

## TOP 2: Feststellung der Beschlussfähigkeit

Die Versammlung ist beschlussfähig.

## TOP 3: Kassenbericht

Der Kassenstand beträgt 300 Euro.
""") == ["Eröffnung", "Feststellung der Beschlussfähigkeit", "Kassenbericht"]


def test_names_without_an_attendance_label_stay_an_item():
    assert _titles("""# Board meeting 2024-10-10

## Finances

All bills paid.

## Individual members approved

Anna Berg, Jonas Klein

Lea Hoffmann

## New business

None.
""") == ["Finances", "Individual members approved", "New business"]


def test_apologies_told_in_a_sentence_and_a_closing_time_stay_items():
    assert _titles("""# Minutes of the Annual General Meeting, 12 November 2024

## 1. Opening and Welcome

The chair opened the meeting.

## 2. Apologies

Apologies were received from a number of members and were noted.

## 3. Minutes of Previous Meeting

Adopted as a true record.

## 4. Meeting adjourned

8:00 pm
""") == ["Opening and Welcome", "Apologies", "Minutes of Previous Meeting", "Meeting adjourned"]


def test_german_closing_item_with_its_time_stays_an_item():
    assert _titles("""# Vorstandssitzung am 3. März 2024

## Kassenbericht

Der Kassenstand beträgt 300 Euro.

## Sommerfest

Das Fest findet am 6. Juli statt.

## Schließung der Sitzung

21:40 Uhr
""") == ["Kassenbericht", "Sommerfest", "Schließung der Sitzung"]
