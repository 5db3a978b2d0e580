"""The running text of one agenda item: re-flow, links, decisions, tasks, attachments."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import decisions, names, offices, tasks
from . import votes as vote_forms
from .alternation import Needs, fold_case, lowered, opens, word_finder
from .dates import find_dates
from .limits import check_time
from .vocabulary import alt

LINK_LINE_RE = re.compile(r"^<?(?:https?://\S+|mailto:\S+|www\.[\w-]+\.\S+)>?$", re.IGNORECASE)
# "http://", "https://", "mailto:" or "www." (not inside a word or address), any case. The
# first letter alone opens the pattern, so the scan skips the text between links fast
# (a lookbehind first made it try every character).
URL_RE = re.compile(
    r"[hHmMwW](?:(?<=[hH])(?i:ttps?://)|(?<=[mM])(?i:ailto:)|(?<=[wW])(?<![\w./@-].)(?i:ww\.))"
    r"[^\s<>\"“”„()\[\]]+"
)
# "*" opens a list item only before a space: "**Beschluss:** …" is bold text, not a bullet.
BULLET_RE = re.compile(r"^(?:[•·▪◦●○■□‣⁃➢➤►▶→✓\-–]|->)\s*(?=\S)|^\*\s+(?=\S)")
NUMBERED_RE = re.compile(r"^(?:\d{1,2}|[a-z])[.)]\s+\S")
TABLE_RE = re.compile(r"^\|")
LABEL_RE = re.compile(r"^[A-ZÄÖÜ][\wäöüßÄÖÜ\-/*& ]{0,40}:(?:\s|$)")
VOTE_LABEL_RE = re.compile(r"^" + alt("vote_label") + r"\b", re.IGNORECASE)
# "5 Ja- und 2 Nein-Stimmen bei 1 Enthaltung", "7 votes for, 2 against and 1 abstention".
VOTE_WORDS_RE = re.compile(
    r"(?P<y>\d+)\s*(?:x\s*|votes?\s+|Stimmen\s+)?" + alt("vote_yes") + r"\b-?[,;/ ]*\s*"
    r"(?:(?:und|and)\s+)?(?P<n>\d+)\s*-?\s*(?:x\s*|votes?\s+|Stimmen\s+)?"
    + alt("vote_no")
    + r"\b[,;/ ]*\s*"
    r"(?:(?:and\s+|und\s+|bei\s+|with\s+)?(?P<a>\d+)\s*(?:x\s*)?(?:Stimm)?"
    + alt("vote_abstain")
    + r")?",
    re.IGNORECASE,
)
# "Ja: 7, Nein: 0", "Aye-4 (Welch, Kennedy, Hodges, Turnbow) Nay-0": a label, then the count.
_WHO = r"(?:\s*\([^()\n]{0,200}\))?"
VOTE_LABELS_RE = re.compile(
    r"\b"
    + alt("vote_yes")
    + r"\s*[:\-–]?\s*(?P<y>\d+)"
    + _WHO
    + r"\s*[,;/]?\s*"
    + alt("vote_no")
    + r"\s*[:\-–]?\s*(?P<n>\d+)"
    + _WHO
    + r"\s*[,;/]?\s*"
    r"(?:" + alt("vote_abstain") + r"\s*[:\-–]?\s*(?P<a>\d+))?",
    re.IGNORECASE,
)
VOTE_SLASH_RE = re.compile(
    r"(?:" + alt("vote_label") + r"|Ergebnis|Result)\w*\s*:?\s*\(?\s*"
    # not a clock time ("Ergebnis: 12:30:00") nor a date ("Result 12/30/2020")
    r"(?!(?:[01]?\d|2[0-3]):[0-5]\d:[0-5]\d\b|\d{1,2}/\d{1,2}/\d{4}\b)"
    r"(?P<y>\d+)\s*[/:]\s*(?P<n>\d+)\s*[/:]\s*(?P<a>\d+)",
    re.IGNORECASE,
)
_DIGIT_RE = re.compile(r"\d")
EMPHASIS_LABEL_RE = re.compile(r"^(\*\*|__|\*|_)([^*_\n]{1,40}?:?)\1(?:\s*:)?(?=\s|$)")
VOTE_WORDS_STRIP_RE = re.compile(
    alt("vote_yes", "vote_no", "vote_abstain", "vote_label") + r"|Stimmen?|votes?|keine", re.I
)
UNANIMOUS_RE = re.compile(r"\b" + alt("unanimous") + r"\b", re.IGNORECASE)

# "Beschluss: …", "BESCHLUSS: …", "Decision: …", "DECISION: …".
DECISION_LABEL_RE = re.compile(
    r"^(?P<label>" + alt("decision_label") + r")\b[^:]{0,30}:\s*(?P<rest>.*)$", re.IGNORECASE
)
# A heading over a list of decisions: "### Festlegungen", "## Decisions", "Beschlüsse".
DECISION_SECTION_RE = decisions.DECISION_SECTION_RE
# Labels of a formal decision taken by vote (Beschluss); the others record an agreement.
RESOLUTION_LABEL_RE = re.compile(r"^(?:Beschl|Resol)", re.IGNORECASE)
DECISION_SENTENCE_RE = re.compile(
    r"^(?:Die|Der|Das)\s+(?P<who>[^:.!?]{1,60}?)\s+(?P<verb>" + alt("decision_verb") + r")\b"
    r"(?:(?P<tail>[^:\d]{0,40}?)(?P<colon>:))?\s*(?P<rest>.*)$",
)
REJECTED_RE = re.compile(alt("rejected"), re.IGNORECASE)
POSTPONE_RE = re.compile(alt("postponed"), re.IGNORECASE)
OUTCOME_RE = re.compile(r"\b(?:abgelehnt|angenommen|zugestimmt)\b|keine Stimmen?,? die dafür")
MOTION_RE = re.compile(r"^Antrag\b[^:]{0,60}:")
# A motion to put a matter off: "moved to table the discussion", "a motion to postpone".
TABLE_MOTION_RE = re.compile(
    r"\b(?:moved|moves|motion(?:ed)?)\s+to\s+(?:table|postpone)\b", re.IGNORECASE
)
# A decision told again as the consequence of the one just recorded: "Der Vorstand wurde damit
# entlastet", "Damit ist der bisherige Vorstand entlastet", "… and were thus re-elected".
CONSEQUENCE_RE = re.compile(r"\b(?:damit|somit|thus|thereby)\b", re.IGNORECASE)
TASK_LABEL_RE = re.compile(
    r"^(?:(?:still|noch|open|offene|weitere|new|neue|remaining)\s+)?"
    r"(?:(?-i:TODO|ToDo|To-?Do|Todo)s?\b\s*:?|(?:"
    + alt("task_todo", "task_label")
    + r")\s*:)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# "Anlage 1", "Anlagen 2 und 3", "Anhang 4 bis 6". The "A" opens the pattern (a word
# boundary first made the scan try every character).
ATTACHMENT_RE = re.compile(
    r"(?P<word>A(?<=\bA)(?:nlagen?|nh(?:ang|änge)))\s+"
    r"(?P<nums>\d+(?:\s*(?:,|und|bis|sowie|&|-|–)\s*\d+)*)"
)
STATUS_SUBJECT_RE = re.compile(
    r"^(?:Die Vorstellung|Der (?:Tagesordnungs)?[Pp]unkt|Der TOP|TOP \d+|Das Thema|Die Präsentation|"
    r"Der Bericht|Der Vortrag|Die Beratung|Die Diskussion|Dieser Punkt|Die Behandlung)\b"
)
WITHDRAWN_RE = re.compile(r"\bentfällt\b|\bzurückgezogen\b|\babgesetzt\b", re.IGNORECASE)
OWNER_LABEL_RE = re.compile(
    r"\b" + alt("owner_label") + r"\s*:\s*(?P<who>[^;,()\n]+)", re.IGNORECASE
)
# "Verantwortlich: Name, Termin: 15.01.2023" under a decision: who carries it out, by when.
RESPONSIBLE_RE = re.compile(r"^" + alt("owner_label") + r"\s*:\s*\S", re.IGNORECASE)
# The characters a match of each label pattern can begin with (alternation.opens): a line's
# first character rules most lines out before the regex engine is called for them (some
# 1,400 instructions a call, most of them before the engine looks at the line).
_BULLET_OPENS = opens(BULLET_RE)
_VOTE_LABEL_OPENS = opens(VOTE_LABEL_RE)
_DECISION_LABEL_OPENS = opens(DECISION_LABEL_RE)
_RESPONSIBLE_OPENS = opens(RESPONSIBLE_RE)
CONT_WORDS = {
    "der", "die", "das", "den", "dem", "des", "und", "oder", "im", "in", "am", "an", "auf",
    "für", "von", "vom", "zur", "zum", "zu", "mit", "bei", "nach", "über", "unter", "aus",
    "als", "wie", "dass", "ob", "sowie", "bzw.", "ein", "eine", "einer", "eines", "einem",
    "einen", "–", "-", "&", "sodass", "damit", "um", "bis", "gegen", "ohne", "durch",
}  # fmt: skip
# English titles and a capital initial ("proposed by G. Clere and seconded by Mrs. C. Cann",
# "Robert Barton, Jr. Craig Strawser second") end no sentence either.
ABBREV_RE = re.compile(
    r"(?:\b(?:z|u|d|o|v|s|bzw|ggf|vgl|evtl|ca|inkl|etc|usw|Nr|Prof|Dr|Hr|Fr|Dipl|Ing|bspw|Bsp|"
    r"[A-Z]|Mr|Mrs|Ms|Messrs|Jr|Sr|Cllr|Rev|"
    r"i|e|g|a|ff|Abs|Kap|ebd|sog|insb|max|min|zzgl|gem|lt|geb|St|Std|Mio|Mrd|Tel|Jan|Feb|Apr|"
    r"Aug|Sep|Sept|Okt|Nov|Dez|engl|allg|bzgl|gez)\.|(?<!\d\d)\d\.)$"
)


# The words ABBREV_RE names, to look the word before a full stop up in: one lookup, where
# the pattern tried its branches at each of the last twelve characters (split_sentences).
_ABBREVIATIONS = frozenset(
    "z u d o v s bzw ggf vgl evtl ca inkl etc usw Nr Prof Dr Hr Fr Dipl Ing bspw Bsp Mr Mrs Ms "
    "Messrs Jr Sr Cllr Rev i e g a ff Abs Kap ebd sog insb max min zzgl gem lt geb St Std Mio "
    "Mrd Tel Jan Feb Apr Aug Sep Sept Okt Nov Dez engl allg bzgl gez".split()
) | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w is to the regex engine


def _abbreviation_ends(text: str, lo: int, end: int) -> bool:
    """Whether ABBREV_RE.search(text, lo, end) finds an abbreviation ending at end: the word
    before the full stop whole (a word boundary before it, after lo) one of _ABBREVIATIONS,
    or a digit not preceded by two ("3." of "3. Oktober", not of "2023.")."""
    k = end - 1
    if k <= lo or text[k] != ".":
        return False
    j = k
    while j > lo and _is_word_char(text[j - 1]):
        j -= 1
    if (
        j < k
        and text[j:k] in _ABBREVIATIONS
        and (j > lo or j == 0 or not _is_word_char(text[j - 1]))
    ):
        return True
    return text[k - 1].isdecimal() and not (
        k >= 3 and text[k - 3].isdecimal() and text[k - 2].isdecimal()
    )


@dataclass
class Para:
    """A re-flowed block: a paragraph, a list item or a table row."""

    kind: str  # "para", "bullet", "table"
    text: str
    last_len: int = 0
    depth: int = 0  # indentation of a list item: nested items are details of the one above


@dataclass
class ItemContent:
    """What the reader takes from one item's text."""

    minutes: str = ""
    paras: list[Para] = field(default_factory=list)
    decisions: list[dict] = field(default_factory=list)
    tasks: list[dict] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    status: str = "discussed"


