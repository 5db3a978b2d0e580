"""Each format's extractor yields typed blocks from its own structure; render() writes them."""

from __future__ import annotations

import io

from transferhub.protocols.reader import blocks as B
from transferhub.protocols.reader import extract_blocks


def kinds(blocks: list[B.Block]) -> list[tuple]:
    return [
        (b.kind, b.cells) if b.kind == B.ROW else (b.kind, b.text, b.level, b.number)
        for b in blocks
        if b.kind != B.PAGE
    ]


def test_render_writes_the_text_the_parser_reads():
    text = B.render(
        [
            B.heading("Protokoll", 1),
            B.paragraph("Datum: 12.03.2024\nOrt: Kassel"),
            B.heading("Haushalt", 2, number="2"),
            B.item("Erster Punkt", number="1"),
            B.item("Unterpunkt", depth=1),
            B.row(["Was", "Wer"], header=True),
            B.row(["Flyer | Plakate", "Anna"]),
            B.page_break(),
            B.paragraph("Seite zwei"),
        ]
    )
    assert text == (
        "# Protokoll\n\nDatum: 12.03.2024\nOrt: Kassel\n\n## 2. Haushalt\n\n"
        "1. Erster Punkt\n  - Unterpunkt\n\n| Was | Wer |\n|---|---|\n"
        "| Flyer / Plakate | Anna |\n\f\nSeite zwei\n"
    )


def test_markdown_headings_nested_lists_and_tables():
    md = (
        "# Protokoll\n\nTitel\n-----\n\n1. Begrüßung\n2. Haushalt\n   - Entwurf\n\n"
        "| Was | Wer |\n|-----|-----|\n| Flyer | Anna |\n\n```\n# kein Titel\n```\n"
    )
    _fmt, blocks = extract_blocks(md.encode(), "p.md")
    assert kinds(blocks) == [
        (B.HEADING, "Protokoll", 1, ""),
        (B.HEADING, "Titel", 1, ""),
        (B.ITEM, "Begrüßung", 0, "1"),
        (B.ITEM, "Haushalt", 0, "2"),
        (B.ITEM, "Entwurf", 1, ""),
        (B.ROW, ["Was", "Wer"]),
        (B.ROW, ["Flyer", "Anna"]),
        (B.PARAGRAPH, "# kein Titel", 0, ""),
    ]


def test_restructuredtext_sections_tables_and_fields():
    rst = """\
=================
Vorstandssitzung
=================

:Datum: 03.02.2021
:Protokoll: Jonas Kurz

Haushalt
========

.. note::

* Kasse geprüft

  - Belege vollständig

+--------+-------+
| Was    | Wer   |
+========+=======+
| Flyer  | Anna  |
| drucken|       |
+--------+-------+

=====  =====
Was    Bis
=====  =====
Miete  01.05.
=====  =====

Termine
-------

Nächste Sitzung am 04.03.2021.
"""
    fmt, blocks = extract_blocks(rst.encode(), "sitzung.txt")
    assert fmt == "rst"  # told by its underlines and field list, though named .txt
    assert kinds(blocks) == [
        (B.HEADING, "Vorstandssitzung", 1, ""),
        (B.PARAGRAPH, "Datum: 03.02.2021", 0, ""),
        (B.PARAGRAPH, "Protokoll: Jonas Kurz", 0, ""),
        (B.HEADING, "Haushalt", 2, ""),
        (B.ITEM, "Kasse geprüft", 0, ""),
        (B.ITEM, "Belege vollständig", 1, ""),
        (B.ROW, ["Was", "Wer"]),
        (B.ROW, ["Flyer drucken", "Anna"]),
        (B.ROW, ["Was", "Bis"]),
        (B.ROW, ["Miete", "01.05."]),
        (B.HEADING, "Termine", 3, ""),
        (B.PARAGRAPH, "Nächste Sitzung am 04.03.2021.", 0, ""),
    ]


def test_plain_text_underlined_headings_and_numbered_lines():
    txt = "Protokoll der Sitzung\n=====================\n\n1. Begrüßung\n2. Kasse\n\nEnde."
    fmt, blocks = extract_blocks(txt.encode("cp1252"), "p.txt")
    assert fmt == "txt"
    assert kinds(blocks) == [
        (B.HEADING, "Protokoll der Sitzung", 1, ""),
        (B.ITEM, "Begrüßung", 0, "1"),
        (B.ITEM, "Kasse", 0, "2"),
        (B.PARAGRAPH, "Ende.", 0, ""),
    ]


def test_word_styles_numbering_and_tables():
    import docx

    doc = docx.Document()
    doc.add_paragraph("Protokoll AG Umwelt", style="Title")
    doc.add_paragraph("Tagesordnung", style="Heading 2")
    doc.add_paragraph("Begrüßung", style="List Number")
    doc.add_paragraph("Haushalt", style="List Number")
    doc.add_paragraph("Entwurf", style="List Bullet 2")
    table = doc.add_table(rows=2, cols=2)
    for cell, text in zip(table._cells, ["Was", "Wer", "Flyer", "Anna"], strict=True):
        cell.text = text
    buf = io.BytesIO()
    doc.save(buf)
    fmt, blocks = extract_blocks(buf.getvalue(), "upload")
    assert fmt == "docx"
    assert kinds(blocks) == [
        (B.HEADING, "Protokoll AG Umwelt", 1, ""),
        (B.HEADING, "Tagesordnung", 2, ""),
        (B.ITEM, "Begrüßung", 0, "1"),
        (B.ITEM, "Haushalt", 0, "2"),
        (B.ITEM, "Entwurf", 0, ""),
        (B.ROW, ["Was", "Wer"]),
        (B.ROW, ["Flyer", "Anna"]),
    ]


def test_pdf_font_sizes_indentation_tables_and_pages():
    import weasyprint

    html = (
        "<style>body{font:11pt 'DejaVu Sans'} td,th{border:1px solid;padding:3px}"
        "table{border-collapse:collapse}</style>"
        "<h1>Protokoll AG Umwelt</h1><p>Datum: 12.03.2024</p><h2>TOP 1: Haushalt</h2>"
        "<ul><li>Erster Punkt</li><li>Zweiter Punkt<ul><li>Unterpunkt</li></ul></li></ul>"
        "<table><tr><th>Was</th><th>Wer</th></tr><tr><td>Flyer</td><td>Anna</td></tr></table>"
        "<p style='page-break-before:always'>Zweite Seite</p>"
    )
    fmt, blocks = extract_blocks(weasyprint.HTML(string=html).write_pdf(), "upload")
    assert fmt == "pdf"
    assert kinds(blocks) == [
        (B.HEADING, "Protokoll AG Umwelt", 1, ""),
        (B.PARAGRAPH, "Datum: 12.03.2024", 0, ""),
        (B.HEADING, "TOP 1: Haushalt", 2, ""),
        (B.ITEM, "Erster Punkt", 0, ""),
        (B.ITEM, "Zweiter Punkt", 0, ""),
        (B.ITEM, "Unterpunkt", 1, ""),
        (B.ROW, ["Was", "Wer"]),
        (B.ROW, ["Flyer", "Anna"]),
        (B.PARAGRAPH, "Zweite Seite", 0, ""),
    ]
    assert [b.kind for b in blocks].count(B.PAGE) == 1
