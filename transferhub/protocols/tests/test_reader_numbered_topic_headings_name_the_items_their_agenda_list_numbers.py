"""Numbered topic headings name the items a numbered agenda list above them lists.

When minutes hold both an agenda list and their own topic headings, the headings are the
items, titles included: "### 2. API" under the listed "2. DKS API" is the item "API". The
list still gives an item's title when the body names it by number only ("## zu 1."), and a
numbered line or paragraph of the body that is no heading leaves the listed title.
"""

from transferhub.protocols.reader import read_protocol


def _titles(text: str, name: str = "x.md") -> list[str]:
    return [a["title"] for a in read_protocol(text.encode(), filename=name)["agenda"]]


def test_english_numbered_headings_reword_the_listed_topics():
    assert _titles("""# Meeting Notes 2024-03-12

## Agenda

1. Group name (#4)
2. Website planning (#16)
3. Code of conduct

## Notes

### 1. Group name (#4)

Three proposals were discussed.

### 2. Website (#5 & #16)

A static site is enough for now.

### 3. Code of conduct

We adopt the Contributor Covenant.
""") == ["Group name (#4)", "Website (#5 & #16)", "Code of conduct"]


def test_german_top_headings_reword_the_listed_topics():
    assert _titles("""# Protokoll der Mitgliederversammlung vom 14. März 2024

Tagesordnung:

1. Begrüßung
2. Verlesung des letzten Protokolls
3. Bericht des Vorstandes

## TOP 1: Begrüßung

Die Vorsitzende begrüßt die Mitglieder.

## TOP 2: Verlesen des letzten Protokolls

Das Protokoll wird verlesen.

## TOP 3: Bericht des Vorstands

Der Vorstand berichtet.
""") == ["Begrüßung", "Verlesen des letzten Protokolls", "Bericht des Vorstands"]


def test_a_heading_naming_its_item_by_number_only_keeps_the_listed_title():
    assert _titles("""# Sitzung am 5. Februar 2024

Tagesordnung:

1. Kassenbericht
2. Sommerfest

## zu 1.

Der Kassenstand beträgt 300 Euro.

## zu 2.

Das Fest findet am 6. Juli statt.
""") == ["Kassenbericht", "Sommerfest"]
