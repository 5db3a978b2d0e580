"""People as written in minutes: "Prof. Dr. Oliver Kruse (Offensive Mittelstand)"."""

from __future__ import annotations

import re

from .alternation import word_tree
from .vocabulary import OFFICES, alt

HONORIFIC_RE = re.compile(
    r"^(?P<h>(?:(?:apl\.\s*Prof\.|Prof\.|Dr\.\s*-?\s*Ing\.|Dr\.\s*rer\.\s*\w+\.|Dr\.\s*med\.|Dr\.|PD|"
    r"Dipl\.\s*-\s*[A-Za-zäöü]+\.?|M\.\s*A\.|B\.\s*A\.)\s*)+)",
)
SALUTATION_RE = re.compile(r"^(?:Herrn?|Frau|Hr\.|Fr\.)\s+")
# Letters of names from across Europe ("Çağıl Uluşahin", "Łukasz Żuk"), not only German ones.
UPPER = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper())
LOWER = "".join(chr(c) for c in range(0x61, 0x250) if chr(c).islower()) + "'’"
# Surnames with a capital inside after a common prefix ("McDonald", "MacLeod", "O'Brien",
# "D'Angelo", "DeNuzzo", "DiMaggio", "LaRue", "LeBlanc"), across English-speaking
# organisations; only after these prefixes, so "GitHub" or "PowerPoint" stay no names.
NAME_PREFIX = r"(?:Mc|Mac|O['’]|D['’]|De|Di|Da|La|Le)"
NAME_WORD = rf"{NAME_PREFIX}?[{UPPER}][{LOWER}]+(?:-{NAME_PREFIX}?[{UPPER}][{LOWER}]+)?"
PARTICLE = r"(?:von|van|de|zu|von der|van der|da|di|del)"
# Two or three name words, optionally with a particle before the last one.
PERSON_NAME_RE = re.compile(rf"^{NAME_WORD}(?:\s+{NAME_WORD})?(?:\s+{PARTICLE})?\s+{NAME_WORD}$")

# Words that start a sentence but are no first name.
NOT_FIRST_NAMES = {
    "Alle",
    "Als",
    "Am",
    "Auch",
    "Auf",
    "Aus",
    "Bei",
    "Bis",
    "Da",
    "Das",
    "Dabei",
    "Damit",
    "Dann",
    "Dazu",
    "Dem",
    "Den",
    "Der",
    "Des",
    "Die",
    "Dies",
    "Diese",
    "Dieser",
    "Dieses",
    "Ein",
    "Eine",
    "Einer",
    "Es",
    "Für",
    "Gegen",
    "Gemäß",
    "Im",
    "In",
    "Jede",
    "Jeder",
    "Mit",
    "Nach",
    "Neben",
    "Ohne",
    "Seit",
    "Sie",
    "Um",
    "Unter",
    "Über",
    "Vom",
    "Von",
    "Vor",
    "Während",
    "Wenn",
    "Wir",
    "Zum",
    "Zur",
    "Zu",
}
_NOUN_SUFFIX_RE = re.compile(
    r"(?:ung|heit|keit|schaft|stelle|gruppe|kreis|tion|tät|ismus|ment|nis|tum|ei|ium|erei|ik)$"
)


def format_honorific(raw: str | None) -> str | None:
    """Normalise spacing in an honorific ("Prof.Dr." -> "Prof. Dr.")."""
    if not raw:
        return None
    text = re.sub(r"\.\s*(?=[A-Za-z])", ". ", raw.strip())
    text = re.sub(r"Dr\. -?\s*Ing\.", "Dr.-Ing.", text)
    return re.sub(r"\s+", " ", text).strip() or None


def split_honorific(text: str) -> tuple[str | None, str]:
    """Split a leading salutation and academic title off a name."""
    text = SALUTATION_RE.sub("", text.strip())
    m = HONORIFIC_RE.match(text)
    if not m:
        return None, text
    return format_honorific(m["h"]), text[m.end() :].strip()


