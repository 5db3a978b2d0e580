"""The start told as someone opening the meeting, or under "Start of meeting:".

The reader already ended a meeting that someone "closed the meeting at" or that stood under
"Close of meeting:"; the same words open one ("The chair opened the meeting at 7:05 pm").
German has had its active form all along ("Die Vorsitzende eröffnet die Sitzung um …").
"""

from __future__ import annotations

import pytest

from transferhub.protocols.reader import parse_text


def _minutes(line: str) -> str:
    return f"# Minutes\n\n12 March 2024\n\n## 1. Welcome\n\n{line}\n\n## 2. Budget\n\nText.\n"


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("The chair opened the meeting at 7:05 pm.", "19:05"),
        ("Dana Fictive began the session at 18:30 with a welcome.", "18:30"),
        ("Start of meeting: 19:05", "19:05"),
        ("Start of the meeting: 7.10pm", "19:10"),
        ("Die Vorsitzende eröffnet die Sitzung um 19:05 Uhr.", "19:05"),
    ],
)
def test_the_start_is_read_from_who_opened_the_meeting(line, start):
    assert parse_text(_minutes(line))["start"] == start


def test_opening_a_discussion_is_no_start():
    minutes = _minutes("The chair opened the discussion on the budget at 19:40.")
    assert parse_text(minutes)["start"] is None
