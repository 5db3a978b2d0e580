"""People in minutes: who took the minutes (Protokoll), and how many were there.

The note-taker is named by a label anywhere in the header or at the end ("Protokoll: Anna
Beispiel", "Protokollant*in:", "Minutes taken by", "Schriftführer:"), in a header table,
on the line under a label, or in a sentence ("Anna Beispiel führt Protokoll", "Jane took
the minutes"). A signature ("gez. …") names the note-taker only when it is labelled so.
"""

from __future__ import annotations

import bisect
import itertools
import re

from . import names
from .alternation import Needs
from .content import split_sentences
from .vocabulary import OFFICES, alt

_LABEL = alt("note_taker_label")
_LABEL_EN = alt("note_taker_label_en")
# "Protokoll: Anna", "Secretary – Jane", "Minutes taken by Jane", "Mitschrift Anna".
LABEL_RE = re.compile(
    r"^(?:(?:" + _LABEL + r")\s*:\s*|Mitschrift\s*:?\s+|(?:" + _LABEL_EN + r")\s*(?::|\s[-–]\s)\s*"
    r"|(?:Minutes|Notes|Protocol)\s+(?:(?:were\s+)?(?:taken|recorded|written|kept|prepared)\s+)?by"
    r"\s*:?\s*"
    r"|(?:Recorded|Taken|Minuted|Notes\s+taken)\s+by\s*:?\s*"
    # "Protokoll erstellt von Anna Beispiel", colon or not (a footer, a first line); "Protokoll
    # verfasst durch …", "Protokollführung durch …", "Protokoll erstellt am 13.03. von …".
    r"|(?:Protokoll(?:führung)?\s+(?:erstellt|geschrieben|geführt|verfasst|aufgenommen)"
    r"(?:\s+am\s+[\d.]+)?|Protokollführung|Protokolliert)\s+(?:von|durch)\s*:?\s*"
    # "Protokoll von Anna Beispiel": the bare preposition, a full name after it (BY_NAME_RE).
    r"|(?P<bare>Protokoll\s+(?:von|durch)\s+))(?P<who>.+)$",
    re.IGNORECASE,
)
# A full name alone: "Anna Berg", "Anna-Lena von Berg" (two to four capitalised words).
BY_NAME_RE = re.compile(
    rf"[{names.UPPER}][\w'’.-]+(?:\s+(?:(?:von|van|de|der|zu)\s+)?[{names.UPPER}][\w'’.-]+){{1,3}}"
)
# The same labels after another one on the line: "Leitung: Ben, Protokoll: Anna".
INLINE_RE = re.compile(
    r"(?:[,;|]|\s{2,}|\s[-–]\s)\s*(?:" + _LABEL + r"|" + _LABEL_EN + r")\s*:\s*(?P<who>[^,;|]+)",
    re.IGNORECASE,
)
# "Chair: Ben Roe, Minutes: Jane Doe", "Leitung: Ben | Notes: Jane": the weak labels after
# another one on the line, a name only.
INLINE_WEAK_RE = re.compile(
    r"(?:[,;|]|\s{2,}|\s[-–]\s)\s*(?:Minutes|Notes)\s*:\s*(?P<who>[^,;|]+?)\s*(?:$|[,;|])",
    re.IGNORECASE,
)
# "Minutes: Jane Doe", "Notes: Jane": a name only, or these words open other text.
WEAK_LABEL_RE = re.compile(r"^(?:Minutes|Notes|Protokoll)\s*:\s*(?P<who>.+)$", re.IGNORECASE)
# A label alone with its colon: the name stands on the next line. Without the colon a role
# over a name is an election result ("Secretary" / "Jane Doe"), not who wrote the minutes.
ALONE_RE = re.compile(
    r"^(?:(?:" + _LABEL + r"|" + _LABEL_EN + r"|Minutes\s+taken\s+by|Notes\s+by)\s*:"
    # The close of American minutes: "Respectfully submitted," over the secretary's name.
    r"|(?:Respectfully\s+)?submitted(?:\s+by)?\s*[,:]?"
    # "Für die Richtigkeit des Protokolls", "Für das Protokoll" over the note-taker's signature.
    r"|Für\s+die\s+Richtigkeit\s+des\s+Protokolls\s*:?|Für\s+das\s+Protokoll\s*:?)\s*$",
    re.IGNORECASE,
)
# The same words as a heading of their own over the name ("### Protokollant", "## Scribe").
HEADING_LABEL_RE = re.compile(
    r"^(?:Protokol\w*|Schriftführ\w*|Minute[- ]?takers?|Note[- ]?takers?|Scribes?|Minutes\s+by)\s*$",
    re.IGNORECASE,
)
_NAME = (
    r"(?P<who>(?:(?:Herr|Frau|Dr\.|Prof\.)\s+)*"
    rf"[{names.UPPER}][\w'’.-]*(?:\s+(?:(?:von|van|de|der|zu)\s+)?[{names.UPPER}][\w'’.-]*){{0,3}})"
)
SENTENCE_RES = (
    # "Protokoll führt Anna Beispiel", "Das Protokoll schreibt Anna".
    re.compile(
        r"\b(?i:(?:das\s+)?Protokoll\s+(?:führt|führte|schreibt|schrieb|übernimmt|übernahm))\s+"
        + _NAME
    ),
    # "Anna Beispiel führt (das) Protokoll", "Anna übernimmt das Protokoll".
    re.compile(
        _NAME + r"\s+(?:führt|führte|schreibt|schrieb|übernimmt|übernahm)\s+(?:das\s+)?Protokoll\b"
    ),
    # "übernahm Daniel Nüst die Versammlungsleitung und Felix Lange die Protokollführung",
    # "Anna Berg übernimmt die Protokollführung": the verb may stand once for both roles.
    re.compile(
        _NAME + r"\s+(?:(?:übernimmt|übernahm|hat|hatte|führt|führte)\s+)?die\s+"
        r"(?:Protokollführung|Schriftführung)\b"
    ),
    # "Die Protokollführung übernimmt Anna Berg", "Die Schriftführung hatte Jan": the object first.
    re.compile(
        r"\b(?i:(?:die\s+)?(?:Protokollführung|Schriftführung)\s+(?:übernimmt|übernahm|hat|hatte|"
        r"übernehmen|macht|machte))\s+" + _NAME
    ),
    # "Jane Doe took (the) minutes", "Jane is taking notes", "Jane agreed to take minutes",
    # "Jane volunteered to take the notes", "Paul has been volunteered to take the minutes".
    re.compile(
        _NAME + r"\s+(?:took|takes|is\s+taking|was\s+taking|will\s+take|recorded|kept|"
        r"(?:(?:has\s+been|was|is)\s+)?(?:agreed|volunteered|offered|asked)\s+to\s+take)\s+"
        r"(?:the\s+)?(?:minutes|notes)\b"
    ),
    # "Mark scribe, Ryan to facilitate", "Jane is note taker", "Anna als Protokollantin".
    re.compile(
        _NAME + r"\s+(?i:(?:(?:is|as|was|will\s+be)\s+)?(?:the\s+)?(?:scribe|note[- ]?taker|"
        r"minute[- ]?taker))\b"
    ),
    re.compile(
        _NAME + r"\s+(?:ist|als)\s+(?:Protokollant\w*|Protokollführer\w*|Schriftführer\w*)\b"
    ),
    # "seto führt das Protokoll", "mark takes notes": a handle opening the line, as hackerspaces
    # and open-source groups name people.
    re.compile(
        r"^(?P<who>[a-z][\w.-]{1,30})\s+(?:(?:führt|führte|schreibt|schrieb|übernimmt|übernahm)\s+"
        r"(?:das\s+)?Protokoll|(?:took|takes|is\s+taking|was\s+taking)\s+(?:the\s+)?"
        r"(?:minutes|notes))\b"
    ),
    # "@sam3k took notes", "@anna is scribe": open-source groups name people by handle.
    re.compile(
        r"(?P<who>@[\w.-]*\w)\s+(?i:(?:took|takes|is\s+taking|was\s+taking|will\s+take|is|as)\s+"
        r"(?:the\s+)?(?:minutes|notes|scribe|note[- ]?taker))\b"
    ),
    # "Das Protokoll wurde von Gilbert geführt", "Protokoll ist von Anna geschrieben".
    re.compile(
        r"\b(?i:(?:das\s+)?(?:Protokoll?|Protocol)\s+(?:wurde|wird|ist|war)\s+von)\s+"
        + _NAME
        + r"\s+(?i:geführt|geschrieben|erstellt|verfasst|aufgenommen|angefertigt)\b"
    ),
    # "Minutes were taken by Jane Doe".
    re.compile(
        r"\b(?i:(?:minutes|notes)\s+(?:were|are|was)\s+(?:taken|recorded|kept)\s+by)\s+" + _NAME
    ),
    # Elected at the start of a general meeting: "Als Protokollführer wurde einstimmig Mike
    # Marti gewählt", "Raphael Das Gupta wird einstimmig zum Protokollschreiber gewählt".
    re.compile(
        r"\bAls\s+(?:Proto?k?ollf\w*|Protokoll\w*|Schriftführ\w*)\s+(?:wurde|wird)\s+"
        r"(?:[a-zäöüß][\w-]*\s+){0,3}" + _NAME + r"\s+(?:gewählt|bestimmt|benannt|ernannt)\b"
    ),
    # "Zur Protokollführerin wird Anna Berg bestimmt": the office first.
    re.compile(
        r"\bZu[mr]\s+(?:Protokoll\w*|Schriftführ\w*)\s+(?:wurde|wird)\s+"
        r"(?:[a-zäöüß][\w-]*\s+){0,3}" + _NAME + r"\s+(?:gewählt|bestimmt|benannt|ernannt)\b"
    ),
    re.compile(
        _NAME + r"\s+(?:wird|wurde)\s+(?:[a-zäöüß][\w-]*\s+){0,3}zu[mr]\s+"
        r"(?:Protokoll\w*|Schriftführ\w*)\s+(?:gewählt|bestimmt|benannt|ernannt)\b"
    ),
)
# A line of header fields opens with a short label: "Chair: Ben Roe, Minutes: Jane Doe".
LABEL_FIRST_RE = re.compile(r"^[^\W\d_][\w ./-]{0,30}:\s*\S")
# What may follow the name after a label: "Protokollführer: Floris Staub einstimmig angenommen".
_AFTER_NAME_RE = re.compile(
    r"\s+(?:einstimmig|mehrheitlich|unanimously|gewählt|angenommen|bestätigt|elected)\b.*$",
    re.IGNORECASE,
)
# "SimJoSt - Protokollant", "Anna Beispiel – note taker" in a list of those present, and
# "André Schäfer, Protokollführer" / "Anna Berg (Protokollführer(in))" under closing minutes.
ROLE_AFTER_RE = re.compile(
    r"^(?P<who>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3})(?:\s+[-–]\s+|,\s*|\s+(?=\())"
    r"\(?(?i:Protokollant\w*|Protokollführ\w*|Schriftführ\w*|note[- ]?taker|minute[- ]?taker|"
    r"scribe|Protokoll|recording\s+secretary)(?:\(in\)|\*in)?\)?\s*$"
)
# The role alone under a signature: "Bernadette Fritzsch" / "(Schriftführerin)".
ROLE_BELOW_RE = re.compile(
    r"^\(?(?:Protokollant\w*|Protokollführ\w*|Schriftführ\w*|Minute[- ]?taker|Note[- ]?taker|"
    r"Recording\s+Secretary)(?:\(in\)|\*in)?\)?$",
    re.IGNORECASE,
)
# A label without its colon: "Protokollführer - Franz Ruge", "Protokoll Denise Mäder" (then
# the rest must read as a full name: "Protokoll Vorstandssitzung" is a title).
BARE_LABEL_RE = re.compile(
    r"^(?i:Protokoll|Protokollführ\w*|Protokollant\w*|Schriftführ\w*)(?:\(in\)|\*in)?"
    r"(?P<dash>\s+[-–])?\s+(?P<who>[^-–:].*)$"
)
# E-mailed minutes close with the sender's name: "Regards," / "Nick Draper".
REGARDS_RE = re.compile(
    r"^(?:(?:Best|Kind|Many)\s+)?(?:Regards|Cheers|Thanks)\s*,?$|^(?:Viele|Beste|Liebe)\s+Grüße\s*,?$",
    re.IGNORECASE,
)
# The document calls itself minutes that its sender wrote: "These are the minutes from …",
# "Subject: Minutes of …", "Anbei das Protokoll …".
SENT_MINUTES_RE = re.compile(
    r"^(?:(?:These|Here)\s+are\s+(?:the\s+|my\s+)?minutes\b|Subject\s*:.*\bminutes\b|"
    r"(?:Anbei|Hier)\s+(?:das|mein)\s+Protokoll\b|Betreff\s*:.*\bProtokoll\b)",
    re.IGNORECASE,
)
FROM_RE = re.compile(r"^From\s*:\s*(?P<who>.+)$", re.IGNORECASE)
# A signature, and the role written beside or under it.
SIGNATURE_RE = re.compile(r"^gez\.\s*(?P<who>.+)$", re.IGNORECASE)
ROLE_RE = re.compile(
    r"\(?\b(?:Protokoll\w*|Schriftführ\w*|Minute[- ]?taker|Note[- ]?taker|Secretary)\b\)?",
    re.IGNORECASE,
)
_ROLE_WORDS_RE = re.compile(
    r"\b(?:Secretary|Clerk|Director|Assistant|Chair\w*|Schriftführ\w*|Protokoll\w*|"
    r"Geschäftsf\w*|Vorsitz\w*)\b",
    re.IGNORECASE,
)
PARTICLES = {"von", "van", "de", "der", "den", "zu", "da", "di", "del", "dos", "le", "la", "ten"}
_WORD_MARKS = ("protokol", "schriftf", "minute", "notes", "note", "scribe", "secretary",
               "recorder", "mitschrift", "gez.", "taken by", "recorded by", "submitted",
               "protkoll", "protocol", "prepared by", "compiled by", "aktuar")  # fmt: skip