def looks_like_name(text: str) -> bool:
    """Tell whether text reads as a person's name ("Greta Ollertz")."""
    text = text.strip()
    if not PERSON_NAME_RE.match(text):
        return False
    words = text.split()
    if words[0] in NOT_FIRST_NAMES:
        return False
    return not any(_NOUN_SUFFIX_RE.search(w.lower()) for w in words[1:] if len(w) > 6)


# A run of names whose separators were lost ("Anna Berg Jonas Klein (Protokoll) Lea Hoffmann"):
# a PDF or a Word cell that set one person a line, read as one line of text.
_RUN_TOKEN_RE = re.compile(r"\([^()]{1,60}\)|[^\s()]+")
_NAME_WORD_RE = re.compile(NAME_WORD)


def run_of_names(text: str) -> list[str] | None:
    """The people of a run of first and last names without separators, or None.

    Only a run that is nothing but names, two words each ("Anna Berg Jonas Klein"), each
    optionally followed by its role in brackets ("Jonas Klein (Scrum Master)"), splits: an
    odd number of words, a bracket inside a name, or a word that is no name's (lower case,
    a number, "Die", a noun like "Gruppe") leave the text as it is.
    """
    tokens = _RUN_TOKEN_RE.findall(text)
    people: list[str] = []
    words: list[str] = []
    for tok in tokens:
        if tok.startswith("("):
            if words or not people:
                return None  # a bracket inside a name, or before the first
            people[-1] += f" {tok}"
            continue
        if tok in NOT_FIRST_NAMES or not _NAME_WORD_RE.fullmatch(tok):
            return None
        words.append(tok)
        if len(words) == 2:
            if len(tok) > 6 and _NOUN_SUFFIX_RE.search(tok.lower()):
                return None
            people.append(" ".join(words))
            words = []
    return people if not words and len(people) >= 2 else None


def parse_person(text: str) -> dict[str, str | None]:
    """Split "Dr. Anna Berg (BAuA)" into name, honorific and organisation."""
    text = " ".join(text.replace("\u00a0", " ").split()).strip(" ,;–-")
    organisation = None
    m = re.search(r"\(([^()]*)\)\s*$", text)
    if m:
        organisation = m.group(1).strip() or None
        text = text[: m.start()].strip()
    else:
        for sep in (" – ", " — ", " | ", ", "):
            if sep in text:
                head, tail = text.split(sep, 1)
                if looks_like_name(split_honorific(head)[1]):
                    text, organisation = head.strip(), tail.strip() or None
                    break
    honorific, name = split_honorific(text)
    return {"name": name.strip(" ,;"), "honorific": honorific, "organisation": organisation}


def name_only(text: str) -> str:
    """Return the bare name: honorifics, organisation and trailing remarks removed."""
    person = parse_person(re.split(r"\s*[,;]\s*|\s+(?:am|vom|den)\s+\d", text.strip())[0])
    return person["name"] or ""


def person_at_start(sentence: str, known: list[str] | None = None) -> str | None:
    """Return the person a sentence starts with ("Prof. Dr. Oliver Kruse bereitet ... vor")."""
    text = sentence.strip()
    salutation = bool(SALUTATION_RE.match(text))
    honorific, rest = split_honorific(text)
    for name in known or []:
        if name and rest.startswith(name) and rest[len(name) : len(name) + 1] in (" ", ",", ":"):
            return name
    m = re.match(
        rf"(?P<n>{NAME_WORD}(?:\s+{PARTICLE})?(?:\s+{NAME_WORD})?)\s+(?:und\s+\w+\s+)?[a-zäöüß]",
        rest,
    )
    if not m:
        return None
    name = m["n"]
    if honorific or salutation:
        return name
    return name if looks_like_name(name) else None


