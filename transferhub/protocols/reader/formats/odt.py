"""OpenDocument text (ODT, LibreOffice): content.xml's headings, lists and tables as blocks.

text:h carries its outline level, text:list nests list items (numbered or bulleted as the
list style says), table:table-row holds the cells; paragraphs whose style derives from
"Heading n" or "Title" count as headings too.
"""

from __future__ import annotations

import re

from .. import blocks as B
from .. import limits
from ..errors import ProtocolReadError, gettext_noop
from ..limits import check_time
from . import office

_O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TB = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_S = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_HEADING_STYLE = re.compile(r"^(?:Heading|Überschrift)(?:_20_|\s)?(\d)$", re.I)
_TITLE_STYLE = re.compile(r"^(?:Title|Titel)$", re.I)
# Inline content that is not the paragraph's own text.
_SKIP_INLINE = {f"{_T}note", f"{_O}annotation", f"{_T}tracked-changes", f"{_T}bookmark-ref"}
# Block content left out: the table of contents repeats the headings, changes are history.
_SKIP_BLOCK = {
    f"{_T}table-of-content",
    f"{_T}tracked-changes",
    f"{_T}sequence-decls",
    f"{_T}variable-decls",
    f"{_T}user-field-decls",
    f"{_O}forms",
    f"{_TB}table-columns",
    f"{_TB}table-column",
}
_MAX_COLUMNS = 64  # cells a row shows; "repeated" empty columns to the sheet's edge are not


def blocks(data: bytes) -> list[B.Block]:
    """Read an OpenDocument text into blocks."""
    with office.open_zip(data, office.ODT) as zf:
        names = set(zf.namelist())
        if "content.xml" not in names:
            raise ProtocolReadError(
                gettext_noop("Die ODT-Datei ist beschädigt (content.xml fehlt).")
            )
        parts = ["content.xml"] + (["styles.xml"] if "styles.xml" in names else [])
        office.check_xml_parts(zf, parts, office.ODT)
        content = _parse(office.read_part(zf, "content.xml", office.ODT))
        styles = _parse(office.read_part(zf, "styles.xml", office.ODT)) if len(parts) > 1 else None
    reader = _Reader([x for x in (styles, content) if x is not None])
    text = content.find(f"{_O}body/{_O}text")
    if text is None:
        raise ProtocolReadError(
            gettext_noop(
                "Diese OpenDocument-Datei ist kein Textdokument; bitte ein Protokoll als "
                ".odt, .docx oder PDF hochladen."
            )
        )
    reader.walk(text)
    return B.compact(reader.out)


def _parse(data: bytes):
    from lxml import etree

    try:
        return office.parse_xml(data, office.ODT)
    except ProtocolReadError as exc:
        cause = exc.__cause__
        if isinstance(cause, etree.XMLSyntaxError) and "depth" in str(cause).lower():
            raise ProtocolReadError(
                gettext_noop(
                    "Die ODT-Datei ist zu tief verschachtelt (mehr als 256 Ebenen) "
                    "und wird nicht gelesen."
                )
            ) from exc
        raise


