"""Format detection by content and text extraction for txt, md, pdf and docx."""

from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path

from .errors import ProtocolReadError, gettext_noop

MAX_FILE_BYTES = 50 * 1024 * 1024
# word/document.xml of real minutes is a few MB at most; more points to a zip bomb.
MAX_DOCX_XML_BYTES = 50 * 1024 * 1024
MAX_DOCX_RATIO = 200
MAX_PDF_PAGES = 500

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def load(source: str | os.PathLike[str] | bytes, filename: str | None) -> tuple[bytes, str]:
    """Return the raw bytes and a display name, refusing oversized files before reading."""
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        if len(data) > MAX_FILE_BYTES:
            raise ProtocolReadError(
                gettext_noop("Die Datei ist größer als 50 MB und wird nicht gelesen.")
            )
        return data, filename or "upload"
    path = Path(source)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
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

    _check_pdf_encryption(data)
    pages: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > MAX_PDF_PAGES:
                raise ProtocolReadError(
                    gettext_noop("Das PDF hat mehr als 500 Seiten und wird nicht gelesen.")
                )
            for page in pdf.pages:
                text = _page_text(page)
                links = [h.get("uri") for h in (page.hyperlinks or []) if h.get("uri")]
                pages.append(text + "\n" + "\n".join(str(u) for u in links))
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


def _check_pdf_encryption(data: bytes) -> None:
    # pdfminer hides a wrong password behind generic errors; pypdf tells it plainly.
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        encrypted = reader.is_encrypted
        if encrypted and reader.decrypt("") == 0:
            raise ProtocolReadError(
                gettext_noop("Das PDF ist verschlüsselt und kann nicht gelesen werden.")
            )
    except ProtocolReadError:
        raise
    except Exception:  # noqa: S110 - broken files are reported by the text extraction below
        return


def _check_docx_zip(data: bytes) -> None:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise ProtocolReadError(
            gettext_noop("Die Word-Datei ist beschädigt und kann nicht gelesen werden.")
        ) from exc
    with zf:
        try:
            info = zf.getinfo("word/document.xml")
        except KeyError as exc:
            raise ProtocolReadError(
                gettext_noop("Die ZIP-Datei ist kein Word-Dokument (word/document.xml fehlt).")
            ) from exc
        total = sum(i.file_size for i in zf.infolist())
        packed = max(1, sum(i.compress_size for i in zf.infolist()))
        if (
            info.file_size > MAX_DOCX_XML_BYTES
            or total > 4 * MAX_DOCX_XML_BYTES
            or (total > 5 * 1024 * 1024 and total / packed > MAX_DOCX_RATIO)
        ):
            raise ProtocolReadError(
                gettext_noop("Die Word-Datei ist entpackt unzulässig groß und wird nicht gelesen.")
            )


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
        for block in doc.element.body.iterchildren():
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
    """Return (format, text) for the given file content."""
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
    return fmt, text
