"""The note-taker and the number of those present are found in the forms groups write them."""

import pytest

from transferhub.protocols.reader import parse_text, people


def taker(*lines: str, body_start: int = 99) -> str | None:
    return people.note_taker(list(lines), body_start=body_start)[0]


@pytest.mark.parametrize(
    "line",
    [
        "Protokoll: Anna Beispiel",
        "**Protokollant*in:** Anna Beispiel",
        "Protokollführerin: Frau Dr. Anna Beispiel",
        "- Schriftführer: Anna Beispiel (Vorstand)",
        "Minutes taken by Anna Beispiel",
        "Minute taker: Anna Beispiel",
        "Notes by: Anna Beispiel",
        "Scribe - Anna Beispiel",
        "| Protokoll | Anna Beispiel |",
        "| Leitung | Ben Keller | Protokoll | Anna Beispiel |",
        "| Protokoll | Anna Beispiel | Leitung | Ben Keller |",
        "Sitzungsleitung: Ben Keller, Protokoll: Anna Beispiel",
        "Anna Beispiel führt Protokoll.",
        "Das Protokoll führt Anna Beispiel.",
        "Anna Beispiel took the minutes.",
        "Minutes were taken by Anna Beispiel.",
        "gez. Anna Beispiel (Protokollführerin)",
        "Anna Beispiel scribe, Ben Keller to facilitate",
        "Anna Beispiel is note taker today.",
        "Anna Beispiel als Protokollantin",
    ],
)
def test_the_note_taker_is_named_by_every_common_label_and_sentence(line):
    assert taker(line) == "Anna Beispiel"


def test_the_name_on_the_line_under_a_label_is_the_note_taker():
    assert taker("**Protokoll:**", "", "Anna Beispiel") == "Anna Beispiel"


@pytest.mark.parametrize(
    "lines",
    [
        ("gez. Anna Beispiel",),
        ("gez. Ben Keller", "(Vorsitzender)"),
        ("Protokoll: Genehmigung des letzten Protokolls",),
        ("Minutes: The minutes of the last meeting were approved.",),
        ("Notes: see the shared document",),
        ("* Secretary", "  * Jane Doe"),
        ("Mit einer Enthaltung als Protokollant angenommen.",),
    ],
)
def test_signatures_roles_and_other_text_name_no_note_taker(lines):
    assert taker(*lines) is None


def test_a_signature_labelled_as_the_minutes_names_the_note_taker():
    assert taker("gez. Anna Beispiel", "Protokollführerin") == "Anna Beispiel"


def test_the_header_label_wins_over_one_in_the_text():
    assert taker("Protokoll: Anna Beispiel", "x", "Protokoll: Ben Keller", body_start=1) == (
        "Anna Beispiel"
    )


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("Anwesend (12): Anna, Ben", 12),
        ("Es sind 12 stimmberechtigte Mitglieder anwesend.", 12),
        ("There were 14 attendees.", 14),
        ("9 members present", 9),
        ("Teilnahme: 23 Personen", 23),
    ],
)
def test_a_stated_number_of_those_present_is_read(line, count):
    assert people.stated_count([line]) == count


def test_a_number_without_attendance_words_is_no_count():
    assert people.stated_count(["Der Verein hat 120 Mitglieder."]) is None


def test_minutes_state_the_note_taker_at_the_end_and_count_the_list():
    text = (
        "# Protokoll der Vorstandssitzung vom 3. März 2022\n\nAnwesend: Anna, Ben, Clara\n\n"
        "## 1. Kasse\n\nText.\n\n## 2. Sonstiges\n\nText.\n\nProtokollantin: Clara Probe\n"
    )
    r = parse_text(text, fmt="md")
    assert (r["note_taker"], r["participant_count"]) == ("Clara Probe", 3)
    assert "Clara Probe" not in r["agenda"][-1]["minutes"]


def test_a_handle_after_a_strong_label_is_the_note_taker():
    assert taker("- Scribe: mark") == "mark"
    assert taker("Minute taker: @jdoe") == "jdoe"


def test_the_roll_call_under_the_first_item_counts_those_present():
    text = (
        "# Committee Minutes 2019-04-16\n\n## 0. Opening\nMeeting opened at 7:40 PM.\n\n"
        "Attendance\nPresent: Ben, Nick, James, Peter\nApologies: Margaret, Paul\n\n"
        "## 1. Finances\nFine.\n"
    )
    assert parse_text(text, fmt="md")["participant_count"] == 4


def test_attendees_in_a_header_table_row_are_counted():
    text = (
        "# Committee meeting 9 July 2024\n\n| Attendees: | Holly Packer (HP), Matty Widdop (MW), "
        "Leo Bishop (LB) |\n|---|---|\n\n## 1. Apologies\nNone.\n\n## 2. Budget\nFine.\n"
    )
    assert parse_text(text, fmt="md")["participant_count"] == 3


def test_an_attending_heading_lists_those_present():
    text = (
        "# TSC Meeting, October 5, 2023\n\n## Attending\n\n- Jane Doe (@jdoe) - TSC\n"
        "- John Roe (@jroe) - TSC\n\n## Topics\n\n### Release\n\nSoon.\n\n### Docs\n\nLater.\n"
    )
    assert parse_text(text, fmt="md")["participant_count"] == 2


@pytest.mark.parametrize(
    ("lines", "who"),
    [
        (("@sam3k took notes.",), "sam3k"),
        (("@nzakas moderated, and @jdoe took notes.",), "jdoe"),
        (("* SimJoSt - Protokollant",), "SimJoSt"),
        (("Protokollant.in:", "", "Michael Prange"), "Michael Prange"),
    ],
)
def test_handles_nicknames_and_dotted_gender_forms_name_the_note_taker(lines, who):
    assert taker(*lines) == who


def test_a_secretary_in_a_list_of_elected_officers_is_no_note_taker():
    lines = ("- President: Peter Reutemann", "- Vice President: Chris", "- Secretary: Ian Stewart",
             "- Treasurer: Rod")  # fmt: skip
    assert taker(*lines) is None


def test_minuting_beside_a_name_in_the_attendees_marks_the_note_taker():
    text = (
        "# Committee Meeting 9 July 2024\n\nAttendees: Holly Packer (HP) (Chairing), "
        "Marcus Gustafsson (MG) (Minuting), Leo Bishop (LB)\n\n## 1. Budget\nFine.\n\n"
        "## 2. Events\nMany.\n"
    )
    assert parse_text(text, fmt="md")["note_taker"] == "Marcus Gustafsson"


@pytest.mark.parametrize(
    "head",
    ["**Present**:\n\n", "**Present**\n\n", "Anwesende Mitglieder\n\n", "## Teilnehmende\n"],
)
def test_a_label_alone_on_its_line_opens_the_list_of_those_present(head):
    text = (
        f"# Protokoll vom 3. März 2022\n\n{head}Anna Beispiel, Ben Keller, Clara Probe\n\n"
        "## 1. Kasse\n\nText.\n\n## 2. Rest\n\nText.\n"
    )
    assert parse_text(text, fmt="md")["participant_count"] == 3


def test_none_among_the_guests_is_nobody_and_a_new_topic_ends_the_list():
    text = (
        "# Protokoll vom 3. März 2022\n\n## Attending\n\n- Brian\n- Daniel\n\n"
        "- Doodle? Nicolo: Tuesday 11:30am\n\n### Gäste\nkeine\n\n## 1. Kasse\n\nText.\n\n"
        "## 2. Rest\n\nText.\n"
    )
    assert parse_text(text, fmt="md")["participant_count"] == 2
