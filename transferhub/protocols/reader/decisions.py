"""Decisions (Beschlüsse) written in running text, and the votes beside them.

content.analyse reads labelled decisions ("Beschluss: …", "Resolution: …") and German
decision sentences at the start of a paragraph; this module adds the forms found inside
paragraphs and in English: "Es wird beschlossen, …", "Die Versammlung stimmt dem Antrag
zu", "Motion carried", "RESOLVED that …", "The board voted to …", an outcome on its own
("Einstimmig angenommen (7/0/1).", "Carried 5-0-1") under the motion it decides.
"""

from __future__ import annotations

import re

from .alternation import Needs, fold_lower, holds_any, lowered, word_finder
from .vocabulary import alt

PASSIVE_RE = re.compile(r"\b" + alt("decision_passive") + r"\b", re.IGNORECASE)
# "Die Versammlung stimmt dem Antrag zu", "Der Vorstand lehnt den Vorschlag ab", and in the
# past as German minutes mostly tell it ("Die Versammlung stimmte dem Antrag zu").
AGREES_RE = re.compile(
    r"^(?:Die|Der|Das|Alle)\s+[^.!?]{1,60}?\s+(?P<verb>stimm(?:t|en|te|ten)|lehn(?:t|en|te|ten))\s+"
    r"[^.!?]{1,120}?\s(?P<part>zu|ab)\b[.!]?\s*(?:\(.*\))?\s*$"
)
# "Die MV stimmt einstimmig für die Einrichtung …", "Der Vorstand stimmt gegen den Antrag".
STIMMT_FUER_RE = re.compile(
    r"^(?:Die|Der|Das|Alle)\s+[^.!?]{1,60}?\s+(?:stimmt|stimmen|stimmte|stimmten)\s+"
    r"(?:[^.!?]{0,60}?\s)?(?P<part>für|gegen|dafür|dagegen)\b"
)
# A body speaking for or against in a vote, the particle closing the clause: "Die Versammlung
# sprach sich einstimmig für folgende Regelung aus", "Der Vorstand spricht sich gegen den
# Umzug aus"; the result of a vote told as such: "Die Abstimmung ergab, dass alle Anwesenden
# für die Anschaffung waren" (whatever question it answered, "ob …").
DE_SPOKE_FOR_RE = re.compile(
    r"^(?:Die|Der|Das|Alle)\s+[^.!?]{1,60}?\s+(?:spricht|sprechen|sprach|sprachen)\s+sich\s+"
    r"(?:[^.!?]{0,40}?\s)?(?P<part>für|gegen|dafür|dagegen)\b[^.!?]{0,160}?\saus\b"
)
VOTE_RESULT_RE = re.compile(
    r"^(?:Die\s+|Eine\s+)?(?:Abstimmung|Wahl|Stimmauszählung)\b[^.!?]{0,120}?\s(?:ergab|ergibt|"
    r"erbrachte)\b"
)
# "The board approved the budget", "The members adopted the new rules", "The submission team
# agreed to target …", "Members voted to continue …", "Council then resolved to …": a body of
# the group (up to two words naming it) and its verb. "Some members agreed" is no body.
EN_BODY_RE = re.compile(
    r"^(?!(?:some|several|a\s+few|few|many|other|individual)\b)(?:the\s+)?(?:[\w'’&-]+\s+){0,2}?"
    r"(?:board|committee|council|councillors|members(?:hip)?|group|team|TSC|TC|WG|meeting|"
    r"assembly|general\s+meeting|AGM|executive|steering\s+committee|working\s+group|panel|"
    r"participants|attendees|trustees|directors|commission|club|officers|maintainers)\s+"
    r"(?:(?:has|have|then|also|therefore|finally|unanimously|formally)\s+){0,2}"
    r"(?P<verb>approved|adopted|accepted|ratified|rejected|declined|agreed|resolved|decided|"
    # Notes in the present: "Board agrees to asking helpers to arrive at 8:30". Not
    # "approves", "ratifies": a motion is worded so ("The Council ratifies the results").
    r"voted|agrees|decides|endorsed|supported)\b",
    re.IGNORECASE,
)
# A vote told with whoever voted, or with no one named: "The supervisors voted unanimously to
# adopt …", "Commissioners Court voted 3-2 to rescind …", "VOTED unanimously and 4 of 4
# directors present approved …", "Voted unanimously to approve the budget". "voted" names a
# vote taken whatever body it follows; not one person's ("I voted for …", "who voted").
VOTED_RE = re.compile(
    r"^(?!(?:I|he|she|you|some|several|a\s+few|few|many|individual|each|one)\b)"
    r"(?:(?!who\b|if\b|whether\b)[\w'’&.-]+\s+){0,4}?(?:(?:has|have|then|also|finally|formally|"
    r"unanimously)\s+)?(?P<verb>voted)\s+(?:(?:unanimously|\d{1,3}\s*[-–:]\s*\d{1,3}"
    r"(?:\s*[-–:]\s*\d{1,3})?)\s+)?(?P<side>to|in\s+favou?r|against|and)\b",
    re.IGNORECASE,
)
_AGAINST_RE = re.compile(r"\s+(?:unanimously\s+)?against\b", re.IGNORECASE)
# The body or "we" that first talked a matter over, then settled it: "We discussed how to
# standardise our comments and agreed on the examples …", "The Board reviewed and accepted
# the suggested meeting dates".
EN_AND_AGREED_RE = re.compile(
    r"^(?:we|the\s+(?:[\w'’&-]+\s+){0,2}?(?:board|committee|council|group|team|members|meeting|"
    r"trustees|TSC|executive|panel|directors))\s+(?:[\w'’-]+\s+)?(?:discussed|reviewed|considered|"
    r"debated|examined|looked\s+at|talked\s+about)\b[^.!?;]{0,120}?\s+and\s+"
    r"(?:(?:then|also|unanimously)\s+)?(?P<verb>agreed|decided|resolved|accepted|approved|adopted)"
    r"\b(?!\s+(?:to\s+)?(?:discuss|consider|revisit|look|talk|think)\b)",
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
# "Wir haben beschlossen, …", "Der Vorstand hat entschieden, …", "Wir haben uns geeinigt, …",
# "Wir haben uns für Variante B entschieden".
PERFECT_RE = re.compile(
    r"^(?:Wir|(?:Der|Die|Das)\s+[^.!?,]{1,40}?)\s+(?:haben|hat)\s+(?:uns\s+|sich\s+)?(?:[\w-]+\s+){0,5}?"
    r"(?P<verb>beschlossen|entschieden|geeinigt|vereinbart|festgelegt)\b(?P<de>)"
)
# "There was a consensus that …", "Consensus was reached to …", "General consensus: …",
# "Agreement was reached on …", "General agreement to …".
CONSENSUS_RE = re.compile(
    r"^(?:there\s+was\s+(?:a\s+|broad\s+|general\s+|a\s+general\s+)?consensus\b|"
    r"(?:the\s+|a\s+|general\s+|broad\s+)?consensus\s+(?:was\s+reached|that|to|is|was)\b|"
    # The room's conclusion as standards groups note it: "After discussion, the sense of the
    # room was to move forward with …", "Conclusion is to write a better recommendation".
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?:\s+)?(?:(?:after\s+(?:some\s+|much\s+|further\s+)?"
    r"discussion|so|overall)[,\s]+)?(?:the\s+)?"
    r"(?:(?:general|overall|rough)\s+)?(?:sense\s+of\s+the\s+(?:room|meeting|group)|conclusion)\s+"
    r"(?:is|was)\s+(?:that|to)\b|"
    r"(?:an?\s+|general\s+|broad\s+|unanimous\s+)?(?:consensus|agreement)\s+(?:was\s+|has\s+been\s+)?"
    r"reached\b|(?:general|broad|unanimous)\s+agreement\s+(?:that|to|on)\b|"
    # A note opening with the agreement: "Agreement that it's a good change and …".
    r"(?:an?\s+)?agreement\s+(?:that|to|on)\b)(?P<verb>)(?P<de>)",
    re.IGNORECASE,
)
# The room's consensus told with "we" as standards groups write it, a speaker's name in front:
# "Lucas: Conclude that for now we have a meeting consensus that …", "I think we have consensus,
# which is to keep what we have now", "We have rough consensus to …". Not "Do we have …".
WE_HAVE_CONSENSUS_RE = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?:\s+)?(?:(?:I\s+think|so|ok(?:ay)?|conclude\s+that|"
    r"for\s+now)[,\s]+){0,3}we\s+(?:have|had|reached|seem\s+to\s+have)\s+(?:a\s+)?(?:(?:rough|general|"
    r"broad|meeting|clear|full)\s+)?consensus\b(?P<verb>)(?P<de>)",
    re.IGNORECASE,
)
# The room's assent to a proposal: "Everyone agrees this makes sense", "All agree", "Everyone
# is on board", "Everyone is OK with …", "The group is in agreement".
ASSENT_RE = re.compile(
    r"^(?:everyone|everybody|all(?:\s+(?:present|members|attendees))?|the\s+(?:whole\s+)?"
    r"(?:group|team|room|board))\s+(?:(?:is|are|was|were)\s+(?:(?:all|fully)\s+)?(?:on\s+board|"
    r"ok(?:ay)?\s+with|in\s+agreement|happy\s+with|fine\s+with)|agrees?)\b(?P<verb>)(?P<de>)",
    re.IGNORECASE,
)
# The room's assent told beside what was done: "Mit Einverständnis aller übernahm Tim die
# Versammlungsleitung", "Supported by all present", "Agreed by everyone", "With the consent of
# all, Anna chairs the meeting". Who all agree names no body: an agreement.
ASSENT_BY_ALL_RE = re.compile(
    r"\b(?:mit\s+(?:dem\s+|der\s+)?(?:Einverständnis|Zustimmung)\s+(?:aller|allseits|der\s+(?:"
    r"Anwesenden|Versammlung|Mitglieder|Runde|Gruppe))|^Mit\s+(?:allgemeinem\s+)?Einverständnis\s+"
    r"(?!(?:der|des|dem|den|die|das|von|vom|seiner|ihrer|eines|einer)\b)(?=[a-zäöü]+\s+[A-ZÄÖÜ])|(?:supported|agreed|endorsed|accepted|"
    r"approved)\s+by\s+(?:all|everyone|everybody)(?:\s+(?:present|members|attendees))?|with\s+(?:the\s+)?"
    r"(?:consent|agreement|support)\s+of\s+(?:all|everyone|everybody))\b(?P<verb>)(?P<de>)",
    re.IGNORECASE,
)
_ASSENT_BY_ALL_WORDS = (
    "einverständnis",
    "zustimmung",
    " by all",
    " by every",
    " of all",
    " of every",
)


def _assent_by_all(s: str, low: str) -> re.Match | None:
    if not holds_any(low, _ASSENT_BY_ALL_WORDS):
        return None
    m = ASSENT_BY_ALL_RE.search(s)
    if m is None or FAMILY_OPEN_RE.search(s) or FAMILY_IF_RE.search(s) or NEGATION_RE.search(s):
        return None  # "soll mit Zustimmung aller …", "if supported by all", "not … by all"
    return m


# German notes in nouns: "Einigung auf den 5. Mai", "Entscheidung für Variante B".
DE_NOUN_RE = re.compile(
    r"^(?:Einigung|Einigkeit)\s+(?:auf|darauf|darüber|über|dass)\b|^Entscheidung\s+(?:für|zugunsten|gegen)\b"
    r"(?P<verb>)(?P<de>)",
    re.IGNORECASE,
)
# German agreement of the room or of "we" in other word orders: "Die Runde ist sich einig",
# "Wir sind uns einig", "Man ist sich darüber einig, dass …", "Man einigt sich auf …", "Es
# wird sich darauf geeinigt, …", "Es besteht Einigkeit, dass …", "Alle sind einverstanden",
# "Alle stimmen zu". ("Wir einigen uns", "Als Termin vereinbaren wir …": _family_kind.)
DE_EINIG_RE = re.compile(
    r"\b(?:(?:ist|sind|war|waren)\s+(?:sich|uns)\s+(?:alle\s+)?(?:darüber\s+|darin\s+)?einig\b|"
    r"man\s+(?:einigt|einigte|verständigt|verständigte)\s+sich\b|"
    r"(?:wird|wurde)\s+sich\s+(?:\w+\s+){0,3}?(?:geeinigt|verständigt)\b|"
    r"es\s+(?:besteht|bestand|herrscht|herrschte)\s+(?:\w+\s+)?(?:Einigkeit|Konsens|Einvernehmen)\b)"
    r"(?P<verb>)(?P<de>)",
    re.IGNORECASE,
)
# The consensus named first: "Konsens: Die Tür wird blau", "Konsens ist, dass …", "Als
# Konsens innerhalb des Vorstandes ist es gegeben, dass …", "Im Konsens wird …".
DE_KONSENS_RE = re.compile(
    r"^(?:(?:als|im)\s+)?(?:(?:allgemeine[rnm]?|breite[rnm]?|gemeinsame[rnm]?)\s+)?Konsens\b"
    r"(?=\s*:\s*\S|\s+(?:innerhalb|unter|aller|der|des|im|in)\b|,?\s+(?:dass|daß)\b|"
    r"\s+(?:ist|war|besteht|bestand|herrscht|herrschte)\b[^.!?]{0,40}?\b(?:dass|daß|darüber|"
    r"darin)\b)(?P<verb>)(?P<de>)",
    re.IGNORECASE,
)
DE_ALL_AGREE_RE = re.compile(
    r"^(?:alle|alle\s+Anwesenden|die\s+Anwesenden|die\s+Runde|das\s+Plenum)\s+(?:sind\s+(?:damit\s+)?"
    r"einverstanden|stimmen\s+(?:dem\s+\w+\s+)?zu\b)(?P<verb>)(?P<de>)",
    re.IGNORECASE,
)


# An agreement told in the past passive with its subject first or after an opening phrase:
# "Für den Austausch wurde die Plattform X vereinbart.", "Ein weiteres Treffen wurde
# vereinbart.", "Der Termin ist auf Montag festgelegt." The verb closes its clause; the
# present ("wird … festgelegt") is left out, as it often tells what is still to be settled.
DE_AGREED_PASSIVE_RE = re.compile(
    r"\b(?:wurde|wurden|ist|sind)\s+(?:[^\s.!?]+\s+){0,10}?(?P<verb>vereinbart|festgelegt)"
    r"(?P<de>)(?=\s*(?:[.,;:!]|$))",
    re.IGNORECASE,
)
_DE_MODAL_RE = re.compile(r"\b(?:soll|sollen|sollte|sollten|muss|müssen|kann|können)\b", re.I)


def _agreed_passive(s: str, low: str) -> re.Match | None:
    if "vereinbart" not in low and "festgelegt" not in low:
        return None
    m = DE_AGREED_PASSIVE_RE.search(s)
    if m is None or _DE_MODAL_RE.search(s) or LATER_RE.search(s):
        return None  # "… soll noch festgelegt werden", "wurde dann später vereinbart"
    return m


def _body_perfect(s: str) -> re.Match | None:
    m = DE_BODY_PERFECT_RE.match(s)
    if m and m["verb"] == "aufgenommen" and not m["in"]:
        return None  # "Der Vorstand hat die Arbeit aufgenommen": no one admitted
    return m


def _de_assent(s: str, low: str) -> re.Match | None:
    """The German forms of the room's assent, each tried only when its word is there."""
    if ("einig" in low or "verständig" in low or "konsens" in low or "einvernehm" in low) and (
        m := DE_EINIG_RE.search(s)
    ):
        return m
    if ("einverstanden" in low or "stimmen" in low) and (m := DE_ALL_AGREE_RE.match(s)):
        return m
    return None


# How a body's decision was taken when it was voted: "einstimmig", "mehrheitlich", a count.
_DE_BY_VOTE_RE = re.compile(
    r"\b(?:einstimmig|mehrheitlich|mit\s+\d+\s+(?:zu\s+\d+\s+)?Stimmen)\b", re.IGNORECASE
)
# "Der Vorstand beschließt, …", "Die Gruppe einigt sich auf …" later in a paragraph (at a
# paragraph's start content.py reads them); "Der Vorstand entscheidet über …" is a power.
DE_BODY_RE = re.compile(
    r"^(?:Die|Der|Das)\s+[^.!?:,]{1,60}?\s+(?P<verb>beschließt|beschliesst|beschließen|"
    r"beschloss|beschloß|beschlossen(?!\s+(?:werden|worden|haben|hat)\b)|einigt\s+sich|einigen\s+sich|einigte\s+sich|einigten\s+sich|"
    r"verständigt\s+sich|verständigen\s+sich|verständigte\s+sich|verständigten\s+sich|vereinbart|"
    r"vereinbaren|vereinbarte|vereinbarten|entscheidet|entscheiden|entschied|entschieden)\b"
    r"(?!\s+(?:sich\s+)?(?:über|darüber|heute|morgen|später|in\s+der|damals|bereits|schon|"
    r"seinerzeit)\b)(?P<de>)"
)
# A body of the meeting that approves or elects itself: "Die Versammlung genehmigt den
# Statutenentwurf", "Die Gründerversammlung wählt … folgende Mitglieder des Vorstands:", "Die
# MV wählt in geheimer Abstimmung …". Only a body: "Der Revisor bestätigt …" decides nothing,
# "Die Mitglieder wählen sich ein" logs in.
# The German bodies that decide, each with its genitive ending ("des Vorstands", "des Rates"),
# which only the approval patterns below (_DE_BODIES) take.
_DE_BODY_NOUNS = {
    r"[Vv]ersammlung": "",
    r"[Vv]orstand": r"(?:e?s)?",
    r"[Mm]itglieder\w*": "",
    r"[Pp]lenum": "s?",
    r"[Gg]remium": "s?",
    r"[Rr]at": r"(?:e?s)?",
    r"[Kk]ommission": "",
    r"[Aa]usschuss": r"(?:es)?",
}
_DE_BODY = r"\w*(?:" + "|".join(_DE_BODY_NOUNS) + r")|MV|GV|JHV|AG\s+\S+"
DE_BODY_ACTS_RE = re.compile(
    r"^(?:Die|Der|Das)\s+(?:[\w-]+\s+){0,2}?(?:" + _DE_BODY + r")\s+"
    r"(?:(?:daraufhin|dann|nun|anschließend|anschliessend)\s+)?"
    r"(?P<verb>genehmigt|genehmigen|genehmigte|genehmigten|wählt|wählen|wählte|wählten|"
    r"befürwortet|befürworten|befürwortete|befürworteten|billigt|billigen|billigte|billigten|"
    r"entlastet|entlasten|entlastete|entlasteten)\b"
    r"(?!\s+sich\b)(?P<de>)"
)
# A body confirming someone in an office, a re-election: "Die Versammlung bestätigte Anna Berg
# als Kassiererin", "Die Mitglieder bestätigten den Vorstand im Amt" (not "Der Vorstand
# bestätigt den Eingang des Schreibens").
DE_BODY_CONFIRMS_RE = re.compile(
    r"^(?:Die|Der|Das)\s+(?:[\w-]+\s+){0,2}?(?:" + _DE_BODY + r")\s+(?:(?:daraufhin|dann|nun|"
    r"anschließend|anschliessend|einstimmig)\s+)?(?P<verb>bestätigt|bestätigen|bestätigte|"
    r"bestätigten)\b[^.!?;]{1,80}?\b(?:als\s+[A-ZÄÖÜ]|im\s+Amt\b|in\s+(?:seinem|ihrem|ihren|"
    r"seinen)\s+Ämtern?\b)(?P<de>)"
)
# The same in English, a re-election: "The members confirmed Tom Hill as treasurer", "Tom Hill
# was confirmed as treasurer", "The meeting confirmed the committee in office" (not "Anna
# confirmed the booking", "The date was confirmed").
EN_CONFIRMED_IN_OFFICE_RE = re.compile(
    r"^(?:the\s+)?(?:[\w'’&-]+\s+){0,2}?(?:members(?:hip)?|meeting|assembly|AGM|general\s+meeting|"
    r"committee|board|club)\s+(?:(?:unanimously|then|also)\s+)?(?P<verb>confirmed)\b"
    r"[^.!?;]{1,80}?\b(?:as\s+(?:the\s+)?\w|in\s+office\b)|"
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:(?:unanimously|duly|again)\s+)?"
    r"(?P<verb2>confirmed)\s+(?:as\s+(?:the\s+)?(?:new\s+)?(?:chair|president|vice|treasurer|"
    r"secretary|auditor|trustee|director|committee|member|officer|captain|editor|coordinator)|"
    r"in\s+(?:office|post|(?:his|her|their)\s+(?:role|office|post)s?))\b",
    re.IGNORECASE,
)
# The office first, the body after its verb: "Zur neuen Schriftführerin wählte die Versammlung
# Eva Roth", "Als Kassenprüfer bestätigten die Mitglieder Max Roth".
DE_OFFICE_FIRST_RE = re.compile(
    r"^(?:Zu[mr]|Als|In\s+(?:den|das|die))\s+[^.!?,;]{1,80}?\s+(?P<verb>wählte|wählten|"
    r"bestimmte|bestimmten|bestätigte|bestätigten|berief|beriefen)\s+(?:die|der|das)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:" + _DE_BODY + r")\b(?P<de>)"
)
# The same in the perfect: "Der Vorstand hat das Protokoll … mit Umlaufbeschluss vom 8. Februar
# genehmigt", "Die Versammlung hat Anna Berg zur Kassiererin gewählt", "Der Vorstand hat die
# Stadt … in den Verein aufgenommen" (a member admitted; "hat die Arbeit aufgenommen" began).
DE_BODY_PERFECT_RE = re.compile(
    r"^(?:Die|Der|Das)\s+(?:[\w-]+\s+){0,2}?(?:" + _DE_BODY + r")\s+(?:hat|haben)\s+"
    r"(?:[\w.\[\]…/#-]+,?\s+){0,14}?(?:(?P<in>in\s+den|in\s+die|als)\s+(?:[\w.-]+\s+){0,3}?)?"
    r"(?P<verb>genehmigt|gewählt|abgelehnt|entlastet|aufgenommen|verabschiedet)\b(?P<de>)"
)
# The same after a clause in front, the verb first: "Nachdem der Verein weniger als 10
# Vollzeitstellen haben wird, beschliesst die Gründerversammlung einstimmig, …".
DE_BODY_AFTER_CLAUSE_RE = re.compile(
    r",\s+(?P<verb>beschließt|beschliesst|beschließen|beschliessen|beschloss|beschloß|genehmigt|"
    r"genehmigen|genehmigte|wählt|wählen|wählte)\s+(?:die|der|das)\s+(?:[\w-]+\s+){0,2}?(?:"
    + _DE_BODY
    + r")\b(?P<de>)"
)
# A short clause in front of the decision: "Insufficient number of members, agreed to …".
CLAUSE_RE = re.compile(r"^[^,;:.!?]{3,80}[,;:]\s+(?=(?:it\s+was\s+|we\s+|all\s+)?agreed\b)", re.I)
NEGATION_RE = re.compile(r"\b(?:nothing|not|no|nichts|nicht|kein\w*)\b", re.IGNORECASE)
# "Der Bericht wird noch nicht genehmigt", "The accounts were not yet approved": no decision.
NOT_YET_RE = re.compile(r"\b(?:noch\s+nicht|not\s+yet)\b", re.IGNORECASE)
# The German present passive with a later meeting as its time: "Satzungsänderungen werden bei
# der nächsten ordentlichen Mitgliederversammlung beschlossen", "Das Budget wird auf der
# kommenden Sitzung genehmigt": that meeting's decision, as "will be decided at the next
# meeting" is.
_AT_A_LATER_MEETING_RE = re.compile(
    r"\b(?:wird|werden)\s+(?:[^\s.;:!?]+\s+){0,4}?(?:bei|auf|in|an|zu)\s+(?:der|dem|einer|einem)\s+"
    r"(?:[\w-]+\s+)?(?:nächst|kommend|folgend|später)\w*\s+(?:[\w-]+\s+)?\w*(?:sitzung|"
    r"versammlung|treffen|MV|JHV)\s+(?:[^\s.;:!?]+\s+){0,3}?(?:beschlossen|entschieden|"
    r"abgestimmt|genehmigt|angenommen|gewählt|festgelegt|verabschiedet)\b",
    re.IGNORECASE,
)
LATER_RE = re.compile(
    r"\b(?:dann|danach|später|noch|erst|künftig|zukünftig|demnächst|eventuell|evtl|ggf|"
    r"gegebenenfalls|vielleicht|möglicherweise)\b",
    re.IGNORECASE,
)
# A matter put off, by its verb or by where it is moved: "postponed", "vertagt", "agreed to
# move this item to the March meeting", "carried over to the next meeting", "pushed back to
# next week", "auf die nächste Sitzung verlegt".
POSTPONE_RE = re.compile(
    r"\b(?:postpone|defer|vertag|verschieb|verschob)|\bauf\s+(?:die|den|das)\s+(?:nächste|kommende|"
    r"spätere)\w*\s+(?:Sitzung|Treffen|Versammlung|MV)\s+(?:zu\s+)?(?:verlegt|verlegen|geschoben)\b|"
    r"\b(?:move[ds]?|moving|carr(?:y|ied)\s+(?:\w+\s+){0,2}?(?:over|forward)|push(?:ed|es)?\s+(?:\w+\s+){0,3}?back)\b[^.!?]{0,60}?\b(?:to|auf)\s+(?:the\s+|"
    r"a\s+|our\s+|die\s+|den\s+|das\s+)?(?:next|following|later|nächste\w*|kommende\w*|spätere\w*|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"[^.!?]{0,20}?\b(?:meeting|session|call|AGM|month|week|Sitzung|Treffen|Versammlung|MV|Woche|"
    r"Monat)",
    re.IGNORECASE,
)
# "The minutes of the last meeting were approved", "The budget was adopted unanimously".
PASSED_RE = re.compile(
    r"\b(?:motion|proposal|resolution|minutes|budget|report|accounts|agenda|amendment|"
    r"Antrag|Vorschlag|Haushalt|Haushaltsplan|Protokoll|Tagesordnung|Satzungsänderung|"
    r"Bericht|Jahresabschluss|Geschäftsordnung|Satzung|Beitragsordnung)\w{0,3}\b[^.!?]{0,80}?\b(?:was|were|is|are|wird|wurde|werden|wurden)\s+"
    r"(?:\w+\s+){0,3}?(?P<verb>approved|accepted|adopted|carried|passed|ratified|rejected|"
    r"defeated|confirmed|signed|genehmigt|angenommen|beschlossen|bestätigt|abgelehnt|"
    # "Das Protokoll wird verabschiedet" (alone "verabschiedet" is a farewell as often).
    r"verabschiedet)\b"
    r"(?!\s+(?:to|on|around|round)\b)",  # "copies of the report were passed to Councillors"
    re.IGNORECASE,
)
# Whatever is done unanimously was put to the vote: "Der Wahltermin wurde einstimmig auf die
# Woche vom 25.11. gesetzt", "Dem Vorstand wird einstimmig die Kompetenz erteilt", "Die
# Abstimmung erfolgt einstimmig", "Gewählt wird der Vorschlag einstimmig", "Einstimmige
# Annahme des Wahlvorschlags". The verb of being done stands within the clause.
DE_UNANIMOUS_RE = re.compile(
    r"^(?:Einstimmige|Einmütige)\s+(?:Annahme|Wahl|Wiederwahl|Zustimmung|Genehmigung|"
    r"Bestätigung|Ablehnung|Entlastung)\b|"
    r"\b(?:wird|werden|wurde|wurden|erfolgt|erfolgte|erfolgten)\s+(?:[^\s.!?;]+\s+){0,8}?"
    r"(?:einstimmig|einmütig)\b",
    re.IGNORECASE,
)
# The English outcome as a noun, as "Einstimmige Annahme": "there was unanimous approval of
# the budget", "Unanimous adoption of previous minutes".
UNANIMOUS_NOUN_RE = re.compile(
    r"\bunanimous\s+(?:approval|consent|support|acceptance|adoption|vote)\b", re.IGNORECASE
)
# The formula of minutes approved: "accepted as a true record", "agreed as a true and
# accurate account", "confirmed as a correct record", "signed as a true copy".
TRUE_RECORD_RE = re.compile(
    r"\b(?:approved|accepted|adopted|agreed|confirmed|signed|ratified)\s+(?:[\w-]+\s+){0,3}?as\s+"
    r"(?:an?\s+)?(?:true|correct|accurate|fair)(?:\s+and\s+(?:true|correct|accurate|fair))?\s+"
    r"(?:record|account|copy|reflection)\b",
    re.IGNORECASE,
)
# What a statute or a rule says of votes ("Beschlüsse bedürfen einer einstimmigen …", "… ist
# einstimmig zu fassen", "sofern …"): no vote taken.
RULE_RE = re.compile(
    r"\b(?:bedarf|bedürfen|erfordert|erfordern|sofern|falls|wenn|zu\s+fassen|grundsätzlich|"
    r"jeweils\s+nur)\b",
    re.IGNORECASE,
)
# How a thing is done each time, not what was decided: "wird … vorher ausgewählt".
HABIT_RE = re.compile(
    r"\b(?:vorher|vorab|immer|regelmäßig|normalerweise|üblicherweise|in\s+der\s+Regel)\b",
    re.IGNORECASE,
)


# An election after another participle: "Stuart was nominated and elected the chair".
ELECTED_AFTER_RE = re.compile(
    r"\b(?:was|were)\s+(?:[\w-]+\s+and\s+)(?:(?:duly|unanimously)\s+)?(?:re-?)?elected\b",
    re.IGNORECASE,
)
# Whatever is ratified was decided: "The initial draft of the remit was ratified."
RATIFIED_RE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:(?:duly|formally|unanimously)\s+)?"
    r"(?P<verb>ratified)\b",
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
ASSENT_FIRST_RE = re.compile(r"\W*(?:all|everyone|alle)\b", re.IGNORECASE)
VOTED_IN_RE = re.compile(
    r"^(?:(?:was|were)\s+)?voted\s+in\b|\bvoted\s+in\s+(?:by|unanimously)\b|\b(?:passed|carried|approved|angenommen)\s*\?\s*(?:yes|ja)\b",
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
    r"(?:the\s+|das\s+|der\s+|die\s+)?(?:[\w'’-]+,?\s+){0,5}?"
    r"(?:minutes|agenda|budget|report|accounts|motion|proposal|resolution|"
    r"amendment|nomination|application|Protokoll|Tagesordnung|Haushalt|Haushaltsplan|"
    r"\w*[Bb]ericht|Antrag|Jahresabschluss)\b[^.!?]{0,80}?\s(?P<verb>approved|adopted|accepted|"
    r"carried|passed|ratified|rejected|defeated|agreed|genehmigt|angenommen|beschlossen|bestätigt|"
    r"abgelehnt)\s*(?:unanimously\s*|einstimmig\s*)?"
    r"(?:(?:as\s+(?:a\s+true\s+record|presented|read|circulated|distributed|amended|written|"
    r"provided|submitted|printed)|with(?:out)?\s+(?:\w+\s+)?amendments?|by\s+e-?mail|"
    r"by\s+circulation)\s*)?[.!]?\s*$",
    re.IGNORECASE,
)
# "Die Versammlung erteilt dem Vorstand Entlastung", "Dem Vorstand wird Entlastung erteilt";
# a report tells it as done, the noun with a verb of doing in the past: "Die Entlastung erfolgte
# ohne Gegenstimme", "Die Entlastungen erteilten die Anwesenden einstimmig", "… die Entlastung
# der Kassiererin, die durch die Versammlung einstimmig vorgenommen wurde" (not "Die Entlastung
# erfolgt am Ende", a plan).
_DONE = r"(?:erteil(?:t|en|te|ten)|erfolgten?|vorgenommen|ausgesprochen|gewährt)"
ENTLASTUNG_RE = re.compile(
    r"\bEntlastung(?:en)?\b[^.!?]{0,80}?\b" + _DONE + r"\b|"
    r"\b" + _DONE + r"\b[^.!?]{0,80}?\bEntlastung(?:en)?\b",
    re.IGNORECASE,
)
_TO_DISCHARGE_RE = re.compile(r"\bzu\s+erteilen\b", re.IGNORECASE)
# "Proposed by Cllr A, seconded by Cllr B and agreed that the hedge be cut": the motion and
# its outcome in one clause ("Ann proposed X and agreed to draft it" is her task).
MOTION_AGREED_RE = re.compile(
    r"\b(?:seconded|moved)\b[^.!?]*?(?:\band|,)\s+(?:it\s+was\s+)?(?:unanimously\s+)?"
    # "By motion duly made, seconded and unanimously approved, the building of a guardrail …
    # was approved": the motion's formula with any verb of its outcome.
    r"(?:(?:agreed|resolved)\s+(?:that|unanimously)|resolved\s+to|carried|approved|adopted|"
    r"passed(?!\s+(?:to|on|around|round)\b))\b",
    re.IGNORECASE,
)
# "Third Thursday each month has been chosen", "It has been decided to …", "A decision was
# made to …", "+1 decision made on the travel question", "Es wurde die Entscheidung getroffen".
CHOSEN_RE = re.compile(
    r"\b(?:has|have)\s+been\s+(?:(?:unanimously|formally|finally)\s+)?(?P<verb>chosen|choosen|"
    r"selected|decided|agreed(?:\s+(?:on|upon))?|approved|adopted|accepted|ratified)\b|"
    r"^(?:\+1\s+)?(?:a\s+|the\s+)?(?:final\s+)?decision\s+(?:was\s+|has\s+been\s+)?(?:made|taken|reached)\b|"
    r"\bEntscheidung\s+(?:wurde\s+|ist\s+)?getroffen\b",
    re.IGNORECASE,
)
# A motion or decision put off in running text: "The motion … was tabled", "Die Entscheidung
# wird auf die nächste Sitzung vertagt", "Decision postponed until …". An item or topic put
# off ("Der Tagesordnungspunkt wurde vertagt") is the item's status, not a decision.
PUT_OFF_RE = re.compile(
    r"^(?:the\s+|this\s+|die\s+|der\s+|das\s+|dieser\s+|diese\s+)?(?:motion|decision|vote|"
    r"matter|proposal|Antrag|Entscheidung|Abstimmung|Beschluss|Beschlussfassung|Vorschlag)\b[^.!?]{0,80}?\b(?:(?:was|is|has\s+been|"
    r"wird|wurde|werden|wurden|ist)\s+(?:[\w-]+\s+){0,6}?)?(?P<verb>tabled|deferred|postponed|"
    r"vertagt|verschoben|zurückgestellt)\b",
    re.IGNORECASE,
)
# Whatever matter, item or talk the meeting put off, in the passive of any tense, the future
# included (putting off is decided when it is said): "The Linux talk will be postponed until
# the next meeting", "Item 5 was deferred to March", "The bylaw review has been postponed",
# "Both remaining items were tabled until the AGM"; and the clause without its subject:
# "Deferred to the next call", "Postponed until the budget is known". "Tabled" alone is also
# "laid before the meeting" ("The accounts were tabled and approved"), "deferred" alone a kind
# of payment: these two put off only with where to (PUT_OFF_TO_RE) or a matter (_MATTER_RE).
EN_PUT_OFF_RE = re.compile(
    r"^(?!(?:if|when|once|unless|whether|because|since|as|I|he|she|you)\b)(?P<subj>(?:(?!(?:if|"
    r"whether|unless|who|which|that|not|may|might|could|should|would|must|can|need|needs)\b)"
    r"[\w'’&/().,#-]+\s+){1,12}?)(?:was|were|is|are|has\s+been|have\s+been|will\s+be)\s+"
    r"(?:(?:then|also|again|therefore|hereby|formally|unanimously|all|both)\s+)?"
    r"(?P<verb>postponed|deferred|tabled)\b|^(?P<lead>postponed|deferred|tabled)\b(?=\s+(?:to|"
    r"until|till|pending)\b)",
    re.IGNORECASE,
)
# A meeting or its whole agenda put off is the calendar's, not a matter this meeting decided
# ("The March meeting was postponed because of the strike", "Regular agenda was tabled due to
# attendance").
_MEETING_SUBJECT_RE = re.compile(
    r"\b(?:meeting|session|call|AGM|event|workshop|conference|agenda)s?\s*$", re.IGNORECASE
)
# Where a matter goes when put off: "to the next call", "until May", "pending the vote".
_PUT_OFF_WHERE_RE = re.compile(r"^(?:to|until|till|pending)\b", re.IGNORECASE)


def _en_put_off(s: str) -> bool:
    m = EN_PUT_OFF_RE.match(s)
    if m is None:
        return False
    if m["lead"]:
        return True
    if _MEETING_SUBJECT_RE.search(m["subj"]):
        return False
    if m["verb"].lower() == "postponed":
        return True
    return bool(
        _PUT_OFF_WHERE_RE.match(s[m.end() :].lstrip())
        or _MATTER_RE.search(m["subj"])
        or _AGENDA_ITEM_RE.search(m["subj"])
    )


_AGENDA_ITEM_RE = re.compile(r"\b(?:item|point|topic|talk|presentation)s?\b", re.IGNORECASE)


# "Ann moves to have the report adopted as presented": a motion still to be voted on.
PENDING_RE = re.compile(
    r"\b(?:moves?|moved|proposes?|proposed|suggests?|suggested|asks?|asked|wants?|to\s+have)\b",
    re.IGNORECASE,
)


def _elliptic(s: str) -> re.Match | None:
    m = ELLIPTIC_RE.match(s) if _ELLIPTIC_NEEDS(s) else None
    return None if m is None or PENDING_RE.search(s) else m


# "A motion to change the logo failed", "Der Antrag auf Änderung wird abgelehnt".
MOTION_OUTCOME_RE = re.compile(
    r"\b(?:motion|proposal|Antrag)\b[^.!?]{0,100}?\b(?P<verb>carried|passed|passes|carries|"
    r"fails|failed|adopted|"
    r"defeated|angenommen|abgelehnt)\b",
    re.IGNORECASE,
)
# Other things put to a vote, then how it went, closing the sentence: "The governance changes
# (<https://…/pull/13073>) passed.", "The bylaw amendment failed." ("Several changes passed
# review" is no outcome: the verb does not close it.)
OUTCOME_LAST_RE = re.compile(
    r"\b(?:resolution|amendments?|changes|bylaws?|by-laws|ballot|referendum|"
    r"Satzungsänderung(?:en)?)\b[^!?]{0,140}?\s(?P<verb>carried|passed|failed|defeated|adopted|"
    r"angenommen|abgelehnt)(?:\s+(?:unanimously|einstimmig))?\s*[.!]?\s*$",
    re.IGNORECASE,
)
# An outcome alone: "Carried.", "Motion passed unanimously (5-0-0).", "Einstimmig angenommen."
OUTCOME_ALONE_RE = re.compile(
    r"^(?:(?:the\s+)?motion\s+(?:was\s+)?|Antrag\s+|Der\s+Antrag\s+(?:wird|wurde)\s+)?"
    r"(?:(?:einstimmig|mehrheitlich|unanimously|einstimmig\s+und\s+ohne\s+Enthaltung)\s+)?"
    r"(?P<verb>carried|passed|adopted|approved|accepted|failed|defeated|rejected|lost|agreed|"
    # "Motion carries 7-0-1.", "Motion fails.", "Elected 8-0-1." under a nomination.
    r"carries|passes|fails|elected|re-elected|"
    r"angenommen|beschlossen|abgelehnt|zugestimmt|einstimmig|unanimous|"
    # "vertagt", "Postponed." under the motion: put off, not decided ("Deferred discussion
    # to next week", "Entscheidung vertagt").
    r"vertagt|verschoben|postponed|deferred|tabled)"
    r"(?:\s+(?:discussion|decision|vote|Entscheidung|Diskussion|Abstimmung)\b)?"
    r"(?:\s+(?:einstimmig|unanimously|mehrheitlich))?[.!]?\s*(?P<rest>.{0,80})$",
    re.IGNORECASE,
)
QUESTION_RE = re.compile(r"\b(?:ob|falls|sofern|whether|if)\b", re.IGNORECASE)
REJECT_WORDS = re.compile(
    r"\b(?:rejected|declined|fails|failed|defeated|abgelehnt|verworfen|lehn(?:t|en)|not\s+carried)\b",
    re.I,
)
# "mit 5 zu 1 Stimmen", "by 5 votes to 1", "by 5 to 2 with 1 abstention".
ZU_VOTES_RE = re.compile(
    r"\b(?:mit|by)\s+(?P<y>\d{1,3})\s+(?:votes?\s+|Stimmen\s+)?(?:zu|to)\s+(?P<n>\d{1,3})"
    r"(?:\s+(?:zu\s+(?P<a>\d{1,3})|(?:bei|with)\s+(?P<a2>\d{1,3})\s+(?:Enthaltung|abstention)))?",
    re.IGNORECASE,
)
# A vote count with nothing else in the text: "(7/0/1)", "mit 5:1:0", "5-0-1".
BARE_VOTES_RE = re.compile(
    r"(?:\(\s*|\bmit\s+|\b(?:carried|carries|passed|passes|fails|approved|elected|angenommen|abgelehnt|"
    r"vote[ds]?)\s*:?\s*"
    r"\(?\s*)(?P<y>\d{1,3})\s*(?P<s>[/:–-])\s*(?P<n>\d{1,3})\s*(?P=s)\s*(?P<a>\d{1,3})(?!\d)",
    re.IGNORECASE,
)
# A motion and its outcome in one paragraph: "President moved to accept the minutes. Passed.",
# "It was moved by A, seconded by B, to adopt item 4. Unanimously carried by voice vote.",
# "Motioned by A, second B and adopted.", "MOTION: Proposed by A, seconded by B. Passed? Yes.",
# "B nominated C as treasurer (passed)", "… moved that all reports be accepted: passed."
MOTION_WORD_RE = re.compile(
    r"\b(?:moved|moves|motion(?:ed)?|seconded|seconds|second\s+by|proposed|nominated|Antrag|"
    r"beantragt)\b",
    re.IGNORECASE,
)
_TAIL_VERB = (
    r"(?:the\s+)?(?:motion\s+)?(?:was\s+)?(?:(?:duly|unanimously|einstimmig)\s+)?"
    r"(?P<verb>carried|passed|adopted|approved|accepted|agreed|failed|defeated|lost|rejected|"
    r"carries|passes|fails|elected|angenommen|abgelehnt)\b"
)
MOTION_OUTCOME_TAIL_RE = re.compile(
    r"(?:(?:[.:;,]\s*|\s+and\s+)"
    + _TAIL_VERB.replace("verb", "verb1")
    + r"(?:\s*\?\s*(?:yes|ja)\b)?"
    r"(?:\s+(?:unanimously|einstimmig|by\s+[\w\s-]{1,25}|without\s+\w+|as\s+\w+(?:\s+\w+)?|"
    r"with\s+[\w\s-]{1,25}))?(?:\s*\(?\d[\d\s/:–-]{2,}\)?)?(?:\s*\([^()]{0,60}\))?"
    r"|\s*\(\s*" + _TAIL_VERB + r"[^()]{0,60}\))\s*[.!]?[*_]*\s*$",
    re.IGNORECASE,
)
# "Passed?" then "Yes.": a motion's outcome asked and answered.
_ASKED_RE = re.compile(
    r"^(?:motion\s+)?(?:passed|carried|approved|adopted|agreed|angenommen)\s*\?$", re.IGNORECASE
)
_ANSWER_RE = re.compile(r"^(?:yes|ja)\b[^.]{0,30}[.!]?$", re.IGNORECASE)
# "These were duly approved (proposed by A, seconded by B)", "… the accounts, which were duly
# approved", "These were circulated and accepted as a true record."
PRONOUN_PASSED_RE = re.compile(
    r"(?:^|[,;]\s*)(?:these|those|both|they|which)\s+(?:were|was|have\s+been|has\s+been)\s+"
    r"(?:\w+\s+and\s+)?(?:(?:duly|unanimously|formally|then|also)\s+)?(?P<verb>approved|adopted|"
    # "…; both were deferred": the matters just named, put off.
    r"accepted|ratified|confirmed|carried|passed|rejected|deferred|postponed|tabled)\b"
    r"(?!\s+(?:to|on|around|round|into)\b(?!\s+(?:the\s+)?(?:next|following|later)\b))",
    re.IGNORECASE,
)
# A German result in few words, its vote in the qualifier: "Bastian als Versammlungsleiter
# ohne Widerspruch bestimmt", "Anna einstimmig zur Kassiererin gewählt", "Protokoll ohne
# Gegenstimmen genehmigt".
DE_VOTED_RE = re.compile(
    r"\b(?:einstimmig|mehrheitlich|ohne\s+(?:Gegenstimmen?|Widerspruch|Einwände)|per\s+Akklamation|"
    r"bei\s+\d{1,3}\s+Enthaltung(?:en)?)\s+(?:[\w-]+\s+){0,4}?(?P<verb>gewählt|bestimmt|"
    r"angenommen|beschlossen|genehmigt|bestätigt|abgelehnt|entlastet|verabschiedet)[.!]?\s*$",
    re.IGNORECASE,
)
# An election without a contest: "X was declared elected by acclamation", "elected by
# acclamation", "per Akklamation gewählt".
ACCLAMATION_RE = re.compile(
    r"\b(?P<verb>elected|re-elected|declared|returned|appointed|confirmed|approved)\s+(?:[\w-]+\s+){0,5}?"
    r"by\s+acclamation\b|\bper\s+Akklamation\b",
    re.IGNORECASE,
)


# A vote named by what it is for, its outcome after a colon or dash: "Vote to revert the
# change in 3.0: passed", "Vote on the new logo - failed", "Abstimmung über den Antrag:
# angenommen".
VOTE_TO_RE = re.compile(
    r"^(?:the\s+|a\s+)?(?:vote|Abstimmung)\s+(?:to|on|for|über|zu[mr]?)\b[^!?]{3,200}?\s*[:–—-]\s*"
    r"(?:the\s+motion\s+)?(?:(?:unanimously|einstimmig|mehrheitlich)\s+)?(?P<verb>passed|carried|"
    r"approved|adopted|accepted|failed|rejected|defeated|lost|angenommen|abgelehnt)\b",
    re.IGNORECASE,
)
# An election accepted, told in the passive: "Die Wahl wurde von Anna, Ben und Carla angenommen".
ACCEPTED_RE = re.compile(r"^(?:Die\s+)?Wahl\s+(?:wurde|wird)\s+(?:[^.!?]{0,80}?\s)?angenommen\b")


# A straw poll decides nothing: "Meinungsbild: 6 dafür, 1 dagegen", "Stimmungsbild", "Straw
# poll: 5 for, 2 against", "Temperature check".
STRAW_POLL_RE = re.compile(
    r"^[*_\s-]*(?:Meinungsbild|Stimmungsbild|Straw\s+poll|Temperature\s+check|Show\s+of\s+interest)\b",
    re.IGNORECASE,
)
# A line over a list of decisions: a section label without a colon, as Word minutes write it
# ("Festlegungen", "Beschlüsse", "Decisions made"), or a lead sentence ending in a colon
# ("Folgendes wurde vereinbart:", "Dabei wurden erste Übereinkommen getroffen, wie folgt:",
# "The following was agreed:", "The board resolved as follows:").
LIST_LABEL_RE = re.compile(
    r"^(?:(?:Getroffene|Gefasste|Wichtige)\s+)?(?:Beschlüsse|Festlegungen|Vereinbarungen|"
    r"Entscheidungen|Decisions(?:\s+made)?|Resolutions|Agreements(?:\s+made)?)$",
    re.IGNORECASE,
)
# A heading over a list of decisions, however qualified: "### Festlegungen", "## Decisions",
# "4. Decisions Made:", "Key decisions", "Getroffene Entscheidungen", "Decisions taken",
# "Summary of decisions", "Entscheidungen / Beschlüsse", "Decisions and agreements".
_SECTION_LABEL = alt("decision_label")
DECISION_SECTION_RE = re.compile(
    r"^\**\s*(?:(?:Getroffene|Gefasste|Wichtige|Key|Main|Major|Important)\s+|Summary\s+of\s+"
    r"(?:the\s+)?)?(?P<label>" + _SECTION_LABEL + r")(?:\s+(?:made|taken|reached|getroffen|gefasst|"
    r"of\s+the\s+(?:meeting|day))|\s*(?:/|&|\band\b|\bund\b)\s*(?:" + _SECTION_LABEL + r"))?"
    r"\s*:?\s*\**\s*$",
    re.IGNORECASE,
)
_PLURAL_LABEL_RE = re.compile(
    r"(?:Beschlüsse|Festlegungen|Vereinbarungen|Entscheidungen|Decisions|Resolutions|Agreements)$",
    re.IGNORECASE,
)
LIST_LEAD_RE = re.compile(
    r"\b(?:folgende[snmr]?|following|as\s+follows|wie\s+folg\w*|nachstehende?|these)\b",
    re.IGNORECASE,
)
LIST_LEAD_WORD_RE = re.compile(
    r"\b(?:beschlossen|vereinbart|festgelegt|entschieden|geeinigt|verständigt|agreed|decided|"
    r"resolved|Beschlüsse|Vereinbarungen|Festlegungen|Übereinkommen|Entscheidungen|decisions|"
    # "Folgender Beschluss wurde festgehalten:", "Die Gesellschafter haben folgenden Beschluss
    # gefasst:" over the decision's text as a list item.
    r"agreements|resolutions|Beschluss|Vereinbarung|Festlegung|Entscheidung|decision|"
    r"resolution)\b",
    re.IGNORECASE,
)


def list_lead(text: str) -> str | None:
    """The kind of the decisions a list below this line holds, or None when it is no lead."""
    bare = text.strip().strip("*_ ")
    if len(bare) > 160:
        return None
    m = DECISION_SECTION_RE.match(bare)
    if m and bare.endswith(":") and m.start("label") == 0 and m.end("label") == len(bare) - 1:
        m = None  # "Decisions:" alone is the label content.analyse reads with what follows
    if LIST_LABEL_RE.match(bare) or (m and _PLURAL_LABEL_RE.match(m["label"])):
        kind = "resolution" if re.match(r"(?:\w+\s+)?(?:Beschl|Resol)", bare, re.I) else "agreement"
        return kind
    if (
        not bare.endswith(":")
        or not LIST_LEAD_RE.search(bare)
        or not LIST_LEAD_WORD_RE.search(bare)
    ):
        return None
    if NEGATION_RE.search(bare) or QUESTION_RE.search(bare) or NOT_YET_RE.search(bare):
        return None  # "Folgendes wurde nicht entschieden:", "… ob folgende …"
    return "resolution" if re.search(r"beschl|resol", bare, re.I) else "agreement"


def join_motions(sentences: list[str]) -> list[str]:
    """Join a motion's outcome to the motion when a paragraph tells both ("… Passed.").

    "MOTION: Proposed by A, seconded by B." then "Passed?" "Yes." are one decision, written
    as the motion; an outcome after a sentence that decides by itself stays apart.
    """
    if len(sentences) < 2:
        return sentences
    if (
        len(sentences[-1]) < 40
        and outcome_alone(sentences[-1])
        and not any(MOTION_WORD_RE.search(x) or sentence_kind(x) for x in sentences[:-1])
        and (not NO_OBJECTION_RE.match(sentences[-1]) or proposed(" ".join(sentences[:-1])))
    ):
        # "TI asked if the form could be circulated. AGREED": the outcome closing a paragraph
        # decides what the paragraph proposed.
        return [" ".join(sentences)]
    low = " ".join(sentences).lower()
    if not holds_any(low, _MOTION_HINTS):
        return sentences  # no motion named: nothing to join
    asked: list[str] = []
    for s in sentences:
        if asked and _ANSWER_RE.match(s) and _ASKED_RE.match(asked[-1]):
            asked[-1] = f"{asked[-1]} {s}"  # "Passed?" "Yes."
        else:
            asked.append(s)
    out: list[str] = []
    for s in asked:
        if (
            out
            and len(s) < 100
            and _SECONDER_ALONE_RE.match(s)
            and SECONDER_RE.search(s)
            and sentence_kind(out[-1])
        ):
            out[-1] = f"{out[-1]} {s}"  # "Minutes were agreed." "Proposed: A, seconded: B"
            continue
        if out and (
            outcome_alone(s)
            or ("?" in s and _ASKED_RE.match(s.split("?")[0] + "?"))
            or (":" in s and ANSWERED_FIELD_RE.search(s))
        ):
            # The motion is the sentences before that name it and decide nothing themselves:
            # "Motion by A to buy a projector." "Seconded by B." "Motion lost."
            k = len(out)
            # (_sentence_kind: a motion told only by its mover and seconder still waits for it.)
            while (
                k > 0 and MOTION_WORD_RE.search(out[k - 1]) and _sentence_kind(out[k - 1]) is None
            ):
                k -= 1
            if k < len(out):
                out[k:] = [" ".join([*out[k:], s])]
                continue
        out.append(s)
    return out


# No word here contains another ("stimm" covers "einstimmig" and "bestimmt", "einig" covers
# "geeinigt", "lehn" covers "abgelehnt"): every sentence without one tests them all. " nimmt"
# and " nehmen" stand alone ("Die Versammlung nimmt … an"), not in "teilnehmen".
# A count of three after a vote's label or before its outcome: "Ergebnis: 7-0-1", "Abstimmung
# (Ja/Nein/Enthaltung): 7/0/1", "7:0:1 angenommen", "5/0/1 (Ja/Nein/Enthaltung)".
LABELLED_VOTES_RE = re.compile(
    r"(?:\b(?:Abstimmung\w*|Ergebnis|Result|Votum|Vote[sd]?|Voting)\b[^:\d\n]{0,40}:?\s*\(?\s*"
    r"(?P<y>\d{1,3})\s*(?P<s>[/:–-])\s*(?P<n>\d{1,3})\s*(?P=s)\s*(?P<a>\d{1,3})(?![\d./:–-])|"
    r"(?<![\d./:–-])(?P<y2>\d{1,3})\s*(?P<s2>[/:–-])\s*(?P<n2>\d{1,3})\s*(?P=s2)\s*(?P<a2>\d{1,3})"
    r"(?![\d./:–-])\s*(?:\(\s*(?:Ja|yes|for|dafür)\b|angenommen|beschlossen|abgelehnt|carried|passed|"
    r"approved|adopted|failed))",
    re.IGNORECASE,
)
# Three counts with one separator ("7-0-1", "7 / 0 / 1"): what LABELLED_VOTES_RE needs; led
# by a digit, so the scan skips the text between digits fast.
_TRIPLE_RE = re.compile(r"\d\s*([/:–-])\s*\d{1,3}\s*\1\s*\d")
# "mit 7 Stimmen bei einer Enthaltung angenommen": the votes for and the abstentions, no one
# against (only when no vote against is told).
STIMMEN_BEI_RE = re.compile(
    r"\bmit\s+(?P<y>\d{1,3})\s+(?:Ja-?\s*)?Stimmen\s+bei\s+(?P<a>\d{1,3})\s+"
    r"(?:Stimm)?[Ee]nthaltung(?:en)?\b"
)
_WORDS = (
    "beschlo", "beschließ", "beschliess", "genehmig", "aufgenommen", "angenommen", "stimm", "lehn",
    "vereinbart", "festgelegt", "entschieden", "genehmigt", "bestätig", "carried", "passed",
    "adopted", "approved", "accepted", "ratified", "rejected", "declined", "failed", "defeated",
    "agree", "resolved", "decided", "voted", "unanimous", "motion", "wählt", "wählen", " nimmt",
    " nehmen", "abgenommen", "consensus", "mehrheit", "majority", "vertag", "verschoben",
    "postponed", "deferred", "tabled", "confirmed", "in favo", "elected", "co-opted", "appointed",
    "einig", "entsprochen", "stattgegeben", "dafür", "einverstanden", "lost", "everyone",
    "lamation", "entscheid", "die wahl", "legen wir", "legten wir", "chose", "choosen", "selected",
    "decision", "zurückgestellt", "zurückstellen", "entlast", "verworfen", "verabschied",
    "decides", "einmütig", "objection", "einwä", "einwand", "widerspruch", "gegenrede", "seconded",
    "seconds", "verschieb", "billig", "endorse", "verständig", "establish", "opted", "settled on",
    "went with", "picked", "signed as", "sense of the", "conclusion", "einverständnis",
    "zustimmung", "supported", "befürwort", "entschied", "sprach sich", "sprachen sich",
    "spricht sich", "sprechen sich", "ergab", "ergibt", "erbrachte", "ernann", "ernenn", " berufen",
    "berief", "bestimmt.", "bestimmt,", "kooptiert", "returned", "konsens", "einvernehm",
    "gutgeheiss", "gutgeheiß",
)  # fmt: skip
# The words as one pattern, each entered at its rarest letter (anchored_words): a paragraph
# is scanned once, not once a word, and only at those letters (0.8 -> 0.6 ms for the seed's
# 76 paragraphs and sentences as a word tree, most of which hold none; 0.48 -> 0.34 ms so).
# ("ernenn", "ernann", "endorse", "returned", "lehn", "lost", … by `in`: word_finder.)
_HOLDS_WORD = word_finder(_WORDS)


def might_decide(text: str) -> bool:
    """A cheap test: could this text record a decision at all?"""
    return _HOLDS_WORD(lowered(text))


# Cheap tests before the costlier patterns: a word each of them needs.
# Where "verschoben" puts a matter off to ("auf die nächste Sitzung", "in den Herbst").
LATER_DATE_RE = re.compile(
    r"\b(?:auf|bis|in\s+den|in\s+die|zur|zum)\b[^.!?]{0,40}?\b(?:nächst\w*|kommend\w*|später\w*|"
    r"\d{1,2}\.|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember|Frühjahr|Sommer|Herbst|Winter|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|"
    r"Samstag|Sonntag|Woche|Monat|Jahr)|\bspäter\b",
    re.IGNORECASE,
)
_PUT_OFF_WORDS = ("tabled", "deferred", "postponed", "vertagt", "verschoben", "zurückgestellt")
_EN_PUT_OFF_WORDS = ("tabled", "deferred", "postponed")
_EN_BODY_VERBS = (
    "approved", "adopted", "accepted", "ratified", "rejected", "declined", "agreed", "resolved",
    "decided", "voted", "agrees", "decides", "endorsed", "supported",
)  # fmt: skip
_MOTION_HINTS = ("move", "motion", "second", "propos", "nominat", "antrag", "beantragt")
_OUTCOME_WORDS = (
    "carried", "passed", "adopted", "approved", "accepted", "agreed", "failed", "defeated",
    "lost", "rejected", "angenommen", "abgelehnt", "resolved", "carries", "passes", "fails",
    "elected",
)  # fmt: skip
_PRONOUNS = ("these", "those", "both", "they", "which")
_VOTED_HINTS = (
    "einstimmig", "mehrheitlich", "ohne gegenstimm", "ohne widerspruch", "ohne einwände",
    "akklamation", "enthaltung",
)  # fmt: skip
# ("verabschiedet" alone is a farewell as often as an adoption: only PASSED_RE, with the
# thing adopted before it, reads it as a decision.)
# The verbs of a formal decision (Beschluss) among those of agreement.
_RESOLVING_VERBS = (
    frozenset(
        ("resolved", "beschließen", "beschliessen", "beschlossen", "beschließt", "beschliesst")
    )
    | frozenset(("beschloss", "beschloß", "wählte", "wählten", "genehmigte", "genehmigten"))
    | (
        frozenset(
            ("befürwortet", "befürworten", "befürwortete", "befürworteten", "billigt", "billigen")
        )
    )
    | frozenset(("billigte", "billigten"))
    | frozenset(
        ("wählt", "wählen", "gewählt", "genehmigt", "genehmigen", "entlastet", "aufgenommen")
    )
    | frozenset(("entlasten", "entlastete", "entlasteten", "beschlossen"))
    | frozenset(("bestätigt", "bestätigen", "bestätigte", "bestätigten", "bestimmte", "bestimmten"))
    | frozenset(("berief", "beriefen"))
)  # an election, an approval, an admission (sentence_kind: a vote told or agreed)


# Who moved and who seconded: "Proposed: Hugo, seconded: Matt", "Proposed by Cllr A,
# seconded by Cllr B", "Moved: Ann; Seconded: Bob".
SECONDER_RE = re.compile(
    # "On a motion by Anna, seconded by Tom, the members agreed …" names mover and seconder too.
    r"\b(?:proposed|moved|motion\s+(?:by|from))(?:\s+by)?\s*:?\s+[^.;:]{1,40}?[,;]?\s+(?:and\s+)?"
    r"seconded(?:\s+by)?\s*:?\s+\w",
    re.IGNORECASE,
)
_SECONDER_ALONE_RE = re.compile(r"^(?:\(\s*)?(?:proposed|moved)\b", re.IGNORECASE)


# An approval (Genehmigung) in itself: "The minutes were approved", "Das Protokoll wird
# genehmigt", "The initial draft was ratified".
APPROVAL_RE = re.compile(
    r"\b(?:approved|accepted|adopted|ratified|confirmed|genehmigt|angenommen|bestätigt|"
    r"verabschiedet|gutgeheissen|gutgeheißen)\b",
    re.IGNORECASE,
)
# What shows a vote was taken, or that the outcome is a formal resolution or an election:
# the label rules make an approval with one a resolution, without one an agreement.
VOTE_SIGN_RE = re.compile(
    r"einstimmig|mehrheitlich|unanim|nem\.?\s*con|\bvot(?:e|ed|es|ing)\b|abstimm|abgestimmt|"
    r"\bmotion|\bmoved\b|\bmoves\b|\bseconded\b|\bantrag|beantragt|show\s+of\s+hands|"
    r"handzeichen|majority|mehrheit|gegenstimm|enthalt|abstain|abstention|in\s+favou?r|"
    r"\bdafür\b|\bdagegen\b|acclamation|akklamation|\bballot|\bstimmen\b|\bayes?\b|"
    r"carried|\bpassed\b|resolved|resolution|beschl|gewählt|\bwahl|elected|nominat|entlast|"
    r"zugestimmt|stimmt\b|"
    r"\d\s*[-:/]\s*\d",
    re.IGNORECASE,
)


# Elections, appointments and discharges as reports of general meetings tell them, in any
# word order the phrase patterns above do not read:
# - the participle first, the finite verb after it: "Einstimmig gewählt wurde Anna Berg",
#   "Neu in den Beirat gewählt wurden A und B", "Als Kassenprüfer bestätigt wurde Bernd"
#   (the present, "Gewählt wird X", only with a vote told: alone it says how one votes);
# - appointed or named to an office or honour: "Herr Maier wurde zum Ehrenmitglied ernannt",
#   "Zum Wahlleiter wurde Anna bestimmt", "Die Versammlung ernannte X zum Ehrenvorsitzenden";
# - the outcome stated after the count: "Damit ist der Vorstand entlastet", "X ist somit
#   gewählt", "X erhielt 15 Stimmen und ist damit gewählt";
# - English: "X was returned unopposed", "Y was voted in as treasurer".
# A subordinate clause ("Nachdem der Vorstand gewählt wurde, …", "Als der Vorstand gewählt
# war, …") and a relative one after a comma tell what happened around the decision.
_ELECTION_PARTICIPLE = (
    r"(?:wieder|neu|nach|zu)?gewählt|entlastet|ernannt|bestätigt|angenommen|genehmigt|beschlossen|"
    r"abgelehnt|berufen|bestimmt|kooptiert"
)
# ("Bestimmt wurde das oft gesagt": "certainly" first; only DE_APPOINTED_RE reads "bestimmt".)
DE_FRONTED_RE = re.compile(
    r"^(?!(?:nachdem|als\s+(?:der|die|das|ein\w*|er|sie|es|wir|man)|da|weil|dass|daß|wenn|ob|"
    r"bevor|sobald|seit|seitdem|wie|sowie|damit|so\s+dass)\b)[^,;:.!?]{0,80}?\b(?P<verb>"
    + _ELECTION_PARTICIPLE.replace("|bestimmt", "")
    + r")\s+(?P<aux>wurden?|wird|werden)\b(?!\s+(?:kann|können|soll|sollen|muss|müssen)\b)"
    r"(?!\s*(?:auch|außerdem|zudem)?\s*,?\s*(?:dass|daß)\b)",
    re.IGNORECASE,
)
# An office or honour ("zum Ehrenmitglied", "als Wahlleiterin", "zur neuen Vorsitzenden"), not
# a time or a place ("zum Schluss", "zur Zeit").
_ROLE = (
    r"(?:[\w-]+\s+){0,2}?[A-ZÄÖÜ][\w-]*(?:er|erin|innen|ende|enden|wart|wartin|mitglied|"
    r"vorsitz\w*|person|beauftragte\w*|obmann|obfrau|präsident\w*|rat|rätin)\b"
)
DE_APPOINTED_RE = re.compile(
    r"\b(?:wurden?|wird|werden)\b[^.!?]{0,120}?\b(?:zu[mr]|als)\s+" + _ROLE + r"[^.!?]{0,80}?\b"
    r"(?P<verb>ernannt|bestimmt|berufen|kooptiert)\b(?!\s+(?:werden|worden)\b)|"
    r"^(?:Zu[mr]|Als)\s+[^.!?]{1,80}?\b(?:wurden?|wird|werden)\b[^.!?]{0,80}?\b(?P<verb2>ernannt|"
    r"bestimmt|berufen|kooptiert)\b(?!\s+(?:werden|worden)\b)|"
    r"\b(?:" + _DE_BODY + r")\s+(?:(?:daraufhin|dann|nun|anschließend|anschliessend)\s+)?"
    r"(?P<verb3>ernennt|ernennen|ernannte|ernannten|bestimmt|bestimmen|bestimmte|bestimmten|beruft|"
    r"berufen|berief|beriefen)\s+(?:[\w.-]+,?\s+){1,8}?zu[mr]\s+" + _ROLE
)
DE_STATE_RE = re.compile(
    r"\b(?:damit|somit|hiermit|folglich)\s+(?:ist|sind)\b[^.!?]{0,100}?\b(?P<verb>"
    + _ELECTION_PARTICIPLE
    + r")\b|\b(?:ist|sind)\s+(?:[\w.-]+\s+){0,8}?(?:damit|somit|hiermit|folglich)\s+"
    r"(?:[\w.-]+\s+){0,6}?(?P<verb2>" + _ELECTION_PARTICIPLE + r")\b(?!\s+(?:werden|worden)\b)",
    re.IGNORECASE,
)
EN_RETURNED_RE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:duly\s+|unanimously\s+|then\s+)?(?:returned\s+"
    r"(?:unopposed|uncontested|without\s+opposition)|voted\s+(?:in|on)\s+(?:as|to)\b)",
    re.IGNORECASE,
)
_EARLIER_YEAR_RE = re.compile(
    r"(?<!\bfür\s)(?<!\bfor\s)(?<!\büber\s)(?<!\bof\s)(?<!\bfrom\s)\b(?:(?:letztes|vergangenes|"
    r"voriges)\s+Jahr|im\s+Vorjahr|(?:last|previous)\s+year|a\s+year\s+ago|vor\s+einem\s+Jahr)\b",
    re.IGNORECASE,
)
_CLAUSE_WORD_RE = re.compile(
    r"[,;(]|\b(?:that|which|who|dass|daß|die|der|das|welche\w*|defined|set|made)\b", re.IGNORECASE
)
_BEFORE_RE = re.compile(r"\b(?:bereits|schon|damals|seinerzeit|zuvor)\b", re.IGNORECASE)
_COUNTED_RE = re.compile(r"\d|einstimmig|mehrheitlich|akklamation|unanim", re.IGNORECASE)
_NOBODY_RE = re.compile(r"\b(?:niemand|nobody|no\s+one)\b", re.IGNORECASE)
_APPOINTED_WORDS = ("ernann", "ernenn", "bestimmt", "beruf", "berief", "kooptiert")
_THEREBY_WORDS = ("damit", "somit", "hiermit", "folglich")
_ELECTION_WORDS = (
    "gewählt", "entlastet", "ernann", "ernenn", "bestätigt", "angenommen", "genehmigt",
    "beschlossen", "abgelehnt", "berufen", "beruft", "berief", "bestimmt", "bestimmte", "kooptiert",
    "returned", "voted",
)  # fmt: skip


