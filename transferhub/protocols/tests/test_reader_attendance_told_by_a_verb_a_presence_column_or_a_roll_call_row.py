"""Those present told by a verb ("Present at the meeting were …", "Es nahmen teil: …"), in a
table with a presence column or with columns for those there and away, by roll-call rows,
under compound and guest labels, and as a number after a count label."""

import pytest

from transferhub.protocols.reader import read_protocol

BODY_DE = "\n\n## 1. Kasse\n\nDer Kassenbericht wird vorgestellt.\n\n## 2. Termine\n\nKeine.\n"
BODY_EN = "\n\n## 1. Budget\n\nThe budget was presented.\n\n## 2. Events\n\nNone.\n"
HEAD_DE = "# Protokoll der Vorstandssitzung vom 14.05.2024\n\n"
HEAD_EN = "# Minutes of the Board meeting, 14 May 2024\n\n"


def _count(text: str) -> int | None:
    return read_protocol(text.encode(), filename="x.md")["participant_count"]


@pytest.mark.parametrize(
    "header,body,n",
    [
        (HEAD_EN + "Present at the meeting were Olga Brandt, Piet Sorensen and Rui Alves.",
         BODY_EN, 3),
        (HEAD_EN + "The Board met in the library. Also present were Olga Brandt and Rui Alves.",
         BODY_EN, 2),
        (HEAD_DE + "Es nahmen teil: Jonas Lehr, Mira Vogt, Till Anders", BODY_DE, 3),
        (HEAD_DE + "An der Sitzung nahmen teil:\n\n- Jonas Lehr\n- Mira Vogt", BODY_DE, 2),
        (HEAD_DE + "Teilgenommen haben: Jonas Lehr, Mira Vogt, Till Anders", BODY_DE, 3),
        (HEAD_DE + "Anwesend waren Jonas Lehr, Mira Vogt und Till Anders.", BODY_DE, 3),
        (HEAD_DE + "Jonas Lehr und Mira Vogt sind anwesend.", BODY_DE, 2),
    ],
)  # fmt: skip
def test_a_verb_of_being_there_before_or_after_the_names(header, body, n):
    assert _count(header + body) == n


@pytest.mark.parametrize(
    "header,body",
    [
        (HEAD_DE + "Die meisten Mitglieder waren anwesend.", BODY_DE),
        (HEAD_EN + "Present at the meeting were most of the members.", BODY_EN),
    ],
)
def test_a_verb_of_being_there_before_no_names_counts_no_one(header, body):
    assert _count(header + body) is None


@pytest.mark.parametrize(
    "table,body,n",
    [
        ("| Name | Funktion | anwesend |\n|---|---|---|\n| Jonas Lehr | Vorsitz | x |\n"
         "| Mira Vogt | Kasse | |\n| Till Anders | Beisitz | x |", BODY_DE, 2),
        ("| Name | Role | Present |\n|---|---|---|\n| Olga Brandt | Chair | ✓ |\n"
         "| Piet Sorensen | Treasurer | ✗ |\n| Rui Alves | Member | yes |\n"
         "| Lena Moss | Member | no |", BODY_EN, 2),
        ("| Member | Attended |\n|---|---|\n| Olga Brandt | Y |\n| Piet Sorensen | N |\n"
         "| Rui Alves | Y |", BODY_EN, 2),
        ("| Name | Vorname | Anwesend |\n|---|---|---|\n| Lehr | Jonas | ja |\n"
         "| Vogt | Mira | nein |", BODY_DE, 1),
    ],
)  # fmt: skip
def test_a_table_with_a_presence_column_counts_the_rows_marked(table, body, n):
    head = HEAD_DE if body is BODY_DE else HEAD_EN
    assert _count(head + table + body) == n


@pytest.mark.parametrize(
    "table,body,n",
    [
        ("| Present | Absent |\n|---|---|\n| Olga Brandt | Lena Moss |\n| Piet Sorensen | |\n"
         "| Rui Alves | |", BODY_EN, 3),
        ("| Anwesend | Entschuldigt | Gäste |\n|---|---|---|\n| Jonas Lehr | Till Anders | "
         "Eva Roth |\n| Mira Vogt | | |", BODY_DE, 3),
    ],
)  # fmt: skip
def test_columns_headed_by_those_there_and_those_away(table, body, n):
    head = HEAD_DE if body is BODY_DE else HEAD_EN
    assert _count(head + table + body) == n


def test_a_label_cell_with_one_name_a_row_below_it():
    table = (
        "| Present | Olga Brandt (Chair) |\n|---|---|\n| | Piet Sorensen |\n| | Rui Alves |\n"
        "| Apologies | Lena Moss |\n| | | Action |"
    )
    assert _count(HEAD_EN + table + BODY_EN) == 3


def test_a_table_of_tasks_with_a_status_column_is_no_attendance():
    table = (
        "| Task | Owner | Done |\n|---|---|---|\n| Order chairs | Olga Brandt | x |\n"
        "| Book hall | Rui Alves | |"
    )
    assert _count(HEAD_EN + table + BODY_EN) is None


@pytest.mark.parametrize(
    "header,body,n",
    [
        (HEAD_EN + "Roll call:\nOlga Brandt: present\nPiet Sorensen: absent\nRui Alves: present",
         BODY_EN, 2),
        (HEAD_EN + "Roll Call: Present – Olga Brandt, Piet Sorensen, Rui Alves; Absent – Lena Moss",
         BODY_EN, 3),
        (HEAD_DE + "Anwesenheit:\nJonas Lehr: anwesend\nMira Vogt: entschuldigt", BODY_DE, 1),
    ],
)  # fmt: skip
def test_roll_call_rows_count_those_there(header, body, n):
    assert _count(header + body) == n


@pytest.mark.parametrize(
    "header,body,n",
    [
        (HEAD_DE + "Sitzungsteilnehmer: Jonas Lehr, Mira Vogt, Till Anders", BODY_DE, 3),
        (HEAD_DE + "Anwesend: Jonas Lehr, Mira Vogt\nZu Gast: Eva Roth", BODY_DE, 3),
        (HEAD_EN + "Present: Olga Brandt, Piet Sorensen\nObservers: Rui Alves", BODY_EN, 3),
        (HEAD_EN + "Present: Olga Brandt, Piet Sorensen\nInvited: Rui Alves (auditor)", BODY_EN, 3),
        ("# Board 2024-05-14\n\n## Attendance list\n\n- Olga Brandt\n- Piet Sorensen", BODY_EN, 2),
    ],
)  # fmt: skip
def test_compound_and_guest_labels(header, body, n):
    assert _count(header + body) == n


def test_those_who_did_not_take_part_are_no_list_of_those_present():
    text = HEAD_DE + "Anwesend: Jonas Lehr, Mira Vogt\nNichtteilnehmer: Till Anders" + BODY_DE
    assert _count(text) == 2


@pytest.mark.parametrize(
    "header,body,n",
    [
        (HEAD_DE + "Teilnehmerzahl: 23", BODY_DE, 23),
        (HEAD_DE + "Anzahl Teilnehmende: 17", BODY_DE, 17),
        (HEAD_EN + "Number of people present: 31", BODY_EN, 31),
    ],
)
def test_a_count_label_states_the_number(header, body, n):
    assert _count(header + body) == n
