"""A to-do heading qualified ("Individual Tasks", "Tasks for Everyone", "To-do summary",
"Tasks required for Iteration 3", "To-Dos / Aufgaben") opens a list of tasks; a lead line
"To be done until Friday 29.9.2023:" / "Zu erledigen bis Sonntag:" gives them their due date."""

import datetime as dt

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.tasks import due_lead, is_section

REF = dt.date(2023, 9, 25)


def _tasks(text: str, name: str) -> list[tuple[str, str | None, str | None]]:
    result = read_protocol(text.encode(), filename=name)
    return [(t["text"], t["owner"], t["due"]) for item in result["agenda"] for t in item["tasks"]]


def test_qualified_todo_headings_open_tasks_and_topics_do_not():
    for heading in (
        "Individual Tasks",
        "Tasks for Everyone",
        "To-do summary",
        "Tasks required for Iteration 3",
        "To-Dos / Aufgaben",
        "Aufgaben für alle",
    ):
        assert is_section(heading), heading
    for heading in (
        "Aufgaben des Vorstands",
        "Board Actions",
        "Previous Tasks",
        "Die Aufgaben",
        "Tasks for the new website",
    ):
        assert not is_section(heading), heading


def test_a_lead_saying_until_when_gives_the_due_date():
    assert due_lead("To be done until **Friday 29.9.2023**:", REF) == ("2023-09-29", False)
    assert due_lead("Zu erledigen bis 29.09.2023:", REF) == ("2023-09-29", False)
    assert due_lead("To be done until the team agrees:", REF) is None


def test_english_team_notes_with_tasks_for_everyone_and_for_each():
    tasks = _tasks(
        """# Meeting 2023-09-25

## Attendees

- Felix
- Moritz

## Tasks for Everyone

To be done until **Friday 29.9.2023**:

- Buddy talk
- Update the sprint plan

## Individual Tasks

To be done until **Friday 29.9.2023**:

- Felix: finish the refactor
- Moritz: seeds page test
""",
        "team.md",
    )
    assert tasks == [
        ("Buddy talk", None, "2023-09-29"),
        ("Update the sprint plan", None, "2023-09-29"),
        ("finish the refactor", "Felix", "2023-09-29"),
        ("seeds page test", "Moritz", "2023-09-29"),
    ]


def test_german_team_notes_with_a_qualified_heading():
    tasks = _tasks(
        """# Teamtreffen am 25.09.2023

Anwesend: Anna Berg, Ben Kurz

## Aufgaben für alle

Zu erledigen bis 29.09.2023:

- Anna: Lastenheft gegenlesen
- Ben: Testfälle schreiben
""",
        "team.md",
    )
    assert tasks == [
        ("Lastenheft gegenlesen", "Anna", "2023-09-29"),
        ("Testfälle schreiben", "Ben", "2023-09-29"),
    ]
