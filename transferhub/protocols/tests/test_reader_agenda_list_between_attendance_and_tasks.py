"""A list under "## Agenda" is the items when the other headings only name attendance and tasks."""

from transferhub.protocols.reader import read_protocol


def _titles(text: str) -> list[str]:
    return [a["title"] for a in read_protocol(text.encode(), filename="x.md")["agenda"]]


def test_the_agendas_entries_are_the_items():
    assert _titles("""# Sept 15, 2017

## In Attendance

- Dann
- Abby

## Agenda

- Incorporation -- it's done!
- Banking -- done soon!
- Website

## TODO

- set up bank account [K, D]
- website design [K]
""") == ["Incorporation -- it's done!", "Banking -- done soon!", "Website"]


def test_a_german_agenda_list_between_attendance_and_todos():
    assert _titles("""# Treffen am 12.03.2024

## Anwesende

- Anna
- Ben

## Tagesordnung

- Kasse
- Sommerfest

## Aufgaben

- Anna: Getränke bestellen
""") == ["Kasse", "Sommerfest"]


def test_headings_naming_topics_stay_the_items():
    assert _titles("""# Treffen am 12.03.2024

## Tagesordnung

- Kasse
- Sommerfest

## Kasse

Alles in Ordnung.

## Sommerfest

Im August.
""") == ["Kasse", "Sommerfest"]
