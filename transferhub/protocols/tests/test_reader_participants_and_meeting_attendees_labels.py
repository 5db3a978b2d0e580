"""Those present under "Participants:", "Meeting attendees:" or "Meeting participants:"."""

import pytest

from transferhub.protocols.reader import parse_text


@pytest.mark.parametrize(
    ("label", "line"),
    [
        ("Participants:", "Participants: Anna Smith, Ben Jones, Carl Lee"),
        ("a list item", "* Meeting attendees: Anna, Ben, Carl"),
        ("Meeting participants:", "Meeting participants: Anna, Ben, Carl"),
    ],
)
def test_those_present_are_read_under_the_label(label, line):
    text = f"Minutes of 3 May 2021\n\n{line}\n\n## 1. Budget\nText.\n\n## 2. Other\nText.\n"
    result = parse_text(text, fmt="md")
    assert result["participant_count"] == 3, label


def test_participants_in_running_text_are_no_list():
    text = (
        "Minutes of 3 May 2021\n\n## 1. Vote\n"
        "Participants are reminded that the vote is anonymous.\n\n## 2. Other\nText.\n"
    )
    assert parse_text(text, fmt="md")["participant_count"] is None
