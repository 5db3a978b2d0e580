"""Minutes laid out as a table: a Word or LibreOffice "Protokoll" form, one row per topic.

Form templates set the whole body in a table: label/value rows for the head (Datum, Zeit,
Ort, Teilnehmer, Protokoll) and then one row per topic, its number in the first cell, its
title and notes in the next ones ("| 3 | Winterfest | Den Raketen wurden 100 € bezahlt. | |"),
sometimes under column heads that add who does it and by when ("| Nr. | Thema | Aufgabe |
Verantwortlich | Termin |"). A topic's notes may stand in rows of their own below its title
row: cells without a number, or (Word's merged cells, repeated in every row they span) with
the topic's number again.

topic_rows() writes such a table as the lines parse_text walks elsewhere: a numbered heading
per topic, its notes as paragraphs (a bulleted cell as a list) and a row with an owner or a
due date as a one-row Was | Wer | Bis table, which tasks.table_tasks reads. Rows before the
first topic (the head) stay as they are: the header's label rows are read there already.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import names
from .blocks import is_table_separator, table_cells
from .tasks import COL_DECISION, COL_DUE, COL_WHAT, COL_WHO
from .vocabulary import alt

# A cell that holds only a topic's number: "3", "3.", "TOP 3", "Punkt 3".
NUMBER_CELL_RE = re.compile(
    r"^(?:(?:TOP|Top|Punkt|Pkt\.?|Item|Nr\.?|No\.?)\s*)?(?P<n>\d{1,2})[.):]?$"
)
# A cell with the number and the title, the notes in the next cell: "| 2. Finanzen | Der … |".
NUMBER_TITLE_RE = re.compile(
    r"^(?:(?:TOP|Top|Punkt|Item)\s*)?(?P<n>\d{1,2})[.):]\s*(?:[-–]\s*)?(?P<t>[^\W\d_].{0,149})$"
)
# The head of a column of topics: "| Thema | Ergebnis |", "| Item | Decision |".
COL_TOPIC = re.compile(
    r"^(?:thema|themen|topics?|items?|agenda\s+items?|tagesordnungspunkte?|top|punkte?|gegenstand|"
    r"betreff|subject|besprechungspunkte?|diskussionspunkte?)$",
    re.I,
)
# A column of what became of a topic ("Status": offen, erledigt); no note of its own.
COL_STATUS = re.compile(r"^(?:status|stand|erledigt|done)\b", re.I)
# A column of the people a table lists: an attendance table, not topics.
COL_PEOPLE = re.compile(
    r"^(?:name|vorname|nachname|teilnehmer\w*|anwesend\w*|mitglied\w*|person|attendees?|"
    r"members?|present)\b",
    re.I,
)
# A column of work to do: a numbered table of tasks ("| # | Action | Owner | Due |"), not topics.
COL_TASK = re.compile(r"^(?:action(?:\s+items?)?|aufgaben?|to-?dos?|maßnahmen?|tasks?)$", re.I)
# A bullet inside a cell, where Word's list became running text: "• Erstens • Zweitens".
CELL_BULLET_RE = re.compile(r"\s*[•▪●◦]\s*")
HEAD_CELL_MAX = 30  # a column's head is a short label
TITLE_MAX = 150  # a longer first cell is the topic's notes, not its title
MIN_TOPICS = 2


def _cells(line: str) -> list[str]:
    return [c.replace("**", "") for c in table_cells(line)]


def _is_head(cells: list[str]) -> bool:
    """Column heads: two or more short labels and nothing else ("| Nr. | Thema | Wer |")."""
    filled = [c for c in cells if c]
    return len(filled) >= 2 and all(
        len(c) <= HEAD_CELL_MAX and not any(ch.isdigit() for ch in c) for c in filled
    )


class _Columns:
    """What the heads over a topic row say of its cells: who, by when, what became of it."""

    def __init__(self, head: list[str] | None) -> None:
        self.size = len(head) if head else 0
        self.who = self.due = None
        self.skip: set[int] = set()
        self.people = self.tasks = False
        self.labels: dict[int, str] = {}  # "Beschluss", "Decision": what the column's cells are
        first = next((k for k, h in enumerate(head or []) if h), None)
        for k, h in enumerate(head or []):
            h = h.strip(" :*_").lower()
            if not h:
                continue
            if self.who is None and COL_WHO.match(h):
                self.who = k
            elif self.due is None and COL_DUE.match(h):
                self.due = k
            elif m := COL_DECISION.match(h):
                self.labels[k] = m.group(0).capitalize()
            elif COL_STATUS.match(h):
                self.skip.add(k)
            elif k <= 2 and COL_PEOPLE.match(h):
                self.people = True
            elif first is not None and k == first + 1 and COL_TASK.match(h):
                self.tasks = True

    def split(self, cells: list[str]) -> tuple[list[str], str, str]:
        """The row's text cells, its owner and its due date, by the heads' columns."""
        if len(cells) != self.size:
            return [c for c in cells if c], "", ""
        text = [
            f"{self.labels[k]}: {c}" if k in self.labels else c
            for k, c in enumerate(cells)
            if c and k not in (self.who, self.due) and k not in self.skip
        ]
        who = cells[self.who] if self.who is not None else ""
        due = cells[self.due] if self.due is not None else ""
        return text, who, due


def topic_rows(lines: list[str], row_title: Callable[[str], str]) -> list[str] | None:
    """The lines with a topic table written as headings and notes; None if there is none.

    A topic table numbers its topic rows 1, 2, 3 … (or from 0) in their first filled cell,
    with a title beside the number; a row with the number of the topic above it, or none,
    holds more of that topic's notes. Tables of people (a Name or Teilnehmer column, or
    titles that are all names) and of tasks (an Action or Aufgabe column beside the number)
    are no topics. row_title cuts a title from a cell that holds the notes as well
    ("Treasurer's report. The balance is …").
    """
    # Each table line's cells and the heads of the table it stands in.
    found: list[tuple[int, int, list[str], _Columns]] = []  # (line, number, cells, columns)
    plain: list[tuple[int, int, list[str], _Columns]] = []  # topics without a number
    inline: dict[int, str] = {}  # "| 2. Finanzen | … |": the titles beside their numbers
    heads: list[str] | None = None
    topic_col: int | None = None  # under "| Thema | Ergebnis |": the topics' column
    prev_table = False
    expected = None
    for i, _line, cells in _lines_from(lines, 0):
        if cells is None:
            prev_table = False
            continue
        if not prev_table:
            heads, topic_col = None, None
        prev_table = True
        first = next((k for k, c in enumerate(cells) if c), None)
        if first is None:
            continue
        m = NUMBER_CELL_RE.match(cells[first])
        if m is None and any(cells[first + 1 :]) and (m := NUMBER_TITLE_RE.match(cells[first])):
            cells = [*cells[:first], m["n"], *cells[first + 1 :]]
            inline[i] = m["t"].strip()
        if m is None or not any(cells[first + 1 :]):
            if topic_col == first and m is None and len(cells) == len(heads or ()) != 0:
                # "| Kassenbericht | Der Bericht wird angenommen. |" under "| Thema | … |".
                if cells != heads:
                    plain.append((i, len(plain) + 1, cells, _Columns(heads)))
            elif _is_head(cells):
                heads, topic_col = cells, first if COL_TOPIC.match(cells[first]) else None
            continue
        n = int(m["n"])
        if expected is None:
            if n > 1:
                continue
        elif n not in (expected - 1, expected):
            continue
        cols = _Columns(heads)
        found.append((i, n, cells, cols))
        expected = n + 1
    topics = [f for k, f in enumerate(found) if k == 0 or f[1] != found[k - 1][1]]
    numbered = len(topics) >= MIN_TOPICS
    if not numbered:
        found = topics = [t for t in plain if len(t[2][_first(t[2])]) <= TITLE_MAX]
    if len(topics) < MIN_TOPICS or any(cols.people or cols.tasks for _, _, _, cols in topics):
        return None
    titles = []
    for i, _, cells, cols in topics:
        text, _, _ = cols.split(cells)
        text = text[1:] if numbered else text
        titles.append(inline.get(i) or (text[0] if text else ""))
    if sum(1 for t in titles if len(t.split()) >= 2 and names.looks_like_name(t)) * 2 > len(titles):
        return None  # "| 1 | Anna Berg | anwesend |": a numbered list of people
    return _rewrite(lines, found, {i for i, *_ in topics}, row_title, numbered, inline)


def cell_bullets(text: str) -> list[str]:
    """The entries of a Word list inside one table cell ("▪ Anna Berg ▪ Jonas Klein": a PDF
    keeps the bullets and loses the line breaks), or [] when the cell is no such list."""
    parts = [p.strip() for p in CELL_BULLET_RE.split(text) if p.strip()]
    return parts if len(parts) >= 2 or (parts and CELL_BULLET_RE.match(text)) else []


def _note_lines(text: str) -> list[str]:
    """A cell's notes as lines: its bullets one a line, else one paragraph."""
    if parts := cell_bullets(text):
        return ["", *(f"- {p}" for p in parts)]
    return ["", text]


