"""Ruled tables in PDFs are found on PDFium's lines and characters as pdfplumber finds them.

pdfplumber's table finder now runs on what PDFium reads instead of on pdfminer's second parse
of the page; on every page of the corpus whose lines cross as a grid, and on a table Typst
draws, the rows and cells are the ones pdfplumber itself gives.
"""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2
import pytest

from transferhub.protocols.reader import extract_blocks
from transferhub.protocols.reader.blocks import ROW
from transferhub.protocols.reader.formats import pdf

from .corpus.scoring import FILES_DIR


def pdfplumbers_rows(data: bytes, n: int) -> list[list[list[str]]]:
    """The tables pdfplumber finds on page n (two rows and two columns or more), as rows."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as document:
        found = []
        for table in document.pages[n].find_tables():
            rows = table.extract()
            if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
                found.append([[pdf._cell_text(c) for c in r] for r in rows])
        return found


def our_rows(data: bytes) -> dict[int, list[list[list[str]]]]:
    """The tables found on each page with a grid of lines, read as the reader reads them."""
    from collections import Counter

    document = pypdfium2.PdfDocument(data)
    found = {}
    try:
        for n in range(len(document)):
            page = document[n]
            try:
                finder = pdf._TableFinder(page)
                if finder.tables or pdf._may_hold_a_table(page):
                    pdf._lines(page, Counter(), finder)
                    found[n] = [rows for _box, rows in finder.rows()]
            finally:
                page.close()
    finally:
        document.close()
    return found


# Pages whose crossing lines are a drawing, not a table: both finders see "cells" between a
# diagram's arrows, and a letter on an arrow's end may fall on either side of it. What the
# reader makes of such a page is a paragraph of labels either way; no table to match.
DRAWINGS = {"mantid-architecture-meeting_2007-03-02.pdf": {3}}  # a UML sequence diagram


@pytest.mark.parametrize("path", sorted(FILES_DIR.glob("*.pdf")), ids=lambda p: p.name)
def test_every_ruled_page_of_the_corpus_gives_pdfplumbers_rows(path: Path):
    data = path.read_bytes()
    drawings = DRAWINGS.get(path.name, set())
    for n, rows in our_rows(data).items():
        if n not in drawings:
            assert rows == pdfplumbers_rows(data, n), f"page {n + 1}"


def test_a_table_typst_draws_becomes_the_rows_pdfplumber_reads():
    import typst

    source = """
#set page(paper: "a4", margin: 2cm)
#set text(font: "DejaVu Sans", size: 10pt, lang: "de")
= Protokoll der Vorstandssitzung
Beginn: 19:30 Uhr
#table(columns: (6cm, 3cm, 2cm), [Was], [Wer], [Bis],
  [Flyer drucken], [Anna], [15.10.],
  [Kasse prüfen und den Bericht an alle schicken], [Ben], [01.11.],
  [Raum buchen], [Bundesverband Die KMU-Berater], [])
Ende: 21:00 Uhr
"""
    data = typst.compile(source.encode())
    # A hyphen ending a line in a cell PDFium marks as U+0002: read as the hyphen it is.
    assert our_rows(data)[0] == pdfplumbers_rows(data, 0)
    _fmt, blocks = extract_blocks(data, "protokoll.pdf")
    rows = [b.cells for b in blocks if b.kind == ROW]
    assert rows == [
        ["Was", "Wer", "Bis"],
        ["Flyer drucken", "Anna", "15.10."],
        ["Kasse prüfen und den Bericht an alle schicken", "Ben", "01.11."],
        ["Raum buchen", "Bundesverband Die KMU-Berater", ""],
    ]
    text = "\n".join(b.text for b in blocks if b.kind != ROW)
    assert "Beginn: 19:30 Uhr" in text and "Ende: 21:00 Uhr" in text
    assert "Flyer" not in text  # the cells' text is in the rows only