def clean_url(url: str) -> str:
    """Strip brackets and trailing punctuation from a URL found in text."""
    return url.strip("<>").rstrip(".,;:!?)“”\"'")


def link_key(url: str) -> str:
    """Return the part of a link that running text would mention (host/path or address)."""
    key = re.sub(r"^(?:https?://|mailto:)", "", url, flags=re.IGNORECASE)
    key = re.sub(r"^www\.", "", key, flags=re.IGNORECASE)
    return key.rstrip("/").lower()


# What a link line opens with (LINK_LINE_RE, in any case): "<", "http", "mailto:", "www.".
_LINK_FIRST = frozenset("<hHmMwW")


def is_link_line(line: str) -> bool:
    """Tell whether a line is nothing but one URL or mailto: address."""
    s = line.strip()
    # Most lines are prose opening with another letter: one look at it, no pattern.
    return s[:1] in _LINK_FIRST and LINK_LINE_RE.match(s) is not None


def ends_sentence(text: str) -> bool:
    """Tell whether text ends with sentence-final punctuation."""
    t = text.rstrip().rstrip("\"'“”»«)*_ ")
    return bool(t) and t[-1] in ".!?"


_ARTICLES = ("Die ", "Der ", "Das ")
_NUMBER_ENDS = frozenset(".)")


_UNTRIED = object()  # a pattern the caller has not tried on the line yet


def _decision_label(text: str) -> re.Match | None:
    """DECISION_LABEL_RE.match(text), tried only where its first character and colon stand."""
    if ":" not in text or text[:1] not in _DECISION_LABEL_OPENS:
        return None
    return DECISION_LABEL_RE.match(text)


def _vote_label(text: str) -> re.Match | None:
    """VOTE_LABEL_RE.match(text), tried only where its first character stands."""
    return VOTE_LABEL_RE.match(text) if text[:1] in _VOTE_LABEL_OPENS else None


def _motion(text: str) -> re.Match | None:
    """MOTION_RE.match(text), tried only where the text opens with "Antrag"."""
    return MOTION_RE.match(text) if text[:6] == "Antrag" else None


def _task_label(text: str) -> re.Match | None:
    """TASK_LABEL_RE.match(text), tried only where it can match: its label words need a
    colon after them, a "TODO", "ToDo", "To-Do" or "Todo" (in that case) none."""
    if ":" not in text and "To" not in text and "TO" not in text:
        return None
    return TASK_LABEL_RE.match(text)


def _is_block_start(
    line: str, gap: str | None = "blank", *, bullet=_UNTRIED, table=_UNTRIED
) -> bool:
    # bullet, table: what BULLET_RE and TABLE_RE found on the line where reflow tried them.
    # Most lines are prose with no colon: the labels need one, so they are not tried there.
    colon = ":" in line
    # "Label: text" opens a block only after a gap; inside a wrapped paragraph it is prose.
    label = colon and LABEL_RE.match(line) and (gap is not None or line.rstrip().endswith(":"))
    return bool(
        label
        or ((line[:1] in _BULLET_OPENS and BULLET_RE.match(line)) if bullet is _UNTRIED else bullet)
        # NUMBERED_RE's "." or ")" stands second or third: one look there before the pattern.
        or ((line[1:2] in _NUMBER_ENDS or line[2:3] in _NUMBER_ENDS) and NUMBERED_RE.match(line))
        or (TABLE_RE.match(line) if table is _UNTRIED else table)
        or line.startswith("#")
        or (colon and line[:1] in _DECISION_LABEL_OPENS and DECISION_LABEL_RE.match(line))
        or _task_label(line)
        or (line[:1] in _VOTE_LABEL_OPENS and VOTE_LABEL_RE.match(line))
        or (colon and _motion(line))
        or (colon and line[:4] in _ARTICLES and DECISION_SENTENCE_RE.match(line))
        or (line.endswith(":") and tasks.DUE_LEAD_RE.match(line.replace("*", "")))
    )


def _label_run(prev: Para, line: str) -> bool:
    """A "Name: text" line right under another one-line "Name: text" is a line of its own.

    "Vova: GUI-Entwürfe" / "Tina: Testfälle": a list of label lines, not wrapped prose.
    """
    return (
        prev.kind == "para"
        and prev.last_len == len(prev.text)
        and ":" in line  # LABEL_RE's colon
        and LABEL_RE.match(line) is not None
        and LABEL_RE.match(prev.text) is not None
        # "Anna Beispiel: 5 Ja-Stimmen, …" under each other stay one list of results.
        and vote_forms.listed_start(line) is None
    )


def _join(a: str, b: str) -> str:
    # A line-end hyphen stays ("OM-\nLieferanten", "kidd-\nprozess.de"), but no space follows it.
    if a.endswith("-") and not a.endswith(" -") and len(a) > 1 and a[-2].isalnum():
        return a + b
    return a + " " + b


def _should_join(prev: Para, line: str, gap: str | None, width: int, hard_gaps: bool) -> bool:
    p = prev.text.rstrip()
    if prev.kind == "table" or not p:
        return False
    if p.endswith(":") or p[:1] == "#":
        return False  # a label or a heading ends where its line ends, however long
    if p.endswith("-") and not p.endswith(" -"):
        return True
    if gap is None:
        return True
    if hard_gaps or ends_sentence(p):
        return False
    if line[:1].islower():
        return True
    # The last word alone: splitting the paragraph joined so far into all its words, twice a
    # line, grew with every line joined to it.
    words = p.rsplit(None, 1)
    last = words[-1].lower() if words else ""
    if p.endswith(",") or last in CONT_WORDS:
        return True
    # A blank line after a full-width line is a PDF artefact, not a paragraph end.
    return gap == "blank" and prev.last_len >= 0.8 * width


def reflow(lines: list[str], *, width: int, hard_gaps: bool) -> tuple[list[Para], list[list[str]]]:
    """Re-flow broken lines into paragraphs; return them and the link blocks taken out."""
    paras: list[Para] = []
    blocks: list[list[str]] = []
    gap: str | None = None
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i].strip()
        if not line or line == "\f":
            gap = gap or "blank"
            i += 1
            continue
        if is_link_line(line):
            j = i
            while j < n and is_link_line(lines[j].strip()):
                j += 1
            block = [clean_url(x.strip()) for x in lines[i:j]]
            prev_line = paras[-1].text if paras else ""
            next_blank = j >= n or not lines[j].strip()
            # One URL on its own line after "unter:" is part of the text; blocks are page footers.
            inline = (
                len(block) == 1
                and not block[0].lower().startswith("mailto:")
                and prev_line.rstrip().endswith(":")
                and (gap is not None)
                and next_blank
            )
            blocks.append(block)
            if inline:
                paras.append(Para("para", block[0], len(block[0])))
                gap = None
            else:
                gap = "page"
            i = j
            continue
        bullet = BULLET_RE.match(line) if line[:1] in _BULLET_OPENS else None
        if bullet and not line.startswith(("-- ", "---")):
            indent = len(lines[i]) - len(lines[i].lstrip())
            paras.append(Para("bullet", "- " + line[bullet.end() :], len(line), indent))
        elif line[:1] == "|":  # TABLE_RE
            paras.append(Para("table", line, len(line)))
        elif (
            paras
            and gap is None
            and paras[-1].kind == "bullet"
            and paras[-1].text.endswith(("Action:", "ACTION:", "Aktion:"))
        ):
            # "- Contact Ron … Action:" / "    Mel Leitch by 03 Nov": the owner wrapped below.
            paras[-1].text = _join(paras[-1].text.rstrip(), line)
            paras[-1].last_len = len(line)
        elif (
            paras
            and gap is None
            and lines[i][:1] == "\t"
            and (
                paras[-1].kind == "bullet"
                or (paras[-1].kind == "para" and paras[-1].text.rstrip().endswith(":"))
            )
            and (not line[:1].islower() or _NAME_COLON_RE.match(line))
            and not tasks.STANDUP_DONE_RE.match(line)
            and not tasks.STANDUP_PLAN_RE.match(line)
        ):
            # "* Finanzen" over "<tab>Moritz holt die Verträge": a note under the list item, as
            # notes typed in a pad are indented; each such line is one (a wrap has no tab).
            # So are the tab-indented lines under a label ("Individuelle Ziele:" over
            # "<tab>Caro<tab>: Babysteps", "<tab>dokuh100 : Refactor").
            paras.append(Para("bullet", "- " + line, len(line), len(lines[i]) - len(line)))
        elif (
            not paras
            or _is_block_start(line, gap, bullet=bullet, table=None)  # no table row: tried above
            or _label_run(paras[-1], line)
        ):
            paras.append(Para("para", line, len(line)))
        elif _should_join(paras[-1], line, gap, width, hard_gaps):
            paras[-1].text = _join(paras[-1].text.rstrip(), line)
            paras[-1].last_len = len(line)
        else:
            paras.append(Para("para", line, len(line)))
        gap = None
        i += 1
    for p in paras:
        if ":" in p.text:  # what "mailto:" needs; most paragraphs have no colon
            p.text = _MAILTO_RE.sub("", p.text)
        if "  " in p.text or "\t" in p.text:
            p.text = _SPACES_RE.sub(" ", p.text)
        p.text = p.text.strip()
    return paras, blocks


_MAILTO_RE = re.compile(r"mailto:", re.IGNORECASE)
# "dokuh100 : Refactor", "Kai C.<tab>: Tracker": a name or handle, then its colon.
_NAME_COLON_RE = re.compile(r"^[\w.-]{2,30}(?:\s[\w.-]{1,20})?\s*:\s")
_SPACES_RE = re.compile(r"[ \t]{2,}")
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[A-ZÄÖÜ„\"])")