ITALIC_LINE_RE = re.compile(r"([*_])(?!\s)(.+?)(?<!\s)\1")
_ITALIC_LABEL_RE = re.compile(r"^([*_])([^*_:\n]{1,40})\1(\s*:)")


def plain(line: str) -> str:
    """A line without Markdown emphasis, heading marks, list marks and numbers."""
    s = line.strip().lstrip("#").strip()
    s = s.replace("**", "").replace("__", "")
    if (em := ITALIC_LINE_RE.fullmatch(s)) is not None:
        s = em.group(2)  # "*Protokoll erstellt von Anna*": a line set in italics
    s = re.sub(r"^(?:[-*•+]\s+|\d{1,2}[.)]\s+)+", "", s).strip()
    if s[:1] == "(" and s.endswith(")") and "(" not in s[1:] and ")" not in s[:-1]:
        s = s[1:-1].strip()  # "(Notes taken by Matt)", "(Protokoll: Anna)": a line in brackets
    if s[:1] in "*_":
        s = _ITALIC_LABEL_RE.sub(r"\2\3", s)  # "*Minutes*: DH", "_Protokoll_: Anna"
    if s.startswith("|"):
        cells = [c.strip() for c in s.strip("|").split("|")]
        cells = [c for c in cells if c]
        # Word repeats a merged cell in every column it spans: "| Datum | 5.3. | 5.3. |".
        cells = [c for k, c in enumerate(cells) if not k or c != cells[k - 1]]
        # "| Protokoll | Anna Beispiel |": a header table row reads as "Protokoll: Anna Beispiel".
        if len(cells) in (2, 4, 6) and all(len(c) <= 40 for c in cells[::2]):
            # "| Protokoll | Anna | Leitung | Ben |" → "Protokoll: Anna | Leitung: Ben"
            return " | ".join(
                f"{cells[k].rstrip(': ')}: {cells[k + 1]}" for k in range(0, len(cells), 2)
            )
        return " | ".join(cells)
    return s


