"""Start and end of a meeting, from labels and running text, in every common clock form.

"Beginn: 19:30 Uhr", "19.30 Uhr", "7:30 pm", "19h30", "Die Sitzung beginnt um 19:35",
"Meeting called to order at 7:02 pm", "Ende der Sitzung: 21:15", "adjourned at 9:04 pm".
"""

from __future__ import annotations

import re

from . import dates
from .alternation import holds_any
from .vocabulary import alt

# "19h30", "19 h 30" (French and Swiss habit, also in German minutes).
H_TIME_RE = re.compile(r"(?<![\w.:])(?P<h>[0-2]?\d)\s?h\s?(?P<m>[0-5]\d)(?!\d)", re.IGNORECASE)
# "7:00 - 8:30 pm": the meridiem after the range belongs to both ends.
RANGE_PM_RE = re.compile(
    # "11.15am – 1.15pm": British minutes set the minutes off with a dot.
    r"(?<![\d.:])(?P<ah>1[0-2]|0?[1-9])(?:[:.](?P<am>[0-5]\d))?"
    # "3:00 PM - 4:00 PM MDT": the first end may carry its own meridiem.
    r"(?:\s*(?P<x1>[ap])\.?\s?m\b\.?)?\s*(?:-|–|—|to|bis)\s*"
    r"(?P<bh>1[0-2]|0?[1-9])(?:[:.](?P<bm>[0-5]\d))?\s*(?P<x>[ap])\.?\s?m\b",
    re.IGNORECASE,
)
_LABEL_SEP = (
    r"\s*(?::|\s[-–]\s|\s+(?=(?:um|at|ca\.|approx)\b|[0-2]?\d[:.h]?\d*\s*(?:Uhr|[ap]\.?m)?))\s*"
)
START_LABEL_RE = re.compile(r"^" + alt("start_label") + _LABEL_SEP + r"(?P<v>.+)$", re.IGNORECASE)
END_LABEL_RE = re.compile(r"^" + alt("end_label") + _LABEL_SEP + r"(?P<v>.+)$", re.IGNORECASE)
# "Beginn: 19:00 Uhr, Ende: 21:10 Uhr", "Start: 7 pm | End: 9 pm": the end label after the start
# on the same line, the time right after its colon.
INLINE_END_RE = re.compile(
    r"(?:[,;|/–]\s*|\s)" + alt("end_label") + r"\s*:?\s*(?P<v>[0-2]?\d(?:\s*[:.h]\s*[0-5]\d)?"
    r"\s*(?:Uhr|[ap]\.?\s?m\b\.?)?)",
    re.IGNORECASE,
)
# "Ort - Raum 5, Start 09:15 Uhr Ende 11:15", "Venue: Room 5 | Begin: 9.15": the start label
# inside a header line after another field, the time right after it.
INLINE_START_RE = re.compile(
    r"(?:[,;|/–]\s*|\s)" + alt("start_label") + r"\s*:?\s*(?:um\s+|at\s+)?(?P<v>[0-2]?\d"
    r"(?:\s*[:.h]\s*[0-5]\d)?\s*(?:Uhr|[ap]\.?\s?m\b\.?)?)",
    re.IGNORECASE,
)
# A start or end in running text, the time within a few words after the marker.
# Up to the sentence's end; a dot after a digit belongs to a date ("am 10. Oktober 2018 um").
_WINDOW = r"(?:[^.\n]|(?<=\d)\.){0,40}?"
# A clock time in running text: "19:35", "19.35 Uhr", "7 pm", "um 8"; not "10." of a date.
_CLOCK = (
    r"(?P<v>(?<![\d.:])(?:\d{1,2}[:.h][0-5]\d(?![\d.:]\d)(?:\s*(?:Uhr|[ap]\.?\s?m\b\.?))?"
    r"|\d{1,2}\s*(?:Uhr|[ap]\.?\s?m\b\.?)|(?<=um\s)\d{1,2}(?![\d.:])|(?<=at\s)\d{1,2}(?![\d.:])))"
)
START_SENTENCE_RE = re.compile(
    r"\b" + alt("start_sentence") + r"\b" + _WINDOW + _CLOCK,
    re.IGNORECASE,
)
# "Um 19:35 Uhr eröffnet Anna die Sitzung": the time before the verb.
# Who opens or closes it, between the time and the participle of a passive: "Die Sitzung wird
# um 19:03 Uhr von Anna Berg eröffnet", "… um 21:15 Uhr durch die Vorsitzende geschlossen".
_AGENT = r"(?:(?:von|vom|durch)\s+(?:[\w-]+\s+){1,4}?)?"
START_BEFORE_RE = re.compile(
    r"\b(?:(?:um|at)(?:\s+(?:ca\.|etwa|approx\.|approximately|about))?|gegen|around)\s+(?P<v>\d{1,2}(?:[:.h]\d\d)?\s*(?:Uhr|[ap]\.?\s?m\b\.?)?)\s+"
    r"(?:(?:wurde|wird)\s+)?"
    + _AGENT
    + r"(?:eröffnet|beginnt|startet|begann|begonnen|opened|started|called)\b",
    re.IGNORECASE,
)
END_SENTENCE_RE = re.compile(
    r"\b" + alt("end_sentence") + r"\b" + _WINDOW + _CLOCK,
    re.IGNORECASE,
)
END_BEFORE_RE = re.compile(
    r"\b(?:(?:um|at)(?:\s+(?:ca\.|etwa|approx\.|approximately|about))?|gegen|around)\s+(?P<v>\d{1,2}(?:[:.h]\d\d)?\s*(?:Uhr|[ap]\.?\s?m\b\.?)?)\s+"
    r"(?:(?:wurde|wird)\s+)?"
    + _AGENT
    + r"(?:schließt|schliesst|beendet|endet|geschlossen|closed|ended|adjourned)\b",
    re.IGNORECASE,
)
# The time opening the sentence, the verb some words later: "At 9:12 pm the Board, by motion
# duly made and seconded, adjourned", "Um 21:15 Uhr wird die Sitzung beendet", "At 7:03 pm the
# Chair called the meeting to order", "Um 19:05 Uhr eröffnet Anna die Sitzung".
_LEAD_TIME = (
    r"(?:^|(?<=[.!?;]\s))(?:At|Um|Gegen|Around)\s+(?:ca\.\s*|etwa\s+|approx(?:\.|imately)\s*|"
    r"about\s+)?(?P<v>\d{1,2}(?:[:.h]\d\d)?\s*(?:Uhr|[ap]\.?\s?m\b\.?)?),?\s+"
    r"(?:[^.\n]{0,100}?\s)??"
)
START_LEAD_RE = re.compile(
    _LEAD_TIME + r"(?:opened|called\s+(?:[^.\n]{0,40}\s)?to\s+order|began|started|commenced|"
    r"eröffnet\w*|beginnt|begann|startet\w*|begonnen|gestartet)\b",
    re.IGNORECASE,
)
END_LEAD_RE = re.compile(
    _LEAD_TIME + r"(?:adjourned|closed|ended|beendet\w*|geschlossen|schlie(?:ß|ss)t|"
    r"schlo(?:ss|ß)|endet|endete)\b",
    re.IGNORECASE,
)
# The nouns of a meeting, in the span, the end sentence and "whose meeting" patterns.
_MEETING_NOUNS = r"Sitzung|Versammlung|Besprechung|Treffen|Meeting|Session|Plenum"
# The span the meeting took in a sentence: "Die Sitzung ging von 18:30 bis 21:30", "The meeting
# ran from 6:30 to 9:30 pm", "Das Treffen dauerte von 19 bis 21 Uhr".
SPAN_RE = re.compile(
    r"\b(?:" + _MEETING_NOUNS + r"|Call)\b"
    r"(?:[^.\n]|(?<=\bca)\.|(?<=\bapprox)\.){0,60}?"
    r"\b(?:von|from)\s+(?P<v>[0-2]?\d(?:[:.][0-5]\d)?\s*(?:Uhr|[ap]\.?\s?m\b\.?)?\s*"
    r"(?:bis|to|until|-|–)\s*[0-2]?\d(?:[:.][0-5]\d)?\s*(?:Uhr|[ap]\.?\s?m\b\.?)?)",
    re.IGNORECASE,
)
# Minutes kept as a log, each entry after its clock time: "20:10 meeting opened by …",
# "19.32 Uhr: Die Sitzung wird eröffnet", "21:33 The AGM was closed by …", "20:08 concluded.",
# "- 2021-02-26 11:00-0800 Call to order", "## 18:07 UTC – Meeting end": the date may stand
# before the time, seconds and a time zone after it.
_LOG_ZONE = (
    r"(?:\s*(?:[+\-−]\d{4}\b|(?:UTC|GMT|CES?T|MES?Z|BST|[ECMP][SD]T)\b(?:\s*[+\-−]\s*\d{1,2}\b)?))?"
)
_LOG_TIME = (
    r"^(?:\d{4}-\d\d-\d\d[T\s]\s*)?(?P<v>[0-2]?\d[:.][0-5]\d)(?::[0-5]\d)?\s*(?:Uhr|h)?"
    + _LOG_ZONE
    + r"\s*[-–—:]?\s+(?:(?:the|die|der|das)\s+)?"
)
_LOG_SUBJECT = r"(?P<subject>(?:[\w-]+\s+){0,2}?)(?:(?:was|is|has\s+been|wurde|wird|ist)\s+)?"
# The entry may also be the marker's noun alone, the line ending after it: "Call to order",
# "Meeting start", "Sitzungsbeginn"; "Meeting end", "Ende", "Schluss der Sitzung".
LOG_START_RE = re.compile(
    _LOG_TIME + _LOG_SUBJECT + r"(?:opened|started|began|commenced|called\s+to\s+order|eröffnet|"
    r"begonnen|beginnt|begann|gestartet|(?:call\s+to\s+order|start|beginn|anfang)\W*$)\b",
    re.IGNORECASE,
)
LOG_END_RE = re.compile(
    _LOG_TIME + _LOG_SUBJECT + r"(?:closed|ended|adjourned|finished|concluded|geschlossen|beendet|"
    r"endet|endete|(?P<noun>end|close|adjournment|ende|schluss)\W*$)",
    re.IGNORECASE,
)
# What ends in an end sentence: the meeting, or someone closes it.
MEETING_RE = re.compile(
    _MEETING_NOUNS + r"|Vorsitz|adjourn|Chair|"
    r"\b[AE]GM\b|\b(?:J?HV|MV|GV)\b|Schluss|Ende\b",
    re.IGNORECASE,
)
NEXT_RE = re.compile(alt("next_meeting_sentence"), re.IGNORECASE)
# Whose meeting ends: "Die Sitzung des Senats endet um 17 Uhr", "the Finance Committee's
# meeting ends at 5 pm", "Der Workshop endet um 17 Uhr" — another body's or another event's.
OF_WHOM_RE = re.compile(
    r"\b(?:" + _MEETING_NOUNS + r")\s+"
    r"(?:des|der|vom|von\s+der|von\s+dem|of\s+the|of)\s+(?P<who>[\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)"
    r"|(?P<poss>[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)['’]s?\s+(?:meeting|session)\b",
)
OTHER_EVENT_RE = re.compile(
    r"\b(?:Workshop|Veranstaltung|Feier|Party|Fest|Konferenz|Tagung|Seminar|Kurs|Frist|Ausstellung|"
    r"Führung|Vortrag|Event|conference|workshop|event|party|course|deadline|exhibition|talk)s?\b",
    re.IGNORECASE,
)
_OWN_WORDS = {
    "tages", "heutigen", "heute", "diese", "dieser", "this", "today", "today's", "the",
    "mitglieder", "mitgliederversammlung", "members", "vorstands", "vorstandes",
}  # fmt: skip


