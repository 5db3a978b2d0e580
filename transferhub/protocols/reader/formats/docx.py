"""Word (DOCX): styles give headings, numbering gives list items, tables give rows.

The parts are read with lxml directly: the document, its styles, its numbering and the
relationships that name them. python-docx parsed every part of the package into its object
model (theme, settings, fonts ...) and built a Python object per paragraph and run, which
was two thirds of the time a Word file took; the blocks are the ones it gave (a test in
protocols/tests compares both readers on every Word file we have).
"""

from __future__ import annotations

import functools
import importlib.util
import posixpath
import re
import zipfile
from pathlib import Path

from .. import blocks as B
from .. import limits
from ..errors import ProtocolReadError, gettext_noop
from ..limits import check_time
from . import office

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_ON = ("1", "true", "on")
_HEADING_STYLE = re.compile(r"(?:Heading|Überschrift)\s*(\d)", re.I)
_TOO_MANY_PARAGRAPHS = gettext_noop(
    "Die Word-Datei hat mehr als 10.000 Absätze und wird nicht gelesen."
)
_NOT_WORD = gettext_noop("Die ZIP-Datei ist kein Word-Dokument (word/document.xml fehlt).")
_MAX_SPAN = 64  # grid columns one cell may repeat in: no minutes table is wider

# Tags compared in the loops below, named once.
_P, _TBL, _TR, _TC, _SDT, _SDT_CONTENT = (
    f"{_W}p", f"{_W}tbl", f"{_W}tr", f"{_W}tc", f"{_W}sdt", f"{_W}sdtContent"
)  # fmt: skip
_RUN, _LINK, _VAL = f"{_W}r", f"{_W}hyperlink", f"{_W}val"
# What a run's children read as (python-docx's run text): text, tabs, breaks, hyphens.
_T, _TAB, _PTAB, _BR, _CR, _NB_HYPHEN = (
    f"{_W}t", f"{_W}tab", f"{_W}ptab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen"
)  # fmt: skip


class _Package:
    """The parts of the ZIP this reader parses, each measured before lxml builds it.

    Together they may unpack to MAX_DOCX_XML_BYTES and hold MAX_DOCX_XML_TAGS elements
    ("<" counted); the parts never read (theme, fonts, settings, images) cost nothing.
    """

    def __init__(self, zf: zipfile.ZipFile) -> None:
        self.zf = zf
        self.size = 0
        self.tags = 0

    def raw(self, name: str | None) -> bytes | None:
        """The unpacked part, counted to the bounds, or None when the package has no such part."""
        info = self.zf.NameToInfo.get(name) if name else None
        if info is None:
            return None
        self.size += info.file_size
        if self.size > limits.MAX_DOCX_XML_BYTES:
            raise ProtocolReadError(office.DOCX.too_large)
        data = office.read_part(self.zf, name, office.DOCX)
        if len(data) > info.file_size:  # zipfile stops at the declared size; be sure
            raise ProtocolReadError(office.DOCX.too_large)
        self.tags += data.count(b"<")
        if self.tags > limits.MAX_DOCX_XML_TAGS:
            raise ProtocolReadError(office.DOCX.too_many)
        return data

    def xml(self, name: str | None):
        """The parsed part, or None when the package has no such part."""
        data = self.raw(name)
        return None if data is None else office.parse_xml(data, office.DOCX, remove_blank_text=True)

    def relations(self, part: str) -> dict[str, tuple[str, str]]:
        """A part's relationships by id: (type, target part name or external address)."""
        folder, name = posixpath.split(part)
        root = self.xml(posixpath.join(folder, "_rels", f"{name}.rels"))
        found: dict[str, tuple[str, str]] = {}
        for rel in root.iterchildren(f"{_REL}Relationship") if root is not None else ():
            target = rel.get("Target") or ""
            if rel.get("TargetMode") != "External":
                target = posixpath.normpath(posixpath.join("/" + folder, target)).lstrip("/")
            found.setdefault(rel.get("Id"), (rel.get("Type") or "", target))
        return found


