"""A meeting log: one table whose rows are meetings (date, time, present, decisions, actions).

Student teams and small groups keep their minutes so: one row a meeting, the columns
"Date | Time | Members present | Decisions taken | Actions | Date of next meeting". The
import stores one meeting a file, so the log is read as its latest meeting (the last row
with a date), written out as the "Label: value" lines a one-meeting protocol has; a notice
says how many meetings the log holds and which one was read.
"""

from __future__ import annotations

import re

from . import dates

_DATE_COL = re.compile(r"^(?:date|datum|tag)(?: of (?:the )?meeting)?$", re.I)
_NEXT_COL = re.compile(r"next|nächst|naechst|folge", re.I)
# A second column that says the rows are meetings, not a list of dates of something else.
_MEETING_COL = re.compile(
    r"present|attend|members|anwesend|teilnehm|decision|beschl|action|aufgabe|minutes|protokoll",
    re.I,
)
# "02/02/17" (day first, two-digit year), "28/03.17": the slashed short form such logs use.
_SHORT_DATE = re.compile(r"^\s*([0-3]?\d)[/.]([01]?\d)[/.](\d\d)\s*$")
_TWO_TIMES = re.compile(r"^\s*(\d{1,2}[:.]\d\d)\s*(?:-|–|to|bis)?\s*(\d{1,2}[:.]\d\d)\s*$")
MAX_ROWS = 5000  # a bound on the work; a log is far shorter


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip()[1:-1].split("|")]


def _date(cell: str) -> str | None:
    """The cell's date as dd.mm.yyyy, or None."""
    m = _SHORT_DATE.match(cell)
    if m:
        day, month, year = int(m[1]), int(m[2]), 2000 + int(m[3])
        if 1 <= day <= 31 and 1 <= month <= 12:
            return f"{day:02d}.{month:02d}.{year}"
        return None
    hits = dates.find_dates(cell)
    return hits[0].date.strftime("%d.%m.%Y") if hits else None


def latest_meeting(text: str) -> tuple[str, dict] | None:
    """When text is a meeting log, return (one meeting's text, notice params); else None."""
    if text.count("|") < 4:
        return None  # no table of four rows: most minutes, and no line split to find so
    lines = text.splitlines()
    table = [i for i, x in enumerate(lines[: MAX_ROWS * 2]) if x.lstrip().startswith("|")]
    if len(table) < 4:
        return None
    head = _cells(lines[table[0]])
    date_col = next((i for i, c in enumerate(head) if _DATE_COL.match(c)), None)
    if date_col is None or not any(_MEETING_COL.search(c) for c in head):
        return None
    # The table must be the document: little text outside it.
    in_table = set(table)
    outside = sum(len(x) for i, x in enumerate(lines) if i not in in_table and x.strip())
    inside = sum(len(lines[i]) for i in table)
    if outside > inside / 4:
        return None
    rows = []
    for i in table[1:]:
        cells = _cells(lines[i])
        if set("".join(cells)) <= set("-: "):
            continue  # the header's separator
        if len(cells) == len(head) and _date(cells[date_col]):
            rows.append(cells)
    if len(rows) < 2:
        return None
    last = rows[-1]
    date = _date(last[date_col])
    out = ["# Protokoll", "", f"Datum: {date}", ""]
    for name, value in zip(head, last, strict=True):
        if not name or not value or name == head[date_col]:
            continue
        if _NEXT_COL.search(name):
            value = _date(value) or value
        times = _TWO_TIMES.match(value)
        if times:
            value = f"{times[1]} - {times[2]}"
        out += [f"{name.rstrip(':')}: {value}", ""]
    return "\n".join(out), {"count": len(rows), "date": date}
