"""Decisions (Beschlüsse) written in running text, and the votes beside them.

content.analyse reads labelled decisions ("Beschluss: …", "Resolution: …") and German
decision sentences at the start of a paragraph; this module adds the forms found inside
paragraphs and in English: "Es wird beschlossen, …", "Die Versammlung stimmt dem Antrag
zu", "Motion carried", "RESOLVED that …", "The board voted to …", an outcome on its own
("Einstimmig angenommen (7/0/1).", "Carried 5-0-1") under the motion it decides.
"""

from __future__ import annotations

import re

from .vocabulary import alt

PASSIVE_RE = re.compile(r"\b" + alt("decision_passive") + r"\b", re.IGNORECASE)
# "Die Versammlung stimmt dem Antrag zu", "Der Vorstand lehnt den Vorschlag ab".
AGREES_RE = re.compile(
    r"^(?:Die|Der|Das|Alle)\s+[^.!?]{1,60}?\s+(?P<verb>stimm(?:t|en)|lehn(?:t|en))\s+"
    r"[^.!?]{1,120}?\s(?P<part>zu|ab)\b[.!]?\s*(?:\(.*\))?\s*$"
)
# "The board approved the budget", "The members adopted the new rules".
EN_BODY_RE = re.compile(
    r"^(?:The\s+)?(?:board|committee|council|members(?:hip)?|group|TSC|meeting|assembly|"
    r"general\s+meeting|AGM|executive|steering\s+committee)\s+(?:unanimously\s+)?"
    r"(?P<verb>approved|adopted|accepted|ratified|rejected|declined|agreed|resolved|decided|"
    r"voted)\b",
    re.IGNORECASE,
)
# "It was agreed that …", "We decided to …", "Agreed that …", "Es wurde vereinbart, …".
AGREED_RE = re.compile(
    r"^(?:it\s+was\s+|we\s+(?:have\s+|all\s+)?|everyone\s+|all\s+)?"
    r"(?:(?:unanimously|formally)\s+)?(?P<verb>agreed|resolved|decided)\s+"
    r"(?:that|to|on)\b|^(?:Es\s+)?(?:wird|wurde)\s+(?:\w+\s+){0,2}(?P<de>vereinbart|festgelegt|"
    r"entschieden)\b",
    re.IGNORECASE,
)
# "Wir beschließen …", "Wir einigen uns darauf, …", "Wir vereinbaren …".
WIR_RE = re.compile(
    r"^Wir\s+(?:\w+\s+)?(?P<verb>beschließen|einigen\s+uns|vereinbaren|entscheiden)\b(?P<de>)"
)
# "Wir haben beschlossen, …", "Der Vorstand hat entschieden, …", "Wir haben uns geeinigt, …".
PERFECT_RE = re.compile(
    r"^(?:Wir|(?:Der|Die|Das)\s+[^.!?,]{1,40}?)\s+(?:haben|hat)\s+(?:uns\s+)?(?:\w+\s+){0,2}?"
    r"(?P<verb>beschlossen|entschieden|geeinigt|vereinbart|festgelegt)\b(?P<de>)"
)
# "There was a consensus that …", "Consensus was reached to …", "General consensus: …".
CONSENSUS_RE = re.compile(
    r"^(?:there\s+was\s+(?:a\s+|broad\s+|general\s+|a\s+general\s+)?consensus\b|"
    r"(?:a\s+|general\s+|broad\s+)?consensus\s+(?:was\s+reached|that|to|is|was)\b)(?P<verb>)(?P<de>)",
    re.IGNORECASE,
)
# A short clause in front of the decision: "Insufficient number of members, agreed to …".
CLAUSE_RE = re.compile(r"^[^,;:.!?]{3,80}[,;:]\s+(?=(?:it\s+was\s+|we\s+|all\s+)?agreed\b)", re.I)
NEGATION_RE = re.compile(r"\b(?:nothing|not|no|nichts|nicht|kein\w*)\b", re.IGNORECASE)
# "Der Bericht wird noch nicht genehmigt", "The accounts were not yet approved": no decision.
NOT_YET_RE = re.compile(r"\b(?:noch\s+nicht|not\s+yet)\b", re.IGNORECASE)
POSTPONE_RE = re.compile(r"\b(?:postpone|defer|vertag|verschieb|verschob)", re.IGNORECASE)
# "The minutes of the last meeting were approved", "The budget was adopted unanimously".
PASSED_RE = re.compile(
    r"\b(?:motion|proposal|resolution|minutes|budget|report|accounts|agenda|amendment|"
    r"Antrag|Vorschlag|Haushalt|Haushaltsplan|Protokoll|Tagesordnung|Satzungsänderung|"
    r"Bericht|Jahresabschluss|Geschäftsordnung|Satzung|Beitragsordnung)\w{0,3}\b[^.!?]{0,80}?\b(?:was|were|is|are|wird|wurde|werden|wurden)\s+"
    r"(?:\w+\s+){0,3}?(?P<verb>approved|accepted|adopted|carried|passed|ratified|rejected|"
    r"defeated|confirmed|signed|genehmigt|angenommen|beschlossen|bestätigt|abgelehnt)\b"
    r"(?!\s+(?:to|on|around|round)\b)",  # "copies of the report were passed to Councillors"
    re.IGNORECASE,
)
# "… it was agreed that the precept should remain" after a clause without a comma.
IT_WAS_RE = re.compile(
    r"\bit\s+was\s+(?:(?:unanimously|therefore|then|also|further|finally)\s+)?"
    r"(?P<verb>agreed|decided|resolved)\b(?!\s+(?:at|in|during)\s+(?:the\s+)?(?:last|previous))(?P<de>)",
    re.IGNORECASE,
)
# A motion moved and seconded, then the room's assent: "Proposed by Ray, seconded Daphne, all
# agreed", "Seconded Daphne Clements. All agreed.", "All in favour.", "Alle dafür."
ALL_AGREED_RE = re.compile(
    r"(?:^|[,;]\s*|\s)(?:all|everyone|alle)\s+(?:agreed|in\s+favou?r|einverstanden|dafür)\b",
    re.IGNORECASE,
)
VOTED_IN_RE = re.compile(
    r"^(?:(?:was|were)\s+)?voted\s+in\b|\b(?:passed|carried|approved|angenommen)\s*\?\s*(?:yes|ja)\b",
    re.IGNORECASE,
)
MOVED_RE = re.compile(
    r"\b(?:proposed|seconded|moved|proposal|motion|vorgeschlagen|Vorschlag|Antrag|beantragt)\b",
    re.I,
)
# "Minutes of August 23 meeting approved.", "Budget adopted": the English of minutes leaves
# out "was" when the thing decided opens the sentence and the verb closes it.
# "Treasurer's report accepted", "Finance committee report accepted": up to two words before
# the thing; "Minutes accepted as a true record", "… approved as circulated": a short tail.
# "Protokoll der letzten Sitzung genehmigt.": German notes leave out "wird" the same way.
ELLIPTIC_RE = re.compile(
    r"^(?![^.!?]*\b(?:should|must|will|shall|be|needs?|may|can|could|would|not|nicht|noch|"
    r"soll|sollte|muss|kann|wird|werden)\b)"
    r"(?:the\s+|das\s+|der\s+|die\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:minutes|agenda|budget|report|accounts|motion|proposal|resolution|"
    r"amendment|nomination|application|Protokoll|Tagesordnung|Haushalt|Haushaltsplan|"
    r"\w*[Bb]ericht|Antrag|Jahresabschluss)\b[^.!?]{0,80}?\s(?P<verb>approved|adopted|accepted|"
    r"carried|passed|ratified|rejected|defeated|genehmigt|angenommen|beschlossen|bestätigt|"
    r"abgelehnt)\s*(?:unanimously\s*|einstimmig\s*)?"
    r"(?:(?:as\s+(?:a\s+true\s+record|presented|read|circulated|distributed|amended|written)|"
    r"with(?:out)?\s+(?:\w+\s+)?amendments?)\s*)?[.!]?\s*$",
    re.IGNORECASE,
)
# "A motion to change the logo failed", "Der Antrag auf Änderung wird abgelehnt".
MOTION_OUTCOME_RE = re.compile(
    r"\b(?:motion|proposal|Antrag)\b[^.!?]{0,100}?\b(?P<verb>carried|passed|passes|carries|"
    r"fails|failed|adopted|"
    r"defeated|angenommen|abgelehnt)\b",
    re.IGNORECASE,
)
# An outcome alone: "Carried.", "Motion passed unanimously (5-0-0).", "Einstimmig angenommen."
OUTCOME_ALONE_RE = re.compile(
    r"^(?:(?:the\s+)?motion\s+(?:was\s+)?|Antrag\s+|Der\s+Antrag\s+(?:wird|wurde)\s+)?"
    r"(?:(?:einstimmig|mehrheitlich|unanimously|einstimmig\s+und\s+ohne\s+Enthaltung)\s+)?"
    r"(?P<verb>carried|passed|adopted|approved|accepted|failed|defeated|rejected|"
    r"angenommen|beschlossen|abgelehnt|zugestimmt|einstimmig|unanimous|"
    # "vertagt", "Postponed." under the motion: put off, not decided.
    r"vertagt|verschoben|postponed|deferred|tabled)"
    r"(?:\s+(?:einstimmig|unanimously|mehrheitlich))?[.!]?\s*(?P<rest>.{0,80})$",
    re.IGNORECASE,
)
QUESTION_RE = re.compile(r"\b(?:ob|falls|sofern|whether|if)\b", re.IGNORECASE)
REJECT_WORDS = re.compile(
    r"\b(?:rejected|declined|failed|defeated|abgelehnt|lehn(?:t|en)|not\s+carried)\b", re.I
)
# "mit 5 zu 1 Stimmen", "by 5 votes to 1", "by 5 to 2 with 1 abstention".
ZU_VOTES_RE = re.compile(
    r"\b(?:mit|by)\s+(?P<y>\d{1,3})\s+(?:votes?\s+|Stimmen\s+)?(?:zu|to)\s+(?P<n>\d{1,3})"
    r"(?:\s+(?:zu\s+(?P<a>\d{1,3})|(?:bei|with)\s+(?P<a2>\d{1,3})\s+(?:Enthaltung|abstention)))?",
    re.IGNORECASE,
)
# A vote count with nothing else in the text: "(7/0/1)", "mit 5:1:0", "5-0-1".
BARE_VOTES_RE = re.compile(
    r"(?:\(\s*|\bmit\s+|\b(?:carried|passed|approved|angenommen|abgelehnt|vote[ds]?)\s*:?\s*"
    r"\(?\s*)(?P<y>\d{1,3})\s*(?P<s>[/:–-])\s*(?P<n>\d{1,3})\s*(?P=s)\s*(?P<a>\d{1,3})(?!\d)",
    re.IGNORECASE,
)
_WORDS = (
    "beschlo", "beschließ", "angenommen", "stimm", "lehn", "vereinbart", "festgelegt",
    "entschieden", "genehmigt", "bestätigt", "abgelehnt", "einstimmig", "carried", "passed",
    "adopted", "approved", "accepted", "ratified", "rejected", "declined", "failed", "defeated",
    "agreed", "resolved", "decided", "voted", "unanimous", "motion", "gewählt", "wählt",
    "wählen", "nimmt", "nehmen", "abgenommen", "geeinigt", "consensus", "mehrheit", "majority",
    "vertagt", "verschoben", "postponed", "deferred", "tabled", "confirmed", "in favour",
    "elected", "co-opted", "appointed", "einigen", "einigt", "entsprochen", "stattgegeben",
    "in favor", "dafür", "einverstanden",
)  # fmt: skip


