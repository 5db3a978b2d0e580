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


def test_a_sentence_naming_an_item_is_no_item_among_numbered_lines():
    r = read_protocol(
        b"Minutes of 17th Annual General Meeting\n\nHeld 12 November 2019\n\n"
        b"1 Opening and Welcome\n\nThe Chair opened the meeting.\n\n2 Apologies\n\nNoted.\n\n"
        b"3 Reports\n\nItem 9 - At this point the Chair sought the approval of the meeting to deal "
        b"with Item 9.\n\n4 Any other business\n\nNone.\n",
        filename="x.txt",
    )
    assert [a["title"] for a in r["agenda"]] == [
        "Opening and Welcome",
        "Apologies",
        "Reports",
        "Any other business",
    ]