# The head of the task table a form's rows are written out as (what, who, by when).
TASK_TABLE_HEAD = ["", "| Aufgabe | Verantwortlich | Termin |", "|---|---|---|"]


def _task_table(text: str, who: str, due: str) -> list[str]:
    return [*TASK_TABLE_HEAD, f"| {text} | {who} | {due} |"]


def _lines_from(lines: list[str], first: int):
    """Each line from first on as (index, line, its cells), cells None for a line outside a
    table; a table's separator lines left out. The two scans and the two rewrites of a form
    walk the text so."""
    for i in range(first, len(lines)):
        s = lines[i].strip()
        if not s.startswith("|"):
            yield i, lines[i], None
        elif not is_table_separator(s):
            yield i, lines[i], _cells(s)


def _rewrite(
    lines: list[str],
    found: list[tuple[int, int, list[str], _Columns]],
    starts: set[int],
    row_title: Callable[[str], str],
    numbered: bool,
    inline: dict[int, str],
) -> list[str]:
    rows = {i: (n, cells, cols) for i, n, cells, cols in found}
    first = min(starts)
    out = lines[:first]
    cols: _Columns | None = None
    in_table = False
    for i, line, cells in _lines_from(lines, first):
        if cells is None:
            in_table = False
            out.append(line)
            continue
        if i in rows:
            n, cells, cols = rows[i]
            text, who, due = cols.split(cells)
            if numbered:
                text = text[1:]  # the number
            if i in starts:
                cell = inline[i] if i in inline else text.pop(0) if text else ""
                title = row_title(cell)
                if title != cell:
                    text.insert(0, cell[len(title) :].lstrip(" .:"))
                elif len(title) > TITLE_MAX and not text:
                    title, text = "", [title]
                out.extend(["", f"## {n}. {title}".rstrip()])
                if not text and (who or due):
                    text = [title]  # "| 3 | Zelt bestellen | Jonas | 30.04. |": the row is the task
        elif not any(cells):
            continue
        elif _is_head(cells):
            continue  # the column heads again, on the next page
        else:
            text, who, due = (
                cols.split(cells) if cols and in_table else ([c for c in cells if c], "", "")
            )
        in_table = True
        note = " ".join(text)
        if who or due:
            out.extend(_task_table(note or "-", who, due))
        elif note:
            out.extend(_note_lines(note))
    out.append("")
    return out