def _election(s: str, low: str) -> str | None:
    """An election, appointment or discharge told in the words above, when it decides."""
    if not holds_any(low, _ELECTION_WORDS):
        return None
    m = DE_FRONTED_RE.match(s) if " wurde" in low or " wird" in low or " werden" in low else None
    if m and m["aux"].lower() in ("wird", "werden"):
        if not _COUNTED_RE.search(s, m.end()) or HABIT_RE.search(s):
            m = None  # "Gewählt wird in geheimer Wahl": how one votes, no election
    if m and _BEFORE_RE.search(s, m.end()):
        m = None  # "Genehmigt wurde der Antrag bereits im Mai": decided before, told again
    m = (
        m
        or (holds_any(low, _APPOINTED_WORDS) and DE_APPOINTED_RE.search(s))
        or (holds_any(low, _THEREBY_WORDS) and DE_STATE_RE.search(s))
        or (("returned" in low or "voted" in low) and EN_RETURNED_RE.search(s))
        or None
    )
    if m is None or _DE_MODAL_RE.search(s) or FAMILY_OPEN_RE.search(s, 0, m.start()):
        return None  # "Der Wahlleiter soll zum … bestimmt werden"
    start = next(
        (
            m.start(g)
            for g in ("verb", "verb2", "verb3")
            if g in m.re.groupindex and m.start(g) >= 0
        ),
        m.start(),
    )
    if _negated_in_clause(s, start, start) or NEGATION_RE.search(m.group()) or _NOBODY_RE.search(s):
        return None  # "Zum Wahlleiter wurde niemand bestimmt", "nicht entlastet"
    verb = next((m[g] for g in ("verb", "verb2", "verb3") if g in m.re.groupindex and m[g]), "")
    return "rejected" if verb.lower() == "abgelehnt" else "resolution"


