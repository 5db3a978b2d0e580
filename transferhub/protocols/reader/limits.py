"""Every bound of the reader in one place: what one file may cost before it is refused.

Cost was not bounded by file size: a 25 KB PDF with 400,000 text operators took 85 s and
2 GB, a 550 KB DOCX with 1.28 million paragraphs ran past 300 s, a flate-bomb PDF took 1 GB.
A file past a limit raises ProtocolReadError with a sentence naming the limit; the numbers in
the messages follow these defaults, so change both together.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .errors import ProtocolReadError, gettext_noop

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_SECONDS = 20.0  # wall time of one read, extraction and parsing together
MAX_TEXT_CHARS = 2_000_000  # extracted text
MAX_LINES = 50_000  # lines of extracted text, blank ones included

# PDF, checked with pypdf (which decodes within limits) before pdfminer (which does not).
MAX_PDF_PAGES = 200
MAX_PDF_STREAM_BYTES = 10 * 1024 * 1024  # one decoded stream: page content, form, font
MAX_PDF_DECODED_BYTES = 50 * 1024 * 1024  # all streams the text extraction decodes
# Tokens of a page's content, forms counted as often as they are drawn (some 10 µs each).
MAX_PDF_PAGE_OPERATORS = 200_000
MAX_PDF_OPERATORS = 2_000_000  # of all pages
# Characters a page shows (string bytes, hex digits halved): each becomes an object, some
# 200 µs apiece, so one page stays within a few seconds; a full A4 page has under 10,000.
MAX_PDF_PAGE_TEXT = 30_000

# DOCX: the zip directory is checked like any upload (transferhub.lib.uploads.zip_check).
MAX_DOCX_XML_BYTES = 20 * 1024 * 1024  # the XML parts the reader parses, unpacked
MAX_DOCX_XML_TAGS = 1_000_000  # "<" in those parts, a bound on the elements it builds
MAX_DOCX_PARAGRAPHS = 10_000  # paragraphs and table rows: some 300 pages, read in a few seconds

# Scanned PDFs (no text layer) are read through OCR, which costs seconds a page.
MAX_OCR_PAGES = 30
OCR_DPI = 200  # Tesseract reads 10-point print well from 200 dpi on
MAX_OCR_PIXELS = 20_000_000  # one rendered page (A4 at 200 dpi has 3.9 million)
OCR_PAGE_SECONDS = 30.0  # one page in Tesseract
MAX_OCR_SECONDS = 120.0  # all pages; the read's time limit grows by this for a scan

# RTF and HTML
MAX_RTF_DEPTH = 100  # groups inside groups; Word writes some 10
MAX_HTML_BYTES = 10 * 1024 * 1024  # a saved wiki page with its styles has some 500 KB
MAX_HTML_DEPTH = 500  # open elements inside each other

_deadline: ContextVar[float | None] = ContextVar("protocol_reader_deadline", default=None)


@contextmanager
def time_limit() -> Iterator[None]:
    """Let check_time() refuse the read once MAX_SECONDS have passed (the outermost one counts)."""
    if _deadline.get() is not None:
        yield
        return
    token = _deadline.set(time.monotonic() + MAX_SECONDS)
    try:
        yield
    finally:
        _deadline.reset(token)


def extend_time(seconds: float) -> None:
    """Give the current read more time (OCR of a scan); a no-op outside time_limit."""
    deadline = _deadline.get()
    if deadline is not None:
        _deadline.set(max(deadline, time.monotonic() + seconds))


def check_time() -> None:
    """Refuse the file if the read has run past its time (a no-op outside time_limit)."""
    deadline = _deadline.get()
    if deadline is not None and time.monotonic() > deadline:
        raise ProtocolReadError(
            gettext_noop(
                "Das Lesen der Datei hat länger als 20 Sekunden gedauert und wurde abgebrochen; "
                "bitte teilen Sie die Datei auf oder speichern Sie sie einfacher."
            )
        )


def text_too_long() -> ProtocolReadError:
    """The refusal of a text past MAX_TEXT_CHARS."""
    return ProtocolReadError(
        gettext_noop(
            "Der Text der Datei ist länger als 2 Millionen Zeichen und wird nicht gelesen."
        )
    )


def check_text(text: str) -> None:
    """Refuse extracted text past MAX_TEXT_CHARS or MAX_LINES."""
    if len(text) > MAX_TEXT_CHARS:
        raise text_too_long()
    if text.count("\n") >= MAX_LINES:
        raise ProtocolReadError(
            gettext_noop("Der Text der Datei hat mehr als 50.000 Zeilen und wird nicht gelesen.")
        )
