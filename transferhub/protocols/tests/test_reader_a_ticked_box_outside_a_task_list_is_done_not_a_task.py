"""A ticked box ("- [x] …") among the minutes records something done or dealt with, not a
task; under a to-do heading every box stays one. Someone who commits by initials owns it."""

from transferhub.protocols.reader import read_protocol


def _tasks(text: str, name: str) -> list[tuple[str, str | None]]:
    result = read_protocol(text.encode(), filename=name)
    return [(t["text"], t["owner"]) for item in result["agenda"] for t in item["tasks"]]


def test_ticked_topics_are_no_tasks_and_initials_commit():
    tasks = _tasks(
        """# 2023-06-07 Community Meeting

| Name | Initials |
| --- | --- |
| Dave Clements | DPC |
| Jannis Leidel | JL |

## New Agenda Items

- [x] (DPC) Draft project update for the newsletter
    - DPC will submit it on his Friday morning (US Pacific Time).
- [x] (JL) Solver
    - [x] Consider naming it conda-protect
- [ ] Open question for next time
""",
        "community.md",
    )
    assert tasks == [
        ("DPC will submit it on his Friday morning", "DPC"),
        ("Open question for next time", None),
    ]


def test_ticked_points_in_german_minutes_are_no_tasks():
    tasks = _tasks(
        """# Teamtreffen am 07.06.2023

## Themen

- [x] Rückblick auf den Sprint
- [x] Kasse geprüft
- [ ] Raum für Juli buchen
""",
        "team.md",
    )
    assert tasks == [("Raum für Juli buchen", None)]


def test_every_box_under_a_todo_heading_is_a_task_ticked_or_not():
    tasks = _tasks(
        """# Teamtreffen am 07.06.2023

## ToDos

- [x] Anna: Raum buchen
- [ ] Ben: Einladung schreiben
""",
        "team.md",
    )
    assert tasks == [("Raum buchen", "Anna"), ("Einladung schreiben", "Ben")]
