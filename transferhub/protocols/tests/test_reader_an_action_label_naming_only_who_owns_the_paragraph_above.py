"""An action label on its own line naming only who acts ("ACTION: Alison/David", "AP: Anna"):
the task is what the paragraph above it says, its owners those the label names."""

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.tasks import owners_only


def _tasks(text: str, name: str) -> list[tuple[str, str | None]]:
    result = read_protocol(text.encode(), filename=name)
    return [(t["text"], t["owner"]) for item in result["agenda"] for t in item["tasks"]]


def test_names_and_bodies_are_owners_and_a_task_is_not():
    assert owners_only("Anna, Ben", [], frozenset({"Anna", "Ben"})) == "Anna, Ben"
    assert owners_only("Vorstand", []) == "Vorstand"
    assert owners_only("Issue the agenda", []) is None
    assert owners_only("Raum buchen", []) is None


def test_english_minutes_with_the_action_line_below_each_paragraph():
    tasks = _tasks(
        """# Minutes of the Trustees' Meeting, 26 January 2016

Present: Alison Hopkins, Mike Stephens, David Olds

## 1. Matters arising

Regarding storage for the chairs, a shed was proposed. It was AGREED to purchase.

ACTION:Alison/David

## 2. Finance

Mike stated that he would talk to both banks about a transfer.

ACTION: Mike
""",
        "trustees.md",
    )
    assert tasks == [
        ("It was AGREED to purchase.", "Alison, David"),
        ("Mike stated that he would talk to both banks about a transfer.", "Mike"),
    ]


def test_german_minutes_with_the_label_below_the_paragraph():
    tasks = _tasks(
        """# Vorstandssitzung am 12.03.2025

Anwesend: Anna Berger, Tobias Weber

## TOP 1 Sommerfest

Für das Sommerfest fehlen noch Bänke beim Bauhof.

AP: Anna
""",
        "vorstand.md",
    )
    assert tasks == [("Für das Sommerfest fehlen noch Bänke beim Bauhof.", "Anna")]
