"""RTF: a small tokenizer, linear in the file, keeping styles, list numbers and table cells.

Heading styles ("heading 1", "Überschrift 2", "Title") and \\outlinelevel give headings,
\\ls/\\ilvl with the \\listtext Word writes give numbered or bulleted list items, \\cell and
\\row give table rows. Groups nest at most limits.MAX_RTF_DEPTH deep; pictures, objects,
fonts, headers and footers are skipped without being decoded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .. import blocks as B
from .. import limits
from ..errors import ProtocolReadError, gettext_noop
from ..limits import check_time

_TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z'])|([{}])|[\r\n]+|([^\\{}\r\n]+)",
    re.S,
)
_SKIP = frozenset(
    """fonttbl colortbl info pict header headerl headerr headerf footer footerl footerr
    footerf footnote listtable listoverridetable rsidtbl generator themedata
    colorschememapping datastore latentstyles xmlnstbl mmathPr object objdata fldinst
    bkmkstart bkmkend filetbl revtbl userprops docvar xe tc private shppict nonshppict
    shpinst sp sn sv atnid atnauthor annotation pgdsctbl protusertbl wgrffmtfilter
    stylesheet""".split()
)
_SYMBOLS = {
    "line": "\n",
    "tab": " ",
    "emdash": "—",
    "endash": "–",
    "lquote": "‘",
    "rquote": "’",
    "ldblquote": "“",
    "rdblquote": "”",
    "bullet": "•",
    "emspace": " ",
    "enspace": " ",
    "qmspace": " ",
}
_HEADING_STYLE = re.compile(r"^(?:heading|überschrift)\s*(\d)\s*$", re.I)
_TITLE_STYLE = re.compile(r"^(?:title|titel)\s*$", re.I)
_NUMBER = re.compile(r"^\(?(\d{1,3}(?:\.\d{1,3}){0,2}|[a-zA-Z])[.)]?$")
_DEEP = gettext_noop(
    "Die RTF-Datei ist zu tief verschachtelt (mehr als 100 Gruppen ineinander) "
    "und wird nicht gelesen."
)
_BROKEN = gettext_noop("Die RTF-Datei ist beschädigt und kann nicht gelesen werden.")


@dataclass(slots=True)
class _State:
    """What a group carries: where its text goes and the paragraph's properties."""

    dest: str = "text"  # "text", "skip", "marker" (a list number), "style" (the stylesheet)
    uc: int = 1  # characters that follow \uN as its fallback
    style: int = 0
    outline: int | None = None
    ilvl: int = 0
    listed: bool = False
    intbl: bool = False
    bold: bool = False


