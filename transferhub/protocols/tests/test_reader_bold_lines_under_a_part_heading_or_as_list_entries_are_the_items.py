"""Lines in bold are the items below a heading that holds every topic, or set as list entries.

A heading such as "### Meeting Minutes" or "## Sitzungsverlauf" that holds the whole meeting is a
part of the minutes, not its one topic: the lines set in bold below it ("**Upcoming
events:**", "**Discussion:**") are the topics. When nothing else marks the items, a bold
line at the margin counts also when it is written as a list entry ("* **Workshop in
China**" over its notes). Bold labels of the header ("**Members:**", "**Datum:**") stay
header fields, and one bold line alone is no list of topics.
"""

from transferhub.protocols.reader import parse_text


def _titles(text: str) -> list[str]:
    return [it["title"] for it in parse_text(text, fmt="md")["agenda"]]


ENGLISH_PART = """### Location: Library, room 2

### Date: Tuesday, March 5, 2024

### Meeting Minutes

There were 7 attendees

**Upcoming events:**

 * 12 March, repair café, library hall
 * 20 March, install party

**Club projects:**

 * The mesh network has four nodes now.

**Discussion:**

 * The talk on backups moves to April.
"""


def test_english_bold_lines_under_meeting_minutes_are_the_topics():
    assert _titles(ENGLISH_PART) == ["Upcoming events", "Club projects", "Discussion"]


GERMAN_PART = """# Stammtisch Nord

## Sitzungsverlauf

**Kasse**

Der Kassenstand ist ausgeglichen.

**Sommerfest**

Das Fest findet am 6. Juli statt, Jonas besorgt die Bänke.
"""


def test_german_bold_lines_under_the_meetings_course_are_the_topics():
    assert _titles(GERMAN_PART) == ["Kasse", "Sommerfest"]


def test_a_topic_heading_with_bold_parts_stays_one_topic_among_others():
    text = (
        "# Minutes 2024-04-02\n\n## Budget\n\n**Income**\n\nDonations rose.\n\n**Costs**\n\n"
        "Rent is due.\n\n## Website\n\nThe theme is live.\n"
    )
    assert _titles(text) == ["Budget", "Website"]


ENGLISH_BOLD_ENTRIES = """## Steering Committee Meeting 3/14

### Attendance:

| Name | Present? |
| --- | --- |
| Mara Lind | Yes |
| Theo Brandt | Yes |

### Agenda:
* **Spring workshop**
The venue is booked for 80 people.
Mara sends the invitations.

* **Mailing list**
Options are being compared.

* **Release 2.1**
The release date is 2 May.
"""


def test_english_bold_list_entries_over_their_notes_are_the_items():
    assert _titles(ENGLISH_BOLD_ENTRIES) == ["Spring workshop", "Mailing list", "Release 2.1"]


GERMAN_BOLD_ENTRIES = """## Vorstandstreffen 14.03.2024

### Anwesend:
Mara, Theo, Ida

### Themen:
- **Frühjahrsputz**
Termin ist der 6. April.

- **Mitgliedsbeiträge**
Die Beiträge bleiben gleich.
"""


def test_german_bold_list_entries_over_their_notes_are_the_items():
    assert _titles(GERMAN_BOLD_ENTRIES) == ["Frühjahrsputz", "Mitgliedsbeiträge"]


def test_bold_header_labels_as_list_entries_are_no_items():
    text = (
        "## Treffen 14.03.2024\n\n- **Datum:** 14.03.2024\n- **Members:**\n  Mara, Theo\n\n"
        "Wir sprechen über den Frühjahrsputz.\n"
    )
    assert "Members" not in _titles(text)
    assert "Datum" not in _titles(text)
