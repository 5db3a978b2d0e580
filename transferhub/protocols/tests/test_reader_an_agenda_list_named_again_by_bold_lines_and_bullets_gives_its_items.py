"""An agenda list whose entries the minutes name again, some in bold and some as bullets.

Student societies and small clubs write "Agenda:" over a list, then the minutes of the first
topics under a line in bold and those of the later ones under a bullet at the margin that
says the entry's title alone, with the notes as sub-bullets below. The list gives the items,
counted once; a bullet that says more than a title is a note, not a topic.
"""

from transferhub.protocols.reader import parse_text


def _titles(result: dict) -> list[str]:
    return [it["title"] for it in result["agenda"]]


ENGLISH = """Robotics club minutes, March 14, 2024

Attendance: Priya, Tom, Ana, Felix.

Agenda:

-   Announcements

-   Budget

-   Workshop night

-   Lab cleanup

**Announcements**

• The lab key moved to the front desk.

**Budget**

• We have 400 dollars left this term.

-   Workshop night

    -   Tom will book the room

    -   soldering kits are ordered

-   Lab cleanup

    -   Saturday at noon

-   ana will email the department about the shelves
"""


def test_english_bold_lines_and_title_bullets_name_the_entries():
    assert _titles(parse_text(ENGLISH, fmt="md")) == [
        "Announcements",
        "Budget",
        "Workshop night",
        "Lab cleanup",
    ]


GERMAN = """Protokoll Fachschaftssitzung 12.03.2024

Anwesend: Jana, Malte, Sören, Ida

Tagesordnung:

-   Begrüßung

-   Erstsemesterwoche

-   Kaffeekasse

-   Sonstiges

**Begrüßung**

• Jana eröffnet die Sitzung.

**Erstsemesterwoche**

• Die Rallye findet am Montag statt.

-   Kaffeekasse

    -   Malte zählt die Kasse nach

-   Sonstiges

    -   nichts
"""


def test_german_bold_lines_and_title_bullets_name_the_entries():
    assert _titles(parse_text(GERMAN, fmt="md")) == [
        "Begrüßung",
        "Erstsemesterwoche",
        "Kaffeekasse",
        "Sonstiges",
    ]


ONLY_NOTES = """Robotics club minutes, March 21, 2024

Agenda:

-   Budget review

-   Open house

**Budget review**

-   Budget review of the spring term is postponed

**Open house**

-   Open house goes well, 40 visitors
"""


def test_a_bullet_that_says_more_than_the_title_is_a_note():
    result = parse_text(ONLY_NOTES, fmt="md")
    assert _titles(result) == ["Budget review", "Open house"]
    assert "postponed" in result["agenda"][0]["minutes"]
    assert "40 visitors" in result["agenda"][1]["minutes"]


def test_the_notes_under_a_title_bullet_are_that_items_minutes():
    workshop = parse_text(ENGLISH, fmt="md")["agenda"][2]
    assert workshop["title"] == "Workshop night"
    assert [t["owner"] for t in workshop["tasks"]] == ["Tom"]