def render(paras: list[Para]) -> str:
    """Render paragraphs as Markdown; list items and table rows stay together."""
    out: list[str] = []
    prev: Para | None = None
    for p in paras:
        if prev is not None:
            same = p.kind == prev.kind and p.kind in ("bullet", "table")
            out.append("\n" if same else "\n\n")
        out.append(p.text)
        prev = p
    return "".join(out)


# An amount closing a sentence is no ordinal ("… our share is £609.48. AGREED to pay …"):
# a currency sign or three digits before the decimals, never a date ("am 12.03.").
DECIMAL_END_RE = re.compile(r"(?:[£$€]\s?\d{1,3}|\d{3})[.,]\d\d\.$")


# The sentences of the paragraphs split in the read under way: analyse, item_status and
# commitments split the same paragraphs again. Emptied when a read begins (forget_sentences).
_SPLIT: dict[str, tuple[str, ...]] = {}


def forget_sentences() -> None:
    """Drop the sentences of the texts read before: no read finds another's."""
    _SPLIT.clear()


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping abbreviations like "z.B." and "Prof." whole."""
    known = _SPLIT.get(text)
    if known is None:
        if len(_SPLIT) > 20000:
            _SPLIT.clear()  # called outside a read (tests, tools): never grows without bound
        known = _SPLIT[text] = tuple(_split_sentences(text))
    return list(known)


def _split_sentences(text: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for m in _SENTENCE_END_RE.finditer(text):
        check_time()
        # An abbreviation ends at the full stop: look at its last characters only (searching
        # all of a sentence that keeps growing past "Dr." after "Dr." was quadratic).
        if _abbreviation_ends(text, max(start, m.end() - 12), m.end()) and not (
            DECIMAL_END_RE.search(text, max(start, m.end() - 12), m.end())
        ):
            continue
        parts.append(text[start : m.end()].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        parts.append(tail)
    return parts


# "mit 10 Ja-Stimmen und einer Enthaltung", "14 Pro, 1 Enthaltung": no count against.
VOTE_YES_ABSTAIN_RE = re.compile(
    r"(?P<y>\d{1,3})\s*" + alt("vote_yes") + r"\b[^.\d]{0,25}?"
    r"(?:(?P<n>\d{1,3})\s*" + alt("vote_no") + r"\b[^.\d]{0,25}?)?"
    r"(?P<a>\d{1,3}|eine[rn]?|one|keine[rn]?|no)\s+" + alt("vote_abstain"),
    re.IGNORECASE,
)
# "Vote: Yes (7) Duhe, Moore, … Abstain: (1) Duhe. No: (2) Moore, Tran." (US commissions)
VOTE_PARENS_RE = re.compile(
    r"\b(?P<w>yes|ayes?|noes|no|nays?|abstain(?:ed|s)?|abstentions?)\s*:?\s*\(\s*(?P<n>\d{1,3})\s*\)",
    re.IGNORECASE,
)
_NUMBER_WORDS = {
    "eine": 1,
    "einer": 1,
    "einen": 1,
    "one": 1,
    "keine": 0,
    "keiner": 0,
    "keinen": 0,
    "no": 0,
}


# The count patterns, each with the words it needs (alternation.Needs): a text of a vote's
# digits without them is not scanned by them character by character.
_COUNT_PATTERNS = tuple(
    (rx, Needs(rx))
    for rx in (VOTE_SLASH_RE, VOTE_WORDS_RE, VOTE_LABELS_RE, vote_forms.STIMMEN_GEGEN_RE)
)
_YES_ABSTAIN_NEEDS = Needs(VOTE_YES_ABSTAIN_RE)
_PARENS_NEEDS = Needs(VOTE_PARENS_RE)


def parse_votes(text: str) -> dict[str, int] | None:
    """Read "7 ja, 0 nein, 1 Enthaltung", "Ja: 7, Nein: 0" or "Abstimmung: 5/0/1".

    Also counts in words ("mit zwei Stimmen, einer Gegenstimme") and roll calls that name
    the voters ("Ayes: Smith, Lee. Noes: none.").
    """
    if _HOLDS_VOTE_HINT(lowered(text)):
        text = vote_forms.numbers_as_digits(text)
        named = vote_forms.roll_call(text) or vote_forms.person_votes(text)
        if named and not _DIGIT_RE.search(text):
            return named
    else:
        named = None
    if not _DIGIT_RE.search(text):
        return None
    text = text.replace("**", " ").replace("__", " ")  # "**Dafür 5** **Dagegen 0**"
    if counted := vote_forms.tally(text):
        return counted  # yes, no and abstentions each named, in whatever order
    folded = fold_case(text)  # once for the words each pattern below needs
    for rx, needs in _COUNT_PATTERNS:
        m = rx.search(text) if needs(text, folded) else None
        if m:
            votes = {"yes": int(m["y"]), "no": int(m["n"]), "abstain": int(m["a"] or 0)}
            return votes if m["a"] else _with_abstentions(votes, text)
    m = VOTE_YES_ABSTAIN_RE.search(text) if _YES_ABSTAIN_NEEDS(text, folded) else None
    if m:
        a = m["a"].lower()
        return {
            "yes": int(m["y"]),
            "no": int(m["n"] or 0),
            "abstain": int(a) if a.isdigit() else _NUMBER_WORDS[a],
        }
    counts: dict[str, int] = {}
    for m in VOTE_PARENS_RE.finditer(text) if _PARENS_NEEDS(text, folded) else ():
        w = m["w"].lower()
        key = "abstain" if w.startswith("abst") else "yes" if w.startswith(("yes", "aye")) else "no"
        counts.setdefault(key, int(m["n"]))
    if "yes" in counts:
        return {
            "yes": counts["yes"],
            "no": counts.get("no", 0),
            "abstain": counts.get("abstain", 0),
        }
    bare = decisions.bare_votes(text)
    return (_with_abstentions(bare, text) if bare else None) or named


def _with_abstentions(votes: dict[str, int], text: str) -> dict[str, int]:
    """Add abstentions told apart from a yes and no count: "mit 7 zu 2 Stimmen bei 1
    Enthaltung", "by 10 votes to 2, with 1 abstention"."""
    if votes["abstain"] or not (told := vote_forms.abstentions(text)):
        return votes
    return {**votes, "abstain": told}


# Words without which a text holds no vote count in words or names (a cheap gate).
_VOTE_HINTS = (
    "stimm", "enthalt", "dafür", "dagegen", "vote", "abst", "favo", "against", "aye", "nay",
    "noes", "opposed", "yes:", "ja:", "nein:",
)  # fmt: skip
# Whether any stands: one pattern, each word entered at its rarest letter (anchored_words).
# ("enthalt" and "noes", of the commonest letters only, by `in`: word_finder.)
_HOLDS_VOTE_HINT = word_finder(_VOTE_HINTS)


# "Meinungsbild", "Straw poll", …: one of the words a straw poll's line needs, tested before the
# pattern (most lines of a decision's body hold none).
_STRAW_POLL_NEEDS = Needs(decisions.STRAW_POLL_RE)
_STANDUP_DONE_OPENS = opens(tasks.STANDUP_DONE_RE)  # "d", "y", "c", "e", "g" in either case
_REJECTED_NEEDS = Needs(REJECTED_RE)  # a word the pattern needs, tested first


def _decision_kind(
    default: str, text: str, votes: dict[str, int] | None, *, labelled: bool = False
) -> str:
    """The kind of a decision; `labelled` when the document's own label or lead gave it."""
    if (_REJECTED_NEEDS(text) and REJECTED_RE.search(text)) or (
        votes and votes["yes"] < votes["no"]
    ):
        return "rejected"
    if re.search(r"\b(?:wird|werden|wurde)\b[^.]{0,60}\bvertagt\b", text) or (
        default != "rejected" and TABLE_MOTION_RE.search(text)
    ):
        return "postponement"  # "Elliot moved to table the discussion …" and it passed
    if votes and default == "agreement" and not labelled and not _decision_label(text):
        # Counted votes: a vote was taken, whatever the verb; but the document's own label
        # decides first ("Die AG Transfer vereinbart:" over the text and its count).
        return "resolution"
    return default


def _emphasis_label(body: str) -> str:
    """A paragraph opened by a run in emphasis, the run read as a label ("**Beschluss** …").

    A run that is the whole paragraph and says a decision was taken ("*Minutes approved*",
    "**Protokoll genehmigt**") is that sentence, set in emphasis; a label alone over what
    follows ("**Decisions**", "**Action items**") stays a label.
    """
    m = EMPHASIS_LABEL_RE.match(body)
    if m is None:
        return body
    inner = m.group(2)
    if (
        m.end() >= len(body.rstrip())
        and not inner.endswith(":")
        and decisions.might_decide(inner)
        and not DECISION_SECTION_RE.match(inner)
        and not TASK_LABEL_RE.match(inner + ":")
        and decisions.sentence_kind(inner)
    ):
        return inner
    return body[: m.start()] + _label_with_colon(m) + body[m.end() :]


def _label_with_colon(m: re.Match) -> str:
    # "**Action point** Need to …" is a label as much as "Action point: Need to …".
    label = m.group(2)
    return label if label.endswith(":") else label + ":"


# One line of a vote told as a list: "Dafür: 11", "Enthalten: 0", "Yes to impeachment: 24 (86%)".
_VOTE_LINE_RE = re.compile(
    r"^[*_\s]*(?P<w>" + alt("vote_yes", "vote_no", "vote_abstain") + r")\b[^:\d\n]{0,30}?"
    r"[*_\s]*:?[*_\s]*(?P<n>\d{1,4})\b[^\n]{0,20}$",
    re.IGNORECASE,
)
_VOTE_KIND = {"vote_yes": "yes", "vote_no": "no", "vote_abstain": "abstain"}


# The count first: "9 Stimmen: Ja", "1 Stimme: Enthaltung", "5 dafür", "0 Gegenstimmen".
_COUNT_FIRST_LINE_RE = re.compile(
    r"^[*_\s]*(?P<n>\d{1,4})\s+(?:Stimmen?\s*:?\s*)?(?P<w>"
    + alt("vote_yes", "vote_no", "vote_abstain")
    + r")(?![\w-])[^\n]{0,20}$",
    re.IGNORECASE,
)


def _vote_line(p: Para) -> tuple[str, str] | None:
    if p.kind != "bullet":
        return None
    m = _VOTE_LINE_RE.match(p.text[2:]) or _COUNT_FIRST_LINE_RE.match(p.text[2:])
    if not m:
        return None
    for key, kind in _VOTE_KIND.items():
        if re.fullmatch(alt(key), m["w"], re.IGNORECASE):
            return kind, m["n"]
    return None