class _Reader:
    def __init__(self, roots: list) -> None:
        self.out: list[B.Block] = []
        self.parents: dict[str, str] = {}  # paragraph style -> its parent style
        self.numbered: dict[str, dict[int, bool]] = {}  # list style -> level -> numbered
        self.counters: dict[str, list[int]] = {}
        self.count = 0
        for root in roots:
            for style in root.iter(f"{_S}style"):
                name, parent = style.get(f"{_S}name"), style.get(f"{_S}parent-style-name")
                if name and parent:
                    self.parents[name] = parent
            for ls in root.iter(f"{_T}list-style"):
                levels = {}
                for level in ls:
                    try:
                        n = int(level.get(f"{_T}level") or 1)
                    except ValueError:
                        continue
                    levels[n] = level.tag == f"{_T}list-level-style-number" and bool(
                        level.get(f"{_S}num-format")
                    )
                self.numbered[ls.get(f"{_S}name") or ""] = levels

    def heading_level(self, style: str | None) -> int | None:
        for _ in range(10):  # style chains are short; a loop is not followed forever
            if not style:
                return None
            m = _HEADING_STYLE.match(style)
            if m:
                return int(m[1])
            if _TITLE_STYLE.match(style):
                return 1
            style = self.parents.get(style)
        return None

    def tick(self, chars: int) -> None:
        self.count += 1 + chars // 1000
        if self.count % 100 == 0:
            check_time()
        if self.count > 3 * limits.MAX_DOCX_PARAGRAPHS:
            raise ProtocolReadError(
                gettext_noop("Die ODT-Datei hat mehr als 30.000 Absätze und wird nicht gelesen.")
            )

    def walk(self, parent) -> None:
        for el in parent:
            tag = el.tag
            if not isinstance(tag, str) or tag in _SKIP_BLOCK:
                continue
            if tag == f"{_T}h":
                text = _inline(el)
                self.tick(len(text))
                try:
                    level = int(el.get(f"{_T}outline-level") or 1)
                except ValueError:
                    level = 1
                self.out.append(B.heading(text, level))
            elif tag == f"{_T}p":
                text = _inline(el)
                self.tick(len(text))
                level = self.heading_level(el.get(f"{_T}style-name"))
                self.out.append(B.heading(text, level) if level else B.paragraph(text))
            elif tag == f"{_T}list":
                self.list(el, el.get(f"{_T}style-name") or "", 0)
            elif tag == f"{_TB}table":
                self.table(el)
            elif tag in (f"{_T}section", f"{_T}index-body", f"{_TB}table-header-rows"):
                self.walk(el)

    def list(self, lst, style: str, depth: int) -> None:
        style = lst.get(f"{_T}style-name") or style
        counts = self.counters.setdefault(style, [])
        if (
            depth == 0
            and lst.get(f"{_T}continue-numbering") != "true"
            and not lst.get(f"{_T}continue-list")
        ):
            counts.clear()
        for li in lst:
            if li.tag not in (f"{_T}list-item", f"{_T}list-header"):
                continue
            del counts[depth + 1 :]
            while len(counts) <= depth:
                counts.append(0)
            start = li.get(f"{_T}start-value")
            counts[depth] = int(start) if start and start.isdigit() else counts[depth] + 1
            numbered = self.numbered.get(style, {}).get(depth + 1, False)
            number = str(counts[depth]) if numbered and li.tag == f"{_T}list-item" else ""
            first = True
            for child in li:
                if child.tag in (f"{_T}p", f"{_T}h"):
                    text = _inline(child)
                    self.tick(len(text))
                    if first:
                        self.out.append(B.item(text, depth=min(depth, 8), number=number))
                        first = False
                    elif text.strip():
                        # A further paragraph of the item: its text, not its title.
                        self.out.append(B.paragraph(text))
                elif child.tag == f"{_T}list":
                    self.list(child, style, depth + 1)
                    first = False
                elif child.tag == f"{_TB}table":
                    self.table(child)

    def table(self, table) -> None:
        first = True
        for tr in table.iter(f"{_TB}table-row"):
            cells: list[str] = []
            for cell in tr:
                if cell.tag not in (f"{_TB}table-cell", f"{_TB}covered-table-cell"):
                    continue
                text = " ".join(_inline(p) for p in cell.iter(f"{_T}p", f"{_T}h") if p is not None)
                try:
                    repeat = int(cell.get(f"{_TB}number-columns-repeated") or 1)
                except ValueError:
                    repeat = 1
                cells.extend([text] * max(1, min(repeat, _MAX_COLUMNS - len(cells))))
                if len(cells) >= _MAX_COLUMNS:
                    break
            while len(cells) > 1 and not cells[-1].strip():
                cells.pop()
            self.tick(sum(len(c) for c in cells))
            if any(c.strip() for c in cells):
                self.out.append(B.row(cells, header=first))
                first = False


def _inline(el) -> str:
    """The text of a paragraph: spans, links and fields opened, spaces and breaks kept."""
    parts: list[str] = []
    stack = [(el, False)]
    while stack:
        node, tail_only = stack.pop()
        if tail_only:
            if node.tail:
                parts.append(node.tail)
            continue
        tag = node.tag if isinstance(node.tag, str) else ""
        if node is not el:
            stack.append((node, True))  # its tail comes after its content
        if tag in _SKIP_INLINE:
            continue
        if tag == f"{_T}s":
            try:
                parts.append(" " * min(int(node.get(f"{_T}c") or 1), 100))
            except ValueError:
                parts.append(" ")
            continue
        if tag == f"{_T}tab":
            parts.append(" ")
            continue
        if tag == f"{_T}number":  # a heading's outline number ("2.1"), then its title
            parts.append((node.text or "").strip() + " ")
            continue
        if tag == f"{_T}line-break":
            parts.append("\n")
            continue
        if node.text:
            parts.append(node.text)
        stack.extend((child, False) for child in reversed(node))
    return "".join(parts).strip()
