"""An agenda or minutes table with English column heads gives the items, as a German one does.

"TOP | Thema | Wer" was read; "No. | Item | Action", "# | Topic | Lead", "Item no. | Subject"
were not, and such minutes came out as one item. A cell that holds the item's minutes too
("Treasurer's report. The balance is £2,300.") gives its title up to the first full stop or
colon; a title with a subtitle ("Finanzen: Haushaltsplan 2025 und Beitragsordnung") stays
whole. A table of action items ("Action item | Owner | Due") is no agenda.
"""

import io

from transferhub.protocols.reader import parse_text, read_protocol


def _titles(result: dict) -> list[str]:
    return [it["title"] for it in result["agenda"]]


def test_english_minutes_table_numbered_in_its_own_column():
    text = (
        "# Minutes of the Trustees meeting, 4 February 2025\n\n"
        "| No. | Item | Action |\n|---|---|---|\n"
        "| 1. | Apologies: none were received. | |\n"
        "| 2. | Minutes of the last meeting were agreed as a true record. | |\n"
        "| 3. | Treasurer's report. The balance is £2,300 after the repairs. | TB |\n"
        "| 4. | Events. The quiz night raised £400. | AS |\n"
    )
    assert _titles(parse_text(text, fmt="md")) == [
        "Apologies",
        "Minutes of the last meeting were agreed as a true record.",
        "Treasurer's report",
        "Events",
    ]


def test_english_agenda_table_with_topic_and_lead_above_numbered_headings():
    text = (
        "# Working group call, 4 February 2025\n\n"
        "| # | Topic | Lead |\n|---|---|---|\n"
        "| 1 | Release plan | Priya |\n| 2 | Security review | Tomasz |\n| 3 | Outreach | Elin |\n\n"
        "## 1. Release plan\nWe aim for April.\n\n"
        "## 2. Security review\nTwo reports came in.\n\n"
        "## 3. Outreach\nA blog post is due.\n"
    )
    r = parse_text(text, fmt="md")
    assert _titles(r) == ["Release plan", "Security review", "Outreach"]
    assert [p["name"] for p in r["agenda"][1]["presenters"]] == ["Tomasz"]


def test_german_table_title_with_a_subtitle_stays_whole():
    text = (
        "# Protokoll der Sitzung vom 4.2.2025\n\n"
        "| TOP | Thema | Wer |\n|---|---|---|\n"
        "| 1 | Finanzen: Haushaltsplan 2025 und Beitragsordnung | Anna |\n"
        "| 2 | Sommerfest | Bernd |\n"
    )
    assert _titles(parse_text(text, fmt="md"))[:2] == [
        "Finanzen: Haushaltsplan 2025 und Beitragsordnung",
        "Sommerfest",
    ]


def test_a_table_of_action_items_is_no_agenda():
    text = (
        "# Team meeting, 4 February 2025\n\n"
        "## Budget\nTravel is over plan.\n\n"
        "## Hiring\nTwo candidates.\n\n"
        "| Action item | Owner | Due |\n|---|---|---|\n"
        "| 1. Check invoices | Bob | 2025-02-11 |\n| 2. Book rooms | Cid | 2025-02-18 |\n"
    )
    assert _titles(parse_text(text, fmt="md")) == ["Budget", "Hiring"]


def test_word_minutes_table_with_a_number_column():
    import docx

    doc = docx.Document()
    doc.add_paragraph("Minutes of the Trustees meeting, 4 February 2025")
    table = doc.add_table(rows=4, cols=3)
    rows = [
        ("No.", "Item", "Action"),
        ("1.", "Apologies", ""),
        ("2.", "Garden project", "AS"),
        ("3.", "Any other business", ""),
    ]
    for row, values in zip(table.rows, rows, strict=True):
        for c, v in zip(row.cells, values, strict=True):
            c.text = v
    buf = io.BytesIO()
    doc.save(buf)
    r = read_protocol(buf.getvalue(), filename="trustees.docx")
    assert _titles(r) == ["Apologies", "Garden project", "Any other business"]
