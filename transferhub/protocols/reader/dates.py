"""Dates and times as written in minutes ("15.09.2022", "16.09. von 14-16 Uhr", "May 9, 2019")."""

from __future__ import annotations

import datetime as dt
import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from .alternation import Needs
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
# "September14, 2022", "Wednesday14th November 2018": text taken from a PDF or a web page may
# lose the space after the month or the weekday; "Feb 09/2016" as a team's notes date them;
# "SEPTEMBER 16 , 2025": a PDF's justified line may set a space before the comma.
EN_DATE_RE = re.compile(
    rf"(?:\b|(?<=[a-z]day))(?:(?P<mn>{_EN_ALT})\.?\s*(?P<d>[0-3]?\d){_ORD}(?:\s?,?\s+|/)(?P<y>(?:19|20)\d\d)"
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
    r"(?<![\d.:])(?P<ah>[0-2]?\d)[:.](?P<am>[0-5]\d)(?:\s*(?:Uhr|h\b))?"
    r"(?:\s*(?:-|–|—|bis)\s*(?P<bh>[0-2]?\d)[:.](?P<bm>[0-5]\d))?"
    # Not "15.10." (a date without its year) nor "1.2.3"; "at 20:18." ends a sentence.
    r"(?![\d:]|\.\d|(?<=\.\d\d)\.)"
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
        # "15.9.22", "19/04/21": this century, unless that lies ahead ("12/3/98").
        year += 2000 if 2000 + year <= _THIS_YEAR else 1900
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_THIS_YEAR = dt.date.today().year


def times_after(text: str, pos: int) -> tuple[str | None, str | None, int]:
    """Read a time or time range that directly follows position pos."""
    rest = text[pos : pos + 60]
    for rx in (TIME_RANGE_RE, TIME_RANGE_COLON_RE):
        m = rx.match(rest)
        if m:
            bh = _meridiem(m["bh"], rest, m.end("bm") if m["bm"] else m.end("bh"))
            ah = m["ah"]
            if bh != m["bh"] and int(ah) < 12 and int(ah) + 12 <= int(bh):
                ah = str(int(ah) + 12)  # "7:00 - 8:30 pm": the evening for both ends
            a, b = hhmm(ah, m["am"]), hhmm(bh, m["bm"])
            if a and b:
                return a, b, pos + m.end()
    m = TIME_SINGLE_RE.match(rest)
    if m:
        if m["ah"]:
            a = hhmm(m["ah"], m["am"])
        else:
            a = hhmm(_meridiem(m["bh"], rest, m.end("bm")), m["bm"])  # "March 3, 2022, 7:00 pm"
        if a:
            return a, None, pos + m.end()
    return None, None, pos


# Every DATE_RE match opens with a day and its dot ("5." or "15."): a scan for a digit before
# a dot finds the few places to try, where DATE_RE's own scan tried every character. The dot
# opens the pattern (the digit is looked back at): the engine finds a character it begins
# with by a quick search, a digit it tried at every character (0.12 -> 0.01 ms for the seed).
_DAY_DOT_RE = re.compile(r"\.(?<=\d\.)")


def _numeric_dates(text: str):
    """DATE_RE.finditer(text), the same matches, tried only where a day's dot stands."""
    last_end = 0
    for dot in _DAY_DOT_RE.finditer(text):
        k = dot.start() - 1  # the day's last digit
        for pos in (k - 1, k):
            if pos < last_end:
                continue
            m = DATE_RE.match(text, pos)
            if m:
                last_end = m.end()
                yield m
                break


def find_dates(text: str, ref: dt.date | None = None) -> list[DateHit]:
    """Find every calendar date in text; dates without a year take it from ref."""
    check_time()
    hits: list[DateHit] = []
    for m in _numeric_dates(text):
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
    month_first = _month_first(text)
    for m, day, month, year in _other_dates(text, month_first):
        if any(lo <= m.start() < hi for lo, hi in taken):
            continue
        date = _make_date(day, month, year, ref)
        if date is None:
            continue
        start, end, endpos = times_after(text, m.end())
        hits.append(DateHit(date, start, end, m.start(), max(endpos, m.end()), True))
    if month_first is not None:  # "19/04/21", "4/19/21": a year of two digits
        taken = [(h.pos, h.endpos) for h in hits]
        for m in SHORT_SLASH_DATE_RE.finditer(text):
            if any(lo <= m.start() < hi for lo, hi in taken):
                continue
            day, month = _day_month(int(m["a"]), int(m["b"]), month_first)
            date = _make_date(day, month, int(m["y"]), ref)
            if date is None:
                continue
            start, end, endpos = times_after(text, m.end())
            hits.append(DateHit(date, start, end, m.start(), max(endpos, m.end()), True))
    hits.sort(key=lambda h: h.pos)
    return hits


_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# "27/11/2017", "3/11/2017" (and "11/27/2017", where only the month can come first).
SLASH_DATE_RE = re.compile(
    r"(?<![\d/.])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d)(?![\d/])"
)


# "19/04/21", "4/19/21": the same with a year of two digits (US and British minutes).
SHORT_SLASH_DATE_RE = re.compile(r"(?<![\d/.])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d\d)(?![\d/])")
_DIGIT_SLASH_DIGIT = re.compile(r"/(?<=\d/)(?=\d)")
_ANY_SLASH_DATE_RE = re.compile(
    r"(?<![\d/.])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?:(?:19|20)\d\d|\d\d)(?![\d/])"
)


def _month_first(text: str) -> bool | None:
    """How the text's slashed dates read: month first (True) when some can read only so
    ("4/19/21") and none only day first ("19/4/21"), day first (False) when some can read
    only so; when all read both ways, as the whole document's do (slashed_dates_of); None
    when the text has no slashed date at all.

    Day first is how German and British minutes write them, and the reading of a date such
    as "4/5/21" when nothing in the document says which comes first.
    """
    if "/" not in text or _DIGIT_SLASH_DIGIT.search(text) is None:
        return None  # the slash found by a quick search, as _DAY_DOT_RE finds the dot
    month_first = day_first = False
    seen = False
    for m in _ANY_SLASH_DATE_RE.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        seen = True
        month_first = month_first or b > 12 >= a
        day_first = day_first or a > 12 >= b
    if not seen:
        return None
    if day_first:
        return False
    return month_first or _DOCUMENT_MONTH_FIRST.get()


_DOCUMENT_MONTH_FIRST: ContextVar[bool] = ContextVar("month_first", default=False)


@contextmanager
def slashed_dates_of(document: str):
    """Within: a slashed date that reads both ways ("5/3/21") reads month first when the
    document's own slashed dates do (US minutes: "4/19/21" in the head)."""
    token = _DOCUMENT_MONTH_FIRST.set(False)
    try:
        _DOCUMENT_MONTH_FIRST.set(bool(_month_first(document)))
        yield
    finally:
        _DOCUMENT_MONTH_FIRST.reset(token)


def _day_month(a: int, b: int, month_first: bool | None) -> tuple[int, int]:
    """(day, month) of a slashed date "a/b/…": day first unless only the month can come
    first, or the text writes its dates month first."""
    if b > 12 >= a or (month_first and a <= 12 and b <= 12):
        return b, a
    return a, b


def _other_dates(text: str, month_first: bool | None = None):
    """English, ISO and slashed dates: (match, day, month, year).

    All three carry a four-digit year, so one scan for years finds them; each year is then
    looked at in place (running the month-name pattern over all the text cost more than the
    rest of the reader together).
    """
    if "19" not in text and "20" not in text:
        return  # no year: most lines and sentences (two `in` tests, no call of the engine)
    last_end = 0
    for y in _YEAR_RE.finditer(text):
        start = y.start()
        before = text[start - 1] if start else ""
        if before.isdigit():
            continue
        if before and before in "./-":
            if before == "/":  # "27/11/2017"
                m = SLASH_DATE_RE.search(text, max(0, start - 6), y.end() + 1)
                if m and m.end() == y.end():
                    # Day first, as in most of the world; month first only when the day,
                    # or the text's other dates, say so.
                    day, month = _day_month(int(m["a"]), int(m["b"]), month_first)
                    yield m, day, month, int(m["y"])
                    continue
                m = EN_DATE_RE.search(text, max(last_end, start - 30), y.end() + 1)
                if m and m.end() == y.end() and m["mn"]:  # "Feb 09/2016"
                    last_end = m.end()
                    yield m, int(m["d"]), EN_MONTHS[m["mn"].lower()], int(m["y"])
            continue  # "15.09.2022" is DATE_RE's
        if text[y.end() : y.end() + 1] in ("-", "/"):
            m = ISO_DATE_RE.match(text, start)  # "2019-09-14", "2019/09/14"
            if m:
                yield m, int(m["d"]), int(m["m"]), int(m["y"])
            continue
        m = EN_DATE_RE.search(text, max(last_end, start - 30), y.end() + 1)
        if not m or m.end() != y.end():
            continue
        last_end = m.end()
        if m["mn"]:
            yield m, int(m["d"]), EN_MONTHS[m["mn"].lower()], int(m["y"])
        else:
            yield m, int(m["d2"]), EN_MONTHS[m["mn2"].lower()], int(m["y2"])


# "7:30 pm", "7.30 p.m."; "05:00p" (a lone letter right after the minutes, as in the agendas of
# OASIS and W3C groups: "05:00p EDT (02:00p PDT …)").
_MERIDIEM_RE = re.compile(r"\s*(?P<x>[ap])\.?\s?m\b\.?|(?<=[:.]\d\d)(?P<y>[ap])\b", re.IGNORECASE)
_HOUR_MERIDIEM_RE = re.compile(
    r"(?<![\d.:])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*(?P<x>[ap])\.?\s?m\b", re.IGNORECASE
)


def _meridiem(hour: str, text: str, pos: int) -> str:
    """Turn a 12-hour clock into 24 hours when "am"/"pm" follows at pos ("1.36pm" -> 13)."""
    m = _MERIDIEM_RE.match(text, pos)
    if not m:
        return hour
    if (m["x"] or m["y"]).lower() == "a":
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


# Relative dates, read against the meeting's date: "morgen", "nächste Woche Donnerstag",
# "in zwei Wochen", "Ende Oktober", "by Friday", "next Tuesday", "KW 42".
WEEKDAYS = {
    "montag": 0, "mo": 0, "monday": 0, "mon": 0,
    "dienstag": 1, "di": 1, "tuesday": 1, "tue": 1, "tues": 1,
    "mittwoch": 2, "mi": 2, "wednesday": 2, "wed": 2,
    "donnerstag": 3, "do": 3, "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
    "freitag": 4, "fr": 4, "friday": 4, "fri": 4,
    "samstag": 5, "sa": 5, "saturday": 5, "sat": 5, "sonnabend": 5,
    "sonntag": 6, "so": 6, "sunday": 6, "sun": 6,
}  # fmt: skip
# Only whole weekday names count in running text; "Mo." or "Fr." are abbreviations elsewhere.
_WD_FULL = "|".join(sorted((w for w in WEEKDAYS if len(w) > 3), key=len, reverse=True))
NUMBER_WORDS = {
    "ein": 1, "einem": 1, "einer": 1, "eine": 1, "one": 1, "a": 1, "an": 1,
    "zwei": 2, "two": 2, "drei": 3, "three": 3, "vier": 4, "four": 4, "fünf": 5, "five": 5,
    "sechs": 6, "six": 6, "sieben": 7, "seven": 7, "acht": 8, "eight": 8,
}  # fmt: skip
_NUM_ALT = r"\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_ALL_MONTHS = {**MONTHS, **EN_MONTHS}
_ANY_MONTH = "|".join(sorted(_ALL_MONTHS, key=len, reverse=True))

_NEXT = r"(?:nächste[nrs]?|kommende[nrs]?|next|this|coming|diese[nrs]?)"
RELATIVE_RE = re.compile(
    r"(?P<today>heute|today)\b"
    r"|(?P<dayafter>übermorgen|day\s+after\s+tomorrow)\b"
    r"|(?P<tomorrow>morgen|tomorrow)\b"
    r"|(?P<inn>(?:in|within|innerhalb\s+von)\s+(?P<n>" + _NUM_ALT + r")\s+"
    r"(?P<unit>Tagen?|days?|Wochen?|weeks?|Monate[n]?|Monats?|months?))\b"
    r"|(?P<kw>(?:KW|Kalenderwoche|week|wk)\s*(?P<kwn>[1-5]?\d))\b"
    r"|(?P<edge>(?P<where>Ende|Mitte|Anfang|Beginn|end\s+of|mid|middle\s+of|beginning\s+of|"
    r"early|late|start\s+of)[\s-]+(?:(?:des|der|the)\s+)?(?P<span>" + _ANY_MONTH + r"|Monats?|"
    r"month|Woche|week|Jahres|year|" + _NEXT + r"\s+(?:Monats?|month|Woche|week))\b\.?)"
    r"|(?P<monthend>Monatsende|Jahresende|Wochenende|weekend)\b"
    r"|(?P<wdnext>(?:(?:am|bis|zum|on|by)\s+)?(?:"
    + _NEXT
    + r"\s+)?(?:Woche\s+|week\s+)?(?P<wd>"
    + _WD_FULL
    + r")(?:\s+(?P<wk2>(?:nächste|kommende)\s+Woche|next\s+week|in\s+einer\s+Woche))?)\b"
    r"|(?P<nextweek>(?:(?:nächste|kommende)\s+Woche|next\s+week)(?:\s+(?P<wd3>"
    + _WD_FULL
    + r"))?)\b"
    r"|(?P<weekafter>übernächste\s+Woche|week\s+after\s+next)\b",
    re.IGNORECASE,
)
# "March 3", "3rd of March" without a year, taken from the meeting (only where a date is due).
EN_SHORT_RE = re.compile(
    rf"\b(?:(?P<mn>{_EN_ALT})\.?\s+(?P<d>[0-3]?\d){_ORD}|(?P<d2>[0-3]?\d){_ORD}\s+(?:of\s+)?"
    rf"(?P<mn2>{_EN_ALT}))\b",
    re.IGNORECASE,
)
# "15.10" at a sentence's end, where "15.10." would have its closing dot.
SHORT_NUMERIC_RE = re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)(?![\d.])")
# The same after "am" / "on": a date, not a time ("am 13.02", never "um 13.02").
ON_SHORT_NUMERIC_RE = re.compile(
    r"\b(?:am|on)\s+(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)(?![\d.:])(?!\s*(?:Uhr|h)\b)"
)
# A day alone where a date is expected: "am 16.", "on the 30th" (the next such day).
ON_DAY_ALONE_RE = re.compile(
    r"\b(?:am|on\s+the|on)\s+(?P<d>[0-3]?\d)(?:\.|st\b|nd\b|rd\b|th\b)"
    r"(?!\s*(?:\d|of\b|[A-Za-zÄÖÜäöü]{3,}\.?\s*(?:\d|$)))",
    re.IGNORECASE,
)


