"""A commitment ("Steve to draft …") is a task also after its topic or a short clause."""

import pytest

from transferhub.protocols.reader import read_protocol

HEADER = """# Steering committee meeting 30 November 2021

Attendees:
* Steve Winslow
* Greg Denton
* Anna Beispiel

## 1. Minutes

"""


def _tasks(line: str) -> list[tuple[str | None, str]]:
    r = read_protocol((HEADER + line + "\n").encode(), filename="x.md")
    return [(t["owner"], t["text"]) for a in r["agenda"] for t in a["tasks"]]


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        ("* Publishing summaries of the minutes: Steve to draft and submit them", "Steve"),
        ("* Plugin messaging: no progress, Greg to check it out.", "Greg"),
        ("* No progress, Greg to check it out.", "Greg"),
        ("* Budget: Anna will ask the foundation for the figures.", "Anna"),
    ],
)
def test_a_commitment_after_a_topic_or_a_clause_is_a_task(line, owner):
    got = _tasks(line)
    assert [o for o, _ in got] == [owner]


@pytest.mark.parametrize(
    "line",
    [
        "* Release: nothing to report.",
        "* Travel: the plan to move is on hold.",
        "* Meanwhile, Nobody to blame for the delay",
    ],
)
def test_a_topic_without_someone_present_committing_is_no_task(line):
    assert _tasks(line) == []
