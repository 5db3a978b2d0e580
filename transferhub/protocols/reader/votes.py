"""Vote counts written in words or as names: "mit zwei Stimmen, einer Gegenstimme", "Ayes: A, B".

content.parse_votes reads counts written as digits; this module turns the other common forms
into them: number words in front of a vote word ("zwei Gegenstimmen", "seven in favour",
"keine Enthaltungen") and roll-call votes that list who voted how ("AYES: Smith, Lee and
Brown. NOES: None.", "Peter abstains, Nick abstains; Benjamin votes for").
"""

from __future__ import annotations

import re

from .alternation import holds_any, lowered

_NUMBERS = {
    # German, in the forms a count takes before a noun ("einer Gegenstimme").
    "null": 0, "kein": 0, "keine": 0, "keiner": 0, "keinen": 0,
    "ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "eins": 1,
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
    "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    "zwanzig": 20,
    # English.
    "zero": 0, "none": 0, "no": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20,
}  # fmt: skip
# What may follow a count: a vote word, perhaps after "Ja-" / "Nein-" or "votes".
_VOTE_NOUN = (
    r"(?:(?:Ja|Nein|Pro|Contra)[-\s]?)?(?:Stimme|Stimmen|Gegenstimmen?|Enthaltung(?:en)?|"
    r"Stimmenthaltung(?:en)?|dafür|dagegen|votes?|abstentions?|abstained|in\s+favou?r|for|"
    r"against|ayes?|nays?|noes|opposed|yes)\b"
)
# Matched on the lower-cased text: without IGNORECASE the alternation is several times faster.
NUMBER_WORD_RE = re.compile(
    r"\b(?P<w>" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")\b"
    r"(?=\s+(?:weitere[nr]?\s+|more\s+)?" + _VOTE_NOUN.lower() + ")",
)


_NUMBER_SET = frozenset(_NUMBERS)


def numbers_as_digits(text: str) -> str:
    """Write number words before a vote word as digits ("einer Enthaltung" → "1 Enthaltung")."""
    low = lowered(text)
    if len(low) != len(text) or _NUMBER_SET.isdisjoint(low.split()):
        return text  # a cheap test first: no number word stands alone in the text
    out, last = [], 0
    for m in NUMBER_WORD_RE.finditer(low):
        out += [text[last : m.start()], str(_NUMBERS[m["w"]])]
        last = m.end()
    return "".join(out) + text[last:] if out else text


# "mit 2 Stimmen, 1 Gegenstimme und 1 Enthaltung": "Stimmen" alone are the votes for.
STIMMEN_GEGEN_RE = re.compile(
    r"(?P<y>\d{1,3})\s+Stimmen\b(?:\s+dafür)?[^.\d]{0,12}?(?P<n>\d{1,3})\s+Gegenstimmen?\b"
    r"(?:[^.\d]{0,12}?(?P<a>\d{1,3})\s+(?:Stimm)?[Ee]nthaltung(?:en)?\b)?",
)

# A roll call: "AYES: Commissioners Smith, Lee and Brown. NOES: None. ABSTAIN: Kim."
_LABEL = {
    "yes": r"Ayes?|Yeas?|Yes|In\s+favou?r|For|Dafür|Ja(?:[-\s]?Stimmen)?",
    "no": r"Noes|Nays?|No|Against|Opposed|Dagegen|Nein(?:[-\s]?Stimmen)?|Gegenstimmen",
    "abstain": r"Abstain(?:ed|s|ing)?|Abstentions?|Enthaltung(?:en)?|Enthalten",
}
ROLL_LABEL_RE = re.compile(
    r"(?:^|(?<=[\s.;,(]))(?P<label>"
    + "|".join(f"(?P<{k}>{v})" for k, v in _LABEL.items())
    + r")\s*[:\-–]\s*",
    re.IGNORECASE,
)
_NONE_RE = re.compile(r"^(?:none|nobody|keine?r?|niemand|-|–|0)$", re.IGNORECASE)
_TITLE_RE = re.compile(
    r"^(?:Commissioners?|Councilmembers?|Council\s+Members?|Members?|Directors?|Trustees?|"
    r"Supervisors?|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+",
    re.IGNORECASE,
)
_SPLIT_RE = re.compile(r"\s*(?:,|;|\band\b|\bund\b|&)\s*")
# A name as it stands in a roll call: one to four capitalised words.
_NAME_RE = re.compile(r"^[A-ZÄÖÜ][\w.'’-]*(?:\s+[A-ZÄÖÜ][\w.'’-]*){0,3}$")


