"""Headings under "Agenda" are the items even when the writer skipped a heading level.

"### Agenda" over "##### Nachbesprechung", "##### Lastenheft": the next level used below the
agenda heading carries the items, whichever it is. One numbered heading further down
("##### 1. Punkt" in a list of topics for next time) starts no numbering of the items.
"""

from transferhub.protocols.reader import read_protocol


def _titles(text: str) -> list[str]:
    return [a["title"] for a in read_protocol(text.encode(), filename="x.md")["agenda"]]


def test_german_agenda_heading_with_items_two_levels_below():
    assert _titles("""# Protokoll 28. November 2017

### Anwesenheit
##### Team
* Lucas
* Franz

### Agenda

##### Nachbesprechung A2
* früher fertig werden

##### Besprechung Lastenheft
* Ziele beschreiben

##### Sonstiges
* Branches löschen

### Nächstes Meeting
* Datum: 01.12.2017

### Zu besprechende Punkte

##### 1. Punkt
* Abgabe vom 27.11.2017
""") == ["Nachbesprechung A2", "Besprechung Lastenheft", "Sonstiges"]


def test_english_agenda_heading_with_items_two_levels_below():
    assert _titles("""# Team meeting 2024-03-05

## Agenda

#### Release planning

We ship on Friday.

#### Documentation

Anna updates the guide.
""") == ["Release planning", "Documentation"]


def test_a_lone_numbered_heading_starts_no_numbering():
    assert _titles("""# Team meeting 2024-03-05

## Release planning

We ship on Friday.

## Documentation

Anna updates the guide.

## Open questions

### 1. Hosting

To be discussed next time.
""") == ["Release planning", "Documentation", "Open questions"]
