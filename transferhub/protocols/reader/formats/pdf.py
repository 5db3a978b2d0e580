"""PDF: the text layer read by position and font size, tables by pdfplumber's table finder.

PDFium reads the characters with their boxes, sizes and fonts, and the ruling lines;
pdfplumber's table finder runs on those (without pdfminer, which parsed the page again in
Python at ten times the cost), on the pages whose lines could make a table. Lines set
larger than the body text become headings (the largest size level 1), lines that start
with a bullet or number become list items whose depth follows their indentation, ruled
tables become rows, and each page ends with a page break. A PDF without a text layer (a
scan), or one whose text layer is letters scattered without words (a scan's broken OCR
layer) or largely codes no one can read (fonts without a map to Unicode), is read through OCR
(see ocr.py).
"""

from __future__ import annotations

import ctypes
import functools
import io
import logging
import math
import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass

from transferhub.lib.text import text_unreadable

from .. import blocks as B
from .. import limits
from ..errors import ProtocolReadError, gettext_noop
from ..limits import check_time

# pypdf (check below) tells on its logger how it recovered from a broken file ("Ignoring
# wrong pointing object 8 0 (offset 0)", "incorrect startxref pointer"): notes for its own
# developers, which showed in the import command's and the bench's output. Its errors stay.
logging.getLogger("pypdf").setLevel(logging.ERROR)

_ENCRYPTED = gettext_noop("Das PDF ist verschlüsselt und kann nicht gelesen werden.")
_BROKEN = gettext_noop("Das PDF ist beschädigt und kann nicht gelesen werden.")
_BULLET = re.compile(r"^([•◦▪▫‣⁃●○■□◆◇►▸➢✓\-–*·])\s+(?=\S)")
# "1.", "2)", "1.1": a bare "17 Ja-Stimmen, 2 Enthaltungen" is a count, not a list number.
_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,2}(?=[.)\s])|\d{1,2}(?=[.)]))[.)]?\s+(?=\S)")
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_INDENT_STEP = 14.0  # points per list level: A4 office layouts indent 0.5 cm to 1.27 cm
_HEADING_RATIO = 1.12  # a line this much larger than the body text is a heading


@dataclass(slots=True)
class _Line:
    text: str
    x0: float
    top: float
    bottom: float
    size: float
    bold: bool


def blocks(data: bytes, *, allow_ocr: bool = True) -> list[B.Block]:
    """Read a PDF into blocks, through OCR when it has no text layer or a garbled one."""
    check(data)
    with PDFIUM:
        pages, links, sizes = _read(data)
    text = " ".join(
        x.text if isinstance(x, _Line) else " ".join(" ".join(r) for r in x)
        for items in pages
        for _t, x in items
    )
    unreadable = text_unreadable(text)
    if unreadable or not re.search(r"\w{3}", text.replace("http", "")) or _garbled(text):
        if not allow_ocr:
            raise ProtocolReadError(_NO_TEXT)
        from . import ocr

        return ocr.blocks_of_pdf(data, unreadable_layer=unreadable)
    return _to_blocks(pages, links, sizes)


_LETTERS = re.compile(r"[^\W\d_]+")
# Prose in German or English has 90 % or more of its letters in words of three letters or
# more (the corpus's 32 PDFs with a text layer: 0.90 to 0.99); a scan whose hidden text layer
# is a scatter of single letters ("s is r n", "te e e u") has about 0.1.
_WORD_LETTERS_MIN = 0.5
_GARBLED_MIN_WORDS = 50


def _garbled(text: str) -> bool:
    """Whether a text layer is letters scattered without words (a scan's broken OCR layer)."""
    words = _LETTERS.findall(text)
    if len(words) < _GARBLED_MIN_WORDS:
        return False
    letters = sum(map(len, words))
    return sum(len(w) for w in words if len(w) >= 3) < _WORD_LETTERS_MIN * letters


# PDFium keeps global state and is not thread-safe; a web process may read two uploads at once.
PDFIUM = threading.Lock()