def _related(relations: dict[str, tuple[str, str]], kind: str) -> str | None:
    """The part name of a relationship of this type (the first, as python-docx takes it)."""
    return next((target for rt, target in relations.values() if rt == _RT + kind), None)


def _numbering_formats(root) -> dict[tuple[str, str], str]:
    """Map (numId, ilvl) to the number format ("decimal", "bullet", ...)."""
    formats: dict[tuple[str, str], str] = {}
    if root is None:
        return formats
    abstract: dict[str, dict[str, str]] = {}
    for an in root.findall(f"{_W}abstractNum"):
        levels = {}
        for lvl in an.findall(f"{_W}lvl"):
            fmt = lvl.find(f"{_W}numFmt")
            levels[lvl.get(f"{_W}ilvl")] = fmt.get(_VAL) if fmt is not None else "decimal"
        abstract[an.get(f"{_W}abstractNumId")] = levels
    for num in root.findall(f"{_W}num"):
        ref = num.find(f"{_W}abstractNumId")
        if ref is None:
            continue
        for ilvl, fmt in abstract.get(ref.get(_VAL), {}).items():
            formats[(num.get(f"{_W}numId"), ilvl)] = fmt
    return formats


@functools.cache
def _default_styles() -> bytes:
    """The styles python-docx gives a document that has none (its Normal, Heading n ...)."""
    spec = importlib.util.find_spec("docx")
    folder = Path(next(iter(spec.submodule_search_locations or [])))
    return (folder / "templates" / "default-styles.xml").read_bytes()


class _Styles:
    """Each paragraph style's name and list numbering, read once per document.

    The lookup follows Word's (and python-docx's) rules: the first style with the id, the
    last default paragraph style when the id is missing, unknown or of another type.
    """

    def __init__(self, by_id, default) -> None:
        self.by_id = by_id  # style id -> w:style element: a dict or _StyleChunks
        self.default = default
        self.known: dict[str | None, tuple[str, object | None]] = {}

    @classmethod
    def of_part(cls, data: bytes | None) -> _Styles:
        """The styles of a styles part (python-docx's defaults when the document has none)."""
        chunks = _StyleChunks.of(data) if data is not None else None
        if chunks is not None:
            return cls(chunks, chunks.default())
        root = office.parse_xml(data or _default_styles(), office.DOCX, remove_blank_text=True)
        by_id: dict[str, object] = {}
        default = None
        for el in root.iterchildren(f"{_W}style"):
            style_id = el.get(f"{_W}styleId")
            if style_id is not None:
                by_id.setdefault(style_id, el)
            if el.get(f"{_W}type") == "paragraph" and el.get(f"{_W}default") in _ON:
                default = el
        return cls(by_id, default)

    def of(self, ppr) -> tuple[str, object | None]:
        """Return (style name, w:numPr the style chain gives, or None) of a paragraph."""
        style = ppr.find(f"{_W}pStyle") if ppr is not None else None
        style_id = style.get(_VAL) if style is not None else None
        found = self.known.get(style_id)
        if found is None:
            el = self.by_id.get(style_id) if style_id else None
            if el is None or el.get(f"{_W}type") != "paragraph":
                el = self.default
            found = self.known[style_id] = (self._name(el), self._numbering(el))
        return found

    @staticmethod
    def _name(el) -> str:
        # python-docx shows "heading 1" as "Heading 1": the rules below ignore case anyway.
        name = el.find(f"{_W}name") if el is not None else None
        return (name.get(_VAL) or "") if name is not None else ""

    def _numbering(self, el):
        num, seen = None, 0
        while el is not None and num is None and seen < 20:  # style chains may loop
            ppr = el.find(f"{_W}pPr")
            num = ppr.find(f"{_W}numPr") if ppr is not None else None
            based = el.find(f"{_W}basedOn")
            el = self.by_id.get(based.get(_VAL)) if based is not None else None
            seen += 1
        return num


