"""A bulleted list of those present ends where its bullets end; words written small name nobody.

"members:" over "- Neal Wright" / "- Michael Mackenzie" in a page's front matter stops at the
next key ("quorum: satisfied", "chair: …"; RZZT), as a list under "Anwesend:" stops at
"ort: Online". "Pam Wellman and property manager, McKinzie Baker" is two people, the second
named after her role (Heatherstone HOA), as "Pamela Weller und die Hausverwalterin Maria
Becker" is in German; two or more words all written small ("property
manager", "notice: given") are no one's name, a handle alone ("pc (after vote)", Hypha) is.
"""

from __future__ import annotations

from transferhub.protocols.reader import parse_text


def _names(result: dict) -> list[str]:
    return [p["name"] for p in result["participants"]]


def test_a_front_matter_list_of_members_ends_at_the_next_key():
    text = (
        "---\nlayout: meeting\ntitle: Minutes of general meeting\ndate: 2019-04-13 06:00\n"
        "members:\n- Mozart Palmer (also Director)\n- Akhil Jamdar\n- Neal Wright\n"
        "quorum: satisfied\nchair: Mozart Palmer\nnotice: given\nagenda:\n- Special resolutions\n"
        "- Director appointments\n---\n\n## Special resolutions\n\nText.\n\n"
        "## Director appointments\n\nText.\n"
    )
    result = parse_text(text, fmt="md")
    assert result["participant_count"] == 3
    assert "Special resolutions" not in _names(result)


def test_a_german_bulleted_list_ends_at_the_next_key():
    text = (
        "# Vorstandssitzung 2020-08-20\n\nanwesend:\n- Anna Berg\n- Ben Keller\n"
        "ort: Online\nprotokoll: Anna Berg\n\n## TOP 1 Finanzen\n\nText.\n\n## TOP 2 Termine\n\nText.\n"
    )
    result = parse_text(text, fmt="md")
    assert result["participant_count"] == 2


def test_and_before_a_role_written_small_parts_two_people():
    english = (
        "# Board of Trustees, 02-21-2024 6:30pm\n\n1. CALL TO ORDER\n\n- Time: 6:39pm\n"
        "- Present: Chad Hughes, Terri Parker, Pam Wellman and\n  property manager, McKinzie "
        "Baker.\n\n2. APPROVAL OF MINUTES: approved.\n\n3. REMARKS:\n\n- Text.\n"
    )
    german = (
        "# Vorstandssitzung am 21.02.2024\n\nAnwesend: Chad Huber, Terri Peters, Pamela Weller "
        "und\ndie Hausverwalterin Maria Becker\n\n1. Protokoll\n\nText.\n\n2. Finanzen\n\nText.\n"
    )
    result = parse_text(english, fmt="md")
    assert result["participant_count"] == 4
    assert "Pam Wellman" in _names(result) and "McKinzie Baker" in _names(result)
    assert parse_text(german, fmt="md")["participant_count"] == 4


def test_a_handle_with_a_note_still_counts():
    text = (
        "# 2021-04-14 Board Meeting - April 14, 2021\n\nTime: 5:00-6:00pm ET\n"
        "Attending:  bl, el, yj, dc, pc (after vote)\nNotetaker:  bl\n\n## Agenda\n\n"
        "- Articles\n- Transition plan\n\n## Notes\n\n- Text.\n"
    )
    assert parse_text(text, fmt="md")["participant_count"] == 5