def _count_names(text: str) -> int | None:
    text = text.strip().rstrip(".").strip()
    if _NONE_RE.match(text):
        return 0
    text = _TITLE_RE.sub("", text)
    parts = [p for p in _SPLIT_RE.split(text) if p]
    if not parts or len(parts) > 60:
        return None
    parts = [_TITLE_RE.sub("", p) for p in parts]
    if not all(_NAME_RE.match(p) for p in parts):
        return None
    return len(parts)


def roll_call(text: str) -> dict[str, int] | None:
    """Count a vote written as names after "Ayes:", "Noes:", "Abstain:" (None when not one)."""
    if text.count(":") + text.count("-") + text.count("–") < 2:
        return None  # two labels at least, each with its colon or dash
    marks = list(ROLL_LABEL_RE.finditer(text))
    if len(marks) < 2:
        return None
    counts: dict[str, int] = {}
    for k, m in enumerate(marks):
        stop = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        chunk = text[m.end() : stop]
        # A list ends at the sentence's end: "NOES: None. The motion carried."
        chunk = re.split(r"\.\s+(?=[A-Z])|\n", chunk, maxsplit=1)[0]
        kind = next(key for key in _LABEL if m[key])
        n = _count_names(chunk)
        if n is None:
            return None
        counts[kind] = counts.get(kind, 0) + n
    if "yes" not in counts or len(counts) < 2:
        return None
    return {"yes": counts["yes"], "no": counts.get("no", 0), "abstain": counts.get("abstain", 0)}


# "Peter abstains, Nick abstains; Benjamin votes for, James votes for".
PERSON_VOTE_RE = re.compile(
    r"(?<![\w.'’-])(?!(?:The|Der|Die|Das|All|Alle|Everyone|Everybody|Nobody|Niemand)\b)"
    r"(?P<who>[A-ZÄÖÜ][\w.'’-]*)\s+"
    r"(?:(?P<yes>votes?\s+(?:for|yes|in\s+favou?r)|voted\s+(?:for|yes|in\s+favou?r)|"
    r"stimmt\s+dafür|stimmte\s+dafür)|(?P<no>votes?\s+(?:against|no)|voted\s+(?:against|no)|"
    r"stimmt\s+dagegen|stimmte\s+dagegen)|(?P<abstain>abstains?|abstained|enthält\s+sich|"
    r"enthielt\s+sich))\b",
)


# A roll call name by name: "ROLL CALL VOTE: Smith - Yes, Jones - Yes, Lee - No", "Roll call:
# Smith, aye; Jones, aye; Lee, nay", "Abstimmung: Anna: ja, Ben: nein".
NAME_VOTE_RE = re.compile(
    r"(?:^|(?<=[\s,;:(]))(?P<who>(?:(?:Mr|Mrs|Ms|Dr|Cllr|Councilmember|Councillor|Commissioner|"
    r"Director|Trustee|Supervisor)\.?\s+)?[A-ZÄÖÜ][\w.'’-]+(?:\s+[A-ZÄÖÜ][\w.'’-]+){0,2})"
    r"\s*[-–:,]\s*(?P<v>(?i:yes|aye|no|nay|abstain(?:ed|s)?|ja|nein|enthaltung))\b"
)
# Two "- yes", ", aye", ": nein" at least before a roll call is read name by name.
_NAME_VOTE_HINT_RE = re.compile(r"[-–:,]\s*(?:yes|aye|no|nay|abstain|ja|nein|enthaltung)\b")
_PERSON_VOTE_HINTS = (
    "vote", "abstain", "stimmt", "stimmte", "enthält", "enthielt", "aye", "roll call", "abstimmung",
)  # fmt: skip
_NAME_VOTE_KIND = {"yes": "yes", "aye": "yes", "ja": "yes", "no": "no", "nay": "no", "nein": "no"}