_STYLE_START = re.compile(rb"<w:style(?=[\s/>])([^>]*)>")
_STYLE_ATTRIBUTE = re.compile(rb"""\bw:(styleId|type|default)\s*=\s*(["'])(.*?)\2""")
_STYLES_ROOT = re.compile(rb"<w:styles\b[^>]*>")
_W_DECLARED = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


class _StyleChunks:
    """The w:style elements of a styles part, each parsed only when a paragraph asks for it.

    A styles part lists hundreds of styles (python-docx's template, and so our own DOCX
    protocols, 350 KB of them) where a document uses a handful: each style is cut out by its
    tags and parsed alone, under the part's own root tag. Parts not written the usual way
    (another prefix, comments, CDATA, alternate content, entities in the ids) return None
    from of() and are parsed whole.
    """

    def __init__(self, head: bytes, chunks: dict[str, bytes], default: bytes | None) -> None:
        self.head = head
        self.chunks = chunks
        self.default_chunk = default
        self.parsed: dict[str, object] = {}

    @classmethod
    def of(cls, data: bytes) -> _StyleChunks | None:
        root = _STYLES_ROOT.search(data, 0, 4096)
        if root is None or _W_DECLARED not in root[0]:
            return None
        if any(m in data for m in (b"<!--", b"<![CDATA[", b"<!DOCTYPE", b"AlternateContent")):
            return None
        chunks: dict[str, bytes] = {}
        default = None
        position = root.end()
        while (start := _STYLE_START.search(data, position)) is not None:
            if start[1].endswith(b"/"):
                end = start.end()
            else:
                end = data.find(b"</w:style>", start.end())
                if end < 0:
                    return None
                end += len(b"</w:style>")
            attributes = start[1]
            if b"&" in attributes:
                return None
            values = {m[1]: m[3] for m in _STYLE_ATTRIBUTE.finditer(attributes)}
            chunk = data[start.start() : end]
            if b"styleId" in values:
                chunks.setdefault(values[b"styleId"].decode("utf-8", "replace"), chunk)
            if values.get(b"type") == b"paragraph" and values.get(b"default") in (
                b"1", b"true", b"on"
            ):  # fmt: skip
                default = chunk
            position = end
        return cls(data[: root.end()], chunks, default)

    def _parse(self, chunk: bytes):
        root = office.parse_xml(
            self.head + chunk + b"</w:styles>", office.DOCX, remove_blank_text=True
        )
        return root[0] if len(root) else None

    def get(self, style_id: str | None):
        """The style element with this id, or None."""
        if style_id not in self.parsed:
            chunk = self.chunks.get(style_id) if style_id is not None else None
            self.parsed[style_id] = self._parse(chunk) if chunk is not None else None
        return self.parsed[style_id]

    def default(self):
        """The document's default paragraph style (the last one marked so), or None."""
        return self._parse(self.default_chunk) if self.default_chunk is not None else None


def _decimal(el, tag: str) -> int | None:
    """The number in a child's w:val (w:numId, w:ilvl, w:gridSpan ...), None if none."""
    child = el.find(tag) if el is not None else None
    try:
        return int(child.get(_VAL)) if child is not None else None
    except (TypeError, ValueError):
        return None


def _num_props(ppr, styles: _Styles) -> tuple[str, str] | None:
    num = ppr.find(f"{_W}numPr") if ppr is not None else None
    if num is None:
        num = styles.of(ppr)[1]
    num_id = _decimal(num, f"{_W}numId")
    if num_id is None:
        return None
    return str(num_id), str(_decimal(num, f"{_W}ilvl") or 0)


def _children(body):
    """The paragraphs and tables of the body, content controls (w:sdt) opened."""
    stack = [iter(body.iterchildren())]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if child.tag == _SDT and len(stack) < 10:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                stack.append(iter(content.iterchildren()))
            continue
        yield child


