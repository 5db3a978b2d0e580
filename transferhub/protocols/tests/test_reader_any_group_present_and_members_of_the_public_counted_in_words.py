"""Any group named as present opens a list, and those counted but not named count, in words too.

"Councillors present: …" (Northwold PC), like "Directors present:" or "Vorstandsmitglieder
anwesend:", is a label of those present; "Not present:" / "Nicht anwesend:" is not. Those
counted without names count whether the number is written in digits or words ("one member of
the public", "plus five members of the public", "together with 4 members of the public",
"a member of the public"; Northwold, Stoke Ferry, West Dereham, Wereham parish councils;
"zwei Gäste"), and the words that join them to the names ("together with", "plus", "sowie")
name nobody. An office after a name ("Judith Taylor, Clerk") is hers, no one else.
"""

from __future__ import annotations

from transferhub.protocols.reader import parse_text


def _count(text: str) -> int | None:
    return parse_text(text, fmt="txt")["participant_count"]


def test_an_english_group_present_with_others_and_the_public_on_one_line():
    text = (
        "Northwold Parish Council - July Meeting\n\n"
        "Councillors present: Cllr R Crisp (Chair); Cllr A Collins; Cllr C Anders "
        "Others Present: Judith Taylor, Clerk; one member of the public Absent: Cllr Peake\n\n"
        "1. Public Forum\n\nNo comments.\n\n2. Planning\n\nIt was agreed to offer no objection.\n"
    )
    result = parse_text(text, fmt="txt")
    assert result["participant_count"] == 5
    assert "Clerk" not in [p["name"] for p in result["participants"]]


def test_english_members_of_the_public_counted_in_digits_and_words():
    together = (
        "Minutes of the meeting held on Thursday 11th March 2004\n\nPresent: Miss Richardson - acting Chairperson, M. Grief, "
        "Mrs. Berry, B. Glover together with 4 members of the public.\n\nApologies: E. Drew.\n\n"
        "Minutes: signed as a correct record.\n"
    )
    plus = (
        "Minutes of the meeting held on 8th November 2001\n\nPresent: Mrs. Lewis, Mr. Ward, Mr. Jagger plus five members "
        "of the public.\n\nMinutes: signed as a correct record.\n"
    )
    single = (
        "Minutes of the meeting held on 9th March 2004\n\nPresent: Mrs. Lewis, Mr. Ward and a member of the public\n\n"
        "Minutes: signed as a correct record.\n"
    )
    assert _count(together) == 8
    assert _count(plus) == 8
    assert _count(single) == 3


def test_a_german_group_present_and_guests_in_words():
    text = (
        "Protokoll der Vorstandssitzung vom 03.02.2025\n\n"
        "Vorstandsmitglieder anwesend: Anna Berg, Ben Keller sowie zwei Gäste\n\n"
        "Nicht anwesend: Carla Diaz\n\nTOP 1 Begrüßung\n\nText.\n\nTOP 2 Finanzen\n\nText.\n"
    )
    result = parse_text(text, fmt="txt")
    assert result["participant_count"] == 4
    assert [p["name"] for p in result["participants"]] == ["Anna Berg", "Ben Keller"]


def test_a_group_not_present_is_no_list_of_those_there():
    text = (
        "Protokoll der Sitzung vom 03.02.2025\n\nNicht anwesend: Carla Diaz, Dora Ek\n\n"
        "Not present: Eva Lind\n\nTOP 1 Begrüßung\n\nText.\n"
    )
    assert _count(text) is None


def test_a_quorum_present_names_nobody():
    english = (
        "Minutes of the meeting of 3 February 2025\n\nQuorum present: yes\n\n1. Welcome\n\n"
        "Text.\n\n2. Budget\n\nText.\n"
    )
    german = (
        "Protokoll der Sitzung vom 03.02.2025\n\nQuorum anwesend: ja\n\nTOP 1 Begrüßung\n\n"
        "Text.\n\nTOP 2 Finanzen\n\nText.\n"
    )
    assert _count(english) is None
    assert _count(german) is None