def name_like(text: str, *, strict: bool = False) -> str | None:
    """Return the bare name if text reads as a person's name, else None."""
    who = names.name_only(text.split(" | ")[0].strip(" .;:*_"))
    if not who or len(who) > 60:
        return None
    words = who.split()
    if not words or len(words) > 5 or not who[0].isupper():
        return None
    for w in words:
        if w in PARTICLES:
            continue
        if not w[0].isupper() or any(c.isdigit() for c in w):
            return None
    if len(words) == 1 and (
        (strict and len(who) > 20) or names._NOUN_SUFFIX_RE.search(who.lower())
    ):
        return None  # "Enthaltung als Protokollant": a German noun, not a first name
    if words[0] in names.NOT_FIRST_NAMES or words[0] in ("The", "This", "See", "Siehe"):
        return None
    return who


def _marked_lines(lines: list[str]) -> list[int]:
    """Indexes of the lines holding a note-taker word, found by a few scans of the text."""
    return lines_with(lines, _WORD_MARKS)


# The lower-case text and line starts of the lines of the read under way: note_taker and
# _next_meeting both scan them. parse_text forgets it when a read begins (forget_lines).
_LINES_INDEX: list[tuple | None] = [None]


def forget_lines() -> None:
    """Drop the index of the lines read before, so that no read finds another's."""
    _LINES_INDEX[0] = None


def lines_with(lines: list[str], words: tuple[str, ...]) -> list[int]:
    """Indexes of the lines holding any of the (lower-case) words, by a few scans of the text."""
    cached = _LINES_INDEX[0]
    if cached is not None and cached[0] is lines and cached[1] == len(lines):
        low, starts = cached[2], cached[3]
    else:
        low = "\n".join(lines).lower()
        starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
        # A read asks twice (note-taker, next meeting); holding the list keeps its id unique.
        _LINES_INDEX[0] = (lines, len(lines), low, starts)
    found: set[int] = set()
    for word in words:
        pos = low.find(word)
        while pos != -1:
            found.add(bisect.bisect_right(starts, pos) - 1)
            pos = low.find(word, pos + 1)
    return sorted(found)


# A first line that names the writer's role and the writer ("Protokollant: Frank Röhr",
# "Meeting secretary: Jane Doe") is no title, however the minutes open.
ROLE_LABEL_RE = re.compile(
    r"^(?:Protokollant\w*|Protokollführ\w*|Schriftführ\w*|(?:Meeting\s+)?Secretary|"
    r"Minute[- ]?taker|Note[- ]?taker|Scribe)(?:\(in\)|\*in)?\s*:\s*\S",
    re.IGNORECASE,
)

# "Prepared by: Rodrigo Solano", "Compiled by Joseph Rickert (JBR)": who wrote the document,
# in the header or at its end; under an item a report was prepared ("Treasurer's report" /
# "Prepared by Vincent Giles").
# "Submitted by Mark Nottingham", "Minutes submitted by …", "Respectfully submitted by Jane
# Doe, Secretary": who submits the minutes wrote them, on the same terms.
PREPARED_RE = re.compile(
    r"^(?:(?:Prepared|Compiled)\s+by|(?:Minutes\s+|Respectfully\s+)?submitted\s+by)\s*:?\s*"
    r"(?P<who>.+)$",
    re.IGNORECASE,
)
CLOSING_LINES = 15


def note_taker(
    lines: list[str], *, body_start: int, skip: set[int] | None = None
) -> tuple[str | None, int | None]:
    """Return the note-taker and the index of the line naming them (None, None if none).

    A label in the header wins; else the last one in the text (minutes often end with it).
    """
    skip = skip or set()
    found: tuple[str | None, int | None] = (None, None)
    for i in _marked_lines(lines):
        line = lines[i]
        if i in skip:
            continue
        by = PREPARED_RE.match(plain(line))
        if by:
            who = name_like(by["who"])
            # The first lines are the header even where a title heading opens the one item.
            top = sum(1 for x in lines[:i] if x.strip()) < 4
            if who and (i < body_start or top or i >= len(lines) - CLOSING_LINES):
                found = (who, i)
                if i < body_start:
                    break
            continue
        who = _from_line(plain(line), lines, i)
        if who:
            found = (who, i)
            if i < body_start:
                break
    return found


ELECTED_RE = re.compile(r"\b(?:gewählt|elected|re-elected|appointed)\b", re.IGNORECASE)
DEPUTY_RE = re.compile(
    r"\b(?:stellvertretende[rn]?|stellv\.|deputy|vice|assistant)\s+(?:Protokoll|Schriftführ|"
    r"secretary|minute)",
    re.IGNORECASE,
)
# The office of the one who writes, in one sentence of a line of elections.
_OFFICE_RE = re.compile(r"protokoll|schriftführ|secretary|minute|note[- ]?taker|scribe", re.I)
ELECTED_SUBJECT_RE = re.compile(
    rf"^(?P<who>{names.NAME_WORD}(?:\s+{names.NAME_WORD}){{1,2}})\s+(?:wird|wurde|was|is)\b"
)
ELECTED_NAME_RE = re.compile(
    r"\b(?:wurde|wird|was)\s+(?:(?:einstimmig|unanimously|mehrheitlich)\s+)?"
    + _NAME
    + r"\s+(?:gewählt|elected|appointed)\b"
)


# An address beside the name: "Scribe: Jane Doe <jane@example.org>", "(jane@example.org)".
EMAIL_RE = re.compile(r"\s*[<(\[]?(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[>)\]]?")


