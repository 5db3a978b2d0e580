"""How many elections a recorded election tells: one decision per office filled.

The label rules (corpus manifest "about", scoring.py) count an election as one decision per
office filled: "A wurde zum Vorsitzenden, B zur Kassiererin und C zum Schriftführer gewählt"
is three, "Alle wurden wiedergewählt" after four offices put up is four, "Als neue
Vorstandschaft wurden gewählt:" over ten offices listed is ten; the two auditors of one office
are one, and people elected en bloc to one body with no offices named are one.

content.analyse asks here wherever it records an election: for a sentence
(offices_elected), for a lead that announces the results below it (election_lead, or an
election followed by "Folgende Besetzung:", announces; then listed_offices over the list
items, lines or table rows it announces), and for a list of offices and holders under an
election heading (election_heading, holder_items). Every function answers 1 (or False) for
text without an election word, after a cheap test (might_elect, or a substring test of the
heading), so minutes without elections pay nothing more.
"""

from __future__ import annotations

import re

from .alternation import holds_any, lowered

# A cheap test first: the words every election this module counts holds.
_WORDS = ("gewählt", "elected", "bestätigt", "appointed", "wählt", "confirmed")


def might_elect(text: str) -> bool:
    """Could this text record an election at all? (A substring test, no pattern; the text
    lowered once a read, as the decision and task tests before it lowered it.)"""
    return holds_any(lowered(text), _WORDS)


# Offices a club or a board fills by election, as minutes of general meetings name them; an
# ordinal or a qualifier in front is part of the office ("1. Vorsitzender" and "2.
# Vorsitzender" are two offices).
_QUALIFIER = (
    r"(?P<q>\d\.\s*|(?:erste|zweite|dritte|stellvertretende|neue|technische|first|second|"
    r"vice|deputy|assistant|co)[a-z]*[- ]\s*)?"
)
_OFFICE_NAMES = (
    r"(?:[A-ZÄÖÜ][a-zäöüß]*-?)?(?:[Vv]orsitz\w*|[Kk]assier\w*|[Kk]assenwart\w*|"
    r"[Kk]assenprüfer\w*|[Rr]echnungsprüfer\w*|[Rr]evisor\w*|[Rr]echnungsrevisor\w*|"
    r"[Ss]chriftführer\w*|[Ss]chriftwart\w*|[Aa]ktuar\w*|[Bb]eisitz\w*|[Pp]räsident\w*|"
    r"[Ss]chatzmeister\w*|[Ff]inanzreferent\w*|[Ll]eiter(?:in)?\b|[Ww]art(?:in)?\b|"
    r"[Oo]bmann|[Oo]bfrau|[Ss]precher\w*|[Jj]ugendleiter\w*|[Gg]eschäftsführer\w*)|"
    r"(?i:chair(?:man|woman|person)?|president|treasurer|secretary|auditors?|trustees?|"
    r"registrar|webmaster|membership\s+secretary)\b"
)
_OFFICE = r"\b" + _QUALIFIER + r"(?P<office>" + _OFFICE_NAMES + r")"
_OFFICE_RE = re.compile(_OFFICE)
_BARE_OFFICE = _OFFICE.replace("(?P<q>", "(?:").replace("(?P<office>", "(?:")
# An office named as what someone was elected to: "zum 1. Vorsitzenden", "zur Kassiererin",
# "als Aktuar, Materialwart und Rechnungsrevisor", "as treasurer", "elected chair"; a body
# joined ("in den Vorstand") is no office (one election en bloc).
_TARGET_RE = re.compile(
    r"\b(?i:zu[mr]|als|as|elected|appointed)\s+(?:(?i:the|neue[nrm]?|new)\s+)?"
    + _BARE_OFFICE
    + r"(?:\s*(?:,|\bund\b|\band\b|\bsowie\b|&)\s*(?:(?:[A-ZÄÖÜ][\w'-]+\s+){1,3})?"
    r"(?:(?i:zu[mr]|als|as|the)\s+)?" + _BARE_OFFICE + r")*"
)
# An office in front of the name of the person elected ("Kassier Julian Betschart", "die
# Rechnungsrevisoren Anna Berg und …"): read only where several were elected at once.
_OFFICE_BEFORE_NAME_RE = re.compile(
    _BARE_OFFICE + r"(?=\s+[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]+)"
)
_PLURAL_ELECTED_RE = re.compile(
    r"\b(?:wurden|sind|were|have\s+been)\b[^.!?]{0,60}?\b(?:(?:wieder|neu)?gewählt|"
    r"bestätigt|(?:re-?)?elected)\b",
    re.IGNORECASE,
)
_ELECTED_RE = re.compile(
    r"(?:wieder|neu)?gewählt|\bwählt|bestätigt|(?:re-?)?elected|appointed|confirmed",
    re.IGNORECASE,
)
# "Alle wurden einstimmig wiedergewählt", "Beide wurden bestätigt", "All were re-elected":
# those the sentences before put up for (re-)election.
_ALL_ELECTED_RE = re.compile(
    r"^(?:Alle|Beide|Sie\s+alle|Alle\s+\w+|All|Both|All\s+\w+|They\s+all)\s+"
    r"(?:wurden|were|have\s+been)\b",
    re.IGNORECASE,
)
_STOOD_RE = re.compile(
    r"\bzur\s+(?:Wieder)?wahl\b|kandidier|zur\s+Verfügung|\bstood\s+(?:for|again)|"
    r"\bstand(?:ing)?\s+(?:for|again)\b|\bnominat|\boffered\s+to\s+serve|\bre-?stand",
    re.IGNORECASE,
)
# A clause after a comma tells around the election ("…, nachdem sie als Beisitzerin
# ausgeschieden war", "…, who had served as treasurer"): its offices are no target.
_SIDE_CLAUSE_RE = re.compile(
    r",\s+(?:nachdem|weil|da|obwohl|wo|die|der|das|dem|den|welche\w*|after|who|which|since|"
    r"because|when|where|whose)\b",
    re.IGNORECASE,
)
# The meeting's own functionaries, one election each however they are told ("Wahlleiter",
# "Protokollführer", "chair of the meeting"), are no office of the club; they are counted
# as the reader counted them before.
_OF_MEETING_RE = re.compile(r"\b(?:der\s+(?:Versammlung|Sitzung)|of\s+the\s+meeting)\b", re.I)