class _Numbers:
    """Count numbered paragraphs per list and level, as Word shows them."""

    def __init__(self, formats: dict[tuple[str, str], str]) -> None:
        self.formats = formats
        self.counters: dict[str, list[int]] = {}

    def number(self, num: tuple[str, str]) -> str:
        num_id, ilvl = num
        level = int(ilvl) if ilvl.isdigit() else 0
        counts = self.counters.setdefault(num_id, [])
        del counts[level + 1 :]
        while len(counts) <= level:
            counts.append(0)
        counts[level] += 1
        fmt = self.formats.get(num, "decimal")
        if fmt in ("bullet", "none"):
            return ""
        if fmt == "decimal" and level == 0:
            return str(counts[level])
        if fmt in ("lowerLetter", "upperLetter") and counts[level] <= 26:
            letter = chr(ord("a") + counts[level] - 1)
            return letter.upper() if fmt == "upperLetter" else letter
        # Deeper decimal levels read as Word's "1.1": the parent's number before.
        if fmt == "decimal":
            return ".".join(str(c) for c in counts[: level + 1] if c) or str(counts[level])
        return ""


def blocks(data: bytes) -> list[B.Block]:
    """Read a Word document into blocks: headings by style, numbered items, table rows, links."""
    with office.open_zip(data, office.DOCX) as zf:
        if "word/document.xml" not in zf.NameToInfo:
            raise ProtocolReadError(_NOT_WORD)
        try:
            return _read(_Package(zf))
        except ProtocolReadError:
            raise
        except Exception as exc:  # lxml and zipfile raise many types on broken parts
            raise ProtocolReadError(office.DOCX.broken) from exc


def _read(package: _Package) -> list[B.Block]:
    main = _related(package.relations(""), "officeDocument") or "word/document.xml"
    relations = package.relations(main)
    root = package.xml(main)
    body = root.find(f"{_W}body") if root is not None else None
    if body is None:
        raise ProtocolReadError(office.DOCX.broken)
    # Paragraphs and rows; those in cells and content controls count at a third.
    rows = len(body.findall(f".//{_TR}"))
    if (
        len(body.findall(_P)) + rows > limits.MAX_DOCX_PARAGRAPHS
        or len(body.findall(f".//{_P}")) > 3 * limits.MAX_DOCX_PARAGRAPHS
    ):
        raise ProtocolReadError(_TOO_MANY_PARAGRAPHS)
    styles = _Styles.of_part(package.raw(_related(relations, "styles")))
    formats = _numbering_formats(package.xml(_related(relations, "numbering")))
    out = _read_blocks(body, _Numbers(formats), styles, _links(relations))
    header = _first_page_header(body, relations)
    if header is not None:
        root = package.xml(header)
        if root is not None and len(root.findall(f".//{_P}")) <= _MAX_HEADER_PARAGRAPHS:
            head = _read_blocks(root, _Numbers(formats), styles, _links(package.relations(header)))
            out[:0] = kept_header_blocks(head, out)
    return out


def _links(relations: dict[str, tuple[str, str]]) -> dict[str, str]:
    return {rid: target for rid, (rt, target) in relations.items() if rt == _RT + "hyperlink"}


def _first_page_header(body, relations: dict[str, tuple[str, str]]) -> str | None:
    """The part of the header Word shows on the first page, or None.

    The first section's properties (in the pPr of the paragraph ending it, or the body's
    own for a document of one section) name a first-page header, used when w:titlePg is
    on, and a default one.
    """
    sect = body.find(f"{_P}/{_W}pPr/{_W}sectPr")
    if sect is None:
        sect = body.find(f"{_W}sectPr")
    if sect is None:
        return None
    title_page = sect.find(f"{_W}titlePg")
    first = title_page is not None and (title_page.get(_VAL) or "1").lower() in _ON
    wanted = "first" if first else "default"
    for ref in sect.iterchildren(f"{_W}headerReference"):
        if ref.get(f"{_W}type") == wanted:
            kind, target = relations.get(ref.get(f"{_R}id") or "", ("", ""))
            return target if kind == _RT + "header" else None
    return None


