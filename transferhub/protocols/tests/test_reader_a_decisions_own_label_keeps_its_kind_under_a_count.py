"""The document's own label decides a decision's kind first, even when a count follows.

Counted votes make an unlabelled agreement a resolution (a vote was taken), but a decision
set under "Die AG Transfer vereinbart:" or "Decision:" stays what its label says — as the
writer of our own protocols writes agreements with their votes, and as the corpus is labelled.
"""

from __future__ import annotations

import pytest

from transferhub.protocols.reader import parse_text

GERMAN = """# Protokoll Arbeitskreis Wege

am 12.03.2024 von 18:00-19:00 Uhr

## 1. Wegeplan

Der Arbeitskreis vereinbart:

Die Geschäftsstelle schickt den Wegeplan an alle Mitglieder.

Abstimmung: 6 ja, 0 nein, 1 Enthaltungen
"""

ENGLISH = """# Minutes of the Garden Club

12 March 2024, 18:00-19:00

## 1. Lawn mower

Decision: The club buys a new lawn mower.

Vote: 5 for, 0 against, 1 abstain
"""

UNLABELLED = """# Minutes of the Garden Club

12 March 2024, 18:00-19:00

## 1. Lawn mower

It was agreed that the club buys a new lawn mower.

Vote: 5 for, 0 against, 1 abstain
"""


def _decisions(text):
    return [
        (d["kind"], d["votes"]) for item in parse_text(text)["agenda"] for d in item["decisions"]
    ]


@pytest.mark.parametrize(
    ("text", "votes"),
    [(GERMAN, {"yes": 6, "no": 0, "abstain": 1}), (ENGLISH, {"yes": 5, "no": 0, "abstain": 1})],
    ids=["de-lead", "en-label"],
)
def test_a_labelled_agreement_keeps_its_kind_and_gains_its_count(text, votes):
    assert _decisions(text) == [("agreement", votes)]


def test_an_unlabelled_agreement_with_a_count_is_a_resolution():
    assert _decisions(UNLABELLED) == [("resolution", {"yes": 5, "no": 0, "abstain": 1})]
