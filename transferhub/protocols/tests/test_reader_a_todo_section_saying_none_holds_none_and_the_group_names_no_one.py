"""A to-do section that says it holds nothing ("Nichts neues.", "Nothing new.") gives no task,
nor does the line after it; "the group" as a task's subject names no one, and "Tim can do …"
in a list of tasks is Tim's."""

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.tasks import parse_task


def _tasks(result: dict) -> list[tuple[str | None, str]]:
    return [(t["owner"], t["text"]) for item in result["agenda"] for t in item["tasks"]]


def test_a_todo_section_saying_nothing_new_german():
    result = read_protocol(
        b"""# Protokoll der Sitzung am 08.04.2026

## Top 1: Berichte

Niemand war gucken.

### ToDo's

Nichts neues.

_Top endet um 16:11 Uhr._

## Top 2: Verschiedenes

Nichts.
""",
        filename="protokoll.md",
    )
    assert _tasks(result) == []


def test_a_todo_section_saying_nothing_new_english():
    result = read_protocol(
        b"""# Minutes of 8 April 2026

## 1. Reports

Nobody went to look.

### Action items

Nothing new.

The item ended at 16:11.
""",
        filename="minutes.md",
    )
    assert _tasks(result) == []


def test_the_group_names_no_one_and_can_offers():
    assert parse_task("Group will plan the lesson review.", None)["owner"] is None
    assert parse_task("Die Gruppe klärt den Raum.", None)["owner"] is None
    assert parse_task("Tim can do a tour of the repository.", None)["owner"] == "Tim"
    assert parse_task("Tim cannot come next week.", None)["owner"] is None