# An election confirmed in office is an election (a resolution), not a bare approval:
# "Frau Schulz wurde als Kassiererin im Amt bestätigt", "X wird als Beisitzer bestätigt".
OFFICE_CONFIRMED_RE = re.compile(
    r"\b(?:im|in\s+(?:seinem|ihrem|seinen|ihren|ihren)|ins)\s+Ämtern|\b(?:im|ins|in\s+(?:seinem|"
    r"ihrem))\s+Amt\b|\bals\s+(?:[\w.-]+\s+){0,2}?\w*(?:vorsitz\w*|kassier\w*|kassenwart\w*|"
    r"prüfer\w*|schriftführer\w*|beisitz\w*|schatzmeister\w*|sprecher\w*|präsident\w*|leiter\w*|"
    r"vorstand\w*|obmann|obfrau|referent\w*|beauftragte\w*|chair\w*|treasurer|secretary|auditors?|"
    r"president)\b[^.!?]{0,60}?\b(?:bestätigt|confirmed)\b",
    re.IGNORECASE,
)


# An outcome alone closing what a paragraph proposed: "… if this could be circulated. AGREED".
_CLOSING_OUTCOME_RE = re.compile(r"[.!?;]\s+(?P<o>[^.!?;\s][^.!?;]{1,38}[.!]?)$")
# A negation just after the verb of agreement: "We agreed on nothing", "Wir einigen uns nicht".
_NEGATION_AFTER_RE = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:nothing|nichts|nicht|not|no(?!\s+objections?\b)|"
    r"kein\w*(?<!keine)(?<!keinen)|keinen?(?!\s+(?:Einw|Widerspr|Einsp)))\b",
    re.IGNORECASE,
)


