"""Format detection by content, and each format's blocks rendered as one text for parse_text.

txt and md are passed through as written (parse_text is tuned to their lines, and it is the
fast path); every other format goes through its extractor in formats/ into typed blocks
(blocks.py) and is rendered to the Markdown-like text parse_text reads.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path

from . import blocks as B
from . import limits
from .errors import ProtocolReadError, gettext_noop
from .limits import check_text, check_time

# The formats parse_text reads like another: whole paragraphs a line each, as from Word.
PARSE_AS = {"odt": "docx", "rtf": "docx", "html": "docx", "rst": "md"}
FORMATS = ("txt", "md", "rst", "pdf", "docx", "odt", "rtf", "html")


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
    """Tell the format from the content; the suffix only separates md (and rst) from txt."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        return _zip_format(data)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ProtocolReadError(
            gettext_noop(
                "Das alte Word-Format (.doc) wird nicht unterstützt; bitte als .docx oder PDF speichern."
            )
        )
    if head.lstrip(b"\xef\xbb\xbf").startswith(b"{\\rtf"):
        return "rtf"
    if _HTML_HEAD.match(head.lstrip(b"\xef\xbb\xbf")):
        return "html"
    lower = name.lower()
    if lower.endswith((".html", ".htm")) and (front := _FRONT_MATTER.match(data)):
        # A page of a static site (Jekyll, Hugo): front matter, then the page's HTML.
        if _HTML_HEAD.match(data[front.end() : front.end() + 1024]):
            return "html"
    if lower.endswith((".md", ".markdown")):
        return "md"
    if lower.endswith(".rst") or _looks_rst(data):
        return "rst"
    return "txt"


_HTML_HEAD = re.compile(
    rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|"
    # A fragment saved from a wiki or a CMS: it opens with a block element ("<ul>", "<h2>").
    rb"<(?:body|ul|ol|p|div|h[1-6]|table|article|section)[\s>][^\0]*?</[a-z][a-z0-9]{0,9}>)",
    re.I | re.S,
)
# Front matter above a static site's page: "---", up to 40 "key: value" lines, "---".
_FRONT_MATTER = re.compile(rb"\xef?\xbb?\xbf?---[ \t]*\r?\n(?:[^\n]{0,300}\n){0,40}?---[ \t]*\r?\n")


def split_front_matter(data: bytes) -> tuple[str, bytes]:
    """An HTML page's front matter as text (parse_text reads it as Markdown's), and the page."""
    front = _FRONT_MATTER.match(data)
    if front is None:
        return "", data
    return data[: front.end()].decode("utf-8", "replace").lstrip("\ufeff"), data[front.end() :]


# An underlined section title, and a construct only reStructuredText has (a directive, a
# link target or a field list at the margin).
_RST_TITLE = re.compile(rb"^[^\s\n][^\n]{0,150}\r?\n([=\-~^\"'`#*+])\1{2,}[ \t]*\r?$", re.M)
_RST_ONLY = re.compile(rb"^(?:\.\. [\w-]+::|\.\. _[^:\n]+:|:[\w -]{1,30}: )", re.M)


def _looks_rst(data: bytes) -> bool:
    head = data[:65536]
    # Plain text rarely has a line starting ".. " or ":": skip the regexes then (µs, not ms).
    if b"\n.. " not in head and b"\n:" not in head and not head.startswith((b".. ", b":")):
        return False
    return bool(_RST_ONLY.search(head) and _RST_TITLE.search(head))


_ODF_TEXT = b"application/vnd.oasis.opendocument.text"


def _zip_format(data: bytes) -> str:
    """Tell a Word document from an OpenDocument text; refuse other ZIP files."""
    # An ODF package stores "mimetype" first and uncompressed: its content follows the name.
    if data[30:38] == b"mimetype":
        if data[38 : 38 + len(_ODF_TEXT) + 10].startswith(_ODF_TEXT):
            return "odt"
    else:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = set(zf.namelist()[:10_000])
        except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
            return "docx"  # the Word extractor names the damage
        if "content.xml" in names and "word/document.xml" not in names:
            return "odt"
        if "word/document.xml" in names or "[Content_Types].xml" in names:
            return "docx"
    if data[30:38] == b"mimetype" and b"opendocument" in data[38:120]:
        raise ProtocolReadError(
            gettext_noop(
                "Diese OpenDocument-Datei ist kein Textdokument; bitte ein Protokoll als "
                ".odt, .docx oder PDF hochladen."
            )
        )
    return "docx"


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
    return len(_CONTROL.findall(sample)) / len(sample) < 0.01


# Control characters other than line ends, tabs and form feeds, and the C1 range.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


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


def extract_blocks(data: bytes, name: str) -> tuple[str, list[B.Block]]:
    """Return (format, blocks) for the given file content, within the limits of limits.py."""
    with limits.time_limit():
        if not data.strip():
            raise ProtocolReadError(gettext_noop("Die Datei ist leer."))
        fmt = detect_format(data, name)
        result = _blocks(fmt, data)
        check_time()
    return fmt, result


def _blocks(fmt: str, data: bytes) -> list[B.Block]:
    if fmt in ("txt", "md", "rst"):
        from .formats import text

        reader = {"txt": text.blocks_of_plain, "md": text.blocks_of_markdown}.get(
            fmt, text.blocks_of_rst
        )
        return reader(text_of_txt(data))
    if fmt == "pdf":
        from .formats import pdf

        return pdf.blocks(data)
    if fmt == "docx":
        from .formats import docx

        return docx.blocks(data)
    if fmt == "odt":
        from .formats import odt

        return odt.blocks(data)
    if fmt == "rtf":
        from .formats import rtf

        return rtf.blocks(data)
    from .formats import html

    return html.blocks(split_front_matter(data)[1])


def extract(data: bytes, name: str) -> tuple[str, str]:
    """Return (format, text) for the given file content, within the limits of limits.py."""
    with limits.time_limit():
        if not data.strip():
            raise ProtocolReadError(gettext_noop("Die Datei ist leer."))
        fmt = detect_format(data, name)
        if fmt in ("txt", "md"):
            text = text_of_txt(data)  # parse_text reads their lines as written
            if fmt == "txt":
                from .formats.text import asciidoc_tables

                text = asciidoc_tables(text)  # "|===" tables as the pipe tables parse reads
            if fmt == "md":
                from .formats.text import without_inline_html

                text = without_inline_html(text)
        else:
            text = B.render(_blocks(fmt, data))
            if fmt == "html" and (front := split_front_matter(data)[0]):
                text = front + "\n" + text  # "date:", "title:" as Markdown's front matter
        if not text.strip():
            raise ProtocolReadError(gettext_noop("Die Datei enthält keinen Text."))
        check_text(text)
        check_time()
    return fmt, text
