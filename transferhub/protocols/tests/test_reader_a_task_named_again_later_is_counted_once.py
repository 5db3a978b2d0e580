"""A task named again later is one task, kept where it is first given: the meeting bot's
summary gives "ACTION: rhea will write the release notes (quill, 18:24:10)" under its topic and
again in the action items closing the minutes; German minutes repeat "Tom schickt die
Einladung an alle Mitglieder" in their to-do list. Two tasks of the same owner with other
words stay two, and so do short ones alike in words only ("Folien (Ute)") and two equal
entries of one list (the minutes list them twice)."""

from transferhub.protocols.reader import parse_text


def _tasks(text: str) -> list[tuple]:
    result = parse_text(text, fmt="md", filename="minutes.md")
    return [(t["owner"], t["text"]) for item in result["agenda"] for t in item.get("tasks", [])]


def test_a_meeting_bots_action_repeated_in_its_closing_list():
    text = (
        "# Meeting 2024-02-01\n\nPresent: rhea, tomas, vik\n\n"
        "## Release\n\n"
        "- ACTION: rhea will write the release notes (quill, 18:24:10)\n"
        "- ACTION: tomas will tag the release (quill, 18:30:02)\n\n"
        "## Action items\n\n"
        "- rhea will write the release notes\n"
        "- tomas will tag the release\n"
        "- vik will update the download page\n"
    )
    found = _tasks(text)
    assert [owner for owner, _ in found] == ["rhea", "tomas", "vik"]


def test_german_task_repeated_in_the_todo_list():
    text = (
        "# Vorstandssitzung 01.02.2024\n\nAnwesend: Tom Berg, Ute Kahl\n\n"
        "## Sommerfest\n\nTom schickt die Einladung an alle Mitglieder.\n\n"
        "## ToDos\n\n"
        "- Tom schickt die Einladung an alle Mitglieder.\n"
        "- Ute bestellt die Getränke für das Fest.\n"
    )
    assert _tasks(text) == [
        ("Tom", "Tom schickt die Einladung an alle Mitglieder."),
        ("Ute", "Ute bestellt die Getränke für das Fest."),
    ]


def test_other_words_short_tasks_and_equal_entries_of_one_list_stay_apart():
    text = (
        "# Vorstandssitzung 01.02.2024\n\nAnwesend: Tom Berg, Ute Kahl\n\n"
        "## Sommerfest\n\nToDo:\n\n- Folien (Ute)\n\n"
        "## ToDos\n\n"
        "- Tom schickt die Einladung an alle Mitglieder.\n"
        "- Tom schickt die Rechnung an alle Sponsoren.\n"
        "- Ute bestellt die Getränke für das Fest.\n"
        "- Ute bestellt die Getränke für das Fest.\n"
        "- Folien (Ute)\n"
    )
    assert len(_tasks(text)) == 6
