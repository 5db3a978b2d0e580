"""HTML (saved wiki pages, exported minutes): h1-h6, lists with depth, tables, paragraphs.

Scripts, styles, navigation, page headers and footers, edit links and tables of contents
are left out; the page title stands in as the top heading when the page has no h1.
"""

from __future__ import annotations

import re

from .. import blocks as B
from .. import limits
from ..errors import ProtocolReadError, gettext_noop
from ..limits import check_time

_CHUNK = 256 * 1024

_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_DROP = frozenset(
    "script style noscript template svg math nav head iframe object canvas form button "
    "select textarea aside footer header".split()
)
_DROP_CLASS = re.compile(
    r"\b(?:mw-editsection|mw-jump-link|noprint|toc|navbox|catlinks|printfooter|"
    r"mw-indicators|sidebar|breadcrumbs?|site-(?:header|footer)|navigation|sr-only|"
    r"visually-hidden|screen-reader-text|skip-link)\b",
    re.I,
)
_DROP_ID = re.compile(
    r"^(?:toc|mw-navigation|mw-head|mw-panel|footer|siteSub|contentSub|jump-to-nav)$"
)
_BLOCK = frozenset(
    "p div section article main blockquote pre dl dt dd figure figcaption address center "
    "details summary caption body html".split()
)
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BOLD = frozenset(("b", "strong"))
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]{2,40})""", re.I)
_BREAK = "\u2028"  # a <br> while the text is gathered
_SPACE = re.compile(r"[ \t\r\n\f\u00a0]+")


def blocks(data: bytes) -> list[B.Block]:
    """Read an HTML page into blocks."""
    if len(data) > limits.MAX_HTML_BYTES:
        raise ProtocolReadError(
            gettext_noop("Die HTML-Datei ist größer als 10 MB und wird nicht gelesen.")
        )
    if data.count(b"<") > limits.MAX_DOCX_XML_TAGS:
        raise ProtocolReadError(
            gettext_noop(
                "Die HTML-Datei besteht aus mehr als einer Million Elementen "
                "und wird nicht gelesen."
            )
        )
    from lxml import etree

    reader = _Reader()
    # libxml2's HTML parser: linear, tolerant as browsers are, closing what is left open.
    # (Python's html.parser takes quadratic time on some broken input before 3.13.)
    parser = etree.HTMLParser(
        target=reader, recover=True, no_network=True, remove_comments=True, remove_pis=True
    )
    text = _decode(data)
    try:
        for start in range(0, len(text), _CHUNK):
            check_time()
            parser.feed(text[start : start + _CHUNK])
        parser.close()
    except ProtocolReadError:
        raise
    except etree.LxmlError as exc:
        raise ProtocolReadError(
            gettext_noop("Die HTML-Datei ist beschädigt und kann nicht gelesen werden.")
        ) from exc
    return reader.result()


def _decode(data: bytes) -> str:
    m = _CHARSET.search(data[:4096])
    if m:
        try:
            return data.decode(m[1].decode("ascii"), "replace").lstrip("\ufeff")
        except LookupError:
            pass
    from ..extract import _decode as decode  # UTF-8, UTF-16, Windows-1252 or a guess

    return decode(data)


class _Reader:
    """A target of lxml's parser: it calls start, end and data as it reads."""

    def __init__(self) -> None:
        self.out: list[B.Block] = []
        self.stack: list[str] = []
        self.drop_at: int | None = None  # depth of the element being left out
        self.buf: list[str] = []
        self.heading = 0
        self.lists: list[list[int | bool]] = []  # per open list: [counter, numbered]
        self.in_item = False
        self.tables: list[dict] = []
        self.pre = 0
        self.title: list[str] | None = None
        self.page_title = ""
        self.has_h1 = False
        self.length = 0
        self.bold = 0  # open <b>/<strong> elements
        self.plain_text = False  # text outside bold in the paragraph being gathered

    # --- structure -------------------------------------------------------------------
    def start(self, tag: str, attr: dict[str, str]) -> None:
        if tag == "title" and self.title is None and not self.page_title:
            self.title = []
            return
        if tag in _VOID:
            if tag == "br" and self.drop_at is None:
                self.buf.append(_BREAK)
            elif tag == "hr" and self.drop_at is None:
                self.flush()
            return
        self.stack.append(tag)
        if len(self.stack) > limits.MAX_HTML_DEPTH:
            raise ProtocolReadError(
                gettext_noop(
                    "Die HTML-Datei ist zu tief verschachtelt (mehr als 500 Ebenen) "
                    "und wird nicht gelesen."
                )
            )
        if self.drop_at is not None:
            return
        if (
            tag in _DROP
            or _DROP_CLASS.search(attr.get("class") or "")
            or _DROP_ID.match(attr.get("id") or "")
            or attr.get("role") == "navigation"
            or attr.get("hidden") is not None
        ):
            self.drop_at = len(self.stack)
            return
        if tag in _BOLD:
            self.bold += 1
        elif tag in _HEADINGS:
            self.flush()
            self.heading = _HEADINGS[tag]
        elif tag in ("ul", "ol", "menu"):
            self.flush()
            start = attr.get("start") or ""
            counter = int(start) - 1 if start.strip().lstrip("-").isdigit() else 0
            self.lists.append([counter, tag == "ol"])
        elif tag == "li":
            self.flush()
            self.in_item = True
            if self.lists:
                value = attr.get("value") or ""
                self.lists[-1][0] = (
                    int(value) if value.strip().isdigit() else int(self.lists[-1][0]) + 1
                )
        elif tag == "table":
            self.flush()
            self.tables.append({"rows": 0, "cells": None, "cell": None})
        elif tag == "tr" and self.tables:
            self.flush()
            self.tables[-1]["cells"] = []
        elif tag in ("td", "th") and self.tables:
            self.end_cell()
            self.flush()
            self.tables[-1]["cell"] = []
            if self.tables[-1]["cells"] is None:
                self.tables[-1]["cells"] = []
        elif tag == "pre":
            self.flush()
            self.pre += 1
        elif tag in _BLOCK:
            self.flush()

    def end(self, tag: str) -> None:
        if tag == "title" and self.title is not None:
            self.page_title = " ".join("".join(self.title).split())
            self.title = None
            return
        if tag in _VOID or tag not in self.stack[-50:]:
            return  # a stray end tag: browsers ignore it too
        while self.stack:
            open_tag = self.stack.pop()
            self.close_tag(open_tag)
            if open_tag == tag:
                break

    def close_tag(self, tag: str) -> None:
        depth = len(self.stack) + 1
        if self.drop_at is not None:
            if depth == self.drop_at:
                self.drop_at = None
            return
        if tag in _BOLD:
            self.bold = max(0, self.bold - 1)
        elif tag in _HEADINGS:
            self.flush()
            self.heading = 0
        elif tag in ("ul", "ol", "menu"):
            self.flush()
            if self.lists:
                self.lists.pop()
        elif tag == "li":
            self.flush()
            self.in_item = False
        elif tag in ("td", "th"):
            self.end_cell()
        elif tag == "tr" and self.tables:
            self.end_cell()
            table = self.tables[-1]
            cells = table["cells"]
            if cells and any(c.strip() for c in cells):
                self.out.append(B.row(cells, header=table["rows"] == 0))
                table["rows"] += 1
            table["cells"] = None
        elif tag == "table" and self.tables:
            self.tables.pop()
        elif tag == "pre":
            self.flush()
            self.pre = max(0, self.pre - 1)
        elif tag in _BLOCK:
            self.flush()

    def end_cell(self) -> None:
        if not self.tables or self.tables[-1]["cell"] is None:
            return
        table = self.tables[-1]
        text = " ".join("".join(table["cell"]).split())
        table["cell"] = None
        if table["cells"] is None:
            table["cells"] = []
        table["cells"].append(text)

    # --- text ------------------------------------------------------------------------
    def data(self, data: str) -> None:
        if self.title is not None:
            self.title.append(data)
            return
        if self.drop_at is not None:
            return
        self.length += len(data)
        if self.length > limits.MAX_TEXT_CHARS:
            raise limits.text_too_long()
        if self.tables and self.tables[-1]["cell"] is not None:
            self.tables[-1]["cell"].append(data)
        else:
            self.buf.append(data)
            if not self.bold and data.strip():
                self.plain_text = True

    def flush(self) -> None:
        plain, self.plain_text = self.plain_text, False
        if not self.buf:
            return
        raw = "".join(self.buf)
        self.buf.clear()
        if self.pre:
            text = raw.replace(_BREAK, "\n").strip("\n").rstrip()
        else:
            # Line ends in the source are spaces; only <br> breaks a line.
            text = "\n".join(_SPACE.sub(" ", part).strip() for part in raw.split(_BREAK))
            text = re.sub(r"\n{2,}", "\n", text).strip()
        if not text.strip():
            return
        if self.heading:
            self.out.append(B.heading(" ".join(text.split()), self.heading))
            self.has_h1 = self.has_h1 or self.heading == 1
        elif not plain and not self.pre and not self.in_item and B.bold_line_heads(text):
            # "<p><b>Aim of Iteration 2</b></p>": a line in bold alone heads what follows.
            self.out.append(B.heading(text, B.BOLD_HEADING_LEVEL))
        elif self.in_item and self.lists:
            counter, numbered = self.lists[-1]
            number = str(counter) if numbered else ""
            self.out.append(B.item(text, depth=min(len(self.lists) - 1, 8), number=number))
            self.in_item = False  # what follows inside the same item is a paragraph
        else:
            self.out.append(B.paragraph(text))

    def close(self) -> None:
        """The parser's end (the result is taken with result())."""

    def result(self) -> list[B.Block]:
        self.flush()
        if self.page_title and not self.has_h1:
            self.out.insert(0, B.heading(self.page_title, 1))
        return B.compact(self.out)