def _join_vote_lists(paras: list[Para]) -> list[Para]:
    """Join a vote told as list items ("- Dafür: 11", "- Dagegen: 0", …) into one item."""
    out: list[Para] = []
    i, n = 0, len(paras)
    while i < n:
        if paras[i].kind == "table" and (sides := _side_table(paras, i)):
            # "| Ja | 86 |" / "| Nein | 0 |" / "| Enthaltungen | 0 |": the same vote one side
            # a line, set as a table by Word or by the PDF's layout.
            text, i = sides
            out.append(Para("para", text, len(text), 0))
            continue
        j = i
        while (
            j < n and j - i < 3 and paras[j].kind == "para" and vote_forms.side_line(paras[j].text)
        ):
            j += 1
        if j - i >= 2:
            # "Stimmen für Anna: 10" / "Stimmenthaltungen: 1" / "Gegenstimmen: 1", one a line:
            # one paragraph, in the lines' own words.
            text = "; ".join(q.text for q in paras[i:j])
            out.append(Para("para", text, len(text), paras[i].depth))
            i = j
            continue
        j, seen = i, {}
        while j < n and j - i < 3 and (line := _vote_line(paras[j])) and line[0] not in seen:
            seen[line[0]] = line[1]
            j += 1
        if "yes" in seen and len(seen) >= 2:
            text = ", ".join(
                f"{w}: {seen[k]}"
                for k, w in (("yes", "Ja"), ("no", "Nein"), ("abstain", "Enthaltung"))
                if k in seen
            )
            if "no" not in seen:
                text = text.replace(", Enthaltung", ", Nein: 0, Enthaltung")
            out.append(Para("bullet", "- " + text, len(text), paras[i].depth))
            i = j
            continue
        out.append(paras[i])
        i += 1
    return out


_TABLE_RULE_RE = re.compile(r"^\|?\s*:?-{2,}")


def _side_table(paras: list[Para], i: int) -> tuple[str, int] | None:
    """A table of two or three rows, each a side of a vote and its count ("| Ja | 86 |"),
    as the side lines it stands for ("Ja: 86; Nein: 0; Enthaltungen: 0") and the index
    after it; None for any other table."""
    lines: list[str] = []
    j = i
    while j < len(paras) and paras[j].kind == "table" and j - i < 5:
        row = paras[j].text.strip()
        if not _TABLE_RULE_RE.match(row):
            cells = [c.strip(" *_") for c in row.strip("|").split("|")]
            cells = [c for c in cells if c]
            if len(cells) != 2 or not cells[1].isdigit():
                return None
            line = f"{cells[0]}: {cells[1]}"
            if not vote_forms.side_line(line.lower()):
                return None
            lines.append(line)
        j += 1
    if j < len(paras) and paras[j].kind == "table":
        return None  # a longer table: results of something else
    if not 2 <= len(lines) <= 3:
        return None
    return "; ".join(lines), j


def _result_line(text: str) -> list[tuple[str, dict[str, int]]]:
    """One candidate's result on its own line ("Max Muster: 8 dafür, 2 dagegen"), or []."""
    m = vote_forms.listed_start(text)
    if m is None or m.start() != 0 or len(m["who"].split()) < 2 or _vote_label(text):
        return []  # "Abstimmung: 5/0/1" is the vote of the motion above, no candidate's
    counted = parse_votes(text[m.end() :])
    return [(m["who"], counted)] if counted else []


def _decided_after(paras: list[Para], i: int) -> tuple[int, str, str] | None:
    """The decision told in one of the two paragraphs after the votes at i, if any."""
    for k in (i + 1, i + 2):
        if k >= len(paras) or paras[k].kind == "table" or paras[k].text.startswith("#"):
            return None
        body = paras[k].text[2:] if paras[k].kind == "bullet" else paras[k].text
        if decisions.might_decide(body):
            for sentence in split_sentences(body):
                kind = decisions.sentence_kind(sentence)
                if kind:
                    return k, sentence, kind
            return None
        if paras[k].kind != "bullet":
            return None
    return None


def _sentence_heading(p: Para) -> Para:
    """A heading that is a decision's sentence ("#### Der Vorstand wurde einstimmig entlastet.",
    a bold line of a PDF or Word file) as the paragraph it is; other headings as they are."""
    if p.kind != "para" or p.text[:1] != "#" or p.text[-1:] not in ".!":
        return p
    text = p.text.lstrip("#").strip()
    if " " not in text or not decisions.might_decide(text) or not decisions.sentence_kind(text):
        return p
    return Para("para", text, len(text), p.depth)


def _votes_only(text: str) -> bool:
    """Whether a paragraph holds votes and hardly anything else ("**Dafür 5** **Dagegen 0**")."""
    if parse_votes(text) is None:
        return False
    rest = re.sub(r"[\d*_:,;/().\s-]+", " ", text)
    rest = VOTE_WORDS_STRIP_RE.sub(" ", rest)
    return len(rest.split()) <= 2


def _own_decision(body: str) -> tuple[str, str] | None:
    """The decision sentence of a paragraph that also holds its count, unless only an outcome."""
    if _votes_only(body) or not decisions.might_decide(body):
        return None
    if (label := _vote_label(body)) and not decisions.VOTE_TO_RE.match(body):
        # "Abstimmung: Der Vorstand wird einstimmig entlastet.": the decision after the label.
        body = body[label.end() :].lstrip(" :*_")
    for sentence in decisions.join_motions(split_sentences(body)):
        kind = decisions.sentence_kind(sentence)
        if kind and not decisions.is_outcome(sentence):
            return sentence, kind
    return None


_EACH_RE = re.compile(r"\b(?:jeweils|each|respectively)\b", re.IGNORECASE)


def _fill_offices(found: list[dict], sentence: str, before: list[str]) -> None:
    """The election just recorded (found[-1]) as one decision per office its sentence fills
    (offices.offices_elected); a count told once is the first's, unless told for each."""
    n = offices.offices_elected(sentence, before)
    if n < 2:
        return
    d = found[-1]
    votes = d["votes"] if _EACH_RE.search(sentence) else None
    found.extend({**d, "votes": votes} for _ in range(n - 1))


# A line naming an office and its holder ("**Kassier:** Anna Berg", "Chair - Mel Leitch").
_HOLDER_LINE_RE = re.compile(r"^[*_]*[\w./ -]{2,40}?[*_]*\s*(?::|\s[-–])\s*[*_]*\s*\S")


_TABLE_RULE_RE = re.compile(r"^\|?\s*:?-{2,}")


def _listed_below(paras: list[Para], i: int) -> tuple[list[str], int] | None:
    """The lines an election lead at i announces, and where they end: the list below it (its
    top-level items), the rows of a table below it, else the lines of office and holder below
    it ("Kassier: Anna Berg", or flowed into one: "Chair - A Vice Chair - B"); None when
    nothing such follows."""
    j = i + 1
    if j >= len(paras) or paras[j].text.startswith("#"):
        return None
    if paras[j].kind == "table":
        # "| Hauptausschuss | Anna Berg | Ben Kurz |": one election a row, not the head row
        # over the separator, not a row of someone not elected.
        rows = []
        while j < len(paras) and paras[j].kind == "table":
            rows.append(paras[j].text.strip())
            j += 1
        if len(rows) > 1 and _TABLE_RULE_RE.match(rows[1]):
            rows = rows[2:]
        lines = [
            r.strip("| ")
            for r in rows
            if not _TABLE_RULE_RE.match(r) and not offices.NOT_ELECTED_RE.search(r)
        ]
        return (lines, j) if lines else None
    if paras[j].kind == "bullet":
        top, lines = paras[j].depth, []
        while j < len(paras) and paras[j].kind == "bullet" and paras[j].depth >= top:
            if paras[j].depth == top:
                lines.append(paras[j].text[2:])
            j += 1
        return lines, j
    lines = []
    while j < len(paras) and paras[j].kind == "para" and len(paras[j].text) < 160:
        text = paras[j].text
        if (
            text.startswith("#")
            or not (_HOLDER_LINE_RE.match(text) or offices.holders_in(text))
            or decisions.might_decide(text)
        ):
            break
        lines.append(text)
        j += 1
    return (lines, j) if lines else None


def _elected_lists(paras: list[Para], found: list[dict], under: bool) -> None:
    """Under an election heading (the item's title, under, or a heading among paras), a list
    whose items each name an office and its holder ("Treasurer - Tom Hill", "Ann Lee re-elected
    president") records one election an item (offices.listed_offices), unless its items were
    read as decisions already or the line above it puts up candidates."""
    taken = {d["text"] for d in found}
    label = False  # "Wahlergebnisse:", "Elected:" alone over the list right below it
    k = 0
    while k < len(paras):
        p = paras[k]
        if p.text[:1] == "#":
            under = offices.election_heading(p.text)
        elif p.kind == "para" and p.text.rstrip(" *_").endswith(":") and len(p.text) < 60:
            label = offices.election_heading(p.text.strip(" *_:"))
        elif (under or label) and p.kind == "bullet":
            top, items, j = p.depth, [], k
            while j < len(paras) and paras[j].kind == "bullet" and paras[j].depth >= top:
                if paras[j].depth == top:
                    items.append(paras[j].text[2:])
                j += 1
            above = paras[k - 1].text if k > 0 else ""
            if (
                offices.holder_items(items)
                and not any(item in taken for item in items)
                and not offices.nominees(above)
            ):
                found.extend(
                    _make_decision(item, "resolution") for item in offices.listed_offices(items)
                )
            k, label = j, False
            continue
        else:
            label = False
        k += 1


def _settle(decision: dict, outcome: str) -> None:
    """Record how a decision went from a later sentence: its votes, rejected or not."""
    votes = parse_votes(outcome)
    decision["votes"] = decision["votes"] or votes
    kind = "rejected" if REJECTED_RE.search(outcome) else decision["kind"]
    decision["kind"] = _decision_kind(kind, decision["text"], decision["votes"])


def _strip_votes(text: str) -> str:
    if "Abstimmung" not in text and "Votum" not in text:
        return text.strip()  # what the pattern needs (it ran over every character)
    text = re.sub(
        r"\s*\(?\s*(?:Abstimmung|Abstimmungsergebnis|Votum)\w*\s*:[^)\n]*\)?\.?\s*$", "", text
    )
    return text.strip()


# An entry of a numbered list: "1. …", "2) …" (not "1.1 …", a sub-item's number).
NUMBERED_ENTRY_RE = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")


def _make_decision(text: str, kind: str) -> dict:
    votes = parse_votes(text)
    clean = _strip_votes(text) or text
    return {"text": clean, "kind": _decision_kind(kind, clean, votes), "votes": votes}


