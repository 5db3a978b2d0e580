"""Format detection by content and text extraction for txt, md, pdf and docx."""

from __future__ import annotations

import io
import os
import re
import zipfile
import zlib
from pathlib import Path

from transferhub.lib.uploads import ZipBomb, zip_check

from . import limits
from .errors import ProtocolReadError, gettext_noop
from .limits import check_text, check_time

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def load(source: str | os.PathLike[str] | bytes, filename: str | None) -> tuple[bytes, str]:
    """Return the raw bytes and a display name, refusing oversized files before reading."""
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        if len(data) > limits.MAX_FILE_BYTES:
            raise ProtocolReadError(
                gettext_noop("Die Datei ist größer als 50 MB und wird nicht gelesen.")
            )
        return data, filename or "upload"
    path = Path(source)
    try:
        size = path.stat().st_size
        if size > limits.MAX_FILE_BYTES:
            raise ProtocolReadError(
                gettext_noop("Die Datei ist größer als 50 MB und wird nicht gelesen.")
            )
        data = path.read_bytes()
    except ProtocolReadError:
        raise
    except IsADirectoryError as exc:
        raise ProtocolReadError(
            gettext_noop("Der angegebene Pfad ist ein Ordner, keine Datei.")
        ) from exc
    except OSError as exc:
        raise ProtocolReadError(f"Die Datei „{path.name}“ kann nicht geöffnet werden.") from exc
    return data, filename or str(path)


def detect_format(data: bytes, name: str) -> str:
    """Tell the format from the content; the suffix only separates md from txt."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        return "docx"
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ProtocolReadError(
            gettext_noop(
                "Das alte Word-Format (.doc) wird nicht unterstützt; bitte als .docx oder PDF speichern."
            )
        )
    if head.startswith(b"{\\rtf"):
        raise ProtocolReadError(
            gettext_noop(
                "RTF-Dateien werden nicht unterstützt; bitte als .docx oder PDF speichern."
            )
        )
    if name.lower().endswith((".md", ".markdown")):
        return "md"
    return "txt"


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ProtocolReadError(
                gettext_noop("Die Zeichenkodierung der Datei ist nicht lesbar.")
            ) from exc
    if b"\x00" in data[:4096]:
        raise ProtocolReadError(
            gettext_noop("Die Datei enthält Binärdaten und ist kein lesbares Protokoll.")
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Windows-1252 is what German Office exports use when not UTF-8; try it before guessing.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _plausible(text):
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or not _plausible(str(best)):
        raise ProtocolReadError(
            gettext_noop("Die Zeichenkodierung der Datei ist unbekannt; bitte als UTF-8 speichern.")
        )
    return str(best)


def _plausible(text: str) -> bool:
    """Tell whether decoded text looks like prose rather than binary noise."""
    if not text:
        return True
    sample = text[:20000]
    bad = sum(
        1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or 0x7F <= ord(ch) < 0xA0
    )
    return bad / len(sample) < 0.01


def text_of_txt(data: bytes) -> str:
    """Decode a plain-text or Markdown file (UTF-8, UTF-16 or Windows-1252)."""
    if len(data) > 4 * limits.MAX_TEXT_CHARS:  # at most 4 bytes a character: too long for sure
        raise limits.text_too_long()
    text = _decode(data)
    if not _plausible(text):
        raise ProtocolReadError(
            gettext_noop("Die Datei enthält Binärdaten und ist kein lesbares Protokoll.")
        )
    return text


def text_of_pdf(data: bytes) -> str:
    """Extract the text layer page by page; page links follow each page like in pdftotext."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    _check_pdf(data)
    pages: list[str] = []
    length = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > limits.MAX_PDF_PAGES:
                raise ProtocolReadError(_TOO_MANY_PAGES)
            for page in pdf.pages:
                check_time()
                text = _page_text(page)
                links = [h.get("uri") for h in (page.hyperlinks or []) if h.get("uri")]
                pages.append(text + "\n" + "\n".join(str(u) for u in links))
                page.close()  # its characters are objects; keep one page of them at a time
                length += len(pages[-1])
                if length > limits.MAX_TEXT_CHARS:
                    raise limits.text_too_long()
    except ProtocolReadError:
        raise
    except PDFPasswordIncorrect as exc:
        raise ProtocolReadError(
            gettext_noop("Das PDF ist verschlüsselt und kann nicht gelesen werden.")
        ) from exc
    except Exception as exc:  # pdfminer raises many unrelated types on broken files
        if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
            raise ProtocolReadError(
                gettext_noop("Das PDF ist verschlüsselt und kann nicht gelesen werden.")
            ) from exc
        raise ProtocolReadError(
            gettext_noop("Das PDF ist beschädigt und kann nicht gelesen werden.")
        ) from exc
    text = "\n\f\n".join(pages)
    if not re.search(r"\w{3}", text.replace("http", "")):
        raise ProtocolReadError(
            gettext_noop(
                "Das PDF enthält keinen Text (nur Bilder); bitte ein PDF mit Textebene hochladen."
            )
        )
    return text


