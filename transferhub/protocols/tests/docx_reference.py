"""The Word reader as it was on python-docx: the reference the lxml reader is compared with.

tests/test_reader_formats_word_blocks_match_python_docx.py reads every Word file we have with
both and wants the same blocks; python-docx stays installed for writing DOCX protocols.
The first page's header is read through python-docx's section.header (first_page_header when
the section has a distinct first page); which of its blocks are kept is the lxml reader's own
rule (kept_header_blocks), shared so that both give the same blocks.
"""

from __future__ import annotations

import io
import re

from transferhub.protocols.reader import blocks as B
from transferhub.protocols.reader import limits
from transferhub.protocols.reader.errors import ProtocolReadError, gettext_noop
from transferhub.protocols.reader.formats import docx as lxml_reader
from transferhub.protocols.reader.formats import office
from transferhub.protocols.reader.limits import check_time

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ON = ("1", "true", "on")
_HEADING_STYLE = re.compile(r"(?:Heading|Überschrift)\s*(\d)", re.I)
_TOO_MANY_PARAGRAPHS = gettext_noop(
    "Die Word-Datei hat mehr als 10.000 Absätze und wird nicht gelesen."
)


def check(data: bytes) -> None:
    """Refuse a Word file whose parts would unpack too large, or build too many elements."""
    with office.open_zip(data, office.DOCX) as zf:
        try:
            zf.getinfo("word/document.xml")
        except KeyError as exc:
            raise ProtocolReadError(
                gettext_noop("Die ZIP-Datei ist kein Word-Dokument (word/document.xml fehlt).")
            ) from exc
        xml = [i.filename for i in zf.infolist() if i.filename.endswith((".xml", ".rels"))]
        office.check_xml_parts(zf, xml, office.DOCX)


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


class _Styles:
    """Each paragraph style's name and list numbering, read once per document.

    python-docx looks a paragraph's style up anew each time, scanning every style of the
    document for the default one: that was four fifths of the time a Word file took. The
    lookup here follows its rules (the first style with the id, the last default paragraph
    style when the id is missing, unknown or of another type).
    """

    def __init__(self, doc) -> None:
        self.by_id: dict[str, object] = {}
        self.default = None
        for el in doc.part.styles.element.iterchildren(f"{_W}style"):
            style_id = el.get(f"{_W}styleId")
            if style_id is not None:
                self.by_id.setdefault(style_id, el)
            if el.get(f"{_W}type") == "paragraph" and el.get(f"{_W}default") in _ON:
                self.default = el
        self.known: dict[str | None, tuple[str, object | None]] = {}

    def of(self, paragraph) -> tuple[str, object | None]:
        """Return (style name, w:numPr the style chain gives, or None) of a paragraph."""
        style_id = paragraph._p.style
        found = self.known.get(style_id)
        if found is None:
            el = self.by_id.get(style_id) if style_id else None
            if el is None or el.get(f"{_W}type") != "paragraph":
                el = self.default
            found = self.known[style_id] = (self._name(el), self._numbering(el))
        return found

    @staticmethod
    def _name(el) -> str:
        from docx.styles import BabelFish

        name = el.find(f"{_W}name") if el is not None else None
        value = name.get(f"{_W}val") if name is not None else None
        return BabelFish.internal2ui(value) if value else ""

    def _numbering(self, el):
        num, seen = None, 0
        while el is not None and num is None and seen < 20:  # style chains may loop
            ppr = el.find(f"{_W}pPr")
            num = ppr.find(f"{_W}numPr") if ppr is not None else None
            based = el.find(f"{_W}basedOn")
            el = self.by_id.get(based.get(f"{_W}val")) if based is not None else None
            seen += 1
        return num


def _num_props(paragraph, styles: _Styles) -> tuple[str, str] | None:
    ppr = paragraph._p.pPr
    num = ppr.numPr if ppr is not None else None
    if num is None:
        num = styles.of(paragraph)[1]
    if num is None or num.numId is None:
        return None
    ilvl = num.ilvl.val if num.ilvl is not None else 0
    return str(num.numId.val), str(ilvl)