# Someone who speaks or reports in the minutes: "Seth KC0ODE reported …", "Byard Peake
# presented his report", "Elise recommends …", "Anna berichtet …". Minutes name people so
# whether or not they list those present; a callsign or initials may follow the name.
_SPEAKER_TITLE = r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Herr|Frau|Cllr|Co-chair|" + alt(*OFFICES) + r")\.?\s+)?"
# The verbs as a tree of their letters (word_tree): SPEAKER_VERB_RE scans the whole minutes
# for them, and tried each of the 60 at every space (0.30 -> 0.12 ms for the seed).
_SPEAKER_VERBS = word_tree(
    (
        "reported", "reports", "presented", "presents", "said", "says", "noted", "notes",
        "stated", "states", "mentioned", "mentions", "explained", "explains", "asked", "asks",
        "suggested", "suggests", "recommended", "recommends", "proposed", "proposes", "moved",
        "seconded", "raised", "raises", "informed", "advised", "submitted", "requested",
        "thanked", "thanks", "welcomed", "commented", "replied", "answered", "updated",
        "summarised", "summarized", "berichtet", "berichtete", "erklärt", "erklärte",
        "erläutert", "erläuterte", "fragt", "fragte", "informiert", "informierte", "schlägt",
        "schlug", "begrüßt", "begrüßte", "bedankt", "merkt", "weist", "sagt", "meint",
        "beantragt", "beantragte",
    )
)  # fmt: skip
SPEAKER_RE = re.compile(
    rf"(?:^[ \t]*(?:[-*•+]\s+|\d{{1,2}}[.)]\s+)?|(?<=[.!?;:]\s)|(?<=\s[-–]\s)){_SPEAKER_TITLE}"
    rf"(?P<n>{NAME_WORD}(?:\s+{NAME_WORD})?)(?:\s+[A-Z]{{1,2}}\d[A-Z0-9]{{1,4}}|\s+\([A-Z]{{2,4}}\))?\s+"
    rf"(?:{_SPEAKER_VERBS})\b",
    re.MULTILINE,
)
# The verbs alone: SPEAKER_RE tries its three openings at every character of the minutes
# (1.2 ms for the seed); it is run only where a verb stands, over the stretch before it
# that a title, a name of two words and a callsign can fill.
SPEAKER_VERB_RE = re.compile(rf"\s(?:{_SPEAKER_VERBS})\b")
SPEAKER_REACH = 120
# Words that stand where a speaker would and name nobody: "Treasurer reported", "Motion
# seconded", "Staff noted".
_NOT_SPEAKERS = NOT_FIRST_NAMES | {
    "The", "This", "That", "It", "He", "She", "They", "We", "Everyone", "Everybody", "All",
    "Motion", "Minutes", "Meeting", "Report", "Staff", "Board", "Committee", "Council",
    "Vorstand", "Kasse", "Team",
    "Group", "Management", "Member", "Members", "Mitglied", "Mitglieder", "Er", "Ich",
    "Or", "And", "But", "If", "So", "Then", "When", "Also", "However", "Nobody", "Someone",
}  # fmt: skip
# An office word alone ("Treasurer", "Kassenwartin", "Director"): the office, no name.
_OFFICE_ALONE_RE = re.compile(alt(*OFFICES), re.IGNORECASE)


def not_speaker(word: str) -> bool:
    """True if the word, standing where a speaker's name would, names nobody."""
    return word in _NOT_SPEAKERS or _OFFICE_ALONE_RE.fullmatch(word) is not None


def speakers(text: str) -> frozenset[str]:
    """The words of the names of those who speak or report in the minutes.

    "Byard Peake presented his report" gives "Byard" and "Peake": either may name him later
    ("Peake will get an estimate").
    """
    found: set[str] = set()
    seen: set[int] = set()
    for verb in SPEAKER_VERB_RE.finditer(text):
        start = max(0, verb.start() - SPEAKER_REACH)
        for m in SPEAKER_RE.finditer(text, start, verb.end()):
            if m.start() in seen:
                continue
            seen.add(m.start())
            words = m["n"].split()
            if not_speaker(words[0]) or any(_NOUN_SUFFIX_RE.search(w.lower()) for w in words):
                continue
            found.update(w for w in words if not not_speaker(w))
    return frozenset(found)
