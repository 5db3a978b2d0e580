"""Checkbox lists: names ticked under "Attendees" say who was there, no task; under "Action
items" every box is one task, a question too, and what is nested under a box is its note."""

from transferhub.protocols.reader import read_protocol


def _tasks(text: str, name: str) -> list[tuple[str, str | None]]:
    result = read_protocol(text.encode(), filename=name)
    return [(t["text"], t["owner"]) for item in result["agenda"] for t in item["tasks"]]


def test_ticked_names_with_their_organisation_are_no_tasks():
    tasks = _tasks(
        """# 2025-07-07 - Technical Steering Committee Meeting

## Attendees

- [X] Jakob Möller - SAP
- [ ] Christian Cwienk - SAP (apologies)
- [X] Maximilian Braun

## Action Items

- [ ] Fabian to check for DCO enforcement.
""",
        "tsc.md",
    )
    assert tasks == [("Fabian to check for DCO enforcement.", "Fabian")]


def test_ticked_names_in_german_minutes_are_no_tasks():
    tasks = _tasks(
        """# Sitzung am 07.07.2025

## Anwesenheit

- [x] Anna Berger, Kasse
- [x] Tobias Weber
- [ ] Jana Schulz (entschuldigt)

## Aufgaben

- [ ] Anna: Belege einscannen
""",
        "sitzung.md",
    )
    assert tasks == [("Belege einscannen", "Anna")]


def test_a_box_that_asks_is_a_task_and_its_notes_are_not():
    tasks = _tasks(
        """# 2025-07-07 - Steering Committee Meeting

## Action Items

- [ ] Tristan: Will the organisation be moved to the foundation?
  - This needs a follow-up
  - Jakob to keep tracking this
- [ ] Jakob to ask OSPO when the next TAC meeting is
""",
        "tsc.md",
    )
    assert tasks == [
        ("Will the organisation be moved to the foundation?", "Tristan"),
        ("Jakob to ask OSPO when the next TAC meeting is", "Jakob"),
    ]


def test_a_box_that_asks_in_german_minutes_is_a_task():
    tasks = _tasks(
        """# Sitzung am 07.07.2025

## ToDos

- [ ] Jana: Können wir den Raum im Mai buchen?
  - Hausmeister fragen
  - Jana klärt das mit der Verwaltung
- [ ] Tobias: Kasse prüfen
""",
        "sitzung.md",
    )
    assert tasks == [
        ("Können wir den Raum im Mai buchen?", "Jana"),
        ("Kasse prüfen", "Tobias"),
    ]


def test_a_question_without_a_box_among_the_tasks_is_still_none():
    tasks = _tasks(
        """# Team meeting 2025-07-07

## Action items

- Anna to send the invitation.
- Who books the room?
""",
        "team.md",
    )
    assert tasks == [("Anna to send the invitation.", "Anna")]