def _read(data: bytes):
    """Each page's lines and tables (top, item), its links, and the character count per size.

    PDFium (C++) reads the text about ten times faster than pdfminer (Python); pdfplumber's
    table finder, which needs pdfminer's full parse of a page, runs only on pages whose
    ruling lines could make a table.
    """
    import pypdfium2

    pages: list[list[tuple[float, object]]] = []  # per page: (top, _Line or table rows)
    links: list[list[str]] = []
    sizes: Counter[float] = Counter()
    length = 0
    try:
        doc = pypdfium2.PdfDocument(data)
    except Exception as exc:  # pdfium raises its own error type on broken files
        raise _refusal(exc) from exc
    try:
        if len(doc) > limits.MAX_PDF_PAGES:
            raise ProtocolReadError(_TOO_MANY_PAGES)
        for n in range(len(doc)):
            check_time()
            page = doc[n]
            try:
                finder = _TableFinder(page)
                lines = _lines(page, sizes, finder)  # collects the characters of the tables
                items: list[tuple[float, object]] = [(box[1], rows) for box, rows in finder.rows()]
                items += lines
                items.sort(key=lambda t: t[0])
                pages.append(items)
                links.append(_links(doc, page))
            finally:
                page.close()
            length += sum(len(x.text) if isinstance(x, _Line) else 80 for _t, x in items)
            if length > limits.MAX_TEXT_CHARS:
                raise limits.text_too_long()
    except ProtocolReadError:
        raise
    except Exception as exc:  # pdfium raises many unrelated types on broken files
        raise _refusal(exc) from exc
    finally:
        doc.close()
    return pages, links, sizes


def _refusal(exc: Exception) -> ProtocolReadError:
    if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
        return ProtocolReadError(_ENCRYPTED)
    return ProtocolReadError(_BROKEN)


_NO_TEXT = gettext_noop(
    "Das PDF enthält keinen Text (nur Bilder); bitte ein PDF mit Textebene hochladen."
)


def _cell_text(cell: str | None) -> str:
    text = re.sub(r"(?<=\w)-\n(?=\w)", "-", cell or "")
    if "¨" in text:
        text = _DIAERESIS.sub(_joined_diaeresis, text)
    return " ".join(text.split())


def _may_hold_a_table(page) -> bool:
    """Whether the page's ruling lines cross as a table's do (see _is_grid)."""
    return _is_grid(_edges(page, page.get_height()))


class _TableFinder:
    """A page's ruled tables: pdfplumber's table finder on the lines and characters PDFium reads.

    pdfplumber would have pdfminer parse the page once more, in Python: 50-330 ms a page with a
    table. Its finder (snapping and joining lines, their crossings, cells, tables) needs only
    the ruling lines, and a cell's text only the characters inside it; PDFium gives both, and
    this object offers them as pdfplumber's page does (edges, chars, bbox). Only a page whose
    lines cross as a table's grid does is searched.
    """

    def __init__(self, page) -> None:
        height = page.get_height()
        self.bbox = (0.0, 0.0, page.get_width(), height)
        self.edges: list[dict] = []
        self.chars: list[dict] = []  # of the tables, as _runs meets them
        self.tables: list = []
        lines = _edges(page, height)
        if _is_grid(lines):
            from pdfplumber.table import TableFinder

            self.edges = [
                {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0,
                 "height": bottom - top, "orientation": "h" if top == bottom else "v",
                 "object_type": "line"}
                for x0, x1, top, bottom in lines
            ]  # fmt: skip

            for table in TableFinder(self).tables:
                rows = table.rows
                if len(rows) >= 2 and max(len(r.cells) for r in rows) >= 2:
                    self.tables.append(table)
        self.boxes = [t.bbox for t in self.tables]

    def rows(self) -> list[tuple[tuple, list[list[str]]]]:
        """Each table's box and its rows of cell texts.

        extract_text() would run the cells of a row together line by line ("Title Name (Org
        09:00" / "Mittelstand)"), which no reader can split again; the finder keeps cells apart.
        """
        return [(t.bbox, [[_cell_text(c) for c in r] for r in t.extract()]) for t in self.tables]


# Straight segments on a page: more is a drawing, not a table of minutes (a table of 100
# rows and 8 columns drawn cell by cell has 3,200). Crossings looked for before giving up:
# a table's first line across crosses every line down, a drawing's lines may never cross.
_MAX_EDGES = 8_000
_MAX_PAIRS = 2_000_000


def _is_grid(lines: list[tuple[float, float, float, float]]) -> bool:
    """Whether lines (x0, x1, top, bottom) cross as a table's grid of two rows by two columns.

    Such a table has three lines across and three down crossing in nine points; pages of
    text, with an underline, a box or a coloured bar here and there, have fewer.
    """
    across = [(top, x0, x1) for x0, x1, top, bottom in lines if top == bottom]
    down = [(x0, top, bottom) for x0, x1, top, bottom in lines if top != bottom]
    if len(across) < 3 or len(down) < 3 or len(lines) > _MAX_EDGES:
        return False
    # Points within 3 units (pdfplumber's snapping) count as one crossing.
    crossings: set[tuple[int, int]] = set()
    for k, (hy, hx0, hx1) in enumerate(across):
        if k * len(down) > _MAX_PAIRS:
            return False
        for vx, vy0, vy1 in down:
            if hx0 - 3 <= vx <= hx1 + 3 and vy0 - 3 <= hy <= vy1 + 3:
                crossings.add((round(vx / 3), round(hy / 3)))
                if len(crossings) >= 9:
                    return True
    return False