def _negated(s: str, end: int) -> bool:
    """Whether the decision told up to end is denied, before its verb or right after it."""
    return bool(NEGATION_RE.search(s, 0, end) or _NEGATION_AFTER_RE.match(s, end))


# Where a clause begins: after a comma, a semicolon, a colon or a conjunction.
_CLAUSE_START_RE = re.compile(r"[,;:]\s|\s(?:and|but|und|aber|sondern|so|then)\s", re.IGNORECASE)


def _negated_in_clause(s: str, start: int, end: int) -> bool:
    """Whether the verb at start..end is denied in its own clause: "There were no other
    matters and accepted as a true record" is not, "were not accepted" and "Wir nehmen den
    Antrag nicht an" are."""
    begin = 0
    for c in _CLAUSE_START_RE.finditer(s, 0, start):
        begin = c.end()
    return bool(NEGATION_RE.search(s, begin, end) or _NEGATION_AFTER_RE.match(s, end))


# The value of a label that says nothing of its kind happened: "Decisions: none", "Unanimous
# consent votes: none requested.", "Beschlüsse: keine", "Abstimmungen: –".
NONE_VALUE_RE = re.compile(
    r"\s*\**\s*(?:none|nothing|n/a|nil|keine?|nichts|entfällt|[-–—])"
    r"(?:\s+(?:requested|taken|made|recorded|this\s+(?:week|time|meeting)|today|heute|gefasst|"
    r"getroffen))?\s*[.!]?\s*\**\s*$",
    re.IGNORECASE,
)