def might_decide(text: str) -> bool:
    """A cheap test: could this text record a decision at all?"""
    low = text.lower()
    return any(map(low.__contains__, _WORDS))  # map over a C method: no frame a word


def sentence_kind(sentence: str) -> str | None:
    """Return the kind of decision a sentence records, or None when it records none."""
    s = sentence.strip().lstrip("-*•→> ").strip()
    if not s or not might_decide(s):
        return None
    if " → " in s or " -> " in s:
        # "More DL / NN features? → General consensus is No": the answer after the arrow.
        answer = re.split(r"\s(?:→|->)\s", s)[-1]
        if answer != s and (kind := sentence_kind(answer)):
            return kind
    if s.endswith("?") or QUESTION_RE.search(s):
        return None  # a question or a condition decides nothing
    m = AGREES_RE.match(s)
    if m:
        return "rejected" if m["part"] == "ab" else "resolution"
    m = EN_BODY_RE.match(s)
    if m:
        verb = m["verb"].lower()
        if verb in ("rejected", "declined"):
            return "rejected"
        return "agreement" if verb in ("agreed", "decided") else "resolution"
    low = s.lower()
    m = (
        AGREED_RE.match(s)
        or WIR_RE.match(s)
        or PERFECT_RE.match(s)
        or CONSENSUS_RE.match(s)
        or ("it was" in low and IT_WAS_RE.search(s))
        or None
    )
    if not m and (clause := CLAUSE_RE.match(s)):
        # "No quorum, agreed to try for a second AGM on 25th February."
        m = AGREED_RE.match(s[clause.end() :])
    if m and m.re not in (IT_WAS_RE, CONSENSUS_RE) and NEGATION_RE.search(s):
        # "We agreed on nothing", "Wir einigen uns nicht". "It was agreed" and a consensus
        # are no negation whatever the clauses around them say ("There being no candidates,
        # it was resolved …", "it was agreed the precept would not be increased", "General
        # consensus is No").
        return None
    if m:
        if POSTPONE_RE.search(s):
            return "postponement"  # "We decided to postpone this to the next meeting"
        if (m["verb"] or "").lower() in ("resolved", "beschließen", "beschlossen"):
            return "resolution"
        return "agreement"
    m = PASSED_RE.search(s) or MOTION_OUTCOME_RE.search(s) or ELLIPTIC_RE.match(s)
    if m and NOT_YET_RE.search(m.group()):
        return None
    if m:
        return "rejected" if REJECT_WORDS.search(m["verb"]) else "resolution"
    if ("voted in" in low or "?" in s) and VOTED_IN_RE.search(s):
        return "resolution"  # "Voted in by all present.", "Passed? Yes."
    if ("all" in low or "every" in low) and ALL_AGREED_RE.search(s) and not NEGATION_RE.search(s):
        # "… seconded Debroy Summers, all agreed": a vote of the room on a motion.
        return "resolution" if MOVED_RE.search(s) or len(s) < 30 else "agreement"
    m = PASSIVE_RE.search(s)
    if m and NOT_YET_RE.search(m.group()):
        return None
    if m:
        if re.search(r"(?:dagegen|gegen|against)$", m.group(), re.IGNORECASE):
            return "rejected"  # "Die Mehrheit war dagegen"
        return "rejected" if REJECT_WORDS.search(s) else "resolution"
    return None