def _key(m: re.Match) -> str:
    """An office as one key: qualifier and word, folded ("Vorsitzenden" = "Vorsitzender")."""
    q = (m["q"] or "").strip(" -.").lower()[:5]
    word = m["office"].lower()
    word = re.sub(r"(?:innen|in|en|es|em|er|e|n|s)$", "", word) if len(word) > 5 else word
    return f"{q} {word}"


def _offices(text: str, *, before_names: bool) -> set[str]:
    """The offices a sentence names as filled."""
    side = _SIDE_CLAUSE_RE.search(text)
    end = side.start() if side else len(text)
    found: set[str] = set()
    for t in _TARGET_RE.finditer(text, 0, end):
        found.update(_key(m) for m in _OFFICE_RE.finditer(t.group()))
    if before_names:
        for t in _OFFICE_BEFORE_NAME_RE.finditer(text, 0, end):
            found.update(_key(m) for m in _OFFICE_RE.finditer(t.group()))
    return found


def offices_elected(sentence: str, before: list[str] | tuple[str, ...] = ()) -> int:
    """How many elections a sentence recording an election tells, by the label rules: one per
    office filled ("A wurde zum Vorsitzenden und B zur Kassiererin gewählt" two; the auditors
    of one office one); "Alle wurden wiedergewählt" counts the offices the sentences before
    (before, the nearest last) put up. 1 for a sentence naming fewer than two offices."""
    if not might_elect(sentence) or not _ELECTED_RE.search(sentence):
        return 1
    if _OF_MEETING_RE.search(sentence):
        return 1
    plural = _PLURAL_ELECTED_RE.search(sentence) is not None
    n = len(_offices(sentence, before_names=plural))
    if n < 2 and _ALL_ELECTED_RE.match(sentence):
        stood: set[str] = set()
        for earlier in before[-3:]:
            if _STOOD_RE.search(earlier):
                stood |= _offices(earlier, before_names=False)
        n = len(stood)
    return max(n, 1)


# A lead that announces the elected below it: "Als neue Vorstandschaft wurden gewählt:",
# "Folgende Personen werden gewählt:", "wählt die Versammlung den Vorstand wie folgt:",
# "the following were elected to the posts shown", "Elected were:".
_LEAD_RE = re.compile(
    r"(?:gewählt|wählt|wählen|wählte|bestätigt|elected|appointed)\b[^.!?]{0,130}?(?::\s*$|"
    r"\bwie\s+folgt\b|\bas\s+follows\b)|"
    r"\b(?:folgenden?|following)\b[^.!?:]{0,80}?\b(?:gewählt|wählt|wählen|elected|appointed)\b"
    r"[^.!?:]{0,60}?[:.]?\s*$",
    re.IGNORECASE,
)
# Who stands, not who was elected: "… gewählt werden sollen folgende Personen:", "Zur Wahl
# vorgeschlagen wurden:".
_CANDIDATES_RE = re.compile(
    r"vorgeschlagen|\bzur\s+wahl\s+stehen|\bstand(?:ing)?\s+for|nominated|\bsollen\b|\bto\s+be\b",
    re.IGNORECASE,
)


def election_lead(sentence: str) -> bool:
    """Whether a sentence recording an election announces its results below it."""
    if not might_elect(sentence):
        return False
    m = _LEAD_RE.search(sentence.rstrip(" *_"))
    return m is not None and not _CANDIDATES_RE.search(m.group())


# The line after an election that announces its results below: "Folgende Besetzung:", "The
# results were as follows:".
_ANNOUNCES_RE = re.compile(r"\b(?:folgend\w*|following|wie\s+folgt|as\s+follows)\b", re.I)
NOT_ELECTED_RE = re.compile(r"\bnicht\s+gewählt|\bnot\s+elected|\bunsuccessful\b", re.I)


