"""Those present and the note-taker in the forms several organisations write them."""

from transferhub.protocols.reader import read_protocol


def _read(text: str, name: str = "2024-03-12.md") -> dict:
    return read_protocol(text.encode(), filename=name)


def test_groups_under_an_attendance_heading_count_and_the_missing_do_not():
    r = _read("""# Council meeting 2024-03-12

## Attendance

Council: Carol, Mark (first half), Eric Holk, Mara
Missing attendees: Jonathan, Josh
Observers: Niko, Ryan

## Notes

- Budget discussed.
""")
    assert r["participant_count"] == 6


def test_gruppen_unter_anwesenheit_zaehlen_entschuldigte_nicht():
    r = _read("""# Vorstandssitzung am 12.03.2024

## Anwesenheit

Vorstand: Eva Berg, Jan Roth, Uwe Kalb
Entschuldigt: Ida Lenz, Tom Weiß
Gäste: Lea, Max

## TOP 1 Haushalt

Der Haushalt wurde besprochen.
""")
    assert r["participant_count"] == 5


def test_a_present_line_under_an_attendance_heading_is_counted_once():
    r = _read("""# Committee Meeting 12 March 2024

Attendance
Present: Benjamin, Nick, James, Peter
Apologies: Margaret, Paul

## 1. Previous minutes

Confirmed.
""")
    assert r["participant_count"] == 4


def test_an_attendance_heading_at_the_end_of_the_minutes_is_read():
    r = _read("""# Treffen 12.03.2024

### Firmware
* neue Firmware gebaut

### Monitoring
* läuft

### Anwesende:
* Lars
* mortzu
* Steve (Gast)
""")
    assert r["participant_count"] == 3


def test_a_range_of_people_at_an_event_is_not_the_count_of_those_present():
    r = _read("""---
date: 29/05/2024 18:00
---

**Attendees:**

- Vincent
- Godfrey
- Jacob

Discussed points:

- Last year's hunt was successful with about 40-50 participants.
""")
    assert r["participant_count"] == 3


def test_stated_numbers_of_members_are_read_in_german_and_english():
    de = _read("""# Mitgliederversammlung am 12.03.2024

**Anzahl stimmberechtigter Mitglieder:** 6

## TOP 1. Begrüßung
Der Vorsitzende begrüßt alle.
""")
    en = _read("""# Annual General Meeting 12 March 2024

Number of members present: 14

## 1. Welcome
The chair welcomed everyone.
""")
    assert (de["participant_count"], en["participant_count"]) == (6, 14)


def test_the_note_taker_marked_in_an_attendance_table_below_the_title():
    en = _read("""# Committee Meeting - Minutes

| Date: | Tuesday 9th July 2024 |
|---|---|
| Attendees: | Holly Packer (HP) (Chairing), Marcus Gustafsson (MG) (Minuting), Adi Agarwal (AA) |

Apologies from Ella.
""")
    de = _read("""# Vorstandssitzung - Protokoll

| Datum: | 12.03.2024 |
|---|---|
| Anwesend: | Eva Berg (Leitung), Jan Roth (Protokoll), Uwe Kalb |

Keine weiteren Punkte.
""")
    assert en["note_taker"] == "Marcus Gustafsson"
    assert de["note_taker"] == "Jan Roth"


def test_a_note_taker_named_by_a_handle_opening_the_line():
    de = _read("""# Protokoll GV 12.03.2024

Zeit: 15:00 bis 16:00

## Protokollführung

seto führt das Protokoll

## 1. Begrüssung

Es findet eine Begrüssung statt.
""")
    en = _read("""# Meeting 12 March 2024

mark takes notes

## 1. Welcome

Hello.
""")
    assert (de["note_taker"], en["note_taker"]) == ("seto", "mark")
