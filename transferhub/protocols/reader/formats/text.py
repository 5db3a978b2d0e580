"""Plain text, Markdown and reStructuredText into blocks, line by line (linear in the text)."""

from __future__ import annotations

import re

from .. import blocks as B
from ..limits import check_time

_UNDERLINE = re.compile(r"^\s{0,3}([=\-~^\"'`#*+:._])\1{2,}\s*$")
_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)([-*+•–])\s+(?=\S)(.*)$")
_NUMBERED = re.compile(r"^(\s*)(\d{1,3}(?:\.\d{1,3}){0,2}|[a-zA-Z]|#)([.)])\s+(?=\S)(.*)$")
_PAREN_NUMBER = re.compile(r"^(\s*)\((\d{1,3}|[a-z])\)\s+(?=\S)(.*)$")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_GRID_BORDER = re.compile(r"^\s*\+(?:[-=]+\+)+\s*$")
_SIMPLE_BORDER = re.compile(r"^\s*=+(?:\s+=+)+\s*$")
_FIELD = re.compile(r"^:([^:\n]{1,40}):\s*(.*)$")
_DIRECTIVE = re.compile(r"^\.\.\s+(?:[\w-]+::|_[^:]+:|\[[^\]]+\]|\|[^|]+\|)")
_RST_LINK = re.compile(r"`([^`<]+?)\s*<([^>]+)>`_{1,2}")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


class _Lists:
    """Map a list item's indentation to its depth (the indentations open above it)."""

    def __init__(self) -> None:
        self.stack: list[int] = []

    def depth(self, indent: int) -> int:
        while self.stack and self.stack[-1] > indent:
            self.stack.pop()
        if not self.stack or self.stack[-1] < indent:
            self.stack.append(indent)
        return len(self.stack) - 1

    def reset(self) -> None:
        self.stack.clear()


def _list_item(line: str, lists: _Lists, rst: bool) -> B.Block | None:
    m = _BULLET.match(line)
    if m:
        return B.item(m[3], lists.depth(len(m[1])))
    m = _NUMBERED.match(line)
    if m and (m[2] != "#" or rst) and not (m[2].isalpha() and not rst and m[3] == "."):
        number = "" if m[2] == "#" else m[2]
        return B.item(m[4], lists.depth(len(m[1])), number=number)
    if rst:
        m = _PAREN_NUMBER.match(line)
        if m:
            return B.item(m[3], lists.depth(len(m[1])), number=m[2])
    return None


def _row_cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [c.strip() for c in inner.split("|")]


# An AsciiDoc table: "|===" lines around its cells, "|a |b" a row or one "|a" a cell per line;
# "[cols="1,2,2"]" or "[cols=3]" above it may give the number of columns.
_ADOC_COLS = re.compile(r'cols\s*=\s*(?:"([^"]*)"|(\d+))')


def _adoc_width(spec: str) -> int:
    """The number of columns a cols attribute gives: "3", "3*", "1,2,2" or "<1,3a"."""
    spec = spec.strip()
    if (lead := re.match(r"(\d+)\*", spec)) or (lead := re.fullmatch(r"(\d+)", spec)):
        return int(lead[1])
    return len(spec.split(","))


def asciidoc_tables(text: str) -> str:
    """Plain text with its AsciiDoc tables ("|===" … "|===") written as pipe tables, the first
    row the header ("| Issue | Titel | Verantwortlicher |" over "|---|---|---|"), as Markdown
    writes them; text without "|===" is returned as it is."""
    if "|===" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        mark = lines[i].strip()
        end = i + 1
        if mark.startswith("|===") and set(mark[1:]) == {"="}:
            while end < len(lines) and lines[end].strip() != mark:
                end += 1
        else:
            end = len(lines)
        if end >= len(lines):  # no table, or one never closed: the lines as written
            out.append(lines[i])
            i += 1
            continue
        cols = _ADOC_COLS.search(out[-1]) if out and out[-1].lstrip().startswith("[") else None
        cells: list[str] = []
        width = 0
        for line in lines[i + 1 : end]:
            s = line.strip()
            if s.startswith("|"):
                parts = [c.strip() for c in s[1:].split("|")]
                width = width or len(parts)
                cells.extend(parts)
            elif s and cells:
                cells[-1] = f"{cells[-1]} {s}".strip()  # a cell's text over more lines
        if cols:
            width = _adoc_width(cols[1] or cols[2]) or width
        out.append("")
        for k in range(0, len(cells), max(width, 1)):
            row = cells[k : k + width]
            out.append("| " + " | ".join(row + [""] * (width - len(row))) + " |")
            if k == 0:
                out.append("|" + "---|" * width)
        out.append("")
        i = end + 1
    return "\n".join(out)


