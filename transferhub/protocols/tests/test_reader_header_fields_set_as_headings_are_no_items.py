"""A header field set as a heading ("## Venue: …", "## Start: …", "## Next meeting: …") is the
meeting's data, not an agenda item; a heading that only starts with such a word still is one.

The layout of committees that write their minutes in a wiki or Markdown (a students' society,
Podman's community meetings with "## Next Meeting: Tuesday April 5, 2021, 11:00 a.m." and
"### Meeting End: 11:51 a.m."). All text invented.
"""

from transferhub.protocols.reader import read_protocol

EN = """# Committee meeting 2024-05-14

## Venue: Student Union, room 2.14

## Start: 6:40 p.m.

## Attendance
- Anna Example
- Ben Sample

## Old minutes
Accepted as read.

## Treasury report
Balance is healthy.

## Room booking
We keep the Tuesday slot.

## Next meeting: Tuesday 2024-05-28, 6:30 p.m.

## Finish: 7:25 p.m.
"""

DE = """# Vorstandssitzung 14.05.2024

## Ort: Vereinsheim, kleiner Saal

## Beginn: 19:05 Uhr

## Anwesend
- Anna Beispiel
- Bernd Muster

## Genehmigung der Tagesordnung
Genehmigt.

## Kassenbericht
Der Kontostand ist gut.

## Raumplanung
Der Dienstag bleibt.

## Nächste Sitzung: 28.05.2024, 19:00 Uhr

## Ende: 21:10 Uhr
"""


def test_english_header_fields_as_headings_leave_the_topics_as_items():
    got = read_protocol(EN.encode(), filename="committee.md")
    assert [a["title"] for a in got["agenda"]] == ["Old minutes", "Treasury report", "Room booking"]
    assert (got["start"], got["end"]) == ("18:40", "19:25")
    assert got["next_meeting"]["date"] == "2024-05-28"


def test_german_header_fields_as_headings_leave_the_topics_as_items():
    got = read_protocol(DE.encode(), filename="vorstand.md")
    assert [a["title"] for a in got["agenda"]] == [
        "Genehmigung der Tagesordnung",
        "Kassenbericht",
        "Raumplanung",
    ]
    assert (got["start"], got["end"]) == ("19:05", "21:10")
    assert got["next_meeting"]["date"] == "2024-05-28"


def test_a_topic_that_starts_like_a_field_stays_an_item():
    text = (
        "# Team meeting 2024-05-14\n\n## Start: kick-off of the new website\nSlides shown.\n\n"
        "## Location: which room for the summer party\nThe garden.\n\n## Budget\nApproved.\n"
    )
    got = read_protocol(text.encode(), filename="team.md")
    titles = [a["title"] for a in got["agenda"]]
    assert titles[0] == "Start: kick-off of the new website"
    assert titles[-1] == "Budget" and len(titles) == 3
