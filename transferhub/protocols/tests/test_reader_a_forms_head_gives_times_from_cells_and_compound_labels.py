"""A form's head in a table: a cell may hold its own label and value ("| Entschuldigt: Jan
Ott | Ende: 20:23 Uhr |"), and a label may name the time among other fields ("Meeting
Location, Date & Time", "Datum/Uhrzeit"): the times are read from either."""

from transferhub.protocols.reader.parse import parse_text


def test_german_cells_with_their_own_labels():
    r = parse_text(
        """| Teilnehmer: | Beginn: 18:35 Uhr |
|---|---|
| Jonas Brehm, Mira Fast, Lena Vogt | |
| Entschuldigt: Jan Ott | Ende: 20:23 Uhr |

Vorstandssitzung am 10.02.2024

## 1. Begrüßung

Jonas eröffnet.

## 2. Verschiedenes

Nichts.
""",
        fmt="docx",
    )
    assert (r["start"], r["end"]) == ("18:35", "20:23")


def test_english_label_naming_the_time_among_other_fields():
    r = parse_text(
        """# Minutes of Team 12

| Subject: | Cloud project |
|---|---|
| Meeting Location, Date & Time | 3 May 2023, Zoom, 19:00 – 20:30 |

# 1. Items discussed

Talk.

# 2. Next meeting

Talk.
""",
        fmt="docx",
    )
    assert (r["start"], r["end"]) == ("19:00", "20:30")


def test_german_label_with_date_and_time_whose_date_does_not_read():
    r = parse_text(
        """Protokoll Projektgruppe

| Datum/Uhrzeit: | Di, 16:00 – 17:30 Uhr |
|---|---|
| Ort: | Raum 2 |

## 1. Stand

Alles gut.

## 2. Termine

Keine.
""",
        fmt="docx",
        filename="protokoll_2024-03-12.docx",
    )
    assert (r["start"], r["end"]) == ("16:00", "17:30")