def blocks_of_plain(text: str) -> list[B.Block]:
    """Plain text: underlined or '#' headings, bullets, numbered lines, '|' rows, paragraphs."""
    return _blocks(text, markdown=False)


# Markdown lets a writer put HTML inside a line ('Start: <time datetime="…T10:46Z">6:46
# p.m.</time>', '<span class="x">…</span>'): the reader sees what a browser shows, the text.
_INLINE_HTML = re.compile(
    r"</?(?:time|span|abbr|b|i|em|strong|a|sup|sub|small|mark|u|s|kbd|cite|font|ins|del)"
    r"\b[^<>\n]{0,500}>",
    re.IGNORECASE,
)


def without_inline_html(text: str) -> str:
    """Markdown text as a browser shows it: inline HTML tags left out, their text kept, and
    comments ("### 2. Check-ins <!-- press the play button … -->") left out."""
    if "<" not in text:
        return text
    return _INLINE_HTML.sub("", without_comments(text))


def without_comments(text: str) -> str:
    """HTML comments left out, the line breaks inside them kept (linear: one find each)."""
    if "<!--" not in text:
        return text
    out, pos = [], 0
    while (start := text.find("<!--", pos)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break  # an unclosed comment: its text is kept rather than lost
        out.append(text[pos:start])
        out.append("\n" * text.count("\n", start, end))
        pos = end + 3
    out.append(text[pos:])
    return "".join(out)


def blocks_of_markdown(text: str) -> list[B.Block]:
    """Markdown: ATX and setext headings, nested lists, pipe tables, code fences, paragraphs."""
    return _blocks(without_inline_html(text), markdown=True)


def _blocks(text: str, *, markdown: bool) -> list[B.Block]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[B.Block] = []
    levels: list[str] = []  # underline characters in the order they appear
    lists = _Lists()
    para: list[str] = []
    in_table = False
    fence: str | None = None

    def flush() -> None:
        if para:
            out.append(B.paragraph("\n".join(para)))
            para.clear()

    n = len(lines)
    i = 0
    while i < n:
        if i % 1000 == 0:
            check_time()
        line = lines[i]
        stripped = line.strip()
        if fence is not None:
            if stripped.startswith(fence):
                fence = None
                flush()
            else:
                para.append(line)
            i += 1
            continue
        if markdown and (m := _FENCE.match(line)):
            flush()
            fence = m[1]
            i += 1
            continue
        if "\f" in line:
            flush()
            out.append(B.page_break())
            i += 1
            continue
        if not stripped:
            flush()
            in_table = False
            i += 1
            continue
        nxt = lines[i + 1] if i + 1 < n else ""
        if (
            not para
            and _UNDERLINE.match(nxt)
            and not _UNDERLINE.match(line)
            and len(nxt.strip()) >= max(3, len(stripped) // 2)
            and not _TABLE_ROW.match(line)
        ):
            char = nxt.strip()[0]
            if char not in levels:
                levels.append(char)
            out.append(B.heading(stripped, levels.index(char) + 1))
            lists.reset()
            i += 2
            continue
        m = _ATX.match(line)
        if m:
            flush()
            out.append(B.heading(m[2], len(m[1])))
            lists.reset()
            i += 1
            continue
        if _TABLE_ROW.match(line):
            flush()
            if _TABLE_SEPARATOR.match(line):
                i += 1
                continue
            out.append(B.row(_row_cells(line), header=not in_table))
            in_table = True
            i += 1
            continue
        item = _list_item(line, lists, rst=False)
        if item is not None:
            flush()
            out.append(item)
            i += 1
            continue
        if not para and out and out[-1].kind == B.ITEM and _indent(line) > 0:
            out[-1].text += "\n" + stripped  # the wrapped rest of a list item
            i += 1
            continue
        if not para:
            lists.reset()
        para.append(stripped)
        i += 1
    flush()
    return B.compact(out)


def _rst_inline(text: str) -> str:
    text = _RST_LINK.sub(r"\1 \2", text)
    return text.replace("``", "")


def blocks_of_rst(text: str) -> list[B.Block]:
    """reStructuredText: section titles by their underline (and overline), lists, field
    lists, grid and simple tables; directives and comments left out, their content kept."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[B.Block] = []
    levels: list[str] = []
    lists = _Lists()
    para: list[str] = []
    n = len(lines)

    def flush() -> None:
        if para:
            out.append(B.paragraph(_rst_inline("\n".join(para))))
            para.clear()

    i = 0
    while i < n:
        if i % 1000 == 0:
            check_time()
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            flush()
            i += 1
            continue
        nxt = lines[i + 1] if i + 1 < n else ""
        # Overlined title: ===== / Title / =====.
        if (
            _UNDERLINE.match(line)
            and not line[:1].isspace()
            and i + 2 < n
            and nxt.strip()
            and lines[i + 2].strip() == stripped
        ):
            flush()
            key = stripped[0] + "o"
            if key not in levels:
                levels.append(key)
            out.append(B.heading(_rst_inline(nxt.strip()), levels.index(key) + 1))
            lists.reset()
            i += 3
            continue
        if (
            not para
            and not line[:1].isspace()
            and _UNDERLINE.match(nxt)
            and not _UNDERLINE.match(line)
            and len(nxt.strip()) >= len(stripped)
        ):
            key = nxt.strip()[0]
            if key not in levels:
                levels.append(key)
            out.append(B.heading(_rst_inline(stripped), levels.index(key) + 1))
            lists.reset()
            i += 2
            continue
        if _GRID_BORDER.match(line):
            flush()
            i = _grid_table(lines, i, out)
            continue
        if _SIMPLE_BORDER.match(line) and not para:
            j = _simple_table(lines, i, out)
            if j > i:
                i = j
                continue
        if _DIRECTIVE.match(stripped) or stripped == "..":
            flush()
            i += 1
            continue
        m = _FIELD.match(stripped)
        if m and not line[:1].isspace():
            flush()
            out.append(B.paragraph(_rst_inline(f"{m[1].strip()}: {m[2]}".strip())))
            i += 1
            continue
        item = _list_item(line, lists, rst=True)
        if item is not None:
            flush()
            item.text = _rst_inline(item.text)
            out.append(item)
            i += 1
            continue
        if not para and out and out[-1].kind == B.ITEM and line[:1].isspace():
            out[-1].text += "\n" + _rst_inline(stripped)
            i += 1
            continue
        if not para:
            lists.reset()
        if line[:1].isspace():
            para.append(line.rstrip())  # a literal block or quote keeps its indentation
        else:
            para.append(stripped[:-1] if stripped.endswith("::") else stripped)
        i += 1
    flush()
    return B.compact(out)


def _grid_table(lines: list[str], i: int, out: list[B.Block]) -> int:
    """Read a grid table (+---+---+) from line i; return the line after it."""
    border = lines[i].strip()
    cuts = [k for k, ch in enumerate(border) if ch == "+"]
    indent = _indent(lines[i])
    cells: list[list[str]] = [[] for _ in cuts[1:]]
    header = True
    i += 1
    while i < len(lines):
        raw = lines[i]
        line = raw[indent:].rstrip() if len(raw) > indent else raw.strip()
        if _GRID_BORDER.match(line):
            if any(cells):
                out.append(B.row([" ".join(c) for c in cells], header=header))
                header = False
            cells = [[] for _ in cuts[1:]]
            i += 1
            continue
        if not line.startswith("|"):
            break
        for k in range(len(cuts) - 1):
            part = line[cuts[k] + 1 : cuts[k + 1]].strip(" |")
            if part:
                cells[k].append(_rst_inline(part))
        i += 1
    return i


def _simple_table(lines: list[str], i: int, out: list[B.Block]) -> int:
    """Read a simple table (===  ===) from line i; return the line after it (i if none)."""
    border = lines[i].rstrip()
    spans = [(m.start(), m.end()) for m in re.finditer(r"=+", border)]
    rows: list[list[str]] = []
    j = i + 1
    borders = 1
    while j < len(lines):
        line = lines[j].rstrip()
        if _SIMPLE_BORDER.match(line):
            borders += 1
            j += 1
            if borders == 3 or (j < len(lines) and not lines[j].strip()):
                break
            continue
        if not line.strip():
            j += 1
            continue
        cells = []
        for k, (start, end) in enumerate(spans):
            stop = spans[k + 1][0] if k + 1 < len(spans) else len(line)
            cells.append(line[start:stop].strip() if k + 1 < len(spans) else line[start:].strip())
            del end
        if line[: spans[0][0]].strip() == "" and not cells[0] and rows:
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=False)]
        else:
            rows.append(cells)
        j += 1
    if borders < 2 or not rows:
        return i
    for k, cells in enumerate(rows):
        out.append(B.row([_rst_inline(c) for c in cells], header=k == 0))
    return j
