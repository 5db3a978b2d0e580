"""Headings of the minutes' section are the items, not a numbered list nested in one of them.

"## Topics Covered" / "## Agenda & notes" / "## Protokoll" over "### …" headings: those
headings are the items, and headings above the section ("### Meeting minutes: 2026-01-21")
are the document's header. A numbered list indented under a bullet ("    1. Keys can be
managed") is a nested list, no run of items, where the document has headings. When an agenda
section of headings and then a minutes section of headings both stand in the document, the
minutes' headings are the items unless they are fewer (the topics the minutes skipped).
Items numbered "1.0", "2.0" are items 1 and 2, "2.1" a part of item 2.
"""

from transferhub.protocols.reader import read_protocol


def _top(text: str) -> list[str]:
    agenda = read_protocol(text.encode(), filename="x.md")["agenda"]
    return [a["title"] for a in agenda if "." not in a["number"]]


def test_english_headings_under_topics_covered_between_document_sections():
    assert _top("""# Board Meeting Summary
## June 3, 2026

## Attendance
- Jane Roe (Chair) - Present
- John Doe - Present

## Summary
A first informal meeting of the new board.

## Topics Covered

### Introductions
Everyone introduced themselves.

### Road Ahead
Filing for non-profit status comes first.

### Filing Costs
About 300 dollars.

## Action Items
| Task | Owner |
|---|---|
| File the papers | Jane Roe |

## Next Meeting
June 29, 2026 at 5:30 PM
""") == ["Introductions", "Road Ahead", "Filing Costs"]


def test_german_headings_under_tagesordnung_und_protokoll_below_a_title_subheading():
    assert _top("""# Arbeitskreis Umwelt
### Sitzung am 21.01.2026, 16:00 Uhr

Anwesend: Anna Beispiel, Bernd Muster, Clara Probe

## Tagesordnung und Protokoll

### Baumpflanzaktion im Frühjahr
- Termin im März, Anna fragt beim Bauhof nach

### Förderantrag der Stadt
- Bernd schreibt den Entwurf

### Verschiedenes
- nichts

## Nächste Schritte
- Entwurf bis Februar
""") == ["Baumpflanzaktion im Frühjahr", "Förderantrag der Stadt", "Verschiedenes"]


def test_english_numbered_list_nested_under_a_bullet_is_no_run_of_items():
    assert _top("""# Spec Group: Weekly

## Present
* Ann Lee
* Bob Ray

## Topics

### Server side clients
* AL: I propose three principles:
    1. Clients can manage their private key
        * signing is done by the client
    2. Clients authenticate on their own
    3. Every resource server has an authorisation server

ACTION: AL to open an issue.

### Access controls for auxiliary resources
* BR: no update.

### Working group charter
* BR: the charter goes to review soon.
""") == ["Server side clients", "Access controls for auxiliary resources", "Working group charter"]


def test_german_numbered_survey_list_nested_under_an_agenda_bullet():
    assert _top("""# Vorstandssitzung 15.01.2020

## Anwesend
* Anna Beispiel
* Bernd Muster

## Tagesordnung

* Ergebnisse der Umfrage
    * Wichtigste Ziele:
        1. Mehr Mitglieder gewinnen (14)
        2. Vielfalt fördern (11)
        3. Werkstatt modernisieren (10)
* Ziele für das zweite Jahr
    * Anna stellt den Entwurf vor
* Neue Projekte
    * zwei Anfragen liegen vor

## Aufgaben

* Anna: Entwurf verschicken
""") == ["Ergebnisse der Umfrage", "Ziele für das zweite Jahr", "Neue Projekte"]


def test_english_proceedings_headings_win_over_the_agenda_sections_fewer_headings():
    assert _top("""# Member Meeting Minutes

## Agenda

### Standing Items
* Reports from teams

### Member Submitted Items
* Selling kits to members

## Proceedings

### Approval of previous minutes
Approved

### Reports from teams
* Laser: new joystick ordered

### Member Submitted Items
* Kits: the board will decide

### AOB
* none
""") == ["Approval of previous minutes", "Reports from teams", "Member Submitted Items", "AOB"]


def test_german_agenda_headings_stay_when_the_minutes_name_fewer():
    assert _top("""# Treffen 19.11.2015

## Tagesordnung

### Computerbörse
### Monitoring
### Firmware
### Treffen abschließen

## Protokoll

### Computerbörse Rückblick
übersprungen

### Monitoring
* läuft
""") == ["Computerbörse", "Monitoring", "Firmware", "Treffen abschließen"]


def test_english_items_numbered_with_a_zero_after_the_dot():
    assert _top("""**Executive Meeting Minutes**
Wednesday September 14, 2005; 5:00pm

1.0 Clothing

*   contest needs to be arranged

2.0 LAN Party

*   scheduled for Friday, October 7

2.1 Location

*   Learning Centre preferred

3.0 Food Sale

*   sell pop at cost
""") == ["Clothing", "LAN Party", "Food Sale"]


def test_german_items_numbered_with_a_zero_after_the_dot():
    assert _top("""Protokoll der Vorstandssitzung vom 14.09.2005

Anwesend: Anna Beispiel, Bernd Muster

1.0 Kleidung

- Wettbewerb ausschreiben

2.0 Sommerfest

- Termin am 7. Oktober

2.1 Ort

- Mensa bevorzugt

3.0 Kuchenverkauf

- Preise bleiben
""") == ["Kleidung", "Sommerfest", "Kuchenverkauf"]


def test_english_numbered_list_inside_a_topics_section_is_its_content():
    assert _top("""---
title: Design meeting 2017-05-31
---

# Resource management

## Problem

Loading every resource for each object has drawbacks:

1. Objects placed twice keep their textures twice,
   which wastes memory.
2. Much code would be duplicated for every object.
3. The core grows far too large.

## Approach

We abstract the resources into lists.

# Physical properties

## The four forces

Mass, thrust, drag and lift.
""") == ["Resource management", "Physical properties"]


def test_german_numbered_list_inside_a_topics_section_is_its_content():
    assert _top("""# Protokoll vom 31.05.2017

## Ressourcenverwaltung

Bisher lädt jedes Objekt seine Ressourcen selbst. Nachteile:

1. Texturen liegen mehrfach im Speicher.
2. Viel doppelter Code.
3. Der Kern wird zu groß.

## Physikalische Eigenschaften

Masse, Schub, Widerstand und Auftrieb.

## Ergebnis

Wir einigen uns auf das Modell mit Szenarien.
""") == ["Ressourcenverwaltung", "Physikalische Eigenschaften", "Ergebnis"]