def person_votes(text: str) -> dict[str, int] | None:
    """Count votes told person by person ("Peter abstains, Benjamin votes for", "Lee - No")."""
    low = lowered(text)
    if not holds_any(low, _PERSON_VOTE_HINTS):
        return None
    counts = {"yes": 0, "no": 0, "abstain": 0}
    seen: set[str] = set()
    for m in PERSON_VOTE_RE.finditer(text):
        if m["who"] in seen:
            continue
        seen.add(m["who"])
        counts[next(k for k in counts if m[k])] += 1
    if not seen and len(_NAME_VOTE_HINT_RE.findall(low)) >= 2:
        for m in NAME_VOTE_RE.finditer(text):
            if m["who"] in seen:
                continue
            seen.add(m["who"])
            counts[_NAME_VOTE_KIND.get(m["v"].lower(), "abstain")] += 1
    if not counts["yes"] or sum(counts.values()) < 2:
        return None
    return counts


_YES_COL = re.compile(r"^(?:ja|ja[-\s]?stimmen|dafür|pro|yes|ayes?|for|in\s+favou?r)$", re.I)
_NO_COL = re.compile(
    r"^(?:nein|nein[-\s]?stimmen|dagegen|contra|gegenstimmen|no|nays?|noes|against)$", re.I
)
_ABSTAIN_COL = re.compile(r"^(?:enthaltung(?:en)?|enthalten|abstain(?:ed|s)?|abstentions?)$", re.I)


def table_votes(rows: list[list[str]]) -> list[dict] | None:
    """Read a table of results ("| Vorsitz | Anna | 9 | 1 | 2 |" under Ja/Nein/Enthaltung).

    Each row with counts is one decision (an election or a motion) in its own words; None
    when the table has no yes and no columns.
    """
    if len(rows) < 2:
        return None
    header = [c.strip(" *_").lower() for c in rows[0]]
    c_yes = next((i for i, h in enumerate(header) if _YES_COL.match(h)), None)
    c_no = next((i for i, h in enumerate(header) if _NO_COL.match(h)), None)
    c_abs = next((i for i, h in enumerate(header) if _ABSTAIN_COL.match(h)), None)
    if c_yes is None or c_no is None:
        return None
    counts = {c_yes, c_no, c_abs}
    out = []
    for row in rows[1:]:
        cells = [c.strip(" *_") for c in row]

        def num(i: int | None, cells: list[str] = cells) -> int | None:
            if i is None:
                return 0
            v = cells[i] if i < len(cells) else ""
            return int(v) if v.isdigit() and len(v) <= 4 else (0 if v in ("", "-", "–") else None)

        yes, no, abstain = num(c_yes), num(c_no), num(c_abs)
        if yes is None or no is None or abstain is None or not (c_yes < len(cells)):
            continue
        if not cells[c_yes].isdigit():
            continue
        words = [c for i, c in enumerate(cells) if i not in counts and c and c != "(...)"]
        text = " ".join(words) or " ".join(c for c in cells if c)
        out.append(
            {
                "text": text,
                "kind": "rejected" if yes < no else "resolution",
                "votes": {"yes": yes, "no": no, "abstain": abstain},
            }
        )
    return out or None


# The words of a count, never part of a name before it.
_COUNT_WORD = (
    r"(?:Ja|Nein|Stimm\w*|Gegenstimm\w*|Enthaltung\w*|Stimmenthaltung\w*|Votes?|Abstentions?|"
    r"Against|For|Yes|No)\b"
)
# "Leon Farchau: 5 Ja-Stimmen, keine Nein-Stimme und eine Enthaltung Michael Prange: 5 …":
# the results of an election, one candidate or office after the other.
_LISTED_RE = re.compile(
    r"(?:^|(?<=[\s.;]))(?!" + _COUNT_WORD + r")(?P<who>[A-ZÄÖÜ][\w.'’-]*"
    r"(?:\s+(?:von\s+|van\s+|de\s+)?(?!" + _COUNT_WORD + r")[A-ZÄÖÜ][\w.'’-]*){0,3})"
    r"\s*:\s*(?=(?:\d|eine?r?\b|keine?\b|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|"
    r"zwölf|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|no\b|none\b))"
)

