"""An agenda written in one line ("Agenda: A. B. C.") gives the items when nothing else
marks them.

Student teams and small groups note the agenda in one line after its label, entries ended
by full stops or semicolons, and the minutes below without headings. Two to twelve short
entries are the items; one entry, long sentences or a link are no such agenda.
"""

from transferhub.protocols.reader import parse_text


def _titles(result: dict) -> list[str]:
    found_none = any(n["code"] == "no_items" for n in result["warning_codes"])
    return [] if found_none else [it["title"] for it in result["agenda"]]


ENGLISH = """Team meeting 2

14/03/2025

Attendees: Mira, Tobias, Jun, Elif

Agenda: Review the prototype. Assign the sprint tasks. Plan the demo.

The prototype works on both phones. Sprint tasks were shared out in the chat.

Action items:

Mira: Fix the login screen
Jun: Book the demo room
"""


def test_english_one_line_agenda_gives_the_items():
    assert _titles(parse_text(ENGLISH, fmt="docx")) == [
        "Review the prototype",
        "Assign the sprint tasks",
        "Plan the demo",
    ]


GERMAN = """Gruppentreffen 3

14.03.2025

Anwesend: Mira, Tobias, Jun, Elif

Tagesordnung: Prototyp vorstellen; Aufgaben verteilen; Präsentation planen

Der Prototyp läuft. Die Aufgaben stehen im Board.
"""


def test_german_one_line_agenda_with_semicolons_gives_the_items():
    assert _titles(parse_text(GERMAN, fmt="docx")) == [
        "Prototyp vorstellen",
        "Aufgaben verteilen",
        "Präsentation planen",
    ]


ONE_ENTRY = """Team meeting 4

21/03/2025

Attendees: Mira, Tobias

Agenda: Discuss the welcome week activities

The pub quiz and the hike are confirmed.
"""


def test_one_entry_is_no_agenda_of_items():
    assert _titles(parse_text(ONE_ENTRY, fmt="docx")) == []


SENTENCES = """Team meeting 5

28/03/2025

Attendees: Mira, Tobias

Agenda: We went through what everybody had done since last week and what is still missing before the deadline. Then we talked for a long time about the budget of the trip.

Nothing else.
"""


def test_long_sentences_after_the_label_are_no_agenda():
    assert _titles(parse_text(SENTENCES, fmt="docx")) == []
