"""Dates and times as written in minutes ("15.09.2022", "16.09. von 14-16 Uhr", "May 9, 2019")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .limits import check_time

MONTHS = {
    "januar": 1,
    "jan": 1,
    "jänner": 1,
    "februar": 2,
    "feb": 2,
    "märz": 3,
    "maerz": 3,
    "mär": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "dezember": 12,
    "dez": 12,
}

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))

# English month names, for minutes of international groups ("March 14, 2019", "11th May 2013").
EN_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_EN_ALT = "|".join(sorted(EN_MONTHS, key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th)?"
# Only with a year: "may 9" or "march 3" alone are too often ordinary words.
EN_DATE_RE = re.compile(
    rf"\b(?:(?P<mn>{_EN_ALT})\.?\s+(?P<d>[0-3]?\d){_ORD},?\s+(?P<y>(?:19|20)\d\d)"
    rf"|(?P<d2>[0-3]?\d){_ORD}\s+(?:of\s+)?(?P<mn2>{_EN_ALT})\.?,?\s+(?P<y2>(?:19|20)\d\d))\b",
    re.IGNORECASE,
)
# "2019-09-14" and "2019/09/14", but not a timestamp ("2023-01-04T02:54:31Z"), which is
# the file's metadata rather than the meeting's date.
ISO_DATE_RE = re.compile(
    r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)(?P<sep>[-/])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?![\dT])"
)

# "15.09.2022", "15.9.22", "16.09." and "15. September 2022"; the look-arounds keep
# version numbers and amounts ("3.000", "A-3.6") out.
DATE_RE = re.compile(
    r"(?<![\d.])(?P<d>[0-3]?\d)\.\s?(?:(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d|\d\d(?!\d))?"
    rf"|\s*(?P<mn>{_MONTH_ALT})\.?(?:\s+(?P<y2>(?:19|20)\d\d))?)(?![\d])",
    re.IGNORECASE,
)

_T = r"(?P<{0}h>[0-2]?\d)(?:[:.](?P<{0}m>[0-5]\d))?"
# Times right after a date: "von 09:00 – 11:00 Uhr", "14-16 Uhr", "um 10 Uhr", ", 9:30 Uhr".
TIME_RANGE_RE = re.compile(
    r"\s*,?\s*(?:\(?\s*(?:von|ab|um|zwischen)\s+)?"
    + _T.format("a")
    + r"\s*(?:Uhr)?\s*(?:-|–|—|bis|und)\s*"
    + _T.format("b")
    + r"\s*(?:Uhr|h\b)",
    re.IGNORECASE,
)
TIME_RANGE_COLON_RE = re.compile(
    r"\s*,?\s*(?:\(?\s*(?:von|ab|um|zwischen)\s+)?(?P<ah>[0-2]?\d)[:.](?P<am>[0-5]\d)\s*(?:Uhr)?"
    r"\s*(?:-|–|—|bis)\s*(?P<bh>[0-2]?\d)[:.](?P<bm>[0-5]\d)",
    re.IGNORECASE,
)
TIME_SINGLE_RE = re.compile(
    r"\s*,?\s*(?:\(?\s*(?:von|ab|um|Beginn)\s+)?(?P<ah>[0-2]?\d)(?:[:.](?P<am>[0-5]\d))?\s*(?:Uhr|h\b)"
    r"|\s*,?\s*(?:\(?\s*(?:von|ab|um)\s+)?(?P<bh>[0-2]?\d)[:.](?P<bm>[0-5]\d)",
    re.IGNORECASE,
)
# A lone time or range somewhere in a line ("Zeit: 10:00 – 12:30 Uhr", "09:00-13:00 Uhr").
TIME_ANY_RE = re.compile(
    r"(?<![\d.:])(?P<ah>[0-2]?\d)[:.](?P<am>[0-5]\d)(?:\s*Uhr)?"
    r"(?:\s*(?:-|–|—|bis)\s*(?P<bh>[0-2]?\d)[:.](?P<bm>[0-5]\d))?(?![\d.:])"
)
_WEEKDAY_RE = re.compile(
    r"\s*,?\s*(?:den\s+)?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)?\s*,?",
)


@dataclass(frozen=True)
class DateHit:
    """One date found in a text, with optional times and its position."""

    date: dt.date
    start: str | None
    end: str | None
    pos: int
    endpos: int
    has_year: bool


def hhmm(hour: str | None, minute: str | None) -> str | None:
    """Return "HH:MM" or None for an impossible time."""
    if hour is None:
        return None
    h, m = int(hour), int(minute or 0)
    if h > 24 or m > 59 or (h == 24 and m):
        return None
    return f"{h:02d}:{m:02d}"


def _make_date(day: int, month: int, year: int | None, ref: dt.date | None) -> dt.date | None:
    if year is None:
        if ref is None:
            return None
        year = ref.year
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            return None
        # A date without year far before the meeting lies in the next year ("Januar" in December).
        if (ref - cand).days > 183:
            year += 1
    elif year < 100:
        year += 2000
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def times_after(text: str, pos: int) -> tuple[str | None, str | None, int]:
    """Read a time or time range that directly follows position pos."""
    rest = text[pos : pos + 60]
    for rx in (TIME_RANGE_RE, TIME_RANGE_COLON_RE):
        m = rx.match(rest)
        if m:
            a, b = hhmm(m["ah"], m["am"]), hhmm(m["bh"], m["bm"])
            if a and b:
                return a, b, pos + m.end()
    m = TIME_SINGLE_RE.match(rest)
    if m:
        a = hhmm(m["ah"], m["am"]) if m["ah"] else hhmm(m["bh"], m["bm"])
        if a:
            return a, None, pos + m.end()
    return None, None, pos


def find_dates(text: str, ref: dt.date | None = None) -> list[DateHit]:
    """Find every calendar date in text; dates without a year take it from ref."""
    check_time()
    hits: list[DateHit] = []
    for m in DATE_RE.finditer(text):
        day = int(m["d"])
        if m["mn"]:
            month = MONTHS[m["mn"].lower()]
            ytxt = m["y2"]
        else:
            month = int(m["m"])
            ytxt = m["y"]
        year = int(ytxt) if ytxt else None
        if not ytxt and not m["mn"]:
            # "16.09." needs its closing dot, otherwise "1.2" in "Kapitel 1.2" would count.
            if not m.group(0).endswith("."):
                continue
        date = _make_date(day, month, year, ref)
        if date is None:
            continue
        wd = _WEEKDAY_RE.match(text, m.end())
        after = wd.end() if wd and "," not in text[m.end() : wd.end()].strip(" ,") else m.end()
        start, end, endpos = times_after(text, m.end())
        if start is None and after != m.end():
            start, end, endpos = times_after(text, after)
        hits.append(DateHit(date, start, end, m.start(), max(endpos, m.end()), bool(ytxt)))
    taken = [(h.pos, h.endpos) for h in hits]
    for m, day, month, year in _other_dates(text):
        if any(lo <= m.start() < hi for lo, hi in taken):
            continue
        date = _make_date(day, month, year, ref)
        if date is None:
            continue
        start, end, endpos = times_after(text, m.end())
        hits.append(DateHit(date, start, end, m.start(), max(endpos, m.end()), True))
    hits.sort(key=lambda h: h.pos)
    return hits


def _other_dates(text: str):
    """English and ISO dates: (match, day, month, year)."""
    for m in EN_DATE_RE.finditer(text):
        if m["mn"]:
            yield m, int(m["d"]), EN_MONTHS[m["mn"].lower()], int(m["y"])
        else:
            yield m, int(m["d2"]), EN_MONTHS[m["mn2"].lower()], int(m["y2"])
    for m in ISO_DATE_RE.finditer(text):
        yield m, int(m["d"]), int(m["m"]), int(m["y"])


_MERIDIEM_RE = re.compile(r"\s*(?P<x>[ap])\.?\s?m\b\.?", re.IGNORECASE)
_HOUR_MERIDIEM_RE = re.compile(
    r"(?<![\d.:])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*(?P<x>[ap])\.?\s?m\b", re.IGNORECASE
)


def _meridiem(hour: str, text: str, pos: int) -> str:
    """Turn a 12-hour clock into 24 hours when "am"/"pm" follows at pos ("1.36pm" -> 13)."""
    m = _MERIDIEM_RE.match(text, pos)
    if not m:
        return hour
    if m["x"].lower() == "a":
        # German "12:00 am Freitag" means "on Friday": only "12am" written together is midnight.
        return "0" if int(hour) == 12 and not m.group(0)[:1].isspace() else hour
    return str(int(hour) % 12 + 12)


def find_time_range(text: str) -> tuple[str | None, str | None]:
    """Return the first time or time range in a line ("09:00-13:00 Uhr", "10 Uhr", "1.36pm")."""
    m = TIME_ANY_RE.search(text)
    if m:
        a = hhmm(_meridiem(m["ah"], text, m.end("am")), m["am"])
        b = hhmm(_meridiem(m["bh"], text, m.end("bm")), m["bm"]) if m["bh"] else None
        return a, b
    m = re.search(
        r"(?<![\d.])(?P<ah>[0-2]?\d)\s*(?:-|–|bis)\s*(?P<bh>[0-2]?\d)\s*Uhr|(?<![\d.])(?P<ch>[0-2]?\d)\s*Uhr",
        text,
    )
    if m:
        if m["ah"]:
            return hhmm(m["ah"], None), hhmm(m["bh"], None)
        return hhmm(m["ch"], None), None
    m = _HOUR_MERIDIEM_RE.search(text)
    if m:
        return hhmm(_meridiem(m["h"], text, m.end("m") if m["m"] else m.end("h")), m["m"]), None
    return None, None