# A body of the group named as the one that approves: "The Board approved the budget",
# "Parish Council approved.", "The Board reviewed and accepted the dates", "Der Vorstand
# genehmigt das Protokoll", "Die Versammlung hat … genehmigt". "We", "the group" or nobody
# approving names no body.
_EN_BODIES = (
    r"(?:board|BOD|committee|council|councillors|members(?:hip)?|trustees|directors|assembly|"
    r"general\s+meeting|AGM|EGM|executive|commission|officers|meeting|TSC|TC|WG)"
)
_DE_BODIES = (
    r"\w*(?:" + "|".join(noun + ending for noun, ending in _DE_BODY_NOUNS.items()) + r")|MV|GV|JHV"
)
BODY_APPROVES_RE = re.compile(
    r"^(?:the\s+)?(?:[\w'’&-]+\s+){0,2}?" + _EN_BODIES + r"\s+(?:(?:has|have|then|also|"
    r"therefore|finally|unanimously|formally|duly)\s+|[\w-]+\s+and\s+){0,2}"
    r"(?:approved|adopted|accepted|ratified|confirmed|approves|adopts|accepts|ratifies)\b|"
    r"^(?:Die|Der|Das)\s+(?:[\w-]+\s+){0,2}?(?:" + _DE_BODIES + r")\s+(?:hat|haben|genehmigt|"
    r"genehmigen|nimmt|nehmen|bestätigt|bestätigen|verabschiedet|verabschieden)\b",
    re.IGNORECASE,
)
# The same body as the agent of a passive: "The policy was reviewed and adopted by the Board",
# "… wird vom Vorstand angenommen", "… von der Mitgliederversammlung genehmigt", "… durch die
# Generalversammlung angenommen" ("approved by board members via PR" tells how, later).
BODY_AGENT_RE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:[\w-]+\s+and\s+)?(?:(?:duly|unanimously|"
    r"formally)\s+)?(?:approved|adopted|accepted|ratified|confirmed)\s+(?:unanimously\s+)?by\s+"
    r"(?:the\s+|all\s+)?(?:[\w'’&-]+\s+){0,2}?" + _EN_BODIES + r"\b|"
    # German with its verb of being: "von der MV 2016 bis auf Widerruf genehmigt" lists what
    # an earlier meeting approved.
    r"\b(?:wird|werden|wurde|wurden|ist|sind)\s+(?:[^\s.!?;]+\s+){0,8}?"
    r"(?:vom|von\s+(?:der|dem|den)|durch\s+(?:die|den|das))\s+(?:[\w-]+\s+){0,4}?"
    r"(?:" + _DE_BODIES + r")\b[^.!?;]{0,60}?\b(?:genehmigt|angenommen|bestätigt|verabschiedet)\b",
    re.IGNORECASE,
)


def approved_by_body(sentence: str) -> bool:
    """Whether a named body of the group approves in this sentence ("The Board approved …")."""
    s = sentence.strip().lstrip("-*•→> ").strip()
    if BODY_APPROVES_RE.match(s) or BODY_AGENT_RE.search(s):
        return True
    if " hat " in s or " haben " in s:
        # The perfect: "Die Mitgliederversammlung hat die Beitragsordnung verabschiedet".
        m = DE_BODY_PERFECT_RE.match(s)
        if m and m["verb"] in ("genehmigt", "verabschiedet"):
            return True
    # The verb first after a clause: "Nachdem die Kasse geprüft ist, genehmigt der Vorstand …".
    m = DE_BODY_AFTER_CLAUSE_RE.search(s) if ", " in s else None
    return bool(m and m["verb"].startswith("genehmig"))


# A motion told by its mover and its seconder, its outcome left unsaid as councils and clubs
# write it: "It was proposed by G. Clere and seconded by P. Markwell that the minutes … be
# signed", "Proposed by A and seconded by B - recommend approval.", "Chris moved, Peter
# seconded that no auditor be appointed", "B. Glover proposed and M. Grief seconded that …",
# "The motion to adopt was made by Robert Barton Jr., Craig Strawser second, …", "Councilman
# Cauthorne makes a motion to adjourn Councilwoman Mullins seconds." Initials and titles keep
# their full stops ("G. Clere", "Mrs. Berry").
_MOVER_NAME = r"(?:(?:Mrs?|Ms|Dr|Cllr|Rev|Jr|Sr)\.\s*|\b[A-Z]\.\s*|[^.;!?\n])"
SECONDED_MOTION_RE = re.compile(
    r"\b(?i:proposed|moved|motioned|(?:made|makes|make)\s+(?:a|the)\s+motion|motion\b[^.;!?\n]{0,60}?"
    r"\b(?:was\s+)?made)\b" + _MOVER_NAME + r"{1,160}?(?i:\bseconded\b|\bseconds\b|\bsecond\s+by\b|"
    r"(?<=[a-z.])\s+2nd\b|(?<=[a-z])\s+second\b(?=\s*[,.;]|\s+with\b))"
)


# Only who moved and who seconded, nothing moved: "Moved by Karen, seconded by Amy" or
# "(proposed by A, seconded by B)" under the motion, "Lawrence moved, Peter seconded." after it.
_NAME_WORDS = r"(?:[\w.'’-]+\s+){0,3}[\w.'’-]+"
_MOVERS_ONLY_RE = re.compile(
    r"^[(\s]*(?:(?:it\s+was\s+)?(?:proposed|moved|motioned)\s+(?:by\s*:?\s+)?"
    + _NAME_WORDS
    + r"|"
    + _NAME_WORDS
    + r"\s+(?:proposed|moved))\s*[,;.]?\s+(?:and\s+)?(?:seconded(?:\s+by\s*:?)?\s+"
    + _NAME_WORDS
    + r"|"
    + _NAME_WORDS
    + r"\s+second(?:ed|s))\s*[.)]*\s*$",
    re.IGNORECASE,
)


def _seconded_motion(s: str) -> str | None:
    """A motion with its mover and seconder and no outcome told: passed, as minutes record it."""
    if "second" not in lowered(s) and "2nd" not in s:
        return None
    m = SECONDED_MOTION_RE.search(s)
    if m is None or NEGATION_RE.search(s, 0, m.end()) or QUESTION_RE.search(s, 0, m.start()):
        return None  # "The motion was not seconded", "… asked whether anyone moved …"
    if _MOVERS_ONLY_RE.match(s.strip().lstrip("-*• ")):
        return None  # the movers of the motion told above it, not a motion of its own
    return "resolution"


# A phrase in front of the clause that decides, which the patterns read from a sentence's
# start: "On a motion by Tom, seconded by Rita, the Board approved the budget", "After
# discussion, the committee adopted the rules", "Following a review of the quotes, the
# council accepted the lower one", "In light of the costs, the team decided to drop it".
# Not a condition or a time clause ("If …,", "When …,", "Once …,": no such word leads here),
# an earlier year or meeting ("In 2019, the board approved …", "Last year, …"), nor a
# sentence added to one told before ("In addition, the Council decided …").
_LEAD_PHRASE_RE = re.compile(
    r"^(?:after|following|upon|(?:on|upon)\s+(?:a\s+|the\s+)?(?:motion|recommendation|advice|"
    r"proposal|request)|in\s+(?:light|view|response|accordance|line)\b|having|due\s+to|based\s+on|"
    r"then|finally|subsequently|thereafter|therefore|accordingly|hence|thus|consequently|"
    r"as\s+a\s+result|for\s+(?:this|that|these|those)\s+reasons?|without\s+(?:objection|"
    r"dissent)|by\s+(?:consensus|acclamation|a\s+show))\b",
    re.IGNORECASE,
)
_LEAD_PAST_RE = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:last|previous|prior|earlier|past|ago|before)\b", re.IGNORECASE
)


def _after_lead(s: str) -> str | None:
    """The kind the clause after a leading phrase (_LEAD_PHRASE_RE) records, if any."""
    s = s.strip().lstrip("-*•→> ").strip()
    if not _LEAD_PHRASE_RE.match(s):
        return None
    start = 0
    for _ in range(3):  # "On a motion by A, seconded by B, the Board approved …"
        comma = s.find(", ", start)
        if comma < 0 or comma > 160:
            return None
        lead = s[:comma]
        if _LEAD_PAST_RE.search(lead) or QUESTION_RE.search(lead):
            return None
        rest = s[comma + 2 :]
        if kind := _sentence_kind(rest):
            # "On motion by A, seconded by B, the members agreed …": a motion voted on; else
            # the clause's own kind ("the Board approved": a named body's approval).
            if MOTION_WORD_RE.search(lead) and kind == "agreement":
                return "resolution"
            return approval_kind(kind, rest)
        start = comma + 2
    return None


def sentence_kind(sentence: str) -> str | None:
    """Return the kind of decision a sentence records, or None when it records none."""
    kind = _sentence_kind(sentence) or _seconded_motion(sentence)
    led = None
    if not kind and ", " in sentence:
        kind = led = _after_lead(sentence)
    if kind and EARLIER_MEETING_RE.search(sentence):
        return None  # "At the last meeting we agreed to …": told again, decided then
    if (
        kind
        and (y := _EARLIER_YEAR_RE.search(sentence))
        and (v := _FAMILY_WORD_RE.search(sentence))
    ):
        # "Anna wurde letztes Jahr zur Kassiererin gewählt", "Jane was elected treasurer last
        # year": a past year's election told again; not "agreed that the goals defined last
        # year are kept" (the year in a clause of its own) nor "der Bericht für letztes Jahr".
        if y.start() < v.start() or not _CLAUSE_WORD_RE.search(sentence, v.end(), y.start()):
            return None
    if (
        kind
        and (v := _FAMILY_WORD_RE.search(sentence))
        and (o := _STILL_OPEN_RE.search(sentence, 0, v.start()))
        and not re.search(r"[.:;!?,]", sentence[o.end() : v.start()])
        # "The talk will be postponed until May": putting off is decided when it is said.
        and not (
            kind == "postponement"
            and o[0].lower() == "will"
            and sentence[o.end() : v.start()] == " be "
        )
    ):
        # "Der Vorstand soll darüber entscheiden", "The Board will decide on the venue": a
        # modal or a future in the clause of the verb leaves the decision to come ("…, so the
        # committee agreed" and "agreed that Anna will send" are decided).
        return None
    if (
        kind
        and ("wird" in sentence or "werden" in sentence)
        and _AT_A_LATER_MEETING_RE.search(sentence)
    ):
        return None  # "… werden bei der nächsten Mitgliederversammlung beschlossen"
    if kind and v and _REPORTED_RE.search(sentence, 0, v.start()):
        return None  # "Anna reported that the county approved …": told, not decided here
    if kind == "agreement" and "second" in sentence.lower() and SECONDER_RE.search(sentence):
        # "Agenda for the meeting agreed. Proposed: Pauli, seconded: Tomáš": a motion moved,
        # seconded and agreed is a vote taken, not mere assent.
        return "resolution"
    return led or approval_kind(kind, sentence)


def approval_kind(kind: str | None, text: str) -> str | None:
    """The kind of a decision that approves, by the label rules (scoring.py's docstring).

    An approval by a vote, a count, a motion or a named body is a resolution ("The Board
    approved …", "Der Vorstand genehmigt …", "… were agreed and adopted by the Board"); a
    bare one ("Previous minutes approved", "The remit was ratified", "Das Protokoll wird
    angenommen", "Approved." under "Approval of the minutes") is an agreement.
    """
    if kind is None or not APPROVAL_RE.search(text):
        return kind
    if kind in ("resolution", "agreement") and (
        OFFICE_CONFIRMED_RE.search(text)
        or ("onfirmed" in text and EN_CONFIRMED_IN_OFFICE_RE.search(text))
    ):
        return "resolution"  # "X wurde als Kassierer im Amt bestätigt", "confirmed as chair"
    if kind == "resolution" and not VOTE_SIGN_RE.search(text):
        return "resolution" if approved_by_body(text) else "agreement"
    if kind == "agreement" and (BODY_AGENT_RE.search(text) or approved_by_body(text)):
        return "resolution"
    return kind


# How an offer was received, not a motion accepted: "Die Nähbar wird sehr gut angenommen",
# "Der Vorschlag wurde positiv aufgenommen".
RECEIVED_RE = re.compile(
    r"\b(?:gut|gern|gerne|positiv|negativ|rege|schlecht|kaum|begeistert|super|prima|toll|"
    r"hervorragend|wenig|dankbar)\s+(?:an|auf)genommen\b",
    re.IGNORECASE,
)


