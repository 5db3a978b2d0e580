"""A matter put off is a postponement whatever verb moves it ("agreed to move this item to
the March meeting", "carry it over to the next meeting", "push the rota back to next week",
"auf die nächste Sitzung verlegen", "…; both were deferred to the next meeting"); an
election or an approval told in the present is decided ("Jonathan and Issy are elected");
what was put to a vote and how it went closes a sentence ("The governance changes (PR 130)
passed.", "The bylaw amendment failed."). A rule ("The chair is elected annually"), a
relative clause ("Members who are elected serve two years") and a verb that does not close
the sentence ("Several changes passed review") decide nothing."""

import pytest

from transferhub.protocols.reader import decisions, parse_text


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("It was agreed to move this agenda item to the March meeting.", "postponement"),
        ("We agreed to carry it over to the next meeting.", "postponement"),
        ("The group agreed to push the rota back to next week.", "postponement"),
        ("Wir einigen uns, das Thema auf die nächste Sitzung zu verlegen.", "postponement"),
        ("The two grant requests were discussed; both were deferred to the next meeting.",
         "postponement"),
        ("It was agreed to move the bins to the car park.", "agreement"),
        ("Jonathan Ferreira and Issy Dunne are elected.", "resolution"),
        ("Anna Kovacs is elected chair.", "resolution"),
        ("The budget is approved.", "agreement"),
        ("The governance changes (<https://example.org/pull/130>) passed.", "resolution"),
        ("The bylaw amendment failed.", "rejected"),
    ],
)  # fmt: skip
def test_the_sentence_decides(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "The chair is elected annually by the members.",
        "Members who are elected serve two years.",
        "Several changes passed review last week.",
        "Both were passed to the treasurer.",
    ],
)
def test_a_rule_a_relative_clause_or_a_review_decides_nothing(sentence):
    assert decisions.sentence_kind(sentence) is None


MINUTES = """# Annual general meeting, 12 April 2025

## Elections

- Election of the committee

  Jonathan Ferreira and Issy Dunne are elected.

## Voting results

- Governance changes

  The governance changes (<https://example.org/pull/130>) passed.

## Hall

It was agreed to move this agenda item to the May meeting.
"""


def test_the_minutes_record_them():
    r = parse_text(MINUTES, fmt="md")
    kinds = [[d["kind"] for d in item["decisions"]] for item in r["agenda"]]
    assert kinds == [["resolution"], ["resolution"], ["postponement"]]