def _edges(page, height: float) -> list[tuple[float, float, float, float]]:
    """The page's straight lines across and down as (x0, x1, top, bottom), top-down.

    Every segment of every path, forms looked into with their matrices: ruled tables are
    drawn as lines, as rectangles or as thin filled boxes, which give four edges each.
    """
    import pypdfium2.raw as pdfium

    edges: list[tuple[float, float, float, float]] = []
    x, y, m = ctypes.c_float(), ctypes.c_float(), pdfium.FS_MATRIX()

    def walk(count: int, get, outer: tuple, depth: int) -> None:
        for i in range(count):
            if len(edges) > _MAX_EDGES:
                return
            obj = get(i)
            kind = pdfium.FPDFPageObj_GetType(obj)
            if kind not in (pdfium.FPDF_PAGEOBJ_PATH, pdfium.FPDF_PAGEOBJ_FORM):
                continue
            # An object's points are in its own space; its matrix puts them in the parent's.
            if not pdfium.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
                m.a, m.b, m.c, m.d, m.e, m.f = 1, 0, 0, 1, 0, 0
            matrix = _times((m.a, m.b, m.c, m.d, m.e, m.f), outer)
            if kind == pdfium.FPDF_PAGEOBJ_FORM:
                if depth < 8:
                    walk(
                        pdfium.FPDFFormObj_CountObjects(obj),
                        functools.partial(pdfium.FPDFFormObj_GetObject, obj),
                        matrix,
                        depth + 1,
                    )
                continue
            _path_edges(obj, matrix, height, edges, x, y)

    walk(
        pdfium.FPDFPage_CountObjects(page),
        functools.partial(pdfium.FPDFPage_GetObject, page),
        (1.0, 0.0, 0.0, 1.0, 0.0, 0.0),
        0,
    )
    return edges


def _times(inner: tuple, outer: tuple) -> tuple:
    """The matrix applying `inner` first, then `outer` (PDF's a b c d e f)."""
    a, b, c, d, e, f = inner
    oa, ob, oc, od, oe, of = outer
    return (
        a * oa + b * oc,
        a * ob + b * od,
        c * oa + d * oc,
        c * ob + d * od,
        e * oa + f * oc + oe,
        e * ob + f * od + of,
    )


def _path_edges(obj, matrix: tuple, height: float, edges: list[tuple], x, y) -> None:
    """Add the segments of one path that run straight across or down."""
    import pypdfium2.raw as pdfium

    a, b, c, d, e, f = matrix
    start = prev = None
    for k in range(pdfium.FPDFPath_CountSegments(obj)):
        segment = pdfium.FPDFPath_GetPathSegment(obj, k)
        pdfium.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y))
        point = (a * x.value + c * y.value + e, height - (b * x.value + d * y.value + f))
        if pdfium.FPDFPathSegment_GetType(segment) == pdfium.FPDF_SEGMENT_MOVETO:
            start = prev = point
            continue
        ends = [point]
        if pdfium.FPDFPathSegment_GetClose(segment) and start is not None:
            ends.append(start)
        for end in ends:
            if prev is not None:
                (ax, ay), (bx, by) = prev, end
                if abs(ay - by) < _SAME and abs(ax - bx) >= _SAME:
                    edges.append((min(ax, bx), max(ax, bx), ay, ay))
                elif abs(ax - bx) < _SAME and abs(ay - by) >= _SAME:
                    edges.append((ax, ax, min(ay, by), max(ay, by)))
            prev = end


_SAME = 0.01  # points: a line across has one height (PDFium's coordinates are 32-bit floats)


# pdfLaTeX without T1 fonts draws an umlaut's dots as a glyph of their own beside the
# letter: the text layer says "schr¨ankt" or "Ru¨ckmeldung" for "schränkt", "Rückmeldung".
_DIAERESIS = re.compile(r"(\w?)¨(\w?)")


def _with_dots(letter: str) -> str | None:
    joined = unicodedata.normalize("NFC", letter + "\u0308")
    return joined if len(joined) == 1 else None  # "ä"; not "c" with dots


