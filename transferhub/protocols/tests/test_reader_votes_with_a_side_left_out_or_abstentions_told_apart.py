"""Vote counts that leave a side out, or tell the abstentions apart from yes and no.

"mit 34 Stimmen dafür und 1 Enthaltung" names no votes against: there were none. "mit 7 zu 2
Stimmen bei 1 Enthaltung" and "by 10 votes to 2, with 1 abstention" give yes and no in one
form and the abstentions after it. An item that opens with the outcome ("The motion passed
with 9 votes in favour, …") has that outcome as its decision, with no motion above it.
"""

from __future__ import annotations

import pytest

from transferhub.protocols.reader import parse_text


def _decisions(line: str) -> list[tuple[str, dict | None]]:
    text = (
        f"# Protokoll\n\n12.03.2024\n\n## TOP 1 Haushalt\n\n{line}\n\n## TOP 2 Sonstiges\n\nText.\n"
    )
    return [
        (d["kind"], d["votes"]) for item in parse_text(text)["agenda"] for d in item["decisions"]
    ]


@pytest.mark.parametrize(
    ("line", "votes"),
    [
        ("Der Haushalt wird mit 34 Stimmen dafür und 1 Enthaltung angenommen.", (34, 0, 1)),
        ("Der Antrag wurde mit 7 zu 2 Stimmen bei 1 Enthaltung angenommen.", (7, 2, 1)),
        ("The budget was approved by 10 votes to 2, with 1 abstention.", (10, 2, 1)),
        ("The motion passed with 9 votes in favour, 1 against and 2 abstentions.", (9, 1, 2)),
        ("The proposal carried with 6 in favour and 2 abstentions.", (6, 0, 2)),
    ],
)
def test_the_count_is_read_whole(line, votes):
    yes, no, abstain = votes
    assert _decisions(line) == [("resolution", {"yes": yes, "no": no, "abstain": abstain})]


def test_a_count_of_abstentions_alone_is_no_vote():
    assert _decisions("Es gab 2 Enthaltungen in der Diskussion, aber keinen Antrag.") == []
