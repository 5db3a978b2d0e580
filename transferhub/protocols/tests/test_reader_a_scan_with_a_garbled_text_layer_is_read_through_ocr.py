"""A scan whose hidden text layer is scattered letters is read through OCR, not as text.

The rule: in German or English prose 90 % or more of the letters stand in words of three
letters or more (0.90 to 0.99 on the corpus's PDFs with a text layer); a layer with less than
half is no text. All text invented.
"""

import base64
import io

import pytest

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.formats.pdf import _garbled

from .fixtures import formats
from .test_reader_formats_scanned_pdfs_are_read_through_ocr import needs_tesseract

GARBLE = (
    ". lt . e t s t s is r n te e e u ta g a r. m n o k is s th id o n a n o d w f . t d "
    "e s v ith th . P a e a y a r r ile in e a e e b o g e te a e v . M . o n x o s e "
) * 3


@pytest.mark.parametrize(
    ("text", "garbled"),
    [
        (GARBLE, True),
        (
            "Der Vorstand trifft sich am Dienstag im Vereinsheim. Anna Berg begrüßt die "
            "Anwesenden und stellt fest, dass die Einladung fristgerecht verschickt wurde. "
            "Der Kassenbericht wird vorgestellt, es gibt keine Fragen. Die Entlastung wird "
            "einstimmig erteilt. Unter Verschiedenes wird das Sommerfest im Juli besprochen, "
            "Jonas übernimmt die Planung und berichtet in der nächsten Sitzung.",
            False,
        ),
        (
            "The board met on Tuesday at the library. The chair welcomed all members and noted "
            "that notice of the meeting was sent in time. The treasurer presented the accounts, "
            "which were accepted without questions. A motion to hold a summer fair in July was "
            "carried, and Jo will plan it and report at the next meeting of the board.",
            False,
        ),
        ("A B C 1 2 3", False),  # too few words to judge: read as it stands
    ],
)
def test_the_share_of_letters_in_words_tells_text_from_scattered_letters(text, garbled):
    assert _garbled(text) is garbled


def _scan_with_a_garbled_layer() -> bytes:
    """A scanned page (picture) under a broken OCR layer of single letters, set in white."""
    import pypdfium2
    import weasyprint

    scan = pypdfium2.PdfDocument(formats.scanned_pdf())
    try:
        picture = scan[0].render(scale=150 / 72).to_pil()
    finally:
        scan.close()
    buf = io.BytesIO()
    picture.save(buf, format="PNG")
    png = base64.b64encode(buf.getvalue()).decode()
    html = (
        "<style>@page{size:A4;margin:0} body{margin:0} img{width:210mm;height:297mm;"
        "position:absolute;top:0;left:0} p{position:absolute;bottom:2mm;left:2mm;"
        "font-size:4pt;color:white}</style>"
        f"<img src='data:image/png;base64,{png}'><p>{GARBLE}</p>"
    )
    return weasyprint.HTML(string=html).write_pdf()


def test_the_built_scan_has_the_scattered_letters_as_its_text_layer():
    from transferhub.protocols.reader.formats import pdf

    with pdf.PDFIUM:
        pages, _links, _sizes = pdf._read(_scan_with_a_garbled_layer())
    layer = " ".join(x.text for items in pages for _t, x in items)
    assert "s is r n" in layer and _garbled(layer)


@needs_tesseract
def test_a_scan_with_scattered_letters_as_its_text_layer_is_read_from_its_picture():
    got = read_protocol(_scan_with_a_garbled_layer(), filename="scan.pdf")
    assert (got["date"], got["start"], got["end"]) == ("2024-03-12", "18:00", "19:30")
    assert [a["title"] for a in got["agenda"]] == ["Begrüßung", "Haushalt 2024", "Verschiedenes"]