# The words each pattern needs (alternation.Needs), tested before the patterns that a
# sentence reaches after the others failed: the engine tries them at every character.
_PASSIVE_NEEDS = Needs(PASSIVE_RE)
_PASSED_NEEDS = Needs(PASSED_RE)
_ELLIPTIC_NEEDS = Needs(ELLIPTIC_RE)
_MOTION_OUTCOME_NEEDS = Needs(MOTION_OUTCOME_RE)
_OUTCOME_LAST_NEEDS = Needs(OUTCOME_LAST_RE)
_QUESTION_NEEDS = Needs(QUESTION_RE)


def _sentence_kind(sentence: str) -> str | None:
    s = sentence.strip().lstrip("-*•→> ").strip()
    if s.endswith(("*", "_")) and not sentence.lstrip("-•→> ").startswith(s[:1]):
        s = s.rstrip("*_ ")  # "*Minutes Approved*", "**Vote carried**": emphasis, no word
    if not s or not might_decide(s):
        return None
    if ":" in s and NONE_VALUE_RE.match(s, s.rindex(":") + 1):
        return None  # "Unanimous consent votes: none requested.", "Abstimmungen: keine"
    if " → " in s or " -> " in s:
        # "More DL / NN features? → General consensus is No": the answer after the arrow.
        answer = re.split(r"\s(?:→|->)\s", s)[-1]
        if answer != s and (kind := sentence_kind(answer)):
            return kind
    closing = _CLOSING_OUTCOME_RE.search(s, max(0, len(s) - 44))  # the last 40 characters
    if closing and (kind := outcome_alone(closing["o"])):
        if not NO_OBJECTION_RE.match(closing["o"].strip()):
            return kind  # "Ali asked if we could buy cycle maps. AGREED" (join_motions)
        before = s[: closing.start("o")]
        if proposed(before):
            # "Serge nominated himself for PR Coordinator. There was no objection."
            return "resolution" if ELECTION_RE.search(before) else kind
    low = lowered(s)
    if (
        ":" in s
        and (a := ANSWERED_FIELD_RE.search(s))
        and (MOTION_LINE_RE.match(s) or MOTION_WORD_RE.search(s))
    ):
        # A motion's record: "topic: Accept PR #20484 … Proposed by Tim. … accepted: yes
        # (for: 8, against: 0, abstained: 1)".
        return "resolution" if a["answer"].lower() in ("yes", "ja") else "rejected"
    motion = holds_any(low, _MOTION_HINTS)
    if motion and holds_any(low, _OUTCOME_WORDS) and MOTION_WORD_RE.search(s):
        if tail := MOTION_OUTCOME_TAIL_RE.search(s):
            # A motion closed by its outcome (join_motions): a vote, whatever its wording.
            verb = (tail["verb1"] or tail["verb"]).lower()
            return "rejected" if verb == "lost" or REJECT_WORDS.search(verb) else "resolution"
        if ("second" in low or "moved" in low) and MOTION_AGREED_RE.search(s):
            return "resolution"  # "… seconded by B and agreed that …"
    if (" been " in low or "decision" in low or "entscheidung" in low) and (
        m := CHOSEN_RE.search(s)
    ):
        if NEGATION_RE.search(s) or NOT_YET_RE.search(s) or QUESTION_RE.search(s):
            return None  # "No decision was made", "It has not yet been decided whether …"
        verb = (m["verb"] or "").lower()
        return "resolution" if verb in ("approved", "adopted", "ratified") else "agreement"
    if holds_any(low, _PUT_OFF_WORDS) and (m := PUT_OFF_RE.match(s)):
        if NEGATION_RE.search(s) or s.endswith("?") or QUESTION_RE.search(s):
            return None  # "The decision was not postponed", "Should this be deferred?"
        if m["verb"].lower() == "verschoben" and not LATER_DATE_RE.search(s):
            return None  # "Punkt wurde verschoben, siehe unten": moved down the page
        return "postponement"
    if holds_any(low, _EN_PUT_OFF_WORDS) and _en_put_off(s) and not s.endswith("?"):
        return "postponement"
    if ("vote" in low or "abstimmung" in low) and (m := VOTE_TO_RE.match(s)):
        return (
            "rejected"
            if REJECT_WORDS.search(m["verb"]) or m["verb"].lower() == "lost"
            else "resolution"
        )
    if "elected" in low and (m := ELECTED_AFTER_RE.search(s)) and not _negated(s, m.end()):
        return "resolution"  # "X was nominated and elected the chair"
    if "entlast" in low and ENTLASTUNG_RE.search(s) and not _TO_DISCHARGE_RE.search(s):
        # (Not "Er beantragte, dem Vorstand Entlastung zu erteilen": the motion, its outcome
        # told after it; a body's "beschloss, … zu erteilen" is read further on.)
        return "rejected" if NEGATION_RE.search(s) else "resolution"
    if kind := _election(s, low):
        return kind
    if (
        "consens" in low
        or "konsens" in low
        or "einig" in low
        or "sense of the" in low
        or ("conclusion" in low)
    ) and (
        m := CONSENSUS_RE.match(s)
        or WE_HAVE_CONSENSUS_RE.match(s)
        or DE_EINIG_RE.search(s)
        or DE_KONSENS_RE.match(s)
    ):
        # "Consensus was that it's okay for Relay to wipe it all away, but if all clients …",
        # "Lucas: Conclude that for now we have a meeting consensus that we will not do the
        # split", "Es besteht Konsens, das Logo zu behalten, falls …": a condition or a "not"
        # after the consensus is part of what was agreed ("Es besteht kein Konsens" is none).
        if not (
            s.endswith("?")
            or QUESTION_RE.search(s, 0, m.start())
            or NEGATION_RE.search(s, 0, m.end())
        ):
            return "postponement" if POSTPONE_RE.search(s) else "agreement"
    if "ergab" in low or "ergibt" in low or "erbrachte" in low:
        if VOTE_RESULT_RE.match(s) and not NOT_YET_RE.search(s):
            if re.search(r"\b(?:abgelehnt|dagegen|keine\s+Mehrheit)\b", s, re.IGNORECASE):
                return "rejected"  # "Die Abstimmung ergab keine Mehrheit für den Antrag"
            return "resolution"
    if s.endswith("?") or (_QUESTION_NEEDS(s) and QUESTION_RE.search(s)):
        return None  # a question or a condition decides nothing
    m = AGREES_RE.match(s) or ("stimm" in low and STIMMT_FUER_RE.match(s))
    if not m and " sich " in low and (m := DE_SPOKE_FOR_RE.match(s)):
        if NEGATION_RE.search(s, 0, m.start("part")):
            return None  # "Niemand sprach sich dagegen aus" is read as no objection elsewhere
    if m:
        return "rejected" if m["part"] in ("ab", "gegen", "dagegen") else "resolution"
    m = EN_BODY_RE.match(s) if holds_any(low, _EN_BODY_VERBS) else None
    if m is None and " and " in low and holds_any(low, _EN_BODY_VERBS):
        m = EN_AND_AGREED_RE.match(s)  # "We discussed how … and agreed on the examples"
        if m and _NEGATION_AFTER_RE.match(s, m.end()):
            return None  # "We discussed the logo and decided that nothing could be decided"
    if m is None and "voted" in low and (m := VOTED_RE.match(s)):
        if NEGATION_RE.search(s, 0, m.end()):
            return None  # "No one voted against", "The board has not voted on it"
        if (m["side"] or "").lower() == "against":
            return "rejected"
    if m:
        verb = m["verb"].lower()
        if verb in ("rejected", "declined") or (verb == "voted" and _AGAINST_RE.match(s, m.end())):
            return "rejected"  # "The members voted (unanimously) against the proposal"
        if POSTPONE_RE.search(s):
            return "postponement"  # "The council decided to defer the decision pending …"
        return "agreement" if verb in ("agreed", "decided", "agrees", "decides") else "resolution"
    m = (
        AGREED_RE.match(s)
        or PERFECT_RE.match(s)
        or CONSENSUS_RE.match(s)
        or ("it was" in low and IT_WAS_RE.search(s))
        or ASSENT_RE.match(s)
        or _de_assent(s, low)
        or (s[:4] in ("Die ", "Der ", "Das ") and (DE_BODY_RE.match(s) or DE_BODY_ACTS_RE.match(s)))
        or (", " in s and DE_BODY_AFTER_CLAUSE_RE.search(s))
        or (s[:2] in ("Zu", "Al", "In") and DE_OFFICE_FIRST_RE.match(s))
        or ("bestätig" in low and DE_BODY_CONFIRMS_RE.match(s))
        or ("confirmed" in low and EN_CONFIRMED_IN_OFFICE_RE.search(s))
        or (" ha" in s and s[:4] in ("Die ", "Der ", "Das ") and _body_perfect(s))
        or DE_NOUN_RE.match(s)
        or _agreed_passive(s, low)
        or _assent_by_all(s, low)
        or None
    )
    offset = 0
    if not m and (clause := CLAUSE_RE.match(s)):
        # "No quorum, agreed to try for a second AGM on 25th February."
        offset = clause.end()
        m = AGREED_RE.match(s[offset:])
    # The clause in front of a verb put first is no denial: "Da der Verein keine Angestellten
    # hat, beschliesst die Versammlung, …" is read from its verb on.
    told = s[m.start() :] if m and m.re is DE_BODY_AFTER_CLAUSE_RE else s
    if (
        m
        and m.re not in (IT_WAS_RE, CONSENSUS_RE)
        and _negated(told, offset + m.end() - (len(s) - len(told)))
    ):
        # "We agreed on nothing", "Wir einigen uns nicht". "It was agreed" and a consensus
        # are no negation whatever the clauses around them say ("There being no candidates,
        # it was resolved …", "it was agreed the precept would not be increased", "General
        # consensus is No"). A "not" further on belongs to a clause of its own ("AGREED to
        # pay on the understanding we may not be able to meet this year on year").
        return None
    if m:
        if POSTPONE_RE.search(s):
            return "postponement"  # "We decided to postpone this to the next meeting"
        if m.re is DE_ALL_AGREE_RE and "stimmen" in m.group().lower():
            return "resolution"  # "Alle stimmen zu": a vote, as "stimmt dem Antrag zu"
        if m.re is DE_BODY_PERFECT_RE and m["verb"] == "abgelehnt":
            return "rejected"
        if (m["verb"] or "").lower() in _RESOLVING_VERBS:
            return "resolution"
        if m.re is DE_BODY_RE and _DE_BY_VOTE_RE.search(s):
            return "resolution"  # "Die Versammlung entschied sich einstimmig dafür, …": voted
        return "agreement"
    if (
        (" by " in low or "vom " in low or "von " in low or "durch " in low)
        and (m := BODY_AGENT_RE.search(s))
        and not (NEGATION_RE.search(m.group()) or _DE_MODAL_RE.search(s) or NOT_YET_RE.search(s))
    ):
        # "The Complaints procedure was reviewed and adopted by the Board", "Die Ordnung wird
        # vom Vorstand genehmigt": whatever a body approved, not only the minutes or a budget
        # (not "… muss vom Vorstand genehmigt werden").
        return "resolution"
    m = (
        (_PASSED_NEEDS(s) and PASSED_RE.search(s))
        or ("ratified" in low and RATIFIED_RE.search(s))
        or (_MOTION_OUTCOME_NEEDS(s) and MOTION_OUTCOME_RE.search(s))
        or (_OUTCOME_LAST_NEEDS(s) and OUTCOME_LAST_RE.search(s))
        or _elliptic(s)
        or (holds_any(low, _PRONOUNS) and PRONOUN_PASSED_RE.search(s))
        or ("lamation" in low and ACCLAMATION_RE.search(s))
        or (holds_any(low, _VOTED_HINTS) and DE_VOTED_RE.search(s))
        or None
    )
    if m and NOT_YET_RE.search(m.group()):
        return None
    if m and m["verb"] and _negated_in_clause(s, m.start("verb"), m.start("verb")):
        # "Der Antrag wurde nicht angenommen": a motion voted down; "Das Protokoll wurde
        # nicht genehmigt", "The budget was not approved": nothing decided.
        return (
            "rejected" if re.search(r"\b(?:motion|Antrag)\b", s[: m.start("verb")], re.I) else None
        )
    if m and (m["verb"] or "").lower() == "agreed":
        return "agreement"  # "Agenda for the meeting agreed.": assent, no vote told
    if m and m.re is PRONOUN_PASSED_RE and (m["verb"] or "").lower() in _PUT_OFF_WORDS:
        return "postponement"  # "…; both were deferred"
    if m:
        return "rejected" if REJECT_WORDS.search(m["verb"] or "") else "resolution"
    if ("voted in" in low or "?" in s) and VOTED_IN_RE.search(s):
        return "resolution"  # "Voted in by all present.", "Passed? Yes."
    if ("all" in low or "every" in low) and ALL_AGREED_RE.search(s) and not NEGATION_RE.search(s):
        # "… seconded Debroy Summers, all agreed": a vote of the room on a motion; "All
        # agreed." alone, under a motion; "We all agreed the new rota." is an agreement.
        alone = len(s) < 30 and ASSENT_FIRST_RE.match(s)
        return "resolution" if MOVED_RE.search(s) or alone else "agreement"
    m = PASSIVE_RE.search(s) if _PASSIVE_NEEDS(s) else None
    if m and RECEIVED_RE.search(m.group()):
        m = None  # "Die Nähbar wird gut angenommen": well received, nothing decided
    if m and (NOT_YET_RE.search(m.group()) or LATER_RE.search(m.group())):
        return None  # "… und werden dann ausgewählt", "wird später bestätigt": still to come
    if m and m.group()[:4].lower() in ("wird", "werd", "wurd") and HABIT_RE.search(m.group()):
        # "Das Fluggebiet wird ca. drei Tage vorher ausgewählt": how it is done; "Dies wurde
        # regelmäßig durch die Mitgliederversammlung abgelehnt": how it went before.
        return None
    if m:
        if m.group().endswith("ausgewählt"):
            return "agreement"  # "X wird als Spielidee ausgewählt": a choice, no vote
        if re.search(r"\b(?:agreed|decided)\s+to$", m.group(), re.IGNORECASE):
            # "…, so the committee agreed to take this opportunity": agreed without a vote,
            # as at a sentence's start (EN_BODY_RE).
            return "agreement"
        if re.search(r"(?:dagegen|gegen|against)$", m.group(), re.IGNORECASE):
            return "rejected"  # "Die Mehrheit war dagegen"
        return "rejected" if REJECT_WORDS.search(s) else "resolution"
    if ("einstimm" in low or "einmütig" in low) and (m := DE_UNANIMOUS_RE.search(s)):
        if _DE_MODAL_RE.search(s) or RULE_RE.search(s) or NOT_YET_RE.search(s):
            return None  # "Satzungsänderungen müssen einstimmig beschlossen werden"
        return "rejected" if REJECT_WORDS.search(s) or "Ablehnung" in s else "resolution"
    if " true " in low or " correct " in low or " accurate " in low or " fair " in low:
        m = TRUE_RECORD_RE.search(s)
        if m and not _negated_in_clause(s, m.start(), m.start()) and not NOT_YET_RE.search(s):
            # "The minutes were amended … and then accepted as a true and accurate record",
            # "There were no other matters from the minutes and accepted as a true record".
            return "resolution" if VOTE_SIGN_RE.search(s) else "agreement"
    if "unanim" in low and (m := UNANIMOUS_NOUN_RE.search(s)) and not NEGATION_RE.search(s):
        return "resolution"  # "… seconded, and there was unanimous approval of the budget"
    return _family_kind(s, low)


