"""A next-meeting heading at the topics' level is an item; the signature block is none.

The corpus's label rule: a next-meeting section at the level of the topics ("## Next
meeting", "## Nächster Termin"), numbered or not, listed in the agenda or only set as a
heading, is an item like any other; the minutes' signatures ("## Unterschriften", a
"Signatures" entry in the agenda) are no item, even when the agenda lists them.
"""

from transferhub.protocols.reader import parse_text


def _titles(text: str, fmt: str = "md") -> list[str]:
    return [it["title"] for it in parse_text(text, fmt=fmt)["agenda"]]


GERMAN_LISTED_THEN_NAMED = """# Protokoll der Vorstandssitzung vom 14.02.2024

## Tagesordnung
- Kassenbericht
- Sommerfest

## Kassenbericht
Der Kassenstand ist stabil.

## Sommerfest
Das Fest findet im Juli statt.

## Nächster Termin
Die nächste Sitzung ist am 13.03.2024.
"""


def test_german_next_meeting_heading_after_the_listed_topics_is_an_item():
    assert _titles(GERMAN_LISTED_THEN_NAMED) == ["Kassenbericht", "Sommerfest", "Nächster Termin"]


ENGLISH_BESIDE_NUMBERED = """# Board minutes, 9 May 2023

## 1. Treasurer's report
Balance is healthy.

## 2. Website
The new theme is live.

## 3. Volunteers
Two new helpers joined.

## Next meeting
The board meets again on 6 June 2023.
"""


def test_english_next_meeting_heading_beside_numbered_headings_is_an_item():
    assert _titles(ENGLISH_BESIDE_NUMBERED) == [
        "Treasurer's report",
        "Website",
        "Volunteers",
        "Next meeting",
    ]


GERMAN_SIGNATURES = """# Gründungsprotokoll Verein Lindenhof

**Datum**: 02.04.2022

## Traktanden
- Gründungsbeschluss
- Wahl des Vorstands
- Unterschriften

## Gründungsbeschluss
Der Verein wird einstimmig gegründet.

## Wahl des Vorstands
Gewählt sind Jonas Frei und Mira Keller.

## Unterschriften

Protokollführer: Jonas Frei

Vorsitzende: Mira Keller
"""


def test_german_signature_block_listed_in_the_agenda_is_no_item():
    assert _titles(GERMAN_SIGNATURES) == ["Gründungsbeschluss", "Wahl des Vorstands"]


ENGLISH_SIGNATURES = """Minutes of the Allotment Society, 3 June 2021

1. Apologies
None.

2. Water supply
The new tap works.

3. Plot fees
Fees stay the same.

4. Signatures
Chair ____________  Secretary ____________
"""


def test_english_numbered_signatures_item_is_no_item():
    assert _titles(ENGLISH_SIGNATURES, fmt="txt") == ["Apologies", "Water supply", "Plot fees"]


def test_a_topic_about_signatures_with_a_decision_stays_an_item():
    text = (
        "# Minutes 4 March 2022\n\n## Budget\nAgreed.\n\n## Signatures\n"
        "Decision: the petition's signatures are handed in on Monday.\n"
    )
    assert _titles(text) == ["Budget", "Signatures"]
