"""A scanned, image-only PDF is read through Tesseract (German and English), within bounds.

Where Tesseract is missing these tests skip loudly; under CI=1 they run and fail, since
.ci/run installs it (apt-get install tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng).
"""

from __future__ import annotations

import os
import time

import pytest

from transferhub.protocols.reader import ProtocolReadError, limits, read_protocol
from transferhub.protocols.reader.formats import ocr

from .fixtures import formats

IN_CI = os.environ.get("CI", "") in ("1", "true")
needs_tesseract = pytest.mark.skipif(
    not ocr.available() and not IN_CI,
    reason="SKIPPED: OCR tests (no Tesseract with deu+eng; apt-get install tesseract-ocr "
    "tesseract-ocr-deu tesseract-ocr-eng)",
)


@needs_tesseract
def test_a_scanned_pdf_is_read_to_the_contract():
    started = time.monotonic()
    got = read_protocol(formats.scanned_pdf(), filename="scan.pdf")
    assert time.monotonic() - started < limits.OCR_PAGE_SECONDS
    assert got["source"]["format"] == "pdf"
    assert (got["date"], got["start"], got["end"]) == ("2024-03-12", "18:00", "19:30")
    assert got["note_taker"] == "Jonas Kurz"
    assert [a["title"] for a in got["agenda"]] == ["Begrüßung", "Haushalt 2024", "Verschiedenes"]
    budget = got["agenda"][1]
    assert [(d["text"], d["votes"]) for d in budget["decisions"]] == [
        ("Der Haushalt 2024 wird angenommen.", {"yes": 3, "no": 0, "abstain": 0})
    ]
    assert [(t["owner"], t["due"]) for t in budget["tasks"]] == [("Petra Lang", "2024-03-30")]


@needs_tesseract
def test_a_scan_of_more_than_30_pages_is_refused_before_any_recognition():
    scan = formats.scanned_pdf([("", "x")], pages=limits.MAX_OCR_PAGES + 1, dpi=20)
    started = time.monotonic()
    with pytest.raises(ProtocolReadError, match="mehr als 30 Seiten"):
        read_protocol(scan, filename="scan.pdf")
    assert time.monotonic() - started < 5


def test_without_tesseract_a_scan_is_refused_saying_what_to_install(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # a machine where Tesseract is not installed
    with pytest.raises(ProtocolReadError) as refused:
        read_protocol(formats.scanned_pdf(dpi=50), filename="scan.pdf")
    assert str(refused.value) == (
        "Für gescannte PDFs wird Tesseract benötigt: "
        "apt-get install tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng"
    )