def other_meeting(sentence: str, own: str = "") -> bool:
    """Whether an end (or start) sentence speaks of another body's meeting or another event.

    own holds the minutes' own names (title, body, file name): "die Sitzung des Vorstands"
    in the Vorstand's minutes is its own.
    """
    if dates.find_dates(sentence) or NEXT_RE.search(sentence):
        return True  # a dated or next meeting is another appointment than this one
    low_own = own.lower()
    m = OF_WHOM_RE.search(sentence)
    if m:
        who = (m["who"] or m["poss"]).lower()
        first = who.split()[0]
        stem = re.sub(r"(?:es|s)$", "", first)
        if first not in _OWN_WORDS and stem not in low_own and first not in low_own:
            return True
    ev = OTHER_EVENT_RE.search(sentence)
    return bool(ev and not MEETING_RE.search(sentence[: ev.start()]))


_MARK_WORDS = (
    "beginn", "eröffn", "start", "order", "open", "begann", "begins", "began", "commenc",
    "time", "versammel", "took place", "held", "roll call",
    "ende", "schluss", "schließt", "schliesst", "geschlossen", "schloss", "schloß", "close",
    "adjourn", "end",
    "finish", "conclu",
)  # fmt: skip


def end_after_start(start: str | None, end: str | None) -> str | None:
    """An end the minutes write on the 12-hour clock without "pm" after an afternoon start.

    "Meeting opened at 7:00 p.m. … adjourned at 8:45": the end is 20:45. Only where the
    end read as morning lies before the start and twelve hours later makes a meeting of
    at most six hours; an end after midnight ("22:00" to "00:30") stays as written.
    """
    if not start or not end:
        return end
    sh, sm = map(int, start.split(":"))
    eh, em = map(int, end.split(":"))
    begin, finish = sh * 60 + sm, eh * 60 + em
    if eh < 12 and finish < begin < finish + 12 * 60 <= begin + 6 * 60:
        return f"{eh + 12:02d}:{em:02d}"
    return end


