"""Reading the text of a paper's versions and comparing two of them.

DOCX (python-docx), PDF with a readable text layer (pdfminer) and Markdown or plain text
are read; the work is bounded: at most MAX_TEXT characters are kept and a comparison looks
at most at MAX_DIFF_LINES lines of each side.
"""

import difflib
import io
from dataclasses import dataclass

from django.utils.translation import gettext as _

from transferhub.lib.text import text_unreadable

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MARKDOWN = "text/markdown"
PDF = "application/pdf"
TEXT_TYPES = (DOCX, MARKDOWN, PDF)
MAX_TEXT = 2_000_000  # characters kept of one version's text
MAX_PDF_PAGES = 300
MAX_DIFF_LINES = 5_000


def read_text(data: bytes, mime: str) -> tuple[str, str]:
    """Return (text, state): state "text", "no_text" or "other".

    "no_text" is a PDF without a readable text layer: a scan, or one set in fonts without a
    map to Unicode whose layer pdfminer gives as "(cid:12)(cid:7)…" (those whose glyphs have
    their usual names, as Ghostscript kept them, pdfminer reads as text).
    """
    if mime == MARKDOWN:
        text = data.decode("utf-8")
    elif mime == DOCX:
        text = _docx_text(data)
    elif mime == PDF:
        text = _pdf_text(data).replace("\x0c", "\n").strip()
        if not text or text_unreadable(text):  # a scan, or fonts without a map to Unicode
            return "", "no_text"
    else:
        return "", "other"
    return text[:MAX_TEXT], "text"


def _docx_text(data: bytes) -> str:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - a broken file simply has no text to compare
        return ""
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def _pdf_text(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    try:
        return extract_text(io.BytesIO(data), maxpages=MAX_PDF_PAGES)
    except Exception:  # noqa: BLE001 - an unreadable PDF has no text to compare
        return ""


@dataclass
class DiffLine:
    op: str  # "same", "added", "removed"
    text: str


@dataclass
class Diff:
    lines: list[DiffLine]
    added: int
    removed: int
    truncated: bool


def diff_lines(old: str, new: str, *, context: int = 2) -> Diff:
    """The lines that changed from `old` to `new`, with `context` unchanged lines around."""
    a, b = old.splitlines(), new.splitlines()
    truncated = len(a) > MAX_DIFF_LINES or len(b) > MAX_DIFF_LINES
    a, b = a[:MAX_DIFF_LINES], b[:MAX_DIFF_LINES]
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    out: list[DiffLine] = []
    added = removed = 0
    for group in matcher.get_grouped_opcodes(context):
        if out:
            out.append(DiffLine("gap", "…"))
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                out += [DiffLine("same", line) for line in a[i1:i2]]
                continue
            if tag in ("replace", "delete"):
                out += [DiffLine("removed", line) for line in a[i1:i2]]
                removed += i2 - i1
            if tag in ("replace", "insert"):
                out += [DiffLine("added", line) for line in b[j1:j2]]
                added += j2 - j1
    return Diff(out, added, removed, truncated)


def no_text_message(version) -> str:
    if version.text_state == "no_text":
        return _(
            "Version %(number)s („%(name)s“) ist ein PDF ohne Textebene, etwa ein Scan: "
            "es enthält keinen Text, der sich vergleichen lässt. Laden Sie eine Fassung "
            "als DOCX, Markdown oder PDF mit Text hoch."
        ) % {"number": version.number, "name": version.file_name}
    return _(
        "Version %(number)s („%(name)s“) ist kein Textformat; verglichen werden DOCX, "
        "Markdown und PDF mit Text."
    ) % {"number": version.number, "name": version.file_name}
