"""Attendance: guests of any kind and remote people in blocks of their own count, a template's
comment between the label and the names is no one, and a room's size is no count.

"Special guests: …" / "Weitere Gäste: …" below the list; "- Attendees: …" as a list item in the
minutes with "- Online: …" below it; "//Tabellarisch oder Aufzählung" (AsciiDoc) or "<!-- … -->"
under "Teilnehmer:"; "Room for 100 participants", "Platz für 40 Personen" state no count. Not
a list: "- Board members: if you are not in the chat, …", "Online: https://…". Texts invented.
"""

import pytest

from transferhub.protocols.reader import parse_text


def count(text: str, fmt: str = "md") -> int | None:
    return parse_text(text, fmt=fmt)["participant_count"]


TABLE = (
    "| Name (Firm) | Present? |\n|---|---|\n| Wiebke Sandmann (Acme) | Yes |\n"
    "| Olek Brandt (Initech) | Yes |\n| Ines Corvin (Globex) | Yes |\n\n"
)


@pytest.mark.parametrize(
    ("label", "guests", "n"),
    [
        ("Special guests", "Tarik Osei (Umbrella), Lena Hartwig (Hooli)", 5),
        ("Special guest", "Tarik Osei (Umbrella)", 4),
        ("Weitere Gäste", "Tarik Osei, Lena Hartwig", 5),
    ],
)
def test_guests_of_any_kind_below_the_list_count_with_it(label, guests, n):
    text = f"## Steering meeting 2022-03-03\n\n### Attendance:\n\n{TABLE}{label}: {guests}\n\n### Agenda:\n\n* Budget\n"
    assert count(text) == n


@pytest.mark.parametrize(
    "sentence",
    [
        "Lena booked a room for 100 participants and catering.",
        "Der Saal bietet Platz für 40 Personen.",
        "The venue holds up to 30 people.",
    ],
)
def test_a_room_or_events_size_is_no_count_of_those_present(sentence):
    text = f"## Steering meeting 2022-03-03\n\n### Attendance:\n\n{TABLE}### Agenda:\n\n* Workshop\n{sentence}\n"
    assert count(text) == 3


def test_a_count_of_those_present_still_counts():
    text = "# Protokoll vom 3.3.2022\n\nEs sind 12 Mitglieder anwesend.\n\n## 1. Start\n\nText.\n"
    assert count(text) == 12


@pytest.mark.parametrize(
    "comment",
    [
        "//Tabellarisch oder Aufzählung, Kennzeichnung von Teilnehmern mit besonderer Rolle",
        "<!-- list everyone who attended, one per line -->",
    ],
)
def test_a_template_comment_between_the_label_and_the_names_is_no_one(comment):
    text = (
        "= Protokoll Gruppe 12\n\nTreffen am 03.03.2022\n\n__Teilnehmer:__\n"
        f"{comment}\n\n- Wiebke Sandmann\n- Olek Brandt\n- Ines Corvin\n\n== Bemerkungen\n\n- Text\n"
    )
    assert count(text, "txt") == 3


@pytest.mark.parametrize(
    ("present", "remote"),
    [
        ("attendee", "on-line"),
        ("Attendees", "Remote"),
        ("Anwesend", "Online"),
        ("Teilnehmende", "Zugeschaltet"),
    ],
)
def test_a_bulleted_label_in_the_minutes_and_a_remote_block_below_it_count(present, remote):
    text = (
        "# Dev meeting 2022-03-03\n\n## Agenda\n\n- Release plan\n\n# Log\n\n"
        f"- {present}: wsandmann, obrandt, Ines Corvin\n- {remote}: matz, tosei\n\n"
        "## Release plan\n\nagreed.\n"
    )
    assert count(text) == 5


def test_a_bulleted_sentence_after_a_group_label_names_no_one():
    text = (
        "# WG Notes - March 2022\n\n## Review agenda\n\n- Lena\n\n## Mailing list\n\n"
        "- Board members: if you're not in the board chat, please reach out to\n"
        "  Lena (via chat).\n"
    )
    assert count(text) is None


def test_a_link_after_an_online_label_adds_no_one():
    text = (
        "# Protokoll vom 3.3.2022\n\nAnwesend: Wiebke Sandmann, Olek Brandt\n"
        "Online: https://meet.example.org/vorstand\n\n## 1. Start\n\nText.\n"
    )
    assert count(text) == 2
