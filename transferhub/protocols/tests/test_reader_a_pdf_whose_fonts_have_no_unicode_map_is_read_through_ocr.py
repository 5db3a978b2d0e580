"""A PDF whose fonts have no map to Unicode shows text but gives codes: it is read like a scan.

Ghostscript wrote Word's minutes in Type3 fonts whose glyphs are numbered 1, 2, 3 … without a
ToUnicode map (the corpus's 2011 minutes of a party section): the text layer is control
codes, 86 % of its characters. A TrueType subset without one gives its glyph numbers, letters
shifted by 29 with control codes between the words (14-17 % of prose). A layer over a tenth
of whose characters are such codes, private-use codepoints, U+FFFD or glyph names written out
is read through OCR; the corpus's PDFs read from their text layer (at most 0.4 %: Word's
private-use bullets) keep it. Minutes text invented.
"""

import io
import time

import pytest

from transferhub.lib.text import text_unreadable
from transferhub.protocols.reader import ProtocolReadError, limits, read_protocol
from transferhub.protocols.reader.formats import pdf
from transferhub.protocols.tests.corpus.scoring import FILES_DIR

from .fixtures import formats
from .test_reader_formats_scanned_pdfs_are_read_through_ocr import needs_tesseract

PROSE = (
    "Anna Berg begrüßt die Anwesenden und stellt fest, dass die Einladung fristgerecht "
    "verschickt wurde. Der Kassenbericht wird vorgestellt, es gibt keine Fragen. "
)


def _subset_without_unicode_map(pages: int = 1) -> bytes:
    """The minutes set by WeasyPrint (TrueType subsets), their ToUnicode maps taken out."""
    import weasyprint
    from pypdf import PdfReader, PdfWriter

    minutes = "".join(
        {"big": "<h1>{}</h1>", "bold": "<h3>{}</h3>", "": "<p>{}</p>"}[style].format(text)
        for style, text in formats.SCANNED_LINES
        if style != "gap"
    )
    html = "<div style='break-after:page'></div>".join([minutes] * pages)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(weasyprint.HTML(string=html).write_pdf())))
    for page in writer.pages:
        for font in page["/Resources"]["/Font"].values():
            font.get_object().pop("/ToUnicode", None)  # shared by the pages
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _layer(data: bytes) -> str:
    with pdf.PDFIUM:
        pages, _links, _sizes = pdf._read(data)
    return " ".join(x.text for items in pages for _t, x in items if isinstance(x, pdf._Line))


@pytest.mark.parametrize(
    ("text", "unreadable"),
    [
        ("\x01\x04\x05\x06\x06\x07\x08\x07\x0e\x0f\x01\x07\x10\x11 Protokoll vom 2.11.2011", True),
        ("\ue001\ue002\ue003\ue004 \ue005\ue006\ue007 " * 20, True),
        ("\ufffd\ufffd\ufffd \ufffd\ufffd \ufffd\ufffd\ufffd\ufffd " * 20, True),
        ("(cid:12)(cid:7)(cid:31) (cid:4)(cid:12) " * 20, True),
        ("/g41/g72/g85 /g3/g57/g82/g85 " * 20, True),
        (PROSE * 3, False),
        # Word's bullets are private-use codepoints of its Symbol font: a few in a text.
        ("\uf0b7 " + PROSE + "\uf0b7 " + PROSE + "\uf0b7 Jonas übernimmt die Planung.", False),
    ],
)
def test_a_text_layer_largely_of_codes_no_one_can_read_is_unreadable(text, unreadable):
    assert text_unreadable(text) is unreadable


@pytest.mark.parametrize("glyph_names", [True, False])
def test_the_built_pdf_shows_text_but_its_text_layer_is_control_codes(glyph_names):
    layer = _layer(formats.unmapped_font_pdf(glyph_names=glyph_names))
    assert "Protokoll" not in layer and "Haushalt" not in layer
    assert text_unreadable(layer)


@needs_tesseract
def test_a_pdf_in_fonts_without_a_unicode_map_is_read_from_what_its_pages_show():
    got = read_protocol(formats.unmapped_font_pdf(), filename="protokoll.pdf")
    assert (got["date"], got["start"], got["end"]) == ("2024-03-12", "18:00", "19:30")
    assert got["note_taker"] == "Jonas Kurz"
    assert [a["title"] for a in got["agenda"]] == ["Begrüßung", "Haushalt 2024", "Verschiedenes"]
    budget = got["agenda"][1]
    assert [d["text"] for d in budget["decisions"]] == ["Der Haushalt 2024 wird angenommen."]


def test_a_truetype_subset_without_a_unicode_map_gives_shifted_letters_and_control_codes():
    layer = _layer(_subset_without_unicode_map())
    assert "3URWRNROO" in layer  # "Protokoll", each letter's glyph number 29 below its code
    assert text_unreadable(layer) and not pdf._garbled(layer)


@needs_tesseract
def test_a_pdf_in_truetype_subsets_without_a_unicode_map_is_read_from_what_its_pages_show():
    got = read_protocol(_subset_without_unicode_map(), filename="protokoll.pdf")
    assert (got["date"], got["start"], got["end"]) == ("2024-03-12", "18:00", "19:30")
    assert [a["title"] for a in got["agenda"]] == ["Begrüßung", "Haushalt 2024", "Verschiedenes"]


@needs_tesseract
def test_such_a_pdf_of_more_than_30_pages_is_refused_before_any_recognition():
    started = time.monotonic()
    with pytest.raises(ProtocolReadError) as refused:
        read_protocol(_subset_without_unicode_map(limits.MAX_OCR_PAGES + 1), filename="p.pdf")
    assert time.monotonic() - started < 10
    assert str(refused.value) == (
        "Die Textebene des PDFs ist unlesbar (Schriften ohne Zuordnung zu Buchstaben), und es "
        "hat mehr als 30 Seiten; solche PDFs werden bis 30 Seiten per Texterkennung gelesen."
    )


def test_without_tesseract_such_a_pdf_is_refused_saying_why_and_what_to_install(
    monkeypatch, tmp_path
):
    monkeypatch.setenv("PATH", str(tmp_path))  # a machine where Tesseract is not installed
    with pytest.raises(ProtocolReadError) as refused:
        read_protocol(formats.unmapped_font_pdf(), filename="protokoll.pdf")
    assert str(refused.value) == (
        "Die Textebene des PDFs ist unlesbar (Schriften ohne Zuordnung zu Buchstaben); um es "
        "per Texterkennung zu lesen, wird Tesseract benötigt: "
        "apt-get install tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng"
    )


def test_of_the_corpus_pdfs_only_the_one_in_fonts_without_unicode_maps_has_an_unreadable_layer():
    import pypdfium2

    # PDFium's plain text: the characters of the reader's lines (_read), at a fifteenth of
    # the cost, with the codes the reader takes for spaces and hyphens still counted.
    unreadable = set()
    for path in sorted(FILES_DIR.glob("*.pdf")):
        with pdf.PDFIUM:
            doc = pypdfium2.PdfDocument(path.read_bytes())
            try:
                text = " ".join(doc[n].get_textpage().get_text_range() for n in range(len(doc)))
            finally:
                doc.close()
        if text_unreadable(text):
            unreadable.add(path.name)
    assert unreadable == {"glp-stadt-bern-mv_2011-11-02.pdf"}