def announces(sentence: str) -> bool:
    """Whether a sentence after an election announces who was elected below it."""
    text = sentence.rstrip(" *_")
    return (
        text.endswith(":")
        and _ANNOUNCES_RE.search(text) is not None
        and _CANDIDATES_RE.search(text) is None
        and _NOMINEE_RE.search(text) is None
    )


# One office and its holder on a line of a flowed list: "Kassier: Anna Berg", "Chair - Mel
# Leitch", "Anna Berg (Präsident)", "als Protokollführer/in: Sebastian Wicki".
_PAIR_RE = re.compile(
    r"(?:^|\s)[\w./-]+(?:\s+[\w./-]+){0,3}\s*(?::|\s[-–]\s)\s*\**\s*[A-ZÄÖÜ]|"
    r"[A-ZÄÖÜ][\w-]+\s+\((?:[A-ZÄÖÜ][\w./-]*)(?:\s+[\w./-]+){0,2}\)"
)


def holders_in(line: str) -> int:
    """How many pairs of office and holder a line names ("Anna Berg (Präsident) Ben Kurz
    (Kassier)" two)."""
    return len(_PAIR_RE.findall(line))


def listed_offices(lines: list[str]) -> list[str]:
    """The elections the lines under an election lead record, one text each: a line per office
    (each list item, each "Kassier: Anna Berg" line), or as many as the pairs of office and
    holder a flowed line holds ("Chair - A Vice Chair - B" two)."""
    out = []
    for line in lines:
        out.extend([line] * max(1, holders_in(line)))
    return out


# A heading or item title over elections: "Wahlen", "Neuwahl des Vorstands", "Committee
# Elections", "Election of Officers"; not the rules or the date of an election.
_ELECTION_HEADING_RE = re.compile(
    r"^(?:(?:TOP|Item)?\s*[\d.)]*\s*)?(?:[\w-]+\s+){0,2}?(?:(?:Neu|Vorstands|Ersatz|Nach)?"
    r"[Ww]ahl(?:en)?|Wahlergebnis(?:se)?|(?i:elections?|election\s+of|election\s+results?|"
    r"(?:re-?)?elected))\b(?![^\n]{0,40}\b(?:[Pp]rocess|[Rr]ules|[Oo]rdnung|[Tt]ermin|"
    r"[Vv]erfahren|[Pp]rüfung|[Ll]eit\w*|[Dd]ate))",
)


def election_heading(title: str) -> bool:
    """Whether an item title or heading announces elections ("Wahlen", "Board Elections")."""
    low = title.lower()
    if "wahl" not in low and "elect" not in low:
        return False
    if "report" in low or "bericht" in low:
        return False  # "Reports from elected members", "Bericht des Wahlausschusses"
    return _ELECTION_HEADING_RE.match(title.lstrip("#*_ ").strip()) is not None


_NOMINEE_RE = re.compile(
    r"kandid|candidat|nominat|vorgeschlagen|vorschlag|\bzu\s+wählen|to\s+be\s+elected|stell\w*\s+sich|"
    r"stands?\b|standing\b|\?",
    re.IGNORECASE,
)
# A tally is a vote's result, not an office ("With abstentions: Tom Hill", "Ja: 9").
_TALLY_RE = re.compile(
    r"abstain|abstention|enthalt|\bstimmen\b|\bvotes?\b|\b(?:ja|nein|yes|no|for|against)\s*:",
    re.IGNORECASE,
)
_HOLDER_ITEM_RE = re.compile(
    r"^[*_]*(?:\d\.\s*)?[\w/ -]{2,40}?[*_]*\s*(?::|\s[-–]|\.)\s*[*_]*\s*[A-ZÄÖÜ]|"
    r"\b(?:re-?)?elected\b|\bgewählt\b"
)


def nominees(text: str) -> bool:
    """Whether a text speaks of candidates rather than of those elected."""
    return _NOMINEE_RE.search(text) is not None


def holder_items(items: list[str]) -> bool:
    """Whether the items of a list under an election heading each name an office and who was
    elected to it ("Kassier: Anna Berg", "Treasurer - Tom Hill", "Secretary. Joan Pike", "Ann
    Lee re-elected president"): short, no candidates, most with a separator or an office."""
    if len(items) < 2:
        return False
    clear = named = 0
    for item in items:
        if len(item) > 90 or len(item.split()) > 10 or _NOMINEE_RE.search(item):
            return False
        if _TALLY_RE.search(item):
            return False
        office = _OFFICE_RE.search(item) is not None or _ELECTED_RE.search(item) is not None
        named += office
        if _HOLDER_ITEM_RE.search(item) or (office and re.search(r"[A-ZÄÖÜ][a-zäöüß]+\s*$", item)):
            clear += 1
    # Most name an office and holder, and two in five an office the club fills (not "Plakate:
    # Paul" under the heading of a student election being organised).
    return clear * 2 >= len(items) + 1 and named * 5 >= len(items) * 2