# A question by its first word: "Who books the room?", "Gibt es …?", "hat jemand Zeit?".
QUESTION_RE = re.compile(
    r"(?i:who|what|when|where|why|how|which|is|are|do|does|did|can|could|should|would|will|"
    r"wer|was|wann|wo|warum|wieso|weshalb|wie|welche[rsnm]?|gibt|hat|haben|ist|sind|kann|"
    r"können|soll|sollen|sollten|möchte|wollen)\b"
)
# "No actions", "Keine Aufgaben", "None." under a task label: there are none.
NO_TASKS_RE = re.compile(
    r"^(?:(?:no|keine|none)\s+(?:new\s+|neuen\s+|offenen\s+)?(?:actions?|action\s+items?|tasks?|"
    r"aufgaben|todos?|to-dos?)\b|(?:none|keine|nichts|n/?a|-+)\s*\.?$|"
    # "Nichts neues.", "Nothing new.", "Nothing to report." under a to-do heading.
    r"(?:nichts\s+neues|nothing\s+(?:new|to\s+report)|keine\s+neuen)\s*[.!]?$)",
    re.IGNORECASE,
)


def _people_present(label: str, known: list[str], first_names: frozenset[str]) -> str | None:
    """The people a label names when each is among those present ("Anna", "Lena und Tom"),
    joined as owners are ("Lena, Tom"); else None."""
    people = [p for p in tasks.JOINED_OWNERS_RE.split(label) if p]
    if people and len(people) <= 4 and all(p in first_names or p in known for p in people):
        return ", ".join(people)
    return None


def _todo_over_list(p: Para, body: str, nxt: Para) -> bool:
    """A to-do label written without its colon over the list it labels: a list item with
    items nested under it ("- Next steps" over "  - Anna: …"), or a line in bold alone
    ("**Nächste Schritte**") over a list or over a name that owns the list below it."""
    if p.kind == "bullet":
        if nxt.kind != "bullet" or nxt.depth <= p.depth:
            return False
    elif not (p.kind == "para" and body.startswith("**") and body.rstrip(":").endswith("**")):
        return False
    elif nxt.kind != "bullet" and not nxt.text.rstrip().endswith(":"):
        return False
    return tasks.is_section(body.strip("*_ ").rstrip(":*_ "))


def _task_from(
    text: str, ref: dt.date | None, known: list[str], first_names: frozenset[str] = frozenset()
) -> dict | None:
    task = tasks.parse_task(text, ref, known, first_names)
    if task and not any(c.isalnum() for c in task["text"]):
        return None  # "**Actions**:" with nothing after it: an empty label, no task
    return task


def _responsible_task(text: str, line: str, ref: dt.date | None) -> dict | None:
    lm = OWNER_LABEL_RE.search(line)
    owner = names.name_only(lm["who"]) if lm else None
    if owner and tasks.EVERYONE_RE.match(owner):
        owner = None  # "Verantwortlich: alle" names nobody
    due = tasks.find_due(line, ref)[0]
    text = text.strip()
    if not text:
        return None
    return {"text": text, "owner": owner or None, "due": due}


# The number a heading of a numbered outline carries: "4. Decisions Made:", "3.2 Beschlüsse",
# "IV. Resolutions", "TOP 5 Beschlüsse".
SECTION_NUMBER_RE = re.compile(r"^(?:TOP\s*)?(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s+")


def _conclusion(label: str) -> bool:
    """Whether a decision label is "Conclusion(s)", which names no decision by itself (label
    rule: a conclusion that only restates a plan or a to-do is no decision)."""
    return label[:10].lower() == "conclusion"


def decision_section_kind(title: str) -> str | None:
    """The kind of the decisions an item or heading lists ("Festlegungen", "Beschlüsse",
    "4. Decisions Made:": a numbered outline's heading too)."""
    m = DECISION_SECTION_RE.match(SECTION_NUMBER_RE.sub("", title.strip(), count=1))
    if m is None or _conclusion(m["label"]):
        # "#### Conclusion" over "Terry will speak with JD …": no decision word; its entries
        # are read as any other text.
        return None
    return "resolution" if RESOLUTION_LABEL_RE.match(m["label"]) else "agreement"


