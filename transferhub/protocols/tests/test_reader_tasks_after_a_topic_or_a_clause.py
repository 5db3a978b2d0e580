"""A commitment ("Steve to draft …") is a task also after its topic or a short clause."""

import pytest

from transferhub.protocols.reader import read_protocol

HEADER = """# Steering committee meeting 30 November 2021

Attendees:
* Steve Winslow
* Greg Denton
* Gregor Muster
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


def test_a_mention_of_everyone_is_no_owner():
    got = _tasks('* Gregor übernimmt das, schreibt "@all" in "Ankündigungen"')
    assert [o for o, _ in got] == ["Gregor"]


def test_a_commitment_after_a_sentence_ending_in_a_year():
    got = _tasks("Some corrections are still needed for 2010-2011. Steve to pass on the documents.")
    assert [o for o, _ in got] == ["Steve"]


def test_names_ticked_in_a_checklist_are_no_tasks():
    got = _tasks("- [x] Greg\n- [ ] Anna\n- [ ] Steve to send the invoice")
    assert [o for o, _ in got] == ["Steve"]