def _cell_text(cell: str | None) -> str:
    text = re.sub(r"(?<=\w)-\n(?=\w)", "-", cell or "")
    return " ".join(text.split()).replace("|", "/")


def _page_text(page) -> str:
    """Page text with ruled tables as Markdown rows, like a DOCX table.

    extract_text() runs the cells of a row together line by line ("Title Name (Org 09:00"
    / "Mittelstand)"), which no reader can split again; the table finder keeps cells apart.
    """
    tables = []
    for table in page.find_tables():
        rows = table.extract()
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            tables.append((table.bbox, rows))
    if not tables:
        return page.extract_text() or ""
    parts: list[str] = []
    top = page.bbox[1]
    for (_x0, t_top, _x1, t_bottom), rows in sorted(tables, key=lambda t: t[0][1]):
        if t_top > top:
            above = page.within_bbox((page.bbox[0], top, page.bbox[2], t_top))
            parts.append(above.extract_text() or "")
        for i, row in enumerate(rows):
            parts.append("| " + " | ".join(_cell_text(c) for c in row) + " |")
            if i == 0:
                parts.append("|" + "---|" * len(row))
        top = max(top, t_bottom)
    if top < page.bbox[3]:
        below = page.within_bbox((page.bbox[0], top, page.bbox[2], page.bbox[3]))
        parts.append(below.extract_text() or "")
    return "\n".join(parts)


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


def _check_pdf(data: bytes) -> None:
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


def _check_docx_zip(data: bytes) -> None:
    """Refuse a Word file whose parts would unpack too large, or build too many elements."""
    too_large = gettext_noop("Die Word-Datei ist entpackt unzulässig groß und wird nicht gelesen.")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise ProtocolReadError(
            gettext_noop("Die Word-Datei ist beschädigt und kann nicht gelesen werden.")
        ) from exc
    with zf:
        try:
            zip_check(zf)
        except ZipBomb as exc:
            raise ProtocolReadError(too_large) from exc
        try:
            zf.getinfo("word/document.xml")
        except KeyError as exc:
            raise ProtocolReadError(
                gettext_noop("Die ZIP-Datei ist kein Word-Dokument (word/document.xml fehlt).")
            ) from exc
        xml = [i for i in zf.infolist() if i.filename.endswith((".xml", ".rels"))]
        if sum(i.file_size for i in xml) > limits.MAX_DOCX_XML_BYTES:
            raise ProtocolReadError(too_large)
        # python-docx parses every XML part whole: count the tags before it builds them.
        tags = 0
        try:
            for info in xml:
                with zf.open(info) as fh:
                    while chunk := fh.read(1024 * 1024):
                        tags += chunk.count(b"<")
                        if tags > limits.MAX_DOCX_XML_TAGS:
                            raise ProtocolReadError(
                                gettext_noop(
                                    "Die Word-Datei besteht aus mehr als einer Million "
                                    "Elementen und wird nicht gelesen."
                                )
                            )
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
            raise ProtocolReadError(
                gettext_noop("Die Word-Datei ist beschädigt und kann nicht gelesen werden.")
            ) from exc