def _dots_on_their_letters(group: list[list[_Char]]) -> list[list[_Char]]:
    """Put each drawn "¨" on the letter it stands above (the last one starting left of it)."""
    letters = sorted(
        (c for run in group for c in run if c.text != "¨" and c.text.strip()), key=lambda c: c.x0
    )
    kept: list[list[_Char]] = []
    for run in group:
        rest = []
        for c in run:
            if c.text == "¨":
                below = [x for x in letters if x.x0 <= c.x0 + 0.5 and x.top < c.bottom]
                if below and (umlaut := _with_dots(below[-1].text)):
                    below[-1].text = umlaut
                    continue
            rest.append(c)
        if rest:
            kept.append(rest)
    return kept


def _joined_diaeresis(m: re.Match) -> str:
    before, after = m.groups()
    if after and (umlaut := _with_dots(after)):  # the dots mostly stand before their letter
        return before + umlaut
    if before and (umlaut := _with_dots(before)):
        return umlaut + after
    return m.group(0)


def _lines(page, sizes: Counter[float], finder: _TableFinder) -> list[tuple[float, _Line]]:
    """The page's text lines outside the tables, as pdfplumber's extract_text_lines gives them.

    PDFium's text order with the spaces it infers between words; runs at one height (within
    3 points) form one line, left to right.
    """
    runs = _runs(page, finder)
    runs.sort(key=lambda run: run[0].top)
    lines: list[list[list[_Char]]] = []
    for run in runs:
        if lines and abs(run[0].top - lines[-1][0][0].top) <= _Y_TOLERANCE:
            lines[-1].append(run)
        else:
            lines.append([run])
    items = []
    for group in lines:
        group.sort(key=lambda run: run[0].x0)
        text = " ".join(" ".join("".join(c.text for c in run).split()) for run in group)
        if "¨" in text:
            group = _dots_on_their_letters(group)
            text = " ".join(" ".join("".join(c.text for c in run).split()) for run in group)
            text = _DIAERESIS.sub(_joined_diaeresis, text)
        chars = [c for run in group for c in run if not c.text.isspace()]
        if not text or not chars:
            continue
        size = round(sorted(c.size for c in chars)[len(chars) // 2] * 2) / 2
        bold = sum(1 for c in chars if _BOLD.search(c.font)) > len(chars) * 0.8
        sizes[size] += len(chars)
        top = min(c.top for c in chars)
        bottom = max(c.bottom for c in chars)
        x0 = min(c.x0 for c in chars)
        items.append((top, _Line(text, x0, top, bottom, size, bold)))
    return items


_Y_TOLERANCE = 3.0


@dataclass(slots=True)
class _Char:
    text: str
    x0: float
    top: float
    bottom: float
    size: float
    font: str


def _runs(page, finder: _TableFinder) -> list[list[_Char]]:
    """Runs of characters PDFium reads on one line; a space is a char " ".

    The characters inside the finder's tables go to the finder instead (spaces too, as
    pdfminer has them; those PDFium infers only before a word gap), as pdfplumber's chars for
    the cells' text.
    """
    import pypdfium2.raw as pdfium

    height = page.get_height()
    textpage = page.get_textpage()
    rect, matrix = pdfium.FS_RECTF(), pdfium.FS_MATRIX()
    name = ctypes.create_string_buffer(256)
    fonts: dict[int | None, tuple[float, str, bool]] = {}  # per text object: size, font, upright
    boxes, inside = finder.boxes, finder.chars
    runs: list[list[_Char]] = []
    run: list[_Char] = []
    high = 0  # the first half of a surrogate pair
    to_table = False  # whether the last letter went to a table

    def close() -> None:
        nonlocal run
        while run and run[-1].text == " ":
            run.pop()
        if run:
            runs.append(run)
        run = []

    # Per character a few calls into PDFium: bound once, with the raw handle, and the text
    # object's address as a plain number (a cast per character cost a third of the time).
    tp = textpage.raw
    unicode_of, generated = pdfium.FPDFText_GetUnicode, pdfium.FPDFText_IsGenerated
    box_of, box = pdfium.FPDFText_GetLooseCharBox, ctypes.byref(rect)
    object_at = _address_of_text_object()

    def font_at(i: int) -> tuple[float, str, bool]:
        key = object_at(tp, i)
        font = fonts.get(key)
        if font is None:
            obj = pdfium.FPDFText_GetTextObject(tp, i)
            font = fonts[key] = _font(tp, i, obj, matrix, name)
        return font

    def table_char(i: int, text: str, inferred: bool = False) -> bool:
        """Give a character inside a table to the finder; False if it is outside them all.

        A space PDFium counts as its own waits for the next character and stays only where a
        word gap follows (_word_gaps): PDFium marks some spaces a PDF draws as inferred, where
        pdfminer, and so pdfplumber, reads them as characters ("PotBellys Adliswil").
        """
        if inferred:
            # No box of its own: it stands after the table's last letter.
            if inside[-1]["text"] != " ":
                inside.append({**inside[-1], "text": " ", "x0": inside[-1]["x1"], "inferred": True})
            return True
        size, _name, upright = font_at(i)
        box_of(tp, i, box)
        bottom = height - rect.bottom
        x0, x1, top = rect.left, rect.right, bottom - size
        if not _inside(x0, x1, top, bottom, boxes):
            return False
        inside.append(
            {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
             "upright": upright}
        )  # fmt: skip
        return True

    try:
        for i, code in enumerate(_codes(tp, unicode_of)):
            if code == 2 or code == 0xFFFE:
                code = 0x2D  # PDFium's mark for a hyphen that ends a line: the hyphen
            if code in (10, 13):
                close()
                continue
            if chr(code).isspace():  # PDFium's inferred spaces too: they part words
                if run and run[-1].text != " ":
                    run.append(_Char(" ", 0.0, 0.0, 0.0, 0.0, ""))
                if boxes and (generated(tp, i) != 1 or to_table):
                    table_char(i, " ", inferred=generated(tp, i) == 1)
                continue
            if code < 0x30 and generated(tp, i) == 1:
                continue  # PDFium adds spaces, breaks and hyphens of its own
            if 0xD800 <= code < 0xDC00:
                high = code
                continue
            text = chr(code)
            if 0xDC00 <= code < 0xE000 and high:
                text = chr(0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00))
            high = 0
            to_table = bool(boxes) and table_char(i, text)
            if to_table:
                continue
            size, font_name, _upright = font_at(i)
            box_of(tp, i, box)
            # pdfminer's box: from the descent below the baseline up by the font size.
            bottom = height - rect.bottom
            char = _Char(text, rect.left, bottom - size, bottom, size, font_name)
            if run and run[-1].text != " " and abs(run[-1].bottom - bottom) > _Y_TOLERANCE:
                close()
            run.append(char)
        close()
    finally:
        textpage.close()
    if inside:
        inside[:] = _word_gaps(inside)
    return runs


# A gap of a fifth of the font size between two letters is a word space (pdfminer's own
# threshold for inserting one is 3 pt, under a fifth of the 10-12 pt of minutes' tables).
_WORD_GAP = 0.2


def _word_gaps(chars: list[dict]) -> list[dict]:
    """Keep a space PDFium inferred only where the next letter stands a word gap away."""
    out = []
    for k, char in enumerate(chars):
        if char.pop("inferred", False):
            after = chars[k + 1] if k + 1 < len(chars) else None
            size = char["bottom"] - char["top"]
            if after is None or after["x0"] - char["x0"] < _WORD_GAP * size:
                continue
            char["x1"] = after["x0"]
        out.append(char)
    return out


def _codes(tp, unicode_of) -> list[int]:
    """The code of each character of a text page, read in one call where PDFium allows.

    FPDFText_GetText gives one UTF-16 unit per character index (PDFium keeps characters
    outside the BMP as two halves); one call instead of one per character.
    """
    import pypdfium2.raw as pdfium

    count = pdfium.FPDFText_CountChars(tp)
    if count <= 0:
        return []
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    written = pdfium.FPDFText_GetText(
        tp, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort))
    )
    codes = list(memoryview(buffer.raw[: max(written - 1, 0) * 2]).cast("H"))
    if len(codes) != count:  # not one unit a character after all: ask for each
        return [unicode_of(tp, i) for i in range(count)]
    return codes


