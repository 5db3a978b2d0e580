"""Short minutes without headings — a team's weekly notes in plain text — mark their topics
as labels alone on a line ("Review letzter Woche:") over prose, a list or lines indented by
tabs, and end in the list of who does what next: under a distribution label ("Aufteilung für
nächste Woche:", "Individuelle Ziele:", "Goals for next week:") or a lead with a deadline
("Letzte Schritte bis zur Abgabe:"). The topics are the labels before that list; each line
of it is a task, owned by the name that leads it ("Kai B.: …", "dokuh100 : …")."""

from transferhub.protocols.reader import parse_text, tasks


def _read(text: str) -> tuple[list[str], list[tuple]]:
    result = parse_text(text, fmt="txt", filename="protokoll_2024-11-14.txt")
    titles = [item["title"] for item in result["agenda"]]
    if any(w["code"] == "no_items" for w in result.get("warning_codes", [])):
        titles = []
    found = [(t["owner"], t["text"]) for item in result["agenda"] for t in item.get("tasks", [])]
    return titles, found


def test_labelled_paragraphs_then_the_distribution_of_the_work():
    text = (
        "Datum des Protokolls: 14.11.24\n\nTeilnehmer der Versammlung:\n- Karla Brandt\n"
        "- Jonas Ostrowski\n- Mira Yilmaz\n\nReview letzter Woche:\nDie Aufgaben sind erledigt.\n\n"
        "Plan für die nächste Woche:\nJeder baut seinen Teil ein.\n\n"
        "Aufteilung für nächste Woche:\nKarla:     Suche verbessern\nJonas:     Tests schreiben\n"
        "Mira:      Oberfläche überarbeiten\n"
    )
    titles, found = _read(text)
    assert titles == ["Review letzter Woche", "Plan für die nächste Woche"]
    assert found == [
        ("Karla", "Suche verbessern"),
        ("Jonas", "Tests schreiben"),
        ("Mira", "Oberfläche überarbeiten"),
    ]
    result = parse_text(text, fmt="txt", filename="protokoll.txt")
    assert result["participant_count"] == 3


def test_notes_indented_by_tabs_and_goals_per_person():
    text = (
        "Review der letzten Woche:\n\tErreicht:\n\t\tSuche\n\t\tWarenkorb\n\n"
        "Projektziele/TODO:\n\tTests fertigstellen\n\tHandbuch schreiben\n\n"
        "Individuelle Ziele:\n\tKarla \t: Suche\n\tkb2000 : Refactoring\n\tKai B. \t: Export\n"
    )
    titles, found = _read(text)
    assert titles == ["Review der letzten Woche"]
    assert found == [
        (None, "Tests fertigstellen"),
        (None, "Handbuch schreiben"),
        ("Karla", "Suche"),
        ("kb2000", "Refactoring"),
        ("Kai B", "Export"),  # the initial's full stop is punctuation
    ]


def test_an_english_team_note_with_goals_for_next_week():
    text = (
        "Weekly notes 2024-11-14\n\nPresent: Priya, Tom\n\nDone this week:\n- Parser merged\n"
        "- CI green again\n\nGoals for next week:\n- Priya: write the user guide\n"
        "- Tom: fix the login page\n"
    )
    titles, found = _read(text)
    assert titles == ["Done this week"]
    assert found == [("Priya", "write the user guide"), ("Tom", "fix the login page")]


def test_the_last_steps_before_a_deadline_are_tasks_without_owner():
    text = (
        "Datum des Protokolls: 14.11.24\n\nReview letzter Woche:\n-Build läuft wieder\n"
        "-Export funktioniert\n\nLetzte Schritte bis zur Abgabe:\n-Handbuch schreiben\n"
        "-Tests ergänzen\n"
    )
    titles, found = _read(text)
    assert titles == ["Review letzter Woche"]
    assert found == [(None, "Handbuch schreiben"), (None, "Tests ergänzen")]


def test_what_was_reached_and_the_aims_of_a_club_open_no_list_of_tasks():
    assert not tasks.is_section("Erreichte Ziele")
    assert not tasks.is_section("Ziele des Vereins")
    assert not tasks.is_section("Goals of the project")
    assert tasks.is_section("Individuelle Ziele")
    assert tasks.is_section("Ziele für die nächste Woche")
    assert tasks.is_section("Projektziele/TODO")