def _from_line(s: str, lines: list[str], i: int) -> str | None:
    if "@" in s:
        s = EMAIL_RE.sub("", s).rstrip()
    m = SIGNATURE_RE.match(s)
    if m:
        # "gez. Anna Beispiel (Protokollführerin)", or the role on the line below.
        below = next((plain(x) for x in lines[i + 1 : i + 3] if x.strip()), "")
        if ROLE_RE.search(m["who"]) or (ROLE_RE.fullmatch(below.strip()) is not None):
            return name_like(ROLE_RE.sub("", m["who"]))
        return None
    m = WEAK_LABEL_RE.match(s)
    if m:
        return several_names(m["who"]) or name_like(m["who"], strict=True)
    m = LABEL_RE.match(s)
    if m and _among_officers(lines, i):
        return None  # "Secretary: X" beside "President: Y": an election, not the minutes
    if m and m["bare"] and not BY_NAME_RE.fullmatch(m["who"].strip(" .")):
        m = None  # "Protokoll von der Sitzung …", "Protokoll von Vorstand und Beirat": no writer
    if m:
        # "Scribe: mark": open-source groups name people by their handles.
        handle = re.fullmatch(r"@?([a-z][\w.-]{1,30})", m["who"].strip(" .*_"))
        if handle:
            return handle.group(1)
        # "Secretary of the meeting: ______ Sebastian Strollo": the line signed on;
        # "Protokollführerin: gez. Anna Berg": the signature's mark.
        who = _AFTER_NAME_RE.sub("", m["who"]).lstrip("_ ")
        who = re.sub(r"^gez\.\s*", "", who, flags=re.IGNORECASE)
        return several_names(who) or name_like(who)
    m = BARE_LABEL_RE.match(s)
    if m and not lines[i].lstrip().startswith("#"):
        who = name_like(m["who"], strict=True)
        if who and (m["dash"] or names.looks_like_name(who)):
            return who
    if ROLE_BELOW_RE.match(s) and not lines[i].lstrip().startswith("#"):
        # The signature above its role; "gez." may open it.
        above = next((plain(x) for x in reversed(lines[max(0, i - 2) : i]) if x.strip()), "")
        above = re.sub(r"^gez\.\s*", "", above, flags=re.IGNORECASE)
        if ":" in above or any(_ROLE_WORD_RE.match(w) for w in above.split()):
            return None  # a second line of roles ("Protokollantin Versammlungsleiterin")
        return name_like(above, strict=True)
    if ALONE_RE.match(s) or (lines[i].lstrip().startswith("#") and HEADING_LABEL_RE.match(s)):
        raw = next((x for x in lines[i + 1 : i + 3] if x.strip()), "")
        level = len(lines[i].lstrip()) - len(lines[i].lstrip().lstrip("#"))
        below_level = len(raw.lstrip()) - len(raw.lstrip().lstrip("#"))
        if below_level > level > 0:
            return None  # "## Protokoll" over "### Festlegungen": the minutes' sections follow
        below = plain(raw)
        if ":" in below:
            return None
        who = name_like(below, strict=True)
        words = below.split()
        for k in (3, 2):
            # "Jasmine Bellow Assistant to the Director Recording Secretary": a PDF ran the
            # name and the role under it into one line.
            if who is None and len(words) > k and _ROLE_WORDS_RE.match(" ".join(words[k:])):
                who = name_like(" ".join(words[:k]), strict=True)
        if who and below_level and " " not in who:
            return None  # "### Scribes" over "### Agenda": a heading of one word is no name
        return who
    m = INLINE_RE.search(s)
    if m:
        return name_like(m["who"])
    m = INLINE_WEAK_RE.search(s)
    if m and LABEL_FIRST_RE.match(s):
        who = name_like(m["who"], strict=True)
        if who:
            return who
    if ELECTED_RE.search(s):
        # "Jan Dietrich wird mit 21 Ja … für die nächste Amtsperiode als Schriftführer gewählt",
        # "Als Protokollführer wurde einstimmig Mike Marti gewählt": the one elected, named
        # at the sentence's start or before "gewählt", not the noun before "als".
        if DEPUTY_RE.search(s):
            return None  # "… als stellvertretende Schriftführerin gewählt": the deputy
        # "Zur Versammlungsleiterin wird A gewählt. Zum Protokollführer wird B gewählt.":
        # the sentence that names the office, not the line's first election.
        if len(ELECTED_RE.findall(s)) > 1:
            s = next((x for x in split_sentences(s) if _OFFICE_RE.search(x)), s)
        m = ELECTED_NAME_RE.search(s) or ELECTED_SUBJECT_RE.match(s)
        who = m and name_like(m["who"])
        if who:
            return who
    for rx in SENTENCE_RES:
        m = rx.search(s)
        if (
            m
            and " " not in m["who"]
            and re.match(r"\s+(?:als|ist)\b", s[m.end("who") :])
            and re.search(r"\b[a-zäöüß]+\s*$", s[: m.start("who")])
        ):
            continue  # "für die nächste Amtsperiode als Schriftführer": a noun after its article
        if m:
            if m["who"].startswith("@"):
                return m["who"][1:]
            who = name_like(m["who"]) or (_handle(m["who"]) if m["who"][:1].islower() else None)
            if who:
                return who
    # "Sarah Franke (Versammlungsleitung)   Michael Prange (Protokollführung)": signatures
    # side by side, each with its role; the writer's is the one with theirs.
    for part in _COLUMNS_RE.split(s) if "  " in s else (s,):
        m = ROLE_AFTER_RE.match(part.strip())
        if m:
            return name_like(m["who"]) or _handle(m["who"])
    return None


_COLUMNS_RE = re.compile(r"\s{3,}|\t+")
_SEVERAL_RE = re.compile(r"\s*(?:,|&|;|\s(?:und|and)\s)\s*")


def several_names(text: str) -> str | None:
    """Two or three writers after one label ("Frank Röhr, Markus Maevus", "Anna und Ben",
    "@sjn & @tux") joined by commas in the document's order, else None."""
    text = text.strip(" .*_")
    parts = [x.strip(" *_") for x in _SEVERAL_RE.split(text)] if text else []
    if not 2 <= len(parts) <= 3:
        return None
    found = []
    for part in parts:
        handle = re.fullmatch(r"@([a-z][\w.-]{1,30})(?:\s*\(.*\))?", part)
        who = handle.group(1) if handle else name_like(part, strict=True)
        if not who or _ROLE_WORDS_RE.search(who):
            return None
        found.append(who)
    if not handle and len({" " in who for who in found}) > 1:
        return None  # "Jane Doe, Treasurer": a name and what follows it, not two people
    return ", ".join(found)


OFFICER_RE = re.compile(
    r"^\W*(?:Vice[- ]?)?(?:" + alt("office", "seat_office") + r"|Ordinary\s+Member\w*)\b",
    re.IGNORECASE,
)


# "2. Schützenmeister: Heinz Berg", "Revisor: Peter Weiß": an office and who holds it.
ROLE_NAME_RE = re.compile(
    rf"^\W*(?:\d{{1,2}}\.\s*)?[{names.UPPER}][\w.-]*(?:\s+[\w.-]+)?\s*:\s*"
    rf"(?:(?:Herr|Frau|Dr\.)\s+)?[{names.UPPER}][\w'’.-]+\s+[{names.UPPER}]"
)
ELECTION_RE = re.compile(r"wahl|gewählt|elect|zusammensetz|setzt\s+sich", re.IGNORECASE)


def _among_officers(lines: list[str], i: int) -> bool:
    near = [plain(x) for x in lines[max(0, i - 4) : i + 5] if x.strip()]
    if sum(1 for x in near if OFFICER_RE.match(x)) >= 2:
        return True
    # "Ergebnisse der Wahlen:" over "2. Schützenmeister: Heinz Berg" / "Schriftführerin: Sabine
    # Rabl" / "Revisor: Peter Weiß": offices filled by an election, whatever their names.
    above = " ".join(plain(x) for x in lines[max(0, i - 6) : i])
    held = sum(1 for x in near if ROLE_NAME_RE.match(re.sub(r"<[^>\n]{0,40}>", "", x)))
    return held >= 3 and bool(ELECTION_RE.search(above))


def _handle(text: str) -> str | None:
    # "SimJoSt", "mortzu": a nickname as groups of hackers write them.
    text = text.strip()
    return text if re.fullmatch(r"[A-Za-z][\w.-]{2,30}", text) else None