def parse_time(text: str) -> str | None:
    """Return the first clock time in text as "HH:MM" ("19.30 Uhr", "7:30 pm", "19h30")."""
    return parse_range(text)[0]


def parse_range(text: str) -> tuple[str | None, str | None]:
    """Return the first time or time range in text ("19:30–21:00 Uhr", "7-9 pm", "19h30")."""
    m = RANGE_PM_RE.search(text)
    if m:
        shift = 12 if m["x"].lower() == "p" else 0
        a, b = int(m["ah"]), int(m["bh"])
        if m["x1"]:
            a = a % 12 + (12 if m["x1"].lower() == "p" else 0)
        else:
            a = a % 12 + shift if shift and a + shift <= b % 12 + shift else a % 12
        return dates.hhmm(str(a), m["am"]), dates.hhmm(str(b % 12 + shift), m["bm"])
    h = H_TIME_RE.search(text)
    found = dates.find_time_range(text)
    if h and (found[0] is None or h.start() < text.find(found[0][:2])):
        return dates.hhmm(h["h"], h["m"]), None
    if found[0] is None and (bare := re.match(r"^\s*(?:um|at|ca\.)?\s*([0-2]?\d)\s*$", text)):
        return dates.hhmm(bare.group(1), None), None
    return found


# "19 : 30Uhr", "17 :00": a clock time typed with spaces around its colon.
_SPACED_COLON_RE = re.compile(r"(?<![\d.:])([0-2]?\d)(?: +: *| *: +)([0-5]\d)(?![\d.:])")


