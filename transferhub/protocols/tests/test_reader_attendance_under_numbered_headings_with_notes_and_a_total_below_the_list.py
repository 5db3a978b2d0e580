"""Attendance under a numbered heading ("### 2.1 Participants", "## 3. Anwesenheit"), its groups
under lower numbered headings with a note between them ("Note: Observers who …"), and a total
stated right below the list ("13 people in total", "Insgesamt 6 Teilnehmende"), which wins over
the names listed. A total of something else ("Total: 5 votes") is none, and a line opening
with "None" ("None changed.") under a lower heading of the section names no one. Texts invented.
"""

import pytest

from transferhub.protocols.reader import parse_text


def count(text: str) -> int | None:
    return parse_text(text, fmt="md")["participant_count"]


def test_groups_under_a_numbered_attendance_heading_count_and_a_note_between_them_is_no_one():
    text = (
        "# Working group meeting 2022-03-03\n\n## 1. Call to order\n\nOpened at 13:05.\n\n"
        "## 2. Roll call\n\nEveryone recorded their attendance.\n\n### 2.1 Participants\n\n"
        "#### 2.1.1 Voting Members Present\n\nWiebke Sandmann (Acme)\nOlek Brandt (Initech)\n"
        "Ines Corvin (Individual)\n\n#### 2.1.2 Members Present\n\nNone\n\n"
        "#### 2.1.3 Observers present\n\nNote: Observers ready to become members should write "
        "to the chair.\n\nTarik Osei (Globex)\n\n### 2.2 Voting rights\n\nNone changed.\n\n"
        "## 3. Schema review\n\nThe review goes on.\n"
    )
    assert count(text) == 4


def test_a_numbered_german_attendance_heading_opens_the_list():
    text = (
        "# Protokoll vom 03.03.2022\n\n## 1. Begrüßung\n\nHallo.\n\n## 2. Anwesenheit\n\n"
        "- Wiebke Sandmann\n- Olek Brandt\n- Ines Corvin\n\n## 3. Haushalt\n\nBesprochen.\n"
    )
    assert count(text) == 3


TABLE = (
    "| Name | Initials | Affiliation |\n|---|---|---|\n| Wiebke Sandmann | WS | Acme |\n"
    "| Olek Brandt | OB | Initech |\n| Ines Corvin | IC | Globex |\n\n"
)


@pytest.mark.parametrize(
    ("total", "n"),
    [
        ("13 people in total", 13),
        ("Insgesamt 6 Teilnehmende", 6),
        ("Total attendance: 7", 7),
        ("Total: 5 votes", 3),  # a total of something else: the list counts
    ],
)
def test_a_total_right_below_the_list_is_the_count(total, n):
    text = f"# Community call 2022-03-03\n\n## Attendees\n\n{TABLE}{total}\n\n## Announcements\n\n- News\n"
    assert count(text) == n