# "12 Teilnehmende", "Anwesend sind 12 Mitglieder", "There were 12 attendees", "12 present";
# not the end of a range ("about 40-50 participants" came to an event, not to the meeting).
COUNT_RE = re.compile(
    r"(?<![\d.,:/\-–])(?P<n>\d{1,4}|\b(?i:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|"
    r"zwölf|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+"
    # "9 of 11 members present", "24 stimmberechtigte von 70 Mitgliedern": those there first.
    r"(?:(?:stimmberechtigte|voting)\s+(?=von\b|of\b))?"
    r"(?:(?:of|von|der|aus)\s+(?:the\s+|den\s+)?(?:\d{1,4}|(?i:zwei|drei|vier|fünf|sechs|"
    r"sieben|acht|neun|zehn|elf|zwölf|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve))\s+(?!Vorst))?"  # "2 von 4 Vorstandsmitgliedern": the board's quorum, not all
    r"(?:stimmberechtigte\s+|ordentliche\s+|anwesende[n]?\s+|voting\s+|paid\s+|"
    # "mit 19 eingetragenen Mitgliedern", "22 erschienene Mitglieder": a German participle.
    r"financial\s+|full\s+|ordinary\s+|(?-i:[a-zäöüß]{4,}(?:ene|enen|ten|te))\s+)?"
    r"(?:Teilnehmende|Teilnehmer\w*|Personen|Mitglieder(?:n)?|Vereinsmitglieder(?:n)?|Anwesende[n]?|"
    r"Vorstände|Vorstandsmitglieder|attendees|participants|members|people|persons|ppl)\b"
    r"(?:\s+(?:sind\s+|were\s+)?" + alt("present") + r")?",
    re.IGNORECASE,
)
# "Quorum: 9 of 11 present", "7 von 9 anwesend": a count without the noun.
OF_COUNT_RE = re.compile(
    r"(?<![\d.,:/\-–])(?P<n>\d{1,4})\s+(?:of|von|out\s+of)\s+(?:insgesamt\s+|total\s+)?\d{1,4}\s+"
    r"(?:(?!Vorst|board|directors)\w+\s+)?" + alt("present") + r"\b",
    re.IGNORECASE,
)
# "Quorum: 9 of 11", "Beschlussfähigkeit: gegeben, 12 von 15", "Quorum present (7 of 9)": the
# number there by the quorum's label; not a board's quorum within a larger meeting ("3 of 5
# directors", "2 von 4 Vorstandsmitgliedern").
QUORUM_OF_RE = re.compile(
    r"^(?:Quorum|Beschlussfähigkeit)\b[^:\d\n]{0,30}?[:(]?\s*(?:[^\d\n]{0,25}?)"
    r"(?P<n>\d{1,4})\s*(?:of|von|/|out\s+of)\s*\d{1,4}\b(?!\s*(?:Vorst|board|directors))",
    re.IGNORECASE,
)
# "Es sind 88 anwesend", "Es waren noch 5 anwesend", "there were 12 present": the count
# alone between the verb and the word for being there.
BARE_COUNT_RE = re.compile(
    r"\b(?:sind|waren|were|are)\s+(?:(?:insgesamt|aktuell|noch|heute|total|in\s+total)\s+)?"
    r"(?P<n>\d{1,4})\s+" + alt("present") + r"\b",
    re.IGNORECASE,
)
COUNT_CONTEXT_RE = re.compile(
    r"anwesen|teilnehm|teilnahm|present|attend|participa|beschlussfähig|at\s+(?:the\s+)?meeting",
    re.I,
)
# A hybrid meeting: "8 vor Ort, 3 online", "12 in person and 4 remote".
HYBRID_COUNT_RE = re.compile(
    r"(?<![\d.,:/\-–])(?P<n>\d{1,4})\s+(?:[\w-]+\s+)?(?:vor\s+Ort|in\s+person|on\s+site|im\s+Raum)"
    r"(?:\s*(?:,|und|and|\+)\s*(?P<m>\d{1,4})\s+(?:[\w-]+\s+)?(?:online|remote|virtuell|"
    r"zugeschaltet|per\s+Video))?",
    re.IGNORECASE,
)
# "Total Stimmenzahl: 18" (Swiss general meetings), "Anzahl der Anwesenden: 12",
# "Anzahl stimmberechtigter Mitglieder: 6", "Number of members present: 14".
# "Teilnehmerzahl: 23", "Anzahl Teilnehmende: 23", "Number of people present: 23", "Headcount: 23".
VALUE_COUNT_RE = re.compile(
    r"^(?:Total\s+)?(?:Stimmenzahl|Anzahl\s+(?:der\s+)?(?:anwesenden\s+|stimmberechtigte[nr]?\s+)?"
    r"(?:Anwesenden?|Teilnehmenden?|Teilnehmer(?:innen|\*innen|:innen)?|Personen|Stimmen|"
    r"Mitglieder)|Teilnehm(?:er|ende|enden|er\*innen|er:innen|erinnen)zahl|Anwesenheitszahl|"
    r"Headcount|Number\s+of\s+(?:voting\s+)?(?:members|attendees|participants|people)"
    r"(?:\s+(?:present|in\s+attendance|attending))?)"
    r"\s*:\s*(?P<n>\d{1,4})\b",
    re.IGNORECASE,
)
# "Anwesend (12):", "Attendees (12)".
# "Anwesende Mitglieder (12)", "Members present (9)" over the list.
LABEL_COUNT_RE = re.compile(
    r"^(?:(?:Anwesend\w*|Teilnehm\w*|Attendees|Attendance|Present|Participants)(?:\s+[\w-]+)?|"
    r"(?:Members|Mitglieder)\s+(?:present|anwesend))\s*\(\s*(?P<n>\d{1,4})\s*"
    r"(?:(?:/|of|von|aus)\s*\d{1,4}\s*)?\)",  # "Present (9/11)", "Anwesend (7 von 9)"
    re.IGNORECASE,
)


# A room's or an event's size, not a count of those there: "Room for 100 participants", "Platz
# für 40 Personen", "up to 30 people", "max. 20 Teilnehmende", "limited to 12 members".
CAPACITY_BEFORE_RE = re.compile(
    r"\b(?:for|für|up\s+to|bis\s+zu|max\.?|maximal|maximum(?:\s+of)?|capacity(?:\s+of)?|"
    r"limit(?:ed)?\s+to|begrenzt\s+auf|höchstens|at\s+most|expect(?:ed|ing)?|erwartet)\s*(?:ca\.\s*|about\s+)?$",
    re.IGNORECASE,
)


def _count_of_those_there(s: str) -> re.Match | None:
    """The first "12 Mitglieder" / "12 attendees" in s that does not tell a room's size."""
    for m in COUNT_RE.finditer(s):
        if not CAPACITY_BEFORE_RE.search(s, max(0, m.start() - 30), m.start()):
            return m
    return None


# A bound, no count: "almost 30 attendees", "more than 20 members", "über 20 Mitglieder",
# "mindestens 12 Personen" say how many there were at most or at least, not how many.
BOUND_COUNT_RE = re.compile(
    r"\b(?:almost|nearly|more\s+than|over|at\s+least|upwards\s+of|fewer\s+than|less\s+than|"
    r"fast|knapp|über|mehr\s+als|mindestens|weniger\s+als)\s+"
    r"(?:\d{1,4}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozen)\s+"
    r"(?:[\w-]+\s+){0,2}?" + alt("people_noun") + r"\b",
    re.IGNORECASE,
)
# The words a bound needs ("almost", "über", …): most lines with a digit hold none of them.
BOUND_NEEDS = Needs(BOUND_COUNT_RE)
# The next line of a stated count that counts another group of those there: "Anwesende 28
# Mitglieder" / "5 Sympathisanten", "Present: 14 members" / "3 guests".
OTHERS_LINE_RE = re.compile(
    r"^(?:\+\s*)?(?P<n>\d{1,3})\s+(?:weitere\s+|other\s+)?" + alt("other_attendees") + r"\W*$",
    re.IGNORECASE,
)