def analyse(
    paras: list[Para],
    *,
    ref: dt.date | None,
    known: list[str],
    first_names: frozenset[str] = frozenset(),
    speakers: frozenset[str] = frozenset(),
    task_section: bool = False,
    task_review: bool = False,
    decision_section: str | None = None,
    section_due: tuple[str | None, bool] | None = None,
    election_section: bool = False,
) -> ItemContent:
    """Find decisions, tasks, attachments and the status in an item's paragraphs.

    With task_section the item itself is a list of tasks ("Action items", "Aufgaben");
    section_due is the due date its title gives them ("Aufgaben bis zum 19.11.2020").
    Speakers are those the minutes name as speaking or reporting, who may commit to a task
    ("Seth will reach out …") when no list of those present names them.
    """
    out = ItemContent(paras=paras)
    paras = _join_vote_lists(paras)
    shown = paras
    paras = [_sentence_heading(p) for p in paras]
    in_tasks = task_section
    list_only = False
    decision_kind = decision_section  # under a heading "Decisions" / "Festlegungen"
    review_from: int | None = 0 if task_review else None
    reviewed: list[tuple[int, int]] = []
    # The due date a "bis Sonntag:" lead gives, or the item's own title.
    lead_due: tuple[str | None, bool] | None = section_due
    n = len(paras)
    roll = _roll_boxes(paras, known)
    i = 0
    last_decision_at = -10
    labelled: set[int] = set()  # decisions whose kind a label or lead line gave ("vereinbart:")
    while i < n:
        if i in roll:
            i += 1  # "- [X] Jakob Möller - SAP": who was there, ticked, no task
            continue
        p = paras[i]
        text = p.text
        body = text[2:] if p.kind == "bullet" else text
        # "**Beschluss:** …", "*Resolution*: …": the label in emphasis is still the label.
        if body[:1] in ("*", "_"):  # where the pattern's emphasis opens, if anywhere
            body = _emphasis_label(body)
        lm = _decision_label(body)
        if lm and decisions.NONE_VALUE_RE.match(lm["rest"]):
            lm = None  # "Decisions: none", "Beschlüsse: keine": the label says none was taken
        if lm and _conclusion(lm["label"]) and not decisions.sentence_kind(lm["rest"].strip()):
            # "Conclusion: Revisit this topic in future meetings": the label is no decision
            # word; what follows it decides only with one of its own ("Conclusion: agreed to
            # keep the fee").
            lm = None
        sm = None if lm or body[:4] not in _ARTICLES else DECISION_SENTENCE_RE.match(body)
        tm = _task_label(body)
        if tm is None and i + 1 < n and _todo_over_list(p, body, paras[i + 1]):
            # "- Nächste Schritte" over items nested under it, "**Aufgaben**" over a list:
            # a to-do label without its colon.
            tm = TASK_LABEL_RE.match(body.strip("*_ ").rstrip(":") + ":")
        if (
            first_names
            and not in_tasks
            and p.kind == "para"
            and body.rstrip("*_ ").endswith(":")
            and i + 1 < n
            and paras[i + 1].kind == "bullet"
            and (who := _people_present(body.strip("*_ ").rstrip(":*_ "), known, first_names))
        ):
            # "Anna:" over her own list: each line that gives work in the infinitive
            # ("- Entwurf schreiben") is her task; what she did or said is none.
            j, top = i + 1, paras[i + 1].depth
            while j < n and paras[j].kind == "bullet" and paras[j].depth >= top:
                line = paras[j].text[2:]
                if paras[j].depth == top and (
                    task := tasks.name_led_task(f"{who}: {line}", ref, known, first_names)
                ):
                    out.tasks.append(task)
                j += 1
            i = j
            continue
        if lm or (
            sm and (sm["colon"] or sm["verb"].startswith(("beschl", "verein", "verst", "eini")))
        ):
            if lm:
                label = lm["label"]
                kind = "resolution" if RESOLUTION_LABEL_RE.match(label) else "agreement"
                rest = lm["rest"].strip()
            else:
                verb = sm["verb"]
                # "beschließt", "stimmt über den Antrag ab": a vote; "vereinbart": an agreement.
                kind = "resolution" if verb.startswith(("beschl", "stimm")) else "agreement"
                if verb.startswith(("lehnt", "lehnen")):
                    kind = "rejected"
                elif re.search(r"\bVertagung\b", sm["tail"] or ""):
                    # "Die AG Transfer beschließt die Vertagung:"
                    kind = "postponement"
                rest = sm["rest"].strip() if sm["colon"] else body
            if rest:
                d = _make_decision(rest, kind)
                if (
                    lm
                    and d["votes"] is None
                    and _DIGIT_RE.search(lm["label"] + body[: lm.start("rest")])
                ):
                    # "Beschluss (5/0/1): …": the count stands in the label.
                    d["votes"] = parse_votes(body[: lm.start("rest")])
                    d["kind"] = _decision_kind(d["kind"], d["text"], d["votes"])
                out.decisions.append(d)
                if d["kind"] == "resolution" and offices.might_elect(rest):
                    # "Beschluss: A wird zum Kassier und B zum Schriftführer gewählt."
                    _fill_offices(out.decisions, rest, [])
                if lm:
                    labelled.add(id(d))
                    if tasks.might_mark(rest):
                        # "RESOLUTION: Christian will write a PR.", "Agreed: Anna to send the
                        # letter": what is decided gives someone work as well.
                        out.tasks.extend(_clause_tasks(rest, ref, known, first_names, speakers))
                last_decision_at = i
                i += 1
                continue
            if sm and sm["verb"].startswith("stimm") and re.search(r"\bab\s*$", sm["tail"] or ""):
                # "Der Vorstand stimmt über den Antrag wie folgt ab:" and the votes below: the
                # vote on the motion recorded just above, or on the paragraph above.
                j = i + 1
                result = paras[j].text if j < n else ""
                if out.decisions and i - last_decision_at <= 3:
                    _settle(out.decisions[-1], result)
                elif i > 0:
                    d = _make_decision(paras[i - 1].text, "resolution")
                    _settle(d, result)
                    out.decisions.append(d)
                last_decision_at = j
                i = j + 1
                continue
            # The decision text follows the marker: one paragraph, or each list item.
            j = i + 1
            first = len(out.decisions)
            if j < n and paras[j].kind == "bullet":
                while j < n and paras[j].kind == "bullet":
                    out.decisions.append(_make_decision(paras[j].text[2:], kind))
                    if first_names and (
                        task := tasks.assigned_in_decision(
                            paras[j].text[2:], ref, known, first_names
                        )
                    ):
                        # "Resolved:" over "- Luther: Introduce Soares to …": work given.
                        out.tasks.append(task)
                    j += 1
            elif j < n and paras[j].kind == "para" and not _is_marker(paras[j].text):
                following = paras[j].text
                if _votes_only(following) and i > 0:
                    # "Beschlussfassung:" then "Dafür 5 Dagegen 0": the motion stands above.
                    d = _make_decision(paras[i - 1].text, kind)
                    d["votes"] = parse_votes(following)
                    d["kind"] = _decision_kind(d["kind"], d["text"], d["votes"])
                    out.decisions.append(d)
                else:
                    out.decisions.append(_make_decision(following, kind))
                j += 1
            labelled.update(id(d) for d in out.decisions[first:])
            last_decision_at = j - 1
            i = j
            continue
        tails = None
        if ":" in body and ("ction" in body or "CTION" in body or "ktion" in body):
            tails = tasks.action_tails(body, ref, first_names)
            if tails:
                # "Create space on the website. Action: Danny by 03 Nov": owner after the task;
                # the rest of the paragraph may still record a decision.
                for task in tails:
                    task["text"] = (split_sentences(task["text"]) or [task["text"]])[-1]
                out.tasks.extend(tails)
        listed = vote_forms.listed_results(body, parse_votes) if p.kind != "table" else []
        if not listed and p.kind != "table" and len(body) < 120 and ":" in body:
            # "Max Muster: 8 dafür, 0 Enthaltungen, 2 Gegenstimmen" on a line of its own, as
            # the list above one line a candidate: the votes are that candidate's election.
            listed = _result_line(body.lstrip("#*_ "))
        if listed:
            # "Anna Beispiel: 5 Ja-Stimmen, … Bernd Muster: 4 Ja-Stimmen, …": an election.
            for who, counted in listed:
                kind = "rejected" if counted["yes"] < counted["no"] else "resolution"
                out.decisions.append({"text": who, "kind": kind, "votes": counted})
            last_decision_at = i
            i += 1
            continue
        if _STRAW_POLL_NEEDS(body) and decisions.STRAW_POLL_RE.match(body):
            i += 1  # "Meinungsbild: 6 dafür, 1 dagegen": the room's mood, no decision
            continue
        if _vote_label(body) or (len(body) < 120 and parse_votes(body) and not _motion(body)):
            votes = parse_votes(body)
            if votes is None and UNANIMOUS_RE.search(body):
                votes = None
            own = _own_decision(body)
            if own:
                # "Das Protokoll wird mit 10 Ja-Stimmen und einer Enthaltung abgenommen": the
                # paragraph is the decision itself, its count inside it.
                d = _make_decision(own[0], own[1])
                d["votes"] = d["votes"] or votes
                d["kind"] = _decision_kind(d["kind"], d["text"], d["votes"])
                out.decisions.append(d)
                if d["kind"] == "resolution" and offices.might_elect(own[0]):
                    _fill_offices(out.decisions, own[0], [])
                last_decision_at = i
                i += 1
                continue
            motion_above = i - last_decision_at > 1 and decisions.MOTION_WORD_RE.search(
                paras[i - 1].text
            )  # "A.5 Report: KM moves to adopt; AL seconds." over "Motion fails 2-5-1."
            nested = (
                p.kind == "bullet"
                and i > 0
                and paras[i - 1].kind == "bullet"
                and paras[i - 1].depth < p.depth
                and last_decision_at != i - 1
            )
            if nested and (votes or UNANIMOUS_RE.search(body)):
                # "- Antrag, den Punkt zu verschieben" over "  - Ja: 11, Nein: 0", "- Anna" over
                # "  - 9 Stimmen: Ja": the votes nested under a list item are that item's.
                above = paras[i - 1].text[2:]
                kind = _decision_kind("resolution", above, votes)
                out.decisions.append({"text": above, "kind": kind, "votes": votes})
                last_decision_at = i
            elif out.decisions and i - last_decision_at <= 2 and not motion_above:
                d = out.decisions[-1]
                if d["votes"] is None:
                    d["votes"] = votes
                    d["kind"] = _decision_kind(
                        d["kind"], d["text"], votes, labelled=id(d) in labelled
                    )
            elif votes and (ahead := _decided_after(paras, i)):
                # "Dafür: 11 / Dagegen: 0 / Enthalten: 0", then "Die Statuten wurden somit
                # angenommen.": the votes belong to the decision told below them.
                k, sentence, kind = ahead
                kind = _decision_kind(kind, sentence, votes)
                out.decisions.append({"text": sentence, "kind": kind, "votes": votes})
                last_decision_at = k
                i = k + 1
                continue
            elif (votes or UNANIMOUS_RE.search(body)) and i > 0:
                # "Abstimmung: einstimmig" under the motion: a vote without counts.
                above = paras[i - 1]
                motion = above.text[2:] if above.kind == "bullet" else above.text
                kind = _decision_kind("resolution", motion, votes)
                out.decisions.append({"text": motion, "kind": kind, "votes": votes})
                last_decision_at = i  # "Motion passed." below settles this one
            elif votes and (own_kind := decisions.sentence_kind(body)):
                # "The motion passed with 9 votes in favour, …" opening its item: no motion
                # stands above it, the outcome is the item's decision.
                out.decisions.append(
                    {"text": body, "kind": _decision_kind(own_kind, body, votes), "votes": votes}
                )
                last_decision_at = i
            i += 1
            continue
        if _motion(body):
            # "Antrag X: ... Der Antrag wird mit 2 ja, 8 nein abgelehnt." holds its outcome, or
            # "**Antrag 1:** … **Ergebnis:** angenommen (12/0/1)" in emphasis on its next line.
            plain = (
                body.replace("**", "").replace("__", "") if "**" in body or "__" in body else body
            )
            outcome = [s for s in split_sentences(plain)[1:] if OUTCOME_RE.search(s)]
            if outcome:
                out.decisions.append(_make_decision(outcome[0], "resolution"))
                last_decision_at = i
            i += 1
            continue
        if "Antrag" in body and OUTCOME_RE.search(body) and re.search(r"\bAntrag\b", body):
            if out.decisions and i - last_decision_at <= 2 and decisions.is_outcome(body):
                _settle(out.decisions[-1], body)  # how the motion just recorded went
            else:
                out.decisions.append(_make_decision(body, "resolution"))
            last_decision_at = i
            i += 1
            continue
        if (
            body[:1] in _RESPONSIBLE_OPENS
            and RESPONSIBLE_RE.match(body)
            and (out.decisions or i > 0)
        ):
            # The task is the decision just above, or the paragraph above when there is none.
            above = out.decisions[-1]["text"] if i - last_decision_at <= 2 else paras[i - 1].text
            task = _responsible_task(above, body, ref)
            if task:
                out.tasks.append(task)
            i += 1
            continue
        if tm:
            rest = tm["rest"].strip(" :*_")  # "**Actions**:" reads as "Actions::"
            who = tasks.owners_only(rest, known, first_names) if rest and i > 0 else None
            if who and not paras[i - 1].text.startswith("#"):
                # "…it was AGREED to purchase." over "ACTION:AHop/DO": the label names only
                # who acts; what they do is the paragraph above, as its last sentence says.
                task = {"text": _text_above(paras, i), "owner": who, "due": None}
                if task not in out.tasks:
                    # "MS stated that he would talk to the banks." over "ACTION: MS": the
                    # commitment above was read already; the label names the same task.
                    out.tasks.append(task)
                i += 1
                continue
            if rest:
                task = _task_from(rest, ref, known, first_names)
                if task:
                    out.tasks.append(task)
                i += 1
                continue
            j = i + 1
            # "- Still todo:" as a list item: the tasks are the items nested under it.
            label_depth = p.depth if p.kind == "bullet" else -1
            top = paras[j].depth if j < n and paras[j].kind == "bullet" else 0
            person: str | None = None  # "Anna:" over her own list of tasks
            while j < n:
                q = paras[j]
                bare_q = q.text.strip("*_ ")
                if (
                    q.kind != "bullet"
                    and bare_q.endswith(":")
                    and j + 1 < n
                    and paras[j + 1].kind == "bullet"
                    and (who := tasks.owners_only(bare_q.rstrip(":*_ "), known, first_names))
                ):
                    person = who  # the items below are this person's
                    j += 1
                    continue
                if _is_marker(q.text):
                    break
                if q.kind != "bullet" and (
                    q.text.startswith("#")
                    or (bare_q.endswith(":") and len(bare_q) < 60)
                    or (q.text.strip().startswith("**") and q.text.strip().endswith("**"))
                ):
                    break  # "**Discussion**:" under an empty "**Actions**:": another section
                if NO_TASKS_RE.match(bare_q):
                    break  # "No Actions - this remains open …", "Keine Aufgaben."
                if q.kind != "bullet" and j > i + 1 and paras[j - 1].kind == "bullet":
                    break  # "Meeting ended at 10:00" after the list under "Next Steps:"
                if (
                    q.kind == "bullet"
                    and j > i + 1
                    and paras[j - 1].kind == "para"
                    and NUMBERED_RE.match(paras[j - 1].text)
                ):
                    break  # "TODO:" over "1. …", "2. …", then a bullet list: other notes
                pieces = [q.text[2:]] if q.kind == "bullet" else split_sentences(q.text)
                if q.kind == "table" or (q.kind == "bullet" and q.depth <= label_depth):
                    break
                if q.kind == "bullet" and q.depth > top:
                    j += 1  # "- Anna will release:" with the packages listed under it
                    continue
                for piece in pieces:
                    task = _task_from(piece, ref, known, first_names)
                    if task:
                        if person and q.kind == "bullet" and not task["owner"]:
                            task["owner"] = person
                        out.tasks.append(task)
                j += 1
            i = j
            continue
        if (
            p.kind == "para"
            and i + 1 < n
            and paras[i + 1].kind == "bullet"
            and ("ollow" in body or "olgend" in body)
            and tasks.announces_tasks(body)
        ):
            # "Mr. Mertic suggested the following things to do:", "Deadline für folgende
            # Aufgaben ist Donnerstag, 14.11.": a sentence that announces the list below it as
            # tasks; a date it names is theirs.
            in_tasks, list_only = True, True
            due = tasks.find_due(body, ref)[0]
            if due is None and "eadline" in body and (hits := find_dates(body, ref)):
                due = hits[0].date.isoformat()  # "Deadline … ist Donnerstag, 14.11.2013"
            lead_due = (due, False) if due else None
            i += 1
            continue
        if (
            p.kind == "para"
            and i + 1 < n
            and paras[i + 1].kind == "bullet"
            and (lead := decisions.list_lead(body))
        ):
            # "Festlegungen" or "Folgendes wurde vereinbart:" over a list: each item a decision.
            j, top = i + 1, paras[i + 1].depth
            while j < n and paras[j].kind == "bullet" and paras[j].depth >= top:
                if paras[j].depth == top:
                    out.decisions.append(_make_decision(paras[j].text[2:], lead))
                    if first_names and (
                        task := tasks.assigned_in_decision(
                            paras[j].text[2:], ref, known, first_names
                        )
                    ):
                        out.tasks.append(task)
                j += 1
            last_decision_at = j - 1
            i = j
            continue
        if (
            not in_tasks
            and p.kind != "table"
            and not text.startswith("#")
            and (decisions.might_decide(body))
        ):
            alone = decisions.outcome_alone(body)
            if alone and decisions.NO_OBJECTION_RE.match(body.strip(" *_")):
                # "There were no objections." decides what the paragraph above put forward.
                if i == 0 or not decisions.proposed(paras[i - 1].text):
                    alone = None
            if alone and i > 0:
                # "Carried 5-0-1." under the motion: the outcome of the paragraph above.
                votes = parse_votes(body)
                if out.decisions and i - last_decision_at <= 1:
                    d = out.decisions[-1]
                    d["votes"] = d["votes"] or votes
                    d["kind"] = _decision_kind(
                        alone if alone in ("rejected", "postponement") else d["kind"],
                        d["text"],
                        d["votes"],
                    )
                else:
                    # "Motion: …" / "Vote: voice vote" / "Outcome: approved.": the motion line.
                    k = decisions.motion_above([q.text for q in paras[max(0, i - 3) : i]])
                    above = paras[max(0, i - 3) + k]
                    motion = above.text[2:] if above.kind == "bullet" else above.text
                    out.decisions.append(
                        {
                            "text": motion,
                            # "Approved" under "### Approval of previous minutes" is
                            # bare; under "Motion: …" it is the motion's vote.
                            "kind": _decision_kind(
                                decisions.approval_kind(alone, f"{motion} {body}"), motion, votes
                            ),
                            "votes": votes,
                        }
                    )
                last_decision_at = i
                i += 1
                continue
            if alone and alone != "postponement" and i == 0:
                # "Beschlossen" or "Approved." alone under "Genehmigung des Protokolls": the
                # item itself was the motion; "Approved." alone is bare, as the label rules
                # read it (decisions.approval_kind).
                out.decisions.append(_make_decision(body, decisions.approval_kind(alone, body)))
                last_decision_at = i
                i += 1
                continue
            found = False
            before = len(out.decisions)
            sentences = decisions.join_motions(split_sentences(body))
            lead_at = None
            for si, sentence in enumerate(sentences):
                kind = decisions.sentence_kind(sentence)
                if not kind:
                    continue
                # "Als Revisionsstelle wird gewählt:" over who was: an election of its own.
                leads = (
                    kind == "resolution"
                    and si >= len(sentences) - 2
                    and offices.might_elect(sentence)
                    and (
                        offices.election_lead(sentence)
                        if si == len(sentences) - 1
                        # "Es wurden … in die Ausschüsse gewählt. Folgende Besetzung:"
                        else offices.announces(sentences[-1])
                    )
                )
                if (
                    not leads
                    and out.decisions
                    and i - last_decision_at <= 2
                    and (
                        decisions.is_outcome(sentence)
                        or CONSEQUENCE_RE.search(sentence)
                        or (
                            # "Die Wahl wurde von Anna und Ben angenommen." under the votes that elected
                            # them; with a count of its own the paragraph is another election.
                            "Wahl" in sentence
                            and decisions.ACCEPTED_RE.match(sentence)
                            and parse_votes(body) is None
                        )
                    )
                ):
                    # "Konsens: Einstimmig angenommen."; "Der Vorstand wurde damit entlastet."
                    # after the vote on the discharge: the decision just told, told again.
                    _settle(out.decisions[-1], sentence)
                else:
                    out.decisions.append(_make_decision(sentence, kind))
                    if kind == "resolution" and offices.might_elect(sentence):
                        # "A wurde zum Vorsitzenden, B zur Kassiererin gewählt": one a office.
                        _fill_offices(out.decisions, sentence, sentences[:si])
                    if leads:
                        lead_at = len(out.decisions) - 1
                found = True
            if found:
                last_decision_at = i
            if lead_at is not None and (below := _listed_below(paras, i)):
                # "Als neue Vorstandschaft wurden gewählt:" over the offices and their holders:
                # one election a line listed (each line's own count, if it gives one).
                lines, j = below
                lead = out.decisions[lead_at]
                del out.decisions[lead_at:]
                for k, line in enumerate(offices.listed_offices(lines)):
                    d = _make_decision(line, "resolution")
                    if k == 0 or _EACH_RE.search(lead["text"]):
                        d["votes"] = d["votes"] or lead["votes"]
                    out.decisions.append(d)
                last_decision_at = j - 1
                i = j
                continue
            if len(out.decisions) == before + 1 and out.decisions[-1]["votes"] is None:
                # One decision in the paragraph, its count in another sentence of it:
                # "Motion: … Vote: Yes (7) … Abstain: (0). Motion: Passed."
                d = out.decisions[-1]
                d["votes"] = parse_votes(body)
                d["kind"] = _decision_kind(d["kind"], d["text"], d["votes"])
        if p.kind == "table":
            # A table of tasks (Was | Wer | Bis); other tables are left to the minutes.
            j = i
            while j < n and paras[j].kind == "table":
                if j > i + 1 and re.match(r"^\|?\s*:?-{2,}", paras[j].text.strip()):
                    j -= 1  # a separator under the row above: a new table starts there
                    break
                j += 1
            rows = [
                [c.strip() for c in q.text.strip().strip("|").split("|")]
                for q in paras[i:j]
                if not re.match(r"^\|?\s*:?-{2,}", q.text.strip())
            ]
            found = tasks.table_tasks(rows, ref, first_names)
            voted = None if found is not None else vote_forms.table_votes(rows)
            if voted:
                out.decisions.extend(voted)  # a table of results: one decision a row
                last_decision_at = j - 1
            elif found is not None:
                out.tasks.extend(found)
            elif in_tasks:
                for row in rows[1:]:
                    task = _task_from(" ".join(c for c in row if c), ref, known, first_names)
                    if task:
                        out.tasks.append(task)
            logged = [] if voted or found else decisions.table_decisions(rows)
            for cell, kind in logged:
                # "| D1 | Der Suchradius wird auf 100 km begrenzt. | … |": a decision log.
                out.decisions.append(_make_decision(cell, kind))
                last_decision_at = j - 1
            motions = [] if voted or found or logged else decisions.motion_table_rows(rows)
            for motion, outcome, kind in motions:
                # "| Kauf einer Bohrmaschine | angenommen (7/0/1) |": a motion a row, its
                # result beside it.
                votes = parse_votes(outcome)
                out.decisions.append(
                    {"text": motion, "kind": _decision_kind(kind, outcome, votes), "votes": votes}
                )
                last_decision_at = j - 1
            logged = logged or motions
            if not voted and not found and not logged:
                # A minutes table's cell: "Motion to approve the minutes: A/B; carried".
                for sentence, kind in decisions.cell_decisions(rows, split_sentences):
                    out.decisions.append(_make_decision(sentence, kind))
                    if kind == "resolution" and offices.might_elect(sentence):
                        _fill_offices(out.decisions, sentence, [])
                    last_decision_at = j - 1
            if found is None and not voted and not in_tasks:
                out.tasks.extend(_cell_tasks(rows, ref, known, first_names, speakers))
            i = j
            continue
        bare = text.strip("*_ ")
        if (
            text.startswith("#")
            or (p.kind == "para" and bare.endswith(":") and len(bare) < 60)
            # "Aufgaben" / "Action items" alone over a list, as Word minutes without heading
            # styles set their section titles.
            or (
                p.kind == "para"
                and len(bare) < 40
                and i + 1 < n
                and paras[i + 1].kind == "bullet"
                and tasks.is_section(bare)
            )
        ):
            # A heading (or a label alone on its line) inside the item opens or closes tasks;
            # "bis Sonntag:" opens the tasks due then.
            head = bare.lstrip("#").strip()
            # "### Aufgaben bis zum 19.11.": a heading's date is its tasks' due date too.
            lead = (tasks.heading_due if text.startswith("#") else tasks.due_lead)(head, ref)
            in_tasks = lead is not None or tasks.is_section(head)
            # A title without a colon or "#", or a label over a list ("Next Steps:"), opens
            # the list below it only: "Meeting ended at 10:00" after it is no task.
            list_only = not text.startswith("#") and (
                not bare.endswith(":") or (i + 1 < n and paras[i + 1].kind == "bullet")
            )
            if review_from is not None:
                reviewed.append((review_from, len(out.tasks)))
            # "### Previous action items", "Offene Punkte aus der letzten Sitzung": the tasks
            # listed there were given before; they are reviewed, not given again.
            review_from = len(out.tasks) if tasks.is_review(head) else None
            # "### Festlegungen", "## Decisions" over a list: each entry is a decision.
            decision_kind = decision_section_kind(head) if text.startswith("#") else None
            lead_due = lead
            i += 1
            continue
        if tails:
            i += 1
            continue
        if decision_kind and p.depth == 0 and (p.kind == "bullet" or NUMBERED_ENTRY_RE.match(body)):
            # Each entry of the list under the heading, bulleted or numbered ("1. **Evening
            # meetings**: trial run …"), is one decision; the number is no part of it.
            out.decisions.append(
                _make_decision(NUMBERED_ENTRY_RE.sub("", body, count=1), decision_kind)
            )
            last_decision_at = i
            i += 1
            continue
        if in_tasks and list_only and p.kind != "bullet":
            in_tasks = False  # "nächstes Gruppentreffen: …" below the list of tasks
        if in_tasks and p.kind != "bullet" and NO_TASKS_RE.match(body.strip("*_ ")):
            # "### ToDo's" over "Nichts neues.": the section says it holds none, and what
            # follows it ("Top endet um 16:11 Uhr.") is no task either.
            in_tasks = False
            i += 1
            continue
        if in_tasks:
            if p.kind == "bullet" and i > 0 and paras[i - 1].kind == "bullet":
                # The list's own depth: that of the first of the list items just above.
                k = i - 1
                while k > max(0, i - 60) and paras[k - 1].kind == "bullet":
                    k -= 1
                if p.depth > min(q.depth for q in paras[k:i]) or (
                    p.depth > 0 and paras[i - 1].text.rstrip().endswith(":")
                ):
                    i += 1  # a detail nested under a task above, however many there are
                    continue
            if (
                p.kind == "bullet"
                or NUMBERED_RE.match(text)
                or len(text) < 160
                or (lead_due is not None and LABEL_RE.match(text))
            ):
                pieces = [body]  # one task; under "bis Sonntag:" a "Name: …" line is one too
            else:
                pieces = split_sentences(body)
            for piece in pieces:
                if (
                    piece.rstrip(" *_").endswith("?")
                    and not tasks.CHECKBOX_RE.match(piece)
                    and (p.kind != "bullet" or QUESTION_RE.match(piece.lstrip("-*• ")))
                ):
                    # A question asked among the tasks ("Who books the room?", "Hat jemand
                    # Zeit?") is not one of them; an item of the list that says what to do is
                    # one, asked or not ("Start tagging issues as blockers?").
                    continue
                task = _task_from(piece, ref, known, first_names)
                if task:
                    if lead_due is not None and task["due"] is None:
                        if lead_due[0]:
                            task["due"] = lead_due[0]
                        elif lead_due[1]:
                            task[tasks.UNTIL_NEXT] = True
                    task[tasks.LISTED] = True  # in a list of tasks: may repeat one above
                    out.tasks.append(task)
            i += 1
            continue
        if (
            p.kind == "bullet"
            and i + 1 < n
            and paras[i + 1].kind == "bullet"
            and paras[i + 1].depth > p.depth
            and (who := tasks.owner_line(paras[i + 1].text[2:]))
        ):
            # "- #600 Errata for the title" over "  - Assigned to Nat", "- Shortlist of
            # projects" over "  - Owner=Mike": the entry is a task, its first note whose.
            task = _task_from(body, ref, known, first_names)
            if task:
                task["owner"] = who
                out.tasks.append(task)
            i += 2
            continue
        given = len(out.tasks)
        if p.kind == "bullet" or tasks.starts_marked(body):
            task = tasks.marked_task(body, ref, known, first_names, speakers=speakers)
            if task:
                # "Stuart will speak to John and Martyn will speak to Stephen": two tasks.
                found = _clause_tasks(body, ref, known, first_names, speakers)
                out.tasks.extend(found if len(found) > 1 else [task])
            elif p.kind == "bullet" and tasks.might_mark(body):
                # "Briefly discussed the draft. Christoph will implement the suggestion.": a
                # commitment told after what the item was about, in a later sentence or
                # clause ("Reviewed the letter and McKinzie will make the corrections").
                for k, sentence in enumerate(split_sentences(body)):
                    if k == 0 and len(tasks.clauses(sentence)) < 2:
                        continue  # read whole above
                    out.tasks.extend(_clause_tasks(sentence, ref, known, first_names, speakers))
        elif tasks.might_mark(body):
            sentences = split_sentences(body)
            for k, sentence in enumerate(sentences):
                if k and sentence[:1] in "Aa" and tasks.ACTION_ON_RE.match(sentence):
                    # "The projector is broken. Action on Gesine.": the sentence before it is
                    # the task, of whomever the action is on.
                    task = tasks.marked_task(
                        f"{sentences[k - 1]} {sentence}", ref, known, first_names
                    )
                    if task:
                        if out.tasks and out.tasks[-1]["text"] in sentences[k - 1]:
                            out.tasks.pop()  # "Ingrid will fix it. Action on Ingrid.": one
                        out.tasks.append(task)
                    continue
                out.tasks.extend(_clause_tasks(sentence, ref, known, first_names, speakers))
        if len(out.tasks) == given and p.kind != "table" and (margin := tasks.margin_owner(body)):
            # "… it was agreed to renew the membership. Clerk": the owner an action column
            # beside the minutes names (a PDF sets it at the paragraph's end).
            out.tasks.append({"text": margin[0], "owner": margin[1], "due": None})
        i += 1
    if election_section or any(
        (p.text[:1] == "#" or p.text[-1:] == ":") and ("ahl" in p.text or "lect" in p.text)
        for p in paras
    ):
        # "## Committee Elections" over "- Treasurer - Tom Hill": one election a line.
        _elected_lists(paras, out.decisions, election_section)
    # "Done:", "Erledigt:" open a stand-up's paragraph: the pattern only where the first
    # character lets it match (alternation.opens).
    if any(
        p.text[:1] in _STANDUP_DONE_OPENS and tasks.STANDUP_DONE_RE.match(p.text) for p in paras
    ):
        known_texts = {t["text"] for t in out.tasks}
        out.tasks.extend(
            t for t in tasks.standup_tasks([p.text for p in paras]) if t["text"] not in known_texts
        )
    if review_from is not None:
        reviewed.append((review_from, len(out.tasks)))
    if reviewed:
        out.tasks = [t for k, t in enumerate(out.tasks) if not any(a <= k < b for a, b in reviewed)]
    out.minutes = render(shown)
    out.attachments = find_attachments(out.minutes)
    out.status = item_status(paras)
    return out


