"""One vocabulary table, German and English, marks decisions, votes, note-takers and tasks."""

import re

import pytest

from transferhub.protocols.reader import content, parse_text
from transferhub.protocols.reader.vocabulary import VOCABULARY, alt


def test_every_marker_compiles_and_matches_its_own_words():
    for name, frags in VOCABULARY.items():
        rx = re.compile(r"^" + alt(name) + r"$", re.IGNORECASE)
        assert frags, name
        assert rx.pattern


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("Abstimmung: 7/0/1", (7, 0, 1)),
        ("7 dafür, 0 dagegen, 1 Enthaltung", (7, 0, 1)),
        ("Ja: 5, Nein: 2, Enthaltungen: 1", (5, 2, 1)),
        ("5 for, 2 against, 1 abstention", (5, 2, 1)),
        ("Vote: 4 yes, 1 no and 2 abstained", (4, 1, 2)),
        ("Yes: 6, No: 0, Abstain: 1", (6, 0, 1)),
    ],
)
def test_votes_are_read_in_german_and_english(text, votes):
    got = content.parse_votes(text)
    assert (got["yes"], got["no"], got["abstain"]) == votes


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Beschluss", "resolution"),
        ("Resolution", "resolution"),
        ("RESOLVED", "resolution"),
        ("Vereinbarung", "agreement"),
        ("Decision", "agreement"),
        ("Agreed", "agreement"),
        ("BESCHLUSS", "resolution"),
        ("DECISION", "agreement"),
    ],
)
def test_decision_labels_in_both_languages_give_a_decision_of_their_kind(label, kind):
    text = f"# Protokoll vom 3.3.2022\n\n## 1. Haushalt\n\n{label}: Der Haushalt 2022 gilt.\n"
    item = parse_text(text, fmt="md")["agenda"][0]
    assert [d["kind"] for d in item["decisions"]] == [kind]


@pytest.mark.parametrize(
    "label", ["Protokollantin", "Protokollant*in", "Protokollführer(in)", "Schriftführerin"]
)
def test_gendered_note_taker_labels_name_the_note_taker(label):
    text = f"# Protokoll vom 3.3.2022\n{label}: Anna Beispiel\n\n## 1. Start\n\nText.\n"
    assert parse_text(text, fmt="md")["note_taker"] == "Anna Beispiel"


# Attendance: the words for those there and those away are the table's, wherever the reader
# meets them (a column head, a table's cell, a note beside a name, a label).
_ABSENT_WORDS = ["absent", "abwesend", "entschuldigt", "excused", "apologies", "regrets"]


@pytest.mark.parametrize(
    "head", ["Teilnehmer", "Teilnehmerinnen", "Anwesende", "Attendees", "Participant"]
)
def test_a_table_whose_first_column_is_headed_by_an_attendee_word_counts_its_rows(head):
    text = (
        "# Protokoll vom 3.3.2022\n\n"
        f"| {head} | Funktion |\n|---|---|\n"
        "| Wiebke Sandmann | Vorsitz |\n| Olek Brandt | Kasse |\n| Ines Corvin | Beisitz |\n\n"
        "## 1. Start\n\nText.\n"
    )
    assert parse_text(text, fmt="md")["participant_count"] == 3


@pytest.mark.parametrize("word", _ABSENT_WORDS)
def test_a_row_marked_with_any_absence_word_is_not_counted(word):
    text = (
        "# Minutes of 3 March 2022\n\n"
        "| Name | Role | Present |\n|---|---|---|\n"
        "| Wiebke Sandmann | Chair | x |\n| Olek Brandt | Treasurer | x |\n"
        f"| Ines Corvin | Member | {word} |\n\n"
        "## 1. Start\n\nText.\n"
    )
    assert parse_text(text, fmt="md")["participant_count"] == 2


@pytest.mark.parametrize("word", _ABSENT_WORDS)
def test_a_name_with_an_absence_word_in_brackets_is_not_counted(word):
    text = (
        "# Protokoll vom 3.3.2022\n\n"
        f"Anwesend: Wiebke Sandmann, Olek Brandt, Ines Corvin ({word})\n\n"
        "## 1. Start\n\nText.\n"
    )
    assert parse_text(text, fmt="md")["participant_count"] == 2


@pytest.mark.parametrize(
    ("present", "away"), [("Present", "Apologies"), ("Anwesend", "Entschuldigt")]
)
def test_a_label_of_those_away_after_the_list_ends_it(present, away):
    text = (
        "# Protokoll vom 3.3.2022\n\n"
        f"{present}: Wiebke Sandmann, Olek Brandt; {away}: Ines Corvin, Malte Ruhe\n\n"
        "## 1. Start\n\nText.\n"
    )
    assert parse_text(text, fmt="md")["participant_count"] == 2