def close_colons(s: str) -> str:
    """A clock time typed with spaces around its colon, closed up ("19 : 30Uhr" -> "19:30Uhr")."""
    if " :" not in s and ": " not in s:
        return s
    return _SPACED_COLON_RE.sub(r"\1:\2", s)


def _plain(line: str) -> str:
    s = close_colons(line.strip().lstrip("#").strip())
    s = s.replace("**", "").replace("__", "")
    return re.sub(r"^(?:[-*•+]\s+|\d{1,2}[.)]\s+)", "", s).strip()


def _has_mark(line: str) -> bool:
    low = line.lower()
    return holds_any(low, _MARK_WORDS) and any(map(str.isdigit, line))


def inline_end(value: str) -> str | None:
    """The end a start label's value names after it ("19:00 Uhr, Ende: 21:10 Uhr" -> "21:10")."""
    m = INLINE_END_RE.search(value)
    if m is None:
        return None
    v = m["v"]
    if not re.search(r"[:.h]\d\d|Uhr|[ap]\.?\s?m", v, re.IGNORECASE):
        return None  # "Ende: 3 Punkte": a bare number is no time
    return parse_time(v)


def inline_start(line: str) -> tuple[str | None, str | None]:
    """The start (and end) a header line names after another field ("Ort: X, Beginn 9:15 Uhr")."""
    m = INLINE_START_RE.search(line)
    if m is None or not re.search(r"[:.h]\d\d|Uhr|[ap]\.?\s?m", m["v"], re.IGNORECASE):
        return None, None
    at = m.start("v") + len(m["v"].rstrip())
    return parse_time(m["v"]), range_end(line, at) or inline_end(line[at:])


