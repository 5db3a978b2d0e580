"""Word minutes whose head (note taker, attendees, date) sits in the page header are read whole.

Minutes templates often keep the meeting's head in the page header, as label/value lines or
a table; the reader puts the header Word shows on the first page (the first-page one when
the section has one, else the default one) before the body. A header holding only a page
number, a logo or the title the body repeats adds nothing.
"""

import io

from transferhub.protocols.reader import blocks as B
from transferhub.protocols.reader import extract_blocks, read_protocol


def _save(doc) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _german_form() -> bytes:
    """A team's form: the head is a table in the default page header, merged cells included."""
    import docx

    doc = docx.Document()
    table = doc.sections[0].header.add_table(rows=4, cols=3, width=doc.sections[0].page_width)
    rows = [
        ("Teamtreffen am 07.03.2024", "", "Seite 1 von 2"),
        ("Protokoll:", "", "Jonas Feldmann"),
        ("Anwesend:", "", "Jonas Feldmann, Lea Brückner, Timo Sander"),
        ("Ort:", "", "Raum B 112"),
    ]
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    for r in range(1, 4):  # the label spans two columns, as Word forms do
        table.cell(r, 0).merge(table.cell(r, 1))
    doc.add_heading("1. Stand der Arbeitspakete", level=1)
    doc.add_paragraph("Die Schnittstelle ist fertig; die Tests laufen.")
    doc.add_heading("2. Nächste Schritte", level=1)
    doc.add_paragraph("Das Team beschließt, die Abgabe auf Freitag zu legen.")
    return _save(doc)


def test_a_german_head_in_the_page_header_gives_note_taker_attendees_and_date():
    result = read_protocol(_german_form(), filename="protokoll.docx")
    assert result["date"] == "2024-03-07"
    assert result["note_taker"] == "Jonas Feldmann"
    assert [p["name"] for p in result["participants"]] == [
        "Jonas Feldmann",
        "Lea Brückner",
        "Timo Sander",
    ]
    assert [a["title"] for a in result["agenda"]] == ["Stand der Arbeitspakete", "Nächste Schritte"]


def test_an_english_first_page_header_is_read_and_the_other_pages_header_is_not():
    import docx

    doc = docx.Document()
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    first = section.first_page_header
    first.paragraphs[0].text = "Minutes of the Garden Club committee, 12 June 2023"
    first.add_paragraph("Minute taker: Priya Okafor")
    first.add_paragraph("Present: Priya Okafor, Daniel Hurst, Mei Tanaka, Rosa Lind")
    section.header.paragraphs[0].text = "Garden Club committee – continued"
    doc.add_heading("Treasurer's report", level=1)
    doc.add_paragraph("The balance stands at 412 pounds.")
    result = read_protocol(_save(doc), filename="minutes.docx")
    assert result["date"] == "2023-06-12"
    assert result["note_taker"] == "Priya Okafor"
    assert result["participant_count"] == 4
    texts = [b.text for b in extract_blocks(_save(doc), "minutes.docx")[1]]
    assert not any("continued" in t for t in texts)


def test_a_header_of_a_page_number_or_the_title_the_body_repeats_adds_nothing():
    import docx

    for header_lines, title in (
        (["Seite 1 von 3"], "Protokoll der Vorstandssitzung"),
        (["Page 2"], "Minutes of the board meeting"),
        (["Protokoll der Vorstandssitzung"], "Protokoll der Vorstandssitzung"),
        (["Minutes of the board meeting\t\t1/2"], "Minutes of the board meeting"),
    ):
        doc = docx.Document()
        header = doc.sections[0].header
        header.paragraphs[0].text = header_lines[0]
        doc.add_heading(title, level=1)
        doc.add_paragraph("Beginn: 19:00 Uhr / Start: 7 pm")
        blocks = extract_blocks(_save(doc), "upload.docx")[1]
        assert blocks[0] == B.heading(title, 1), header_lines
        assert len(blocks) == 2


def test_a_document_without_a_page_header_reads_as_before():
    import docx

    doc = docx.Document()
    doc.add_paragraph("Protokoll: Jonas Feldmann")
    blocks = extract_blocks(_save(doc), "upload.docx")[1]
    assert [b.text for b in blocks] == ["Protokoll: Jonas Feldmann"]