def outcome_alone(text: str) -> str | None:
    """Return the kind when a paragraph is only an outcome ("Carried 5-0-1."), else None."""
    s = text.strip().lstrip("-*• ").strip().strip("*_")
    # "1. Approved." / "2. Approved.": results numbered as the motions they answer.
    s = re.sub(r"^\d{1,2}[.)]\s+", "", s)
    if len(s) > 120 or not might_decide(s):
        return None
    m = OUTCOME_ALONE_RE.match(s)
    if not m:
        return None
    rest = m["rest"].strip()
    # Whatever follows may only be votes or who moved it, no new sentence of its own.
    if rest and not re.match(r"^(?:\(|mit\b|with\b|by\b|\d|[-–]|for\b|;|,)", rest, re.I):
        return None
    if POSTPONE_RE.search(m["verb"]) or m["verb"].lower() == "tabled":
        return "postponement"
    return "rejected" if REJECT_WORDS.search(m["verb"]) else "resolution"


def bare_votes(text: str) -> dict[str, int] | None:
    """Read a vote count written without labels ("(7/0/1)", "mit 5:1:0", "carried 5-0-1")."""
    m = BARE_VOTES_RE.search(text)
    if m:
        return {"yes": int(m["y"]), "no": int(m["n"]), "abstain": int(m["a"])}
    m = ZU_VOTES_RE.search(text)
    if m:
        y, n = int(m["y"]), int(m["n"])
        if y > n and REJECT_WORDS.search(text):
            # "mit 4 zu 2 Stimmen abgelehnt": the larger count is the majority that rejected.
            y, n = n, y
        return {"yes": y, "no": n, "abstain": int(m["a"] or m["a2"] or 0)}
    m = OF_VOTES_RE.search(text)
    if m:
        y, n, a = int(m["y"]), int(m["n"] or 0), int(m["a"] or 0)
        if y + n + a == int(m["all"]):
            return {"yes": y, "no": n, "abstain": a}
    return None


