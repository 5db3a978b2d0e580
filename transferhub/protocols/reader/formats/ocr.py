"""Scanned PDFs: pages rendered to images (pypdfium2) and read by Tesseract (deu+eng).

Tesseract runs as Debian's `tesseract` program, one page at a time with a timeout; its
word boxes (TSV) give lines with their height and indentation, which the PDF extractor
turns into headings, list items and paragraphs as it does for a text layer.
"""

from __future__ import annotations

import html
import io
import os
import re
import shutil
import subprocess
import time
from collections import Counter
from functools import cache

from .. import blocks as B
from .. import limits
from ..errors import ProtocolReadError, gettext_noop

LANGUAGES = "deu+eng"
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng"
_NO_TESSERACT = gettext_noop(
    "Für gescannte PDFs wird Tesseract benötigt: "
    "apt-get install tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng"
)
# A PDF whose fonts have no map to Unicode shows text but gives none: no scan, read alike.
_NO_TESSERACT_FOR_LAYER = gettext_noop(
    "Die Textebene des PDFs ist unlesbar (Schriften ohne Zuordnung zu Buchstaben); um es per "
    "Texterkennung zu lesen, wird Tesseract benötigt: "
    "apt-get install tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng"
)
_NO_LANGUAGES = gettext_noop(
    "Für gescannte PDFs fehlen Tesseract die Sprachdaten für Deutsch und Englisch: "
    "apt-get install tesseract-ocr-deu tesseract-ocr-eng"
)


def tesseract() -> str | None:
    """The path of the tesseract program, or None where it is not installed."""
    return shutil.which("tesseract")


@cache
def _languages(program: str) -> frozenset[str]:
    try:
        done = subprocess.run(
            [program, "--list-langs"], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in done.stdout.splitlines()[1:])


def available() -> bool:
    """Tell whether scanned PDFs can be read here (Tesseract with German and English)."""
    program = tesseract()
    return program is not None and {"deu", "eng"} <= _languages(program)


def blocks_of_pdf(data: bytes, *, unreadable_layer: bool = False) -> list[B.Block]:
    """Read a PDF from its pictures through OCR, within MAX_OCR_PAGES and MAX_OCR_SECONDS.

    A scan, or a PDF whose text layer is unreadable (unreadable_layer, which the refusals name).
    """
    import pypdfium2

    from .pdf import PDFIUM, _Line, _to_blocks

    program = tesseract()
    if program is None:
        raise ProtocolReadError(_NO_TESSERACT_FOR_LAYER if unreadable_layer else _NO_TESSERACT)
    if not {"deu", "eng"} <= _languages(program):
        raise ProtocolReadError(_NO_LANGUAGES)
    deadline = time.monotonic() + limits.MAX_OCR_SECONDS
    limits.extend_time(limits.MAX_OCR_SECONDS)  # recognising takes longer than reading text
    try:
        with PDFIUM:
            pdf = pypdfium2.PdfDocument(data)
    except Exception as exc:  # pdfium raises its own error types on broken files
        raise ProtocolReadError(
            gettext_noop("Das PDF ist beschädigt und kann nicht gelesen werden.")
        ) from exc
    pages: list[list[tuple[float, object]]] = []
    sizes: Counter[float] = Counter()
    try:
        if len(pdf) > limits.MAX_OCR_PAGES:
            raise ProtocolReadError(_TOO_MANY_FOR_LAYER if unreadable_layer else _TOO_MANY_PAGES)
        for index in range(len(pdf)):
            left = deadline - time.monotonic()
            if left <= 1:
                raise _too_slow()
            with PDFIUM:  # one thread in PDFium at a time; Tesseract runs outside
                page = pdf[index]
                try:
                    png, scale = _render(page)
                finally:
                    page.close()
            lines = _recognise(program, png, timeout=min(limits.OCR_PAGE_SECONDS, left))
            items: list[tuple[float, object]] = []
            for text, x0, top, bottom, x_size in lines:
                size = round(x_size / scale)  # whole points: the estimate varies a little
                sizes[size] += len(text)
                items.append(
                    (top / scale, _Line(text, x0 / scale, top / scale, bottom / scale, size, False))
                )
            pages.append(items)
    finally:
        with PDFIUM:
            pdf.close()
    if not any(pages):
        raise ProtocolReadError(
            gettext_noop(
                "Das PDF enthält keinen Text (nur Bilder, in denen die Texterkennung nichts "
                "fand); bitte einen besseren Scan oder ein PDF mit Textebene hochladen."
            )
        )
    return _to_blocks(pages, [[] for _ in pages], sizes, heading_ratio=1.3)