def blocks(data: bytes) -> list[B.Block]:
    """Read an RTF document into blocks."""
    if len(data) > 4 * limits.MAX_TEXT_CHARS + 16 * 1024 * 1024:
        raise limits.text_too_long()
    text = data.decode("latin-1")
    if not text.lstrip("\ufeff\xef\xbb\xbf \r\n\t").startswith("{\\rtf"):
        raise ProtocolReadError(_BROKEN)
    return _Reader(text).run()


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source
        self.codepage = "cp1252"
        self.styles: dict[int, str] = {}
        self.out: list[B.Block] = []
        self.text: list[str] = []
        self.marker: list[str] = []
        self.cells: list[str] = []
        self.in_table = False
        self.length = 0
        self.style_number = 0  # the \sN of the style being defined in the stylesheet
        self.sheet_depth = -2  # the group depth of the stylesheet's own group
        self.style_name: list[str] = []
        # A paragraph's lead in bold ("Apologies" before ": Apologies were received …"): its
        # length in the paragraph's text once plain text follows it.
        self.para_len = 0
        self.bold_seen = False
        self.lead_len: int | None = None

    def run(self) -> list[B.Block]:
        src = self.source
        state = _State()
        stack: list[_State] = []
        pos, end = 0, len(src)
        skip_chars = 0  # fallback characters after \uN still to drop
        tokens = 0
        match = _TOKEN.match
        while pos < end:
            m = match(src, pos)
            if m is None:  # a lone backslash at the very end
                break
            pos = m.end()
            tokens += 1
            if tokens % 20000 == 0:
                check_time()
            word, arg, hexa, symbol, brace, plain = m.groups()
            if brace == "{":
                if len(stack) >= limits.MAX_RTF_DEPTH:
                    raise ProtocolReadError(_DEEP)
                stack.append(state)
                state = replace(state)
                skip_chars = 0
                continue
            if brace == "}":
                if state.dest == "style" and len(stack) == self.sheet_depth + 1:
                    self.end_style()  # one style's group inside the stylesheet ends
                if not stack:
                    break  # the document's closing brace; anything after it is not RTF
                state = stack.pop()
                continue
            if word is not None:
                state, pos, skip_chars = self.control(word, arg, state, pos, len(stack))
                continue
            if hexa is not None:
                if skip_chars:
                    skip_chars -= 1
                    continue
                self.add(state, bytes([int(hexa, 16)]).decode(self.codepage, "replace"))
                continue
            if symbol is not None:
                if symbol == "*":
                    state.dest = "skip"  # an optional destination: not text to show
                elif symbol == "~":
                    self.add(state, " ")
                elif symbol in "\\{}":
                    self.add(state, symbol)
                elif symbol in "\r\n":
                    self.paragraph(state)
                elif symbol == "_":
                    self.add(state, "-")
                continue
            if plain is not None:
                if skip_chars:
                    drop = min(skip_chars, len(plain))
                    plain = plain[drop:]
                    skip_chars -= drop
                if plain:
                    if not plain.isascii():
                        plain = plain.encode("latin-1").decode(self.codepage, "replace")
                    self.add(state, plain)
        self.paragraph(state)
        return B.compact(self.out)

    def control(self, word: str, arg: str | None, state: _State, pos: int, depth: int):
        """Apply one control word; return the state, the position and the characters to skip."""
        skip = 0
        if word == "stylesheet" and state.dest != "skip":
            state.dest, self.sheet_depth = "style", depth
            return state, pos, skip
        if word in _SKIP:
            state.dest = "skip"
            return state, pos, skip
        if word == "bin":
            return state, pos + max(0, int(arg or 0)), skip  # raw bytes of a picture
        if word in ("listtext", "pntext"):
            state.dest = "marker"
            return state, pos, skip
        if state.dest == "skip":
            return state, pos, skip
        if word == "ansicpg" and arg:
            try:
                "".encode(f"cp{int(arg)}")
                self.codepage = f"cp{int(arg)}"
            except (LookupError, ValueError):
                pass
        elif word == "u" and arg:
            code = int(arg)
            self.add(
                state, chr(code + 65536 if code < 0 else code) if -65536 < code < 0x110000 else ""
            )
            return state, pos, state.uc
        elif word == "uc" and arg:
            state.uc = max(0, min(int(arg), 10))
        elif word in ("par", "sect", "page"):
            self.paragraph(state)
            if word == "page":
                self.out.append(B.page_break())
        elif word == "pard":
            state.style, state.outline, state.ilvl = 0, None, 0
            state.listed = state.intbl = False
        elif word == "s" and arg:
            if state.dest == "style":
                self.style_number = int(arg)
            else:
                state.style = int(arg)
        elif word == "outlinelevel" and arg:
            state.outline = int(arg)
        elif word == "ls":
            state.listed = True
        elif word == "ilvl" and arg:
            state.ilvl = max(0, min(int(arg), 8))
        elif word == "intbl":
            state.intbl = True
        elif word == "b":
            state.bold = arg != "0"
        elif word == "plain":
            state.bold = False
        elif word in ("cell", "nestcell"):
            self.cells.append(self.take())
        elif word in ("row", "nestrow"):
            self.row()
        elif word in _SYMBOLS:
            self.add(state, _SYMBOLS[word])
        return state, pos, skip

    def add(self, state: _State, text: str) -> None:
        if state.dest == "text":
            if self.lead_len is None and text.strip():
                if state.bold:
                    self.bold_seen = True
                else:
                    self.lead_len = self.para_len if self.bold_seen else 0
            self.text.append(text)
            self.para_len += len(text)
            self.length += len(text)
            if self.length > limits.MAX_TEXT_CHARS:
                raise limits.text_too_long()
        elif state.dest == "marker":
            self.marker.append(text)
        elif state.dest == "style":
            self.style_name.append(text)

    def end_style(self) -> None:
        name = "".join(self.style_name).strip().rstrip(";").strip()
        if name:
            self.styles.setdefault(self.style_number, name)
        self.style_name.clear()
        self.style_number = 0

    def take(self) -> str:
        text = "".join(self.text).strip()
        self.text.clear()
        self.para_len, self.bold_seen, self.lead_len = 0, False, None
        return text

    def row(self) -> None:
        if self.text and "".join(self.text).strip():
            self.cells.append(self.take())
        self.text.clear()
        if any(c for c in self.cells):
            self.out.append(B.row(self.cells, header=not self.in_table))
            self.in_table = True
        self.cells = []

    def paragraph(self, state: _State) -> None:
        marker = "".join(self.marker).strip()
        self.marker.clear()
        if state.intbl:
            self.text.append("\n")  # a paragraph inside a cell: the cell goes on
            return
        raw, lead = "".join(self.text), self.lead_len
        text = self.take()
        if not text:
            return
        self.in_table = False
        name = self.styles.get(state.style, "")
        heading = _HEADING_STYLE.match(name)
        if heading:
            self.out.append(B.heading(text, int(heading[1])))
        elif _TITLE_STYLE.match(name):
            self.out.append(B.heading(text, 1))
        elif state.outline is not None and state.outline < 9:
            self.out.append(B.heading(text, state.outline + 1))
        elif state.listed or marker:
            number = _NUMBER.match(marker)
            head, rest = _bold_lead(raw, lead)
            self.out.append(
                B.item(head or text, depth=state.ilvl, number=number[1] if number else "")
            )
            if head:
                self.out.append(B.paragraph(rest))
        else:
            self.out.append(B.paragraph(text))


def _bold_lead(raw: str, lead: int | None) -> tuple[str, str]:
    """A list entry's title in bold before a colon and its text after it, or ("", "").

    "**Apologies**: Apologies were received from …" is the item "Apologies" and its minutes;
    a bold lead without a colon, or with only a few words after it, stays the entry's text.
    """
    if not lead:
        return "", ""
    head, rest = raw[:lead].strip(), raw[lead:].strip()
    if not rest.startswith(":") or len(head) > _LEAD_MAX or len(rest) < _LEAD_REST_MIN:
        return "", ""
    return head.rstrip(":").strip(), rest[1:].strip()


_LEAD_MAX = 80
_LEAD_REST_MIN = 20
