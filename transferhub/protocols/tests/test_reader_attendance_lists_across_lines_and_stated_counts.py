"""Those present: a list carried over several lines, names joined by "und"/"and", counts stated."""

import pytest

from transferhub.protocols.reader import parse_text, read_protocol
from transferhub.protocols.reader.people import attendance_text, label_count, stated_count


def _count(text: str, name: str = "m.md") -> int | None:
    return read_protocol(text.encode(), filename=name)["participant_count"]


def test_a_list_goes_on_below_its_label_until_a_blank_line():
    en = """Minutes of the technical committee, 4 March 2025

Present: Orla Finch, Piet Hagen, Rufus Amberg,
Selma Ivers, Tove Lind, Ugo Marchetti,
Vera Nolan

Absent: Wim Ostrander

1. Minutes of the last meeting were accepted.
"""
    de = """Protokoll der Vorstandssitzung vom 04.03.2025

Anwesend: Orla Finch, Piet Hagen, Rufus Amberg, Selma
Ivers, Tove Lind und Ugo Marchetti

TOP 1 Begrüßung
"""
    assert _count(en) == 7
    assert _count(de) == 6  # "Selma" / "Ivers" wrapped is one name; "und" separates


def test_members_below_the_label_and_one_person_a_line_with_their_office():
    members = attendance_text(
        "Members", ["Orla Finch, Piet Hagen, Rufus", "Amberg, Selma Ivers.", "", "1) Welcome"]
    )
    offices = attendance_text(
        "Orla Finch, President",
        ["Piet Hagen, Vice President", "Rufus Amberg, Board Member", "", "Absent: None."],
    )
    assert members == "Orla Finch, Piet Hagen, Rufus Amberg, Selma Ivers"
    assert offices == (
        "Orla Finch (President); Piet Hagen (Vice President); Rufus Amberg (Board Member)"
    )


def test_a_list_stops_at_the_next_label_or_a_list_of_another_kind():
    assert attendance_text("Orla Finch, Piet Hagen", ["Protokoll: Piet Hagen"]) == (
        "Orla Finch, Piet Hagen"
    )
    assert attendance_text("Orla Finch", ["- Piet Hagen"]) == "Orla Finch"
    # A sentence below the names is no name.
    assert attendance_text("Orla Finch, Piet Hagen", ["The chair opened the meeting."]) == (
        "Orla Finch, Piet Hagen"
    )


def test_those_excused_are_not_counted():
    assert attendance_text("Orla Finch, Piet Hagen; entschuldigt: Rufus Amberg", []) == (
        "Orla Finch, Piet Hagen"
    )
    assert attendance_text("Orla Finch, Piet Hagen (excused), Rufus Amberg", []) == (
        "Orla Finch, Rufus Amberg"
    )


def test_a_stated_number_counts_members_and_guests():
    assert label_count("12 Mitglieder (davon 11 stimmberechtigt) und zwei Gäste") == 14
    assert label_count("9 members and 3 guests") == 12
    assert label_count("9 of 11 members") == 9
    assert label_count("zwölf Mitglieder") == 12
    assert label_count("Orla Finch, Piet Hagen") is None
    # The count's words are read on the line below when the bracket is still open.
    text = attendance_text(
        "12 Mitglieder (davon 11 stimmberechtigt, ein Mitglied wird",
        ["per Vollmacht vertreten) und zwei Gäste", "Protokoll: Piet Hagen"],
    )
    assert label_count(text) == 14


def test_counts_stated_in_a_sentence_or_beside_a_heading():
    assert stated_count(["Quorum: 9 of 11 present"]) == 9
    assert stated_count(["Sechs der acht Vereinsmitglieder sind anwesend."]) == 6
    assert stated_count(["Anwesend: 24 stimmberechtigte von 70 Mitgliedern."]) == 24
    assert stated_count(["Anwesend sind 12 Mitglieder und 2 Gäste."]) == 14
    assert stated_count(["#### Anwesende Mitglieder (12)"]) == 12
    assert stated_count(["Members present (9):"]) == 9
    assert stated_count(["14 ppl attended"]) == 14
    # The board's quorum is not everyone there, nor is a vote.
    assert stated_count(["Es sind 2 von 4 Vorstandsmitgliedern anwesend."]) is None
    assert stated_count(["5 der anwesenden Mitglieder stimmen zu."]) is None


def test_minutes_with_a_stated_count_german_and_english():
    de = """Protokoll der Mitgliederversammlung vom 04.03.2025

Anwesend: 12 Mitglieder (davon 11 stimmberechtigt, ein Mitglied wird
per Vollmacht vertreten) und zwei Gäste
Protokoll: Piet Hagen

TOP 1 Begrüßung
"""
    en = """Minutes of the board, 4 March 2025

Quorum: 7 of 9 present.

1. Welcome
"""
    assert _count(de) == 14
    assert _count(en) == 7


def test_names_in_columns_or_run_together_by_a_pdf_are_names_apart():
    columns = attendance_text(
        "", ["Orla Finch        Piet Hagen", "Rufus Amberg      Selma Ivers", "", "1. Welcome"]
    )
    run_together = attendance_text(
        "Orla Finch Piet Hagen", ["  Rufus Amberg Selma Ivers", "  Tove Lind", "", "REGRETS: Wim"]
    )
    assert columns == "Orla Finch, Piet Hagen, Rufus Amberg, Selma Ivers"
    assert run_together == "Orla Finch, Piet Hagen, Rufus Amberg, Selma Ivers, Tove Lind"
    # Words of a group are not split into names.
    assert attendance_text("All Board Members Present", []) == "All Board Members Present"


def test_guests_named_on_the_same_line_count_too():
    en = """Minutes of the board, 4 March 2025

Present: Orla Finch; Piet Hagen and Rufus Amberg. Guests: Tove Lind. Apologies: Wim Ostrander.

1. Welcome
"""
    de = """Protokoll der Vorstandssitzung vom 04.03.2025

Anwesend: Orla Finch, Piet Hagen; Gäste: Tove Lind; entschuldigt: Wim Ostrander

TOP 1 Begrüßung
"""
    assert _count(en) == 4
    assert _count(de) == 3


def test_named_people_and_unnamed_guests_and_those_present_as_an_adjective():
    en = """Minutes of the board, 4 March 2025

Present: Orla Finch, Piet Hagen, and 3 guests

1. Welcome
"""
    assert _count(en) == 5
    assert stated_count(["Der Vorsitzende begrüßt die 23 anwesenden Mitglieder."]) == 23
    assert stated_count(["Es sind 12 anwesende Personen."]) == 12


@pytest.mark.parametrize(
    ("names", "n"),
    [
        # A PDF wraps the sentence inside the last name: "… and County Councillor Joseph" /
        # "Davies.": the lone word ending the list is that person's family name.
        (
            "Councillors Mared Pugh, Hywel Rees, Dilys Morgan and County Councillor Ieuan\nPowell.",
            4,
        ),
        ("Wiebke Sandmann, Olek Brandt, Ines Corvin und Tarik\nOsei.", 4),
        # A full name on the next line is a person of its own.
        ("Wiebke Sandmann, Olek Brandt, Ines Corvin and\nTarik Osei.", 4),
    ],
)
def test_a_family_name_wrapped_alone_onto_the_next_line_ends_the_last_name(names, n):
    text = f"# Minutes of 3 March 2022\n\n# PRESENT\n\n{names}\n\n1. WELCOME\nAll welcomed.\n"
    assert parse_text(text, fmt="md")["participant_count"] == n
