"""Decisions the layout holds rather than a sentence under a topic: each entry of a list
under a heading that names decisions, however qualified ("Decisions Made:", "Key decisions",
"Getroffene Entscheidungen", "Decisions and agreements"); a numbered list of outcomes
answering the agenda's items ("1. Approved."); and a numbered paragraph that is one sentence
recording a decision, even when its notes record another. A heading that only mentions
deciding ("Decision making process", "Decisions and action items") lists no decisions."""

import pytest

from transferhub.protocols.reader import content, parse_text


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Decisions Made:", "agreement"),
        ("Key Decisions", "agreement"),
        ("Summary of decisions", "agreement"),
        ("Decisions taken", "agreement"),
        ("Decisions and agreements", "agreement"),
        ("Getroffene Entscheidungen", "agreement"),
        ("Beschlüsse und Vereinbarungen", "resolution"),
        ("Gefasste Beschlüsse:", "resolution"),
    ],
)
def test_a_heading_naming_decisions_lists_them(title, kind):
    assert content.decision_section_kind(title) == kind


@pytest.mark.parametrize(
    "title", ["Decision making process", "Decisions and action items", "Outcomes", "Ergebnisse"]
)
def test_a_heading_that_only_mentions_deciding_lists_none(title):
    assert content.decision_section_kind(title) is None


MINUTES = """# Garden club committee, 2 May 2025

## 1. Plant sale

- Ines reported on the stall plans.
- Marek showed the price list.

## 2. Decisions Made:

- Hold the plant sale on 14 June.
- Keep prices as last year.
"""

PROTOKOLL = """Protokoll der Gründungsversammlung, 3. März 2025

Tagesordnung:
1. Satzung des Vereins annehmen
2. Vorstand wählen

Beginn 18:30

1. Angenommen.
2. Angenommen.

Ende 19:10
"""

NUMBERED = """Minutes of the hall committee, 9 April 2025

Present: Ada Brook, Hal Moss, Una Pike

1. The accounts were presented and approved for payment.
The treasurer noted two late invoices. It was agreed to pay them by the end of May.

2. The hall hire rates were discussed.
Hal will ask the other halls what they charge.
"""


def test_the_layout_holds_the_decisions():
    r = parse_text(MINUTES, fmt="md")
    found = [(d["text"], d["kind"]) for item in r["agenda"] for d in item["decisions"]]
    assert found == [
        ("Hold the plant sale on 14 June.", "agreement"),
        ("Keep prices as last year.", "agreement"),
    ]
    r = parse_text(PROTOKOLL, fmt="txt")
    assert [len(item["decisions"]) for item in r["agenda"]] == [1, 1]
    r = parse_text(NUMBERED, fmt="txt")
    texts = [[d["text"] for d in item["decisions"]] for item in r["agenda"]]
    assert texts[0] == [
        "The accounts were presented and approved for payment.",
        "It was agreed to pay them by the end of May.",
    ]
    assert texts[1] == []
