"""Staff and non-members named among those present count, each once with their office.

"Staff: Marlon Romero, Acting Library Director" / "Lori Amaya, Recording Secretary" below the
roll call (Alameda Free Library Board) and "Non-board members: Plato Smith" below "Board
Members: …" (UF Carpentries Club), "Nicht-Mitglieder: …" in German, name people who were there; an office that names its field
first ("Acting Library Director", "Recording Secretary") is the person's, no one else.
"""

from __future__ import annotations

from transferhub.protocols.reader import parse_text


def _names(text: str, fmt: str = "txt") -> list[str]:
    return [p["name"] for p in parse_text(text, fmt=fmt)["participants"]]


def test_english_staff_below_the_roll_call():
    text = (
        "MINUTES OF THE LIBRARY BOARD MEETING\nWEDNESDAY, SEPTEMBER 13, 2023\n\n"
        "ROLL CALL Present: Sara Strick, President\nThushan Amara, Vice President\n"
        "Anita Battle, Board Member\n\nAbsent: None.\n\n"
        "Staff: Marlon Romer, Acting Library Director\nLori Amay, Recording Secretary\n\n"
        "# PUBLIC COMMENT\n\nNone.\n\n# CONSENT CALENDAR\n\nApproved.\n"
    )
    assert _names(text) == [
        "Sara Strick",
        "Thushan Amara",
        "Anita Battle",
        "Marlon Romer",
        "Lori Amay",
    ]


def test_english_non_board_members_below_the_board():
    text = (
        "# UF Board Meeting, Feb. 19, 2019\n\n## Attendees\nChair: Elise\nSecretary: Joe\n"
        "Board Members: Hao Ye, Gaurav Vaidya\nNon-board members: Plato Smith\n\n"
        "## Agenda\n\n* Approve previous minutes\n* Scoring criteria\n"
    )
    assert parse_text(text, fmt="md")["participant_count"] == 5


def test_german_staff_and_non_members():
    text = (
        "Protokoll der Vorstandssitzung vom 03.02.2025\n\n"
        "Vorstandsmitglieder anwesend: Anna Berg, Ben Keller\n"
        "Nicht-Mitglieder: Carla Diaz, Dora Ek\n\n"
        "TOP 1 Begrüßung\n\nText.\n\nTOP 2 Finanzen\n\nText.\n"
    )
    assert parse_text(text, fmt="txt")["participant_count"] == 4