@functools.cache
def _address_of_text_object():
    """FPDFText_GetTextObject answering the object's address as an int (cheap to compare)."""
    import pypdfium2.raw as pdfium

    prototype = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
    return ctypes.cast(pdfium.FPDFText_GetTextObject, prototype)


def _font(textpage, i: int, obj, matrix, name) -> tuple[float, str, bool]:
    """The size a character is drawn at (font size times the text's scale), its font, and
    whether it stands upright (pdfminer's test on the text's matrix)."""
    import pypdfium2.raw as pdfium

    pdfium.FPDFText_GetMatrix(textpage, i, ctypes.byref(matrix))
    scale = abs(matrix.d) if abs(matrix.d) > 1e-6 else math.hypot(matrix.b, matrix.d)
    size = pdfium.FPDFText_GetFontSize(textpage, i) * (scale or 1.0)
    font = pdfium.FPDFTextObj_GetFont(obj) if obj else None
    length = pdfium.FPDFFont_GetBaseFontName(font, name, len(name)) if font else 0
    upright = matrix.a * matrix.d > 0 and matrix.b * matrix.c <= 0
    return size, name.raw[: max(length - 1, 0)].decode("utf-8", "replace"), upright


def _inside(x0: float, x1: float, top: float, bottom: float, boxes: list[tuple]) -> bool:
    cx, cy = (x0 + x1) / 2, (top + bottom) / 2
    return any(bx0 <= cx <= bx1 and t <= cy <= b for bx0, t, bx1, b in boxes)


