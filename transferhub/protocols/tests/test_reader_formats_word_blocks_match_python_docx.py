"""The Word reader on lxml gives the blocks python-docx gave, on every Word file we have.

The reference (docx_reference.py) is the reader as it was on python-docx; both read the corpus,
our own protocol template, the import benchmark's generated minutes, and small files built
for what real minutes hold: headings, numbered and bulleted lists, merged table cells, links,
content controls, line breaks, tabs, a file without a styles part.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from transferhub.protocols.reader import ProtocolReadError
from transferhub.protocols.reader.formats import docx as reader

from . import docx_reference
from .corpus.scoring import FILES_DIR
from .costly_files import docx as bare_docx

TEMPLATE = Path(__file__).resolve().parents[1] / "writing" / "templates" / "protocol-template.docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def both(data: bytes) -> tuple[object, object]:
    """(reference blocks, new blocks), a refusal as ("refused", message)."""
    out = []
    for read in (docx_reference.blocks, reader.blocks):
        try:
            out.append(read(data))
        except ProtocolReadError as exc:
            out.append(("refused", str(exc)))
    return out[0], out[1]


def word_files() -> list[Path]:
    return sorted(FILES_DIR.glob("*.docx")) + [TEMPLATE]


@pytest.mark.parametrize("path", word_files(), ids=lambda p: p.name)
def test_every_word_file_of_the_corpus_and_the_template_reads_the_same(path):
    old, new = both(path.read_bytes())
    assert isinstance(new, list)  # no Word file of the corpus is refused
    if isinstance(old, list):  # python-docx refused some files we read (a .docm, say)
        assert new == old


def test_the_import_benchmarks_generated_minutes_read_the_same(tmp_path):
    from transferhub.bench.imports import write_files

    write_files(tmp_path, 8)  # every fourth a Word file
    files = sorted(tmp_path.glob("*.docx"))
    assert len(files) == 2
    for path in files:
        old, new = both(path.read_bytes())
        assert new and new == old


def built(fill) -> bytes:
    """A Word file python-docx writes (its template's 350 KB of styles), filled by `fill`."""
    import docx

    document = docx.Document()
    fill(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_styles_lists_breaks_and_tabs_read_the_same():
    def fill(d):
        d.add_paragraph("Protokoll der Mitgliederversammlung", style="Title")
        d.add_heading("Tagesordnung", level=1)
        for text in ("Begrüßung", "Kassenbericht", "Wahlen"):
            d.add_paragraph(text, style="List Number")
        d.add_paragraph("Unterpunkt", style="List Number 2")
        d.add_paragraph("Stichpunkt", style="List Bullet")
        d.add_paragraph("Tiefer", style="List Bullet 2")
        d.add_heading("TOP 1 Begrüßung", level=2)
        p = d.add_paragraph("Beginn:\t19:30 Uhr")
        run = p.add_run("zweite Zeile")
        run.add_break()
        run.add_text("dritte Zeile")
        d.add_page_break()
        d.add_paragraph("Überschrift ohne Stil")
        d.add_paragraph("")

    old, new = both(built(fill))
    assert new == old
    assert [b.kind for b in new][:3] == ["heading", "heading", "item"]


def test_merged_table_cells_read_the_same():
    def fill(d):
        table = d.add_table(rows=4, cols=3)
        for i, cell in enumerate(table._cells):
            cell.text = f"Zelle {i}"
        table.cell(0, 0).merge(table.cell(0, 1))  # across
        table.cell(1, 2).merge(table.cell(3, 2))  # down three rows
        table.cell(2, 0).merge(table.cell(3, 1))  # a block of four

    old, new = both(built(fill))
    assert new == old
    assert new[0].cells[0] == new[0].cells[1]
    assert new[3].cells[2] == new[1].cells[2]


def test_links_and_content_controls_read_the_same():
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml

    def fill(d):
        rid = d.part.relate_to("https://example.org/protokoll", RT.HYPERLINK, is_external=True)
        body = d.element.body
        xml = (
            f'<w:p xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
            f'2006/relationships"><w:r><w:t xml:space="preserve">Siehe </w:t></w:r>'
            f'<w:hyperlink r:id="{rid}"><w:r><w:t>Wiki</w:t></w:r></w:hyperlink></w:p>'
        )
        body.insert(0, parse_xml(xml))
        control = (
            f'<w:sdt xmlns:w="{W}"><w:sdtContent><w:p><w:r><w:t>Protokoll:</w:t></w:r>'
            "<w:sdt><w:sdtContent><w:r><w:t> Anna</w:t></w:r></w:sdtContent></w:sdt>"
            "</w:p></w:sdtContent></w:sdt>"
        )
        body.insert(1, parse_xml(control))

    old, new = both(built(fill))
    assert new == old
    assert new[0].text == "Siehe Wiki\nhttps://example.org/protokoll"
    assert new[1].text == "Protokoll: Anna"


def test_a_file_without_styles_and_a_styles_part_read_whole_read_the_same():
    body = (
        b'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Protokoll</w:t></w:r></w:p>'
        b"<w:p><w:r><w:t>TOP 1: Begr\xc3\xbc\xc3\x9fung</w:t></w:r></w:p>"
    )
    old, new = both(bare_docx(body))  # python-docx's default styles (no headings) stand in
    assert new == old and [b.text for b in new] == ["Protokoll", "TOP 1: Begrüßung"]

    def fill(d):
        d.add_heading("Ergebnisse", level=2)
        d.add_paragraph("Punkt", style="List Bullet")

    data = built(fill)
    with_comment = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(with_comment, "w") as dst:
        for info in src.infolist():
            part = src.read(info)
            if info.filename == "word/styles.xml":
                part = re.sub(rb"(<w:styles[^>]*>)", rb"\1<!-- kommentiert -->", part, count=1)
            dst.writestr(info, part)
    old, new = both(with_comment.getvalue())
    assert new == old and [b.kind for b in new] == ["heading", "item"]


def test_a_styles_part_of_a_million_elements_is_refused_before_it_is_parsed():
    data = built(lambda d: d.add_paragraph("Protokoll"))
    huge = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(huge, "w") as dst:
        for info in src.infolist():
            part = src.read(info)
            if info.filename == "word/styles.xml":
                part = part.replace(b"</w:styles>", b"<w:x/>" * 1_000_000 + b"</w:styles>")
            dst.writestr(info, part, zipfile.ZIP_DEFLATED)
    with pytest.raises(ProtocolReadError, match="Die Word-Datei (ist entpackt|besteht aus)"):
        reader.blocks(huge.getvalue())
