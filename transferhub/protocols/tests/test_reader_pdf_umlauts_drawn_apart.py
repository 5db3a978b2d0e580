"""pdfLaTeX without T1 fonts draws an umlaut's dots beside the letter; the reader joins them."""

from pathlib import Path

import pytest

from transferhub.protocols.reader.extract import extract, load
from transferhub.protocols.reader.formats.pdf import _DIAERESIS, _joined_diaeresis

CORPUS = Path(__file__).parent / "corpus" / "files"


@pytest.mark.parametrize(
    ("drawn", "meant"),
    [
        ("eingeschr¨ankt", "eingeschränkt"),  # the dots before their letter
        ("Ru¨ckmeldung", "Rückmeldung"),  # after it
        ("¨Ubersicht der W¨orter", "Übersicht der Wörter"),
        ("Umlaute wie ¨a, ¨o", "Umlaute wie ä, ö"),
        ("GUI. ¨", "GUI. ¨"),  # dots alone: left as they are
        ("Schön und gut", "Schön und gut"),
    ],
)
def test_dots_drawn_beside_a_letter_make_its_umlaut(drawn, meant):
    assert _DIAERESIS.sub(_joined_diaeresis, drawn) == meant


def test_a_latex_pdf_reads_with_its_umlauts():
    data, name = load(CORPUS / "propra16-die3lustigen4_2016-06-22.pdf", None)
    _fmt, text = extract(data, name)
    assert "Verständnis" in text and "möglich" in text
    assert "¨a" not in text and "¨o" not in text