def _children(body):
    """The paragraphs and tables of the body, content controls (w:sdt) opened."""
    stack = [iter(body.iterchildren())]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if child.tag == f"{_W}sdt" and len(stack) < 10:
            content = child.find(f"{_W}sdtContent")
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
    check(data)
    try:
        import docx

        doc = docx.Document(io.BytesIO(data))
        numbers = _Numbers(_numbering_formats(doc))
        styles = _Styles(doc)
        body = doc.element.body
        rows = len(body.findall(f".//{_W}tr"))
        # Paragraphs and rows; those in cells and content controls count at a third.
        if (
            len(body.findall(f"{_W}p")) + rows > limits.MAX_DOCX_PARAGRAPHS
            or len(body.findall(f".//{_W}p")) > 3 * limits.MAX_DOCX_PARAGRAPHS
        ):
            raise ProtocolReadError(_TOO_MANY_PARAGRAPHS)
        out = _blocks_of(body, doc, numbers, styles)
        # The header Word shows on the first page: its blocks that add to the body first.
        section = doc.sections[0] if len(doc.sections) else None
        if section is not None:
            first = section.different_first_page_header_footer
            header = section.first_page_header if first else section.header
            if not header.is_linked_to_previous:  # else reading it would add one
                root = header._element
                if len(root.findall(f".//{_W}p")) <= lxml_reader._MAX_HEADER_PARAGRAPHS:
                    numbers = _Numbers(_numbering_formats(doc))
                    head = _blocks_of(root, header, numbers, styles)
                    out[:0] = lxml_reader.kept_header_blocks(head, out)
    except ProtocolReadError:
        raise
    except Exception as exc:  # python-docx/lxml raise many types on broken XML
        raise ProtocolReadError(office.DOCX.broken) from exc
    return out


def _blocks_of(body, parent, numbers: _Numbers, styles: _Styles) -> list[B.Block]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out: list[B.Block] = []
    length = 0
    for count, element in enumerate(_children(body), 1):
        if count % 100 == 0:
            check_time()
            if length > limits.MAX_TEXT_CHARS:
                raise limits.text_too_long()
        if element.tag == f"{_W}p":
            block = _paragraph(Paragraph(element, parent), numbers, styles)
            if block is not None:
                out.append(block)
                length += len(block.text)
        elif element.tag == f"{_W}tbl":
            for i, tr in enumerate(Table(element, parent).rows):
                cells = _row_cells(tr)
                out.append(B.row(cells, header=i == 0))
                length += sum(len(c) for c in cells)
    return out


def _text(element) -> str:
    """The text of a paragraph's runs and links, those inside content controls (w:sdt) too.

    python-docx reads only the runs directly in a paragraph; Word's own templates (its
    "Minutes" template among them) put labels such as "Note taker:" in content controls.
    """
    out = []
    for child in element.iterchildren():
        if child.tag in (f"{_W}r", f"{_W}hyperlink"):
            out.append(child.text or "")  # python-docx's run text: tabs, breaks, symbols
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
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
        elif child.tag == f"{_W}p":
            lines.append(_text(child))
        elif child.tag == f"{_W}sdt" and len(stack) < 10:
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                stack.append(iter(content.iterchildren()))
    return "\n".join(lines)


def _row_cells(tr) -> list[str]:
    """The texts of a row's cells; a cell wrapped in a content control counts as well."""
    row = tr._tr
    if row.find(f"{_W}sdt") is None:
        return [_cell_text(c._tc) for c in tr.cells]  # merged cells as python-docx repeats them
    cells = []
    for child in row.iterchildren():
        if child.tag == f"{_W}tc":
            cells.append(_cell_text(child))
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                cells += [_cell_text(tc) for tc in content.iterchildren(f"{_W}tc")]
    return cells


def _paragraph(par, numbers: _Numbers, styles: _Styles) -> B.Block | None:
    text = _text(par._p).strip()
    if not text:
        return None
    urls = [h.address for h in par.hyperlinks if h.address]
    urls = [u for u in urls if u not in text]
    if urls:
        text += "\n" + "\n".join(urls)
    style = styles.of(par)[0]
    level = _HEADING_STYLE.match(style)
    num = _num_props(par, styles)
    number = numbers.number(num) if num is not None else ""
    if level:
        return B.heading(text, int(level.group(1)), number=number)
    if style.lower().startswith("title") or style == "Titel":
        return B.heading(text, 1)
    if num is not None:
        return B.item(text, depth=int(num[1]) if num[1].isdigit() else 0, number=number)
    if style.lower().startswith(("list bullet", "aufzählungszeichen")):
        return B.item(text)
    if B.bold_line_heads(text) and _all_bold(par):
        return B.heading(text, B.BOLD_HEADING_LEVEL)
    return B.paragraph(text)


def _all_bold(par) -> bool:
    """Whether every run with text is bold (python-docx's Run.bold)."""
    from docx.text.run import Run

    runs = [Run(r, par) for r in par._p.iter(f"{_W}r")]
    with_text = [r for r in runs if "".join(t.text or "" for t in r._r.iter(f"{_W}t")).strip()]
    return bool(with_text) and all(r.bold for r in with_text)
