"""Minutes without headings write their tasks under a to-do label that has no colon — a
list item with the tasks nested under it ("- Nächste Schritte", "- Next steps") or a line in
bold ("**Nächste Schritte**") — and, under such a label, as lists under a person's name
("Anna:" over her tasks): each item is a task, owned by the name above it."""

from transferhub.protocols.reader import parse_text


def _tasks(text: str) -> list[tuple]:
    result = parse_text(text, fmt="md", filename="protokoll.md")
    return [(t["owner"], t["text"]) for item in result["agenda"] for t in item.get("tasks", [])]


HEAD = "Protokoll Teamtreffen 14.11.2024\n\nAnwesend: Karla, Jonas, Mira, Ole\n\n"


def test_a_list_item_naming_the_next_steps_over_the_tasks_nested_under_it():
    text = HEAD + (
        "- Stand Prototyp\n  - Die Suche läuft auf dem Testserver.\n"
        "- Organisatorisches\n  - Raum für Dezember reserviert\n"
        "- Nächste Schritte\n  - Karla: Folien für die Abnahme\n  - Jonas: Testdaten anlegen\n"
    )
    assert _tasks(text) == [("Karla", "Folien für die Abnahme"), ("Jonas", "Testdaten anlegen")]


def test_the_same_in_english():
    text = (
        "Team sync 2024-11-14\n\nAttendees: Priya, Tom, Wen\n\n"
        "- Status\n  - The importer reads the new files.\n"
        "- Budget\n  - Travel money approved last week\n"
        "- Next steps\n  - Priya: draft the release notes\n  - Tom: fix the login page\n"
    )
    assert _tasks(text) == [("Priya", "draft the release notes"), ("Tom", "fix the login page")]


def test_lists_under_the_names_below_a_label_in_bold():
    text = HEAD + (
        "**Stand Prototyp**\n\n- Die Suche läuft.\n\n**Nächste Schritte**\n\n"
        "Karla:\n- Folien vorbereiten\n- Raum buchen\n\nJonas und Ole:\n- Testdaten anlegen\n"
    )
    assert _tasks(text) == [
        ("Karla", "Folien vorbereiten"),
        ("Karla", "Raum buchen"),
        ("Jonas, Ole", "Testdaten anlegen"),
    ]


def test_a_topic_item_with_notes_nested_under_it_gives_no_tasks():
    text = HEAD + (
        "- Stand Prototyp\n  - Karla: Suche fertig\n  - Jonas hat die Testdaten angelegt\n"
        "- Organisatorisches\n  - Raum für Dezember reserviert\n"
    )
    assert _tasks(text) == []
