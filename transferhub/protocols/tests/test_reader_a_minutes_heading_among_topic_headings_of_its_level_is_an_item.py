"""A heading named like a part ("## Minutes", "## Notes") among topic headings of its level.

A heading that holds every topic is a part of the minutes and no item. When no heading
stands inside it and two or more topic headings of its own level follow, it holds none of
them: it is one topic among the others ("## Minutes" over the call to order, then
"## Reports", "## Elections"), and is counted as one.
"""

from transferhub.protocols.reader import parse_text


def _titles(result: dict) -> list[str]:
    return [it["title"] for it in result["agenda"]]


ENGLISH_SIBLING = """---
title: Annual meeting
---

# Pelican Project Annual Meeting 2024-03-08

## Minutes

- 2024-03-08 18:00 Call to order

## Reports

- 18:05 Maintainer report (Rosa Lind)
- 18:15 Treasurer report (Omar Vance)

## Elections

- 18:30 Steering committee results (Rosa Lind)

## Adjournment

- 19:02 Meeting finished.
"""


def test_english_minutes_heading_beside_topic_headings_is_an_item():
    assert _titles(parse_text(ENGLISH_SIBLING, fmt="md")) == [
        "Minutes",
        "Reports",
        "Elections",
        "Adjournment",
    ]


GERMAN_SIBLING = """# Mitgliederversammlung Makerverein 2024

Datum: 08.03.2024

## Protokoll

- 18:00 Eröffnung durch Rosa

## Berichte

- Bericht der Kasse

## Wahlen

- Vorstand gewählt

## Verschiedenes

- nichts
"""


def test_german_protocol_heading_beside_topic_headings_is_the_documents_name():
    # "Protokoll" alone names the document in German minutes (a header word), wherever it
    # stands: it does not become an item beside the topics.
    assert _titles(parse_text(GERMAN_SIBLING, fmt="md")) == [
        "Berichte",
        "Wahlen",
        "Verschiedenes",
    ]


ENGLISH_PART = """# Pelican Project Meeting 2024-04-02

## Attendees

- Rosa Lind
- Omar Vance

## Minutes

### Release plan

We aim for May.

### Website

The new theme is live.

## Action items

- Omar to tag the release
"""


def test_english_minutes_heading_over_the_topics_is_a_part():
    assert _titles(parse_text(ENGLISH_PART, fmt="md")) == ["Release plan", "Website"]


ENGLISH_NOTES_THEN_TASKS = """# Pelican Project Meeting 2024-04-16

## Notes

- Release plan: we aim for May.
- Website: the new theme is live.

## Action items

- Omar to tag the release

## Links

- https://example.org/recording
"""


def test_english_notes_heading_followed_by_no_topic_heading_is_no_item():
    assert "Notes" not in _titles(parse_text(ENGLISH_NOTES_THEN_TASKS, fmt="md"))
