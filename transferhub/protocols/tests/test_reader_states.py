"""The reader walks a text through header, agenda, items and closing."""

from transferhub.protocols.reader import parse_text, states

TEXT = """# Protokoll der Vorstandssitzung vom 3. März 2022

Anwesend: Anna, Ben

Tagesordnung

1. Kasse
2. Sonstiges

## 1. Kasse

Der Kassenbericht wird vorgestellt.

## 2. Sonstiges

Nichts weiter.

Ende der Sitzung: 21:15 Uhr

Nächste Sitzung: 7. April 2022, 19 Uhr

gez. Anna Beispiel

Protokoll: Ben Keller
"""


def test_each_line_gets_its_part():
    lines = TEXT.split("\n")
    layout = states.walk(lines, agenda_start=4, body_start=9, last_item=15)
    assert layout.states[0] == states.HEADER
    assert layout.states[6] == states.AGENDA
    assert layout.states[11] == states.ITEMS
    assert layout.states[lines.index("Ende der Sitzung: 21:15 Uhr")] == states.CLOSING
    assert layout.states[lines.index("gez. Anna Beispiel")] == states.CLOSING
    assert layout.states[lines.index("Nichts weiter.")] == states.ITEMS


def test_the_closing_is_read_for_the_meeting_and_kept_out_of_the_last_item():
    r = parse_text(TEXT, fmt="md")
    assert (r["end"], r["note_taker"]) == ("21:15", "Ben Keller")
    assert r["next_meeting"]["date"] == "2022-04-07"
    last = r["agenda"][-1]["minutes"]
    assert last == "Nichts weiter."


def test_text_after_the_closing_lines_keeps_them_in_the_item():
    lines = ["## 1. Kasse", "", "Ende: 21 Uhr", "", "Noch ein Satz zum Thema."]
    layout = states.walk(lines, agenda_start=None, body_start=0, last_item=1)
    assert layout.closing_start == len(lines)