def _day_alone(day: int, ref: dt.date) -> dt.date | None:
    """The first date with this day of the month after ref (this month or the next)."""
    for k in range(2):
        year, month = ref.year + (ref.month + k - 1) // 12, (ref.month + k - 1) % 12 + 1
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            continue
        if cand > ref:
            return cand
    return None


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _after(ref: dt.date, weekday: int, *, strict: bool = True) -> dt.date:
    """The first such weekday after ref (or on it, when not strict)."""
    days = (weekday - ref.weekday()) % 7
    if days == 0 and strict:
        days = 7
    return ref + dt.timedelta(days=days)


def _add_months(ref: dt.date, n: int) -> dt.date:
    month = ref.month - 1 + n
    year = ref.year + month // 12
    month = month % 12 + 1
    return dt.date(year, month, min(ref.day, _month_end(year, month).day))


def _month_year(month: int, ref: dt.date) -> int:
    # A month before the meeting's means the next year ("Ende Januar" in December).
    return ref.year + 1 if month < ref.month - 2 else ref.year


def _relative(m: re.Match, ref: dt.date) -> dt.date | None:  # noqa: C901 - one branch per form
    if m["today"]:
        return ref
    if m["tomorrow"]:
        return ref + dt.timedelta(days=1)
    if m["dayafter"]:
        return ref + dt.timedelta(days=2)
    if m["inn"]:
        n = m["n"].lower()
        count = int(n) if n.isdigit() else NUMBER_WORDS[n]
        unit = m["unit"].lower()
        if unit.startswith(("tag", "day")):
            return ref + dt.timedelta(days=count)
        if unit.startswith(("woche", "week")):
            return ref + dt.timedelta(weeks=count)
        return _add_months(ref, count)
    if m["kw"]:
        week = int(m["kwn"])
        year = ref.year + (week < ref.isocalendar()[1] - 26)
        try:
            return dt.date.fromisocalendar(year, week, 5)
        except ValueError:
            return None
    if m["edge"]:
        where, span = m["where"].lower(), m["span"].lower()
        late = where.startswith(("ende", "end", "late"))
        mid = where.startswith(("mitte", "mid"))
        if span.startswith(("woche", "week")) or "woche" in span or "week" in span:
            base = ref + dt.timedelta(weeks=1) if re.match(_NEXT, span, re.I) else ref
            if span.startswith(("diese", "this")):
                base = ref
            monday = base - dt.timedelta(days=base.weekday())
            return monday + dt.timedelta(days=4 if late else 2 if mid else 0)
        if span.startswith(("jahr", "year")):
            return dt.date(ref.year, 12, 31) if late else dt.date(ref.year, 7 if mid else 1, 1)
        if span.startswith(("monat", "month")) or "monat" in span or "month" in span:
            month, year = ref.month, ref.year
            if re.match(_NEXT, span, re.I) and not span.startswith(("diese", "this")):
                month, year = month % 12 + 1, year + (month == 12)
        else:
            month = _ALL_MONTHS[span.rstrip(".")]
            year = _month_year(month, ref)
        if late:
            return _month_end(year, month)
        return dt.date(year, month, 15 if mid else 1)
    if m["monthend"]:
        word = m["monthend"].lower()
        if word.startswith("monat"):
            return _month_end(ref.year, ref.month)
        if word.startswith("jahr"):
            return dt.date(ref.year, 12, 31)
        return _after(ref, 5)  # the coming Saturday
    if m["wdnext"]:
        wd = WEEKDAYS[m["wd"].lower()]
        text = m["wdnext"].lower()
        if m["wk2"] or "woche" in text or "week" in text:
            monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=1)
            return monday + dt.timedelta(days=wd)
        return _after(ref, wd)
    if m["nextweek"]:
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=1)
        if m["wd3"]:
            return monday + dt.timedelta(days=WEEKDAYS[m["wd3"].lower()])
        return ref + dt.timedelta(weeks=1)
    if m["weekafter"]:
        return ref + dt.timedelta(weeks=2)
    return None