# Running prose tells those there with a verb of coming or being there ("Neben rund 30
# Mitgliedern waren auch … dabei", "nahmen 40 Mitglieder teil", "die erschienenen Mitglieder",
# "begrüßte 52 Mitglieder", "vor 75 stimmberechtigten Mitgliedern", "members turned out").
PRESENCE_PROSE_RE = re.compile(
    r"\b(?:waren|war)\b[^!?]{0,120}?\bdabei\b|\bnahm(?:en)?\b[^!?]{0,160}?\bteil\b|"
    r"erschien|versammelt|begrü(?:ß|ss)(?:t|te|ten)\b|\bvor\s+(?:rund\s+|etwa\s+|ca\.\s*|"
    r"knapp\s+)?\d{1,4}\s+(?:[\w-]+\s+)?(?:Mitglieder|Personen|Teilnehm|Vereinsmitglieder)|"
    r"turned\s+out|gathered|welcomed",
    re.IGNORECASE,
)
# Where a sentence of a paragraph ends: a stop after a word of three letters or more and before
# a capital or a number ("… 261 Mitglieder. 35 gehören …"); not "Der 1. Vorsitzende", "ca. 15", "Dr. X".
_SENTENCE_END_RE = re.compile(r"(?<=[^\W\d_]{3})[.!?](?=\s+[\"„“]?[A-ZÄÖÜ\d])")