def _first(cells: list[str]) -> int:
    return next(k for k, c in enumerate(cells) if c)


# A form's head label alone in its cell: "| Datum | … |", "| Anwesend | … |", "| Protokollant: | … |".
HEAD_LABEL_RE = re.compile(
    r"^(?:"
    + alt(
        "note_taker_label",
        "note_taker_label_en",
        "start_label",
        "end_label",
        "attendee",
        "present",
        "absent",
        "not_present",
        "next_meeting",
    )
    + r"|datum|date|uhrzeit|zeit|time|ort|raum|location|place|venue|leitung|sitzungsleitung|"
    r"moderation|moderator(?:in)?|vorsitz\w*|chair\w*|facilitator|teilnehm\w*|"
    r"(?:projekt|gruppen|team)mitglieder|gäste|gast|guests|verteiler|anlass|veranstaltung|"
    r"minutes(?:\s+taken)?\s+by|note[- ]?taker|scribe|recorder|secretary)"
    # "Datum der Sitzung", "Anwesende Personen", "Date of meeting": the label with its noun.
    r"(?:\s+(?:der|des|of(?:\s+the)?)\s+(?:Sitzung|Besprechung|Treffens|Meetings?|Versammlung)"
    r"|\s+(?:Personen|Mitglieder|members))?"
    r"(?:\s*/\s*[\w ]{2,20})?\s*:?$",
    re.I,
)
LABEL_TITLE_MAX = 60  # a topic's label beside its notes: a few words
# Notes in a sentence's words, not a value ("12.03.2024", "Raum 2.14", "Anna Berg").
PROSE_RE = re.compile(r"(?<![\w.])[a-zäöüß]{2,}\b")


def _merged(cells: list[str]) -> list[str]:
    """The filled cells, a merged cell once (Word repeats it in every column it spans)."""
    filled = [c for c in cells if c]
    return [c for k, c in enumerate(filled) if not k or c != filled[k - 1]]


