"""Typed blocks: what every format's extractor yields, and the one text they render to.

An extractor reads the format's own structure (Word styles and numbering, PDF font sizes
and positions, Markdown or reStructuredText syntax, HTML tags) into a flat list of blocks;
render() writes them as the Markdown-like text parse_text reads: "#" headings, "- " and
"1. " list items indented by depth, "| a | b |" table rows under a header separator,
paragraphs between blank lines and a form feed for a page break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

HEADING = "heading"
PARAGRAPH = "paragraph"
ITEM = "item"
ROW = "row"
PAGE = "page"

_INDENT = "  "  # one list level


@dataclass(slots=True)
class Block:
    """One unit of a document: heading, paragraph, list item, table row or page break."""

    kind: str
    text: str = ""
    # A heading's level (1 = top) or a list item's depth (0 = top).
    level: int = 0
    # A list item's or heading's number as written ("3", "2.1", "a"); "" for a bullet.
    number: str = ""
    cells: list[str] = field(default_factory=list)
    # A table row that starts a table (its header; the separator follows it).
    header: bool = False


def heading(text: str, level: int = 1, number: str = "") -> Block:
    """A heading of the given level (1-6)."""
    return Block(HEADING, text, level=max(1, min(level, 6)), number=number)


def paragraph(text: str) -> Block:
    """A paragraph; line breaks inside it are kept."""
    return Block(PARAGRAPH, text)


def item(text: str, depth: int = 0, number: str = "") -> Block:
    """A list item; a number makes it "n. text", none a bullet "- text"."""
    return Block(ITEM, text, level=max(0, depth), number=number)


def row(cells: list[str], header: bool = False) -> Block:
    """A table row; the first row of a table is its header."""
    return Block(ROW, cells=cells, header=header)


def page_break() -> Block:
    """The end of a page (PDF)."""
    return Block(PAGE)


def _cell(text: str) -> str:
    if "\n" in text and (people := _one_name_a_line(text)):
        # "Anna Berg\nJonas Klein\nLea Hoffmann (Protokoll)": a Word cell that lists one person
        # a line keeps them apart, as a list after "Anwesend:" does.
        return ", ".join(people).replace("|", "/")
    return " ".join(text.split()).replace("|", "/")


def _one_name_a_line(text: str) -> list[str] | None:
    """The lines of a cell that holds one person's name a line (two or more), else None."""
    from .names import looks_like_name

    lines = [" ".join(x.split()) for x in text.split("\n")]
    lines = [x for x in lines if x]
    if len(lines) < 2:
        return None
    for x in lines:
        # "Mira Fast (Betreuerin)", "Jonas Klein – Scrum Master": the name before its role.
        if not looks_like_name(_ROLE_AFTER_RE.split(x, maxsplit=1)[0].strip()):
            return None
    return lines


_ROLE_AFTER_RE = re.compile(r"\(|\s[–—-]\s")


def _item_marker(number: str) -> str:
    if not number:
        return "- "
    return f"{number}. " if number[-1:].isalnum() else f"{number} "


# The line under a rendered table's header row: "|---|---|", "|:--|", "---|---".
TABLE_SEPARATOR_RE = re.compile(r"^\|?\s*:?-{2,}")


def table_cells(line: str) -> list[str]:
    """The cells of a rendered table row: "| a | b |" -> ["a", "b"]."""
    return [c.strip() for c in line.strip().strip("|").split("|")]


def is_table_separator(line: str) -> bool:
    return bool(TABLE_SEPARATOR_RE.match(line.strip()))


def render(blocks: list[Block]) -> str:
    """Write the blocks as the canonical Markdown-like text; linear in their size."""
    out: list[str] = []
    prev: str | None = None
    for b in blocks:
        kind = b.kind
        if kind == PAGE:
            out.append("\f")
            prev = PAGE
            continue
        if kind == ROW:
            starts = prev != ROW or b.header
        else:
            starts = True
        # Items follow each other line by line like rows; everything else stands apart.
        if prev is not None and prev != PAGE and not (kind == prev and kind in (ITEM, ROW)):
            out.append("")
        if kind == HEADING:
            number = _item_marker(b.number) if b.number else ""
            out.append("#" * b.level + " " + number + b.text.strip())
        elif kind == ITEM:
            text = b.text.strip().replace("\n", "\n" + _INDENT * (b.level + 1))
            out.append(_INDENT * b.level + _item_marker(b.number) + text)
        elif kind == ROW:
            if starts and prev == ROW:
                out.append("")
            out.append("| " + " | ".join(_cell(c) for c in b.cells) + " |")
            if starts:
                out.append("|" + "---|" * len(b.cells))
        else:
            out.append(b.text.strip("\n").rstrip())  # an indented literal block stays so
        prev = kind
    return "\n".join(out) + "\n" if out else ""


# A bold line at most this long may be a heading; a longer one is a paragraph set in bold.
BOLD_HEADING_CHARS = 100
BOLD_HEADING_LEVEL = 3  # below a page's or document's own h1 and h2


def bold_line_heads(text: str) -> bool:
    """Whether a paragraph set in bold throughout heads what follows (Word, HTML).

    One short line: not a sentence or clause (".", ",", ";" at its end), not a label leading
    into what follows ("Topics:") nor one with its value ("Beschluss: angenommen", "Date: 5
    March 2024"), and no outcome set in bold for all to see ("Motion carried", "Einstimmig
    angenommen"): that is the item's decision, not the next item.
    """
    if (
        len(text) > BOLD_HEADING_CHARS
        or "\n" in text
        or text.endswith((".", ",", ";", ":"))
        or ": " in text
    ):
        return False
    from .decisions import sentence_kind

    return sentence_kind(text) is None


def compact(blocks: list[Block]) -> list[Block]:
    """Drop empty blocks (whitespace only) that extractors may leave."""
    return [b for b in blocks if b.kind == PAGE or (b.cells if b.kind == ROW else b.text.strip())]