def _sentence_span(s: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence of s that holds start..end."""
    begin = 0
    for x in _SENTENCE_END_RE.finditer(s, 0, start):
        begin = x.end()
    stop = _SENTENCE_END_RE.search(s, end)
    return begin, stop.end() if stop else len(s)


# The club's size told before the number in its clause: "Der Verein zählt 212 Mitglieder, von
# denen …", "hat derzeit 140 Mitglieder", "besteht aus 14 Aktivmitgliedern", "The club now has
# 160 members": no count of those there, whatever else the sentence says.
_MEMBERSHIP_BEFORE_RE = re.compile(
    r"\b(?:zählt|zählte|zählen|hat|hatte|haben|umfasst|umfasste|besteht\s+aus|bestand\s+aus|"
    r"Mitgliederstand|Mitgliederzahl|has|had|numbers|membership\s+(?:of|stands\s+at|is))\b"
    r"[^.!?,;]{0,40}$",
    re.IGNORECASE,
)


def _count_in_prose(s: str, previous: str) -> re.Match | None:
    """In a line of several sentences, the first count whose own sentence says those counted
    were there: a paragraph also tells the membership ("Die Wehr zählt 261 Mitglieder", "14
    Aktivmitglieder"), a crew or a year, which are no count of those at the meeting."""
    found = [
        *OF_COUNT_RE.finditer(s),
        *(
            m
            for m in COUNT_RE.finditer(s)
            if not CAPACITY_BEFORE_RE.search(s, max(0, m.start() - 30), m.start())
        ),
        *BARE_COUNT_RE.finditer(s),
    ]
    for m in sorted(found, key=lambda m: m.start()):
        begin, stop = _sentence_span(s, m.start(), m.end())
        sentence = s[begin:stop]
        if _MEMBERSHIP_BEFORE_RE.search(s, begin, m.start()):
            continue  # "Der Verein zählt 212 Mitglieder, 38 waren anwesend"
        if (
            COUNT_CONTEXT_RE.search(sentence)
            or PRESENCE_PROSE_RE.search(sentence)
            or (begin == 0 and COUNT_CONTEXT_RE.search(previous[-80:]))
        ):
            return m
    return None


def stated_count(lines: list[str]) -> int | None:
    """The number of those present as the header states it, or None."""
    previous = ""
    for k, line in enumerate(lines):
        s = plain(line)
        # A count is in digits, or in words beside the word for those there ("Sechs der acht
        # Mitglieder sind anwesend").
        if not s or not (any(c.isdigit() for c in s) or COUNT_CONTEXT_RE.search(s)):
            previous = s
            continue
        if BOUND_NEEDS(s) and BOUND_COUNT_RE.search(s):
            return None  # "almost 30 attendees": a bound, no number of those there
        m = LABEL_COUNT_RE.match(s) or VALUE_COUNT_RE.match(s) or QUORUM_OF_RE.match(s)
        if m:
            return int(m["n"])
        if _SENTENCE_END_RE.search(s):
            m = _count_in_prose(s, previous)  # a paragraph: the count's own sentence decides
            context = m is not None
        else:
            m = OF_COUNT_RE.search(s) or _count_of_those_there(s) or BARE_COUNT_RE.search(s)
            # The sentence may have begun on the line above: "die in der Anwesenheitsliste …
            # eingetragenen" / "21 Personen."
            context = bool(
                COUNT_CONTEXT_RE.search(s)
                or COUNT_CONTEXT_RE.search(previous[-80:])
                or (m and PRESENCE_PROSE_RE.search(s))
            )
        if m and context:
            # "Anwesend sind 12 Mitglieder und 2 Gäste": the guests were there too.
            guests = GUESTS_RE.match(s, m.end())
            return (
                _number(m["n"]) + (_number(guests["n"]) if guests else 0) + others_below(lines, k)
            )
        previous = s
        m = HYBRID_COUNT_RE.search(s)
        if m:
            return int(m["n"]) + int(m["m"] or 0)
    return None


def others_below(lines: list[str], k: int) -> int:
    """Those of another group counted on the line below a count ("5 Sympathisanten"), or 0."""
    below = next((plain(x) for x in lines[k + 1 : k + 3] if x.strip()), "")
    m = OTHERS_LINE_RE.match(below) if below[:1].isdigit() or below[:1] == "+" else None
    return int(m["n"]) if m else 0


# The signature block German association minutes close with, two columns run into lines:
# "Leon Farchau Olaf Koenig" over "Versammlungsleitung Protokollführung" (or below it).
_ROLE_WORD_RE = re.compile(
    r"(?:Versammlungsleit\w*|Sitzungsleit\w*|Protokol\w*|Wahlleit\w*|Moderation|Leitung|"
    r"Minute[- ]?taker|" + alt(*OFFICES) + r")$",
    re.IGNORECASE,
)
_NOTE_ROLE_RE = re.compile(r"^(?:Protokol\w*|Schriftführ\w*|Secretary|Minute[- ]?taker)$", re.I)
_NAME_WORD_RE = re.compile(rf"^[{names.UPPER}][\w'’.-]*$")


def signature_note_taker(lines: list[str], *, tail: int = 25) -> str | None:
    """The note-taker named in a closing signature block of two or more columns, if any."""
    start = max(0, len(lines) - tail)
    for i in range(len(lines) - 1, start - 1, -1):
        roles = plain(lines[i]).strip("() ").split()
        if len(roles) == 1 and _NOTE_ROLE_RE.match(roles[0]):
            # "Doralee Matthews" / "Secretary", "Bernadette Fritzsch" / "(Schriftführerin)":
            # one signature, the writer's role below the name.
            above = next((plain(x).split() for x in lines[i - 2 : i][::-1] if x.strip()), [])
            if 2 <= len(above) <= 3 and all(_NAME_WORD_RE.match(w) for w in above):
                if not any(_ROLE_WORD_RE.match(w) for w in above):
                    return " ".join(above)
            continue
        if not 2 <= len(roles) <= 4 or not all(_ROLE_WORD_RE.match(r) for r in roles):
            continue
        col = next((k for k, r in enumerate(roles) if _NOTE_ROLE_RE.match(r)), None)
        if col is None:
            continue
        for j in (i - 1, i + 1, i - 2, i + 2):
            if not 0 <= j < len(lines) or not lines[j].strip():
                continue
            words = plain(lines[j]).split()
            if len(words) % len(roles) or not all(_NAME_WORD_RE.match(w) for w in words):
                continue
            if any(_ROLE_WORD_RE.match(w) for w in words):
                continue  # a second line of roles ("Vorsitzender Schatzmeister")
            per = len(words) // len(roles)
            if per not in (2, 3):
                continue
            return " ".join(words[col * per : (col + 1) * per])
    return None


def emailed_note_taker(lines: list[str], *, tail: int = 30, head: int = 15) -> str | None:
    """The sender signing e-mailed minutes ("Regards," / "Nick Draper"), if the mail is theirs.

    Only when the document calls itself minutes ("These are the minutes …", "Subject:
    Minutes …") or its "From:" line names the same person: a greeting alone may close a
    letter that forwards someone else's minutes.
    """
    start = max(0, len(lines) - tail)
    for i in range(start, len(lines)):
        if not REGARDS_RE.match(plain(lines[i])):
            continue
        below = next((plain(x) for x in lines[i + 1 : i + 3] if x.strip()), "")
        who = name_like(below, strict=True)
        if not who or len(who.split()) < 2:
            return None
        top = [plain(x) for x in lines[:head]]
        if any(SENT_MINUTES_RE.match(x) for x in top) or any(
            (m := FROM_RE.match(x)) and who.split()[-1] in m["who"] for x in top
        ):
            return who
        return None
    return None


# Numbers as words, as minutes write small counts ("zwei Gäste", "Sechs der acht Mitglieder").
NUMBER_WORDS = {
    "ein": 1, "eine": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
WORD_NUMBER = "(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_PEOPLE_NOUN = alt("people_noun")
# "12 Mitglieder …", "ca. 20", "zwölf Mitglieder": the number a label of those present opens with.
LEAD_COUNT_RE = re.compile(
    rf"^(?:ca\.\s*|about\s+|approx(?:\.|imately)?\s*)?(?:(?P<n>\d{{1,4}})\b(?![.,:]\d)|"
    rf"(?P<w>{WORD_NUMBER})\s+(?=(?:[\w-]+\s+)?{_PEOPLE_NOUN}))",
    re.IGNORECASE,
)
# "… und zwei Gäste", "and 3 guests", "+ 2 Gäste": guests are counted with the members.
GUESTS_RE = re.compile(
    rf"\s*(?:\bund\b|\band\b|\bsowie\b|\bplus\b|\+|,)\s*(?P<n>\d{{1,3}}|{WORD_NUMBER})\s+"
    r"(?:weitere\s+|other\s+)?(?:Gäste|Gast|guests?|visitors?|Besucher\w*)\b",
    re.IGNORECASE,
)


# "Anwesende Mitglieder: 12, Gäste: 3", "Members: 9; guests: 2": the guests' own label, a number.
GUESTS_LABEL_COUNT_RE = re.compile(
    r"\s*[,;]\s*(?:Gäste|Gast|guests?|visitors?|Besucher\w*)\s*:\s*(?P<n>\d{1,3})\b(?!\s*[:.]\d)",
    re.IGNORECASE,
)


def _number(text: str) -> int:
    return int(text) if text.isdigit() else NUMBER_WORDS[text.lower()]


def label_count(rest: str) -> int | None:
    """The number a label of those present states, guests included, or None.

    "Anwesend: 12 Mitglieder und zwei Gäste" is 14, "Present: 9 of 11 members" 9,
    "Teilnehmende: ca. 20" 20; names after the label state no number.
    """
    m = LEAD_COUNT_RE.match(rest)
    if not m:
        return None
    n = _number(m["n"] or m["w"])
    guests = GUESTS_RE.search(rest, m.end()) or GUESTS_LABEL_COUNT_RE.search(rest, m.end())
    return n + _number(guests["n"]) if guests else n


# A list of those present goes on below its label's line: the line ends with a comma, a
# bracket is still open, a word is split at a hyphen, or the next line is a list of names too.
_LIST_GOES_ON_RE = re.compile(r"(?:[,;&]|\b(?:und|and|sowie))\s*$")
_NOT_NAMES_RE = re.compile(r"^(?:[-*•+#|>]|\d{1,2}[.)]\s)|:|https?://|\d[\d:.]*\s*(?:Uhr|am|pm)\b")
_NAME_PART_RE = re.compile(r"^(?:[A-ZÄÖÜ][\w'’.-]*|[A-Z0-9]{3,}|van|von|de|der|zu|da|di|del)$")
# "Members", "Board members", "Mitglieder" alone after the label: the names follow below.
_GROUP_WORD_RE = re.compile(
    r"^(?:(?:Board|Council|Committee|Club|Vorstands?)\s*)?(?:Members|Mitglieder)\W*$", re.I
)
# "Sara Berg, President" on each line: one person and the office they hold.
OFFICE_RE = re.compile(
    # "Acting Library Director", "Recording Secretary": an office may name its field first.
    r"^(?:Vice[- ]?|Deputy\s+|Acting\s+)?(?:[A-Z][a-z]+\s+)?(?:"
    + alt("office", "minutes_office", "seat_office")
    + r"|"
    r"(?:Board|Council|Committee)\s+Member|Member)$",
    re.IGNORECASE,
)
# "Anwesend: Anna, Ben; entschuldigt: Carla": those excused are no part of the list.
_ABSENT_TAIL_RE = re.compile(
    r"[;,.]?\s*\b(?:" + alt("absent") + r"|nicht\s+anwesend|es\s+fehl(?:t|en))\b\s*:.*$"
    # "Present – Anna, Ben; Absent – Carla": a roll call's parts set off by dashes.
    r"|[;.]\s*\b(?:" + alt("absent") + r"|nicht\s+anwesend)\s+[-–—]\s.*$",
    re.IGNORECASE,
)
# "Roll call: Present – Anna, Ben": the word for those there opens the list after the label.
PRESENT_LEAD_RE = re.compile(r"^(?:" + alt("present") + r"|here)\s*(?::|[-–—]\s)\s*", re.IGNORECASE)
_EXCUSED_ENTRY_RE = re.compile(
    r"(?:^|(?<=[,;]))[^,;()]*\(\s*" + alt("absent") + r"[^)]*\)\s*"
    r"(?:[,;]|$)",
    re.IGNORECASE,
)
MAX_LIST_LINES = 40


def names_only(line: str) -> bool:
    """Whether a line holds nothing but names separated by commas ("Anna Berg, Ben Keller")."""
    if _NOT_NAMES_RE.search(line):
        return False
    for part in re.split(r"[,;]|\s+(?:und|and|&)\s+", re.sub(r"\([^)]*\)", "", line)):
        words = part.strip(" .").split()
        if len(words) > 4 or not all(_NAME_PART_RE.match(w) for w in words):
            return False
    return True


# Someone listed by number where the minutes keep a name back: "Member 7", "Guest 2".
_NUMBERED_ONE_RE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,15} \d{1,4}")


def _mostly_names(line: str) -> bool:
    """Whether a line runs a list of names on: two or more commas, no label, bullet or time,
    and two in three of its parts names or numbered people ("Collins, Member 7, Ann Lee,")."""
    s = line.rstrip(" ,")
    if s.count(",") < 2 or _NOT_NAMES_RE.search(s):
        return False
    parts = [x.strip(" .") for x in s.split(",")]
    good = sum(1 for x in parts if x and (names_only(x) or _NUMBERED_ONE_RE.fullmatch(x)))
    return good * 3 >= len(parts) * 2


def wrapped_names(line: str) -> bool:
    """Whether a line below an attendance heading opens a list of names run over the lines.

    "Martin Herren, Jonas Augé, Florian Kammermann," (a PDF's hard wrap) is one; a bullet, a
    table row, a heading, a label or a single name is not.
    """
    s = line.strip()
    if not s or s[0] in "-*•+#|>" or s.count(",") < 2:
        return False
    return names_only(s.rstrip(","))


def _office_lines(first: str, following: list[str]) -> list[str] | None:
    """ "Sara Berg, President" / "Tom Ek, Vice President": one person a line, or None."""
    rows = [first]
    for line in following:
        s = line.strip()
        if not s:
            break
        rows.append(s)
    people = []
    for row in rows:
        name, _, office = row.rpartition(",")
        if not name or not OFFICE_RE.match(office.strip(" .")) or not names_only(name):
            return None
        people.append(f"{name.strip()} ({office.strip(' .')})")
    return people if len(people) >= 2 else None


# "Pam Wellman and property manager, McKinzie Baker": after a name, "and" and a role.
_AND_ROLE_RE = re.compile(r"(\b[A-ZÄÖÜ][a-zäöüß]{1,30}),?\s+(?:and|und)\s+(?=[a-zäöü])")


def _surname_wrapped(text: str, below: str) -> bool:
    """Whether the line below a list of full names is the last one's family name alone."""
    if not re.fullmatch(r"[A-ZÄÖÜ][\w'’-]+\.", below.strip()):
        return False
    parts = [x.split() for x in re.split(r"[,;]|\s(?:and|und)\s", text) if x.strip()]
    return len(parts) >= 3 and all(len(x) >= 2 for x in parts[:-1])


def attendance_text(rest: str, following: list[str]) -> str:
    """The text of a label of those present with the lines that carry its list on.

    "Present: Anna Berg, Ben Keller," / "Carla Diaz and Dora Ek." reads as one list, a name
    wrapped at the line's end ("John" / "Chandler, …") as one name, "Sara Berg, President" on
    each line as one person a line, names set in columns as names apart; "und"/"and" between
    names separate them like commas, guests named inline ("Guests: …") count, and those
    excused ("entschuldigt: …", "Anna (entschuldigt)") are dropped.
    """
    text = _columns(rest.strip())
    grouped = bool(_GROUP_WORD_RE.match(text))
    if grouped:
        text = ""
    ahead = next((x.strip() for x in following[:3] if x.strip()), "")
    if not text and _COLUMN_GAP_RE.search(ahead) and names_only(_columns(ahead)):
        grouped = True  # "Present:" over names set in two columns
    if (text or grouped) and (offices := _office_lines(text, following[:MAX_LIST_LINES])):
        return "; ".join(offices)
    separated = bool(re.search(r"[,;]|\s(?:und|and)\s", text))
    if text or grouped:
        for line in following[:MAX_LIST_LINES]:
            s = _columns(line.strip())
            if not s or len(text) > 4000:
                if not s and not text:
                    continue
                break
            if text.endswith("-") and s[:1].islower():
                text = text[:-1] + s  # "Henning Mol-" / "denhauer": a word split at the line's end
            elif text.count("(") > text.count(")") or (text and _LIST_GOES_ON_RE.search(text)):
                text = f"{text} {s}"
            elif text and _GUESTS_LINE_RE.match(s) and names_only(_GUESTS_LABEL_RE.sub("", s)):
                text = f"{text}, {s}"  # "Als Gast: Felix Kupferschmidt" below the members
            elif names_only(s) or (text.count(",") >= 2 and _mostly_names(s)):
                # A list's line run on: names, or mostly names with a placeholder among them
                # ("Collins, Serge Wroclawski, Member 7, Katie Bechtold").
                last = re.split(r"[,;]", text)[-1].split() if text else []
                first = re.split(r"[,;]", s)[0].split()
                # A lone word each side of the break is one name wrapped ("Alan" / "Heath"); so
                # is a lone word that ends a list of full names ("… and County Councillor
                # Joseph" / "Davies.").
                glue = (
                    " "
                    if text and len(first) == 1 and (len(last) == 1 or _surname_wrapped(text, s))
                    else ", "
                )
                text = f"{text}{glue}{s}" if text else s
            else:
                break
            separated = separated or bool(re.search(r"[,;]|\s(?:und|and)\s", line))
            if text.endswith("."):
                break
    text = _ABSENT_TAIL_RE.sub("", text)
    text = PRESENT_LEAD_RE.sub("", text)
    text = _EXCUSED_ENTRY_RE.sub("", text).strip(" ,;")
    text = _GUESTS_LABEL_RE.sub(", ", text)
    if "," in text or ";" in text or not LEAD_COUNT_RE.match(text):
        # "Anna, Ben und Carla", "Tom and Jerry": joined names are names apart.
        # "…, and 3 guests": the unnamed ones counted apart, the "and" no name.
        text = re.sub(r",?\s+(?:und|and|sowie|&)\s+(?=[A-ZÄÖÜ]|\d)", ", ", text)
        # "Pam Wellman and property manager, McKinzie Baker": a name, then someone by role.
        text = _AND_ROLE_RE.sub(r"\1, ", text)
    if not separated:
        # "Gordon Farrell Billy Leung" / "Joanne Parkinson": a PDF ran two columns together.
        text = ", ".join(_pairs(part.strip()) for part in text.split(","))
    return text.rstrip(".")


# Two or more spaces between names: columns of a list ("Ilona Brack      Bertram Quell").
_COLUMN_GAP_RE = re.compile(r"(?<=[\w.)])[ \t]{2,}(?=[A-ZÄÖÜ])")
# "Anna Berg. Guests: Tom Ek", "; Gäste: Tom Ek": guests named on the same line count too.
_GUESTS_LABEL_RE = re.compile(
    r"\s*[.;,]?\s*\b(?:(?:als|as)\s+)?(?:Guests?|Gäste|Gast|Visitors?|Also\s+present|"
    # "… C Imrie. In attendance: D Jessop (Clerk)": those there beside the members.
    r"Others\s+present|(?<=[.;]\s)In\s+attendance|(?<=[.;])In\s+attendance)\s*:\s*",
    re.IGNORECASE,
)
_GUESTS_LINE_RE = re.compile(r"^" + _GUESTS_LABEL_RE.pattern.removeprefix(r"\s*[.;,]?\s*"), re.I)


_NO_NAME_WORDS = {"All", "Alle", "Board", "Members", "Member", "Mitglieder", "Present", "Staff",
                  "Committee", "Council", "Vorstand", "Guests", "Gäste", "Officers"}  # fmt: skip


def _columns(line: str) -> str:
    return _COLUMN_GAP_RE.sub(", ", line) if "  " in line or "\t" in line else line


def _pairs(part: str) -> str:
    """Four or six capitalised words without separators are two or three two-word names."""
    words = part.split()
    if (
        len(words) in (4, 6)
        and all(w[:1].isupper() and w.isalpha() for w in words)
        and not _NO_NAME_WORDS.intersection(words)
    ):
        return ", ".join(" ".join(words[k : k + 2]) for k in range(0, len(words), 2))
    return part
