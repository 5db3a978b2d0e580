"""A numbered list inside an item's notes keeps its numbers ("5.  Tim volunteered to write
up the policy", "b) Anna schickt die Liste bis Freitag"): who commits opens the sentence after
the number, so the line is that person's task as it would be in a bulleted list. A numbered
line that commits nobody stays no task."""

from transferhub.protocols.reader import parse_text


def _tasks(text: str) -> list[tuple]:
    result = parse_text(text, fmt="md", filename="minutes.md")
    return [(t["owner"], t["text"]) for item in result["agenda"] for t in item.get("tasks", [])]


def test_english_numbered_lines_under_a_topic():
    text = (
        "# Board meeting 2024-03-05\n\nPresent: Dora, Milan, Ruth\n\n"
        "## Tool library\n\nWe talked about the lending rules.\n\n"
        "1.  Members may borrow two tools at a time.\n"
        "2.  Dora volunteered to write up the lending rules\n"
        "3.  Milan will order a second drill.\n\n"
        "## Workshop\n\nThe workshop is tidy.\n"
    )
    assert _tasks(text) == [
        ("Dora", "Dora volunteered to write up the lending rules"),
        ("Milan", "Milan will order a second drill."),
    ]


def test_german_lettered_lines_under_a_topic():
    text = (
        "# Vorstandssitzung 05.03.2024\n\nAnwesend: Greta, Hannes, Ida\n\n"
        "## Sommerfest\n\nWir sprechen über das Fest.\n\n"
        "a) Der Termin steht fest.\n"
        "b) Hannes kümmert sich um die Getränke.\n\n"
        "## Verschiedenes\n\nNichts.\n"
    )
    assert _tasks(text) == [("Hannes", "Hannes kümmert sich um die Getränke.")]


def test_numbered_lines_that_commit_nobody_are_no_tasks():
    text = (
        "# Board meeting 2024-03-05\n\nPresent: Dora, Milan, Ruth\n\n"
        "## Tool library\n\nWe talked about the lending rules.\n\n"
        "1.  Members may borrow two tools at a time.\n"
        "2.  The drill was repaired by Milan last week.\n"
        "3.  Ruth reported on the new shelves.\n\n"
        "## Workshop\n\nThe workshop is tidy.\n"
    )
    assert _tasks(text) == []
