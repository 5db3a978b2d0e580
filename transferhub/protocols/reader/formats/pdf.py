"""PDF: the text layer read by position and font size, tables by pdfplumber's table finder.

Lines set larger than the body text become headings (the largest size level 1), lines that
start with a bullet or number become list items whose depth follows their indentation,
ruled tables become rows, and each page ends with a page break. A PDF without a text layer
(a scan) is read through OCR (see ocr.py).
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass

from .. import blocks as B
from .. import limits
from ..errors import ProtocolReadError, gettext_noop
from ..limits import check_time

_ENCRYPTED = gettext_noop("Das PDF ist verschlüsselt und kann nicht gelesen werden.")
_BROKEN = gettext_noop("Das PDF ist beschädigt und kann nicht gelesen werden.")
_BULLET = re.compile(r"^([•◦▪▫‣⁃●○■□◆◇►▸➢✓\-–*·])\s+(?=\S)")
_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,2})[.)]?\s+(?=\S)")
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
    """Read a PDF into blocks, through OCR when it has no text layer."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    check(data)
    pages: list[list[tuple[float, object]]] = []  # per page: (top, _Line or table rows)
    links: list[list[str]] = []
    sizes: Counter[float] = Counter()
    length = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > limits.MAX_PDF_PAGES:
                raise ProtocolReadError(_TOO_MANY_PAGES)
            for page in pdf.pages:
                check_time()
                items = _page_items(page, sizes)
                pages.append(items)
                links.append([str(h["uri"]) for h in (page.hyperlinks or []) if h.get("uri")])
                page.close()  # its characters are objects; keep one page of them at a time
                length += sum(len(x.text) if isinstance(x, _Line) else 80 for _t, x in items)
                if length > limits.MAX_TEXT_CHARS:
                    raise limits.text_too_long()
    except ProtocolReadError:
        raise
    except PDFPasswordIncorrect as exc:
        raise ProtocolReadError(_ENCRYPTED) from exc
    except Exception as exc:  # pdfminer raises many unrelated types on broken files
        if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
            raise ProtocolReadError(_ENCRYPTED) from exc
        raise ProtocolReadError(_BROKEN) from exc
    text = " ".join(
        x.text if isinstance(x, _Line) else " ".join(" ".join(r) for r in x)
        for items in pages
        for _t, x in items
    )
    if not re.search(r"\w{3}", text.replace("http", "")):
        if not allow_ocr:
            raise ProtocolReadError(_NO_TEXT)
        from . import ocr

        return ocr.blocks_of_pdf(data)
    return _to_blocks(pages, links, sizes)


_NO_TEXT = gettext_noop(
    "Das PDF enthält keinen Text (nur Bilder); bitte ein PDF mit Textebene hochladen."
)


def _cell_text(cell: str | None) -> str:
    text = re.sub(r"(?<=\w)-\n(?=\w)", "-", cell or "")
    return " ".join(text.split())


def _page_items(page, sizes: Counter[float]) -> list[tuple[float, object]]:
    """The page's lines and ruled tables, top to bottom.

    extract_text() runs the cells of a row together line by line ("Title Name (Org 09:00"
    / "Mittelstand)"), which no reader can split again; the table finder keeps cells apart.
    """
    items: list[tuple[float, object]] = []
    boxes = []
    for table in page.find_tables():
        rows = table.extract()
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            boxes.append(table.bbox)
            items.append((table.bbox[1], [[_cell_text(c) for c in r] for r in rows]))
    text_page = page
    if boxes:

        def outside(obj) -> bool:
            if obj.get("object_type") != "char":
                return True
            cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
            return not any(x0 <= cx <= x1 and t <= cy <= b for x0, t, x1, b in boxes)

        text_page = page.filter(outside)
    for line in text_page.extract_text_lines(return_chars=True):
        text = line["text"].strip()
        if not text:
            continue
        chars = [c for c in line["chars"] if not c["text"].isspace()]
        if not chars:
            continue
        size = round(sorted(c["size"] for c in chars)[len(chars) // 2] * 2) / 2
        bold = sum(1 for c in chars if _BOLD.search(c.get("fontname") or "")) > len(chars) * 0.8
        sizes[size] += len(chars)
        items.append(
            (line["top"], _Line(text, line["x0"], line["top"], line["bottom"], size, bold))
        )
    items.sort(key=lambda t: t[0])
    return items


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
    if last is not None and close and last.kind in (B.PARAGRAPH, B.ITEM):
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
