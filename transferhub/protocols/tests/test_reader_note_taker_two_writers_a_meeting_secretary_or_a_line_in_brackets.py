"""The note-taker in the label forms new minutes use, wherever the label stands.

Two writers after one label ("Protokollant: Frank Röhr, Markus Maevus" at Morgengrauen,
"Minutes recorded by: Aidan, Michael" at Altspace, "Protokoll: Anna-Lena Grimm, Astrid
Emde" at FOSSGIS, "Meeting secretary: @sjn & @tux" at the CPAN security group) are both
named, in the document's order. "Meeting secretary: …" (CPAN) and "Secretary of the
meeting: ____ Name" (EEF, Bytecode Alliance) label the writer as "Secretary:" does; a label
line in brackets ("(Notes taken by Matt Bacchi)", "(Minutes taken by Frank)") reads as
without them; a label opening the minutes is no title. Two signatures side by side, each
with its role ("Sarah Franke (Versammlungsleitung)   Michael Prange (Protokollführung)"),
name the writer by the full name the sentence above gave only the first name of.
"""

from __future__ import annotations

import pytest

from transferhub.protocols.reader import parse_text

GERMAN_BODY = "### Tagesordnung\n\n1. Begrüßung\n2. Bericht\n\n### 1. Begrüßung\n\nText.\n\n### 2. Bericht\n\nText.\n"
ENGLISH_BODY = (
    "## Agenda\n\n1. Welcome\n2. Budget\n\n## 1. Welcome\n\nText.\n\n## 2. Budget\n\nText.\n"
)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Protokollant: Frank Beispiel, Markus Muster\n\n" + GERMAN_BODY, "Frank Beispiel, Markus Muster"),
        ("# Mitgliederversammlung\n\nProtokoll: Anna-Lena Berg, Astrid Muster\n\n" + GERMAN_BODY,
         "Anna-Lena Berg, Astrid Muster"),
        ("# Members meeting\n\nMinutes recorded by: **Aidan, Michael**\n\n" + ENGLISH_BODY, "Aidan, Michael"),
        ("# Board meeting\n\nMinutes taken by: Jane Doe and John Roe\n\n" + ENGLISH_BODY, "Jane Doe, John Roe"),
        ("# Meeting\n\n- Meeting chair: @tux\n- Meeting secretary: @sjn & @book\n\n" + ENGLISH_BODY, "sjn, book"),
    ],
)  # fmt: skip
def test_two_writers_after_one_label_are_both_named(text, who):
    assert parse_text(text, fmt="md")["note_taker"] == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("# Sitzung\n\nProtokoll: Jane Doe, Vorstand\n\n" + GERMAN_BODY, "Jane Doe"),
        ("# Board\n\nSecretary: Jane Doe, Treasurer\n\n" + ENGLISH_BODY, "Jane Doe"),
    ],
)
def test_a_name_and_a_role_after_the_label_name_one_writer(text, who):
    assert parse_text(text, fmt="md")["note_taker"] == who


def test_the_meeting_secretary_and_not_the_next_ones():
    text = (
        "# Security group\n\n### Welcome\n\n- Meeting chair: Salve Example (@salve)\n"
        "- Meeting secretary: Timothy Example (@timex)\n\n"
        + ENGLISH_BODY
        + "\n### Elect next meeting chair and secretary\n\n- Next meeting secretary: @salve\n"
    )
    assert parse_text(text, fmt="md")["note_taker"] == "Timothy Example"


def test_the_secretary_of_the_meeting_signing_on_a_line():
    text = (
        "Minutes of a Regular Meeting of the Board of Directors\n\n"
        + ENGLISH_BODY
        + "\nDated February 3, 2022\n\n"
        "Secretary of the meeting: ______________________Sebastian Example\n\nAttachments: None\n"
    )
    assert parse_text(text)["note_taker"] == "Sebastian Example"


@pytest.mark.parametrize("line", ["(Notes taken by Matt Example)", "(Protokoll: Matt Example)"])
def test_a_label_line_in_brackets(line):
    text = "# Minutes for March 18 2022\n\n" + line + "\n\n" + ENGLISH_BODY
    assert parse_text(text, fmt="md")["note_taker"] == "Matt Example"


def test_signatures_side_by_side_give_the_writer_in_full():
    text = (
        "# Mitgliederversammlung\n\n"
        + GERMAN_BODY
        + "\n- Mit Einverständnis übernahm Michael die Protokollführung.\n\n"
        "Die Versammlung wurde um 16:18 Uhr geschlossen.\n\nGütersloh, 22. Februar 2025\n\n"
        "Sarah Beispiel (Versammlungsleitung)   Michael Muster (Protokollführung)\n"
    )
    assert parse_text(text, fmt="md")["note_taker"] == "Michael Muster"
