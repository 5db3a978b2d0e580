"""A heading above the agenda belongs to the header; a time box after a title is no part of it.

"## Working Group Contacts:" above "### Agenda", the topics' headings below: the minutes run
header → agenda → items, so a heading before the agenda names no topic. "## Review agenda
(2m, Lee)", "## Nullability (10m)": the time box (and who leads it) after the title is the
item's slot, not its title.
"""

from transferhub.protocols.reader import read_protocol


def _titles(text: str) -> list[str]:
    return [a["title"] for a in read_protocol(text.encode(), filename="x.md")["agenda"]]


def test_english_contacts_heading_above_the_agenda_is_no_item():
    assert _titles("""### September 19th, meeting Attendees

- Ann Lee - Example Corp (AL)
- Bob Ray - Sample Inc (BR)

## Working Group Contacts:

- [Mailing list](https://example.org/list)

### Agenda

Registry format
Test suite

## Past meeting actions

## Registry format

AL: the draft is ready.

## Test suite

BR: two new tests.
""") == ["Past meeting actions", "Registry format", "Test suite"]


def test_german_links_heading_above_the_tagesordnung_is_no_item():
    assert _titles("""### Treffen am 19.09.2022, Anwesende

- Anna Beispiel
- Bernd Muster

## Kontakt und Links:

- [Mailingliste](https://example.org/liste)

### Tagesordnung

Webseite
Finanzen

## Webseite

Anna zeigt den Entwurf.

## Finanzen

Der Kassenstand ist gut.
""") == ["Webseite", "Finanzen"]


def test_english_time_box_and_lead_after_the_title():
    assert _titles("""# July 2023 working group

## Determine volunteers for note taking (1m, Lee)

Benjie takes notes.

## Review agenda (2m, Lee)

No changes.

## Client Controlled Nullability (10m)

Discussed the syntax.
""") == ["Determine volunteers for note taking", "Review agenda", "Client Controlled Nullability"]


def test_german_time_box_after_the_title_but_not_an_amount():
    assert _titles("""# Arbeitsgruppe Juli 2023

## Begrüßung und Tagesordnung (1m, Anna)

Bernd schreibt.

## Haushalt 2024 (5M)

Der Plan sieht 5 Mio. vor.

## Webseite (15m)

Neuer Entwurf.
""") == ["Begrüßung und Tagesordnung", "Haushalt 2024 (5M)", "Webseite"]