def _links(doc, page) -> list[str]:
    """The addresses the page's links point to, in the order of its annotations."""
    import pypdfium2.raw as pdfium

    found = []
    position, link = ctypes.c_int(0), pdfium.FPDF_LINK()
    buffer = ctypes.create_string_buffer(2048)
    while pdfium.FPDFLink_Enumerate(page, ctypes.byref(position), ctypes.byref(link)):
        action = pdfium.FPDFLink_GetAction(link)
        if not action or pdfium.FPDFAction_GetType(action) != pdfium.PDFACTION_URI:
            continue
        length = pdfium.FPDFAction_GetURIPath(doc, action, buffer, len(buffer))
        if 1 < length <= len(buffer):
            found.append(buffer.raw[: length - 1].decode("latin-1"))
        if len(found) >= 200:
            break
    return found


def _to_blocks(
    pages: list[list[tuple[float, object]]],
    links: list[list[str]],
    sizes: Counter[float],
    *,
    heading_ratio: float = _HEADING_RATIO,
) -> list[B.Block]:
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    larger = sorted({s for s in sizes if s >= body * heading_ratio}, reverse=True)
    level_of = {s: min(i + 1, 6) for i, s in enumerate(larger)}
    level_of[_EMPHASIS] = min(len(larger) + 1, 6)
    out: list[B.Block] = []
    for n, items in enumerate(pages):
        if n:
            out.append(B.page_break())
        lines = [x for _t, x in items if isinstance(x, _Line)]
        margin = min((x.x0 for x in lines), default=0.0)
        indents = _list_indents(lines)
        prev: _Line | None = None
        for _top, x in items:
            check_time()
            if not isinstance(x, _Line):
                for i, cells in enumerate(x):
                    out.append(B.row(cells, header=i == 0))
                prev = None
                continue
            _add_line(out, x, prev, margin, level_of, indents)
            prev = x
        if links[n]:
            out.append(B.paragraph("\n".join(links[n])))
    return B.compact(out)


# Lines of body size that are headings by their emphasis: all in capitals ("CONSENT
# CALENDAR", "NON-AGENDA PUBLIC COMMENT") or bold ("APPROVAL OF PREVIOUS MINUTES"), standing
# apart from the text above, short and without a sentence's end; one level below the sized ones.
# A bold line that ends in a colon leads into what follows ("Die AG Transfer vereinbart:",
# "Beschluss:", "Anwesend:"): a label the text's own rules read, not a heading.
_EMPHASIS = -1.0
_HEADING_MAX = 80
_NOT_A_HEADING_START = re.compile(r"^[\d•◦▪‣⁃●○■□◆◇►▸➢✓*·(\[-]")


def _emphasised_line(x: _Line, prev: _Line | None) -> bool:
    """Whether a line of body size stands as a heading by capitals or bold type."""
    text = x.text.strip()
    if (
        len(text) > _HEADING_MAX
        or text.endswith((".", ",", ";", ":"))
        or _NOT_A_HEADING_START.match(text)
    ):
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4:
        return False
    apart = prev is None or x.top - prev.bottom >= 0.5 * x.size
    capitals = not any(c.islower() for c in letters)
    return apart and (capitals or x.bold)


def _list_indents(lines: list[_Line]) -> list[float]:
    """The indentations at which the page's bullets stand, one per list level."""
    starts = sorted(x.x0 for x in lines if _BULLET.match(x.text))
    levels: list[float] = []
    for x0 in starts:
        if not levels or x0 - levels[-1] > 4:
            levels.append(x0)
    return levels


