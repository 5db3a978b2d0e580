"""A heading at the level and in the style of the numbered items is an item, whatever its number.

Writers number their topics by hand and slip: a number twice ("## 4. Sommerfest", "## 4.
StuKo"), a range ("## TOP 8-13: Ausschüsse" then "## TOP 14"), a placeholder ("## n.
Sonstiges") or none for a topic added at the end. Each such heading is a topic of its own;
its number is counted on from the item before, and a notice says so. A heading above the
items' level ends them, a heading below is a part of an item, and attendance, the next
meeting or the end of the meeting set at the items' level are no topics.
"""

import io

from transferhub.protocols.reader import parse_text, read_protocol


def _items(result: dict) -> list[tuple[str, str]]:
    return [(it["number"], it["title"]) for it in result["agenda"]]


GERMAN = """# Sitzung des Fachschaftsrats am 3. März 2025

Anwesend: Jonte, Mareike, Ilka

## 1. Finanzen
* Kassenstand geprüft

## 2. Hüttenfahrt
* Beschluss: wir buchen das Haus am See (6/0/1)

### 2.1 Anreise
* Bahn oder Bus?

## 3. Sommerfest
* Termin steht

## 3. Lehrevaluation
* Bögen sind gedruckt

## 4. Post
* Brief vom Dekanat

## n. Sonstiges
* nichts
"""


def test_german_headings_numbered_twice_or_with_a_placeholder_are_items_of_their_own():
    r = parse_text(GERMAN, fmt="md")
    assert _items(r) == [
        ("1", "Finanzen"),
        ("2", "Hüttenfahrt"),
        ("2.1", "Anreise"),
        ("3", "Sommerfest"),
        ("4", "Lehrevaluation"),
        ("5", "Post"),
        ("6", "Sonstiges"),
    ]
    assert "Bögen sind gedruckt" in r["agenda"][4]["minutes"]
    renumbered = [w["params"] for w in r["warning_codes"] if w["code"] == "item_renumbered"]
    assert renumbered == [
        {"number": "4", "heading": "Lehrevaluation"},
        {"number": "5", "heading": "Post"},
        {"number": "6", "heading": "Sonstiges"},
    ]


def test_german_top_range_keeps_the_numbers_that_follow_it():
    text = (
        "# Protokoll der Sitzung vom 12.05.2025\n\n"
        "## TOP 1: Eröffnung\nDie Sitzung wird eröffnet.\n\n"
        "## TOP 2: Protokoll\nDas Protokoll wird genehmigt.\n\n"
        "## TOP 3: Haushalt\nDer Haushalt wird vorgestellt.\n\n"
        "## TOP 4-7: Wahlen der Referate\nAlle Referate werden gewählt.\n\n"
        "## TOP 8: Verschiedenes\nNichts.\n"
    )
    r = parse_text(text, fmt="md")
    assert _items(r) == [
        ("1", "Eröffnung"),
        ("2", "Protokoll"),
        ("3", "Haushalt"),
        ("4", "Wahlen der Referate"),
        ("8", "Verschiedenes"),
    ]
    assert not [w for w in r["warning_codes"] if w["code"] == "item_renumbered"]


ENGLISH = """# Board meeting, 14 April 2025

### Attendance
Priya, Tomasz, Elin

### 1 - Opening
The chair opened the meeting.

### 2 - Accounts
The accounts were presented.

### 3 - Garden project
Volunteers are needed.

### Website relaunch
The new site goes live in May.

### Next meeting: 12 May 2025

### Appendix: volunteer rota
A table of names.
"""


def test_english_unnumbered_heading_after_the_numbered_ones_is_the_next_item():
    r = parse_text(ENGLISH, fmt="md")
    assert _items(r) == [
        ("1", "Opening"),
        ("2", "Accounts"),
        ("3", "Garden project"),
        ("4", "Website relaunch"),
    ]
    assert r["next_meeting"]["date"] == "2025-05-12"


def test_english_headings_between_the_numbered_ones_or_above_their_level_are_no_items():
    text = (
        "# Committee minutes, 2 June 2025\n\n"
        "## 1. Welcome\nHello.\n\n"
        "## Discussion notes\nWe talked.\n\n"
        "## 2. Treasurer's report\nBalance is fine.\n\n"
        "## 3. Events\nA picnic.\n\n"
        "# Annex\n\n"
        "## Picnic checklist\nBlankets.\n"
    )
    r = parse_text(text, fmt="md")
    assert _items(r) == [("1", "Welcome"), ("2", "Treasurer's report"), ("3", "Events")]


def test_word_heading_styles_numbered_by_hand_with_a_number_twice():
    import docx

    doc = docx.Document()
    doc.add_heading("Protokoll der Vorstandssitzung vom 7. Juli 2025", level=1)
    for title, note in [
        ("1. Begrüßung", "Die Vorsitzende begrüßt alle."),
        ("2. Mitgliederstand", "Drei neue Mitglieder."),
        ("3. Werkstatt", "Die Drehbank ist repariert."),
        ("3. Förderantrag", "Der Antrag geht am Freitag raus."),
        ("4. Sonstiges", "Nichts."),
    ]:
        doc.add_heading(title, level=2)
        doc.add_paragraph(note)
    buf = io.BytesIO()
    doc.save(buf)
    r = read_protocol(buf.getvalue(), filename="vorstand.docx")
    assert [it["title"] for it in r["agenda"]] == [
        "Begrüßung",
        "Mitgliederstand",
        "Werkstatt",
        "Förderantrag",
        "Sonstiges",
    ]
    assert len({it["number"] for it in r["agenda"]}) == 5


def test_german_signatures_at_the_items_level_close_the_minutes_and_what_follows_is_no_item():
    text = (
        "# Protokoll der Mitgliederversammlung vom 8. März 2025\n\n"
        "## TOP 1 Begrüßung\nDer Vorstand begrüßt alle.\n\n"
        "## TOP 2 Kassenbericht\nDer Bericht wird angenommen.\n\n"
        "## TOP 3 Wahlen\nAlle werden gewählt.\n\n"
        "## Unterschriften der Vorstände\n\n……………… ………………\n\n"
        "## Materialliste\nSägen, Zangen.\n"
    )
    assert _items(parse_text(text, fmt="md")) == [
        ("1", "Begrüßung"),
        ("2", "Kassenbericht"),
        ("3", "Wahlen"),
    ]