def label_time(line: str, which: str) -> str | None:
    """The time a "Beginn: …" / "Ende: …" line gives (which is "start" or "end")."""
    s = _plain(line)
    m = (START_LABEL_RE if which == "start" else END_LABEL_RE).match(s)
    if not m:
        return None
    return parse_time(m["v"])


def _log_verb_alone(rx: re.Pattern, m: re.Match) -> bool:
    return rx is LOG_END_RE and not m["subject"] and not m["noun"]


def sentence_time(line: str, which: str) -> str | None:
    """The time a sentence gives for the start or end ("Die Sitzung beginnt um 19:35")."""
    s = _plain(line)
    rxs = (
        (START_SENTENCE_RE, START_BEFORE_RE, LOG_START_RE, START_LEAD_RE)
        if which == "start"
        else (END_SENTENCE_RE, END_BEFORE_RE, LOG_END_RE, END_LEAD_RE)
    )
    for rx in rxs:
        m = rx.search(s)
        if not m:
            continue
        if rx is START_LEAD_RE and not MEETING_RE.search(s):
            continue  # "At 7 pm the doors opened": something else began
        if which == "end" and not MEETING_RE.search(s) and not _log_verb_alone(rx, m):
            # "Die Frist endet um 12 Uhr": something else ends, not the meeting; a log's entry
            # of the verb alone ("20:08 concluded.") ends the meeting the log is of, a noun
            # alone ("18:30 – End") may end any part of the day.
            continue
        v = m["v"]
        # A bare number needs "um"/"at" before it or "Uhr"/"pm" after it to be a time.
        if not re.search(r"[:.h]\d\d|Uhr|[ap]\.?\s?m", v, re.IGNORECASE):
            before = s[max(0, m.start("v") - 4) : m.start("v")].lower()
            if not re.search(r"\b(?:um|at)\s*$", before):
                continue
        t = parse_time(v)
        if which == "end":
            t = range_end(s, m.end("v")) or t
        if t:
            return t
    return None


# "Ende der Versammlung: 16:10 Uhr bis 17:30 Uhr": the time after an end marker opens a range.
_RANGE_GOES_ON_RE = re.compile(
    r"\s*(?:Uhr|h|[ap]\.?\s?m\.?)?\s*(?:bis|to|until|-|–|—)\s*"
    r"(?P<v>[0-2]?\d(?:[:.h][0-5]\d)?\s*(?:Uhr|[ap]\.?\s?m\b\.?)?)",
    re.IGNORECASE,
)


def range_end(text: str, pos: int) -> str | None:
    """The end of a time range whose start ends at pos ("16:10 Uhr bis 17:30 Uhr"), or None.

    "Beginn und Ende der Versammlung: 16:10 Uhr bis 17:30 Uhr" ends at 17:30, not 16:10.
    """
    m = _RANGE_GOES_ON_RE.match(text, pos)
    if m is None or not re.search(r"[:.h]\d\d|Uhr|[ap]\.?\s?m", m["v"], re.IGNORECASE):
        return None
    return parse_time(m["v"])


END_LABEL_ALONE_RE = re.compile(
    r"^(?:\d{1,2}[.)]?\s+)?" + alt("end_label") + r"\s*:?\s*$", re.IGNORECASE
)
START_LABEL_ALONE_RE = re.compile(
    r"^(?:\d{1,2}[.)]?\s+)?" + alt("start_label") + r"\s*:?\s*$", re.IGNORECASE
)
# "19:30", "19.30 Uhr", "7:05 pm", "19:30:15" (a log's clock with its seconds).
TIME_ALONE_RE = re.compile(
    r"^(?:um|at|ca\.)?\s*[0-2]?\d(?:\s*[:.h]\s*[0-5]\d(?::[0-5]\d)?)?\s*(?:Uhr|h|[ap]\.?\s?m\.?)?\s*$",
    re.IGNORECASE,
)
_END_WORDS = ("end", "schluss", "close", "adjourn")
_START_WORDS = ("start", "beginn", "begin", "open", "order", "eröffn", "anfang")


