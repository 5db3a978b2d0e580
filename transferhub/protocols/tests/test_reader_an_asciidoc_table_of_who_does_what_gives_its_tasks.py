"""AsciiDoc minutes keep who does what in a table between "|===" lines ("|Issue |Titel
|Beschreibung |Verantwortlicher"): each filled row is a task of the person in its who
column; a row the template left empty ("…", "N/A") is none, and an empty description
leaves the task named by its title."""

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.formats.text import asciidoc_tables


def _tasks(tmp_path, text, ext="adoc"):
    path = tmp_path / f"protokoll.{ext}"
    path.write_text(text, encoding="utf-8")
    return [t for item in read_protocol(path)["agenda"] for t in item.get("tasks", [])]


HEAD = (
    "= Protokoll Gruppe 12\n__Treffen am 14.11.2024__\n\n"
    "__Teilnehmer:__ Karla Brandt, Jonas Ostrowski, Mira Yilmaz\n\n"
    "== Aktueller Stand\nDer Prototyp läuft.\n\n== Planung des nächsten Sprints\n"
    '[option="headers"]\n'
)


def test_each_row_with_a_name_is_a_task_of_that_person(tmp_path):
    text = HEAD + (
        "|===\n|Issue |Titel |Beschreibung |Verantwortlicher |Status\n"
        "|#12 |Warenkorb |Artikel entfernen können |Karla |offen\n"
        "|#13 |Suche |Filter nach Preis |Jonas, Mira |offen\n|===\n"
    )
    tasks = _tasks(tmp_path, text)
    assert [(t["text"], t["owner"]) for t in tasks] == [
        ("Artikel entfernen können", "Karla"),
        ("Filter nach Preis", "Jonas, Mira"),
    ]


def test_an_empty_description_leaves_the_title_as_the_task(tmp_path):
    text = HEAD + (
        "|===\n|Issue |Titel |Beschreibung |Verantwortlicher |Status\n"
        "|… |Bewertungen anzeigen | |Mira |angefangen\n"
        "|#4 |Registrierung prüfen |- |Jonas |angefangen\n|===\n"
    )
    tasks = _tasks(tmp_path, text)
    assert [(t["text"], t["owner"]) for t in tasks] == [
        ("Bewertungen anzeigen", "Mira"),
        ("Registrierung prüfen", "Jonas"),
    ]


def test_the_rows_a_template_left_empty_are_no_tasks(tmp_path):
    text = HEAD + (
        "|===\n|Issue |Titel |Beschreibung |Verantwortlicher |Status\n"
        "|…     |…     |…            |…                |…\n|===\n"
    )
    assert _tasks(tmp_path, text) == []
    text = HEAD + (
        "|===\n|Issue |Titel |Beschreibung |Verantwortlicher |Status\n"
        "|N/A |N/A |N/A |N/A |N/A\n|===\n"
    )
    assert _tasks(tmp_path, text) == []


def test_an_english_table_with_one_cell_a_line(tmp_path):
    text = (
        "= Team meeting\n_Meeting on 2024-11-14_\n\n== Next sprint\n"
        '[cols="2,1,1"]\n|===\n|Task |Owner |Due\n\n'
        "|Write the import tests\n|Priya\n|2024-11-21\n\n"
        "|Fix the login page\n|Tom\n|2024-11-20\n|===\n"
    )
    tasks = _tasks(tmp_path, text)
    assert [(t["text"], t["owner"], t["due"]) for t in tasks] == [
        ("Write the import tests", "Priya", "2024-11-21"),
        ("Fix the login page", "Tom", "2024-11-20"),
    ]


def test_a_table_of_what_was_done_gives_no_tasks(tmp_path):
    text = HEAD.replace("Planung des nächsten Sprints", "Retrospektive") + (
        "|===\n|Issue |Aufgabe |Status |Bemerkung\n"
        "|#3 |GUI-Prototyp |erledigt |-\n|#5 |Akzeptanztests |erledigt |-\n|===\n"
    )
    assert _tasks(tmp_path, text) == []


def test_text_without_an_asciidoc_table_is_left_as_written():
    text = "Protokoll\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nTOP 1 ===\n"
    assert asciidoc_tables(text) is text
    unclosed = "Vorher\n|===\n|Wer |Was\n|Anna |Kuchen\n"
    assert asciidoc_tables(unclosed) == unclosed