_MAX_HEADER_PARAGRAPHS = 200  # a page header holds a few lines; more is no minutes' head
_PAGE_NUMBER = re.compile(
    r"(?:(?:seite|page|blatt|p\.|s\.)\s*:?\s*)?-?\s*\d{1,4}\s*-?"
    r"(?:\s*(?:/|von|of|de|sur)\s*\d{1,4})?",
    re.I,
)
_SPACES = re.compile(r"\s+")


def _words(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


def kept_header_blocks(head: list[B.Block], body: list[B.Block]) -> list[B.Block]:
    """The page header's blocks that add to the body: the meeting's head some templates
    keep there (Protokollant, Teilnehmer, Datum), not a page number or a title the body
    repeats; a logo has no text and gives no block.

    A header's table lays a line out (logo | title | page, label | value), so each row
    reads as one line of its cells, a cell merged across columns once.
    """
    seen = " | ".join(_words(b.text or " ".join(b.cells)) for b in body[:30])
    kept = []
    for block in head:
        if block.kind == B.ROW:
            cells: list[str] = []
            for cell in block.cells:
                cell = _SPACES.sub(" ", cell).strip()
                if cell and not _PAGE_NUMBER.fullmatch(cell) and cell not in cells[-1:]:
                    cells.append(cell)
            text = " ".join(cells)
            block = B.paragraph(text)
        else:
            text = block.text
        words = _words(text)
        # A title with its page number after tabs ("Protokoll\t\t3/3").
        words = _words(_PAGE_NUMBER.sub(" ", words)) if "\t" in text else words
        if not words or _PAGE_NUMBER.fullmatch(words) or words in seen:
            continue
        kept.append(block)
    return kept


def _read_blocks(body, numbers: _Numbers, styles: _Styles, links: dict[str, str]) -> list[B.Block]:
    """The blocks of a body (or a page header): its paragraphs and its tables' rows."""
    out: list[B.Block] = []
    length = 0
    for count, element in enumerate(_children(body), 1):
        if count % 100 == 0:
            check_time()
            if length > limits.MAX_TEXT_CHARS:
                raise limits.text_too_long()
        if element.tag == _P:
            block = _paragraph(element, numbers, styles, links)
            if block is not None:
                out.append(block)
                length += len(block.text)
        elif element.tag == _TBL:
            trs = element.findall(_TR)
            for i in range(len(trs)):
                cells = _row_cells(trs, i)
                out.append(B.row(cells, header=i == 0))
                length += sum(len(c) for c in cells)
    return out


def _run_text(run) -> str:
    """A run's text as python-docx reads it: tabs, line breaks and hard hyphens included."""
    out = []
    for e in run.iterchildren():
        tag = e.tag
        if tag == _T:
            out.append(e.text or "")
        elif tag == _TAB or tag == _PTAB:
            out.append("\t")
        elif tag == _BR:
            # A page or column break is no text; a line break is.
            if e.get(f"{_W}type", "textWrapping") == "textWrapping":
                out.append("\n")
        elif tag == _CR:
            out.append("\n")
        elif tag == _NB_HYPHEN:
            out.append("-")
    return "".join(out)


def _text(element) -> str:
    """The text of a paragraph's runs and links, those inside content controls (w:sdt) too.

    Word's own templates (its "Minutes" template among them) put labels such as
    "Note taker:" in content controls.
    """
    out = []
    for child in element.iterchildren():
        tag = child.tag
        if tag == _RUN:
            out.append(_run_text(child))
        elif tag == _LINK:
            out += [_run_text(r) for r in child.iterchildren(_RUN)]
        elif tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                out.append(_text(content))
    return "".join(out)


def _cell_text(tc) -> str:
    """A cell's paragraphs, those in content controls too, one per line (not nested tables)."""
    lines = []
    stack = [iter(tc.iterchildren())]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag == _P:
            lines.append(_text(child))
        elif child.tag == _SDT and len(stack) < 10:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                stack.append(iter(content.iterchildren()))
    return "\n".join(lines)


def _span(tc) -> int:
    """The grid columns a cell spans (w:gridSpan), 1 by default."""
    span = _decimal(tc.find(f"{_W}tcPr"), f"{_W}gridSpan")
    return 1 if span is None else min(span, _MAX_SPAN)


def _continues(tc) -> bool:
    """Whether the cell continues the one above it (w:vMerge without "restart")."""
    props = tc.find(f"{_W}tcPr")
    merge = props.find(f"{_W}vMerge") if props is not None else None
    return merge is not None and merge.get(_VAL, "continue") == "continue"


def _grid_before(tr) -> int:
    return _decimal(tr.find(f"{_W}trPr"), f"{_W}gridBefore") or 0


def _cell_at(tr, offset: int):
    """The cell of a row that starts at this grid column, or None."""
    remaining = offset - _grid_before(tr)
    for tc in tr.iterchildren(_TC):
        if remaining < 0:
            break
        if remaining == 0:
            return tc
        remaining -= _span(tc)
    return None


def _row_cells(trs: list, index: int) -> list[str]:
    """The texts of a row's cells, as python-docx gives them.

    A cell spanning columns repeats once per column; a cell merged with the one above it
    repeats that cell's text. A cell wrapped in a content control counts as well.
    """
    tr = trs[index]
    if tr.find(_SDT) is None:
        cells = []
        for tc in tr.iterchildren(_TC):
            source, row = tc, index
            while _continues(source) and row > 0:
                # The merged cell above starts at the same grid column, in the row above.
                column = _grid_before(trs[row]) + sum(
                    _span(t) for t in source.itersiblings(_TC, preceding=True)
                )
                above = _cell_at(trs[row - 1], column)
                if above is None:
                    break
                source, row = above, row - 1
            text = _cell_text(source)
            cells += [text] * _span(source)
        return cells
    cells = []
    for child in tr.iterchildren():
        if child.tag == _TC:
            cells.append(_cell_text(child))
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                cells += [_cell_text(c) for c in content.iterchildren(_TC)]
    return cells


def _paragraph(p, numbers: _Numbers, styles: _Styles, links: dict[str, str]) -> B.Block | None:
    text = _text(p).strip()
    if not text:
        return None
    urls = [links.get(h.get(f"{_R}id") or "", "") for h in p.iterchildren(_LINK)]
    urls = [u for u in urls if u and u not in text]
    if urls:
        text += "\n" + "\n".join(urls)
    ppr = p.find(f"{_W}pPr")
    style = styles.of(ppr)[0]
    level = _HEADING_STYLE.match(style)
    num = _num_props(ppr, styles)
    number = numbers.number(num) if num is not None else ""
    if level:
        return B.heading(text, int(level.group(1)), number=number)
    if style.lower().startswith("title") or style == "Titel":
        return B.heading(text, 1)
    if num is not None:
        return B.item(text, depth=int(num[1]) if num[1].isdigit() else 0, number=number)
    if style.lower().startswith(("list bullet", "aufzählungszeichen")):
        return B.item(text)
    if B.bold_line_heads(text) and _all_bold(p):
        return B.heading(text, B.BOLD_HEADING_LEVEL)
    return B.paragraph(text)


_B = f"{_W}b"
_RPR = f"{_W}rPr"


def _bold(rpr) -> bool:
    b = rpr.find(_B) if rpr is not None else None
    return b is not None and (b.get(_VAL) or "1").lower() in _ON


def _all_bold(p) -> bool:
    """Whether every run of a paragraph that holds text is set in bold ("Welcome" over the
    minutes: a heading in all but style, see blocks.bold_line_heads)."""
    seen = False
    for run in p.iter(_RUN):
        t = "".join(e.text or "" for e in run.iterchildren(_T))
        if not t.strip():
            continue
        if not _bold(run.find(_RPR)):
            return False
        seen = True
    return seen
