"""Tasks a board or committee takes on, and lists of tasks headed by the time they are due in."""

import datetime as dt

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.tasks import is_section, marked_task

REF = dt.date(2025, 3, 12)


def _tasks(result: dict) -> list[tuple[str | None, str]]:
    return [(t["owner"], t["text"]) for item in result["agenda"] for t in item["tasks"]]


def test_a_body_that_will_or_needs_to_do_something_owns_the_task():
    board = marked_task("Board needs to follow up with the city about the hedges.", REF)
    committee = marked_task("The Committee will write to the parish about the bench.", REF)
    vorstand = marked_task("Der Vorstand wird die Einladung zur Feier verschicken.", REF)
    assert board["owner"] == "Board"
    assert committee["owner"] == "Committee"
    assert vorstand["owner"] == "Vorstand"


def test_a_body_meeting_or_deliberating_is_no_body_task():
    assert marked_task("The Board will meet again in May.", REF) is None
    assert marked_task("Committee to review the budget next month.", REF) is None
    # Someone who is not present and no body: no owner guessed from a capitalised word.
    assert marked_task("Gardens will need to be watered in summer.", REF) is None


def test_an_obligation_of_someone_present_is_their_task():
    first = frozenset({"Ilona", "Bertram"})
    has_to = marked_task("Ilona has to finish the cleaning of the plot data.", REF, [], first)
    must = marked_task("Once the data is in, Bertram must check the counts.", REF, [], first)
    assert has_to["owner"] == "Ilona"
    assert must["owner"] == "Bertram"
    assert marked_task("Ilona has to leave.", REF, [], first)["owner"] == "Ilona"
    assert marked_task("Rosalind has to finish the slides.", REF, [], first) is None


def test_a_list_headed_by_the_time_it_is_due_in_is_a_list_of_tasks():
    for heading in (
        "Aufgaben für die nächste Woche",
        "Aufgaben bis zum nächsten Treffen zu erledigen:",
        "Aufgabenverteilung für die Woche:",
        "Action items for next week",
        "Tasks this week",
        "**Open Items:**",
    ):
        assert is_section(heading), heading
    # A topic about tasks is no list of them.
    assert not is_section("Tasks for the new website")
    assert not is_section("Aufgaben für Team Blau")


def test_minutes_with_such_a_list_german_and_english():
    de = read_protocol(
        """# Gruppentreffen 12.03.2025

Anwesend: Ilona Brack, Bertram Quell

## Stand der Arbeit

Der Prototyp läuft.

## Aufgaben für die nächste Woche

- Ilona: Schnittstelle zur Datenbank klären
- Bertram: Oberfläche entwerfen
""".encode(),
        filename="p.md",
    )
    en = read_protocol(
        b"""# Working group call 12 March 2025

Attendees: Nadira Holm, Teodor Vance

## Package format

We went through the open questions.

**Open Items:**

- Convert the discussion into an issue.
- Teodor to merge the approved pull request.
""",
        filename="m.md",
    )
    assert _tasks(de) == [
        ("Ilona", "Schnittstelle zur Datenbank klären"),
        ("Bertram", "Oberfläche entwerfen"),
    ]
    assert [owner for owner, _ in _tasks(en)] == [None, "Teodor"]


def test_someone_present_asking_about_something_is_no_task():
    first = frozenset({"Jasper", "Ilona"})
    assert marked_task("Jasper asks about the grant from the district.", REF, [], first) is None
    assert marked_task("Ilona fragt nach dem Schlüssel für den Keller.", REF, [], first) is None
    asks = marked_task("Jasper asks the district for the grant form.", REF, [], first)
    assert asks["owner"] == "Jasper"