_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ")


def listed_start(line: str) -> re.Match | None:
    """The "Name: count" a line opens with ("Leon Farchau: 5 Ja-Stimmen, …"), if it does."""
    # A match begins with a capital and holds a colon: the engine (some 1,400 instructions a
    # call before it looks at the line) only where the line has both.
    if line[:1] not in _CAPITALS or ":" not in line:
        return None
    return _LISTED_RE.match(line)


def listed_results(text: str, parse) -> list[tuple[str, dict[str, int]]]:
    """Each "Name: count" of a list of election results, when there are two or more."""
    if text.count(":") < 2:
        return []  # most paragraphs: no list of two results at all
    marks = list(_LISTED_RE.finditer(text))
    if len(marks) < 2:
        return []
    out = []
    for k, m in enumerate(marks):
        stop = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        chunk = text[m.end() : stop]
        chunk = re.split(r"(?<=\w)\.\s+(?=[A-ZÄÖÜ])", chunk, maxsplit=1)[0]
        counted = parse(chunk) if len(chunk) < 160 else None
        if counted is None:
            return []  # a list of something else ("Anna: 3 Folien")
        out.append((m["who"], counted))
    return out


# A count and the word of its side, in either order: "6 Ja-Stimmen", "eine Enthaltung" (as
# digits by then), "11 Personen dafür", "2 enthalten sich", "Stimmen für Anna: 10",
# "Stimmenthaltungen: 1", "Against: 3". Matched on the lower-cased text.
_SIDE = {
    # "… stimmen 9 Personen zu, 2 dagegen": "zu" closing its clause.
    # "mit 16 Stimmen bei 1 Enthaltung", "bei 1 Enthaltung und 16 Stimmen": votes bare beside
    # a side named are those for (not "6 von 8 Stimmen", a share; _side_counts).
    "yes": r"ja(?:[-\s]?stimmen?)?|dafür|zustimmungen?|stimmen\s+für\b[^:\d\n]{0,40}|pro|"
    r"zu(?=\s*[,;]|\s+und\b)|yes|ayes?|yeas?|in\s+favou?r|for|"
    r"stimmen(?=\s*(?:[,;.]|und\b|bei\b|sowie\b|wurden?\b|gewählt|wiedergewählt|entlastet|angenommen|"
    r"zugestimmt|bestätigt|genehmigt|beschlossen))",
    "no": r"nein(?:[-\s]?stimmen?)?|dagegen|gegenstimmen?|stimmen\s+gegen\b[^:\d\n]{0,40}|"
    r"contra|no|nays?|noes|against|opposed",
    "abstain": r"(?:stimm)?enthaltung(?:en)?|enthalten(?:\s+sich)?|enthält\s+sich|abstentions?|"
    r"abstain(?:ed|s|ing)?",
}
_SIDE_ALT = "|".join(f"(?P<{k}>{v})" for k, v in _SIDE.items())
_SIDE_WORD = "|".join(f"(?:{v})" for v in _SIDE.values())
TALLY_RE = re.compile(
    # "11 Personen dafür", "9 dafür", "6 ja-stimmen", "1 person stimmt dagegen".
    r"(?:(?<![\d.:/-])(?P<n>\d{1,3})|(?P<z>niemand|nobody|no\s+one))\s+(?:(?:person(?:en)?|mitglieder|members?|people|votes?|stimmen)\s+)?"
    r"(?:(?:stimm(?:t|en)|sind|waren|voted|were)\s+)?(?:" + _SIDE_ALT + r")\b"
    # Not "dafür: 5" (the count after its word), but "1 dafür 2 enthaltungen 7 dagegen": the
    # next count with a side word of its own after it.
    r"(?!\s*[-:/]?\s*\d{1,3}\b(?!\s+(?:" + _SIDE_WORD + r")\b))"
    # "Stimmen für Anna: 10", "Gegenstimmen: 1", "Against - 3".
    r"|(?:^|(?<=[\s;,(/|]))(?P<w>" + _SIDE_WORD + r")\s*[:=–-]\s*(?P<m>\d{1,3})\b(?![.:/]\d)"
)
_TALLY_GATE_RE = re.compile(r"\d")
_SHARE_RE = re.compile(
    r"\b(?:von|of|aus|zu|to|gegen|against)\s+(?:\d{1,3}\s+)?(?:abgegebenen\s+)?$|\d\s*[:/-]\s*$"
)
# An abstention word, or "Gegenstimme(n)" beside bare votes for ("bei 1 Gegenstimme mit 16
# Stimmen"): a side named that the fixed-order patterns do not read.
_ABSTAIN_HINTS = ("enthalt", "enthält", "abstain", "abstention", "gegenstimme")