# The pattern is tried at every character: a test of the words it needs goes first.
_RELATIVE_NEEDS = Needs(RELATIVE_RE)


def relative_dates(text: str, ref: dt.date | None) -> list[tuple[dt.date, int, int]]:
    """Find dates written relative to the meeting ("morgen", "next Tuesday"): (date, pos, end)."""
    if ref is None or not _RELATIVE_NEEDS(text):
        return []  # no word a relative date needs ("heute", "next", "Woche", a weekday …)
    out = []
    for m in RELATIVE_RE.finditer(text):
        date = _relative(m, ref)
        if date is not None:
            out.append((date, m.start(), m.end()))
    return out


def date_at(text: str, ref: dt.date | None) -> dt.date | None:
    """Read the date a text starts with: written out, short ("15.10", "March 3") or relative."""
    found = date_span_at(text, ref)
    return found[0] if found else None


def date_span_at(text: str, ref: dt.date | None) -> tuple[dt.date, int] | None:
    """The date a text starts with and the number of characters it takes, or None."""
    stripped = text.lstrip(" :,(")
    skip = len(text) - len(stripped)
    text = stripped
    hits = find_dates(text[:60], ref)
    if hits and hits[0].pos == 0:
        return hits[0].date, skip + hits[0].endpos
    if ref is not None:
        for rx in (SHORT_NUMERIC_RE, EN_SHORT_RE):
            m = rx.match(text)
            if m:
                if rx is SHORT_NUMERIC_RE:
                    day, month = int(m["d"]), int(m["m"])
                else:
                    month = EN_MONTHS[(m["mn"] or m["mn2"]).lower()]
                    day = int(m["d"] or m["d2"])
                date = _make_date(day, month, None, ref)
                if date is not None:
                    return date, skip + m.end()
        m = RELATIVE_RE.match(text)
        if m:
            date = _relative(m, ref)
            if date is not None:
                return date, skip + m.end()
    return None


