"""A Word list of names inside a form's attendance cell counts those present, also when a PDF
kept the list's bullets and lost its line breaks ("▪ Anna Berg ▪ Jonas Klein")."""

import pytest

from transferhub.protocols.reader import read_protocol

FORM = """| Datum | 12.03.2024 |
|---|---|
| {label} | {cell} |
| Protokoll | Lea Hoffmann |

## Projektstand
Wir haben den Prototyp besprochen.
"""


@pytest.mark.parametrize(
    ("label", "cell", "people"),
    [
        ("Anwesende", "▪ Anna Berg ▪ Jonas Klein ▪ Lea Hoffmann ▪ Tom Hartung", 4),
        ("Anwesend", "• Anna Berg (Scrum Master) • Jonas Klein • Lea Hoffmann", 3),
        ("Attendees", "● Priya Shah ● Tom Baker", 2),
    ],
)
def test_the_bulleted_names_in_the_attendance_cell_are_counted(label, cell, people):
    result = read_protocol(FORM.format(label=label, cell=cell).encode(), filename="p.md")
    assert result["participant_count"] == people
    names = [p["name"] for p in result["participants"]]
    assert "Jonas Klein" in names or "Tom Baker" in names
    assert not any("▪" in n or "•" in n or "●" in n for n in names)


def test_bulleted_names_of_those_absent_are_not_counted_as_present():
    text = FORM.format(label="Anwesend", cell="Anna Berg, Jonas Klein").replace(
        "| Protokoll |", "| Entschuldigt | ▪ Lea Hoffmann ▪ Tom Braun |\n| Protokoll |"
    )
    result = read_protocol(text.encode(), filename="p.md")
    assert result["participant_count"] == 2
