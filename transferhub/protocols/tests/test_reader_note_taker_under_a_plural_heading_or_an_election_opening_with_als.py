"""The note-taker under a heading in the plural ("### Scribes", "## Note takers"), and an item
electing the note-taker whose sentence opens "Als Schriftführer wird …": "Als" is no first name."""

import pytest

from transferhub.protocols.reader import read_protocol


def _note_taker(text: str) -> str | None:
    return read_protocol(text.encode(), filename="x.md")["note_taker"]


@pytest.mark.parametrize(
    "heading,lang",
    [("### Scribes", "en"), ("## Note takers", "en"), ("### Protokollant", "de")],
)
def test_a_heading_over_the_name_in_the_singular_or_plural(heading, lang):
    body = (
        "## 1. Budget\n\nThe budget was presented.\n\n## 2. Events\n\nNone.\n"
        if lang == "en"
        else "## 1. Kasse\n\nDer Bericht wird vorgestellt.\n\n## 2. Termine\n\nKeine.\n"
    )
    text = f"# Weekly call 2024-05-14\n\n{heading}\n\n* Hedda Lindqvist\n\n{body}"
    assert _note_taker(text) == "Hedda Lindqvist"


def test_an_election_sentence_opening_with_als_names_the_person_not_als():
    text = (
        "Protokoll der Mitgliederversammlung vom 14.05.2024\n\n"
        "## TOP 1 Begrüßung\n\nDie Vorsitzende begrüßt alle.\n\n"
        "## TOP 2 Wahl des Schriftführers\n\n"
        "Als Schriftführer wird Konrad Weiland durch Petra Holm vorgeschlagen.\n"
        "Konrad Weiland nimmt die Wahl an.\n\n"
        "## TOP 3 Verschiedenes\n\nNichts.\n"
    )
    assert _note_taker(text) == "Konrad Weiland"


def test_a_heading_of_the_scribes_with_nobody_below_names_no_one():
    text = (
        "# Weekly call 2024-05-14\n\n### Scribes\n\n### Agenda\n\n"
        "## 1. Budget\n\nThe budget was presented.\n\n## 2. Events\n\nNone.\n"
    )
    assert _note_taker(text) is None