# The decision-verb family, whatever the phrase around the verb: a sentence whose main verb
# is one of deciding, told as done by "we", the room or nobody (the passive), in German with
# its particle closing the clause ("Wir nehmen das Protokoll einstimmig an", "Als Namen
# wählen wir X", "Das verschieben wir auf Mai", "Die Frage wurde auf die nächste Sitzung
# vertagt"), in English as "We all agreed the plan", "The new rota was approved", "Everyone
# is in agreement", "Extension at the school - approved.". The phrase patterns above read
# most sentences first; this is what is left of the family, kept from what is not a decision
# here by the filters below it (a modal or a future, a question or a condition, a denial, an
# earlier meeting's decision, a person's own opinion).
_DE_FAMILY_VERBS = (
    r"beschließen|beschliessen|beschlossen|entscheiden|entschieden|einigen|einigten|verständigen|"
    r"verständigten|vereinbaren|vereinbarten|wählen|wählten|genehmigen|genehmigten|billigen|billigten|verabschieden|"
    r"verabschiedeten|bestätigen|bestätigten|vertagen|vertagten|verschieben|verschoben|"
    r"(?P<sep>nehmen|nahmen|stimmen|stimmten|lehnen|lehnten|legen|legten|stellen|stellten)"
)
# The particle that closes the clause of a separable verb: "nehmen … an", "stimmen … zu".
_DE_PARTICLE = {"neh": "an", "nah": "an", "sti": "zu", "leh": "ab", "leg": "fest", "ste": "zurück"}
DE_WE_FAMILY_RE = re.compile(
    r"(?:^|[,:;]\s+|^[^,.!?]{1,60}?\s)(?:wir\s+(?:[^\s.,;:!?]+\s+){0,2}?(?P<verb>"
    + _DE_FAMILY_VERBS
    + r")|(?P<verb2>"
    + _DE_FAMILY_VERBS.replace("?P<sep>", "?P<sep2>")
    + r")\s+wir)\b",
    re.IGNORECASE,
)
# A postponement in the passive, told with where it goes: "Das Thema wurde auf ein späteres
# Treffen verschoben", "Die Frage wird auf die nächste Sitzung vertagt". Only a matter to be
# settled is put off so (_MATTER_RE); a talk, a date or the item itself put off ("Die
# Vorstellung wurde vertagt", "Der Termin wird verschoben") is the item's status.
DE_PUT_OFF_PASSIVE_RE = re.compile(
    r"\b(?:wird|wurde|werden|wurden|ist|sind)\s+(?:[^\s.!?]+\s+){0,10}?(?P<verb>vertagt|verschoben|"
    r"zurückgestellt)\b(?P<de>)",
    re.IGNORECASE,
)
_EN_FAMILY = (
    r"agreed|decided|resolved|approved|adopted|accepted|ratified|endorsed|elected|re-elected|"
    r"appointed|rejected|postponed|deferred|tabled"
)
# "We all agreed the new rota", "Everyone agreed", "They decided against it", "The whole group
# is in agreement", "Anna: We seem in general agreement that …" (a speaker's name in front).
EN_WE_FAMILY_RE = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?:\s+)?(?:(?:so|then|finally|in\s+the\s+end|in\s+that\s+case|"
    r"after\s+(?:some\s+)?discussion)[,\s]+){0,2}(?:we|(?:everyone|everybody|all)(?:\s+(?:present|"
    r"here|members|attendees|participants|in\s+attendance|(?:on|in|at)\s+the\s+(?:call|room|"
    r"meeting)))?|the\s+(?:whole\s+)?(?:group|team|room|meeting|attendees|"
    r"participants)|(?P<body>the\s+(?:[\w'’&-]+\s+){0,2}?(?:board|committee|council|trustees|"
    r"directors|members|panel|executive|assembly)))\s+(?:(?:have|had|all|then|also|finally|"
    r"unanimously|jointly|collectively)\s+){0,2}(?:(?P<verb>"
    + _EN_FAMILY
    + r")\b(?!\s+with\b)|(?P<choice>established|chose|selected|opted\s+for|settled\s+on|went\s+with|"
    r"picked)\b|(?:are|were|seem(?:ed)?|seem(?:ed)?\s+to\s+be)"
    r"\s+(?:all\s+)?in\s+(?:(?:general|broad|full|complete)\s+)?(?P<noun>agreement)\b)",
    re.IGNORECASE,
)
# "we" deciding inside the sentence, straight after a word: "The biggest change we decided on
# was that …", "After a short vote we agreed to meet on Fridays". Not "as we agreed" (told
# again) nor "what we decided" (a pointer), nor after a comma, where a reason or a report may
# lead it ("Because few came, we decided to ask by mail"); _family_kind's filters hold the rest.
EN_WE_INNER_RE = re.compile(
    r"(?<=\w\s)(?<!\bas\s)(?<!\bwhat\s)(?<!\bhow\s)(?<!\bif\s)(?<!\bwhether\s)(?<!\bunless\s)"
    r"(?<!\bwhen\s)(?<!\bonce\s)(?<!\bbefore\s)(?<!\buntil\s)(?<!\bafter\s)\bwe\s+"
    r"(?:(?:all|then|also|finally|eventually|unanimously|jointly|collectively)\s+){0,2}"
    r"(?P<verb>agreed|decided|resolved)\b(?!\s+with\b)",
    re.IGNORECASE,
)
# The passive with whatever subject: "The new rota was approved", "Both candidates were
# elected", "The vote was postponed until March"; not "passed" or "carried" ("copies were
# passed to …", "was carried out"), which only the phrase patterns read.
EN_FAMILY_PASSIVE_RE = re.compile(
    r"(?<!\bwhat\s)(?<!\bas\s)\b(?:was|were|has\s+been|have\s+been|(?<!\bwho\s)(?<!\bthat\s)"
    r"(?<!\bwhich\s)(?:is|are)(?=\s+(?:(?:all|both|duly|unanimously|hereby|now|therefore)\s+)?"
    r"(?:elected|re-elected|appointed|approved|adopted|ratified|agreed|rejected)\b(?![^.!?]*\b(?:"
    r"annually|each\s+year|every|for\s+(?:a|one|two|three|\d+)\s+years?|by\s+the\s+(?:members|"
    r"assembly|AGM)\s+for)\b)))\s+(?:(?:all|both|duly|"
    r"unanimously|formally|then|also|finally|subsequently|jointly)\s+){0,2}(?:(?:reviewed|discussed|"
    r"considered|read)\s+and\s+)?(?P<verb>agreed|approved|adopted|ratified|endorsed|elected|"
    r"re-elected|appointed|rejected|postponed|deferred|tabled)\b(?!\s+to\s+be\b)(?!\s+(?:by\s+(?!(?:the\s+)?(?:board|"
    r"committee|council|members|meeting|trustees|directors|assembly|group|all))\w))",
    re.IGNORECASE,
)
# What keeps a sentence of the family from recording a decision of this meeting.
# A modal, a future or what is still to do: "We need to decide", "will decide next time",
# "soll beschlossen werden", "Wir müssen wieder wählen", "should be approved".
FAMILY_OPEN_RE = re.compile(
    r"\b(?:need(?:s|ed)?\s+to|have\s+to|has\s+to|will|shall|should|must|may|might|could|would|can|"
    r"going\s+to|plan(?:s|ned)?\s+to|want(?:s|ed)?\s+to|(?:is|are)\s+to\s+be|"
    r"soll|sollen|sollte|sollten|muss|müssen|musste|kann|können|könnte|könnten|will|wollen|wollte|"
    r"möchte|möchten|würde|würden|werden\s+wir|wir\s+werden|(?:ist|sind|bleibt|bleiben)\s+"
    r"(?:[^\s.!?]+\s+){0,6}?zu\s+\w+en)\b",
    re.IGNORECASE,
)
# A condition, a question or a report of it: "if approved", "whether to", "falls angenommen".
FAMILY_IF_RE = re.compile(
    r"\b(?:if|whether|unless|once|when|before|in\s+case|provided|ob|falls|wenn|sofern|sobald|"
    r"bevor)\b|\?",
    re.IGNORECASE,
)
# An earlier meeting's decision told again, whatever the pattern that read it: "at the last
# meeting we agreed", "as previously decided", "wie in der letzten Sitzung beschlossen".
# ("The minutes of the last meeting were approved" names that meeting, not when.)
EARLIER_MEETING_RE = re.compile(
    r"\b(?:(?:at|in|during|since)\s+(?:the\s+|our\s+)?(?:last|previous|prior|earlier)\s+"
    r"(?:meeting|session|call|AGM)|as\s+(?:previously|already|earlier)\s+(?:agreed|decided|"
    r"resolved|approved|discussed)|previously\s+(?:agreed|decided|resolved|approved)|(?:in|an|auf|"
    r"bei|seit)\s+der\s+(?:letzten|vorigen|vorherigen|letztjährigen)\s+(?:Sitzung|Versammlung|"
    r"Mitgliederversammlung|Jahreshauptversammlung|Hauptversammlung|Generalversammlung|Wahl|"
    r"Vorstandswahl|Besprechung)|(?:at|in)\s+the\s+(?:last|previous)\s+election|beim\s+letzten\s+(?:Treffen|Mal)|wie\s+(?:bereits\s+|"
    r"schon\s+)?(?:besprochen|beschlossen|vereinbart|entschieden))\b",
    re.IGNORECASE,
)
# The same just before a verb of the family: "We had already agreed", "bereits beschlossen".
_ALREADY_RE = re.compile(
    r"\b(?:already|previously|earlier|bereits|schon|zuvor|damals)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)

# The matters whose putting off is a decision, as against a talk, a date or an item.
_MATTER_RE = re.compile(
    r"\b\w*(?:thema|themen|frage|fragen|diskussion|entscheidung|abstimmung|beschluss\w*|antrag|"
    r"anträge|vorschlag|angelegenheit)\b|\b(?:question|topic|discussion|decision|vote|motion|"
    r"proposal|issue|matter)s?\b",
    re.IGNORECASE,
)


# A modal or a future before the first verb of deciding (sentence_kind), and those verbs.
_STILL_OPEN_RE = re.compile(
    r"\b(?:need(?:s)?\s+to|have\s+to|has\s+to|will|shall|should|must|going\s+to|soll|sollen|"
    r"sollte|sollten|muss|müssen|werden\s+wir|wir\s+werden|möge|mögen|wolle)\b",
    re.IGNORECASE,
)
# Another's decision reported, or an opinion told: "Anna reported that the county approved
# the bus route", "Der Kassenwart berichtet, dass die Stadt den Zuschuss genehmigt hat". (The
# chair announcing or declaring a result, "erklärt, dass der Antrag angenommen ist", decides.)
_REPORTED_RE = re.compile(
    r"\b(?:said|says|reported|reports|mentioned|explained|informed\s+\w+|told\s+\w+|thinks?|"
    r"thought|feels?|felt)\s+(?:that)\b|\b(?:berichtet|berichten|informiert|sagt|erwähnt|teilt\s+mit|"
    r"meint|findet|glaubt)\w*\s*,\s*(?:dass|daß)\b",
    re.IGNORECASE,
)
_FAMILY_WORD_RE = re.compile(
    r"\b(?:agree[ds]?|decided?|decides|resolved?|approved?|adopt(?:ed|s)?|accept(?:ed|s)?|ratif\w+|"
    r"carried|passed|elected|appoint(?:ed|s)?|reject(?:ed|s)?|defer(?:red)?|postpon\w+|tabled|"
    r"endors\w+|beschl\w+|beschließ\w*|entschied\w*|entscheid\w*|einig\w*|geeinigt|zustimm\w*|"
    r"zugestimmt|angenommen|genehmig\w*|billig\w*|verabschied\w*|bestätig\w*|gewählt|wählt|wählen|"
    r"abgelehnt|vertag\w*|zurückgestellt|verschoben|verschieb\w*|festgelegt|vereinbar\w*)\b",
    re.IGNORECASE,
)


def _verb_start(m: re.Match) -> int:
    """Where the verb a family pattern found begins (its match when it names none)."""
    for name in ("verb", "verb2"):
        if name in m.re.groupindex and m.start(name) >= 0:
            return m.start(name)
    return m.start()


def _family_kind(s: str, low: str) -> str | None:
    """The kind of a sentence whose main verb is of the decision family, when it decides."""
    m = None
    if " wir" in low or low.startswith("wir"):
        m = DE_WE_FAMILY_RE.search(s)
        if m is not None:
            sep = m["sep"] or m["sep2"]
            # The particle closes the clause, or the sentence before a note in emphasis
            # ("Wir nehmen die Topliste einstimmig an _Falls Begriffe unklar sind, …_").
            if sep and not re.search(
                r"\b" + _DE_PARTICLE[sep[:3].lower()] + r"\b(?:\s*[.,;:!(]|\s+[_*]+[A-ZÄÖÜ]|\s*$)",
                s[m.end() :],
            ):
                m = None  # "Wir nehmen uns das Thema vor", "wir stellen fest": no particle
    if m is None and holds_any(low, ("vertagt", "verschoben", "zurückgestellt")):
        m = DE_PUT_OFF_PASSIVE_RE.search(s)
        if m is not None and m["verb"].lower() == "verschoben" and not LATER_DATE_RE.search(s):
            m = None  # "Punkt 4 wurde nach hinten verschoben": moved down the page
    if m is None and (low.startswith(("we ", "every", "all", "the ")) or ": " in s):
        m = EN_WE_FAMILY_RE.match(s)
        if m is not None and m["body"] and not m["choice"]:
            m = None  # a named body's other verbs are the phrase patterns' (EN_BODY_RE)
    if m is None and " we " in low:
        m = EN_WE_INNER_RE.search(s)
    if m is None and holds_any(low, (" was ", " were ", " been ", " is ", " are ")):
        m = EN_FAMILY_PASSIVE_RE.search(s)
    if m is None:
        return None
    # The modal, the condition and the denial stand before the verb or just after it ("soll
    # vertagt werden"); what was agreed may hold its own ("… agreement that it would be …").
    # "was wir beschlossen haben", "what we agreed": a pointer to decisions, none itself.
    told = s[: m.end()]
    if (
        FAMILY_OPEN_RE.search(told)
        or re.match(r"\s+werden\b", s[m.end() :])
        or FAMILY_IF_RE.search(told)
        or s.rstrip().endswith("?")
        or re.search(r"\b(?:was|wie|worüber|what|how)\s+(?:wir|we)\b", told, re.IGNORECASE)
        or _ALREADY_RE.search(s, 0, _verb_start(m))
        or _negated_in_clause(s, _verb_start(m), m.end())
        or re.search(r"\b(?:I|you|he|she)\s+(?:\w+\s+)?$", s[: m.start()])
    ):
        return None
    verb = (m.groupdict().get("verb") or m.groupdict().get("verb2") or "agreed").lower()
    if POSTPONE_RE.search(verb) or verb == "tabled":
        if m.re in (DE_PUT_OFF_PASSIVE_RE, EN_FAMILY_PASSIVE_RE) and not _MATTER_RE.search(s):
            return None  # "The regular agenda was tabled": the item's status, not a decision
        return "postponement"
    if verb in ("rejected", "declined") or verb.startswith("lehn"):
        return "rejected"
    if verb in ("agreed", "decided") or m.re is DE_WE_FAMILY_RE and not verb.startswith("beschl"):
        if POSTPONE_RE.search(s, m.start()):
            return "postponement"  # "Wir einigen uns, das Thema auf Mai zu verschieben"
    if verb in ("agreed", "decided"):
        return "agreement"  # "The rota was agreed unanimously": assent, as "it was agreed"
    if verb.startswith(("beschl", "resolved", "elected", "re-elected", "appointed")) or (
        VOTE_SIGN_RE.search(s)
    ):
        return "resolution"  # a formal decision, an election, or a vote told with it
    return "agreement"


# No one objecting to what was proposed: "There were no objections.", "No objection.",
# "Hearing no objections.", "Es gibt keine Einwände.", "Kein Widerspruch.", "Keine Gegenrede."
# An outcome only under a motion or a proposal ("Der Vorsitzende stellt fest, dass … Es gibt
# keine Einwände." decides nothing).
NO_OBJECTION_RE = re.compile(
    r"^(?:there\s+(?:was|were)\s+no\s+objections?|no\s+objections?(?:\s+(?:was|were)\s+"
    r"(?:raised|made|voiced|heard))?|hearing\s+no\s+objections?|without\s+objections?|"
    r"(?:es\s+gibt|es\s+gab)\s+(?:keine\s+(?:Einwände|Gegenrede)|keinen\s+(?:Einwand|"
    r"Widerspruch))|keine\s+(?:Einwände|Gegenrede)|kein\s+(?:Einwand|Widerspruch))\s*[.!]?$",
    re.IGNORECASE,
)
PROPOSAL_RE = re.compile(
    r"\b(?:suggest(?:s|ed)?|propos(?:es|ed|al)|asked\s+(?:if|whether)|vorgeschlagen|Vorschlag|"
    r"schlägt|schlug|fragt|fragte)\b|\?",
    re.IGNORECASE,
)
ELECTION_RE = re.compile(r"\b(?:nominat\w*|elect\w*|gewählt|Wahl|kandidiert)\b", re.IGNORECASE)


def proposed(text: str) -> bool:
    """Whether a text puts something to the room: a motion, a nomination or a proposal."""
    return bool(MOTION_WORD_RE.search(text) or PROPOSAL_RE.search(text))


# What may follow an outcome on its own: votes, who moved it, how it was taken ("Carried
# (5-0-1)", "Passed without dissent.", "Carried by voice vote", "Approved as written", "nem.
# con.", "Approved to join").
OUTCOME_REST_RE = re.compile(
    # "Einstimmig bei 2 Enthaltungen.", "Angenommen bei einer Gegenstimme."
    r"^(?:\(|mit\b|bei\b|with\b|by\b|\d|[-–]|for\b|;|,|without\s+(?:dissent|objection|opposition|"
    r"discussion|amendments?)\b|as\s+(?:amended|presented|written|circulated|provided|read|"
    r"submitted)\b|nem\.?\s*con|to\s+\w+[.!]?$|ohne\s+(?:Gegenstimmen?|Enthaltung|Widerspruch)\b)",
    re.IGNORECASE,
)
# Where a postponed matter goes: "Vertagt auf die nächste Sitzung", "Deferred to next week".
PUT_OFF_TO_RE = re.compile(
    r"^(?:to|until|till|due|pending|auf|bis|in|into|zur|zum|wegen|because)\b", re.IGNORECASE
)


def outcome_alone(text: str) -> str | None:
    """Return the kind when a paragraph is only an outcome ("Carried 5-0-1."), else None."""
    s = text.strip().lstrip("-*• ").strip().strip("*_")
    # "1. Approved." / "2. Approved.": results numbered as the motions they answer.
    s = re.sub(r"^\d{1,2}[.)]\s+", "", s)
    # "Outcome: approved.", "Result: carried", "Ergebnis: einstimmig angenommen": the label of a
    # motion's record (Motion: … / Vote: … / Outcome: …) before the outcome itself.
    s = OUTCOME_LABEL_RE.sub("", s).strip("*_ ") if ":" in s[:25] else s
    if NO_OBJECTION_RE.match(s):
        return "agreement"  # "There were no objections." under a motion: assent, no vote
    if len(s) > 120 or not might_decide(s):
        return None
    if a := ANSWERED_RE.match(s):
        # "Accepted: yes (for: 8, against: 0, abstained: 1)", "Passed? No."
        return "resolution" if a["answer"].lower() in ("yes", "ja") else "rejected"
    m = OUTCOME_ALONE_RE.match(s)
    if not m:
        return None
    rest = m["rest"].strip()
    # Whatever follows may only be votes or who moved it, no new sentence of its own.
    postponed = POSTPONE_RE.search(m["verb"]) or m["verb"].lower() == "tabled"
    if rest and not OUTCOME_REST_RE.match(rest) and not (postponed and PUT_OFF_TO_RE.match(rest)):
        return None
    if postponed:
        return "postponement"
    if m["verb"].lower() == "agreed":
        return "agreement"  # "Agreed." under a proposal: the room's assent, no vote
    verb = m["verb"].lower()
    return "rejected" if verb == "lost" or REJECT_WORDS.search(verb) else "resolution"


_ZU_VOTES_NEEDS = Needs(ZU_VOTES_RE)  # the words the pattern needs, tested first


def bare_votes(text: str) -> dict[str, int] | None:
    """Read a vote count written without labels ("(7/0/1)", "mit 5:1:0", "carried 5-0-1")."""
    # Three counts with one separator, which both count patterns need: a cheap scan first.
    triple = _TRIPLE_RE.search(text) is not None
    m = BARE_VOTES_RE.search(text) if triple else None
    if m:
        return {"yes": int(m["y"]), "no": int(m["n"]), "abstain": int(m["a"])}
    low = lowered(text)
    m = LABELLED_VOTES_RE.search(text) if triple else None
    if m:
        y, n, a = (m["y"], m["n"], m["a"]) if m["y"] else (m["y2"], m["n2"], m["a2"])
        if not ((m["s"] or m["s2"]) == ":" and len(n) == len(a) == 2):  # "12:30:00" is a time
            return {"yes": int(y), "no": int(n), "abstain": int(a)}
    m = STIMMEN_BEI_RE.search(text) if "stimmen bei" in low else None
    if m and not re.search(r"gegen|Nein", text, re.IGNORECASE):
        return {"yes": int(m["y"]), "no": 0, "abstain": int(m["a"])}
    m = ZU_VOTES_RE.search(text) if _ZU_VOTES_NEEDS(text, fold_lower(low)) else None
    if m:
        y, n = int(m["y"]), int(m["n"])
        if y > n and REJECT_WORDS.search(text):
            # "mit 4 zu 2 Stimmen abgelehnt": the larger count is the majority that rejected.
            y, n = n, y
        return {"yes": y, "no": n, "abstain": int(m["a"] or m["a2"] or 0)}
    m = TWO_VOTES_RE.search(text) if holds_any(low, _TWO_VOTES_HINTS) else None
    if m:
        # "Motion carried 5-0", "passed (6-1)", "with a 11 - 4 vote": yes and no, none abstained.
        y, n = int(m["y"] or m["y2"]), int(m["n"] or m["nc"] or m["nt"] or m["n2"])
        if y > n and REJECT_WORDS.search(m.group()):
            y, n = n, y  # "failed 3-2": the larger count is the majority that rejected
        a = ABSTAINED_RE.match(text, m.end())  # "passed 6 to 1 with 1 abstention"
        return {"yes": y, "no": n, "abstain": int(a["a"]) if a else 0}
    m = OF_VOTES_RE.search(text) if _OF_VOTES_NEEDS(text) else None
    if m:
        y, n, a = int(m["y"]), int(m["n"] or 0), int(m["a"] or 0)
        if y + n + a == int(m["all"]):
            return {"yes": y, "no": n, "abstain": a}
    return None


ABSTAINED_RE = re.compile(
    r"\s*,?\s*(?:with|bei|and|und)\s+(?P<a>\d{1,3})\s+(?:abstentions?|Enthaltung(?:en)?)\b",
    re.IGNORECASE,
)
_TWO_VOTES_HINTS = (
    "carried", "passed", "approved", "adopted", "failed", "defeated", "vote", "angenommen",
    "carries", "passes", "fails", "elected",
    "abgelehnt", "beschlossen", "margin", "unanimously", "einstimmig",
)  # fmt: skip
# Two counts after an outcome ("carried 5-0", "passed (6-1)", "Vote: 4-1", "angenommen 7:0",
# "carried 7 to 2")
# or before "vote" ("with a 11 - 4 vote"); never a date, a time ("approved 10:30") or a third
# count ("2019-03").
TWO_VOTES_RE = re.compile(
    r"\b(?:carried|passed|approved|adopted|failed|defeated|vote[ds]?|angenommen|abgelehnt|"
    r"carries|passes|fails|elected|beschlossen|unanimously|einstimmig)\b\s*:?\s*(?:unanimously\s+|einstimmig\s+)?\(?\s*(?<![\d.])(?P<y>\d{1,2})\s*"
    r"(?:[-–]\s*(?P<n>\d{1,2})|:\s*(?P<nc>\d)(?!\d)|\s+to\s+(?P<nt>\d{1,3}))(?!\s*[-–:/.]?\s*\d)"
    r"(?!\s*(?:am|pm|a\.m|p\.m|uhr|h)\b)|\b(?:by|with)\s+an?\s+(?<![\d.])(?P<y2>\d{1,2})\s*[-–:]\s*"
    r"(?P<n2>\d{1,2})\s+(?:vote|margin)\b",
    re.IGNORECASE,
)
# "mit 6 von 8 Stimmen und 2 Enthaltungen": a count only when the parts add up to the whole
# ("mit 6 von 8 Stimmen" alone leaves open whether the other two voted against).
OF_VOTES_RE = re.compile(
    r"\b(?:mit|by|with)\s+(?P<y>\d{1,3})\s+(?:von|of|out\s+of)\s+(?P<all>\d{1,3})\s+"
    r"(?:Stimmen|votes)\b"
    r"(?:[^.\d]{0,20}?(?P<n>\d{1,3})\s+(?:Gegenstimmen?|Nein[-\s]?Stimmen?|against)\b)?"
    r"(?:[^.\d]{0,20}?(?P<a>\d{1,3})\s+(?:Enthaltung(?:en)?|abstentions?))?",
    re.IGNORECASE,
)
_OF_VOTES_NEEDS = Needs(OF_VOTES_RE)  # the words the pattern needs, tested first


OUTCOME_LABEL_RE = re.compile(
    r"^(?:Konsens|Ergebnis|Result|Outcome|Abstimmungsergebnis|Votum|Vote\s+result)\s*:\s*",
    re.IGNORECASE,
)
# The same answer as a field of a motion's record, anywhere in it.
ANSWERED_FIELD_RE = re.compile(
    r"(?:^|(?<=[\s.;,(]))(?:accepted|approved|passed|carried|adopted|angenommen)\s*:\s*"
    r"(?P<answer>yes|no|ja|nein)\b",
    re.IGNORECASE,
)
# An outcome asked and answered: "Accepted: yes (for: 8, against: 0)", "Passed? No.",
# "Angenommen: ja"; only counts or a bracket may follow.
ANSWERED_RE = re.compile(
    r"^(?:accepted|approved|passed|carried|adopted|angenommen)\s*[:?]\s*(?P<answer>yes|no|ja|nein)\b"
    r"[.!]?\s*(?:\([^()]{0,120}\))?\s*[.!]?$",
    re.IGNORECASE,
)


# The same outcome with the participle first, as German puts it: "Gewählt wird der Vorschlag
# einstimmig", "Angenommen wurde der Antrag mit 7 Stimmen".
INVERTED_OUTCOME_RE = re.compile(
    r"^(?:Angenommen|Abgelehnt|Beschlossen|Genehmigt|Gewählt|Bestätigt)\s+(?:wird|wurde|werden|"
    r"wurden)\s+(?:der|die|das)\s+(?:Antrag|Vorschlag|Wahlvorschlag|Beschlussvorschlag|Liste)\b"
)


def is_outcome(text: str) -> bool:
    """Whether a sentence only states how a vote went ("Konsens: Einstimmig angenommen.")."""
    s = OUTCOME_LABEL_RE.sub("", text.strip().lstrip("-*• ").strip())
    if outcome_alone(s):
        return True
    if len(s) < 90 and INVERTED_OUTCOME_RE.match(s):
        return True  # "Gewählt wird der Vorschlag einstimmig in globo."
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


def cell_decisions(rows: list[list[str]], split) -> list[tuple[str, str]]:
    """Motions with their outcomes written in the cells of a minutes table, with their kinds.

    Word's minutes templates keep each topic in a table (Discussion / Conclusions / Action
    items rows): "Motion to approve the March minutes: Rose/Bliss; carried unanimously". Only
    a cell naming a motion counts; a table of other things that says "approved" does not.
    """
    out = []
    for row in rows:
        for cell in row:
            if len(cell) > MAX_CELL or not might_decide(cell):
                continue
            sentences = split(cell)
            # A cell of running prose is the minutes themselves, set in a table by Word ("5. |
            # Code of Conduct The document was reviewed and agreed unanimously by the
            # Board. |"): each of its sentences may decide, as in a paragraph; one full
            # sentence is prose enough ("| Hall hire | The new fees were approved. |"), a word
            # of status is not ("| Status | Approved |").
            prose = (
                len(cell) >= 30 and sum(1 for x in sentences if _ENDS_SENTENCE_RE.search(x)) >= 1
            )
            if not prose and (len(cell) > 600 or not MOTION_WORD_RE.search(cell)):
                continue
            for sentence in join_motions(sentences):
                if (prose or MOTION_WORD_RE.search(sentence)) and (kind := sentence_kind(sentence)):
                    out.append((sentence, kind))
    return out


MAX_CELL = 4000

# The column of a decision log: "| Nr. | Entscheidung | Kontext | Verantwortlich |", "| # |
# Topic | Decision / Agreement | Responsible |", "| Thema | Beschluss | Wer |".
DECISION_COLUMN_RE = re.compile(
    r"^" + alt("decision_column", "agreement_column") + r"\b", re.IGNORECASE
)
# A cell that holds no decision: "–", "none", "offen", "TBD", "pending".
_NO_DECISION_CELL_RE = re.compile(
    r"^(?:[-–—/?.]*|n/?a|none|keine?|nichts|offen|open|tbd|tbc|pending|ausstehend)\.?$",
    re.IGNORECASE,
)


def table_decisions(rows: list[list[str]]) -> list[tuple[str, str]]:
    """The rows of a decision log, each its decision cell and kind ("Beschluss" a resolution).

    A table whose column is headed "Entscheidung", "Decision / Agreement" or "Beschluss" holds
    one decision a row, as project teams and boards keep them; its kind follows the column's
    word, as a label's would ("Decision:" an agreement, "Beschluss:" a resolution).
    """
    if len(rows) < 2:
        return []
    header = [c.strip(" *_") for c in rows[0]]
    col = next((i for i, h in enumerate(header) if DECISION_COLUMN_RE.match(h)), None)
    if col is None:
        return []
    kind = "resolution" if re.match(r"(?:beschl|resol)", header[col], re.I) else "agreement"
    status = next(
        (i for i, h in enumerate(header) if re.match(r"(?:status|stand)\b", h, re.I)), None
    )
    out = []
    for row in rows[1:]:
        cell = row[col].strip(" *_") if col < len(row) else ""
        if not cell or _NO_DECISION_CELL_RE.match(cell) or cell.endswith("?"):
            continue  # "| 1 | Backend language: Kotlin, or Node? | Founder |": still open
        if (
            status is not None
            and status < len(row)
            and _NO_DECISION_CELL_RE.match(row[status].strip(" *_"))
        ):
            continue  # "| … | Status: open |"
        out.append((cell, kind))
    return out


# The columns of a table of motions and how each went: "| Nr. | Antrag | Ergebnis |", "| Motion
# | Vote | Outcome |".
_MOTION_COLUMN_RE = re.compile(
    r"^(?:Antr(?:ag|äge)|Beschlussvorlage|Vorlage|Gegenstand|Motions?|Proposals?)\b", re.IGNORECASE
)
_RESULT_COLUMN_RE = re.compile(
    r"^(?:(?:Abstimmungs)?ergebnis|Abstimmung|Entscheid|Result|Outcome|Vote)\b", re.IGNORECASE
)


def motion_table_rows(rows: list[list[str]]) -> list[tuple[str, str, str]]:
    """(motion, outcome, kind) for each row of a table of motions whose result column says how
    it went ("| Kauf einer Bohrmaschine | angenommen (7/0/1) |"); [] for any other table."""
    if len(rows) < 2:
        return []
    header = [c.strip(" *_") for c in rows[0]]
    motion = next((i for i, h in enumerate(header) if _MOTION_COLUMN_RE.match(h)), None)
    result = next((i for i, h in enumerate(header) if _RESULT_COLUMN_RE.match(h)), None)
    if motion is None or result is None or motion == result:
        return []
    out = []
    for row in rows[1:]:
        if max(motion, result) >= len(row):
            continue
        text, outcome = row[motion].strip(" *_"), row[result].strip(" *_")
        if text and outcome and (kind := outcome_alone(outcome)):
            out.append((text, outcome, kind))
    return out


_ENDS_SENTENCE_RE = re.compile(r"[a-z)][.!]\s*$")


# The line of a motion's record that names the motion: "Motion: Approve the minutes.",
# "topic: Accept PR #20484", "Antrag: …", "Moved by A, seconded by B to …".
MOTION_LINE_RE = re.compile(r"^[-*•\s]*(?:Motion|Topic|Antrag|Beschlussvorlage)\s*:", re.IGNORECASE)


def motion_above(texts: list[str]) -> int:
    """Which of the paragraphs above an outcome (nearest last, up to three) states its motion.

    "Motion: Approve the minutes." / "Vote: voice vote." / "Outcome: approved.": the motion
    is two lines up; without a line naming a motion, the paragraph just above.
    """
    for k in range(len(texts) - 1, max(len(texts) - 4, -1), -1):
        if MOTION_LINE_RE.match(texts[k]):
            return k
    return len(texts) - 1


# Adjourning, recessing or closing the meeting is no decision (label rule: "A motion or
# decision to adjourn, close, suspend or recess the meeting is no decision"): "Motion to
# adjourn: Rose/Bliss; carried", "A motion was made to adjourn. There were no objections.",
# "the Board … adjourned to an executive session", "adjourned its executive session",
# "Antrag auf Schließung der Versammlung … angenommen". Not a matter put off: "The item was
# adjourned to the next meeting" is a postponement.
_ADJOURN_HINTS = ("adjourn", "recess", "session", "schließung", "unterbrechung", "beendigung")
_ADJOURNS_RE = re.compile(
    r"\b(?:motion|moved?|motioned|moves)\b[^.;:!?]{0,40}?\bto\s+(?:adjourn|recess)\b"
    r"(?!\s+(?:the\s+|this\s+)?(?:debate|discussion|item|matter|consideration|hearing))|"
    r"\b(?:adjourn(?:ed|s)?|recess(?:ed|es)?)\s+(?:the\s+|its\s+|this\s+|our\s+)?"
    r"(?:meeting|session|executive\s+session)\b|"
    r"\b(?:meeting|session)\s+(?:was\s+|is\s+|be\s+|stands\s+)?(?:adjourned|recessed|closed)\b|"
    r"\b(?:adjourn(?:ed|s)?|recess(?:ed)?|went|go(?:es)?|moved?|entered|convened)\s+(?:in)?to\s+"
    r"(?:an?\s+)?(?:executive|closed)\s+session\b|"
    r"\b(?:Schließung|Beendigung|Unterbrechung)\s+der\s+(?:Sitzung|Versammlung)\b",
    re.IGNORECASE,
)
# An item that is the adjournment ("Motion to adjourn", "ADJOURNMENT") and a decision there
# that records only the motion's course ("Proposed by: Cart", "Unanimously approved").
_ADJOURN_TITLE_RE = re.compile(r"^[\W\d]*(?:motion\s+to\s+)?adjourn(?:ment|ed)?\b", re.I)
_MOTION_ONLY_RE = re.compile(
    r"^[\W]*(?:proposed|moved|seconded|motion|unanimously|approved|carried|passed|all\s+in\s+"
    r"favou?r|so\s+moved)\b",
    re.IGNORECASE,
)


def adjourns(text: str, title: str = "") -> bool:
    """Whether a decision only adjourns, recesses or closes the meeting (no decision)."""
    if title and _ADJOURN_TITLE_RE.match(title) and _MOTION_ONLY_RE.match(text):
        return True
    low = lowered(text)
    if not holds_any(low, _ADJOURN_HINTS):
        return False
    m = _ADJOURNS_RE.search(text)
    if m is None:
        return False
    # "It was agreed to defer the survey; the meeting was adjourned at 9 pm.": a clause of its
    # own before the adjournment decides something else, and the decision stays.
    before = re.split(r"[.;!?]\s", text[: m.start()])[:-1]
    return not any(sentence_kind(c) for c in before if c.strip())