def _time_below_label(lines: list[str], i: int, which: str = "end") -> str | None:
    """ "## 9 Meeting close" / "3:05pm", "### Start" / "19:30:15": a label alone, its time
    alone on the next line."""
    low = lines[i].lower()
    if not holds_any(low, _END_WORDS if which == "end" else _START_WORDS):
        return None
    alone = END_LABEL_ALONE_RE if which == "end" else START_LABEL_ALONE_RE
    if not alone.match(_plain(lines[i])):
        return None
    below = next((x for x in lines[i + 1 : i + 4] if x.strip()), "")
    s = _plain(below)
    if not TIME_ALONE_RE.match(s) or not re.search(r"[:.h]\s*\d\d|Uhr|[ap]\.?\s?m", s, re.I):
        return None
    return parse_time(re.sub(r"(?<=:[0-5]\d):[0-5]\d", "", s))  # "19:30:15": no seconds


# "Herr Löffler schloss um" / "13:24 Uhr" / "die Gründungsversammlung.": a PDF that sets the
# time on a line of its own breaks the sentence before and after it.
_DANGLING_RE = re.compile(r"\s(?:um|at|gegen|around)\s*$", re.IGNORECASE)


def _sentence_at(lines: list[str], i: int) -> str:
    """Line i, joined with the clock time alone below it and the line after when it ends in "um"."""
    line = lines[i]
    if not _DANGLING_RE.search(line):
        return line
    below = [x.strip() for x in lines[i + 1 : i + 6] if x.strip()][:2]
    if not below or not TIME_ALONE_RE.match(_plain(below[0])):
        return line
    return " ".join([line.strip(), *below])


# A plan, not a record: "Our first leadership meeting is scheduled for … from 7-9 PM", "Das
# Treffen soll von 18 bis 20 Uhr gehen" speak of an appointment to come, not of this meeting.
PLANNED_RE = re.compile(
    r"\b(?:scheduled|planned|will|shall|is\s+set\s+for|geplant|angesetzt|vorgesehen|soll|sollen)\b",
    re.IGNORECASE,
)


def span_in(lines: list[str], own: str = "") -> tuple[str | None, str | None]:
    """The start and end a sentence gives as the span of the meeting ("ging von 18:30 bis 21:30")."""
    for line in lines:
        if "von" not in line and "from" not in line.lower():
            continue
        s = _plain(line)
        m = SPAN_RE.search(s)
        if m is None or NEXT_RE.search(s) or PLANNED_RE.search(s) or other_meeting(s, own):
            continue
        if not re.search(r"[:.]\d\d|Uhr|[ap]\.?\s?m", m["v"], re.IGNORECASE):
            continue
        start, end = parse_range(re.sub(r"\s*\b(?:to|until)\b\s*", " - ", m["v"]))
        if start and end:
            return start, end
    return None, None


def start_in(lines: list[str], *, header: bool = False) -> str | None:
    """The start from a label anywhere or a sentence in the first half, the first one found.

    header=True: the lines are the header alone, a sentence anywhere in them counts
    ("ZOOM MEETING … (7:15PM)" / … / "Meeting called to order at 19:17." above item 1).
    """
    half = len(lines) if header else len(lines) // 2 + 1
    for i, line in enumerate(lines):
        if not _has_mark(line):
            # "### Start" / "19:30:15": a short label whose time stands below it.
            if (
                len(line) < 40
                and any(c.isalpha() for c in line)
                and (t := _time_below_label(lines, i, "start"))
            ):
                return t
            continue
        if NEXT_RE.search(line):
            continue
        t = label_time(line, "start") or (sentence_time(line, "start") if i < half else None)
        if t:
            return t
    return None


def end_in(lines: list[str], *, header: int = 0, own: str = "") -> str | None:
    """The end from a label anywhere or a sentence in the second half, the last one found.

    A sentence in the header (the lines before index header) counts too: some minutes state
    both times at the top ("Meeting started at 19:30" / "Meeting was closed at 20:00").
    """
    half = len(lines) // 2
    for i in range(len(lines) - 1, -1, -1):
        line = _sentence_at(lines, i)
        if not _has_mark(line):
            # "Sitzungsende:" / "21:40 Uhr": a short label whose time stands below it.
            if (
                len(line) < 40
                and any(c.isalpha() for c in line)
                and (t := _time_below_label(lines, i))
            ):
                return t
            continue
        if NEXT_RE.search(line):
            continue
        t = (
            label_time(line, "end")
            or (
                sentence_time(line, "end")
                if (i >= half or i < header) and not other_meeting(_plain(line), own)
                else None
            )
            or _time_below_label(lines, i)
        )
        if t:
            return t
    return None
