"""A table whose first column is headed by the word for those there ("| Teilnehmer | Funktion |",
"| Attendee | Organisation |") lists them, with or without an attendance heading above; its
head is no person, and a row marked away does not count."""

import pytest

from transferhub.protocols.reader import read_protocol

BODY_DE = "\n\n## 1. Kasse\n\nDer Kassenbericht wird vorgestellt.\n\n## 2. Termine\n\nKeine.\n"
BODY_EN = "\n\n## 1. Budget\n\nThe budget was presented.\n\n## 2. Events\n\nNone.\n"


def _count(text: str) -> int | None:
    return read_protocol(text.encode(), filename="x.md")["participant_count"]


@pytest.mark.parametrize(
    "text,n",
    [
        ("# Protokoll der Sitzung vom 14.05.2024\n\n| Teilnehmer | Funktion |\n|---|---|\n"
         "| Jonas Lehr | Vorsitz |\n| Mira Vogt | Kasse |" + BODY_DE, 2),
        ("# Protokoll der Sitzung vom 14.05.2024\n\n## Anwesenheit\n\n| Teilnehmende | "
         "Einrichtung |\n|---|---|\n| Jonas Lehr | Stadtbibliothek |\n| Mira Vogt | Museum |\n"
         "| Till Anders | entschuldigt |" + BODY_DE, 2),
        ("# Minutes of the working group, 14 May 2024\n\n| Attendee | Organisation |\n|---|---|\n"
         "| Olga Brandt | Acme |\n| Piet Sorensen | Globex |\n| Rui Alves | Initech |" + BODY_EN, 3),
        ("# Minutes of the working group, 14 May 2024\n\n## Attendees\n\n| Participant | Role |\n"
         "|---|---|\n| Olga Brandt | Chair |\n| Piet Sorensen | Member |" + BODY_EN, 2),
    ],
)  # fmt: skip
def test_the_first_column_names_those_there(text, n):
    assert _count(text) == n


def test_a_table_whose_first_column_is_headed_otherwise_names_no_one():
    text = (
        "# Minutes of the working group, 14 May 2024\n\n| Topic | Owner |\n|---|---|\n"
        "| Budget | Olga Brandt |\n| Events | Rui Alves |" + BODY_EN
    )
    assert _count(text) is None