_TOO_MANY_PAGES = gettext_noop(
    "Das PDF ist ein Scan mit mehr als 30 Seiten; gescannte PDFs werden "
    "bis 30 Seiten per Texterkennung gelesen."
)
_TOO_MANY_FOR_LAYER = gettext_noop(
    "Die Textebene des PDFs ist unlesbar (Schriften ohne Zuordnung zu Buchstaben), und es hat "
    "mehr als 30 Seiten; solche PDFs werden bis 30 Seiten per Texterkennung gelesen."
)


def _too_slow() -> ProtocolReadError:
    return ProtocolReadError(
        gettext_noop(
            "Die Texterkennung des gescannten PDFs hat länger als 2 Minuten gedauert und "
            "wurde abgebrochen; bitte teilen Sie die Datei auf."
        )
    )


def _render(page) -> tuple[bytes, float]:
    """Render one page to a grayscale PNG at OCR_DPI, fewer dots for oversized pages."""
    width, height = page.get_size()  # points
    scale = limits.OCR_DPI / 72
    pixels = width * height * scale * scale
    if pixels > limits.MAX_OCR_PIXELS:
        scale *= (limits.MAX_OCR_PIXELS / pixels) ** 0.5
    bitmap = page.render(scale=scale, grayscale=True)
    try:
        image = bitmap.to_pil()
        buf = io.BytesIO()
        image.save(buf, format="PNG", compress_level=1)
    finally:
        bitmap.close()
    return buf.getvalue(), scale


_HOCR = re.compile(
    r"<span class='ocr_(?:line|header|caption|textfloat)'[^>]*?title=\"bbox (\d+) (\d+) \d+ (\d+);"
    r"[^\"]*?x_size ([\d.]+)"
    r"|<span class='ocrx_word'[^>]*?x_wconf (\d+)'[^>]*>(.*?)</span>",
    re.S,
)
_TAG = re.compile(r"<[^>]+>")


def _recognise(program: str, png: bytes, *, timeout: float) -> list[tuple]:
    """Run Tesseract on one page image; return its lines (text, x0, top, bottom, size).

    hOCR gives each line's x_size, Tesseract's estimate of its font size, steadier than
    word boxes, whose height depends on the letters ("ja" against "Haus").
    """
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # one core per page, as the import runs
    try:
        done = subprocess.run(
            [program, "stdin", "stdout", "-l", LANGUAGES, "--psm", "3", "hocr"],
            input=png,
            capture_output=True,
            timeout=timeout,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise _too_slow() from exc
    except OSError as exc:
        raise ProtocolReadError(_NO_TESSERACT) from exc
    if done.returncode != 0:
        raise ProtocolReadError(
            gettext_noop("Die Texterkennung ist an einer Seite des gescannten PDFs gescheitert.")
        )
    out: list[tuple] = []
    line: list = []
    words: list[str] = []

    def end_line() -> None:
        if line and words:
            out.append((" ".join(words), *line))
        words.clear()

    for m in _HOCR.finditer(done.stdout.decode("utf-8", "replace")):
        if m[1] is not None:
            end_line()
            line = [int(m[1]), int(m[2]), int(m[3]), float(m[4])]
        elif int(m[5]) >= 10:  # below: specks and smudges read as letters
            word = html.unescape(_TAG.sub("", m[6])).strip()
            if word:
                words.append(word)
    end_line()
    return out  # in Tesseract's reading order: columns stay apart