def commitments(
    paras: list[Para],
    ref: dt.date | None,
    known: list[str],
    first_names: frozenset[str],
    speakers: frozenset[str],
) -> list[dict]:
    """The tasks paragraphs give by someone committing in them ("Sami bringt Brötchen mit",
    "Nick to take it to the committee"): each owned by the one the sentence opens with, no
    box, label or list of tasks read."""
    found = []
    for p in paras:
        body = p.text[2:] if p.kind == "bullet" else p.text
        if p.kind == "table" or tasks.starts_marked(body) or not tasks.might_mark(body):
            continue
        for sentence in split_sentences(body):
            for task in _clause_tasks(sentence, ref, known, first_names, speakers):
                owner = (task["owner"] or "").split(",")[0].split()
                if owner and task["text"].lstrip("@").startswith(owner[0].lstrip("@")):
                    found.append(task)
    return found


def _clause_tasks(
    sentence: str,
    ref: dt.date | None,
    known: list[str],
    first_names: frozenset[str],
    speakers: frozenset[str],
) -> list[dict]:
    """The tasks of one sentence, a task for each clause in which someone commits ("Stuart
    will speak to John and Martyn will speak to Stephen"); the sentence whole when its
    clauses give fewer than two ("Reviewed the letter and McKinzie will correct it": the
    clause that commits when the whole gives none)."""
    parts = tasks.clauses(sentence)
    found: list[dict] = []
    if len(parts) > 1:
        found = [
            t
            for part in parts
            if (t := tasks.marked_task(part, ref, known, first_names, speakers=speakers))
        ]
        if len(found) > 1:
            return found
    task = tasks.marked_task(sentence, ref, known, first_names, speakers=speakers)
    return [task] if task else found


