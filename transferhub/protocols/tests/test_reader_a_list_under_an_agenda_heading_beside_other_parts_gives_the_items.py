"""A list under an agenda heading gives the items when the other headings name the meeting's parts.

"## Agenda items" over the topics, between "## Welcome to the Team Meeting" and "## Reports";
"## Tagesordnung" between "## Anwesende", "## Paten" and "## Aufgaben für alle": the entries
are the topics, the other headings parts of every meeting. A heading that names an entry
again, or a numbered heading, keeps the items where they were.
"""

from transferhub.protocols.reader import read_protocol


def _titles(text: str) -> list[str]:
    return [a["title"] for a in read_protocol(text.encode(), filename="x.md")["agenda"]]


def test_english_agenda_items_heading_with_a_lead_in_between_welcome_and_reports():
    assert _titles("""# Team Meeting - October 2018

## Welcome to the Team Meeting

Sign in below so we know who was here:

* Tim / Wild Tree Tech
* Min / Simula

## Agenda items

Let's collect all potential agenda items here.

* Regular slot for the meetings
    * Third thursday each month has been chosen
* WholeTale coordination
    * can someone attend?
* 2 million binders launched!

## Reports

Things people should know about.
""") == ["Regular slot for the meetings", "WholeTale coordination", "2 million binders launched!"]


def test_ticked_entries_under_new_agenda_items():
    assert _titles("""# 2023-06-07 Community Meeting

## Introductions

- [ ] Jonathan is back

## New Agenda Items

- [x] Newsletter update
    - Please comment.
- [x] Optional dependencies
- [x] Plugin hooks
""") == ["Newsletter update", "Optional dependencies", "Plugin hooks"]


def test_german_agenda_heading_between_attendance_buddies_and_tasks():
    assert _titles("""# Treffen 2023-09-25

## Anwesende

- Felix
- Moritz

## Paten

- Moritz & Chris

## Tagesordnung

- 09:00 Begrüßung
- Permakultur-Prinzipien Teil II
- Release 3.4

## Aufgaben für alle

- Issues aktualisieren
""") == ["Begrüßung", "Permakultur-Prinzipien Teil II", "Release 3.4"]


def test_a_plain_agenda_label_inside_a_section_leaves_the_headings_the_items():
    assert _titles("""# Meeting minutes 22nd of July 2016

## What we have achieved so far

Agenda:
- Project moved
- Support improved
- New account

## State of the Projects

Agenda:
- Website almost ready
- CI in beta
- Sidekick review
""") == ["What we have achieved so far", "State of the Projects"]


def test_an_agenda_and_discussion_section_of_restructuredtext_minutes():
    text = """====================================
User Meeting 0 (2008-02-07)
====================================

Place and Date
--------------
The first user meeting took place on Thursday Feb. 7, 2008.

Participants
------------
- Benedict Verhegghe
- Matthieu De Beule

Agenda and discussion
---------------------
* User Meeting:

  - Do we need a user meeting? It is the general feeling that it helps.

* Developer Forum:

  - A forum will be set up.

* Contest:

  - A contest for the best example.

Date of the next meeting
------------------------
March 6, 2008.
"""
    result = read_protocol(text.encode(), filename="minutes.rst")
    assert [a["title"] for a in result["agenda"]] == ["User Meeting", "Developer Forum", "Contest"]


def test_german_agenda_and_notes_heading():
    assert _titles("""# Treffen 12.03.2024

## Anwesende

- Anna
- Ben

## Tagesordnung und Protokoll

- Kasse
    - Kassenstand 200 €
- Sommerfest
    - Am 1. Juli
- Website
    - Neue Seiten sind online

## Nächstes Treffen

- 26.03.2024
""") == ["Kasse", "Sommerfest", "Website"]


def test_headings_below_the_list_taking_an_entry_up_are_the_items():
    # The minutes' own topic headings, one naming a listed entry again: the headings are
    # the items, titles and count, whatever the list said.
    assert _titles("""# Meeting Notes - 4 March 2024

## Attendees

* Mara Linde
* Tomas Feld

## Agenda Items

* website repo
* Moore funding
* chat with Jo (library)
* welcome our new intern

## website repo

* will move it to the organisation next week

## Notes from our call

* they can host two workshops

## Ideas for the one-pager

* keep it short
""") == ["website repo", "Notes from our call", "Ideas for the one-pager"]


def test_german_topic_headings_below_the_agenda_are_the_items():
    assert _titles("""# Bürgerrunde am 8. März 2024

* Moderation: Karla Wendt

### Agenda

* Rückblick Infoabend
* Vorbereitung Vereinsgründung
* Webseite der Gemeinde
* Berichte aus den Gruppen
* Weitere Vorträge
* Nächste Schritte

### Hauptthema Vereinsgründung

* alle sind für die Gründung

### Termine 2024

* 6. Mai: Satzung

### Berichte aus den Gruppen

* Kulturgruppe plant ein Konzert
""") == ["Hauptthema Vereinsgründung", "Termine 2024", "Berichte aus den Gruppen"]


def test_a_next_meeting_heading_names_no_entry():
    # "Date of the next meeting" shares "meeting" with "User meeting": no topic taken up.
    assert _titles("""# Users' meeting 7 February 2024

## Agenda items

* User meeting
* Developer forum
* Contest

## Date of the next meeting

6 March 2024.
""") == ["User meeting", "Developer forum", "Contest"]