# "mit 6 von 8 Stimmen und 2 Enthaltungen": a count only when the parts add up to the whole
# ("mit 6 von 8 Stimmen" alone leaves open whether the other two voted against).
OF_VOTES_RE = re.compile(
    r"\b(?:mit|by|with)\s+(?P<y>\d{1,3})\s+(?:von|of|out\s+of)\s+(?P<all>\d{1,3})\s+"
    r"(?:Stimmen|votes)\b"
    r"(?:[^.\d]{0,20}?(?P<n>\d{1,3})\s+(?:Gegenstimmen?|Nein[-\s]?Stimmen?|against)\b)?"
    r"(?:[^.\d]{0,20}?(?P<a>\d{1,3})\s+(?:Enthaltung(?:en)?|abstentions?))?",
    re.IGNORECASE,
)


OUTCOME_LABEL_RE = re.compile(
    r"^(?:Konsens|Ergebnis|Result|Outcome|Abstimmungsergebnis|Votum)\s*:\s*", re.IGNORECASE
)


def is_outcome(text: str) -> bool:
    """Whether a sentence only states how a vote went ("Konsens: Einstimmig angenommen.")."""
    s = OUTCOME_LABEL_RE.sub("", text.strip().lstrip("-*• ").strip())
    if outcome_alone(s):
        return True
    # "Der Antrag wurde einstimmig angenommen.", "The motion carried."
    return bool(
        len(s) < 90
        and re.match(
            r"^(?:Der|Die|Das|The)\s+(?:Antrag|Vorschlag|Beschluss|Beschlussvorschlag|motion|"
            r"proposal|resolution)\s+(?:wird|wurde|ist|is|was|has\s+been)?\s*(?:\w+\s+){0,4}?"
            r"(?:angenommen|abgelehnt|beschlossen|carried|passed|adopted|approved|rejected|failed)\b",
            s,
            re.IGNORECASE,
        )
    )