def tally(text: str) -> dict[str, int] | None:
    """Read a count whose sides stand in any order, each named once.

    "mit 6 Ja-Stimmen, 4 Enthaltungen und 2 Nein-Stimmen", "5 dafür, eine Enthaltung und 6
    dagegen", "9 dafür, 2 enthalten sich und 1 dagegen", "Stimmen für Anna: 10;
    Stimmenthaltungen: 1; Gegenstimmen: 1". None unless yes, no and abstentions are all told
    (the fixed-order forms of content.parse_votes read the rest); with an abstention word,
    the yes votes and one other side are enough, the third then had none.
    """
    counts = _side_counts(text)
    if counts is None or (len(counts) < 3 and not (len(counts) == 2 and "yes" in counts)):
        return None
    # "mit 34 Stimmen dafür und 1 Enthaltung": the side not told had no votes.
    return {"yes": counts["yes"], "no": counts.get("no", 0), "abstain": counts.get("abstain", 0)}


def abstentions(text: str) -> int | None:
    """The abstentions a text counts, whatever else it counts ("bei 1 Enthaltung")."""
    return (_side_counts(text) or {}).get("abstain")


def _side_counts(text: str) -> dict[str, int] | None:
    """Each side's count named in the text (tally's words); None without an abstention word
    or where one side is told twice with two numbers."""
    low = lowered(text)
    if not holds_any(low, _ABSTAIN_HINTS) or not _TALLY_GATE_RE.search(text):
        return None  # three sides or none: without an abstention word no tally (most texts)
    low = numbers_as_digits(text).lower()
    if len(_TALLY_GATE_RE.findall(low)) < 2:
        return None
    counts: dict[str, int] = {}
    for m in TALLY_RE.finditer(low):
        if m["w"] is None:
            side = next(k for k in _SIDE if m[k] is not None)
            if side == "yes" and m["yes"] == "stimmen" and _SHARE_RE.search(low, 0, m.start()):
                continue  # "mit 6 von 8 stimmen": a share, or the other side of "7 zu 2 Stimmen"
            n = int(m["n"]) if m["n"] else 0  # "niemand enthält sich"
        else:
            word = m["w"]
            side = next(k for k, v in _SIDE.items() if re.fullmatch(v, word))
            n = int(m["m"])
        if counts.setdefault(side, n) != n:
            return None  # one side told twice with two numbers: no single vote
    return counts


# One side's count alone on a line: "Stimmen für Anna: 10", "Stimmenthaltungen: 1",
# "Gegenstimmen: 0", "Against: 3", perhaps with the next short sentence glued on by a PDF.
SIDE_LINE_RE = re.compile(
    r"^[*_\s]*(?:" + _SIDE_WORD + r")[*_\s]*[:=–-]\s*\d{1,3}\b(?![.:/]\d)[^\n]{0,60}$"
)


def side_line(text: str) -> bool:
    """Whether a short line holds the count of one side of a vote ("Gegenstimmen: 1")."""
    return len(text) < 100 and ":" in text and bool(SIDE_LINE_RE.match(text.lower()))
