"""Labels of those present however they are set, the number in brackets, and rows of absentees.

A label set in italics ("_Roll Call: Andrew R., James_", UBC CSSS), with a semicolon
("Present; Sheila Freeman (SF), …", Friends of Halesworth Library) or a full stop after the
word in capitals ("PRESENT. Chairman, V.Chairman & Messrs …", Stoke Ferry PC) reads as with a
colon. "were present (9/11):" and "Anwesend (7 von 9):" state the number (Erlang Ecosystem
Foundation). An office after a name ("Alan Holzer, Chair (AHol)") is that person's. A table
row marked "Absent" / "entschuldigt" names no one there (SP Johnson Boosters). Names with
notes in brackets run over the lines ("Felix K. (ab 11:20 Uhr), …," / "…") all count
(Makerspace Gütersloh).
"""

from __future__ import annotations

import pytest

from transferhub.protocols.reader import parse_text


def _count(text: str, fmt: str = "md") -> int | None:
    return parse_text(text, fmt=fmt)["participant_count"]


@pytest.mark.parametrize(
    "line",
    [
        "_Roll Call: Andrew R., James, Jake, Mark L._",
        "*Anwesend: Andrew R., James, Jake, Mark L.*",
        "Present; Andrew Rhodes, James Bell, Jake Moss, Mark Lee",
        "Anwesend; Andrew Rhodes, James Bell, Jake Moss, Mark Lee",
        "PRESENT. Andrew Rhodes, James Bell, Jake Moss and Mark Lee.",
    ],
)
def test_a_label_in_italics_or_with_other_punctuation(line):
    text = f"Minutes of the meeting of 14 September 2005\n\n{line}\n\n1. Clothing\n\nText.\n"
    assert _count(text, "txt") == 4


def test_a_semicolon_after_the_label_and_offices_after_the_names():
    text = (
        "# Minutes of Trustees Meeting of 26 th January 2016\n\n"
        "Present; Sheila Freeman (SF), Alan Holzer, Chair (AHol), Arlene Roberts (AR),\n"
        "David Olds, Treasurer (DO)\n\n1. Apologies; David Thomas\n\n2 Minutes\n\nText.\n"
    )
    result = parse_text(text, fmt="md")
    assert result["participant_count"] == 4
    assert "Chair" not in [p["name"] for p in result["participants"]]


@pytest.mark.parametrize(
    "line",
    [
        "The following members of the board were present (3/5): Anna Berg, Ben Keller,",
        "Folgende Vorstandsmitglieder waren anwesend (3 von 5): Anna Berg, Ben Keller,",
    ],
)
def test_the_number_in_brackets_after_present(line):
    text = (
        "# Minutes of a Regular Meeting of the Board, February 3, 2022\n\n## Attendance\n\n"
        f"{line}\nCarla Diaz (joined after item 1).\n\n## Agenda Items\n\n1. Minutes.\n"
    )
    assert _count(text) == 3


@pytest.mark.parametrize(
    ("head", "absent"),
    [("| Name | Role | Status |", "Absent"), ("| Name | Amt | Status |", "entschuldigt")],
)
def test_a_table_row_marked_absent_names_no_one_there(head, absent):
    text = (
        "# Board Meeting Summary\n## June 3, 2026\n\n## Attendance\n\n"
        f"{head}\n|---|---|---|\n| Eric Moberg | Secretary | Present |\n"
        f"| Colin Moore | Member | Present |\n| Jim Taylor | President | {absent} |\n\n"
        "## Summary\n\nText.\n"
    )
    assert _count(text) == 2


def test_names_with_notes_in_brackets_run_over_the_lines():
    german = (
        "Es versammelten sich heute, am 14. März 2026 um 11:00 Uhr, die Mitglieder.\n\n"
        "### Anwesende Mitglieder\n\nBirgit Peitz, Felix Kupfer (ab 11:20 Uhr), Klaus Groß, \n"
        "Kurt Gram (ab 11:20 Uhr, bis 12:52 Uhr), Martin Teuber, \nRalf Ehlers, Tim Laker\n\n"
        "## 1. Begrüßung\n\nText.\n\n## 2. Kassenbericht\n\nText.\n"
    )
    english = (
        "# Annual meeting, 14 March 2026\n\n### Members present\n\n"
        "Birgit Peel, Felix Cooper (from 11:20 am), Klaus Gross, \n"
        "Kurt Graham (left at 12:52 pm), Martin Tucker, \nRalf Ellis, Tim Lake\n\n"
        "## 1. Welcome\n\nText.\n\n## 2. Accounts\n\nText.\n"
    )
    assert _count(german) == 7
    assert _count(english) == 7
