"""An agenda list ("Themen:", "## Agenda") with no heading below it gives the items: each
starts where the minutes name it again ("Tests:" over its notes), or under its entry when the
notes are nested below it; a bare link in brackets after a title is no part of it. Student
teams' notes and a club board's minutes in a wiki are written so. All text invented.
"""

import pytest

from transferhub.protocols.reader import read_protocol


def read(text: str, name: str = "notes.txt") -> dict:
    return read_protocol(text.encode(), filename=name)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Protokoll 28.06.2024\nAnwesend: Anna, Ben, Cem\n\nThemen:\n\n- Tests\n- Datenbank\n"
            "- Oberfläche\n\nTests:\nLaufen grün, Cem ergänzt zwei Fälle.\n\n"
            "Datenbank:\nDas Schema steht.\n\nOberfläche:\nDie Tabs werden umbenannt.\n",
            [
                ("Tests", "Laufen grün, Cem ergänzt zwei Fälle."),
                ("Datenbank", "Das Schema steht."),
                ("Oberfläche", "Die Tabs werden umbenannt."),
            ],
        ),
        (
            "Team notes 2024-06-28\n\nAgenda:\n\n- Testing\n- Database\n\n"
            "Testing:\nAll green.\n\nDatabase:\nThe schema is done.\n",
            [("Testing", "All green."), ("Database", "The schema is done.")],
        ),
    ],
)
def test_topics_named_again_over_their_notes(text, items):
    assert [(a["title"], a["minutes"]) for a in read(text)["agenda"]] == items


def test_a_topic_not_named_again_keeps_every_entry_in_the_list():
    text = (
        "Protokoll 28.06.2024\n\nThemen:\n\n- Tests\n- Aufgabenverteilung für die nächste Woche\n\n"
        "Tests:\nLaufen.\n\nAufgaben der Woche:\nAnna: Doku\n"
    )
    assert [a["title"] for a in read(text)["agenda"]] == [
        "Tests",
        "Aufgabenverteilung für die nächste Woche",
    ]


def test_an_agenda_heading_over_a_nested_list_with_links_after_titles():
    text = (
        "# Club board meeting, Feb. 19, 2024\n\n## Attendees\nChair: Ann\nSecretary: Joe\n\n"
        "## Agenda\n\n* Approve previous minutes (https://example.org/minutes/2024-02-05.md)\n"
        "    * Approved\n* Scoring criteria for applications\n    * Ann drafts a rubric\n"
        "* Catering fees\n    * They rise in March\n"
    )
    assert [a["title"] for a in read(text, "board.md")["agenda"]] == [
        "Approve previous minutes",
        "Scoring criteria for applications",
        "Catering fees",
    ]


def _titles_md(text: str) -> list[str]:
    return [it["title"] for it in read_protocol(text.encode(), filename="x.md")["agenda"]]


def test_english_agenda_of_one_entry_with_notes_is_one_topic():
    text = (
        "## Steering Committee Meeting 2/6/2024\n\n### Attendance:\n\n| Name | Present? |\n"
        "| --- | --- |\n| Mara Lind | Yes |\n| Theo Brandt | Yes |\n\n### Agenda:\n\n"
        "* **Compiler proposal**\nhttps://example.org/issues/12\nThe proposal was discussed.\n"
    )
    assert _titles_md(text) == ["Compiler proposal"]


def test_german_agenda_of_one_entry_with_notes_is_one_topic():
    text = (
        "## Vorstandstreffen 6.2.2024\n\n### Anwesend:\nMara, Theo\n\n### Tagesordnung:\n\n"
        "- Hallenplan\nDer neue Plan gilt ab März.\n"
    )
    assert _titles_md(text) == ["Hallenplan"]


def test_an_agenda_of_one_entry_with_nothing_below_gives_no_topic():
    text = "## Vorstandstreffen 6.2.2024\n\n### Anwesend:\nMara, Theo\n\n### Tagesordnung:\n\n- Hallenplan\n"
    result = read_protocol(text.encode(), filename="x.md")
    assert [w["code"] for w in result["warning_codes"]].count("no_items") == 1