def _numbering_formats(doc) -> dict[tuple[str, str], str]:
    """Map (numId, ilvl) to the number format ("decimal", "bullet", ...)."""
    formats: dict[tuple[str, str], str] = {}
    try:
        root = doc.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return formats
    abstract: dict[str, dict[str, str]] = {}
    for an in root.findall(f"{_W}abstractNum"):
        levels = {}
        for lvl in an.findall(f"{_W}lvl"):
            fmt = lvl.find(f"{_W}numFmt")
            levels[lvl.get(f"{_W}ilvl")] = fmt.get(f"{_W}val") if fmt is not None else "decimal"
        abstract[an.get(f"{_W}abstractNumId")] = levels
    for num in root.findall(f"{_W}num"):
        ref = num.find(f"{_W}abstractNumId")
        if ref is None:
            continue
        for ilvl, fmt in abstract.get(ref.get(f"{_W}val"), {}).items():
            formats[(num.get(f"{_W}numId"), ilvl)] = fmt
    return formats


def _num_props(paragraph) -> tuple[str, str] | None:
    ppr = paragraph._p.pPr
    num = ppr.numPr if ppr is not None else None
    if num is None:
        style = paragraph.style
        while style is not None and num is None:
            spp = style.element.pPr
            num = spp.numPr if spp is not None else None
            style = style.base_style
    if num is None or num.numId is None:
        return None
    ilvl = num.ilvl.val if num.ilvl is not None else 0
    return str(num.numId.val), str(ilvl)


def text_of_docx(data: bytes) -> str:
    """Turn a Word document into Markdown-like text: headings, numbered lists, tables, links."""
    _check_docx_zip(data)
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        doc = docx.Document(io.BytesIO(data))
        formats = _numbering_formats(doc)
        counters: dict[tuple[str, str], int] = {}
        out: list[str] = []
        body = doc.element.body
        if len(body.findall(f"{_W}p")) + len(body.findall(f".//{_W}tr")) > (
            limits.MAX_DOCX_PARAGRAPHS
        ):
            raise ProtocolReadError(
                gettext_noop("Die Word-Datei hat mehr als 10.000 Absätze und wird nicht gelesen.")
            )
        length = counted = 0
        for blocks, block in enumerate(body.iterchildren(), 1):
            if blocks % 100 == 0:
                check_time()
                length += sum(len(x) + 1 for x in out[counted:])
                counted = len(out)
                if length > limits.MAX_TEXT_CHARS:
                    raise limits.text_too_long()
            if block.tag == f"{_W}p":
                par = Paragraph(block, doc)
                text = par.text.strip()
                if not text:
                    continue
                style = (par.style.name or "") if par.style is not None else ""
                level = re.match(r"(?:Heading|Überschrift)\s*(\d)", style)
                num = _num_props(par)
                prefix = ""
                if num is not None:
                    fmt = formats.get(num, "decimal")
                    if fmt == "bullet" or num[1] != "0":
                        prefix = "- "
                    else:
                        counters[num] = counters.get(num, 0) + 1
                        prefix = f"{counters[num]}. "
                if level:
                    out.append("#" * int(level.group(1)) + " " + prefix + text)
                elif style.lower().startswith("title") or style == "Titel":
                    out.append("# " + text)
                elif style.lower().startswith("list bullet") and not prefix:
                    out.append("- " + text)
                else:
                    out.append(prefix + text)
                urls = [h.address for h in par.hyperlinks if h.address]
                out.extend(u for u in urls if u not in text)
                out.append("")
            elif block.tag == f"{_W}tbl":
                table = Table(block, doc)
                for i, row in enumerate(table.rows):
                    cells = [" ".join(c.text.split()).replace("|", "/") for c in row.cells]
                    out.append("| " + " | ".join(cells) + " |")
                    if i == 0:
                        out.append("|" + "---|" * len(cells))
                out.append("")
    except ProtocolReadError:
        raise
    except Exception as exc:  # python-docx/lxml raise many types on broken XML
        raise ProtocolReadError(
            gettext_noop("Die Word-Datei ist beschädigt und kann nicht gelesen werden.")
        ) from exc
    return "\n".join(out)


def extract(data: bytes, name: str) -> tuple[str, str]:
    """Return (format, text) for the given file content, within the limits of limits.py."""
    with limits.time_limit():
        if not data.strip():
            raise ProtocolReadError(gettext_noop("Die Datei ist leer."))
        fmt = detect_format(data, name)
        if fmt == "pdf":
            text = text_of_pdf(data)
        elif fmt == "docx":
            text = text_of_docx(data)
        else:
            text = text_of_txt(data)
        if not text.strip():
            raise ProtocolReadError(gettext_noop("Die Datei enthält keinen Text."))
        check_text(text)
        check_time()
    return fmt, text