def _add_line(
    out: list[B.Block],
    x: _Line,
    prev: _Line | None,
    margin: float,
    level_of: dict[float, int],
    indents: list[float],
) -> None:
    """Add one line as a new block or as the continuation of the last one."""
    last = out[-1] if out and prev is not None else None
    gap = x.top - prev.bottom if prev is not None else 1e9
    close = gap < 0.8 * max(x.size, prev.size if prev else 0)
    level = level_of.get(x.size)
    if level is None and _emphasised_line(x, prev):
        level = level_of[_EMPHASIS]
    if level is not None and len(x.text) <= 200:
        if last is not None and last.kind == B.HEADING and close and last.level == level:
            last.text += " " + x.text  # a heading wrapped over two lines
        else:
            out.append(B.heading(x.text, level))
        return
    depth = max(0, int((x.x0 - margin + 3) // _INDENT_STEP))
    bullet = _BULLET.match(x.text)
    if bullet:
        # Depth among the page's bullet indentations: a list indented as a whole is level 0.
        level = sum(1 for indent in indents if indent < x.x0 - 4)
        out.append(B.item(x.text[bullet.end() :], depth=min(level, 5)))
        return
    number = _NUMBERED.match(x.text)
    if number and depth and not (last is not None and last.kind == B.PARAGRAPH and close):
        out.append(B.item(x.text[number.end() :], depth=min(depth - 1, 5), number=number[1]))
        return
    # A list item goes on only in lines indented like it; one back at the margin is new text.
    if last is not None and close and last.kind in (B.PARAGRAPH, B.ITEM):
        if last.kind == B.PARAGRAPH or prev is None or x.x0 >= prev.x0 - 2:
            last.text += "\n" + x.text
            return
    out.append(B.paragraph(x.text))


_TOO_MANY_PAGES = gettext_noop("Das PDF hat mehr als 200 Seiten und wird nicht gelesen.")
_PDF_BOMB = gettext_noop(
    "Das PDF enthält Daten, die entpackt unzulässig groß würden (Verdacht auf eine "
    "Kompressionsbombe), und wird nicht gelesen."
)
# What the content of a page costs pdfminer: its tokens (counted by their separators), the
# strings it shows, and the forms it draws (by name, with "Do").
_TOKEN_SEPARATORS = (b" ", b"\n", b"\r", b"\t", b"\x0c", b"\x00", b"(", b"[", b"<", b"/", b"{")
_SHOWN_STRING = re.compile(rb"\((?:\\.|[^\\()]|\((?:\\.|[^\\()])*\))*\)|<[0-9A-Fa-f\s]*>", re.S)
_DRAWN_FORM = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s*Do(?![^\s/\[\]()<>{}%])")
_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")


def check(data: bytes) -> None:
    """Refuse an encrypted PDF, and one whose text extraction would cost past the limits.

    pdfminer inflates streams without a limit and draws a form as often as a page names it;
    pypdf decodes within limits, so it measures first: pages, decoded bytes, and per page the
    tokens and shown text, forms counted as often as they are drawn.
    """
    from pypdf import PdfReader, apply_configuration
    from pypdf.errors import LimitReachedError

    stream_limit = limits.MAX_PDF_STREAM_BYTES
    try:
        with apply_configuration(
            zlib_maximum_output_length=stream_limit,
            lzw_maximum_output_length=stream_limit,
            run_length_maximum_output_length=stream_limit,
            array_based_stream_maximum_output_length=stream_limit,
            maximum_declared_stream_length=max(stream_limit, limits.MAX_FILE_BYTES),
        ):
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and reader.decrypt("") == 0:
                raise ProtocolReadError(
                    gettext_noop("Das PDF ist verschlüsselt und kann nicht gelesen werden.")
                )
            if len(reader.pages) > limits.MAX_PDF_PAGES:
                raise ProtocolReadError(_TOO_MANY_PAGES)
            _PdfCost().check(reader)
    except ProtocolReadError:
        raise
    except LimitReachedError as exc:
        raise ProtocolReadError(_PDF_BOMB) from exc
    except Exception as exc:  # pypdf raises many types on broken files; pdfminer would too
        if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
            raise ProtocolReadError(
                gettext_noop("Das PDF ist verschlüsselt und kann nicht gelesen werden.")
            ) from exc
        raise ProtocolReadError(
            gettext_noop("Das PDF ist beschädigt und kann nicht gelesen werden.")
        ) from exc


class _PdfCost:
    """Measure a PDF's content streams, forms and fonts with pypdf, refusing past the limits."""

    def __init__(self) -> None:
        self.decoded = 0
        self.forms: dict[object, tuple[int, int]] = {}
        self.drawing: set[object] = set()
        self.fonts: set[object] = set()

    def check(self, reader) -> None:
        operators = 0
        for page in reader.pages:
            check_time()
            resources = _resolved(page.get("/Resources")) or {}
            contents = _resolved(page.get("/Contents"))
            streams = contents if isinstance(contents, list) else [contents]
            data = b"\n".join(self.data(_resolved(c)) for c in streams if c is not None)
            tokens, text = self.content(data, resources)
            if tokens > limits.MAX_PDF_PAGE_OPERATORS:
                raise ProtocolReadError(
                    gettext_noop(
                        "Eine Seite des PDFs besteht aus mehr als 200.000 Zeichenbefehlen "
                        "und wird nicht gelesen."
                    )
                )
            if text > limits.MAX_PDF_PAGE_TEXT:
                raise ProtocolReadError(
                    gettext_noop(
                        "Eine Seite des PDFs zeigt mehr als 30.000 Zeichen Text "
                        "und wird nicht gelesen."
                    )
                )
            operators += tokens
            if operators > limits.MAX_PDF_OPERATORS:
                raise ProtocolReadError(
                    gettext_noop(
                        "Das PDF besteht aus mehr als 2 Millionen Zeichenbefehlen "
                        "und wird nicht gelesen."
                    )
                )

    def data(self, stream) -> bytes:
        """Decode a stream (pypdf stops past MAX_PDF_STREAM_BYTES) and count it to the total."""
        if stream is None or not hasattr(stream, "get_data"):
            return b""
        data = stream.get_data()
        self.decoded += len(data)
        if self.decoded > limits.MAX_PDF_DECODED_BYTES:
            raise ProtocolReadError(_PDF_BOMB)
        return data

    def content(self, data: bytes, resources) -> tuple[int, int]:
        """Return (tokens, bytes of shown strings) of a content stream with the forms it draws."""
        tokens = 1 + sum(data.count(sep) for sep in _TOKEN_SEPARATORS)
        if tokens > limits.MAX_PDF_PAGE_OPERATORS:
            return tokens, 0
        text = sum(
            len(m[0]) // (2 if m[0][:1] == b"<" else 1) for m in _SHOWN_STRING.finditer(data)
        )
        self.fonts_of(resources)
        xobjects = _resolved(resources.get("/XObject")) or {}
        for m in _DRAWN_FORM.finditer(data):
            name = "/" + _NAME_ESCAPE.sub(lambda e: bytes([int(e[1], 16)]), m[1]).decode("latin-1")
            form_tokens, form_text = self.form(xobjects.get(name), resources)
            tokens, text = tokens + form_tokens, text + form_text
            if tokens > limits.MAX_PDF_PAGE_OPERATORS:
                break
        return tokens, text

    def form(self, ref, resources) -> tuple[int, int]:
        form = _resolved(ref)
        if form is None or form.get("/Subtype") != "/Form":
            return 0, 0  # images are not decoded by the text extraction
        key = getattr(ref, "idnum", None) or id(form)
        if key in self.forms:
            return self.forms[key]
        if key in self.drawing:
            return 0, 0  # pdfminer refuses a form that draws itself
        self.drawing.add(key)
        own = _resolved(form.get("/Resources")) or resources
        self.forms[key] = self.content(self.data(form), own)
        self.drawing.discard(key)
        return self.forms[key]

    def fonts_of(self, resources) -> None:
        """Decode the font programs and maps pdfminer reads (embedded fonts, ToUnicode)."""
        for ref in (_resolved(resources.get("/Font")) or {}).values():
            key = getattr(ref, "idnum", None) or id(ref)
            if key in self.fonts:
                continue
            self.fonts.add(key)
            font = _resolved(ref) or {}
            parts = [font, *(_resolved(d) for d in _resolved(font.get("/DescendantFonts")) or [])]
            for part in parts:
                part = part or {}
                descriptor = _resolved(part.get("/FontDescriptor")) or {}
                for value in (
                    part.get("/ToUnicode"),
                    part.get("/Encoding"),
                    descriptor.get("/FontFile"),
                    descriptor.get("/FontFile2"),
                    descriptor.get("/FontFile3"),
                ):
                    self.data(_resolved(value))


def _resolved(value):
    """The object behind an indirect reference (pypdf), or the value itself."""
    return value.get_object() if hasattr(value, "get_object") else value