def loose_dates(text: str, ref: dt.date | None) -> list[tuple[dt.date, int, int]]:
    """Every date in text, also short ("March 3") and relative ones ("next Tuesday"), in order.

    For places where a date is expected (the next meeting); running text keeps find_dates.
    """
    out = [(h.date, h.pos, h.endpos) for h in find_dates(text, ref)]
    if ref is not None:
        taken = [(lo, hi) for _, lo, hi in out]
        extra = [
            (d, m.start(), m.end())
            for m in EN_SHORT_RE.finditer(text)
            if (d := _make_date(int(m["d"] or m["d2"]), EN_MONTHS[(m["mn"] or m["mn2"]).lower()],
                                None, ref))
        ]  # fmt: skip
        # "Nächster Treff wird am 13.02 stattfinden": a day and month after "am" / "on".
        extra += [
            (d, m.start("d"), m.end())
            for m in ON_SHORT_NUMERIC_RE.finditer(text)
            if (d := _make_date(int(m["d"]), int(m["m"]), None, ref))
        ]
        extra += [
            (d, m.start("d"), m.end())
            for m in ON_DAY_ALONE_RE.finditer(text)
            if (d := _day_alone(int(m["d"]), ref))
        ]
        for d, lo, hi in extra:
            if not any(a <= lo < b or lo <= a < hi for a, b in taken):
                out.append((d, lo, hi))
                taken.append((lo, hi))
        if out:
            # "Tuesday 23rd July": the written date counts, the weekday only confirms it.
            return sorted(out, key=lambda x: x[1])
        out = relative_dates(text, ref)
    return sorted(out, key=lambda x: x[1])