def _text_above(paras: list[Para], i: int) -> str:
    """The last sentence above paragraph i, the lines of a broken paragraph joined, an
    outcome alone ("AGREED") joined to the sentence it closes."""
    k = i - 1
    lines = [paras[k].text[2:] if paras[k].kind == "bullet" else paras[k].text]
    while (
        k > 0
        and len(lines) < 4
        and paras[k - 1].kind == "para"
        and paras[k].kind == "para"
        and not paras[k - 1].text.startswith("#")
        and not paras[k].text[:1].isdigit()
        and paras[k - 1].text.rstrip()[-1:] not in ".!?:"
    ):
        k -= 1
        lines.insert(0, paras[k].text)
    sentences = split_sentences(" ".join(lines)) or lines
    if len(sentences) > 1 and len(sentences[-1].split()) <= 2:
        return " ".join(sentences[-2:])
    return sentences[-1]


# What follows a name in a roll: "- Org", "(TSC Chair)", ", NVIDIA".
_AFTER_ROLL_NAME_RE = re.compile(r"\s+[-–(]|,")


def _roll_boxes(paras: list[Para], known: list[str]) -> set[int]:
    """The checkbox items that tick who was there ("- [X] Jakob Möller - SAP", "- [ ] Tristan
    Scheidemann"): two or more in a row, each a person's name alone or with their
    organisation or role after it. No to-do list names only people."""
    roll: set[int] = set()
    run: list[int] = []  # checkbox items in a row at one depth, each naming a person
    named = True
    for k, p in enumerate([*paras, None]):
        box = p is not None and p.kind == "bullet" and tasks.CHECKBOX_RE.match(p.text[2:])
        if run and (not box or paras[run[-1]].depth != p.depth):
            if named and len(run) >= 2:
                roll.update(run)
            run, named = [], True
        if box:
            rest = p.text[2 + box.end() :].strip(" *_")
            head = _AFTER_ROLL_NAME_RE.split(rest, maxsplit=1)[0].strip()
            named = named and (head in known or names.looks_like_name(head))
            run.append(k)
    return roll


def _is_marker(text: str) -> bool:
    body = text[2:] if text.startswith("- ") else text
    return bool(
        _decision_label(body)
        or _task_label(body)
        or (DECISION_SENTENCE_RE.match(body) and body.rstrip().endswith(":"))
        or _vote_label(body)
        or (LABEL_RE.match(body) and body.rstrip().endswith(":"))
    )


def find_attachments(text: str) -> list[str]:
    """List "Anlage N" references in order, each once."""
    found: list[str] = []
    if "Anlage" not in text and "Anh" not in text:
        return found  # ATTACHMENT_RE needs one of them; most items name no attachment
    for m in ATTACHMENT_RE.finditer(text):
        word = "Anlage" if m["word"].startswith("Anlage") else "Anhang"
        nums = [int(x) for x in re.findall(r"\d+", m["nums"])]
        if re.search(r"bis|-|–", m["nums"]) and len(nums) == 2 and 0 < nums[1] - nums[0] < 30:
            nums = list(range(nums[0], nums[1] + 1))
        for num in nums:
            label = f"{word} {num}"
            if label not in found:
                found.append(label)
    return found


def item_status(paras: list[Para]) -> str:
    """Return "postponed" or "withdrawn" when the text says so about the item itself."""
    total = sum(len(p.text) for p in paras)
    for p in paras[:3]:
        for sentence in split_sentences(p.text):
            short = total < 500
            about_item = bool(STATUS_SUBJECT_RE.match(sentence))
            if (short or about_item) and re.search(r"\bvertagt\b|\bverschoben\b", sentence):
                if not REJECTED_RE.search(sentence):
                    return "postponed"
            if (short or about_item) and WITHDRAWN_RE.search(sentence):
                return "withdrawn"
    if not paras:
        return "discussed"
    return "discussed"


def find_links(text: str) -> list[str]:
    """Return URLs written inside running text, cleaned, in order."""
    # URL_RE alone: its first character class skips most of a text at once, cheaper than
    # lowering the text for three `in` tests first (1.51 -> 1.38 M instructions a seed read).
    return [clean_url(m.group(0)) for m in URL_RE.finditer(text)]


def _cell_tasks(
    rows: list[list[str]],
    ref: dt.date | None,
    known: list[str],
    first_names: frozenset[str],
    speakers: frozenset[str],
) -> list[dict]:
    """The tasks told in the cells of a table that is not a list of tasks: Word's minutes
    templates keep each topic's notes in a cell ("| Hall | Alice will book it. |", "| Fest |
    Anna kümmert sich um den Saal. |"), read sentence by sentence as a paragraph is. The
    first row is the table's head."""
    found = []
    for row in rows[1:]:
        for cell in row:
            if len(cell) < 12 or not tasks.might_mark(cell):
                continue
            for sentence in split_sentences(cell):
                found.extend(_clause_tasks(sentence, ref, known, first_names, speakers))
    return found