def _task_head(cells: list[str]) -> tuple[int | None, int, int | None] | None:
    """A task table's heads inside a form ("| Aufgabe | Wer | Bis |"): (what, who, due) columns."""
    if not _is_head(cells):
        return None
    keys = [c.strip(" :*_").lower() for c in cells]
    who = next((k for k, h in enumerate(keys) if h and COL_WHO.match(h)), None)
    what = next((k for k, h in enumerate(keys) if h and COL_WHAT.match(h) and k != who), None)
    due = next(
        (k for k, h in enumerate(keys) if h and k not in (who, what) and COL_DUE.match(h)), None
    )
    if who is None or (what is None and due is None):
        return None
    return what, who, due


def label_rows(lines: list[str], row_title: Callable[[str], str]) -> list[str] | None:
    """The lines with a form's unnumbered topic rows written as headings; None if none.

    A Word "Protokoll" form sets its head as label rows ("| Datum | 12.03.2024 |", "| Anwesend |
    … |") and then a row per topic: a short label or topic in the first cell, what was said in
    the next ("| Datenbank | Wir nehmen PostgreSQL. |"), no number; a head row "| Aufgabe | Wer |
    Bis |" inside the same form starts its tasks. The head's rows stay as they are (the header
    reads them); each topic row after them becomes a heading over its notes, and the task rows
    a Was | Wer | Bis table, as topic_rows writes a numbered form. A table with no head label
    row before its topic rows, or whose topics are people's names, is no such form.
    """
    head_seen = False
    topics: list[int] = []
    tasks: int | None = None  # a task head's line inside the form, below its first row
    table_start = False
    for i, _line, raw in _lines_from(lines, 0):
        if raw is None:
            table_start = False
            continue
        first_row, table_start = not table_start, True
        cells = _merged(raw)
        if len(cells) < 2:
            continue
        if HEAD_LABEL_RE.match(cells[0]):
            head_seen = True
        elif not head_seen:
            continue
        elif _task_head(raw) is not None:
            if tasks is None and not first_row:
                tasks = i  # a table's own head row is read as such already
        elif len(cells[0]) <= LABEL_TITLE_MAX and PROSE_RE.search(" ".join(cells[1:])):
            topics.append(i)
    titles = [_merged(_cells(lines[i]))[0] for i in topics]
    if len(topics) < MIN_TOPICS or sum(1 for t in titles if names.looks_like_name(t)) * 2 > len(
        titles
    ):
        # Too few topic rows, or a table of people ("| Anna Berg | Vorsitz, Kasse |"): only a
        # task table inside the form is written apart.
        topics = []
        if tasks is None:
            return None
    return _write_labels(lines, set(topics), tasks, row_title)


def _write_labels(
    lines: list[str], topics: set[int], tasks: int | None, row_title: Callable[[str], str]
) -> list[str]:
    first = min(topics) if topics else tasks or 0
    out = lines[:first]
    task: tuple[int | None, int, int | None] | None = None  # the columns of the task rows
    width = 0  # the number of cells in the task table's head row
    number = 0
    for i, line, raw in _lines_from(lines, first):
        if raw is None:
            task = None
            out.append(line)
            continue
        cells = _merged(raw)
        if not cells:
            continue
        if i in topics:
            task = None
            number += 1
            title = row_title(cells[0]).rstrip(" :")
            out.extend(["", f"## {number}. {title}"])
            out.extend(_note_lines(" ".join(cells[1:])))
            continue
        if (head := _task_head(raw)) is not None:
            task, width = head, len(raw)
            out.extend(TASK_TABLE_HEAD)
            continue
        if task is not None and len(cells) >= 2:
            what, who, due = task
            if len(raw) != width:
                # Cells merged otherwise than the heads': what, who and when in their order.
                text, owner, when = [*cells, "", ""][:3]
            else:
                owner = raw[who]
                when = raw[due] if due is not None else ""
                text = raw[what] if what is not None and raw[what] else ""
                text = text or next((c for c in cells if c not in (owner, when)), "")
            if text:
                out.append(f"| {text} | {owner} | {when} |")
            continue
        if (
            task is not None
            and COL_WHAT.match(cells[0].strip(" :*_"))
            and len(cells[0]) <= HEAD_CELL_MAX
        ):
            continue  # "| Aufgaben | | |": the heads' second row
        task = None
        if len(cells) >= 2:
            out.extend(["", f"{cells[0].rstrip(' :')}: {' '.join(cells[1:])}"])
        elif PROSE_RE.search(cells[0]):
            # "| | PostgreSQL gewählt. |": more of the topic above (a PDF's next line, a row
            # whose label cell Word merged); "| Themen/Inhalte |" alone is a part's label.
            out.extend(_note_lines(cells[0]))
    out.append("")
    return out
