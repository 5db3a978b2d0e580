"""Structure of a minutes text: header, agenda, items, breaks, next meeting, note taker."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass, field

from . import (
    content,
    dates,
    decisions,
    form_tables,
    names,
    offices,
    people,
    states,
    tasks,
    times,
)
from .alternation import (
    Needs,
    fold_case,
    fold_lower,
    forget_lowered,
    holds_any,
    lowered,
    opens,
)
from .blocks import is_table_separator, table_cells
from .errors import ProtocolReadError, gettext_noop
from .limits import check_time
from .notices import Notices
from .people import (
    BOUND_COUNT_RE,
    ITALIC_LINE_RE,
    MAX_LIST_LINES,
    OFFICE_RE,
    attendance_text,
    label_count,
    others_below,
    wrapped_names,
)
from .people import names_only as _names_only
from .people import plain as plain_row
from .vocabulary import OFFICES, alt

TOP_RE = re.compile(
    "^" + alt("item") + r"\s*(?P<n>\d{1,2}(?:\.\d{1,2})*)(?P<sub>[a-h](?![a-zäöüß]))?\.?"
    r"\s*(?:[:.)\-–—|]\s*)?(?P<t>.*)$"
)
# A title that starts with a number ("6.1 release", "2024 budget"), not a time, date or amount.
DIGIT_TITLE_RE = re.compile(
    r"^(?!\d{1,2}[:.]\d\d\b|\d{1,2}\.\s*\d{1,2}\.|\d+\s*(?:€|EUR|Euro|%|Uhr|h\b))"
    r"\d+(?:\.\d+)*[a-z]?\s+[A-Za-zÄÖÜäöüß]{3,}"
)
NUM_RE = re.compile(r"^(?P<n>\d{1,2}(?:\.\d{1,2})*)(?P<d>[.)]|(?=\s))\s*(?:[:\-–—]\s+)?(?P<t>.*)$")
AGENDA_LABEL_RE = re.compile(rf"^(?:#+\s*)?\**\s*{alt('agenda')}\b\s*:?\**\s*$", re.I)
# "## Agenda items", "## New Agenda Items", "## Meeting Agenda", "## Tagesordnungspunkte",
# "## Agenda and discussion", "### Agenda / Meeting notes": a heading over the list of the
# meeting's topics.
AGENDA_ITEMS_HEAD_RE = re.compile(
    r"^#+\s*\**\s*(?:New\s+|Neue\s+|Meeting\s+|Proposed\s+)?"
    rf"(?:{alt('agenda')})\s*(?:items?|topics|s?punkte)?"
    r"(?:\s*(?:\s(?:and|und)|&|/)\s*(?:(?:meeting\s+)?(?:discussion|minutes|notes)|Diskussion|"
    r"Protokoll|Notizen))?\s*:?\**\s*$",
    re.I,
)
BREAK_RE = re.compile(
    r"^(?P<t>(?:Mittags|Kaffee)?[Pp]ause)\b[\s:–-]*(?:ab\s+|um\s+)?"
    r"(?P<h>[0-2]?\d[:.][0-5]\d)?(?:\s*Uhr)?(?:\s*(?:-|–|bis)\s*[0-2]?\d[:.][0-5]\d(?:\s*Uhr)?)?\s*$"
)
END_RE = re.compile(
    r"^(?:Ende|Sitzungsende|Schluss|Ende der Sitzung)\b[\s:–-]*(?:ca\.\s*|um\s+)?"
    r"(?P<h>[0-2]?\d[:.][0-5]\d)?(?:\s*Uhr)?\s*$"
)
TIME_TAIL_RE = re.compile(
    r"\s*(?:\(?\s*(?P<a>[0-2]?\d[:.][0-5]\d)(?:\s*(?:-|–|bis)\s*(?P<b>[0-2]?\d[:.][0-5]\d))?"
    r"\s*(?:Uhr)?\s*\)?)\s*$"
)
TITLE_WORDS_RE = re.compile(
    r"^(?:Ergebnis|Sitzungs|Kurz|Beschluss)?(?:protokoll|niederschrift|mitschrift)\b"
    r"(?:\s+(?:der|des|zur|zum|über die|vom|von der))?"
    r"(?:\s+\d+\.\s*(?:ordentlichen\s+)?(?:Sitzung|Treffens?|Besprechung)(?:\s+(?:der|des))?)?\s*",
    re.IGNORECASE,
)
_PARTICIPANT_LABELS = (
    # "Projekt-Teilnehmer:innen", "Sitzungs-Teilnehmende", "Sitzungsteilnehmer": a compound,
    # with a hyphen or without; not those who did not come ("Nichtteilnehmer").
    r"(?:(?!nicht)(?:[A-ZÄÖÜ][\wäöüß]{1,20}-|(?-i:[A-ZÄÖÜ][a-zäöüß]{2,20}(?=teilnehm)))?"
    r"(?:Teilnehmende|Teilnehmer(?:innen|\*innen|:innen|/innen|_innen|\(innen\))?)|"
    # "Anw. Mitglieder: 8" / "Anw. Gäste: 1": a form's short label, always with its group.
    r"(?:Anwesend(?:e)?|Anw\.(?=\s))"
    # "Anwesende Vorstände:", "## Anwesende Gründungsmitglieder": those present by their office.
    r"(?:\s+(?:Mitglieder|Personen|(?-i:[A-ZÄÖÜ])[a-zäöüß]{2,25}(?:mitglieder|personen)|"
    r"Vorstände|Vorstandsleute|Delegierte|Stimmberechtigte|Gemeinderäte|Räte|Gäste))?|"
    r"Anwesenheit|Teilnahme|Gäste|"
    r"Attendees?|Atendees|Attendence|Attendance|Attending|Present|Guests|Additional\s+attendees|"
    # "Special guests:", "Other guests:", "Weitere Gäste:": guests of any kind.
    r"(?:(?-i:[A-ZÄÖÜ])[\w-]{2,20}\s+)(?:Guests?|Gäste)|"
    r"Others\s+present|"
    # Those there beside the members, who count with them: "Observers:", "Invited:", "Zu Gast:".
    r"Observers?|Beobachter(?:innen|\*innen|:innen)?|Invited(?:\s+guests)?|Invitees|"
    r"(?:Zu|Als)\s+Gast|Also\s+attending|"
    # "Meeting attendees:", "Participants:", "Meeting participants:" (English team notes).
    # "Non-board members: Plato Smith", "Staff: Marlon Romero, Acting Library Director": the
    # others there, by their kind.
    r"(?:(?:Board|TSC|Committee|Council|Committer|Meeting|Team|Group|Project|Non-?[\w-]{2,20})\s+)?"
    r"(?:Members|Attendees|Participants)|"
    # "## Who joined", "Who attended:": those there asked for as a question.
    r"Who\s+(?:joined|attended)|Staff(?=\s*(?:present\s*)?:)(?:\s+present)?|"
    # "Gruppenmitglieder:", "Teammitglieder:" over a project team's names.
    r"(?:Nicht-?|Gruppen|Team|Projekt)Mitglieder"
    r"(?:\s+present)?|"
    r"(?:Board\s+)?members\s+in\s+attendance(?:\s+were)?|(?:Also\s+)?in\s+attendance(?:\s+were)?|"
    r"Those\s+(?:attending|present)|"
    # "ROLL CALL OF COUNCIL:" over "Cauthorne - Here", "Anwesenheitsliste", "Präsenzliste".
    r"Roll\s+call(?:\s+of\s+[\w ]{2,30}?)?|Anwesenheitsliste|Präsenzliste|Teilnehmerliste|"
    # "Councillors present:", "Directors present:", "Staff present:": any group that was there,
    # not one that was not ("Not present:", "Heute nicht anwesend:").
    r"(?!(?:[\w-]+\s+){0,3}(?:not|nicht|"
    + alt("absent")
    + r")\b|Quorum\b)(?-i:[A-ZÄÖÜ])[\w-]+(?:\s+[\w-]+){0,2}?\s+"
    + alt("present")
    + r"|"
    r"(?:Introduction|List)\s+of\s+(?:attendees|participants)|"
    r"(?:Attendance|Attendee|Participants?)\s+list)"
)
# "Present in person:", "Present remotely:", "Anwesend vor Ort:", "Teilnehmende online:": a
# hybrid meeting's parts, each counted.
_HYBRID_PART = (
    r"(?:\s+(?:in\s+person|in\s+the\s+room|on\s+site|remotely|remote|online|virtually|"
    r"by\s+(?:phone|video|zoom)|via\s+\w+|vor\s+Ort|im\s+Raum|per\s+(?:Video|Telefon)|"
    r"digital|virtuell|zugeschaltet|"
    # "Teilnehmer der Versammlung:", "Anwesende des Treffens:": those of this meeting.
    r"(?:der|des|am|beim|bei\s+der)\s+(?:Versammlung|Sitzung|Treffens?|Besprechung|Meetings?)))?"
)
PARTICIPANTS_RE = re.compile(
    rf"^{_PARTICIPANT_LABELS}\b{_HYBRID_PART}\s*(?:\([^)]*\))?\s*(?::(?!innen\b)|\s-\s|\s*–\s*"
    # "Present; Sheila Freeman (SF), …", "PRESENT. Chairman, V.Chairman & Messrs …": a
    # semicolon, or a full stop after the label in capitals, stands for the colon.
    r"|;(?=\s*[A-ZÄÖÜ])|(?:(?<=(?-i:PRESENT))|(?<=(?-i:ANWESEND))|(?<=(?-i:ATTENDEES)))\."
    r"(?=\s+[A-ZÄÖÜ]))"
    r"\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# A form's cell with the attendance label and the names below it, the line break lost:
# "| Anwesend Anna Berg, Jonas Klein | … |", "| Teilnehmer Anna Berg Jonas Klein | … |".
LABEL_THEN_NAMES_RE = re.compile(
    rf"^{_PARTICIPANT_LABELS}\s*:?\s+(?P<rest>(?-i:[A-ZÄÖÜ])[^:]*)$", re.IGNORECASE
)
# "Anwesend: alle", "Present: all members": everyone, but no number.
EVERYONE_PRESENT_RE = re.compile(
    r"^(?:alle|all|everyone|everybody|alle\s+(?:anwesend|da|mitglieder)|all\s+(?:members|present))"
    r"\W*$|^_{2,}",
    re.IGNORECASE,
)
# "Cauthorne - Here", "Hall – absent", "Anna: anwesend": a roll call's rows.
ROLL_ROW_RE = re.compile(
    r"^(?P<who>[^:–-]{2,60}?)\s*(?:[-–:]\s*)(?P<state>here|present|anwesend|"
    + alt("absent")
    + r"|fehlt)\W*$",
    re.IGNORECASE,
)
# "4 members of the public", "3 Gäste" among the names: counted, not named.
# "one member of the public", "a member of the public", "plus five members of the public".
UNNAMED_RE = re.compile(
    r"(?:^|(?<=\s)|(?<=[.;,]))(?P<n>\d{1,3}|"
    + people.WORD_NUMBER
    + r"|an?(?=\s+member\s+of))\s+(?:members?\s+of\s+(?:the\s+)?public|"
    r"(?:other\s+)?(?:guests?|visitors?|observers?)|Gäste|Gast|Besucher\w*|Zuhörer\w*|"
    r"Zuschauer\w*)\b\.?",
    re.IGNORECASE,
)
# What joins those counted to the names before them: "B. Glover together with 4 members of the
# public", "… Jagger plus five members of the public".
_JOINED_TAIL_RE = re.compile(r"\s*\b(?:together\s+with|along\s+with|plus|and|und|sowie)\s*$", re.I)
# A person as one paragraph of a list of those present: "Mr Brian Harrison (Parish Council)".
PERSON_LINE_RE = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Councillor|Herr|Frau)\.?\s+[A-ZÄÖÜ][^:]{1,150}$"
)
# The same words as a heading of their own ("### Anwesende Mitglieder", "## Attendees"), or
# "Board members and officers present:" / "Anwesende Vorstandsmitglieder:" over a list.
# Any short heading that ends in a word for those there ("### Voting member Attendees:",
# "## Other Attendees", "### September 19th, meeting Attendees", "## Voting member
# attendance") or opens with "Anwesende" ("#### Anwesende Rätys"), a note in brackets after
# it ("### Attendees (as referenced in the discussion)"); not one of those away ("Voting
# members not in attendance", "Abwesende Rätys"), nor a topic about them ("## Questions
# from participants", "## Feedback der Teilnehmenden").
_ATTENDANCE_TAIL = (
    r"(?!.*\b(?:not|nicht|" + alt("absent") + r"\w*)\b)"
    r"(?!.*\b(?:from|for|with|of|to|by|about|für|von|der|an|mit|über)\s+(?:the\s+|all\s+|"
    r"den\s+|die\s+|alle\s+)?\S+\s*(?:\([^()]*\))?\s*:?\s*$)"
    r"(?:[\w'’,&/-]+\s+){1,4}(?:attendees|attendance|participants|present|Teilnehmende|"
    r"Teilnehmer(?:innen|\*innen)?)|Anwesende\s+(?-i:[A-ZÄÖÜ])[\w-]{2,30}(?:\s+[\w-]{2,30})?"
)
# "### Voting members not in attendance:", "#### Abwesende Rätys": those away, no topic.
ABSENCE_HEADING_RE = re.compile(
    r"^(?:(?:[\w'’,&/-]+\s+){0,4}(?:not\s+(?:" + alt("present") + r"|attending)|nicht\s+anwesend)"
    r"|(?:Abwesende|Entschuldigte|Fehlende)\s+[\w-]{2,30})\s*:?\s*$",
    re.IGNORECASE,
)
PARTICIPANTS_HEAD_RE = re.compile(
    rf"^(?:{_PARTICIPANT_LABELS}\s*(?:\([^()]{{1,60}}\))?\s*:?|"
    r"(?!(?:not|nicht)\b)[\w ,&/-]{3,50}?(?<!not)(?<!nicht)\s+" + alt("present") + r"\s*:)\s*$",
    re.IGNORECASE,
)
ATTENDANCE_HEADING_RE = re.compile(
    rf"^(?:{_ATTENDANCE_TAIL})\s*(?:\([^()]{{1,60}}\))?\s*:?\s*$", re.IGNORECASE
)
# "Es sind alle 3 Vorstände anwesend: Krobin, Phjl, Gregor."
# "The Fayette Township Board of Supervisors held their regular monthly meeting with the
# following present: Christopher Strawser, Robert Barton Jr., …": the sentence before the
# colon may run long, and a name may carry a suffix or an initial with its full stop.
ATTENDANCE_COLON_RE = re.compile(
    # Not "Nicht anwesend: Carla", "Not present: Eva": those away.
    r"^(?![^:]*\b(?:nicht|not)\s+" + alt("present") + r"\s*:)[^:]{3,160}?"
    r"\b"
    + alt("present")
    # "… were present (9/11): Richard Carlsson, …": how many of how many, before the names.
    + r"(?:\s*\(\s*(?P<n>\d{1,4})\s*(?:/|of|von|aus)\s*\d{1,4}\s*\))?\s*:\s*"
    r"(?P<names>(?:[^.:]|(?<=\b(?-i:Jr|Sr|Dr|St))\.|(?<=\b(?-i:[A-Z]))\.){2,300}?)\.?$",
    re.IGNORECASE,
)
ATTENDANCE_SENTENCE_RE = re.compile(
    r"^(?P<names>[^\W\d_][^.:;]{2,300}?)\s+(?:were|was)\s+(?:in\s+attendance|present)\.?$",
    re.IGNORECASE,
)
# A verb of being there before the names, the names after it, in a line or a sentence of a
# paragraph: "Present at the meeting were Anna Berg, Ben Keller and Carla Diaz.", "Also present
# were: …", "Es nahmen teil: …", "An der Sitzung nahmen teil: …", "Teilgenommen haben: …",
# "Anwesend waren Anna Berg und Ben Keller."; and "Anna Berg und Ben Keller waren anwesend."
ATTENDANCE_VERB_RE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:Also\s+)?(?:Present|Attending|in\s+attendance)"
    r"(?:\s+(?:at|in|on)\s+(?:the|this)\s+(?:meeting|session|call))?\s+(?:were|was)|"
    r"(?:Es|An\s+der\s+[\w-]+)\s+(?:nahmen|nehmen)\s+(?:[\w-]+\s+){0,2}?teil|"
    r"(?:Teilgenommen|Anwesend)\s+(?:haben|hatten|sind|waren)|"
    # "The meeting was attended by Anna Berg, Ben Keller and Carla Diaz."
    r"(?:The\s+)?(?:meeting|session|call)\s+was\s+attended\s+by)\s*(?P<colon>:)?\s*"
    r"(?P<names>(?:[^.:;]|(?<=\b(?-i:Jr|Sr|Dr|St|Mr|Ms))\.|(?<=\b(?-i:Mrs))\.|(?<=\b(?-i:[A-Z]))\.)"
    r"{0,400}?)\s*(?:\.(?:\s|$)|$)",
    re.IGNORECASE,
)
# The names first, the verb after them: "Anna Berg und Ben Keller waren anwesend.", "Olga,
# Piet and Rui attended.", "An der Sitzung nahmen Anna, Ben und Carla teil." — a sentence of a
# paragraph that may go on ("… attended. Eve Kemp sent apologies.").
ATTENDANCE_DE_SENTENCE_RE = re.compile(
    r"^(?:(?P<took>(?:An\s+der\s+[\w-]+|Es)\s+nahmen)\s+)?(?P<names>[^\W\d_][^.:;]{2,300}?)\s+"
    r"(?(took)teil|(?:(?:sind|waren)\s+anwesend|attended(?:\s+the\s+(?:meeting|session|call))?))"
    r"(?:\.(?:\s|$)|$)",
    re.IGNORECASE,
)


def _attendance_verb(label: str) -> str | None:
    """The names a sentence with a verb of being there gives, as "Present: …", or None.

    The names must be names ("Die meisten Mitglieder waren anwesend" names no one); a verb
    and a colon alone ("Es nahmen teil:") leave the list to the lines below.
    """
    m = ATTENDANCE_VERB_RE.search(label) or ATTENDANCE_DE_SENTENCE_RE.match(label)
    if m is None:
        return None
    found = m["names"].strip()
    if not found:
        return "Present:" if m.re is ATTENDANCE_VERB_RE and m["colon"] else None
    found = re.sub(r",?\s+(?:and|und|sowie|&)\s+", ", ", found)
    if not people.names_only(found):
        return None
    return "Present: " + found


CHECKBOX_RE = re.compile(r"^\[(?P<x>[ xX✓✔]?)\]\s*")
NOTE_TAKER_RE = re.compile(
    r"^(?:(?:"
    + alt("note_taker_label")
    + r")\s*:\s*|Mitschrift\s*:?\s+|gez\.\s*|(?:"
    + alt("note_taker_label_en")
    + r")\s*(?::|\s[-–]\s)\s*|(?:Minutes|Notes)\s+(?:(?:taken|recorded|written|prepared)\s+)?by"
    r"\s*:?\s*)"
    r"(?P<who>.+)$",
    re.IGNORECASE,
)
# A note-taker named with "by"/"von" ("Minutes taken by X", "Protokoll geführt von X"):
# that wording names a person even where a title would stand.
NOTE_BY_RE = re.compile(
    r"^(?:(?:Minutes|Notes)\s+(?:taken\s+|recorded\s+|written\s+|prepared\s+)?by|"
    r"Protokoll\s+(?:erstellt|geschrieben|geführt)\s+von|Protokolliert\s+von)\s*:?\s+\S",
    re.IGNORECASE,
)
# "Natascha (Protokoll)", "David Bryant, Secretary (note taker)" in a list of those present.
NOTE_MARK_RE = re.compile(
    r"(?<![\w.])(?P<who>[A-ZÄÖÜ][\w.'’-]*(?:\s+[A-ZÄÖÜ][\w.'’-]*){0,3})\s*"
    r"(?:\s*\([A-ZÄÖÜ]{1,4}\))?(?:,\s*(?:Secretary|Sekretär\w*|Schriftführ\w*|Beisitz\w*))?\s*"
    r"\(" + alt("note_taker_mark") + r"\)",
    re.IGNORECASE,
)
NUMBER_MARK_RE = re.compile(r"^\d{1,2}[.)]\s+")
ORG_WORDS_RE = re.compile(
    r"\d|GmbH|e\.\s?V|\bAG\b|Hochschule|Universit|Institut|Verband|Kammer|Stiftung|Bildungswerk|"
    r"Offensive|Netzwerk|Stadt|Amt\b|Inc\b|Ltd|Foundation|University"
)
MD_LINK_RE = re.compile(r"\[([^\]\n]+)\]\((?:[^)\s]+)\)")
MD_ONE_RE = re.compile(r"^(?P<ind>\s*)1\.(?P<rest>\s+\S.*)$")
TOP_BULLET_RE = re.compile(r"^[*\-+]\s+(?!\[[ xX]?\])(?P<t>\S.{0,400})$")
RST_UNDERLINE_RE = re.compile(r"^(?P<c>[=\-~^\"'`#*+.:_])(?P=c){2,}\s*$")
_RST_MARKS = frozenset("=-~^\"'`#*+.:_")  # what an underline's first character is
NEXT_LABEL_RE = re.compile(
    r"^(?:#+\s*)?(?:[-*•]\s+|\d{1,2}[.)]?\s+|(?:TOP|Top|Item|Punkt)\s*\d{1,2}[.:)]?\s*[-–:]?\s*)?"
    # "**Next meeting:**", "__Nächstes Treffen:__" (AsciiDoc, Markdown): the label emphasised.
    r"[*_]*" + alt("next_meeting") + r"\b",
    re.IGNORECASE,
)
# Every form opens with "n" ("nächste", "next") or "k" ("kommende"): a lookahead for the
# letter lets the scan skip ahead (the forms' lookbehind made it try every character).
NEXT_SENTENCE_RE = re.compile(r"(?=[nNkK\u212a])" + alt("next_meeting_sentence"), re.I)
# The words it needs ("nächste", "kommende", "next"): only a paragraph with one is scanned.
_NEXT_SENTENCE_NEEDS = Needs(NEXT_SENTENCE_RE)
MEET_AGAIN_SENTENCE_RE = re.compile(alt("meet_again_sentence"), re.I)
_MEET_AGAIN_NEEDS = Needs(MEET_AGAIN_SENTENCE_RE)
PLACE_RE = re.compile(r"^(?:Ort|Sitzungsort|Tagungsort|Raum)\s*:\s*(?P<v>.+)$", re.I)
BODY_LABEL_RE = re.compile(r"^(?:Gremium|Arbeitskreis|Arbeitsgruppe)\s*:\s*(?P<v>.+)$", re.I)
START_LABEL_RE = re.compile(
    r"^" + alt("start_label") + r"\s*:\s*(?P<v>.+)$",
    re.I,
)
END_LABEL_RE = re.compile(
    r"^" + alt("end_label") + r"\s*:\s*(?P<v>.+)$",
    re.I,
)
# "It was adjourned at approximately 10:43am PT", "Meeting closed 9pm", "Die Sitzung endet um 21 Uhr".
END_SENTENCE_RE = re.compile(
    r"\b" + alt("end_sentence") + r"\b"
    r"[^.\n]{0,25}?(?:\bat|\bum|\bgegen)?\s*(?:approximately|approx\.|ca\.|etwa)?\s*"
    r"(?P<v>[0-2]?\d(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\.?|Uhr)(?![\w]))",
    re.I,
)
BOLD_LABELS_RE = re.compile(r"\s+(?=\*\*[^*\n]{1,30}:\*\*)")
LIST_MARK_RE = re.compile(r"^(?:[-*•+]\s+)+")


def unmark(line: str) -> str:
    """line without the list marks it begins with ("- ", "* • "): LIST_MARK_RE.sub("", line),
    the engine called only where the first character is a mark (a call costs some 1,400
    instructions before it looks at the line; most lines begin with none)."""
    return LIST_MARK_RE.sub("", line) if line[:1] in "-*•+" else line


DATE_LABEL_RE = re.compile(
    # "Dauer: 14.00 Uhr bis 16.00 Uhr": the span the meeting took, as student teams write it.
    r"^(?:Datum|Termin|Sitzungstermin|Zeit|Uhrzeit|Wann|Zeitrahmen|Zeitraum|Dauer|Date|When|"
    r"Duration)\s*:\s*(?P<v>.+)$",
    re.I,
)
# A form's label that ends in the time among other fields: "Date & Time:", "Datum/Uhrzeit:".
TIME_IN_LABEL_RE = re.compile(
    r"^[^\W\d_][^:|]{0,40}?[\s/&,](?:Time|Zeit|Uhrzeit)\s*:\s*(?P<v>.*\d.*)$", re.I
)
_RANGE = (
    r"(?P<ah>[0-2]?\d)[:.](?P<am>[0-5]\d)\s*(?:Uhr)?\s*(?:-|–|—|bis|to|\.\.)\s*"
    r"(?P<bh>[0-2]?\d)[:.](?P<bm>[0-5]\d)\s*(?:Uhr|h)?"
)
ONLY_RANGE_RE = re.compile(
    r"^(?:(?:Zeit(?:rahmen)?|Uhrzeit|Time)\s*:?\s*)?" + _RANGE + r"\s*$", re.I
)
# A header line that is a time frame and nothing else, after a short label of any words or
# none: "Themenbesprechung: 20.30-22.00", "Meeting time: 7:00 pm - 8:30 pm", "- 2:00pm -
# 3:00pm America/Chicago", "14:00-15:00 UTC". Each end may carry its meridiem or "Uhr", a
# time zone may follow; one end at least has its minutes or a meridiem ("Seite 1-2" is none).
_CLOCK_END = r"[0-2]?\d(?:[:.][0-5]\d)?\s*(?:[ap]\.?\s?m\b\.?|Uhr\b|h\b)?"
_ZONE = (
    r"(?:\(?\s*(?:UTC|GMT|MES?Z|CES?T|BST|IST|[ECMP][SD]?T|AE[SD]?T)(?:\s*[+\-−]\s*\d{1,2}"
    r"(?::?\d\d)?)?\s*\)?|\(?[A-Z][a-z]+/[A-Z][\w/+-]+\)?)"
)
FRAME_RANGE_RE = re.compile(
    r"^(?:(?P<label>[^\W\d_][\w'’/ -]{0,30}?)\s*(?::|\s[-–]\s)\s*)?"
    rf"(?P<v>{_CLOCK_END}\s*(?:-|–|—|to|bis|until|\.\.)\s*{_CLOCK_END})"
    rf"\s*(?:{_ZONE})?\s*$",
    re.I,
)
# A label of a break or of a meal in the header's schedule, not of the meeting.
_NOT_MEETING_LABEL_RE = re.compile(
    r"pause|break|lunch|mittag|kaffee|coffee|essen|dinner|frühstück|breakfast|apéro|apero", re.I
)
TIME_BEFORE_DATE_RE = re.compile(
    r"(?<![\d.:])(?P<h>[0-2]?\d)[:.](?P<m>[0-5]\d)\s*(?:Uhr|h|[ap]\.?\s?m\.?)?\s*,?\s*"
    r"(?:[A-Za-zÄÖÜäöü]+,?\s*)?$"
)
DANGLING_AT_RE = re.compile(r"\s(?:at|um|from|von|ab|@)\s*$", re.I)
COLON_RANGE_RE = re.compile(
    r"(?<![\d.:])(?P<ah>[0-2]?\d):(?P<am>[0-5]\d)\s*(?:-|–|—|to)\s*(?P<bh>[0-2]?\d):(?P<bm>[0-5]\d)"
)
META_HEADINGS = re.compile(
    r"^(?:Teilnehm|Anwesen|Tagesordnung|Agenda|Protokoll|Ergebnisprotokoll|Niederschrift|"
    r"Entschuldigt|Gäste|Verteiler|Anlagen?$|Attendees|Attendance|Participants|Present\b|"
    r"Apologies|Regrets|Absent|Guests|In\s+attendance|Those\s+present)",
    re.IGNORECASE,
)
# A field of the header set as a heading ("## Venue: Room 215", "## Start: 6:46 p.m.",
# "## Next meeting: Friday 2014-06-27", "### Meeting End: 11:51 a.m."): the meeting's data,
# no topic of it.
PLACE_FIELD_RE = re.compile(
    r"^(?:Venue|Location|Place|Ort|Sitzungsort|Tagungsort|Raum)\s*:\s*\S", re.I
)
TIME_FIELD_RE = re.compile(
    r"^(?:(?:Meeting\s+)?"
    + alt("start_label", "end_label")
    + r"|Zeit|Uhrzeit|Date|Datum)\s*:\s*(?P<v>.+)$",
    re.I,
)
NEXT_FIELD_RE = re.compile(r"^" + alt("next_meeting") + r"\s*:\s*(?P<v>.*\d.*)$", re.I)


def _header_field(title: str, *, before_topics: bool = True) -> bool:
    """Whether a heading is one of the header's fields with its value (place, time, next meeting).

    A place counts only before the first topic ("## Location: which room for the party" later
    on is one); a time, a date or the next meeting, which need their value, anywhere.
    """
    if (before_topics and PLACE_FIELD_RE.match(title)) or NEXT_FIELD_RE.match(title):
        return True
    m = TIME_FIELD_RE.match(title)
    if m and (times.parse_time(m["v"]) or dates.find_dates(m["v"])):
        return True
    # "WEDNESDAY, MARCH 13, 2024" alone: the meeting's date set as a heading.
    hits = dates.find_dates(title)
    if not hits:
        return False
    rest = title[: hits[0].pos] + title[hits[0].endpos :]
    return not any(w.lower() not in dates.WEEKDAYS for w in re.findall(r"[^\W\d_]{3,}", rest))


# Headings that group a document rather than name an item ("## Topics" over "### Budget").
SECTION_HEADINGS = re.compile(
    r"^(?:Links|Transcript|Recording|Attending|Topics|Minutes|Meeting\s+Notes|Notes|"
    r"Action\s+Items?|Discussion\s+Topics|Agenda\s+Items|Themen|Inhalt)\s*:?$",
    re.IGNORECASE,
)
# Words of a document's title, not of an item's ("Committee meeting for …", "Protokoll …").
TITLE_LIKE_RE = re.compile(
    r"\b(?:minutes|meeting|protokoll|sitzung|treffen|niederschrift|agm|versammlung)\b", re.I
)
NOTES_HEADING = re.compile(
    r"^#+\s*(?:Minutes|Meeting\s+Notes|Notes|Protokoll|Mitschrift|Discussion)\s*:?\s*$", re.I
)
ALL_RE = re.compile(r"(?:^|\s)(?:Alle|alle|Alle Teilnehmenden|N\.\s?N\.|NN)\s*$")


@dataclass
class Cand:
    """A line that may open an agenda item."""

    idx: int
    num: tuple[int, ...]
    title: str
    strong: bool
    style: str
    # A numbered paragraph's text after its title: the item's minutes begin with it.
    rest: str = ""


@dataclass
class AgendaEntry:
    """One row of the agenda (Tagesordnung)."""

    number: str
    text: str
    title: str = ""
    start: str | None = None
    presenters: list[dict] = field(default_factory=list)
    # What a protocol with recorded times states beside the plan ("tatsächlich").
    actual_start: str | None = None
    actual_end: str | None = None


def _strip_md(line: str) -> tuple[int, str]:
    check_time()  # called for every line by most passes over the text
    return _strip_md_line(line)


# AsciiDoc's block title that is a label (".Teilnehmer:", ".__Anwesend:__") over its list.
BLOCK_TITLE_LABEL_RE = re.compile(r"^\.(?=(?:__|\*\*)?[^\W\d_][^:\n]{0,40}:(?:__|\*\*)?\s*$)")
# A label set in underscores before its value: "__Teilnehmer:__ J. Adam", "__Ort:__ Raum 3".
UNDERSCORED_LABEL_RE = re.compile(r"^__([^_\n]{1,40}?:)__\s*")


@functools.lru_cache(maxsize=8192)
def _strip_md_line(line: str) -> tuple[int, str]:
    # Most passes strip the same lines again: remember them for one read (pure, so a cache is
    # safe). parse_text empties it when a read begins (_forget_lines), so that reading a file
    # again costs what its first read cost and the bench's repeated reads do not flatter.
    hashes = len(line) - len(line.lstrip("#"))
    if hashes and line[hashes : hashes + 1].isdigit():
        # "#21 code style: …": an issue or pull request by its number, no heading.
        return 0, line.strip().replace("**", "").strip()
    text = line.lstrip("#").strip()
    if text[:1] == "." and BLOCK_TITLE_LABEL_RE.match(text):
        text = text[1:]  # ".__Teilnehmer:__" over a list: an AsciiDoc block title, a label
    if text[:2] in ("**", "__"):
        text = re.sub(r"^(\*\*|__)(.*?)\1\s*:?\s*$", r"\2", text)
        # "__Teilnehmer:__ J. Adam, V. Herz": a label in emphasis before its value.
        text = UNDERSCORED_LABEL_RE.sub(r"\1 ", text)
    text = text.replace("**", "").strip()
    return hashes, text


# A letter's salutation or closing, or a sentence in the first person: no item's title.
LETTER_LINE_RE = re.compile(
    # A greeting word whole: "Hiring", "Highways", "Hinweise", "Hilfe" open topics.
    r"^(?:(?:Dear|Hello|Hi|Hey|Greetings|Hallo|Sincerely|Yours|Regards)(?![^\W\d_])|"
    r"To\s+whom|Sehr\s+geehrte|Liebe[rs]?\s|Guten\s+Tag|"
    r"(?:Best|Kind|Warm)\s+regards|Thank\s+you|Mit\s+freundlichen|"
    r"(?:Viele|Beste|Liebe)\s+Grüße|I\s|I['’]m\s|Ich\s)",
    re.IGNORECASE,
)


STRUCK_RE = re.compile(r"~~[^~\n]{1,200}~~")
# "IV. Financial Report", "II) Roll Call": items numbered in Roman numerals (I to XXXIX).
ROMAN_RE = re.compile(r"^(?P<r>X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3})(?P<d>[.)])\s+(?P<t>\S.*)$")
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman_value(numeral: str) -> int:
    total = 0
    for k, ch in enumerate(numeral):
        value = _ROMAN[ch]
        after = _ROMAN[numeral[k + 1]] if k + 1 < len(numeral) else 0
        total += -value if value < after else value
    return total


# What a heading's text can begin with: a digit (NUM_RE; str.isdecimal() is what \d takes),
# a Roman numeral (ROMAN_RE) or the first letter of an item word (TOP_RE), the letters as a
# set (alternation.opens): one test of a line's first character rejects the other lines,
# with no call of the regex engine (some 1,400 instructions a line).
_HEADING_OPENS = opens(re.compile(r"[IVX]|" + alt("item")))
_TOP_OPENS = opens(TOP_RE)


def _forget_lines() -> None:
    """Empty what the passes of one read remember of its lines (_strip_md_line's cache, the
    texts alternation.lowered lowered, people.lines_with's index, content.split_sentences's
    sentences): nothing read before is known when a read begins."""
    _strip_md_line.cache_clear()
    forget_lowered()
    people.forget_lines()
    content.forget_sentences()


def match_heading(line: str, *, long_ok: bool = False) -> Cand | None:
    """Return the number and title when a line looks like an agenda item heading.

    A numbered sentence of twelve words or more is none, unless long_ok (the line stands in
    a numbered list, see _long_entries).
    """
    hashes, text = _strip_md(line)
    if not text or len(text) > 220 or not (text[0].isdecimal() or text[0] in _HEADING_OPENS):
        return None  # most lines: no number, Roman numeral or item word where they start
    roman = None
    if text[:1] in "IVX" and (roman := ROMAN_RE.match(text)):
        # "II. Approval of Minutes": the same item as "2. Approval of Minutes".
        text = f"{_roman_value(roman['r'])}{roman['d']} {roman['t']}"
    # TOP_RE begins with an item word, NUM_RE with a digit (\d: str.isdecimal()): each is
    # called only where the first character lets it match.
    m = TOP_RE.match(text) if text[:1] in _TOP_OPENS else None
    strong = True
    if m:
        style = "top"
    else:
        m = NUM_RE.match(text) if text[:1].isdecimal() else None
        if not m:
            return None
        strong = hashes > 0
        if not m["d"] and not hashes and "." not in m["n"]:
            # "1 Apologies", "2 Adoption of Previous Minutes": numbers without a dot, as Word's
            # numbered headings come out of a PDF; only at the margin, a capital after it, and
            # only as a run of three or more (see _numbered_without_dots).
            if line[:1].isspace() or not re.match(r"^\d{1,2} {1,3}[A-ZÄÖÜ]", text):
                return None
            style = "num0"
        else:
            style = f"h{hashes}" if hashes else "num" + (m["d"] or "")
            if not hashes and line[:2].isspace():
                # "    1. the annual report" under "2. To receive": a nested list's numbers
                # continue their own run, not the items' run at the margin.
                style += "-in"
    title = m["t"].strip().rstrip("*").strip()
    if "~~" in title:
        # "1. ~~Bildung von Arbeitsgruppen~~ Zuständigkeit für Bereiche": struck words are
        # deleted from the title; a title struck through entirely keeps its words.
        title = STRUCK_RE.sub("", title).strip() or title.replace("~~", "").strip()
    # "2. [Wie organisieren wir uns?](https://…)": a Markdown link as the title.
    title = MD_LINK_RE.sub(r"\1", title)
    if title and not (title[0].isalpha() or title[0] in "„\"'(“»" or DIGIT_TITLE_RE.match(title)):
        return None
    if not title and not strong:
        return None
    if not strong and title.endswith(".") and len(title.split()) >= 12 and not long_ok:
        return None
    if roman:
        style = "roman" + style[3:] if style.startswith("num") else style + "-roman"
    if not hashes and LETTER_LINE_RE.match(title):
        # "3. Dear Members of the Board, …", "12. To whom it may concern", "7. I support …":
        # a letter pasted into the minutes numbers its paragraphs or its letters; no item.
        return None
    try:
        num = tuple(int(x) for x in m["n"].split("."))
    except ValueError:
        return None
    if m.re is TOP_RE and m["sub"]:
        num = (*num, ord(m["sub"]) - ord("a") + 1)  # "TOP 4a" is the first part of item 4
    elif len(num) == 2 and num[1] == 0 and num[0]:
        num = num[:1]  # "2.0 LAN Party" over "2.1 Location": item 2 itself
    if len(num) > 3 or num[0] > 60:
        return None
    rest = ""
    if ":" in title and _caps(title):
        # "3. OPEN FORUM: Held after Agenda Item 5.": the title in capitals, then its minutes.
        head, _, after = title.partition(":")
        if after.strip() and not _caps(after) and len(head.split()) <= 12:
            title, rest = head.strip(), after.strip()
    elif "**" in line and (lead := BOLD_LEAD_RE.match(line.lstrip("# "))):
        # "1. **Budget** – travel is over plan": the words in bold are the title, the rest the
        # item's minutes.
        title, rest = clean_title(lead["b"]), lead["r"].strip()
    return Cand(-1, num, title, strong or hashes > 0, style, rest)


# A numbered line whose title is set in bold before its text: "1. **Budget** – over plan",
# "TOP 2: **Kasse**: alles gut".
BOLD_LEAD_RE = re.compile(
    r"^(?:(?:" + alt("item") + r")\s*)?\d{1,2}(?:\.\d{1,2})*[.):]?\s*(?:[:\-–—]\s*)?"
    r"\*\*(?P<b>[^*\n]{2,80}?)(?:\*\*\s*[:\-–—]|[:]\*\*)\s+(?P<r>[^\W_].*)$"
)


# The column labels a minutes template's table repeats beside each item's heading.
COLUMN_LABEL_RE = re.compile(
    r"^(?:Information|Inhalt|Beschreibung|Verantwortlich\w*|Zuständig\w*|Wer|Termin|Datum|Bis|"
    r"Frist|Status|Ergebnis|Owner|Who|Due|Date|When|Responsible|Action|Notes?)\s*:?$",
    re.IGNORECASE,
)


ROW_HEAD_START_RE = re.compile(r"^\s*\|\s*(?:\*\*)?(?:\d|" + alt("item") + r")")


def _table_row_heading(line: str) -> Cand | None:
    """An item heading as a table row: "| TOP 1 - Begrüßung |", "| 2. Diskussion | | |".

    Word and ODT minutes templates set each item as a row of one table; the other cells of
    the row are empty or the columns' labels ("| 1. Präsentation | Verantwortlich | Datum |").
    """
    if not ROW_HEAD_START_RE.match(line) or is_table_separator(line):
        return None
    cells = [c.strip() for c in table_cells(line)]
    if not cells or not cells[0] or len(cells[0]) > 120:
        return None
    others = [c for c in cells[1:] if c]
    if others and not all(COLUMN_LABEL_RE.match(c) for c in others):
        return None
    first = cells[0]
    if not (TOP_RE.match(first) or NUM_RE.match(first)):
        return None
    c = match_heading(first)
    if c is None or len(c.num) != 1:
        return None
    c.strong, c.style = True, "row"
    if others:
        # The labels head the item's own table: "| Inhalt | Verantwortlich | Datum |".
        c.rest = "| " + " | ".join(["Inhalt", *others]) + " |"
    return c


def _expected(prev: tuple[int, ...], cur: tuple[int, ...]) -> bool:
    if len(cur) == 1:
        return prev[0] + 1 <= cur[0] <= prev[0] + 2
    if len(cur) == 2:
        if len(prev) == 1:
            return cur == (prev[0], 1)
        return cur[0] == prev[0] and cur[1] == prev[1] + 1
    return len(prev) >= 2 and cur[:2] == prev[:2] and (len(prev) == 2 or cur[2] == prev[2] + 1)


def build_runs(cands: list[Cand]) -> list[list[Cand]]:
    """Group heading candidates into numbered sequences (agenda list, body, inner lists)."""
    runs: list[list[Cand]] = []
    all_caps: dict[int, bool] = {}  # id of a run: whether all its titles are in capitals
    for c in cands:
        check_time()  # quadratic in the candidates: thousands of "1." lines take seconds
        caps = _caps(c.title)
        # Items in capitals ("1. MODIFICATION OF THE AGENDA", "2. DISPOSITION OF MINUTES")
        # go on in capitals: "4. I'm writing in support …" is a letter's numbered paragraph.
        fits = [
            r
            for r in runs
            if _expected(r[-1].num, c.num) and (caps or len(r) < 2 or not all_caps[id(r)])
        ]
        if fits:
            # Prefer the sequence written in the same style, then the longer, then the later one.
            # A list opened inside an item ("  1. …" indented) does not take the next item's
            # number at the margin from the run that opened at the margin.
            best = max(
                fits,
                key=lambda r: (r[-1].style == c.style, r[0].style == c.style, len(r), r[-1].idx),
            )
            best.append(c)
            all_caps[id(best)] = all_caps[id(best)] and caps
        elif c.num in ((1,), (0,)):
            runs.append([c])
            all_caps[id(runs[-1])] = caps
    return runs


def _caps(title: str) -> bool:
    """Whether a title is written in capitals ("CONSENT CALENDAR ITEMS:")."""
    head = title.split(":", 1)[0][:40]
    return head.isupper() and sum(ch.isalpha() for ch in head) >= 3


# The quotes and dashes norm_key drops; the spaces (\s, str.isspace()) go by str.split().
_NORM_KEY_RE = re.compile(r"[\"'„“”»«‚‘’\-–—*_]")
_NORM_DROP = frozenset("\"'„“”»«‚‘’-–—*_")


def norm_key(text: str) -> str:
    """Compare titles ignoring case, spaces, quotes and hyphen breaks."""
    # split() and join() drop the spaces for a quarter of the instructions a pattern of
    # spaces and quotes took (73 titles and lines a read of the seed: 2.3 -> 1.7 M).
    key = "".join(text.split())
    # Letters and digits alone (str.isalnum()) hold none of the characters dropped: no call.
    if not key.isalnum() and _NORM_KEY_RE.search(key) is not None:
        key = _NORM_KEY_RE.sub("", key)
    return key.lower()


def _norm_char(ch: str) -> str:
    # norm_key of one character, without a regex: split_presenters walks text by characters.
    return "" if ch in _NORM_DROP or ch.isspace() else ch.lower()


def _join_lines(parts: list[str]) -> str:
    out = ""
    for p in parts:
        p = p.strip()
        if not p:
            continue
        if out.endswith("-") and not out.endswith(" -") and len(out) > 1 and out[-2].isalnum():
            out += p
        else:
            out = (out + " " + p).strip()
    return out


# A character norm_key keeps.
_NORM_KEPT_RE = re.compile(r"[^\s\"'„“”»«‚‘’\-–—*_]")


def _title_end(text: str, key: str) -> int | None:
    """Where in text the known title (its norm_key) ends: the first position at which the
    text's characters so far, each as _norm_char gives it, spell the key; None where they
    stop spelling it first."""
    if key and "Σ" not in text and len(text.lower()) == len(text):
        # Each character lower-cased alone as in the whole text, into one character (no "Σ",
        # whose small form depends on the letters around it, no "İ", which becomes two):
        # the key is spelt where its last character is kept, if the kept ones begin with it.
        if not norm_key(text).startswith(key):
            return None
        return next(itertools.islice(_NORM_KEPT_RE.finditer(text), len(key) - 1, None)).start()
    # Walk the text until the normalised prefix equals the known title.
    acc = ""
    for pos, ch in enumerate(text):
        acc += _norm_char(ch)
        if acc == key:
            return pos
        if not key.startswith(acc):
            return None
    return None


def split_presenters(text: str, known_title: str | None) -> tuple[str, list[dict]]:
    """Split an agenda cell run together as "Title Name (Organisation)" into its parts."""
    text = text.strip()
    if ALL_RE.search(text):
        return ALL_RE.sub("", text).strip(" –-,"), []
    if known_title and (pos := _title_end(text, norm_key(known_title))) is not None:
        while pos + 1 < len(text) and text[pos + 1] in "“”\"'»«’)":
            pos += 1
        rest = text[pos + 1 :].strip(" –-,:")
        title = text[: pos + 1].strip()
        # "Probleme allgemein 1": a table of contents' page number is nobody.
        return title, [p for p in _people(rest) if any(c.isalpha() for c in p["name"])]
    people: list[dict] = []
    rest = text
    while True:
        m = re.search(r"\(([^()]*)\)\s*$", rest)
        before = rest[: m.start()].rstrip() if m else rest
        words = before.split()
        cut = None
        for k in (3, 2):
            if len(words) > k:
                cand = " ".join(words[-k:])
                honor, bare = names.split_honorific(cand)
                if honor is None and names.looks_like_name(cand) and (k == 2 or _particle(words)):
                    cut = len(words) - k
                    break
        if cut is None and m is None:
            # Without brackets only a title ("Dr.") marks the start of a name.
            hm = re.search(
                r"(?:(?:Prof\.|Dr\.|Herr|Frau)\s*)+"
                + names.NAME_WORD
                + r"(?:\s+"
                + names.NAME_WORD
                + r")*\s*$",
                rest,
            )
            if hm and hm.start() > 0:
                people.insert(0, names.parse_person(rest[hm.start() :]))
                rest = rest[: hm.start()].rstrip(" ,–-/")
            break
        if cut is None:
            break
        while cut > 0 and names.HONORIFIC_RE.match(words[cut - 1] + " "):
            cut -= 1
        if cut == 0:
            break
        start_char = len(" ".join(words[:cut]))
        person_text = rest[start_char:].strip()
        people.insert(0, names.parse_person(person_text))
        rest = rest[:start_char].rstrip()
        if re.search(r"(?:,|/|\bund|&)$", rest):
            rest = re.sub(r"\s*(?:,|/|\bund|&)$", "", rest)
            continue
        break
    return rest.strip(" –-,:"), people


def _particle(words: list[str]) -> bool:
    return len(words) >= 3 and words[-2] in ("von", "van", "de", "zu")


def _people(text: str) -> list[dict]:
    text = text.strip(" ,;–-")
    if not text or ALL_RE.fullmatch(" " + text) or text.lower() in ("alle", "n.n.", "nn"):
        return []
    # Separators count only outside brackets: "(BMAS – Ministerium für Arbeit und Soziales)".
    marked, depth = "", 0
    i = 0
    while i < len(text):
        ch = text[i]
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if depth == 0 and text.startswith(" und ", i):
            marked += ";"
            i += 5
            continue
        marked += ";" if depth == 0 and ch in ",;/&" else ch
        i += 1
    out = [names.parse_person(p) for p in marked.split(";") if p.strip()]
    return [p for p in out if p["name"] and p["name"].lower() != "alle"]


def parse_table(lines: list[str]) -> tuple[list[str], list[list[str]]]:
    """Split Markdown table lines into header cells and rows."""
    rows = [table_cells(x) for x in lines if not is_table_separator(x)]
    if not rows:
        return [], []
    return [h.lower().strip("* ") for h in rows[0]], rows[1:]


def _column(header: list[str], *words: str) -> int | None:
    for i, h in enumerate(header):
        if any(re.search(w, h) for w in words):
            return i
    return None


def _fix_time(text: str) -> str | None:
    m = re.search(r"([0-2]?\d)[:.]([0-5]\d)", text)
    return dates.hhmm(m.group(1), m.group(2)) if m else None


@dataclass
class Doc:
    """Working state while reading one document."""

    lines: list[str]
    fmt: str
    notices: Notices = field(default_factory=Notices)  # what a reviewer should look at
    breaks: list[dict] = field(default_factory=list)
    agenda_end: str | None = None


def _find_tables(lines: list[str], lo: int, hi: int) -> list[tuple[int, int]]:
    spans = []
    i = lo
    while i < hi:
        if lines[i].strip().startswith("|"):
            j = i
            while j < hi and lines[j].strip().startswith("|"):
                j += 1
            spans.append((i, j))
            i = j
        else:
            i += 1
    return spans


ROW_TITLE_END_RE = re.compile(r"(?<=[^\W\d_)]{3})[.:](?=\s)")


def _row_title(text: str) -> str:
    """A table cell's title when the cell holds the item's minutes as well.

    "Apologies: none were received." / "Treasurer's report. The balance is £2,300.": the
    title ends at the first full stop or colon after a word, when eight words or fewer come
    before it and a sentence after it (three words or more, ending as a sentence ends; "Finanzen:
    Haushaltsplan 2025 und Beitragsordnung" is one title).
    """
    parts = ROW_TITLE_END_RE.split(text, maxsplit=1)
    if (
        len(parts) == 2
        and len(parts[0].split()) <= 8
        and len(parts[1].split()) >= 3
        and parts[1].rstrip().endswith((".", "!", "?"))
    ):
        return parts[0].strip()
    return text


def agenda_from_table(doc: Doc, rows_lines: list[str]) -> list[AgendaEntry] | None:
    """Read an agenda written as a table (TOP | Thema | Wer | Zeit, No. | Item | Lead)."""
    header, rows = parse_table(rows_lines)
    c_title = _column(
        header,
        r"thema|was|titel|tagesordnung|gegenstand|inhalt|punkt$",
        # "Topic", "Agenda item", "Subject", "Item" (not "Action item": a table of tasks).
        r"topic|subject|^(?:agenda\s+)?items?$|^agenda$",
    )
    if c_title is None:
        return None
    c_num = _column(header, r"^top|^nr|^#|^lfd|^no\.?$|^item\s*(?:no\.?|#)$")
    if c_num == c_title:
        c_num = None
    c_who = _column(
        header,
        r"wer|referent|berichterstatt|verantwortlich|vortrag|leitung|präsent|^lead|presenter|speaker",
    )
    c_actual = _column(header, r"tatsächlich|^ist\b|actual")
    planned_header = ["" if i == c_actual else h for i, h in enumerate(header)]
    c_time = _column(planned_header, r"zeit|wann|uhr|beginn|start|^time$")
    entries: list[AgendaEntry] = []
    for row in rows:

        def cell(c: int | None, row: list[str] = row) -> str:
            return row[c] if c is not None and c < len(row) else ""

        title = _row_title(cell(c_title))
        number = re.sub(r"\D*(\d+(?:\.\d+)*).*", r"\1", cell(c_num)) if c_num is not None else ""
        if not number:
            m = NUM_RE.match(title) or TOP_RE.match(title)
            if m and m["t"]:
                number, title = m["n"], m["t"]
        time = _fix_time(cell(c_time)) if c_time is not None else None
        if BREAK_RE.match(title.split(" ")[0] if title else "") or re.match(
            r"^(?:Mittags|Kaffee)?[Pp]ause\b", title
        ):
            doc.breaks.append({"title": title.split()[0], "start": time})
            continue
        if re.match(r"^(?:Ende|Schluss)\b", title):
            doc.agenda_end = time
            continue
        if not title or not number.replace(".", "").isdigit():
            continue
        who = cell(c_who) if c_who is not None else ""
        entry = AgendaEntry(number, title, title, time, _people(who))
        if c_actual is not None:
            entry.actual_start, entry.actual_end = _actual_times(cell(c_actual))
        entries.append(entry)
    return entries or None


ACTUAL_RAN_RE = re.compile(r"\((\d{1,3})\s*(?:Min|min)")


def _actual_times(text: str) -> tuple[str | None, str | None]:
    """Read "09:22 (28 Min.)" into ("09:22", "09:50"); a start alone gives no end."""
    start = _fix_time(text)
    ran = ACTUAL_RAN_RE.search(text)
    if start is None or ran is None:
        return start, None
    hours, minutes = (int(x) for x in start.split(":"))
    total = hours * 60 + minutes + int(ran[1])
    if total >= 24 * 60:
        return start, None
    return start, f"{total // 60:02d}:{total % 60:02d}"


def _time_tail(text: str) -> re.Match | None:
    """TIME_TAIL_RE.search(text), tried only where the text ends as a time does.

    The pattern is tried at every character; the last one before the spaces must be a digit,
    the "r" of "Uhr" or a closing bracket, which few lines of an agenda end with.
    """
    last = text.rstrip()[-1:]
    if last and last not in ")r" and not last.isdecimal():
        return None
    # A match holds 18 characters that are no spaces at most ("(10:00 bis 12:00 Uhr)"): it
    # starts after the 19th last of them. Where the last 80 characters hold 19, the search
    # starts there, not at each character of a long line (the same leftmost match).
    pos = len(text) - 80
    if pos > 0 and len("".join(text[pos:].split())) >= 19:
        return TIME_TAIL_RE.search(text, pos)
    return TIME_TAIL_RE.search(text)


def agenda_from_run(doc: Doc, run: list[Cand], stop: int) -> list[AgendaEntry]:
    """Read an agenda written as numbered lines whose columns ran together."""
    entries = []
    for k, cand in enumerate(run):
        hi = run[k + 1].idx if k + 1 < len(run) else stop
        last = k + 1 == len(run)
        parts = [cand.title]
        seen_time = bool(_time_tail(cand.title))
        closed = False
        for line in doc.lines[cand.idx + 1 : hi]:
            s = line.strip()
            if not s:
                closed = closed or (seen_time and last)
                continue
            bm, em = BREAK_RE.match(s), END_RE.match(s)
            if bm:
                doc.breaks.append({"title": bm["t"], "start": _fix_time(bm["h"] or "")})
                continue
            if em and em["h"]:
                doc.agenda_end = _fix_time(em["h"])
                continue
            if closed or content.is_link_line(s) or PARTICIPANTS_RE.match(s):
                break
            if s.startswith(("#", "|")) or (last and (content.LABEL_RE.match(s) or len(parts) > 6)):
                break
            if content.NUMBERED_RE.match(s) or content.BULLET_RE.match(s):
                break  # a sub-list under the item ("1. Mitmachen ist kostenlos") is not its title
            parts.append(s)
            if _time_tail(s):
                seen_time = True
        text = _join_lines(parts)
        entry = AgendaEntry(".".join(str(x) for x in cand.num), text)
        tm = _time_tail(text)
        if tm and tm.start() > 0:
            entry.start = _fix_time(tm["a"])
            text = text[: tm.start()].strip()
        else:
            lead = re.match(r"^([0-2]?\d[:.][0-5]\d)\s*(?:Uhr)?\s+", text)
            if lead:
                entry.start = _fix_time(lead.group(1))
                text = text[lead.end() :]
        entry.text = text
        entries.append(entry)
    return entries


# Soft hyphens, zero-width spaces and joiners, byte-order marks: dropped from the text.
_INVISIBLE = ("\u00ad", "\u200b", "\u200c", "\u200d", "\ufeff")
_INNER_TAB_RE = re.compile(r"(?<=[^\t\n])\t")
MD_ESCAPED_MARK_RE = re.compile(r"(?m)^(\s*\d{1,3}|\s*)\\([.)*+#-])")


def normalise(text: str) -> str:
    """Unify line ends and invisible characters that PDF and Word exports leave behind."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\t" in text:
        # A tab inside a line is a space; leading tabs stay, one a level: a line indented by
        # a tab under a list item is a note of its own there, not the item's wrapped text.
        text = _INNER_TAB_RE.sub(" ", text)
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    if holds_any(text, _INVISIBLE):  # a quick search each, few texts hold any
        text = re.sub("[\u00ad\u200b\u200c\u200d\ufeff]", "", text)
    # A Markdown hard line break ("…\" at a line's end), or LaTeX's doubled ("…\\").
    text = text.replace("\\\\\n", "\n").replace("\\\n", "\n")
    if "\\" in text:
        # "1\. Apologies", "\* item": Markdown written from HTML (pandoc, web exports) escapes
        # what would otherwise start a list.
        text = MD_ESCAPED_MARK_RE.sub(r"\1\2", text)
    if ORDINAL_HINT_RE.search(text):  # a cheap scan first: the full pattern costs more
        # "26 th January 2016", "January 16 th": a PDF sets the ordinal's superscript apart.
        text = DETACHED_ORDINAL_RE.sub(r"\1\2", text)
    return text.replace("\f", "\n\f\n")


ORDINAL_HINT_RE = re.compile(r"[0-9] [snrt][tdh]\b")
DETACHED_ORDINAL_RE = re.compile(r"(?<![\d.,:])([0-3]?\d) (st|nd|rd|th)\b(?! ?[A-Za-z]*:)")


def md_lists(lines: list[str]) -> list[str]:
    """Number Markdown lists written "1. 1. 1." (they render 1, 2, 3) as they are shown."""
    out = list(lines)
    counters: dict[int, int] = {}
    for i, line in enumerate(lines):
        m = MD_ONE_RE.match(line)
        if line.strip() and not m and not line[:1].isspace():
            counters.clear()  # a paragraph or heading at the margin ends every list
            continue
        if not m:
            continue
        ind = len(m["ind"])
        for deeper in [k for k in counters if k > ind]:
            del counters[deeper]
        counters[ind] = counters.get(ind, 0) + 1
        n = counters[ind]
        if n > 1:
            # Only a list that repeats "1." is renumbered; nested ones become plain list items.
            out[i] = f"{m['ind']}{n}.{m['rest']}" if not ind else f"{m['ind']}-{m['rest']}"
        elif ind and _next_sibling_is_one(lines, i, ind):
            out[i] = f"{m['ind']}-{m['rest']}"
    return out


def _next_sibling_is_one(lines: list[str], i: int, ind: int) -> bool:
    for line in lines[i + 1 :]:
        if not line.strip():
            continue
        width = len(line) - len(line.lstrip())
        if width < ind:
            return False
        if width == ind:
            return bool(MD_ONE_RE.match(line))
    return False


# A line that a Markdown underline does not make a title: a list entry, a table row, a quote,
# a heading already or an indented (code) line.
SETEXT_NOT_TITLE_RE = re.compile(r"^(?:\s{4}|\s*(?:[-*+>|#]|\d{1,2}[.)])(?:\s|$))")


# A line of one repeated mark: a plain text may underline a title with it (rst_headings).
PLAIN_UNDERLINE_RE = re.compile(r"^([=\-~^*])\1{2,}[ \t]*$", re.M)
# The pattern's "^" in MULTILINE mode is tried at every character of the text (0.08 ms over
# the seed's 16 kB); an underline's line starts with one of these characters, so only the
# lines that hold one are tried, from their start (0.02 ms). str.find of one character is
# fast, of three characters slow in a text with letters beyond Latin-1.
_UNDERLINE_CHARS = "=-~^*"


def _plain_underlined(text: str) -> bool:
    """PLAIN_UNDERLINE_RE.search(text) as a yes or no: a line of nothing but "=====",
    "-----", … (a title's underline in a plain text)."""
    for ch in _UNDERLINE_CHARS:
        at = text.find(ch)
        while at != -1:
            if PLAIN_UNDERLINE_RE.match(text, text.rfind("\n", 0, at) + 1):
                return True
            end = text.find("\n", at)
            at = -1 if end == -1 else text.find(ch, end)
    return False


def rst_headings(lines: list[str], *, setext: bool = False, plain: bool = False) -> list[str]:
    """Turn reStructuredText section titles (underlined, maybe overlined) into Markdown headings.

    With setext=True Markdown's own underlined titles ("GUI" over "---", "Protokoll" over
    "==="), which the parser otherwise reads as written: only "=" and "-", below a line that
    is no list entry, table row or quote, after the front matter. With plain=True a plain
    text's titles underlined as a typewriter does ("Budget" over "------"): the line above
    stands alone (a blank line or nothing before it), no paragraph's last line.
    """
    out = list(lines)
    levels: list[str] = ["=", "-"] if setext else []
    i = _front_matter_end(lines) if setext else 0
    while i < len(lines) - 1:
        title, under = lines[i].strip(), lines[i + 1]
        if under[:1] not in _RST_MARKS:
            i += 1  # no underline below (most lines): nothing else is asked
            continue
        over = i > 0 and RST_UNDERLINE_RE.match(lines[i - 1] or "")
        m = RST_UNDERLINE_RE.match(under)
        if setext and (not m or m["c"] not in "=-" or over or SETEXT_NOT_TITLE_RE.match(lines[i])):
            i += 1
            continue
        if (
            plain
            and m
            and not over
            and (i and lines[i - 1].strip() or SETEXT_NOT_TITLE_RE.match(lines[i]))
        ):
            i += 1
            continue
        # Markdown needs no length, but "---" under a long line is a rule its writer meant
        # (the same rule as formats/text.py's Markdown blocks).
        long_enough = len(under.strip()) >= (max(3, len(title) // 2) if setext else len(title))
        if title and m and not RST_UNDERLINE_RE.match(title) and long_enough:
            key = m["c"] + ("o" if over else "")
            if key not in levels:
                levels.append(key)
            out[i] = "#" * (levels.index(key) + 1) + " " + title
            out[i + 1] = ""
            if over:
                out[i - 1] = ""
            i += 2
            continue
        i += 1
    return out


# "== Infos" (AsciiDoc), "===Directors Present===" (MediaWiki), "====== Title ======"
# (DokuWiki): a wiki's section title at the margin, its level told by the equals signs.
WIKI_HEADING_RE = re.compile(
    r"^(?P<m>={1,6})[ \t]*(?P<t>[^=\s][^\n]{0,150}?)[ \t]*(?P<c>=*)[ \t]*$"
)
ASCIIDOC_BLOCK_COMMENT_RE = re.compile(r"^/{4,}\s*$")


def wiki_headings(lines: list[str]) -> list[str]:
    """Turn a plain text's wiki section titles into Markdown headings, when two or more stand.

    AsciiDoc and MediaWiki count the signs from the top ("=" the document, "==" a section);
    DokuWiki counts them down ("======" its top level): closed titles whose first one has the
    most signs, five or six, are read that way. A commented-out title ("//== Bemerkungen")
    stays a comment.
    """
    found = [
        (i, m) for i, x in enumerate(lines) if x[:1] == "=" and (m := WIKI_HEADING_RE.match(x))
    ]
    if len(found) < 2:
        return lines
    counts = [len(m["m"]) for _, m in found]
    down = all(m["c"] for _, m in found) and counts[0] == max(counts) >= 5
    out = list(lines)
    if not any(m["c"] for _, m in found):
        # AsciiDoc: what stands between "////" lines is a comment ("////" over "== Planung").
        inside = False
        for i, x in enumerate(lines):
            if ASCIIDOC_BLOCK_COMMENT_RE.match(x):
                inside, out[i] = not inside, ""
            elif inside:
                out[i] = ""
        if inside:
            out = list(lines)  # no closing "////": no comment block after all
        # And a line opening with "//" ("//Tabellarisch oder Aufzählung" between the label
        # "Teilnehmer:" and its list): the template's hint, no text of the minutes.
        out = ["" if x[:2] == "//" and not ASCIIDOC_BLOCK_COMMENT_RE.match(x) else x for x in out]
        found = [(i, m) for i, m in found if out[i]]
    for i, m in found:
        level = 7 - len(m["m"]) if down else len(m["m"])
        out[i] = "#" * level + " " + m["t"]
    return out


BOLD_LINE_RE = re.compile(r"^(?:\*\*|__)(?P<t>[^*_\n]{2,120}?)(?:\*\*|__)\s*:?\s*$")


# Labels of groups of people in a list of those present ("**Members:**", "**Visitors:**").
GROUP_LABEL_RE = re.compile(
    r"^(?:Members|Visitors|Observers|Guests|Staff|Mitglieder|Besucher\w*|Gäste|Vorstand)\s*:?$",
    re.IGNORECASE,
)


def _bold_lines(lines: list[str]) -> list[Cand]:
    """Items written as lines in bold alone ("**Kassenbericht**"), when nothing else marks them."""
    top = _front_matter_end(lines)
    first = next((i for i, x in enumerate(lines) if i >= top and x.strip()), 0)
    cands = []
    for i in range(top, len(lines)):
        s = lines[i].strip().lstrip("#").strip()
        if s[:2] in ("* ", "- ", "+ ") and lines[i][:1] in "*-+":
            # "* **Workshop in China**" over its notes: a bold entry at the margin, alone.
            s = s[2:].lstrip()
        m = BOLD_LINE_RE.match(s)
        if not m or i == first:
            continue
        title = m["t"].strip().rstrip(":").strip()
        if not title or META_HEADINGS.match(title) or content.LABEL_RE.match(title + " "):
            continue
        if PARTICIPANTS_HEAD_RE.match(title) or GROUP_LABEL_RE.match(title):
            continue  # "**Members:**" over the names of those present
        cands.append(Cand(i, (len(cands) + 1,), clean_title(title), True, "bold"))
    while len(cands) >= 2 and tasks.is_section(cands[-1].title):
        # "**Action items**" after the topics: the closing list of tasks, no topic (as a
        # heading there is none in _unnumbered_headings).
        cands.pop()
    return cands if len(cands) >= 2 else []


# "Topic: Release schedule", "**Topic 2:** CI outages", "Thema: Haushalt", and the same said in
# a chat log: "<alice> Topic: Release schedule", "[16:03] <alice> #topic Announcements",
# "scribe: topic: CI outages". Not "Topics:" over a list, nor "Action item:".
TOPIC_LINE_RE = re.compile(
    r"^(?:\[?[0-2]?\d:[0-5]\d(?::[0-5]\d)?\]?\s+)?(?:<[^<>\s]{1,30}>\s+|[\w.|-]{1,30}:\s+)?"
    r"(?:\*\*)?(?:#topic\s+|(?:Topic|Thema)(?:\s+\d{1,2})?\s*(?:\*\*)?\s*[:–-]\s*(?:\*\*)?)"
    r"(?P<t>[^\s*].{0,150})$",
    re.IGNORECASE,
)
_TOPIC_LINE_NEEDS = Needs(TOPIC_LINE_RE)


def _topic_lines(lines: list[str]) -> list[Cand]:
    """Items each opened by a line labelled "Topic:" (or "#topic" in a chat log), when two or
    more such lines name different topics and nothing else marks the items.

    A scribe's log ("<alice> Topic: Release schedule", then what was said) and notes that
    label each topic alike mark the topics so; one "Topic:" line is the meeting's subject.
    """
    if not _TOPIC_LINE_NEEDS("\n".join(lines)):
        return []
    found: list[Cand] = []
    seen: set[str] = set()
    for i, line in enumerate(lines):
        m = TOPIC_LINE_RE.match(line.strip())
        if not m:
            continue
        title = clean_title(m["t"].replace("**", "").strip())
        if not title or norm_key(title) in seen:
            continue
        seen.add(norm_key(title))
        found.append(Cand(i, (len(found) + 1,), title, True, "topic", ""))
    return found if len(found) >= 2 else []


def _caps_lines(lines: list[str]) -> list[Cand]:
    """Items written as lines in capitals alone ("MATTERS ARISING", "PLANNING"), when nothing
    else marks them: a typewriter's headings, three or more, each a line of its own with a
    blank line above, up to eight words and no sentence; the document's title, a date and the
    header's parts ("PRESENT", "APOLOGIES") are none."""
    top = _front_matter_end(lines)
    first = next((i for i, x in enumerate(lines) if i >= top and x.strip()), 0)
    cands = []
    for i in range(max(top, first + 1), len(lines)):
        s = lines[i].strip()
        if not s or not s[0].isalpha() or (i and lines[i - 1].strip()):
            continue
        title = s.rstrip(":").strip()
        if (
            not _caps(title)
            or ":" in title
            or len(title.split()) > 8
            or title.endswith((".", ",", ";"))
            or _not_an_item(title)
            or TITLE_LIKE_RE.search(title)
            or dates.find_dates(title)
            or content.LABEL_RE.match(title + " ")
        ):
            continue
        cands.append(Cand(i, (len(cands) + 1,), clean_title(title), True, "caps"))
    return cands if len(cands) >= 3 else []


LEADING_TIME_RE = re.compile(r"^(?P<t>[0-2]?\d[:.][0-5]\d)\s*(?:Uhr\s*)?[-–:]?\s+(?=[^\W\d])")
# The last entry of a list that closes the meeting ("Meeting dismissed", "Ende der Sitzung").
CLOSING_ENTRY_RE = re.compile(
    r"^(?:(?:the\s+)?(?:meeting|session)\s+)?(?:dismissed|adjourned|closed|ended)\b|"
    r"^(?:Ende|Schluss)(?:\s+der\s+(?:Sitzung|Versammlung))?\b|^Sitzungsende\b",
    re.IGNORECASE,
)
# "- [x] Decorators update": a topic ticked off as discussed; "- [ ] …" is an open task.
DONE_BULLET_RE = re.compile(r"^[*\-+]\s+\[[xX✓✔]\]\s+(?P<t>\S.{0,150})$")


def _top_bullets(lines: list[str], start: int) -> list[Cand]:
    """Items of notes kept as a nested list: top-level bullets with indented lines below.

    A top-level entry without details ("- Check-in") is an item too when it stands in the
    same list as entries with details (a quarter of them at least): the topics of such notes
    are the list's top level, whether or not anything was noted under them. A heading or a
    line at the margin ("Attendees:", "---") ends a list.
    """
    found: list[tuple[int, str, bool, int]] = []  # line, title, has details, section
    section = 0
    in_tasks = False
    for i in range(start, len(lines)):
        line = lines[i]
        if line.startswith("#"):
            section += 1
            in_tasks = tasks.is_section(_strip_md(line)[1])
            continue
        # Under "## Action Items" the entries are tasks, with or without details.
        m = None if in_tasks else TOP_BULLET_RE.match(line) or DONE_BULLET_RE.match(line)
        if not m:
            if line.strip() and not line[:1].isspace() and not line.startswith(("- [", "* [")):
                section += 1  # "Agenda/Notes:", "---": a new list starts below
            continue
        nxt = next((x for x in lines[i + 1 : i + 400] if x.strip()), "")
        title = MD_LINK_RE.sub(r"\1", m["t"]).rstrip(":").strip()
        if len(title) > 150:
            continue  # a sentence, no topic
        prev = next((x for x in reversed(lines[max(0, i - 40) : i]) if x.strip()), "")
        lone = not (TOP_BULLET_RE.match(prev) or DONE_BULLET_RE.match(prev) or prev[:1].isspace())
        over_prose = lone and _bullet_over_prose(title, nxt)
        found.append((i, title, nxt[:1].isspace() or over_prose, section))
    nested: dict[int, int] = {}
    total: dict[int, int] = {}
    for _, _, details, sec in found:
        total[sec] = total.get(sec, 0) + 1
        nested[sec] = nested.get(sec, 0) + details
    cands = []
    for i, title, details, sec in found:
        if details or (nested.get(sec, 0) >= 2 and nested[sec] * 4 >= total[sec]):
            # "5:30 News": the time the topic was taken up (am or pm, the list does not say),
            # then its title.
            clock = LEADING_TIME_RE.match(title)
            title = title[clock.end() :] if clock else title
            cands.append(Cand(i, (len(cands) + 1,), title, True, "bullet"))
    if cands and CLOSING_ENTRY_RE.match(cands[-1].title) and not found[-1][2]:
        cands.pop()  # "6:30 Meeting Dismissed": the close of the meeting, no topic
    while len(cands) >= 2 and tasks.is_section(cands[-1].title.replace("**", "").strip()):
        cands.pop()  # "* Action items" over the tasks after the topics: no topic
    if cands and all(_not_an_item(c.title.replace("**", "").strip()) for c in cands):
        # "- **Participants:**" and "- **Notes:**" over their lists: the parts of the notes
        # label their lists, and the entries under the notes are the topics.
        notes = next((c for c in cands if NOTES_LABEL_RE.match(c.title.replace("**", ""))), None)
        inner = _entries_below(lines, notes.idx) if notes else []
        if len(inner) >= 2:
            return inner
    return cands if len(cands) >= 2 else []


def _bullet_over_prose(title: str, nxt: str) -> bool:
    """Whether a short entry stands over a paragraph at the margin, as a heading would.

    "* First session" over "We started with a presentation from …": a plain text's topic
    set as a list entry of its own, its minutes written as paragraphs below it (the last
    entry of a list of names over a paragraph is no topic; the caller asks for a lone entry).
    """
    if len(title.split()) > 8 or UNMARKED_ENTRY_END_RE.search(title):
        return False
    s = nxt.strip()
    return (
        bool(s)
        and not nxt[:1].isspace()
        and not LIST_LINE_RE.match(s)
        and not s.startswith(("#", "|", "*", "-", "+"))
        and len(s) > 60
        and s[-1:] in ".!?"
    )


NOTES_LABEL_RE = re.compile(
    r"^\s*(?:Minutes|Meeting\s+Notes|Notes|Notizen|Protokoll|Mitschrift|Discussion|Topics|Themen)"
    r"\s*:?\s*$",
    re.I,
)


def _entries_below(lines: list[str], at: int) -> list[Cand]:
    """The bullets one level below a list entry, each a topic (with or without details)."""
    parent = len(lines[at]) - len(lines[at].lstrip())
    found: list[Cand] = []
    level = None
    for k in range(at + 1, len(lines)):
        s = lines[k]
        if not s.strip():
            continue
        indent = len(s) - len(s.lstrip())
        if indent <= parent:
            break
        if level is None:
            level = indent
        if indent != level:
            continue
        m = TOP_BULLET_RE.match(s.lstrip())
        if m:
            title = clean_title(MD_LINK_RE.sub(r"\1", m["t"]).strip())
            found.append(Cand(k, (len(found) + 1,), title, True, "bullet"))
    return found


# A paragraph opening with a short label and a colon: "Planning Applications: J. Ratsey - …".
RUN_IN_LABEL_RE = re.compile(
    r"^(?:\*\*)?(?P<label>[A-ZÄÖÜ][\w'’&/,()\- ]{1,50}?)(?:\*\*)?\s*:(?:\*\*)?\s+(?P<rest>\S.*)$"
)
# "Kassenbericht:" / "**Budget:**" alone on its line.
LABEL_ALONE_RE = re.compile(
    r"^(?:\*\*)?(?P<label>[A-ZÄÖÜ][\w'’&/,()\- ]{1,50}?)(?:\*\*)?\s*:(?:\*\*)?(?P<rest>)\s*$"
)
LIST_LINE_RE = re.compile(r"^(?:[-*•+]|\d{1,2}[.)])\s")
MAX_LABEL_WORDS = 6
LINK_START_RE = re.compile(r"^<?(?:https?://|www\.)", re.I)


def _header_label(label: str) -> bool:
    """Whether a paragraph's label names a part of the header, a decision, a task or the end."""
    return bool(
        META_HEADINGS.match(label)
        or PARTICIPANTS_HEAD_RE.match(label)
        or PARTICIPANTS_RE.match(label + ":")
        or _header_field(label)
        or content.decision_section_kind(label)
        or tasks.is_section(label)
        or NEXT_LABEL_RE.match(label)
        or re.match(
            r"^(?:" + alt("note_taker_label", "start_label", "end_label") + r"|Chair\w*|Vorsitz\w*|"
            r"Date|Datum|Time|Zeit|Place|Venue|Location|Ort|Absent\w*|Abwesend|Entschuldigt|"
            r"Note|Notes|Hinweis|Motion|Antrag|Vote|Abstimmung|(?:Sitzungs|Versammlungs|Rede)?leitung|"
            r"Moderat\w*|Facilitat\w*|Scribe|Time\s*keeper|Host|Call|Zoom|Link|Dial|Source|Quelle|"
            r"Autor|Author|Gremium)\b",
            label,
            re.I,
        )
    )


INLINE_AGENDA_RE = re.compile(
    rf"^\**\s*(?:{alt('agenda')})\s*:\s*\**\s*(?P<rest>\S.{{4,300}})$", re.I
)
# Where one entry of an agenda written in one line ends: a full stop or a semicolon.
INLINE_ENTRY_END_RE = re.compile(r"(?<=[^\W\d_)]{2})\.\s+(?=[A-ZÄÖÜ])|\s*;\s*")


def _inline_agenda(lines: list[str]) -> list[Cand]:
    """The entries of an agenda written in one line ("Agenda: Prepare for the checkpoint.
    Select a project. Outline the scope.", "Tagesordnung: Kasse; Sommerfest"), when nothing
    else marks the items: two to twelve short entries (eight words or fewer each), each an
    item whose minutes are what follows the line."""
    for i, line in enumerate(lines):
        m = INLINE_AGENDA_RE.match(line.strip())
        if not m:
            continue
        rest = m["rest"].replace("**", "").strip().rstrip(".").strip()
        if LINK_START_RE.match(rest):
            return []
        parts = [x.strip().rstrip(".").strip() for x in INLINE_ENTRY_END_RE.split(rest)]
        if not 2 <= len(parts) <= 12 or any(not x or len(x.split()) > 8 for x in parts):
            return []
        return [
            Cand(i, (n + 1,), clean_title(x), True, "agenda-inline") for n, x in enumerate(parts)
        ]
    return []


def _paragraph_openers(lines: list[str]):
    """Each line after the front matter that opens a paragraph with a capital or bold mark
    (the blank line above it, or the first line): where a label alone can stand."""
    for i in range(_front_matter_end(lines), len(lines)):
        line = lines[i]
        if not line[:1].isupper() and not line.startswith("**"):
            continue
        if i and lines[i - 1].strip():
            continue
        yield i, line


def _labelled_paragraphs(lines: list[str]) -> list[Cand]:
    """Items as paragraphs opening with their label: "Minutes: It was proposed …".

    A label alone on its line counts when its minutes follow at the margin ("Kassenbericht:"
    over "Der Kontostand ist gut."), not over a list or indented fields.

    Three labels or more, each opening a paragraph at the margin, none used twice (a label
    said again names a speaker or a recurring mark, no topic) and none naming the header's
    parts ("Present:", "Apologies:"), a decision or a task.
    """
    found: list[Cand] = []
    seen: set[str] = set()
    present: frozenset[str] | None = None
    closed = False  # the labels end at a list of tasks ("Aufteilung für nächste Woche:")
    for i, line in _paragraph_openers(lines):
        m = RUN_IN_LABEL_RE.match(line) or LABEL_ALONE_RE.match(line)
        if m and not m["rest"]:
            # "Kassenbericht:" alone, its minutes on the lines below: the same label; or in a
            # paragraph of its own, its minutes the paragraph below (Word, a blank line between).
            below = lines[i + 1] if i + 1 < len(lines) else ""
            if not below.strip() and i + 2 < len(lines) and not LABEL_ALONE_RE.match(lines[i + 2]):
                below = lines[i + 2]
            if not below.strip() or below[:1].isspace() or LIST_LINE_RE.match(below):
                # "Themen:" over a list, "Lee I:" over "    Done: …" (a stand-up's report),
                # or a label closing a paragraph.
                m = None
        if not m:
            if line.rstrip().endswith(":") and tasks.is_section(line.replace("**", "").strip()):
                closed = True
                break  # "Action items:" over "Anna: Research": the labels below own tasks
            continue
        label = m["label"].strip()
        if len(label.split()) > MAX_LABEL_WORDS or LINK_START_RE.match(m["rest"]):
            continue  # "Source: https://…": where the text comes from
        if not m["rest"] and tasks.is_section(label):
            closed = True
            break  # "Aufteilung für nächste Woche:" over "Felix: …": the closing tasks
        if present is None:
            present = _present_words(lines)
        if all(w in present for w in _PEOPLE_JOIN_RE.split(label) if w):
            continue  # "Anna: Entwurf schreiben": a person present and her part, no topic
        key = label.casefold()
        if key in seen:
            return []
        seen.add(key)
        if _header_label(label):
            continue
        found.append(Cand(i, (len(found) + 1,), label, True, "label", m["rest"].strip()))
    # Two labelled paragraphs before the closing list of tasks are the items as well.
    return found if len(found) >= (2 if closed else 3) else []


def _present_words(lines: list[str]) -> frozenset[str]:
    """The words of the first attendance line and the list under it ("Anwesend: Anna, Max",
    "Present:" over "- Priya Shah"): the people a label alone may name."""
    for i, line in enumerate(lines[:80]):
        s = line.strip().replace("*", "")
        if PARTICIPANTS_RE.match(s) or PARTICIPANTS_HEAD_RE.match(s):
            text = [s.split(":", 1)[-1]]
            for x in lines[i + 1 : i + 1 + MAX_LIST_LINES]:
                if not LIST_LINE_RE.match(x.strip()):
                    break
                text.append(x)
            return frozenset(re.findall(r"[^\W\d_]+", " ".join(text)))
    return frozenset()


_PEOPLE_JOIN_RE = re.compile(r"\s*(?:,|&|/|\bund\b|\band\b)\s*")


# A line of a list as plain text writes it: "- …", "-GradleBuild …", "• …", "1. …".
NOTE_BELOW_RE = re.compile(r"^(?:[-*•+]\s?(?=\S)|\d{1,2}[.)]\s)")


def _labels_over_lists(lines: list[str]) -> list[Cand]:
    """Items as short labels alone on their line, each over a list of its notes
    ("Stand Projekt:" over "- Der Prototyp läuft", "Organisatorisches:" over its own list),
    two or more, when nothing else marks the items.

    A label naming the header's parts, the agenda, a decision or a task ("Anwesend:",
    "Themen:", "Nächste Schritte:") is none, nor one said twice (a speaker), nor a label that
    names people present ("Anna:" over her own list: what she is to do, no topic).
    """
    found: list[Cand] = []
    seen: set[str] = set()
    present: frozenset[str] | None = None
    for i, line in _paragraph_openers(lines):
        m = LABEL_ALONE_RE.match(line)
        below = next((x for x in lines[i + 1 : i + 3] if x.strip()), "")
        if not m or not (NOTE_BELOW_RE.match(below) or below[:1] in (" ", "\t")):
            continue  # over a list ("- …", "-Text", "1. …") or its notes indented below
        if tasks.STANDUP_DONE_RE.match(below.strip()):
            return []  # "Lee I:" over "    Done: …": a stand-up's reports, no topics
        label = m["label"].strip()
        if AGENDA_LABEL_RE.match(label):
            return []  # "Themen:" over a list: the minutes' own agenda, its entries the items
        if len(label.split()) > MAX_LABEL_WORDS:
            continue
        if tasks.is_section(label) or tasks.due_lead(label + ":", None):
            if found:
                # "Review der letzten Woche:", then "Individuelle Ziele:" over who does
                # what: the topics end where the closing list of tasks starts.
                return found
            continue
        if _header_label(label):
            continue
        if present is None:
            present = _present_words(lines)
        if all(w in present for w in _PEOPLE_JOIN_RE.split(label) if w):
            continue  # "Anna:", "Lena und Tom:": the people present, each over their list
        key = label.casefold()
        if key in seen:
            return []
        seen.add(key)
        found.append(Cand(i, (len(found) + 1,), clean_title(label), True, "label-list"))
    return found if len(found) >= 2 else []


# The minutes' signature block set as an item: "Unterschriften", "Signatures", "Signed:".
SIGNATURE_ITEM_RE = re.compile(
    r"^(?:Unterschrift(?:en)?(?:\s+(?:der|des)\s+\w+)?|Signatures?|Signed|Gezeichnet)\s*:?$",
    re.IGNORECASE,
)


def _roll_call_item(item: dict) -> bool:
    """Whether an item only records who was present ("PRESENT: …", "Roll Call", "Anwesenheit")."""
    if item["decisions"] or item["tasks"]:
        return False
    title = item["title"].replace("**", "").strip()
    return bool(PARTICIPANTS_RE.match(title) or PARTICIPANTS_HEAD_RE.match(title))


# "Late: Zamora", "Apologies: Jo Berg": who came late or sent apologies, beside those present.
LATE_OR_AWAY_RE = re.compile(r"^(?:late|apologies|entschuldigt|verspätet)\b[^:]{0,30}:", re.I)
# "Quorum established.", "Die Versammlung ist beschlussfähig.": the quorum found.
QUORUM_FOUND_RE = re.compile(
    r"\bquorum\b.{0,40}\b(?:established|present|reached|achieved|met|confirmed)\b|"
    r"\bbeschlussfähig\b",
    re.I,
)
LABEL_ONLY_RE = re.compile(r"^[^\W\d_][\w ]{0,30}:$")  # "Others:" with nobody after it
# "19:30:15", "19.05 Uhr": a clock time alone; "Meeting called to order at 7:34:30 by …",
# "Die Sitzung wird um 19:05 Uhr eröffnet": the opening's time told in a sentence.
CLOCK_ALONE_RE = re.compile(
    r"^[0-2]?\d[:.][0-5]\d(?:[:.][0-5]\d)?\s*(?:Uhr|h|[ap]\.?\s?m\.?)?$", re.I
)
OPENED_AT_RE = re.compile(
    r"\b(?:called\s+to\s+order|opened|eröffnet|begonnen|begann)\b.{0,40}?"
    r"\b[0-2]?\d[:.][0-5]\d|\b[0-2]?\d[:.][0-5]\d.{0,20}?\b(?:eröffnet|begonnen)\b",
    re.I,
)
LABELLED_RE = re.compile(r"^[^:;]{1,60}[:;]")
CLOSING_TITLE_RE = re.compile(
    r"adjourn|\bclos|\bschlie(?:ß|ss)|schluss|\bende\b|sitzungsende", re.I
)
OPENING_TITLE_RE = re.compile(
    r"welcome|opening|call(?:ed)?\s+to\s+order|eröffnung|begrü(?:ß|ss)ung|willkommen", re.I
)


def _header_block_item(item: dict) -> bool:
    """Whether an item holds only the header's matter: who was there (late, away), when the
    meeting began, whether it had its quorum ("Time and Location" over "Meeting called to
    order at 7:34" and "Members Present: …"; "### Start" over "19:30:15"; "QUORUM ROLL
    CALL" over "Present: …" / "Absent: …"). An opening item ("Call to Order", "Eröffnung")
    stays an item whatever it holds, and so does one that only finds the quorum or lists
    names without an attendance label."""
    title = item["title"]
    if item["decisions"] or item["tasks"] or OPENING_TITLE_RE.search(title):
        return False
    if CLOSING_TITLE_RE.search(title):
        return False  # "9. MEETING ADJOURNED" over "8:00 pm": the closing is an item
    header = False
    for line in item["minutes"].split("\n"):
        s = MD_LINK_RE.sub(r"\1", line.strip())
        if not s:
            continue
        if LABELLED_RE.match(s) and (
            PARTICIPANTS_RE.match(s) or ABSENT_RE.match(s) or LATE_OR_AWAY_RE.match(s)
        ):
            # "Absent: Molnar", not "Apologies were received from a number of members".
            header = True
        elif CLOCK_ALONE_RE.match(s) or (len(s) <= 120 and OPENED_AT_RE.search(s)):
            header = True
        elif not (len(s) <= 80 and QUORUM_FOUND_RE.search(s)) and not LABEL_ONLY_RE.match(s):
            return False
    return header


def _part_heading(title: str) -> bool:
    """Whether a heading names a part of the minutes that may hold every topic ("Minutes",
    "Meeting Notes", "Protokoll", "Business", "Topics") rather than one topic."""
    return bool(
        SECTION_HEADINGS.match(title)
        or AGENDA_SECTION_RE.match(title)
        or PART_WORDS_RE.match(title)
        or TITLE_LIKE_RE.search(title)
    )


def _holds_every_topic(title: str) -> bool:
    """Whether a heading's words are only those of a part holding the topics ("Minutes",
    "Business", "Agenda", "Topics"), not a topic's ("Previous AGM minutes", "Protokoll GV")."""
    return bool(
        SECTION_HEADINGS.match(title)
        or AGENDA_SECTION_RE.match(title)
        or PART_WORDS_RE.match(title)
    )


# "Meeting Minutes", "Business", "Sitzungsprotokoll": a part that holds the topics.
PART_WORDS_RE = re.compile(
    r"^(?:(?:Meeting|Sitzungs?|Besprechungs)\s*)?(?:Minutes|Notes|Business|Proceedings|"
    r"Protokoll|Niederschrift|Verlauf)\s*:?$",
    re.IGNORECASE,
)


def _not_an_item(title: str) -> bool:
    """Whether a heading names a part of the minutes rather than a topic (attendance, tasks)."""
    return bool(
        META_HEADINGS.match(title)
        or SECTION_HEADINGS.match(title)
        or PARTICIPANTS_HEAD_RE.match(title)
        or tasks.is_section(title)
        or _header_field(title)
    )


def _agenda_bullets(lines: list[str]) -> list[Cand]:
    """The entries of a list under "## Agenda" / "Agenda:", each an item."""
    for i, line in enumerate(lines):
        if not AGENDA_LABEL_RE.match(line.strip()):
            continue
        found: list[Cand] = []
        for k in range(i + 1, min(len(lines), i + 200)):
            s = lines[k]
            if not s.strip():
                continue
            m = TOP_BULLET_RE.match(s)
            if not m:
                if s[:1].isspace():
                    continue  # a detail under an entry
                break
            title = MD_LINK_RE.sub(r"\1", m["t"]).replace("**", "").strip()
            found.append(Cand(k, (len(found) + 1,), clean_title(title), True, "agenda-bullet"))
        return found
    return []


AGENDA_ENTRY_RE = re.compile(r"^(?:[*\-+]|\d{1,2}[.)])\s+(?!\[[ xX]?\])(?P<t>\S.{0,400})$")
# "- [x] Optional dependencies in conda": a topic ticked off as discussed.
TICKED_ENTRY_RE = re.compile(r"^[*\-+]\s+\[[xX✓✔]\]\s+(?P<t>\S.{0,400})$")
_TITLE_WORD_RE = re.compile(r"[^\W_]{4,}")


def _agenda_list(
    lines: list[str], *, items_head: bool = False
) -> tuple[int, list[tuple[int, str]]]:
    """The entries of the first list under an agenda label ("## Agenda", "Traktanden:").

    Returns the line after the list and the entries (line, title); bullets and numbers at the
    margin, or all at the indent of the first ("Agenda:" over "    * Review actions" in a
    plain-text mail), are entries, lines indented further their details. With items_head, only a heading labels
    the list ("## Agenda", "## Agenda items", "## New Agenda Items"), a line or two may lead
    into it, and ticked entries ("- [x] …") count.
    """
    for i, line in enumerate(lines):
        s = line.strip()
        if items_head or not AGENDA_LABEL_RE.match(s):
            if not AGENDA_ITEMS_HEAD_RE.match(s):
                continue
        found: list[tuple[int, str]] = []
        end = i + 1
        lead_in = 2 if items_head else 0  # "Let's collect all potential agenda items here."
        margin = 0  # the entries' indent: "Agenda:" over "    * Nominate a minute taker"
        for k in range(i + 1, min(len(lines), i + 200)):
            s = lines[k].expandtabs(4)
            if not s.strip():
                continue
            indent = len(s) - len(s.lstrip(" "))
            if not found and not items_head and 0 < indent <= 8:
                margin = indent
            m = None
            if indent == margin:
                s = s[margin:]
                m = AGENDA_ENTRY_RE.match(s) or (items_head and TICKED_ENTRY_RE.match(s))
            if not m:
                if indent > margin and found:
                    continue  # a detail under an entry
                if not found and lead_in and not s.startswith(("#", "|")):
                    lead_in -= 1
                    continue
                break
            title = MD_LINK_RE.sub(r"\1", m["t"]).replace("**", "").strip()
            clock = LEADING_TIME_RE.match(title)
            title = clean_title(title[clock.end() :] if clock else title)
            if title:
                found.append((k, title))
            end = k + 1
        if len(found) >= 2:
            return end, found
        return 0, []
    return 0, []


def _line_heads(lines: list[str]) -> list[Cand]:
    """Short lines standing alone over a longer paragraph, three or more: unmarked headings.

    A line is one when blank lines stand around it, it holds at most ten words and ends in no
    sentence mark, it names no date, and the paragraph below it is longer than it.
    """
    top = _front_matter_end(lines)
    first = next((i for i, x in enumerate(lines) if i >= top and x.strip()), 0)
    paras: list[tuple[int, list[str]]] = []
    k = top
    while k < len(lines):
        if not lines[k].strip() or lines[k].strip() == "\f":
            k += 1
            continue
        start = k
        while k < len(lines) and lines[k].strip() and lines[k].strip() != "\f":
            k += 1
        paras.append((start, [x.strip() for x in lines[start:k]]))
    found: list[Cand] = []
    for n, (at, para) in enumerate(paras[:-1]):
        s = para[0]
        if len(para) != 1 or at == first or len(s.split()) > 10 or s.startswith(("#", "|")):
            continue
        if UNMARKED_ENTRY_END_RE.search(s) or s.endswith(":") or LIST_LINE_RE.match(s):
            continue
        if not s[:1].isupper() or AGENDA_LABEL_RE.match(s) or _header_label(s.split(":")[0]):
            continue
        if dates.find_dates(s):
            continue
        below = paras[n + 1][1]
        if len(" ".join(below)) <= len(s) or (
            len(below) == 1 and not UNMARKED_ENTRY_END_RE.search(below[0])
        ):
            continue
        found.append(Cand(at, (len(found) + 1,), clean_title(s), True, "line"))
    return found if len(found) >= 3 else []


UNMARKED_ENTRY_END_RE = re.compile(r"[.!?;,]$")


def _agenda_table_list(lines: list[str]) -> tuple[int, list[tuple[int, str]]]:
    """The titles of an agenda written as a table under its label ("## Agenda" over
    "| Item | Time (min) |"), as _agenda_list gives a list's: the topic column's cells, else
    the first column's. Only the minutes naming them again below (_listed_then_named) make
    them the items."""
    for i, line in enumerate(lines):
        s = line.strip()
        if not (AGENDA_LABEL_RE.match(s) or AGENDA_ITEMS_HEAD_RE.match(s)):
            continue
        k = i + 1
        while k < len(lines) and not lines[k].strip() and k <= i + 2:
            k += 1
        lo = k
        while k < len(lines) and lines[k].lstrip().startswith("|"):
            k += 1
        header, rows = parse_table(lines[lo:k])
        if not rows:
            return 0, []
        col = _column(
            header,
            r"thema|titel|tagesordnung|gegenstand|punkt$",
            r"topic|subject|^(?:agenda\s+)?items?$|^agenda$",
        )
        found: list[tuple[int, str]] = []
        for n, row in enumerate(rows, start=lo + 2):
            cell = row[col if col is not None else 0] if row else ""
            title = clean_title(MD_LINK_RE.sub(r"\1", cell).replace("**", "").strip())
            if title and not BREAK_RE.match(title):
                found.append((n, title))
        return (k, found) if len(found) >= 2 else (0, [])
    return 0, []


def _unmarked_agenda_list(lines: list[str]) -> tuple[int, list[tuple[int, str]]]:
    """The lines of an agenda written without list marks, as a PDF or Word export leaves it.

    "Traktandenliste" over "Begrüssung", "Verabschiedung letztes Protokoll", …, one a line up
    to the next blank line: short lines, none ending as a sentence. Only the minutes naming
    them again as lines of their own below (_listed_then_named) make them the items.
    """
    for i, line in enumerate(lines):
        if not AGENDA_LABEL_RE.match(line.strip()):
            continue
        k = i + 1
        while k < len(lines) and not lines[k].strip() and k <= i + 2:
            k += 1
        found: list[tuple[int, str]] = []
        while k < len(lines) and lines[k].strip():
            s = lines[k].strip()
            if (
                lines[k][:1].isspace()
                or len(s) > 80
                or UNMARKED_ENTRY_END_RE.search(s)
                or LIST_LINE_RE.match(s)
                or s.startswith(("#", "|"))
            ):
                return 0, []
            found.append((k, clean_title(s)))
            k += 1
        return (k, found) if len(found) >= 2 else (0, [])
    return 0, []


def _topic_words(text: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _TITLE_WORD_RE.findall(text))


def _same_topic(entry: str, heading: str) -> bool:
    """Whether a heading names an agenda entry: the same words, the one within the other,
    or half the longer words of the shorter shared ("Elect officers" / "Officers",
    "Fluggebiet Uetliberg" / "Fluggebiet Üetliberg")."""
    return _same_keys(
        norm_key(entry), _topic_words(entry), norm_key(heading), _topic_words(heading)
    )


def _same_keys(a: str, wa: frozenset[str], b: str, wb: frozenset[str]) -> bool:
    """_same_topic on titles already reduced to their keys and words."""
    if not a or not b:
        return False
    if a == b or (min(len(a), len(b)) >= 5 and (a in b or b in a)):
        return True
    shared = len(wa & wb)
    return shared >= 1 and shared * 2 >= min(len(wa), len(wb))


MAX_AGENDA_ENTRIES = 40  # a longer list under "Agenda" is no agenda of one meeting


def _listed_then_named(
    lines: list[str], body_run: list[Cand], *, unmarked: bool = False
) -> tuple[list[Cand], list[AgendaEntry]] | None:
    """Items of an agenda list whose entries the minutes name again below it.

    "## Agenda" over "- Correspondence", "- Reports", "- Events", then "#### Correspondence",
    "#### Treasurer Report", "#### Membership", "#### Events": the list names the items, the
    headings (or lines alone: "Logo/Graphic Design") that name an entry again start its
    minutes. A heading naming no entry, between two that do, opens the one entry left
    unnamed there or is a part of the item above it; headings at the items' level after the
    last named entry are items added at the meeting. Numbered headings below keep their own
    numbers (the agenda is matched to them by number elsewhere).
    """
    end, listed = _agenda_list(lines)
    if not listed:
        end, listed = _agenda_table_list(lines)
    if not listed and unmarked:
        # A page exported from Word or PDF, not Markdown (where such lines are a paragraph).
        end, listed = _unmarked_agenda_list(lines)
    if not 2 <= len(listed) <= MAX_AGENDA_ENTRIES:
        return None
    if any(
        c.idx >= end
        and c.strong
        and c.style not in ("agenda", "bold", "bullet")
        and not c.style.startswith("h")
        for c in body_run
    ):
        return None
    for c in body_run:
        if c.idx >= end and lines[c.idx].startswith("#") and match_heading(lines[c.idx]):
            return None  # "## 1. Begrüßung": numbered headings carry the items
    heads: list[tuple[int, int, str]] = []  # line, level, text
    for k in range(end, len(lines)):
        check_time()
        line = lines[k]
        if line.startswith("#"):
            level, text = _strip_md(line)
            if text:
                heads.append((k, level, text))
        elif line.strip() and not line[:1].isspace() and len(line) <= 200:
            text = line.strip().replace("**", "").rstrip(":").strip()
            if text and not AGENDA_ENTRY_RE.match(line):
                heads.append((k, 0, text))
            elif text and (m := TOP_BULLET_RE.match(line)):
                # "- Hardware Hacking" over its notes: a bullet at the margin that is an
                # entry's title alone names it as a line alone does (matched exactly below).
                heads.append((k, 0, m["t"].replace("**", "").rstrip(":").strip()))
    # "## Minutes" over every topic's "###" is a part, no topic: it names no entry.
    keys = ["" if lv and _holds_every_topic(text) else norm_key(text) for _, lv, text in heads]
    words = [_topic_words(text) if level else frozenset() for _, level, text in heads]
    anchors: dict[int, int] = {}  # entry -> position in heads
    pos = 0
    for e, (_, title) in enumerate(listed):
        key, own = norm_key(title), _topic_words(title)
        for h in range(pos, len(heads)):
            # A heading may name it in other words; a line alone must name it as listed.
            if _same_keys(key, own, keys[h], words[h]) if heads[h][1] else keys[h] == key:
                anchors[e], pos = h, h + 1
                break
    if len(anchors) < 2 or len(anchors) * 2 < len(listed):
        return None
    # The items' level: the one most of the named entries' headings have.
    levels = [heads[h][1] for h in anchors.values()]
    level = max(sorted(set(levels)), key=levels.count)
    # An entry the minutes do not name: the first other heading of the items' level between
    # its neighbours' headings opens it.
    taken = set(anchors.values())
    for e in range(len(listed)):
        if e in anchors or not level:
            continue
        lo = max((anchors[x] for x in anchors if x < e), default=-1)
        hi = min((anchors[x] for x in anchors if x > e), default=len(heads))
        free = next(
            (h for h in range(lo + 1, hi) if heads[h][1] == level and h not in taken and keys[h]),
            None,
        )
        if free is not None:
            anchors[e] = free
            taken.add(free)
    # The minutes' own heading names the topic as they took it up ("Elect officers" for the
    # listed "Officers"): when an agenda list and headings both stand, the headings' titles.
    titles = [
        clean_title(heads[anchors[e]][2]) or title
        if e in anchors and heads[anchors[e]][1]
        else title
        for e, (_, title) in enumerate(listed)
    ]
    cands = [
        Cand(heads[anchors[e]][0], (e + 1,), titles[e], True, "agenda-list")
        for e in range(len(listed))
        if e in anchors
    ]
    entries = [AgendaEntry(str(e + 1), text, titles[e]) for e, (_, text) in enumerate(listed)]
    if level:
        # Topics added at the meeting: headings of the items' level after the last named one.
        for h in range(max(anchors.values()) + 1, len(heads)):
            k, lv, text = heads[h]
            if not lv:
                continue
            if lv < level:
                break
            if lv > level:
                continue
            title = clean_title(text)
            if _not_an_item(title) or CLOSING_ENTRY_RE.match(title):
                continue
            cands.append(Cand(k, (len(entries) + 1,), title, True, "agenda-list"))
            entries.append(AgendaEntry(str(len(entries) + 1), title, title))
    cands.sort(key=lambda c: c.idx)
    return cands, entries


def _agenda_over_sections(lines: list[str], body_run: list[Cand]) -> list[Cand] | None:
    """The entries of a list under an agenda heading, when the other headings name no topic.

    "## Agenda items" over "* WholeTale coordination" / "* 2 million binders launched!" between
    "## Welcome to the Team Meeting" and "## Reports": the headings, unnumbered and none
    naming an entry again (see _listed_then_named), are the meeting's parts, not its topics.
    """
    if not body_run or any(
        not c.style.startswith("h")
        or not lines[c.idx].startswith("#")
        or match_heading(lines[c.idx])
        for c in body_run
    ):
        return None
    end, listed = _agenda_list(lines, items_head=True)
    if len(listed) < 3:
        return None
    below = [
        c.title
        for c in body_run
        if c.idx >= end and not _not_an_item(c.title) and not NEXT_LABEL_RE.match(c.title)
    ]
    if any(_same_topic(title, head) for head in below for _, title in listed):
        # "## pyopensci repo" after the list's "* pyopensci repo": the minutes' own headings
        # take the topics up, and when an agenda list and headings both stand, the headings
        # are the items.
        return None
    return [Cand(k, (n + 1,), title, True, "agenda-bullet") for n, (k, title) in enumerate(listed)]


def _headings_name_the_list(lines: list[str], run: list[Cand]) -> bool:
    """Whether unnumbered headings below a numbered list name half its entries again.

    The list is then an agenda read out in an item's minutes, the headings the items.
    """
    heads = [c for c in _unnumbered_headings(lines) if c.idx > run[-1].idx]
    if len(heads) < 2:
        return False
    named, pos = 0, 0
    for c in run:
        hit = next(
            (k for k in range(pos, len(heads)) if _same_topic(c.title, heads[k].title)), None
        )
        if hit is not None:
            named, pos = named + 1, hit + 1
    return named >= 2 and named * 2 >= len(run)


def _with_details(lines: list[str], listed: list[Cand]) -> bool:
    """Whether a quarter of a list's entries or more have indented notes below them."""
    below = [next((x for x in lines[c.idx + 1 : c.idx + 50] if x.strip()), "") for c in listed]
    return sum(1 for x in below if x[:1].isspace()) * 4 >= len(listed)


# A clock time in brackets closing a heading: "(10:07)", "(19.05 Uhr)", "(7:02 pm)".
# A clock time before a heading's title: "20:30 Finances", "19.30 Uhr Begrüßung" (not "3.20
# license reviews", a number).
CLOCK_HEAD_RE = re.compile(
    r"^(?P<t>[0-2]?\d:[0-5]\d(?:\s*Uhr)?|[0-2]?\d\.[0-5]\d\s*Uhr)\s*[-–:]?\s+(?=[^\W\d])"
)
CLOCK_TAIL_RE = re.compile(
    r"\s*\(\s*(?P<t>[0-2]?\d[:.][0-5]\d\s*(?:Uhr|h|[ap]\.?\s?m\.?)?)\s*\)\s*$", re.I
)
OPENING_ITEM_RE = re.compile(r"^" + alt("start_label") + r"\b", re.I)
# The items of the opening where minutes say how many are there: welcome, quorum, roll call.
QUORUM_ITEM_RE = re.compile(
    r"beschlussfähig|quorum|begrü(?:ß|ss)ung|eröffnung|formalia|anwesenheit|präsenz|welcome|"
    r"opening|call\s+to\s+order|roll\s+call|attendance|formalities",
    re.IGNORECASE,
)


def _opened_at(items: list[dict]) -> str | None:
    """The time the first item, the opening ("Call to order", "Eröffnung"), was taken up."""
    first = items[0] if items else None
    if first and first.get("start") and OPENING_ITEM_RE.match(first["title"]):
        return first["start"]
    return None


def _named_again(lines: list[str], listed: list[Cand]) -> bool:
    """Move each agenda entry to the line below the list that names it alone ("Tests:").

    True when half the entries or more are named again. Unless every entry is, all keep
    their place in the list, their minutes what stands under them there.
    """
    places = [c.idx for c in listed]
    pos = listed[-1].idx + 1
    for cand in listed:
        key = norm_key(cand.title)
        for k in range(pos, min(len(lines), pos + 2000)):
            s = _strip_md(lines[k])[1].replace("**", "").rstrip(":").strip()
            if s and len(s) <= len(cand.title) + 2 and norm_key(s) == key:
                cand.idx, pos = k, k + 1
                break
    named = sum(1 for c, p in zip(listed, places, strict=True) if c.idx != p)
    if named < len(listed):
        for c, p in zip(listed, places, strict=True):
            c.idx = p
    return named * 2 >= len(listed)


def _long_entries(lines: list[str], cands: list[Cand]) -> list[Cand]:
    """Add long numbered sentences that stand right above or below the next number of a list.

    "1. To confirm the minutes of the previous AGM and of any special general meeting held
    since then." over "2. To receive and consider": an AGM's agenda is written in sentences.
    Minutes written as numbered paragraphs ("1. Minutes of the 2017 AGM Upon the proposition
    of …", "2. Accounts for the year …"), each item's title and minutes in one paragraph, count
    too when the paragraphs' numbers follow each other.
    """
    by_idx = {c.idx: c for c in cands}
    numbered: list[tuple[Cand, bool]] = []  # (candidate, is a paragraph of its own)
    added = set()
    for i, line in enumerate(lines):
        if i in by_idx:
            c = by_idx[i]
            if not c.strong and len(c.title) > 80 and not c.rest:
                # "1. Minutes of the 2017 AGM Upon the proposition of …": a paragraph.
                title, rest = _split_paragraph(c.title)
                if len(c.title) > 160 or rest.startswith(SENTENCE_START):
                    c.title, c.rest = title, rest
            numbered.append((c, False))
            continue
        if not line[:1].isdigit() or len(line) > LONG_PARAGRAPH:
            continue
        c = match_heading(_paragraph_head(line), long_ok=True)
        if c is None or c.strong or len(c.num) != 1:
            continue
        c.idx = i
        numbered.append((c, i == 0 or not lines[i - 1].strip()))
        added.add(i)
    if not added:
        return cands
    keep = []
    for k, (c, para) in enumerate(numbered):
        if c.idx not in added:
            continue
        i = c.idx
        nxt = next((x for x in range(i + 1, min(i + 4, len(lines))) if lines[x].strip()), None)
        prv = next((x for x in range(i - 1, max(i - 4, -1), -1) if lines[x].strip()), None)
        before = numbered[k - 1] if k else None
        after = numbered[k + 1] if k + 1 < len(numbered) else None
        if (
            (nxt in by_idx and by_idx[nxt].num == (c.num[0] + 1,))
            or (prv in by_idx and by_idx[prv].num == (c.num[0] - 1,))
            or (para and before and before[1] and before[0].num == (c.num[0] - 1,))
            or (para and after and after[1] and after[0].num == (c.num[0] + 1,))
        ):
            full = NUM_RE.match(lines[i].strip())
            if full and len(full["t"]) > 80:
                title, rest = _split_paragraph(full["t"])
                if len(full["t"]) > 120 or rest.startswith(SENTENCE_START):
                    c.title, c.rest = title, rest
            keep.append(c)
    return sorted(cands + keep, key=lambda c: c.idx) if keep else cands


LONG_PARAGRAPH = 4000  # a numbered paragraph longer than this is no item's opening


def _paragraph_head(line: str) -> str:
    """The start of a long numbered paragraph, short enough to be read as a heading."""
    if len(line) <= 220:
        return line
    head = line[:200]
    return head[: head.rfind(" ")] if " " in head else head


# A word that opens a sentence, not a title: "Accounts for the year The audited accounts …".
SENTENCE_OPENER_RE = re.compile(
    r"\s(?=(?:The|This|These|There|It|We|Upon|On|In|At|After|As|Following|"
    r"Der|Die|Das|Es|Wir|Nach|Alle|Im|Am|Zu|Zum|Zur|[a-h]\))\s)"
)


SENTENCE_START = (
    "The ", "This ", "These ", "There ", "It ", "We ", "Upon ", "Der ", "Die ", "Das ", "Es ",
    "Wir ",
)  # fmt: skip


def _split_paragraph(text: str) -> tuple[str, str]:
    """A numbered paragraph's title and the rest, its minutes.

    The title ends where a sentence opens ("Accounts for the year The audited …"), at the end
    of the first sentence, or after ten words; a title cut short leaves the whole paragraph
    to the minutes.
    """
    first = re.split(r"(?<=[a-z)])[.:;!?](?=\s)", text, maxsplit=1)[0]
    opener = SENTENCE_OPENER_RE.search(first)
    if opener and 1 <= len(first[: opener.start()].split()) <= 10:
        return first[: opener.start()], text[opener.end() :].strip()
    words = first.split()
    if len(words) <= 10:
        return first, text[len(first) :].strip(" .:;")
    return " ".join(words[:10]), text


def _numbered_without_dots(runs: list[list[Cand]]) -> list[list[Cand]]:
    """Keep a run numbered without dots ("1 Apologies") only when it counts to three or more."""
    return [r for r in runs if len(r) >= 3 or any(c.style != "num0" for c in r)]


BULLET_START_RE = re.compile(r"^\s*[-*+•]\s+\S")


def _under_a_bullet(lines: list[str], run: list[Cand]) -> bool:
    """Whether a run's numbers are all indented and the line they hang from is a bullet."""
    if not all(c.style.endswith("-in") for c in run):
        return False
    i = run[0].idx
    indent = len(lines[i]) - len(lines[i].lstrip())
    for k in range(i - 1, max(-1, i - 30), -1):
        s = lines[k]
        if s.strip() and len(s) - len(s.lstrip()) < indent:
            return bool(BULLET_START_RE.match(s))
    return False


def _topic_heading(text: str) -> bool:
    """Whether a heading names a topic, not a part of the minutes, their title or a date."""
    return not (
        _not_an_item(text)
        or AGENDA_SECTION_RE.match(text)
        or TITLE_LIKE_RE.search(text)
        or dates.find_dates(text)
    )


def _inside_a_topic(lines: list[str], run: list[Cand]) -> bool:
    """Whether a numbered list stands inside the section of a heading that names a topic.

    "## Problem" over "1. Objects placed twice …", "2. Much duplicated code …", then "##
    Ansatz / Entwurf": a list that ends before the next heading of its section's level is the
    section's content when another heading of that level names a topic too; the headings
    carry the items.
    """
    if any(c.strong or not c.style.startswith(("num", "roman")) for c in run):
        return False
    above = next((k for k in range(run[0].idx - 1, -1, -1) if lines[k].startswith("#")), None)
    if above is None:
        return False
    level, text = _strip_md(lines[above])
    if not level or not _topic_heading(text):
        return False
    below = next(
        (
            k
            for k in range(above + 1, len(lines))
            if lines[k].startswith("#") and 0 < _strip_md(lines[k])[0] <= level
        ),
        None,
    )
    if below is None or below < run[-1].idx:
        return False  # the list runs on to the end or past the section: not its content
    return any(
        k != above
        and x.startswith("#")
        and _strip_md(x)[0] == level
        and _topic_heading(_strip_md(x)[1])
        for k, x in enumerate(lines)
    )


def _spaced(run: list[Cand], lines: float = 4) -> bool:
    """Whether a run's items stand apart with text between them (minutes, not a list)."""
    gaps = [b.idx - a.idx for a, b in zip(run, run[1:], strict=False)]
    return bool(gaps) and sum(gaps) / len(gaps) > lines


def _nested(inner: list[Cand], outer: list[Cand]) -> bool:
    """Whether a run restarts at 1 between two items of another and ends before the next."""
    if inner is outer or len(outer) < 2:
        return False
    lo, hi = inner[0].idx, inner[-1].idx
    return any(a.idx < lo and hi < b.idx for a, b in zip(outer, outer[1:], strict=False))


def _choose_runs(runs: list[list[Cand]]) -> tuple[list[Cand], list[Cand] | None]:
    if not runs:
        return [], None
    # A list numbered from 1 inside an item (a letter's points, a report's list) is no run of
    # items, however long it is.
    outer = [r for r in runs if not any(_nested(r, o) for o in runs if len(o) >= 3)] or runs
    body = max(outer, key=lambda r: (len(r), r[0].idx))
    # Items with minutes between them are the body; a later run that restarts at 1 is a
    # report attached after the minutes ("Academic Programs Committee notes: 1 …").
    # Both are numbered headings of one style ("## 1 Attendance" … "## 1 First year").
    style = body[0].style
    minutes = [
        r
        for r in runs
        if style.startswith("h")
        and all(c.style == style for c in r)
        and _spaced(r, 6)
        and len(r) >= max(2, len(body) / 2)
    ]
    if minutes and minutes[0][0].idx < body[0].idx:
        body = minutes[0]
    # An agenda list is followed by the same numbers as headings: the later run is the body.
    later = [r for r in runs if r[0].idx > body[-1].idx and len(r) >= max(2, len(body) / 2)]
    if later and not _spaced(body):
        body = max(later, key=lambda r: (len(r), r[0].idx))
    before = [r for r in runs if r[-1].idx < body[0].idx and len(r) >= 2]
    agenda = max(before, key=len) if before else None
    return body, agenda


# A heading's own number as its writer set it, irregular ones included: "TOP 8-13:",
# "4.", "n." (the last one, whatever its number), "Top 4 -".
OWN_NUMBER_RE = re.compile(
    r"^(?:(?:" + alt("item") + r")\s*)?(?:(?P<n>\d{1,2})(?:\s*[-–]\s*\d{1,2})?|[nNxX](?=[.)]))"
    r"(?![\d.]\d)[.):]?\s*(?:[:.)\-–—]\s*)?(?=\S)"
)


def _same_level_items(lines: list[str], run: list[Cand]) -> tuple[list[Cand], list[Cand]]:
    """A run of numbered headings with the headings of their level whose numbers do not fit.

    "## 4. Sommerfest" then "## 4. StuKo", "## TOP 8-13: Ausschüsse" then "## TOP 14",
    "## n. Sonstiges", or "### Weiterentwicklung" after "### 6 - Neuer Vorstand": a heading
    of the items' level, in their style, is the next item whatever number its writer gave
    it; the numbering slipped, the structure did not. A heading above their level ends
    them; one that names a part of the minutes (attendance, tasks) is none, the next
    meeting's is an item like any other.
    Numbers that no longer rise are counted on from the item before; those items are
    returned second, for a notice.
    """
    tops = [c for c in run if len(c.num) == 1]
    if len(tops) < 3:
        return run, []
    level = len(lines[tops[0].idx]) - len(lines[tops[0].idx].lstrip("#"))
    if not level or any(not lines[c.idx].startswith("#" * level + " ") for c in tops):
        return run, []
    taken = {c.idx: c.num[0] for c in tops}
    style = tops[0].style
    found: list[Cand] = []
    written = tops[0].num[0]  # the number the item before was written with
    for i in range(tops[0].idx + 1, len(lines)):
        line = lines[i]
        if i in taken:
            written = taken[i]
            continue
        if not line.startswith("#"):
            continue
        hashes, text = _strip_md(line)
        if not hashes or hashes > level:
            continue
        if hashes < level:
            break
        own = OWN_NUMBER_RE.match(text)
        if own is None and i < tops[-1].idx:
            continue  # an unnumbered heading between numbered ones is a part of an item
        title = text[own.end() :] if own else text
        cand = match_heading(line)
        if cand is not None and len(cand.num) > 1:
            continue  # "## 4.1 …" at the items' level is still a part of item 4
        if CLOSING_ENTRY_RE.match(title) or states.CLOSING_LINE_RE.match(title):
            # The closing ("## Unterschriften", "## Ende der Sitzung"): what follows it is an
            # appendix ("# Glossar"), no item.
            break
        if not title or _not_an_item(title) or BREAK_RE.match(title):
            continue
        number = (int(own["n"]),) if own and own["n"] else (0,)
        if number[0] and number[0] < written:
            if i > tops[-1].idx:
                break  # "## 1 Report part 1" after the last item: a numbering of its own
            continue
        written = max(written, number[0])
        found.append(Cand(i, number, clean_title(title), True, style))
    if not found:
        return run, []
    merged = sorted(run + found, key=lambda c: c.idx)
    last, moved, renumbered = tops[0].num[0] - 1, {}, []
    for c in merged:
        if len(c.num) > 1:
            # "4.1" under the item renumbered from 4 follows it.
            c.num = (moved.get(c.num[0], c.num[0]), *c.num[1:])
            continue
        if c.num[0] <= last:
            moved[c.num[0]] = last + 1
            c.num = (last + 1,)
            renumbered.append(c)
        else:
            moved.pop(c.num[0], None)
        last = c.num[0]
    return merged, renumbered


def _under_a_todo_label(lines: list[str], run: list[Cand]) -> bool:
    """Whether a numbered list stands right under a to-do label ("TODO:", "Action items:",
    "Aufgaben:") that is no heading: the tasks of the meeting, not its topics."""
    if any(lines[c.idx].startswith("#") for c in run):
        return False
    above = next((lines[k].strip() for k in range(run[0].idx - 1, -1, -1) if lines[k].strip()), "")
    bare = above.replace("**", "").replace("__", "").strip()
    return bare.endswith(":") and not bare.startswith("#") and tasks.is_section(bare)


def _next_meetings_agenda(lines: list[str], run: list[Cand]) -> bool:
    """Whether a numbered list stands under the next meeting's heading or label.

    "## Next Meeting" / "Nov. 3rd, 5 pm" / "TOP:" over "1. Monthly update", "2. Conferences",
    or "Nächste Sitzung am 4. Mai, Tagesordnung:" over its list: the topics of a meeting to
    come, not of this one. Looks back from the list to the heading above it, or a few lines.
    """
    if any(lines[c.idx].startswith("#") for c in run):
        return False
    seen = 0
    for k in range(run[0].idx - 1, -1, -1):
        s = lines[k].strip()
        if not s:
            continue
        seen += 1
        if NEXT_LABEL_RE.match(s.replace("**", "").replace("__", "")):
            return True
        if s.startswith("#") or seen >= 6:
            return False
    return False


# "Berg, Anna", "van Dijk, Jan", "Clausen, Dr. Bernd": one person, the family name first.
SURNAME_FIRST_RE = re.compile(
    r"^(?:(?:von|van|de|zu)\s+)?[A-ZÄÖÜ][\w'’-]+,\s*(?:(?:Dr|Prof)\.\s*)?[A-ZÄÖÜ][\w'’.-]+"
    r"(?:\s+[A-ZÄÖÜ][\w'’.-]+)?(?:\s*\([^()]*\))?$"
)


def _given_first(entry: str) -> str:
    """ "Berg, Anna (Vorsitz)" -> "Anna Berg (Vorsitz)"."""
    family, _, given = entry.partition(",")
    given, paren, note = given.strip().partition("(")
    return f"{given.strip()} {family.strip()}" + (f" ({note}" if paren else "")


def _split_outside_parens(text: str, seps: str = ",;") -> list[str]:
    out, depth, cur = [], 0, ""
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if ch in seps and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return [x.strip() for x in out if x.strip()]


# The words each pattern needs ("present", "anwesend", …): most lines hold none of them.
_ATTENDANCE_SENTENCE_NEEDS = Needs(ATTENDANCE_SENTENCE_RE)
_ATTENDANCE_COLON_NEEDS = Needs(ATTENDANCE_COLON_RE)
_PARTICIPANTS_NEEDS = Needs(PARTICIPANTS_RE)
_PARTICIPANTS_HEAD_NEEDS = Needs(PARTICIPANTS_HEAD_RE)


def _participants(lines: list[str]) -> tuple[int | None, list[dict]]:
    count: int | None = None
    people: list[dict] = []
    extra = 0  # those counted but not named ("4 members of the public")
    # The members counted by a label ("Anwesende Mitglieder: 28"), and the guests beside them
    # under a label of their own, counted ("Anw. Gäste: 1") or named ("Gäste: Max Gotz").
    members_counted = False
    guests_in_count = False  # the members' count line names guests too ("12 und 2 Gäste")
    guests_counted = 0
    named_guests = 0
    firms = False  # a list of "Name, Firm" lines seen: the next lists are written alike
    table_end = 0  # the lines of an attendance table read as a whole
    for i, line in enumerate(lines):
        if i < table_end:
            continue
        if line.lstrip().startswith("|") and (table := _attendance_table(lines, i)):
            # "| Name | Role | Present |" / "| Anna Berg | Chair | x |", "| Present | Absent |".
            listed, table_end = table
            people.extend(
                p for e in listed if (p := names.parse_person(e.replace("*", "").strip()))["name"]
            )
            continue
        if line.lstrip().startswith("|"):
            label = plain_row(line)  # "| Attendees: | Anna, Ben |" in a header table
            first = next((c for c in table_cells(line) if c), "")
            if (
                " " in first
                and (one := LABEL_THEN_NAMES_RE.match(first))
                # two people or more: "| Anwesende Personen | … |" is the label alone
                and (
                    ("," in one["rest"] and _names_only(one["rest"]))
                    or names.run_of_names(one["rest"])
                )
            ):
                # "| Anwesend Anna Berg, Jonas Klein | Protokoll: Lea |": label and names in
                # one cell; the cell beside it is another field's.
                label = f"Anwesend: {one['rest']}"
        else:
            label = unmark(_strip_md(line)[1])
            if label[:1] in "*_" and (em := ITALIC_LINE_RE.fullmatch(label)):
                label = em.group(2)  # "_Roll Call: Andrew R., James, …_": a line in italics
        low = label.lower()  # once a line: the tests below all look at it in lower case
        folded = fold_lower(low)
        read = label
        att = (
            _ATTENDANCE_SENTENCE_NEEDS(label, folded) and ATTENDANCE_SENTENCE_RE.match(label)
        ) or (_ATTENDANCE_COLON_NEEDS(label, folded) and ATTENDANCE_COLON_RE.match(label))
        if att and LIST_INTRO_RE.match(label):
            att = None  # "The following members were present.": the list below names them
        if att and att.re is ATTENDANCE_COLON_RE and att["n"]:
            count = int(att["n"])  # "present (9/11):" states the number
        if att:
            # "Daniel, Braden and Sri were in attendance": the same as "Present: …".
            label = "Present: " + re.sub(r",?\s+(?:and|und)\s+", ", ", att["names"])
        elif (
            not line.lstrip().startswith("|")
            and holds_any(low, ("were", "teil", "anwesend", "attended"))
            and (verb := _attendance_verb(label))
        ):
            label = verb  # "Present at the meeting were …", "Es nahmen teil: …"
        if label is not read:
            folded = fold_case(label)
        # The label words both patterns need, looked for once in the folded line.
        m = PARTICIPANTS_RE.match(label) if _PARTICIPANTS_NEEDS(label, folded) else None
        if (
            not m
            and people
            and (part := HYBRID_LABEL_RE.match(label))
            and _names_or_handles(part["rest"])
        ):
            # "Attendees: ko1, akr" / "On-line: matz, nobu", "Anwesend: …" / "Online: …": those
            # who joined remotely, in a block of their own below the list of those there.
            m = part
        if not m and _attendance_head(line, label, folded):
            # "## Anwesende", "**Present**:", "Anwesende Mitglieder" alone on its line: the
            # list follows on the next lines.
            m = re.match(r"(?P<rest>)", "")
        if not m:
            continue
        rest = m["rest"].strip()
        if rest and line.lstrip().startswith("|"):
            # "| Present | Anna Berg |" / "| | Ben Keller |": rows without a label go on with
            # the list of the row above them, as Word tables set one name a row.
            own = table_cells(line)
            col = next((c for c in range(1, len(own)) if own[c]), None)
            k = i + 1
            while col is not None and k < len(lines) and lines[k].lstrip().startswith("|"):
                cells = table_cells(lines[k])
                if is_table_separator(lines[k]):
                    k += 1
                    continue
                # Only the value's column filled, and with a name ("| | | Action |" is a head).
                filled = [c for c, x in enumerate(cells) if x]
                if filled != [col] or not names.looks_like_name(cells[col].split("(")[0].strip()):
                    break
                rest += ", " + cells[col]
                k += 1
            table_end = max(table_end, k)
        if ROLL_REST_RE.match(rest):
            rest = ""  # "Roll Call – Members Present": the label goes on, the names follow
        below = i + 1  # where the list below the label starts
        if not rest:
            first = next(
                (k for k in range(i + 1, min(i + 6, len(lines))) if lines[k].strip()), None
            )
            if first is not None and LIST_INTRO_RE.match(_strip_md(lines[first])[1]):
                # "Es sind 19 Teilnehmer anwesend:" / "The following … were present.": a sentence
                # between the heading and its list.
                below = first + 1
                first = next(
                    (k for k in range(below, min(below + 4, len(lines))) if lines[k].strip()), None
                )
            if first is not None and wrapped_names(lines[first]):
                # "Anwesende" / "Martin Herren, Jonas Augé, …," / "Christoph Thomen, …": the
                # names run on over the lines as a label's list does on its own line.
                rest, below = lines[first].strip(), first + 1
        grouped = ""
        if (g := GROUP_NAMES_RE.match(rest)) and _group_of_names(g):
            # "Anwesende: ProjektpartnerInnen: Andrea Böhnisch, …" / "Betreuer: …" /
            # "Gruppenmitglieder: …": the label opens groups, each on its line.
            grouped, rest = rest, ""
        raw = rest
        rest = attendance_text(rest, lines[below : below + MAX_LIST_LINES])
        num = label_count(rest)
        if num is not None and (whole := label_count(raw)) is not None and whole > num:
            num = whole  # "12, Gäste: 3": the guests' own label, read before the list is joined
        guests = GUESTS_LABEL_RE.match(label) is not None
        if num is not None and not UNNAMED_RE.match(rest):
            # "Anwesend: 8 Mitglieder" / "3 Gäste": another group counted on the line below.
            num += others_below(lines, i) if raw else 0
            if guests:
                # "Anw. Mitglieder: 8" / "Anw. Gäste: 1": the guests' own count adds to the
                # members' count, above or below it.
                guests_counted += num
                count = count + num if members_counted else num
            else:
                count = num + guests_counted
                members_counted = True
                guests_in_count = GUESTS_WORD_RE.search(rest) is not None
            continue
        if BOUND_COUNT_RE.search(rest):
            count = UNCOUNTED  # "Attendees: almost 30 people": a bound, no number
            continue
        if _GROUP_TAIL_NEEDS(rest) and GROUP_TAIL_RE.search(rest):
            # "Attending: Doug Blik, Ann Jewett and residents of China Falls": some of those
            # there are not named and not counted, so the list gives no number.
            count = UNCOUNTED
        if re.match(r"^(?:siehe|s\.|vgl\.)", rest, re.I):
            continue
        if not rest and SEE_ELSEWHERE_RE.match(
            next((x.strip() for x in lines[below : below + 3] if x.strip()), "")
        ):
            continue  # "## Teilnehmende" / "siehe Anhang A": the list is not in the document
        if EVERYONE_PRESENT_RE.match(rest):
            continue  # "Anwesend: alle": everyone, no number
        entries: list[str] = _split_outside_parens(rest) if rest else []
        if len(entries) == 1 and line.lstrip().startswith("|"):
            if len(listed := form_tables.cell_bullets(entries[0])) >= 2:
                # "| Anwesend | ▪ Anna Berg ▪ Jonas Klein |": a Word list in the cell, its line
                # breaks lost in a PDF, its bullets kept.
                entries = listed
            elif run := names.run_of_names(entries[0]):
                # "| Anwesend | Anna Berg Jonas Klein (Protokoll) Lea Hoffmann |": a Word cell
                # with one person a line, or a PDF's, read as one line; two words a name.
                entries = run
        if ";" in rest and all(SURNAME_FIRST_RE.match(x) for x in _split_outside_parens(rest, ";")):
            # "Berg, Anna; Clausen, Bernd": a person a part, the family name first.
            entries = [_given_first(x) for x in _split_outside_parens(rest, ";")]
        if rest and PERSON_LINE_RE.match(rest):
            # "Present: Ms J Murfitt (…)" / "" / "Mr B Harrison (…)": one person a paragraph.
            for nxt in lines[i + 1 : i + 120]:
                s = nxt.strip()
                if not s:
                    continue
                if not PERSON_LINE_RE.match(s) or match_heading(s):
                    break
                entries.append(s)
        if not rest:
            seen = False
            affiliated: bool | None = firms or None  # "Name, Firm" lines, once looked at
            bulleted = False  # the list opens with a bullet
            said_list = False  # a meeting bot's nicks with their lines said ("* jo (52)")
            away = False  # under a group heading of those absent ("### Entschuldigt")
            level = _heading_level(line)
            table_stop = 0  # the rows of an attendance table read as a whole
            window = ([grouped] if grouped else []) + lines[below : i + 200]
            for k, nxt in enumerate(window):
                s = nxt.strip()
                if not s:
                    # Word writes a blank paragraph gap between list items: a bullet list
                    # goes on after a gap while the next line is a bullet again.
                    at = next((j for j in range(k + 1, len(window)) if window[j].strip()), None)
                    ahead = window[at].strip() if at is not None else ""
                    if seen and not (
                        content.BULLET_RE.match(window[k - 1].strip() if k else "")
                        and content.BULLET_RE.match(ahead)
                        and _name_like_entry(content.BULLET_RE.sub("", ahead))
                    ):
                        if not (
                            _group_heading(ahead, level)
                            or (at is not None and _group_label_alone(window, at) is not None)
                            or (k and _group_label_alone(window, k - 1) is not None)
                            or QUORUM_LINE_RE.match(ahead)
                            or _group_heading(window[k - 1], level)
                            or NOTE_LINE_RE.match(window[k - 1].strip())
                            or (_group_line(window[k - 1]) and _group_line(ahead))
                            or (_person_line(window[k - 1]) and _person_line(ahead))
                        ):
                            break
                    continue
                if s.startswith(("//", "<!--")):
                    # "__Teilnehmer:__" / "//Tabellarisch oder Aufzählung …": a template's
                    # comment (AsciiDoc, HTML) between the label and its names is no one.
                    continue
                if _group_heading(s, level):
                    # "## Attendees" / "### Voting Members" … "### Observers", "### Anwesenheit"
                    # / "##### Team": lower headings group those present; each group counts.
                    away = bool(ABSENT_RE.match(_strip_md(s)[1]))
                    continue
                if QUORUM_LINE_RE.match(s) or NOTE_LINE_RE.match(s):
                    continue  # "Quorum: ✅", "Note: Observers who …" between the groups
                if (alone := _group_label_alone(window, k)) is not None:
                    # "**Projektteam:**", "FAR-Mitglieder:", "For the Scala Center:" over the
                    # names of one group of those present; "Not present:" over those away.
                    away = bool(ABSENT_RE.match(alone) or AWAY_WORD_RE.search(alone))
                    continue
                if away:
                    continue
                bare = content.BULLET_RE.sub("", s).replace("**", "").replace("__", "")
                if PARTICIPANTS_RE.match(bare):
                    break  # "Present: …", "**Members:**" under "Attendance": read on its own
                if (roll := ROLL_ROW_RE.match(bare)) and not s.startswith("|"):
                    # "Roll call:" / "Anna Berg: present" / "Ben Keller: absent": one a line.
                    seen = True
                    if roll["state"].lower() in ("here", "present", "anwesend"):
                        entries.append(roll["who"])
                    continue
                group = GROUP_NAMES_RE.match(bare)
                if group and not s.startswith("|") and ABSENT_RE.match(group["label"]):
                    seen = True  # "Missing: Jonathan, Josh", "Entschuldigt: Eva": not there
                    continue
                if group and not s.startswith("|") and _name_and_firm(group["names"]):
                    # "Meeting chair pro tem: John Mertic, Linux Foundation": one person.
                    seen = True
                    entries.append(_split_outside_parens(group["names"])[0])
                    continue
                if group and not s.startswith("|") and _group_of_names(group):
                    # "Council: Carol, Mark, Mara" / "Observers: TC, Niko" under "## Attendance":
                    # each group's names count.
                    seen = True
                    entries.extend(_split_outside_parens(group["names"]))
                    continue
                if PARTICIPANTS_RE.match(bare) or (
                    content.LABEL_RE.match(bare) and not s.startswith("|")
                ):
                    break
                if (said := SAID_LINES_RE.match(s)) and (said_list or _said_lines(window[k:])):
                    # "People present (lines said)" / "* delcypher (137)" / "2. joe_____ (60)": an
                    # IRC meeting bot's list, one nick a line with the lines it said; a nick is
                    # whatever its owner chose ("chairperson", "Guest98982"), no office or word.
                    seen = said_list = True
                    people.append({"name": said["who"], "honorific": None, "organisation": None})
                    continue
                numbered = NUMBERED_PERSON_RE.match(s)
                if numbered and (seen or _numbered_people(window[k:])):
                    # "## Attendees" / "1. Rey Arellano, Assistant City Manager" / "2. …": a
                    # numbered list of people, not the minutes' items; one person a line, the
                    # role after the name.
                    seen = True
                    entries.append(_PERSON_HEAD_RE.split(s[numbered.end() :], maxsplit=1)[0])
                    continue
                if match_heading(s) or s.startswith("#"):
                    break
                bullet = content.BULLET_RE.match(s) is not None
                if bulleted and not bullet and not nxt[:1].isspace() and ":" in s:
                    # "members:" / "- Neal Wright" / "quorum: satisfied": a bulleted list ends
                    # where its bullets do (a data block's next key, a label of its own).
                    break
                if not seen:
                    bulleted = bullet
                seen = True
                s = content.BULLET_RE.sub("", s)
                box = CHECKBOX_RE.match(s)
                if box:
                    # A roll call as a task list: only the ticked boxes were there.
                    if not box["x"].strip():
                        continue
                    s = s[box.end() :]
                if bullet and "," in s and affiliated is None:
                    affiliated = firms = _affiliated_list(window[k:])
                if bullet and "," in s and affiliated:
                    # "- Mark Post, SUSE" / "- Gordon Bradley, Autodesk": one person a line,
                    # the firm after the comma.
                    entries.append(_split_outside_parens(s)[0])
                    continue
                if s.startswith("|") and k < table_stop:
                    continue  # a row of an attendance table read as a whole
                if s.startswith("|") and (table := _attendance_table(window, k)):
                    # "## Anwesenheit" over "| Name | Funktion | anwesend |": the rows marked.
                    listed, table_stop = table
                    entries.extend(listed)
                    continue
                if s.startswith("|"):
                    cells = table_cells(s)
                    if is_table_separator(s) or cells[0].lower() in ("name", "person"):
                        continue
                    if any(AWAY_CELL_RE.match(c) for c in cells[1:]):
                        continue  # "| Jim Taylor | President | Absent |": not there
                    filled = [c for c in cells if c]
                    if len(filled) >= 2 and all(names.looks_like_name(c) for c in filled):
                        entries.extend(filled)  # "| Jonathan Tustin | Barbara Hollins |": a grid
                        continue
                    s = f"{cells[0]} ({cells[1]})" if len(cells) > 1 and cells[1] else cells[0]
                    entries.append(s)
                elif "(" not in s and _name_list(s):
                    entries.extend(_split_outside_parens(s))
                elif (
                    "(" in s
                    and _name_list(bare_names := _BRACKETED_RE.sub("", s).strip().rstrip(","))
                    and not _OFFICE_WORD_RE.search(bare_names)
                ):
                    # "Felix Kupferschmidt (bis 11:55 Uhr), Katrin Lumpe (Remote), Klaus
                    # Lütkebohle": names with notes in brackets, split as after "Anwesend:".
                    entries.extend(_split_outside_parens(s))
                else:
                    entries.extend(_split_outside_parens(s, ";") if "(" in s else [s])
            if entries and window:
                # "13 people in total", "Insgesamt 14 Teilnehmende" right below the list: the
                # number stated wins over the names listed.
                tail = [x.strip() for x in window[k : k + 6] if x.strip()][:2]
                total = next((t for x in tail if (t := TOTAL_RE.match(plain_row(x)))), None)
                if total is not None:
                    count = int(total["a"] or total["b"] or total["c"])
        for n, e in enumerate(entries):
            e = e.replace("*", "").strip()
            if (
                n
                and OFFICE_RE.match(_BRACKETED_RE.sub("", e).strip(" ."))
                and not OFFICE_RE.match(_BRACKETED_RE.sub("", entries[n - 1]).strip(" .*"))
            ):
                # "Judith Taylor, Clerk", "Alan Holzer, Chair (AHol)": an office after a name
                # is that person's, no one else.
                continue
            unnamed = UNNAMED_RE.search(e)
            if unnamed:
                # "Borough Councillor Mr. C Sampson. 4 members of the public"
                extra += _unnamed_number(unnamed["n"])
                e = (e[: unnamed.start()] + e[unnamed.end() :]).strip(" .;")
                e = _JOINED_TAIL_RE.sub("", e).strip(" .;,")
                if not e:
                    continue
            roll = ROLL_ROW_RE.match(e)
            if roll:
                if roll["state"].lower() not in ("here", "present", "anwesend"):
                    continue
                e = roll["who"]
            if (
                NOBODY_RE.match(e)
                or NOBODY_LEAD_RE.match(e)
                or EVERYONE_PRESENT_RE.match(e)
                or e.endswith(":")
            ):
                continue  # "Gäste: keine", "Guests: none", a form's "Institution:" column
            if GROUP_ENTRY_RE.match(e) or LOWER_WORDS_RE.match(_BRACKETED_RE.sub("", e).strip()):
                continue  # "- Vorstandsmitglieder" over its names, "Additional members", "</details>"
            if (
                (note := _NOTE_AFTER_DASH_RE.search(e))
                and _named_first(_BRACKETED_RE.sub("", e[: note.start()]).strip())
                and re.search(r"\b[a-zäöüß]{2,}", e[note.end() :])
            ):
                # "Dirk-Willem van Gulik (ASF) -- arrived 30 mins late", "Anna Berg – kam
                # später": a note on the person after a dash.
                e = e[: note.start()].strip()
            if _clause(e.split(",")[0]):
                # "Anwesenheit: Anna, Bernd; Die anderen haben Urlaub"; not "Anna Berg, chair
                # of the meeting" (a person and her role).
                continue
            p = names.parse_person(e)
            if not (p["name"] and len(p["name"].split()) <= 6):
                # "Mark Boorer (_TSC_) - Industrial Light & Magic": the name before role and firm.
                short = re.split(r"\s[-–—]\s|,", re.sub(r"\([^)]*\)", "", e))[0].strip()
                p = names.parse_person(short) if short else p
            if p["name"] and len(p["name"].split()) <= 6:
                people.append(p)
                if guests and names.looks_like_name(p["name"]):
                    named_guests += 1
    # A person named in two groups ("### Voting Members" and "### Observers") was there once.
    named: set[str] = set()
    once = []
    for p in people:
        key = " ".join(p["name"].casefold().split())
        if " " in key and key in named:
            continue
        named.add(key)
        once.append(p)
    people = once
    if extra and count is None:
        count = len(people) + extra
    if members_counted and named_guests and not guests_counted and not guests_in_count:
        # "Gäste: Max Gotz" over "Anwesende Mitglieder: 28": the guests named beside the
        # members counted were there too (28 + 1).
        count += named_guests
    return count, people


# The label of those there as guests beside the members: "Gäste:", "Anw. Gäste:", "Guests:",
# "Visitors:", "Zu Gast:"; their number or their names add to the members' count.
GUESTS_LABEL_RE = re.compile(
    r"^(?:(?:Anwesende|Anw\.|Weitere|Other|Special|Invited)\s+)?(?:Gäste|Guests?|Visitors?|"
    r"Besucher(?:innen)?|(?:Zu|Als)\s+Gast)\b",
    re.IGNORECASE,
)
# A count of those there that speaks of guests or of a total: the named guests are in it.
GUESTS_WORD_RE = re.compile(
    r"\b(?:Gäste|Gast|Gästen|guests?|visitors?|Besucher\w*|inkl\.?|inklusive|einschließlich|"
    r"including|includes|davon|insgesamt|total|gesamt)\b",
    re.IGNORECASE,
)


# A block of those who joined a hybrid meeting from elsewhere, below the list of those there.
HYBRID_LABEL_RE = re.compile(
    r"^(?:On-?line|Remote|Remotely|Virtual|Virtually|Dial-?in|By\s+(?:phone|video)|In\s+person|"
    r"Vor\s+Ort|Zugeschaltet|Per\s+(?:Video|Telefon)|Telefonisch|Digital)\s*:\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_HANDLE_RE = re.compile(r"@?[A-Za-z][\w.-]{1,30}")


def _names_or_handles(text: str) -> bool:
    """Whether text is names or handles apart by commas ("matz, nobu", "Anna Berg, @ko1")."""
    parts = [x.strip() for x in re.split(r",|\s+(?:and|und)\s+", text.strip().rstrip("."))]
    return bool(parts) and all(
        x and (_HANDLE_RE.fullmatch(x) or people.names_only(x)) for x in parts
    )


# A column that says who was there: "| Name | Role | Present |", "| Mitglied | anwesend |".
PRESENCE_HEAD_RE = re.compile(r"^" + alt("present", "presence_head") + r"\s*\??$", re.IGNORECASE)
# A cell in that column that says the row's person was there.
PRESENT_CELL_RE = re.compile(
    r"^(?:x|✓|✔|✔️|☑|☒|✅|yes|y|ja|j|present|anwesend|here|da|1|\+|online|remote|virtual|"
    r"in\s+person|vor\s+ort|digital|zoom|teilweise|partly|part|late|später|\(x\))\W*$",
    re.IGNORECASE,
)
# The column with the person's name, and the given name's column beside the family name's.
NAME_HEAD_RE = re.compile(
    r"^(?:name|names|nachname|surname|family\s+name|person|member|mitglied|teilnehm\w*|"
    + alt("attendee")
    + r"|wer|who)$",
    re.IGNORECASE,
)
# A first column headed by the word for those there: its cells are their names.
PEOPLE_HEAD_RE = re.compile(r"^" + alt("attendee") + r"$", re.IGNORECASE)
GIVEN_HEAD_RE = re.compile(r"^(?:vorname|first\s+name|given\s+name|forename)$", re.IGNORECASE)
MAX_TABLE_ROWS = 200


def _attendance_table(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """The names a table of attendance at line i gives, and the index after it, or None.

    Two shapes: a column that says who was there ("| Name | Role | Present |" with "x", "yes",
    "✓" or nothing in it: only the rows marked count), or columns headed by who they list
    ("| Present | Absent |", "| Anwesend | Entschuldigt | Gäste |": the names under the heads
    of those there count, those under the heads of those away do not).
    """
    if i + 1 >= len(lines) or not is_table_separator(lines[i + 1]):
        return None
    head = [c.replace("**", "").replace("__", "").strip(" :*") for c in table_cells(lines[i])]
    end = i + 2
    while end < len(lines) and end < i + 2 + MAX_TABLE_ROWS and lines[end].lstrip().startswith("|"):
        end += 1
    rows = [table_cells(x) for x in lines[i + 2 : end] if not is_table_separator(x)]
    kinds: list[bool | None] = []
    for h in head:
        if not h:
            kinds.append(None)
        elif ABSENT_RE.match(h) or AWAY_WORD_RE.search(h):
            kinds.append(False)
        elif PARTICIPANTS_RE.match(h + ":") or _attendance_head(h, h):
            kinds.append(True)
        else:
            break  # a column of something else: no table of attendance by its heads
    else:
        if sum(k is not None for k in kinds) >= 2 and any(kinds):
            found = []
            for row in rows:
                for k, cell in enumerate(row[: len(kinds)]):
                    if kinds[k] and cell:
                        parts = re.split(r"<br\s*/?>|[,;]", cell)
                        found.extend(x.strip() for x in parts if x.strip())
            return found, end
    presence = [k for k, h in enumerate(head) if PRESENCE_HEAD_RE.match(h)]
    if not presence and len(head) >= 2 and rows and PEOPLE_HEAD_RE.match(head[0]):
        # "| Teilnehmer | Funktion |", "| Attendee | Organisation |": the first column names
        # those there, the others say more about them; a row marked away does not count.
        # Without rows it is a label row ("| Attendees: | A, B, C |"), read as such below.
        found = [r[0] for r in rows if r and r[0] and not any(AWAY_CELL_RE.match(c) for c in r[1:])]
        return found, end
    if len(presence) != 1 or len(head) < 2:
        return None
    col = presence[0]
    marks = [r[col].replace("**", "").strip() for r in rows if col < len(r) and r[col].strip()]
    if not any(PRESENT_CELL_RE.match(x) for x in marks) or any(
        len(x) > 15 or names.looks_like_name(x) for x in marks
    ):
        return None  # "| Present | Alice Grant |": a label's cell beside the names, no marks
    given = next((k for k, h in enumerate(head) if GIVEN_HEAD_RE.match(h)), None)
    name = next((k for k, h in enumerate(head) if NAME_HEAD_RE.match(h)), None)
    if name is None:
        name = next((k for k in range(len(head)) if k not in (col, given)), None)
    if name is None:
        return None
    found = []
    for row in rows:
        if col >= len(row) or name >= len(row) or not row[name]:
            continue
        if PRESENT_CELL_RE.match(row[col].replace("**", "").strip()):
            who = row[name]
            if given is not None and given < len(row) and row[given]:
                who = f"{row[given]} {who}"
            found.append(who)
    return found, end


# "**Projektteam:**", "weitere Mitglieder:", "*Gäste:", "For the Scala Center:": a label alone.
_LABEL_ALONE_RE = re.compile(r"^[*_]*(?P<label>[^\W\d_][\w\- /&'’]{1,40}?)[*_]*\s*:\s*[*_]*$")


def _group_label_alone(window: list[str], k: int) -> str | None:
    """The label of a group of those present standing alone over its names, or None.

    Below an attendance label, "Projektteam:" over "Lisa Fritsche" / "Menko Hornstein" names
    a group whose people count; a label of the meeting's frame ("Ort:") or one over a
    sentence names none.
    """
    s = content.BULLET_RE.sub("", window[k].strip())
    m = _LABEL_ALONE_RE.match(s)
    if not m or len(m["label"].split()) > 5 or FRAME_LABEL_RE.match(m["label"]):
        return None
    if NOTE_TAKER_RE.match(m["label"] + ": x") or tasks.is_section(m["label"]):
        return None
    if PARTICIPANTS_RE.match(s) or _attendance_head(s, m["label"]):
        return None  # "Also present:" is read on its own
    ahead = next((x.strip() for x in window[k + 1 : k + 3] if x.strip()), "")
    ahead = CHECKBOX_RE.sub("", content.BULLET_RE.sub("", ahead))
    head = _PERSON_HEAD_RE.split(re.sub(r"^\W+", "", ahead), maxsplit=1)[0].strip(" *_")
    if not ahead or not (names.looks_like_name(head) or _capitalised_name(head)):
        return None
    return m["label"]


def _name_and_firm(text: str) -> bool:
    """Whether a group's value is one person and their organisation ("John Mertic, Linux
    Foundation", "Anna Berg, Universität Leipzig"), not two people."""
    parts = _split_outside_parens(text, ",")
    return (
        len(parts) == 2
        and _capitalised_name(parts[0])
        and ORG_WORDS_RE.search(parts[1]) is not None
        and not names.looks_like_name(parts[1])
    )


def _unnamed_number(text: str) -> int:
    """ "4", "five", "a": how many a count of those not named stands for."""
    low = text.lower()
    return int(text) if text.isdigit() else 1 if low in ("a", "an") else people.NUMBER_WORDS[low]


def _affiliated_list(window: list[str]) -> bool:
    """Whether the bullets opening the window name one person each and then their firm.

    "- Mark Post, SUSE" / "- Gordon Bradley, Autodesk" / "- James Belsey, Morgan Stanley":
    most bullets hold one comma, and after it often stands no person's name (one word, a
    firm's words, "&", "Inc."). "- Anna Berg, Ben Keller, Carla Diaz" lists people.
    """
    with_comma = firms = 0
    for line in window[:MAX_LIST_LINES]:
        s = line.strip()
        if not s:
            continue
        if s.startswith("#") or not content.BULLET_RE.match(s):
            break
        s = CHECKBOX_RE.sub("", content.BULLET_RE.sub("", s))
        parts = _split_outside_parens(re.sub(r"\([^()]*\)", "", s), ",")
        if len(parts) < 2:
            continue
        if len(parts) > 3 or not _capitalised_name(re.split(r"\s[-–—]\s", parts[0])[0]):
            return False
        with_comma += 1
        after = parts[1].split()
        if (
            len(after) == 1
            or len(after) >= 3
            or ORG_WORDS_RE.search(parts[1])
            or any(w in ("&", "and", "und") or w[:1].islower() for w in after)
            or len(parts) == 3
        ):
            firms += 1
    return with_comma >= 2 and firms * 2 >= with_comma


def _named_first(text: str) -> bool:
    """Whether a list entry's head is a person's name ("Dirk-Willem van Gulik", "Rodrigo")."""
    return bool(
        names.looks_like_name(text)
        or _capitalised_name(text)
        or re.fullmatch(rf"[{names.UPPER}][{names.LOWER}-]{{1,30}}", text)
    )


# The dash before a note on a person in a list of those present ("\\--", " - ", " – ").
_NOTE_AFTER_DASH_RE = re.compile(r"\s\\?(?:--?|–|—)\s")
_BRACKETED_RE = re.compile(r"\s*\([^()]{0,80}\)")
# "David Bryant, Secretary (note taker)": a person and an office, not two people.
_OFFICE_WORD_RE = re.compile(
    r"\b(?:" + alt(*OFFICES) + r"|Member|Protokoll\w*|Vorstand\w*)\b",
    re.IGNORECASE,
)
# "1. Rey Arellano, Assistant City Manager (chair)", "2) Anna Beispiel": a numbered person.
NUMBERED_PERSON_RE = re.compile(r"^\d{1,3}[.)]\s+(?=[A-ZÄÖÜ])")
# "siehe Anhang A", "see attached list", "s. Anwesenheitsliste": those present listed elsewhere.
SEE_ELSEWHERE_RE = re.compile(
    r"^[-*•]?\s*\(?(?:siehe|s\.|vgl\.|see)\s+(?:the\s+)?(?:Anhang|Anlage|Anwesenheitsliste|"
    r"Teilnehmerliste|Liste|attached|attachment|appendix|annex|sign-?in|list)\b",
    re.IGNORECASE,
)


_PERSON_HEAD_RE = re.compile(r"\s*(?:,|\\?\(|\s[-–—]\s)")


def _person_entry(line: str) -> bool:
    """Whether a list entry names a person first ("Rey Arellano, Assistant City Manager")."""
    return names.looks_like_name(_PERSON_HEAD_RE.split(line, maxsplit=1)[0].strip())


def _person_line(line: str) -> bool:
    """Whether a paragraph is one person and what they are ("Alan Gates - Hortonworks"): Word
    writes those present a paragraph each, a blank paragraph between them."""
    s = line.strip()
    return (
        0 < len(s) <= 80
        and not s.startswith(("#", "|", "*", "-"))
        and ":" not in s
        and not match_heading(s)
        and _capitalised_name(_PERSON_HEAD_RE.split(s, maxsplit=1)[0])
    )


def _capitalised_name(text: str) -> bool:
    """Two to four capitalised words, no digit: a name however its last word ends
    ("Roman Shaposhnik", which names.looks_like_name takes for a noun in "-nik")."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() and not any(c.isdigit() for c in w) for w in words)
        and words[0] not in names.NOT_FIRST_NAMES
    )


# A line of an IRC meeting bot's list of those present: a nick and the number of lines it said.
SAID_LINES_RE = re.compile(r"^(?:[-*•]\s+|\d{1,3}[.)]\s+)?(?P<who>[^\s()]{1,40})\s+\(\d{1,5}\)$")


def _said_lines(window: list[str]) -> bool:
    """Whether the window opens with two or more lines of nicks and their counts of lines."""
    said = 0
    for line in window[:MAX_LIST_LINES]:
        s = line.strip()
        if not s:
            continue
        if not SAID_LINES_RE.match(s):
            break
        said += 1
    return said >= 2


def _numbered_people(window: list[str]) -> bool:
    """Whether the numbered lines opening the window are a list of people: two or more, and
    all but one of them a person named first ("1. Budget Review" / "2. Call to order" are not)."""
    entries = []
    for line in window[:MAX_LIST_LINES]:
        s = line.strip()
        if not s:
            continue
        m = NUMBERED_PERSON_RE.match(s)
        if not m:
            break
        entries.append(s[m.end() :])
    people_named = sum(_person_entry(e) for e in entries)
    return len(entries) >= 2 and people_named >= len(entries) - 1 and people_named >= 2


QUORUM_LINE_RE = re.compile(r"^(?:Quorum|Beschlussfähigkeit)\s*:", re.IGNORECASE)


# Labels of a meeting's frame, not of a group of people: "Ort: Berlin" names no one.
FRAME_LABEL_RE = re.compile(
    r"^(?:Ort|Raum|Datum|Zeit|Uhrzeit|Beginn|Ende|Dauer|Link|Date|Time|Location|Place|Venue|"
    r"Room|Start|End|Duration|Quorum)\b",
    re.IGNORECASE,
)


def _group_of_names(group: re.Match) -> bool:
    """Whether "Label: …" under an attendance label names a group of people.

    "Council: Carol, Mark, Mara" and "Chair: Elise", "Betreuer: Prof. Dr. Helmut Küchenhoff"
    do; "Ort: Berlin", "Quorum: ✅" do not.
    """
    value = group["names"].strip()
    if _name_list(value):
        return True
    if FRAME_LABEL_RE.match(group["label"]) or "," in value:
        return False
    return bool(names.looks_like_name(value) or people.name_like(value, strict=True))


def _group_line(line: str) -> bool:
    """Whether a line is a "Label: names" group of those present (blank lines may part them)."""
    bare = content.BULLET_RE.sub("", line.strip()).replace("**", "")
    group = GROUP_NAMES_RE.match(bare)
    return bool(group and _group_of_names(group))


def _heading_level(line: str) -> int:
    """The level of a Markdown heading ("### Anwesenheit" is 3), 0 for any other line."""
    s = line.lstrip()
    n = len(s) - len(s.lstrip("#"))
    return n if 0 < n <= 6 and s[n : n + 1] == " " else 0


def _group_heading(line: str, level: int) -> bool:
    """Whether a line is a heading below an attendance heading of that level naming a group.

    "##### Team", "### Non-Voting Representatives" under "## Attendees"; not a heading that is
    an attendance label itself ("### Gäste" is read on its own), nor one as high as the label.
    """
    own = _heading_level(line)
    if not level or own <= level:
        return False
    title = _strip_md(line)[1].replace("**", "").strip()
    return 0 < len(title.split()) <= 10 and not _attendance_head(line, title)


def _attendance_head(line: str, label: str, folded: str | None = None) -> bool:
    """Whether a line alone names those present below it ("## Attendees", "Anwesende:"); a
    Markdown heading may name them in any words that end in one for those there. folded:
    fold_case(label), where the caller has it for the words PARTICIPANTS_HEAD_RE needs."""
    return bool(
        (
            (folded is None or _PARTICIPANTS_HEAD_NEEDS(label, folded))
            and PARTICIPANTS_HEAD_RE.match(label)
        )
        or (line.lstrip().startswith("#") and ATTENDANCE_HEADING_RE.match(label))
    )


# "Es sind 18 (19) Teilnehmer anwesend:", "The following members were present.": a sentence that
# opens the list of those present below an attendance heading.
LIST_INTRO_RE = re.compile(
    r"^(?:the\s+following|folgende|es\s+(?:sind|waren)|there\s+(?:were|are))\b[^:\n]{0,120}?"
    r"\b(?:present|anwesend|attending|in\s+attendance|teilgenommen|participated)\b[^:.\n]{0,40}[:.]$",
    re.IGNORECASE,
)
# A heading's section number: "### 2.1 Participants", "## 3. Anwesenheit".
SECTION_NUMBER_RE = re.compile(r"^(?P<marks>#{1,6})\s+(?:\d{1,2}\.)*\d{1,2}\.?\s+(?=[^\W\d_])")
# The total below a list of those present: "13 people in total", "Insgesamt 14 Teilnehmende",
# "Total attendance: 13"; a word for people or for being there is part of it.
_TOTAL_NOUN = alt("people_noun")
TOTAL_RE = re.compile(
    rf"^(?:(?P<a>\d{{1,4}})\s+{_TOTAL_NOUN}\s+(?:in\s+total|total|insgesamt|gesamt)"
    rf"|(?:In\s+total|Total|Insgesamt|Gesamt)\s*(?:attendance|{alt('present')})?\s*[:=]?\s*"
    rf"(?P<b>\d{{1,4}})\s+{_TOTAL_NOUN}(?:\s+{alt('present')})?"
    rf"|(?:Total|Gesamt)\s+(?:attendance|{alt('present')})\s*[:=]\s*(?P<c>\d{{1,4}}))\W*$",
    re.IGNORECASE,
)
# A note among those present: "Note: Observers ready to become members should …".
NOTE_LINE_RE = re.compile(r"^(?:Note|NB|N\.B\.|Hinweis|Anmerkung)\s*:\s", re.IGNORECASE)
# A numbered item that is a roll call, and the words a roll call's label goes on with.
ROLL_ITEM_RE = re.compile(r"^\d{1,2}[.)]\s+(?=Roll\s+call|Anwesenheit|Attendance|Present\b)", re.I)
ROLL_REST_RE = re.compile(
    r"^(?:(?:members|councillors|directors)\s+)?(?:present|anwesend)\W*$", re.I
)


def _clause(entry: str) -> bool:
    """Whether an entry of a list of those present is a sentence, not a person."""
    words = re.sub(r"\([^)]*\)", " ", entry).split()
    low = [w for w in words if w[:1].islower() and w not in people.PARTICLES]
    return len(words) >= 3 and len(low) >= 2


MAX_MARK_LINES = 5000  # a bound on the lines looked at for a note-taker's mark


def _is_attendance_line(line: str) -> bool:
    """Whether a line names those present ("Attendees: …", "| Present: | … |")."""
    label = plain_row(line) if line.lstrip().startswith("|") else _strip_md(line)[1]
    return bool(PARTICIPANTS_RE.match(unmark(label)))


# "Council: Carol, Mark", "Vorstand: Eva, Jan": a group of those present, under an attendance heading.
GROUP_NAMES_RE = re.compile(r"^(?P<label>[A-ZÄÖÜ][\w\- ]{1,30}?)\s*:\s*(?P<names>[^:]{2,400})$")
ABSENT_RE = re.compile(
    r"^(?:" + alt("absent", "not_present") + r"|missing|es\s+fehlt|fehlend)", re.IGNORECASE
)
# A word in a group's label that says its people were not there ("Heute nicht anwesend:",
# "Voting members not in attendance", "Ill:").
AWAY_WORD_RE = re.compile(
    r"\b(?:not|nicht|" + alt("absent") + r"\w*|missing|fehl\w*|ill|sick|krank|verhindert|unable)\b",
    re.IGNORECASE,
)
# A table's cell that says its row's person was away: "| Jim Taylor | President | Absent |".
AWAY_CELL_RE = re.compile(
    r"^(?:" + alt("absent", "not_present") + r"|apology|fehlt|✗|❌)\W*$", re.IGNORECASE
)
# Two or more words all written small ("property manager", "notice: given"): no one's name;
# a single one may be a handle ("ko1", "matz").
LOWER_WORDS_RE = re.compile(r"^[^A-ZÄÖÜ\d]*\s[^A-ZÄÖÜ\d]*$")
# A list of those present that ends in a group without a number: "… and residents of China
# Falls", "…, and others", "… sowie weitere Gäste", "… and members of the public".
GROUP_TAIL_RE = re.compile(
    r"(?:,|\b(?:and|und|plus|sowie|as\s+well\s+as)\b)\s*(?:the\s+|die\s+)?"
    r"(?:(?:other|several|some|many|various|numerous|weitere|einige|mehrere|viele|zahlreiche|"
    r"interested|interessierte)\s+)?"
    r"(?:others|residents|members\s+of\s+(?:the\s+)?(?:public|community)|public|guests|visitors|"
    r"neighbou?rs|parents|Gäste|Bürger(?:innen)?|Anwohner(?:innen)?|Zuhörer(?:innen)?|Besucher(?:innen)?|"
    r"Interessierte)\b[^,;]*$",
    re.IGNORECASE,
)
_GROUP_TAIL_NEEDS = Needs(GROUP_TAIL_RE)
# The count of a list that states none: a bound ("almost 30") or a group without a number.
UNCOUNTED = -1
# An entry of a list of those present that names a group, not a person, or markup.
GROUP_ENTRY_RE = re.compile(
    r"^(?:(?:[\w-]+\s+)?(?:[\w-]*mitglieder|members|others|guests|gäste|attendees|"
    r"participants|teilnehm\w*)|<[^<>]*>)\W*$",
    re.IGNORECASE,
)
_NOBODY_WORDS = r"keine?|niemand|none|nobody"
NOBODY_RE = re.compile(
    rf"^(?:{_NOBODY_WORDS}|n/?a|-+|–|—|\(\.\.\.\)|yes|no|ja|nein|✅|❌)\.?$", re.I
)


# "None changed.", "Keine Änderungen", "Nobody new": an entry that opens with "nobody" names no one.
NOBODY_LEAD_RE = re.compile(rf"^(?:{_NOBODY_WORDS})\s+[a-zäöüß]", re.IGNORECASE)


def _name_like_entry(text: str) -> bool:
    """Whether a list item after a gap still reads as a person ("Nicolò"), not a new topic."""
    return bool(text) and len(text.split()) <= 6 and not re.search(r"[:?!]|\d", text)


def _date_in_name(filename: str) -> dt.date | None:
    stem = re.split(r"[\\/]", filename)[-1]
    m = re.search(r"(?<!\d)((?:19|20)\d\d)[-_.]?([01]\d)[-_.]?([0-3]\d)(?!\d)", stem)
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _name_list(line: str) -> bool:
    """Whether a line is several short names ("Leon Farchau, Michael Prange, Olaf Koenig")."""
    parts = [x.strip() for x in line.split(",")]
    # "Dr. Nina Hartmann, Hochschule Darmstadt" is one person and the place they come from.
    if len(parts) == 2 and all(names.looks_like_name(x) for x in parts):
        return not any(ORG_WORDS_RE.search(x) for x in parts)  # "Anna Beispiel, Ben Keller"
    if len(parts) < 2 or (len(parts) == 2 and len(parts[1].split()) > 1):
        return False
    return all(
        x and x[0].isupper() and len(x.split()) <= 3 and not ORG_WORDS_RE.search(x) for x in parts
    )


def _body_name(title: str) -> str | None:
    text = _strip_md(title)[1]
    rest = TITLE_WORDS_RE.sub("", text, count=1)
    genitive = bool(re.search(r"\bdes\s*$", text[: len(text) - len(rest)]))
    rest = re.split(r"\s+(?:vom|am|den)\s+|\s[–—-]\s|[,:(]|\s+\d", rest)[0].strip()
    if not rest or len(rest) > 60 or rest == text.strip():
        return rest if rest and rest != text.strip() else None
    if genitive:
        first, _, more = rest.partition(" ")
        rest = (re.sub(r"(?<=[a-zäöü])(?:es|s)$", "", first) + " " + more).strip()
    return rest or None


# A table cell holding a label and its value: "Beginn: 18:30 Uhr", "Ende: 20.23 Uhr".
CELL_LABEL_RE = re.compile(r"^[^\W\d_][\w .&/-]{0,30}:\s*\S")


def _label_lines(lines: list[str]):
    """Each line as text; a header table row as "Label: value" lines, one per pair of cells."""
    for line in lines:
        if not line.lstrip().startswith("|") or is_table_separator(line):
            # "**Ort:** Online **Tag:** 04.03.2021 **Zeit:** 17:00 Uhr": one label a line.
            parts = BOLD_LABELS_RE.split(line) if line.count(":**") >= 2 else [line]
            for part in parts:
                yield times.close_colons(unmark(_strip_md(part)[1]))
            continue
        cells = [c.replace("**", "").strip() for c in table_cells(line)]
        cells = [c for c in cells if c]
        if (
            len(cells) in (2, 4, 6)
            and all(len(c) <= 40 for c in cells[::2])
            and not any(CELL_LABEL_RE.match(c) for c in cells[::2])
        ):
            # "| Datum | 15.09.2022 | Ort | Berlin |"
            for k in range(0, len(cells), 2):
                yield f"{cells[k].rstrip(': ')}: {cells[k + 1]}"
        elif any(CELL_LABEL_RE.match(c) for c in cells):
            # "| Entschuldigt: Carla Stein | Ende: 20:15 Uhr | |": a form's cells each with
            # their own label.
            yield from cells
        else:
            yield " | ".join(cells)


# A page's or post's own date, not the meeting's: "date:" in front matter (when the minutes were
# posted), "Posted on 6 March 2019 by admin", "Veröffentlicht am …", "Last updated …".
PUBLISHED_RE = re.compile(
    r"^(?:posted|published|veröffentlicht|eingestellt|erstellt\s+am|geändert\s+am|"
    r"last\s+(?:updated|modified|edited)|updated(?:\s+on)?\s*:|zuletzt\s+(?:geändert|bearbeitet|"
    r"aktualisiert)|stand\s*:)",
    re.IGNORECASE,
)
FRONT_DATE_RE = re.compile(r"^(?:date|datum|published|created|updated|lastmod|modified)\s*:", re.I)
# Front matter is data: a key that only holds "date" in a longer name says whose date it is
# ("last_review_date", "expiry_date", "review-date"), never the meeting's; the meeting's own
# keys ("meeting_date", "sitzungsdatum", "event_date") and the page's (FRONT_DATE_RE) stay.
FRONT_OTHER_DATE_RE = re.compile(
    r"^(?!(?:meeting|sitzungs?|event|session|termin)[-_ ]?dat)(?:[\w-]+?(?:[-_ ]date|[-_ ]?datum)|"
    r"[\w-]*?(?:review\w*|expir\w*|valid\w*))\s*:",
    re.I,
)
# A timestamp a site generator wrote ("2019-02-12 15:04:19 +0000", "2016-06-08T00:00:00+02:00"):
# with seconds, and often a zone, it says when the page was made.
MACHINE_TIMESTAMP_RE = re.compile(
    r"(?P<d>\d{4}-\d\d-\d\d)[T ](?P<h>[0-2]\d):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:\.\d+)?"
    r"(?:\s*(?:Z|[+-]\d\d:?\d\d)(?!\d))?"
)


def _front_timestamp(line: str) -> str:
    """A front matter timestamp without the time a generator set (seconds, or midnight).

    "date: 2020-02-25 14:00:00 +1000" keeps "14:00", a time someone chose; "15:04:19" is when
    the post was saved and "00:00:00+02:00" no time at all: only the date is left of them.
    """
    m = MACHINE_TIMESTAMP_RE.search(line)
    if m is None:
        return line
    if m["s"] != "00" or (m["h"], m["m"]) == ("00", "00"):
        kept = m["d"]
    else:
        kept = f"{m['d']} {m['h']}:{m['m']}"
    return line[: m.start()] + kept + line[m.end() :]


def _frame_range(s: str) -> tuple[str, str] | None:
    """The start and end of a header line that is only a time frame after a short label."""
    if not any(c.isdigit() for c in s):
        return None
    m = FRAME_RANGE_RE.match(s)
    if m is None or (m["label"] and _NOT_MEETING_LABEL_RE.search(m["label"])):
        return None
    if not re.search(r"[:.]\d\d|[ap]\.?\s?m\b|Uhr", m["v"], re.I):
        return None  # "Seite 1-2", "Raum 3 - 4": numbers, no clock
    start, end = times.parse_range(m["v"])
    return (start, end) if start and end else None


# The header of a forwarded e-mail: the time it was sent is not the meeting's.
MAIL_SENT_RE = re.compile(r"^(?:Sent|Gesendet|Gesendet\s+am)\s*:", re.IGNORECASE)


def _header_meta(lines: list[str]) -> dict:
    meta: dict = {"date": None, "start": None, "end": None, "place": None, "body": None}
    # A time beside the date is the time the meeting was called for; a start label or
    # sentence that follows ("CALL TO ORDER: 4:35 P.M.") says when it began.
    meta["start_planned"] = False
    front_end = _front_matter_end(lines, toml=False)
    # The date a page was posted on gives way to the meeting's date in the next dated line
    # below it, when that is earlier (minutes go up weeks, or as an archive years, later).
    published = False
    for idx, line in enumerate(lines):
        if not line:
            continue
        if idx < front_end:
            if FRONT_OTHER_DATE_RE.match(line.strip()):
                continue  # "last_review_date: 1970-01-01": a date of the page's upkeep
            line = _front_timestamp(line)
        if line.lstrip().startswith("|") or ":**" in line:
            parts = _label_lines((line,))
        else:
            parts = (times.close_colons(unmark(_strip_md(line)[1])),)
        for s in parts:
            if not s:
                continue
            if meta["start"] is None and (inline := times.inline_start(s))[0]:
                # "Ort - Raum 5, Start 09:15 Uhr Ende 11:15": the times after another field.
                meta["start"], end = inline
                meta["end"] = meta["end"] or end
            m = PLACE_RE.match(s)
            if m and meta["place"] is None:
                meta["place"] = m["v"].strip()
                continue
            m = BODY_LABEL_RE.match(s)
            if m and meta["body"] is None:
                meta["body"] = m["v"].strip()
                continue
            m = START_LABEL_RE.match(s) or times.START_LABEL_RE.match(s)
            if m and (meta["start"] is None or meta["start_planned"]):
                meta["start_planned"] = False
                # No "continue": "Meeting opened 27 November 2017 at 8:17pm" holds the date too.
                start, end = times.parse_range(m["v"])
                if start:
                    meta["start"] = start
                    meta["end"] = meta["end"] or end or times.inline_end(m["v"])
            m = END_LABEL_RE.match(s) or times.END_LABEL_RE.match(s)
            if m and meta["end"] is None:
                end = times.parse_time(m["v"])
                if end:
                    meta["end"] = end
                    continue
            hits = [h for h in dates.find_dates(s) if h.has_year]
            if hits and _NEXT_SENTENCE_NEEDS(s) and (nxt := NEXT_SENTENCE_RE.search(s)):
                # "The next meeting is to be held on 6th September 2016": the date after the
                # words for the next meeting is that meeting's, never this one's.
                hits = [h for h in hits if h.pos < nxt.start()]
            if hits and published and not PUBLISHED_RE.match(s):
                # "Minutes of the AGM held on 14th November 2018" below a post of 2019-03-06.
                if hits[0].date < meta["date"]:
                    meta["date"], meta["start"], meta["end"] = None, None, None
                    meta["start_planned"] = False
                published = False
            if hits and (
                meta["date"] is None or (meta["start"] is None and hits[0].date == meta["date"])
            ):
                # A second line with the meeting's date may hold its times.
                hit = hits[0]
                if meta["date"] is None:
                    published = bool(
                        (idx < front_end and FRONT_DATE_RE.match(s)) or PUBLISHED_RE.match(s)
                    )
                meta["date"] = hit.date
                start, end = hit.start, hit.end
                if start is None:
                    start, end = dates.find_time_range(s[hit.endpos :])
                if start is None and DANGLING_AT_RE.search(s) and idx + 1 < len(lines):
                    # "… met on Wednesday, 22 June 2005 at" / "05:00p EDT …": a text wrapped
                    # at 72 columns puts the time on the next line.
                    start, end = dates.find_time_range(lines[idx + 1][:40])
                if start is not None and end is None:
                    # "Freitag, 25.05.2018 Beginn: 18:05 Ende: 20:19"
                    end = times.inline_end(s[hit.endpos :])
                if start is not None and end is None:
                    # "… held on 12 March 2024 from 7 pm to 9 pm": a range on the 12-hour clock.
                    a, b = times.parse_range(s[hit.endpos :])
                    end = b if a == start else None
                if start is None and (before := COLON_RANGE_RE.search(s[: hit.pos])):
                    # "PCE Working Group Meeting – 13:50-15:50 Monday … 5th Nov 2018"
                    start, end = (
                        dates.hhmm(before["ah"], before["am"]),
                        dates.hhmm(before["bh"], before["bm"]),
                    )
                if start is None and (before := TIME_BEFORE_DATE_RE.search(s[: hit.pos])):
                    start = dates.hhmm(before["h"], before["m"])  # "14.00, Tuesday 15th March"
                if MAIL_SENT_RE.match(s) or (
                    _NEXT_SENTENCE_NEEDS(s) and NEXT_SENTENCE_RE.search(s) is not None
                ):
                    # "Sent: 05 November 2007 14:46": when a mail went; "The next meeting is to
                    # be held on 6th September 2016 at 7:30pm": when another meeting begins.
                    start, end = None, None
                if meta["start"] is None and start is not None:
                    meta["start_planned"] = end is None
                meta["start"] = meta["start"] or start
                meta["end"] = meta["end"] or end
                continue
            m = ONLY_RANGE_RE.match(s)
            if m and meta["start"] is None:
                # A line that is only the time frame: "19:30 .. 21:30", "Zeitrahmen 19:00 - 21:30".
                meta["start"] = dates.hhmm(m["ah"], m["am"])
                meta["end"] = meta["end"] or dates.hhmm(m["bh"], m["bm"])
                continue
            if meta["start"] is None and (m := _frame_range(s)):
                meta["start"], end = m
                meta["end"] = meta["end"] or end
                continue
            m = DATE_LABEL_RE.match(s)
            # Not the time beside another date in front matter ("date: 2008-11-16 21:50:00",
            # when the page went up years after the meeting).
            if (
                m
                and meta["date"] is not None
                and meta["start"] is None
                and not (hits and idx < front_end)
            ):
                meta["start"], end = dates.find_time_range(m["v"])
                meta["end"] = meta["end"] or end
                continue
            if meta["start"] is None and (m := TIME_IN_LABEL_RE.match(s)):
                # "Meeting Location, Date & Time: 19/04/21 Zoom 19:00 – 20:00", a form's label
                # row: the time frame, whether or not the date beside it reads. A time alone
                # is the one the meeting was called for (start_planned).
                meta["start"], end = dates.find_time_range(m["v"])
                meta["start_planned"] = meta["start"] is not None and end is None
                meta["end"] = meta["end"] or end
    return meta


def _context(text: str, pos: int, endpos: int | None = None) -> str:
    lo = max(text.rfind("\n", 0, pos), max(text.rfind(". ", 0, pos), text.rfind("! ", 0, pos)) + 1)
    # The sentence ends after the date itself: "am 16.09. von 14-16 Uhr" has a dot of its own.
    after = max(pos, endpos or pos)
    hi_candidates = [x for x in (text.find(". ", after), text.find("\n", after)) if x != -1]
    hi = min(hi_candidates) + 1 if hi_candidates else len(text)
    ctx = " ".join(text[lo + 1 if text[lo : lo + 1] == "\n" else lo : hi].split()).lstrip("- ")
    return ctx[:240]


# Words between "nächste" and "Sitzung" that keep it this group's meeting.
_OWN_MEETING_WORDS = {
    "reguläre", "reguläres", "regulären", "ordentliche", "ordentlichen", "gemeinsame",
    "gemeinsamen", "monatliche", "monatlichen", "öffentliche", "öffentlichen", "regular", "general", "committee", "board", "team", "weekly", "monthly", "annual",
    "community", "plenary", "full", "council",
}  # fmt: skip


_MEET_AGAIN_RE = re.compile(r"(?:treffen|trifft|tagt|tagen|meets?\b|next\s+meets?\b)", re.I)


def _own_meeting(match: re.Match, body: str | None, title: str) -> bool:
    """Whether "nächstes X Treffen" is this group's meeting: X is a plain word or its name."""
    words = match.group(0).split()[1:-1]
    if not words or _MEET_AGAIN_RE.match(match.group(0)):
        return True  # "treffen uns wieder", "will next meet": a verb, no other group's noun
    known = f"{body or ''} {title}".lower()
    return all(w.lower() in _OWN_MEETING_WORDS or w.lower() in known for w in words)


_NEXT_SCAN_WORDS = ("chst", "next", "kommend", "meetings", "termine", "future", "forthcoming")
# Words of a title that say nothing about which body meets.
_GENERIC_TITLE_WORDS = {
    "minutes", "meeting", "meetings", "protokoll", "sitzung", "treffen", "notes", "held",
    "der", "des", "the", "and", "und", "for", "vom", "von",
}  # fmt: skip


def _listed_meetings(lines: list[str], ref: dt.date | None, own: str) -> list:
    """The dates listed under a next-meetings label, the likeliest next meeting first."""
    own_words = {
        w for w in re.findall(r"[a-zäöüß]{4,}", own.lower()) if w not in _GENERIC_TITLE_WORDS
    }
    found = []
    for k, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        if k and (s.startswith("#") or match_heading(s)):
            break
        on_line = dates.find_dates(s, ref)
        if len(on_line) > 1 and _DATE_OR_RE.fullmatch(s, on_line[0].endpos, on_line[1].pos):
            continue  # "24/04/21 or 25/04/21": no day settled
        hit = next((h for h in on_line if ref is None or h.date > ref), None)
        if hit is not None:
            start, end = hit.start, hit.end
            if start is None:
                start, end = times.parse_range(s[hit.endpos : hit.endpos + 40])
            when = {"date": hit.date.isoformat(), "start": start, "end": end}
        elif ref is not None and (loose := [d for d in dates.loose_dates(s, ref) if d[0] > ref]):
            start, end = times.parse_range(s[loose[0][2] : loose[0][2] + 40])
            when = {"date": loose[0][0].isoformat(), "start": start, "end": end}
        else:
            continue
        named = bool(own_words & set(re.findall(r"[a-zäöüß]{4,}", s.lower())))
        found.append((not named, len(found), when))
        if len(found) >= 6:
            break
    return [w for *_, w in sorted(found, key=lambda f: (f[0], f[1]))]


# What a date's words before it make of it, beside a next meeting: the date of another event
# the meeting is placed by ("nach der Mitgliederversammlung am 20.03.", "after the workshop on
# 20 March") or a deadline ("bis zur nächsten Sitzung, spätestens am 02.04.", "by the next
# meeting, due 2 April"): not the meeting's day.
_NOT_THE_DAY_RE = re.compile(
    r"(?:\b(?:nach|vor|seit|after|before|since|following)\s+(?:dem|der|den|des|einem|einer|the|"
    r"this|that|our|its)\s+(?:[\w.'’-]+\s+){0,6}?(?:am|vom|on|of|at)"
    r"|\b(?:bis(?:\s+zu[mr])?|spätestens|until|till|by|due(?:\s+(?:on|by))?|deadline|Frist)"
    r"(?:\s*:)?(?:\s+(?:am|on|dem|den|the))?)"
    r"(?:\s*(?:" + dates._WD_FULL + r")\.?,?(?:\s+den)?)?\s*$",
    re.IGNORECASE,
)


def _meeting_days(text: str, found: list[tuple], after: int = 0) -> list[tuple]:
    """The dates of found ((date, pos, end, …), in order) that can be the meeting's own day.

    Each date is read with the words since the date before it, the words for the next
    meeting (ending at after) or the text's start: a date that closes "nach der … am",
    "after the … on", "by", "spätestens am" is another event's or a deadline.
    """
    out, since = [], 0
    for hit in found:
        lo, hi = hit[1], hit[2]
        if since <= after <= lo:
            since = after  # "before the next meeting on 9 April": the meeting's own date
        if not _NOT_THE_DAY_RE.search(text[since:lo]):
            out.append(hit)
        since = hi
    return out


# Between two dates offered for the next meeting: the day is not settled yet.
_DATE_OR_RE = re.compile(r"\s*(?:,\s*)?(?:or|oder|bzw\.?|beziehungsweise)\s+", re.I)


def _next_meeting(
    doc: Doc, items: list[dict], ref: dt.date | None, body: str | None, *, title: str = ""
) -> dict | None:
    for i in people.lines_with(doc.lines, _NEXT_SCAN_WORDS):
        # Only lines with "nächste", "next", "kommende" or "meetings"/"Termine" can hold the label.
        line = doc.lines[i]
        s = line.strip()
        label = NEXT_LABEL_RE.match(s)
        inner = label and NEXT_SENTENCE_RE.search(s)
        if label and (inner is None or _own_meeting(inner, body, title)):
            # The label's line and the next two lines with text ("## nächstes Treffen", "", date).
            following = [x.strip() for x in doc.lines[i + 1 : i + 8] if x.strip()][:2]
            window = " ".join([line.strip(), *following])
            hits = [
                h
                for h, *_ in _meeting_days(
                    window,
                    [(h, h.pos, h.endpos) for h in dates.find_dates(window, ref)],
                    label.end(),
                )
            ]
            if not dates.find_dates(s, ref):
                # "7 Next meeting" over "AGM 10 November" / "Committee meeting (01 December)",
                # "Dates of Meetings for 2005" over the year's dates: the first one still ahead,
                # the one naming this body's kind of meeting first.
                listed = _listed_meetings(doc.lines[i + 1 : i + 12], ref, f"{body or ''} {title}")
                if len(listed) >= 2 or (listed and not hits):
                    return listed[0]  # one date below the label: read with its lines joined
            if hits:
                h = hits[0]
                if len(hits) > 1 and _DATE_OR_RE.fullmatch(window, h.endpos, hits[1].pos):
                    return None  # "24/04/21 or 25/04/21", "3. oder 4. Mai": no day settled
                start, end = h.start, h.end
                if start is None:
                    start, end = times.parse_range(window[h.endpos : h.endpos + 40])
                return {"date": h.date.isoformat(), "start": start, "end": end}
            # "Next meeting: March 3", "Nächstes Treffen: nächste Woche Donnerstag, 19 Uhr".
            loose = [
                d
                for d in _meeting_days(window, dates.loose_dates(window, ref), label.end())
                if ref is None or d[0] > ref
            ]
            if loose:
                date, _, hi = loose[0]
                start, end = times.parse_range(window[hi : hi + 40])
                return {"date": date.isoformat(), "start": start, "end": end}
    found: list[tuple[bool, dict]] = []
    for item in items:
        low = lowered(item["minutes"])
        if not any(w in low for w in ("chst", "next", "kommend", "again", "wieder", "erneut")):
            continue  # "nächste", "next", "kommende", "again": none of them, no next meeting
        # Each paragraph folded for both tests below, from the lower-cased minutes (str.lower()
        # of the whole is that of each line: no character becomes or leaves a line break).
        paras = zip(item["minutes"].split("\n"), fold_lower(low).split("\n"), strict=True)
        for para, folded in paras:
            again = _MEET_AGAIN_NEEDS(para, folded) and MEET_AGAIN_SENTENCE_RE.search(para)
            if not again and (
                not _NEXT_SENTENCE_NEEDS(para, folded) or not NEXT_SENTENCE_RE.search(para)
            ):
                continue  # one pass over the paragraph before one per sentence
            for sentence in content.split_sentences(para):
                found_next = NEXT_SENTENCE_RE.search(sentence)
                if found_next and not _own_meeting(found_next, body, title):
                    found_next = None  # "nächstes Verkehrswende Treffen": another group's meeting
                if found_next is None and again:
                    # "Das nächste Mal treffen wir uns am …": a verb of meeting again is this
                    # group's, whatever noun "nächste" took.
                    found_next = MEET_AGAIN_SENTENCE_RE.search(sentence)
                if not found_next:
                    continue
                hits = [
                    h
                    for h, *_ in _meeting_days(
                        sentence,
                        [(h, h.pos, h.endpos) for h in dates.find_dates(sentence, ref)],
                        found_next.end(),
                    )
                ]
                mention = bool(body and body.lower() in sentence.lower())
                if hits:
                    h = hits[0]
                    found.append(
                        (mention, {"date": h.date.isoformat(), "start": h.start, "end": h.end})
                    )
                    continue
                # "Das nächste Treffen ist in zwei Wochen", "next meeting next Tuesday at 7pm".
                loose = [
                    d
                    for d in _meeting_days(
                        sentence, dates.loose_dates(sentence, ref), found_next.end()
                    )
                    if ref and d[0] > ref
                ]
                if loose:
                    date, _, hi = loose[0]
                    start, end = times.parse_range(sentence[hi : hi + 40])
                    found.append((mention, {"date": date.isoformat(), "start": start, "end": end}))
    if not found:
        return None
    with_body = [f for m, f in found if m]
    return (with_body or [f for _, f in found])[-1]


FRONT_NOTE_TAKER_RE = re.compile(
    r"^(?:protokoll(?:ant\w*|führ\w*)?|schriftführ\w*|minutes(?:[-_ ]by)?|scribe|"
    r"note[-_ ]?taker|minute[-_ ]?taker|secretary)\s*:\s*@?(?P<who>[^\W\d_][\w.'’-]*"
    r"(?:\s[^\W\d_][\w.'’-]*){0,3})\s*$",
    re.IGNORECASE,
)
FRONT_QUOTED_RE = re.compile(r"""^(?P<key>[\w -]{1,40}:\s*)(?P<q>["'])(?P<v>.*)(?P=q)\s*$""")


def _unquote_front_matter(lines: list[str]) -> list[str]:
    """Front matter values without their YAML quotes (begin: "19:00" reads as a label)."""
    top = _front_matter_end(lines)
    if not top:
        return lines
    out = list(lines)
    for i in range(top):
        m = FRONT_QUOTED_RE.match(lines[i])
        if m:
            out[i] = m["key"] + m["v"]
    return out


def _front_matter_end(lines: list[str], *, toml: bool = True) -> int:
    """Index of the first line after a leading YAML front matter block (Jekyll, Hugo, wikis),
    or Hugo's TOML one unless toml=False (its "date = 2021-06-29T15:55:00+01:00" is read as a
    line of text, as it was before TOML was known: "key = value" is no "key: value")."""
    i = 0
    while i < len(lines) and (not lines[i].strip() or lines[i].strip().startswith("<!--")):
        # Licence headers as HTML comments ("<!-- SPDX-License-Identifier: ... -->") come first.
        if lines[i].strip().startswith("<!--") and not lines[i].strip().endswith("-->"):
            return 0
        i += 1
    if i and i < len(lines) and lines[i].strip() not in ("---", "+++"):
        return i
    lines = lines[i:]
    if not lines or lines[0].strip() not in (("---", "+++") if toml else ("---",)):
        return 0
    # Hugo's TOML front matter is fenced by "+++" ("title = '28. Generalversammlung'").
    ends = ("+++",) if lines[0].strip() == "+++" else ("---", "...")
    for k in range(1, min(len(lines), 60)):
        if lines[k].strip() in ends:
            return i + k + 1
    return 0


# The title in front matter, YAML's "title: …" or Hugo TOML's "title = '…'".
FRONT_TITLE_RE = re.compile(r"^title\s*[:=]\s*(?P<t>.*?)\s*$", re.IGNORECASE)


def _same_title(heading: str, title: str) -> bool:
    """Whether a heading says the front matter's title again (quotes, case and spaces aside)."""

    def fold(s: str) -> str:
        return " ".join(s.strip().strip("'\"").replace("**", "").casefold().split())

    return bool(heading.strip()) and fold(heading) == fold(title)


def _unnumbered_headings(lines: list[str]) -> list[Cand]:
    heads = []
    top = _front_matter_end(lines)
    first = next((i for i, x in enumerate(lines) if i >= top and x.strip()), 0)
    titled = [m for x in lines[:top] if (m := FRONT_TITLE_RE.match(x.strip()))]
    if (
        titled
        and not TITLE_LIKE_RE.search(lines[first] if first < len(lines) else "")
        and not dates.find_dates(lines[first] if first < len(lines) else "")
        # "# Unser erstes Arbeitstreffen" under "title: Unser erstes Arbeitstreffen": the
        # page's title said again over its text, no item.
        and not (
            first < len(lines)
            and lines[first].startswith("#")
            and _same_title(_strip_md(lines[first])[1], titled[0]["t"])
        )
    ):
        first = -1  # the front matter names the document: the first heading is an item
    if 0 <= first < len(lines) and lines[first].startswith("##"):
        # "#### Olivier" / "#### Roman" / …: a first heading below the top level, at the level
        # every other heading has, is the first item, not the document's title.
        level = _strip_md(lines[first])[0]
        text = _strip_md(lines[first])[1]
        others = [_strip_md(x)[0] for x in lines[first + 1 :] if x.startswith("#")]
        if (
            others
            and min(others) == level
            and not TITLE_LIKE_RE.search(text)
            and not dates.find_dates(text)
        ):
            first = -1
    # "## Projekt 7: Gruppenprojekt Protokoll" over "Termin: 22.06.2016": a heading naming the
    # minutes above the meeting's date is part of the document's title, no item.
    dated = next(
        (i for i in range(top, min(len(lines), top + 15)) if dates.find_dates(lines[i])), -1
    )
    for i, line in enumerate(lines):
        if not line.startswith("#") or i < top:
            continue
        hashes, text = _strip_md(line)
        if not hashes:
            continue  # "#21 …": an issue's number
        if not text or i == first or META_HEADINGS.match(text):
            continue
        among = SECTION_HEADINGS.match(text) and _part_among_topics(lines, i, hashes, text)
        if SECTION_HEADINGS.match(text) and not among:
            continue
        if ATTENDANCE_HEADING_RE.match(text) or ABSENCE_HEADING_RE.match(text):
            continue  # "### Voting member Attendees:", "### … not in attendance": no topic
        if i < dated and TITLE_LIKE_RE.search(text) and not among:
            continue
        if _header_field(text.replace("**", ""), before_topics=not heads):
            continue
        heads.append((i, hashes, text))
    if not heads:
        return []
    # "### AGENDA" over "#### Correspondence", "#### Treasurer Report": the items are the
    # headings inside the agenda section.
    inside = _headings_in_agenda_section(lines, top)
    if len(inside) >= 2:
        return [
            Cand(i, (k + 1,), clean_title(t), True, "agenda") for k, (i, t) in enumerate(inside)
        ]
    # The shallowest level used more than once: a lone heading above them is a subtitle.
    levels = sorted({h for _, h, _ in heads})
    level = next((lv for lv in levels if sum(1 for _, h, _ in heads if h == lv) >= 2), levels[0])
    picked = [(i, t) for i, h, t in heads if h == level]
    agenda_at = next(
        (i for i, x in enumerate(lines) if x.startswith("#") and AGENDA_LABEL_RE.match(x.strip())),
        None,
    )
    if agenda_at is not None and sum(1 for i, _ in picked if i > agenda_at) >= 2:
        # "## Working Group Contacts:" above "### Agenda", the topics' headings below it: a
        # heading above the agenda belongs to the header.
        picked = [(i, t) for i, t in picked if i > agenda_at]
    if grouped := _grouped_topics(heads, picked, level):
        picked, level = grouped
    while len(picked) >= 2 and tasks.is_section(picked[-1][1]):
        # "## Aufgaben bis zum 19.11.2020", "## Action items for next week" after the topics:
        # the closing list of tasks, no topic ("## Aufgaben" between two topics is one).
        picked.pop()
    return [Cand(i, (k + 1,), clean_title(t), True, f"h{level}") for k, (i, t) in enumerate(picked)]


def _part_among_topics(lines: list[str], at: int, level: int, text: str) -> bool:
    """Whether a heading with a part's name ("## Minutes", "## Notes") is one topic among others.

    "## Minutes" over "- Call to order", then "## Reports", "## Election Results": no heading
    stands inside it and two or more headings of its level follow, so it holds no topics but
    is one of them. Over the topics' "###" headings it is the part that holds them.
    """
    if not PART_WORDS_RE.match(text):
        return False
    after = [_strip_md(x) for x in lines[at + 1 :] if x.startswith("#")]
    after = [(h, t) for h, t in after if h and t]
    if not after or after[0][0] != level:
        return False
    siblings = [t for h, t in after if h == level and not _not_an_item(t)]
    return len(siblings) >= 2


def _numbered_parts(lines: list[str], run: list[Cand]) -> list[Cand] | None:
    """The headings inside the one numbered heading that holds every lower heading, if any.

    The rule of _grouped_topics for numbered headings: the minutes' parts numbered as
    headings of one level, one of them over all the topics' headings of the next level.
    """
    level = _strip_md(lines[run[0].idx])[0]
    if not level or any(len(c.num) > 1 or _strip_md(lines[c.idx])[0] != level for c in run):
        return None
    top = _front_matter_end(lines)
    heads = [
        (i, h, t)
        for i in range(top, len(lines))
        if lines[i].startswith("#")
        and (ht := _strip_md(lines[i]))[0]
        and (h := ht[0])
        and (t := ht[1])
    ]
    at = {i for i, _, _ in heads}
    if any(c.idx not in at for c in run):
        return None
    grouped = _grouped_topics(heads, [(c.idx, c.title) for c in run], level)
    if grouped is None:
        return None
    topics, sub = grouped
    return [Cand(i, (k + 1,), clean_title(t), True, f"h{sub}") for k, (i, t) in enumerate(topics)]


def _grouped_topics(
    heads: list[tuple[int, int, str]], picked: list[tuple[int, str]], level: int
) -> tuple[list[tuple[int, str]], int] | None:
    """The headings one level down when one heading of the level holds all of them.

    "## 17:00 UTC – Meeting start" over every topic, between "## 16:30 UTC – Socializing"
    and "## 18:07 UTC – Meeting end"; "# Offene Themen" over twelve topics, "#
    Vorstands-Themen" with none: a heading that holds every heading below its level, at least
    four and twice as many as its level has, is a part of the meeting, and the headings it
    holds are the topics. Two such parts ("## Consent Agenda", "## Regular Agenda") may be
    topics with parts of their own; so are headings named alike ("### Discussion" under each).
    """
    at = {i: k for k, (i, _, _) in enumerate(heads)}
    kids: list[list[tuple[int, int, str]]] = []
    for n, (i, t) in enumerate(picked):
        below = []
        if n == 0 and at[i] == 0 and TITLE_LIKE_RE.search(t):
            # "## Board Meeting 2014-01-23 Minutes" over "### Directors Absent", "### Location
            # and Time": the headings under the document's title are its header, no topics.
            kids.append(below)
            continue
        for j, h, t in heads[at[i] + 1 :]:
            if h <= level:
                break
            below.append((j, h, t))
        kids.append(below)
    sub = min((h for below in kids for _, h, _ in below), default=0)
    groups = [g for below in kids if (g := [(j, t) for j, h, t in below if h == sub])]
    topics = groups[0] if len(groups) == 1 else []
    if len(topics) < 4 or len(topics) < 2 * len(picked):
        return None
    if len({norm_key(t) for _, t in topics}) < len(topics):
        return None
    return topics, sub


AGENDA_SECTION_RE = re.compile(
    r"^(?:Agenda|Tagesordnung(?:spunkte)?|Traktanden(?:liste)?|Topics|Themen|Discussion|Minutes|"
    r"Protokoll|Proceedings|Topics\s+Covered|Discussion\s+Topics|Meeting\s+Notes|Notes|"
    r"(?:Agenda|Tagesordnung)\s*(?:&|and|und|/)\s*(?:Notes|Minutes|Protokoll|Notizen))\s*:?$",
    re.I,
)
# A section that holds the minutes rather than the plan: its headings are what was discussed.
MINUTES_SECTION_RE = re.compile(
    r"^(?:Minutes|Protokoll|Proceedings|Topics\s+Covered|Meeting\s+Notes|Notes|"
    r"(?:Agenda|Tagesordnung)\s*(?:&|and|und|/))",
    re.I,
)


def _headings_in_agenda_section(lines: list[str], top: int) -> list[tuple[int, str]]:
    """The next-level headings under a heading "Agenda" / "Tagesordnung", if it has any.

    When the agenda and then the minutes each have a section of headings ("## Agenda" over
    "### Standing Items", "## Proceedings" over "### Approval of previous minutes"), the
    minutes' headings are the items unless they are fewer (topics the minutes skipped).
    """
    first: list[tuple[int, str]] = []
    planned = False
    for i in range(top, len(lines)):
        if not lines[i].startswith("#"):
            continue
        level, text = _strip_md(lines[i])
        if not AGENDA_SECTION_RE.match(text):
            continue
        below: list[tuple[int, int, str]] = []
        for k in range(i + 1, len(lines)):
            if not lines[k].startswith("#"):
                continue
            sub_level, sub = _strip_md(lines[k])
            if sub_level <= level:
                break
            if sub and not META_HEADINGS.match(sub):
                below.append((k, sub_level, sub))
        # The next level used below it, even when the writer skipped one ("###" over "#####").
        top_sub = min((lv for _, lv, _ in below), default=0)
        found = [(k, sub) for k, lv, sub in below if lv == top_sub]
        if len(found) >= 2:
            if not first:
                first, planned = found, not MINUTES_SECTION_RE.match(text)
            elif planned and MINUTES_SECTION_RE.match(text) and len(found) >= len(first):
                return found
    return first


# "(10 min)", "(*Eric Huss* **Time**: 10 minutes)", "[20 Min.]", "(5m, Lee)" after a title:
# its time slot.
DURATION_TAIL_RE = re.compile(
    r"\s*[(\[][^()\[\]]*?(?:\d+\s*(?:min(?:ute)?s?|Min(?:\.|uten)?)\b|\bTime\b\W*:|"
    r"(?<![\w.,])\d{1,3}(?-i:m)(?=[,;)\]]))[^()\[\]]*[)\]]\s*$",
    re.IGNORECASE,
)
# "(15m) Open For All", "[10 min] Budget", "(5') Welcome": a time box before the title.
DURATION_HEAD_RE = re.compile(
    r"^[(\[]\s*\d{1,3}\s*(?:m|mins?|minutes?|Min(?:\.|uten)?|'|′)\s*[)\]]\s*(?=\w)", re.IGNORECASE
)
# "102/18 Results of …", "19/001 Review of …": a board's running number before the title.
RUNNING_NUMBER_RE = re.compile(r"^\d{1,4}/\d{1,4}\s+(?=\w)")


def _drop_symbols(title: str) -> str:
    """ "📦👾 Kallaxe? Memberboxen?": pictographs before a title are decoration, not words."""
    i = 0
    while i < len(title) and (
        title[i].isspace() or unicodedata.category(title[i]) in ("So", "Sk", "Cf", "Mn", "Co")
    ):
        i += 1
    return title[i:] if i < len(title) else title


# "Approve previous minutes (https://github.com/…/Board-2019-02-05.md)": the link to what
# the item is about, no part of its title.
BARE_LINK_TAIL_RE = re.compile(r"\s*[(<]\s*(?:https?://|www\.)[^\s()<>]+\s*[)>]\s*$")


# "Database migration  (alice, 16:10:20)": who set the topic in a chat log and when, as a
# meeting bot's summary closes every entry; no part of the title.
SAID_AT_TAIL_RE = re.compile(r"\s*\(\s*[\w.|\[\]`^-]{1,30},\s*[0-2]?\d:[0-5]\d(?::[0-5]\d)?\s*\)$")


def clean_title(title: str) -> str:
    """A heading as a title: links to their text, time slots and running numbers left out."""
    if "~~" in title:
        title = STRUCK_RE.sub("", title).strip() or title.replace("~~", "").strip()
    if title and not title[0].isascii():
        title = _drop_symbols(title)
    title = MD_LINK_RE.sub(r"\1", title).strip().rstrip(":").strip()
    title = BARE_LINK_TAIL_RE.sub("", title) or title
    title = DURATION_TAIL_RE.sub("", title) or title
    title = DURATION_HEAD_RE.sub("", title) or title
    if title.endswith(")"):
        title = SAID_AT_TAIL_RE.sub("", title) or title
    return RUNNING_NUMBER_RE.sub("", title) or title


def _title_key(text: str) -> str:
    return norm_key(re.sub(r"\([^)]*\)", "", text)).strip(".:")


TITLE_OUTCOME_RE = re.compile(r"(?:\s[-–—]|:)\s+(?P<outcome>(?:(?!\s[-–—]\s|:\s).){4,80})$")


# A heading or agenda line that says its topic was put off: "Satzung – vertagt", "Bylaws –
# deferred to next meeting", "Budget (postponed)", "Haushalt: verschoben auf Mai".
_PUT_OFF_WORDS = ("vertagt", "verschoben", "zurückgestellt", "postponed", "deferred", "tabled")
_PUT_OFF = "(?:" + "|".join(_PUT_OFF_WORDS) + ")"
_PUT_OFF_TO = r"(?:\s+(?:to|until|till|auf|bis|in)\b[^()]{0,60})?"
POSTPONED_TAIL_RE = re.compile(
    rf"(?:\s+[-–—]\s*|\s*:\s*|\s*\()(?P<mark>{_PUT_OFF}{_PUT_OFF_TO})\)?\s*$",
    re.IGNORECASE,
)


def _postponed_in_title(title: str) -> re.Match | None:
    """The mark at a title's end saying the topic was put off, if any (brackets balanced)."""
    folded = title.casefold()  # as re.IGNORECASE compares letters ("ſ" is an "s")
    if not holds_any(folded, _PUT_OFF_WORDS):
        return None  # the pattern needs one of them; it was tried at every character
    m = POSTPONED_TAIL_RE.search(title)
    if m and (m.group(0).lstrip().startswith("(") != m.group(0).rstrip().endswith(")")):
        return None  # "Budget (postponed" / "Budget – deferred)": not the mark's own brackets
    return m


def _postponed_cut(title: str) -> str:
    m = _postponed_in_title(title)
    return title[: m.start()].strip() if m and title[: m.start()].strip() else title


def _runs_on(title: str, body_lines: list[str]) -> bool:
    """Whether a title is the first line of a sentence the item's first line goes on with."""
    if len(title) < 30 or title.rstrip()[-1:] in ".:;!?)]" or len(title.split()) < 6:
        return False
    first = next((line.strip() for line in body_lines if line.strip()), "")
    return first[:1].islower()


# "Financial update: Sebastian walked …", "Board elections 2022. This year's election …":
# a short topic, then a colon or a full stop and the paragraph's first sentence.
TOPIC_LEAD_RE = re.compile(
    r"^(?P<head>[A-ZÄÖÜ][^:.;!?]{2,60}?[^\s.:]{3})(?::\s+|\.\s+(?=[A-ZÄÖÜ]))(?P<rest>\S.*)$"
)


def _led_by_topic(title: str, body_lines: list[str]) -> tuple[str, str]:
    """A numbered paragraph's topic and its first sentence, when the line reads as both.

    The rest must be a sentence that runs on to the next line, or after a colon one that ends
    with a full stop ("Unanimous consent votes: none requested."); "Electron 9 release:
    tweets", "Goals for TAC: Year 2" and "OWD was launched. Congratulations all!" stay whole.
    """
    m = TOPIC_LEAD_RE.match(title)
    if not m or len(m["head"].split()) > MAX_LABEL_WORDS:
        return title, ""
    rest = m["rest"]
    first = next((x.strip() for x in body_lines if x.strip()), "")
    runs_on = len(title) >= 60 and first[:1].islower()
    if runs_on or (title[len(m["head"])] == ":" and rest.endswith((".", "!", "?"))):
        return m["head"].strip(), rest
    return title, ""


def _outcome_in_title(title: str) -> str | None:
    """The decision kind an outcome after a dash or colon in a heading states, if any."""
    m = TITLE_OUTCOME_RE.search(title)
    return decisions.sentence_kind(m["outcome"]) if m else None


def parse_text(
    text: str,
    *,
    fmt: str = "txt",
    body: str | None = None,
    filename: str | None = None,
    tables: bool = True,
) -> dict:
    """Read the structure of a minutes text into the contract's dict (without "source").

    tables=False reads a text whose topic table (form_tables) is written out already.
    """
    with dates.slashed_dates_of(text):  # "5/3/21" as the document writes its dates
        return _parse_text(text, fmt=fmt, body=body, filename=filename, tables=tables)


def _parse_text(
    text: str, *, fmt: str, body: str | None, filename: str | None, tables: bool
) -> dict:
    _forget_lines()
    text = normalise(text)
    lines = text.split("\n")
    if filename and filename.lower().endswith(".rst"):
        lines = rst_headings(lines)
    elif fmt == "txt" and _plain_underlined(text):
        lines = rst_headings(lines, plain=True)
    if fmt == "txt" and (text.startswith("=") or "\n=" in text):
        lines = wiki_headings(lines)
    if fmt == "md":
        lines = md_lists(rst_headings(lines, setext=True))
    lines = _unquote_front_matter(lines)
    text = "\n".join(lines)
    doc = Doc(lines, fmt)
    cands: list[Cand] = []
    row_header, table_open = "", False  # the column labels of the table the rows stand in
    for i, line in enumerate(lines):
        if line.lstrip().startswith("|"):
            c = _table_row_heading(line)
            if c:
                c.idx = i
                if c.rest:
                    row_header = c.rest
                elif table_open and row_header:
                    c.rest = row_header  # "| 3. Probelauf | | |" further down the same table
                cands.append(c)
            table_open = True
            continue
        table_open, row_header = False, "" if line.strip() else row_header
        c = match_heading(line)
        if c:
            c.idx = i
            cands.append(c)
    cands = _long_entries(lines, cands)
    strong = [c for c in cands if c.strong]
    runs = _numbered_without_dots(build_runs(strong or cands))
    if strong and len(strong) < len(cands) and max((len(r) for r in runs), default=0) < 2:
        # One "Item 9 - At this point the Chair sought …" among "1 Opening", "2 Apologies", …:
        # a lone strong line is a sentence naming an item, the numbered lines are the items.
        weak = _numbered_without_dots(build_runs(cands))
        if max((len(r) for r in weak), default=0) >= 3:
            strong, runs = [], weak
    # "* eP: I propose three principles:" over "    1. Server-side clients can manage the
    # private key": a numbered list indented under a bullet is a part of that entry.
    runs = [
        r
        for r in runs
        if not _under_a_bullet(lines, r)
        and not _inside_a_topic(lines, r)
        and not _next_meetings_agenda(lines, r)
        and not _under_a_todo_label(lines, r)
    ]
    body_run, agenda_run = _choose_runs(runs)
    if len(body_run) >= 2 and (inner := _numbered_parts(lines, body_run)):
        # "## 1. Meeting Information", "## 2. Agenda Items", "## 3. Discussion Points" over
        # every topic's "###", "## 4. Decisions Made": the numbered headings are the parts.
        body_run = inner
    if len(body_run) == 1 and agenda_run is None:
        # One line "1. Code of Conduct." is no agenda: headings, when there are two or more,
        # are the items ("### Minutes for AGM 2016", "### President Report", …).
        headed = _unnumbered_headings(lines)
        if len(headed) >= 2:
            body_run = headed
    if strong and body_run:
        weak_runs = build_runs([c for c in cands if not c.strong and c.idx < body_run[0].idx])
        weak_runs = [r for r in weak_runs if len(r) >= 2]
        if weak_runs and agenda_run is None:
            agenda_run = max(weak_runs, key=len)
    if not body_run:
        body_run = _unnumbered_headings(lines)
        if len(body_run) == 1:
            # One heading ("## Agenda") over a nested list: its top-level items with details
            # below them are the items, as when the notes stand under "## Minutes"; two do
            # when the heading is the document's title ("# OCIO TSC Meeting Notes").
            listed = _top_bullets(lines, body_run[0].idx + 1)
            if len(listed) >= 3 or (len(listed) == 2 and TITLE_LIKE_RE.search(body_run[0].title)):
                body_run = listed
    if body_run and all(_not_an_item(c.title) for c in body_run):
        # "## In Attendance", "## Agenda" over a list of topics, "## TODO": the agenda's
        # entries are the items when no heading names one.
        listed = _agenda_bullets(lines)
        if len(listed) >= 2:
            body_run = listed
    if len(body_run) == 1 and agenda_run is None and _part_heading(body_run[0].title):
        # "### Meeting Minutes" over "**Upcoming Events:**", "**Discussion:**", …: a heading
        # that holds every topic is a part of the minutes; the lines in bold below it are the
        # topics.
        bold = [c for c in _bold_lines(lines) if c.idx > body_run[0].idx]
        if len(bold) >= 2:
            body_run = bold
    if not body_run:
        body_run = _topic_lines(lines) or _bold_lines(lines) or _caps_lines(lines)
    if not body_run:
        # "Themen:" / "## Agenda" over a list, and no heading below: the list's entries are the
        # items, each starting where the minutes name it again ("Tests:" over its notes).
        # A flat list whose entries the minutes do not name again is the notes of one item.
        listed = _agenda_bullets(lines)
        if len(listed) >= 2 and (_with_details(lines, listed) or _named_again(lines, listed)):
            body_run = listed
        elif len(listed) == 1 and any(x.strip() for x in lines[listed[0].idx + 1 :]):
            # "### Agenda:" over "* **MLIR proposal**" and its notes: an agenda of one topic.
            body_run = listed
    if not body_run:
        # Notes kept as a list under "## Minutes": the items start below that heading.
        start = _front_matter_end(lines)
        notes = next(
            (i for i, x in enumerate(lines) if x.startswith("#") and NOTES_HEADING.match(x)), None
        )
        body_run = _top_bullets(lines, start if notes is None else max(start, notes + 1))
    if not body_run:
        # "Agenda: Prepare for the checkpoint. Select a project.": the agenda in one line.
        body_run = _inline_agenda(lines)
    if not body_run:
        # "Matters Arising: The verge outside …", "Payments: It was proposed …": paragraphs
        # that open with their topic's label, when nothing else marks the items.
        body_run = _labelled_paragraphs(lines)
    if not body_run:
        # "Stand Projekt:" over its list, "Organisatorisches:" over another: labels alone,
        # each over the list of its notes.
        body_run = _labels_over_lists(lines)
    # An agenda list whose entries headings below name again: the list gives the items.
    listed_agenda: list[AgendaEntry] | None = None
    if agenda_run is None and (
        relisted := _listed_then_named(lines, body_run, unmarked=fmt != "md")
    ):
        body_run, listed_agenda = relisted
    elif agenda_run is None and (listed := _agenda_over_sections(lines, body_run)):
        # "## Agenda items" over the topics, "## Welcome", "## Reports" around it: the list's
        # entries are the items, the other headings parts of the meeting.
        body_run = listed
    elif (
        body_run and not strong and agenda_run is None and _headings_name_the_list(lines, body_run)
    ):
        # "1) Status report on core spec" in the opening's minutes, then "Status Report on
        # Core Spec and Reference Build" in bold over its minutes: the list was the agenda.
        body_run = _unnumbered_headings(lines)
    if not body_run and fmt in ("docx", "pdf", "odt", "rtf", "html"):
        # "Synchronising audio & graphics" over "Eddie brought this up …": a page whose
        # headings lost their marks; short lines alone over longer paragraphs are the items.
        body_run = _line_heads(lines)
    renumbered: list[Cand] = []
    if listed_agenda is None:
        body_run, renumbered = _same_level_items(lines, body_run)
    top = _front_matter_end(lines)
    title_line = next((x for x in lines[top:] if x.strip() and x.strip() != "\f"), "")
    doc_title = _strip_md(title_line)[1]
    if doc_title and not TITLE_WORDS_RE.sub("", doc_title, count=1).strip():
        # "Ergebnisprotokoll" alone on the first line: the body's name follows on the next.
        following = next((x for x in lines[lines.index(title_line) + 1 :] if x.strip()), "")
        name = _strip_md(following)[1]
        if (
            name
            and len(name) <= 80
            and ":" not in name
            and not match_heading(following)
            and not dates.find_dates(name)
            and not META_HEADINGS.match(name)
        ):
            doc_title = f"{doc_title} {name}"
    body_start = body_run[0].idx if body_run else len(lines)
    head_end = min(body_start, agenda_run[0].idx if agenda_run else body_start)
    header = lines[:body_start]
    meta = _header_meta(lines[:head_end] or header)
    if meta["date"] is None and head_end < body_start:
        meta = _header_meta(header)
    if (
        not body_run
        and tables
        and "|" in text
        and (
            (rows := form_tables.topic_rows(lines, _row_title))
            or (rows := form_tables.label_rows(lines, _row_title))
        )
    ):
        # "| 1 | Begrüßung | Eröffnung durch … |": a form whose topics are rows of a table,
        # read again with each topic row written as a heading over its notes.
        return parse_text("\n".join(rows), fmt=fmt, body=body, filename=filename, tables=False)
    if not body_run:
        # Minutes by their own word ("Protokoll zum Gruppenprojekt, 1. Woche") are read even
        # without a date: a person reads them, and a date is no mark of minutes (a letter has
        # one). Text without any word of a meeting is refused, dated or not.
        if not re.search(
            r"protokoll?|protocol|sitzung|besprechung|treffen|treff\b|niederschrift|minutes|"
            r"meeting|attendees|attendance|present|attending|anwesen|teilnehm|versammlung|plenum|"
            # A stand-up's notes: "Done: …", "Will Do: …", "Blockers: …" a person.
            r"blockers?\s*:|will\s+do\s*:|stand-?up",
            text,
            re.I,
        ):
            raise ProtocolReadError(
                gettext_noop(
                    "Im Dokument wurde keine Protokollstruktur (Tagesordnungspunkte oder Datum) erkannt."
                )
            )
        body_run = [Cand(next(i for i, x in enumerate(lines) if x.strip()), (1,), "", True, "x")]
        body_run[0].title = "Protokoll"
        doc.notices.add("no_items")
    if meta["date"] is None and filename:
        # "2017-06-11-Breminale.md", "protokoll-fsfw-dd-20160414.md": the date the text leaves out.
        meta["date"] = _date_in_name(filename)
        if meta["date"] is not None:
            doc.notices.add("date_from_file_name")
    elif meta["date"] is not None and filename and (named := _date_in_name(filename)):
        d = meta["date"]
        if (d.year, d.month, d.day) == (named.year, named.day, named.month):
            # "4/11/2016" read either way: the file's name ("…_2016-04-11.pdf") says which.
            meta["date"] = named
    ref = meta["date"]
    if ref is None:
        any_dates = [h for h in dates.find_dates(text) if h.has_year]
        ref = any_dates[0].date if any_dates else None
        doc.notices.add("date_not_found")

    # The agenda: numbered lines with running-together columns, or a table.
    agenda: list[AgendaEntry] = []
    if listed_agenda:
        agenda = listed_agenda  # the list the minutes name again (_listed_then_named)
    elif agenda_run:
        agenda = agenda_from_run(doc, agenda_run, body_start)
    else:
        for lo, hi in _find_tables(lines, 0, body_start):
            found = agenda_from_table(doc, lines[lo:hi])
            if found:
                agenda = found
                break
    by_num = {e.number: e for e in agenda}

    # Body headings; a heading broken over lines continues while it matches the agenda text.
    heads: list[tuple[Cand, int]] = []
    for k, cand in enumerate(body_run):
        stop = body_run[k + 1].idx if k + 1 < len(body_run) else len(lines)
        number = ".".join(str(x) for x in cand.num)
        entry = by_num.get(number)
        title = cand.title
        j = cand.idx + 1
        consumed = cand.idx + 1
        tries = 0
        while j < stop and tries < 3:
            s = _strip_md(lines[j])[1]
            if not s or s == "\f":
                j += 1
                continue
            tries += 1
            if content.is_link_line(s) or not title and not s:
                break
            if not title and entry is not None:
                break  # "## zu 1." names its item by number: the agenda holds the title
            if not title:
                title, consumed = s, j + 1
                j += 1
                continue
            ok = False
            if entry is not None:
                key = norm_key(entry.text)
                ok = key != norm_key(title) and key.startswith(norm_key(title + s))
            elif (
                len(s) <= 80
                and not content._is_block_start(s)
                and (
                    title.endswith(("-", "–", ","))
                    or title.split()[-1].lower() in content.CONT_WORDS
                )
            ):
                ok = True
            if not ok:
                break
            title = _join_lines([title, s])
            consumed = j + 1
            j += 1
        cand.title = clean_title(title)
        heads.append((cand, consumed))
    for cand in renumbered:
        # "## 4. StuKo" after "## 4. Sommerfest": the item keeps its place under a number of its own.
        doc.notices.add("item_renumbered", number=str(cand.num[0]), heading=cand.title)

    for entry in agenda:
        if not entry.title:
            body_title = next(
                (c.title for c, _ in heads if ".".join(map(str, c.num)) == entry.number), None
            )
            entry.title, entry.presenters = split_presenters(entry.text, body_title)

    # Who is who: names help to find task owners at the start of sentences.
    count, participants = _participants(header)
    if count is None and not participants and body_run:
        # The roll call recorded under the first item ("1. Opening — Present: …").
        stop = body_run[1].idx if len(body_run) > 1 else len(lines)
        count, participants = _participants(lines[body_start : min(stop, body_start + 60)])
    if count is None and not participants:
        # "## Attendees" / "### Anwesende:" as an item of its own, anywhere in the minutes, or
        # "Attendees (ordinary members):" over its list below an item ("## Setup").
        for i in range(body_start, len(lines)):
            line = lines[i]
            if line[:1].isdigit() and (num := ROLL_ITEM_RE.match(line)):
                line = line[num.end() :]  # "2. Roll Call – Members Present" as an item
            elif line[:1] == "#" and (num := SECTION_NUMBER_RE.match(line)):
                # "### 2.1 Participants", "## 3. Anwesenheit": a numbered heading of the list.
                bare = f"{num['marks']} {line[num.end() :]}"
                if _attendance_head(bare, _strip_md(bare)[1]):
                    line = bare
            if not line[:1].isalpha() and not line.startswith(("#", "*", "_", "- ", "• ")):
                continue
            # "- attendee: ko1, akr" / "- on-line: matz": a label as a list's item.
            label = unmark(_strip_md(line)[1])
            m = PARTICIPANTS_RE.match(label.replace("**", ""))
            if m and line.startswith(("- ", "• ")) and not _names_or_handles(m["rest"]):
                m = None  # "- TSC members: if you're not in the chat, …": a sentence, no list
            if (line.startswith("#") and _attendance_head(line, label)) or m:
                count, participants = _participants([line, *lines[i + 1 : i + 200]])
                if count is not None or participants:
                    break
    if count is None:
        count = people.stated_count(header)
    if count is None and not participants:
        # A stand-up's notes name those present by their reports ("Lee I:" / "Done: …").
        reporting = tasks.standup_people(lines)
        if len(reporting) >= 2:
            participants = [names.parse_person(who) for who in reporting]
    if count is None and not participants and body_run:
        # "## 0. Opening" / "16 paid members at meeting": the count under the first item.
        stop = body_run[1].idx if len(body_run) > 1 else len(lines)
        count = people.stated_count(lines[body_start : min(stop, body_start + 60)])
    for k in range(1, min(4, len(body_run))):
        # "TOP 2 - Feststellung der Beschlussfähigkeit" / "Es sind aktuell 80 Mitglieder
        # anwesend": the count under the opening item that is not the first.
        if count is not None or participants:
            break
        if QUORUM_ITEM_RE.search(body_run[k].title):
            stop = body_run[k + 1].idx if k + 1 < len(body_run) else len(lines)
            count = people.stated_count(lines[body_run[k].idx : min(stop, body_run[k].idx + 60)])
    count_tables = None
    if not participants:
        for lo, hi in _find_tables(lines, 0, body_start):
            hdr, rows = parse_table(lines[lo:hi])
            if hdr and hdr[0] in ("name", "teilnehmende", "person") and rows:
                org = _column(hdr, r"organisation|institution|einrichtung|firma")
                participants = [
                    names.parse_person(
                        r[0]
                        + (f" ({r[org]})" if org is not None and org < len(r) and r[org] else "")
                    )
                    for r in rows
                    if r and r[0] and not any(AWAY_CELL_RE.match(c) for c in r[1:])
                ]
                count_tables = len(participants)
                break
    title_key = title_line.strip()
    # "Minutes by Ben Abelshausen" as the first line names the note-taker, it is no title.
    by_line = (
        NOTE_BY_RE.match(_strip_md(title_key)[1]) is not None
        or people.ROLE_LABEL_RE.match(people.plain(title_key)) is not None
    )
    title_idx = {
        i
        for i, x in enumerate(lines)
        if title_key and not by_line and title_key in x and x.strip() == title_key
    }
    note_taker, note_idx = people.note_taker(lines, body_start=body_start, skip=title_idx)
    if note_idx is not None and _records_decision(lines[note_idx]):
        # "Zum Protokollführer wird Ben Maier gewählt, der Vorstand wird entlastet.": the line
        # names the note-taker and is a decision of the meeting; it stays in its item.
        note_idx = None
    if note_taker is None:
        # "Marcus Gustafsson (MG) (Minuting)" in the header, or in the list of those present
        # wherever it stands ("| Attendees: | … |" below the title heading).
        for i, line in enumerate(lines[:MAX_MARK_LINES]):
            if i >= body_start and not _is_attendance_line(line):
                continue
            m = NOTE_MARK_RE.search(line.replace("*", ""))
            if m:
                note_taker = names.name_only(m["who"]) or None
                if note_taker and len(note_taker.split()) >= 3:
                    # "Andrew Mee AM (taking minutes)": the initials the minutes use for them.
                    note_taker = re.sub(r"\s+[A-ZÄÖÜ]{1,4}$", "", note_taker)
                break
    if note_taker is None:
        # "Leon Farchau Olaf Koenig" / "Versammlungsleitung Protokollführung" at the end.
        note_taker = people.signature_note_taker(lines)
    if note_taker is None:
        # "Regards," / "Nick Draper" under minutes the sender mailed.
        note_taker = people.emailed_note_taker(lines)
    if note_taker is None:
        # YAML front matter is data, not prose: "protokoll: schymura" names the note-taker
        # by a handle too, which a label in running text would not.
        for line in lines[: _front_matter_end(lines)]:
            m = FRONT_NOTE_TAKER_RE.match(line.strip())
            if m:
                note_taker = m["who"]
                break
    known = [p["name"] for p in participants]
    for e in agenda:
        known.extend(p["name"] for p in e.presenters)
    if note_taker:
        known.append(note_taker)
    # First names alone ("Anna übernimmt …") count as owners once the header names them.
    first_names = frozenset(k.split()[0] for k in known if k and k[0].isupper())
    known = sorted({k for k in known if k and " " in k}, key=len, reverse=True)
    # Who takes a task on is named as the minutes name those who speak ("Seth KC0ODE
    # reported …" … "Seth will reach out …"), whether or not they list those present.
    joined = "\n".join(lines)
    # And as they name those who commit ("Greg to sort the rota.", "Alistair will ping …").
    speakers = names.speakers(joined) | tasks.committers(joined)

    width = _line_width(lines)
    hard_gaps = fmt == "docx"
    items: list[dict] = []
    header_links: list[str] = []
    _, pre_blocks = content.reflow(
        [x for x in lines[head_end:body_start] if content.is_link_line(x.strip()) or not x.strip()],
        width=width,
        hard_gaps=hard_gaps,
    )
    for block in pre_blocks:
        header_links.extend(block)
    positional: list[list[str]] = []
    # Header → agenda → items → closing: the last item ends where the closing starts.
    layout = states.walk(
        lines,
        agenda_start=agenda_run[0].idx if agenda_run else None,
        body_start=body_start,
        last_item=heads[-1][1] if heads else body_start,
    )
    differs: set[str] = set()  # the agenda entries whose number heads another topic
    for k, (cand, consumed) in enumerate(heads):
        stop = heads[k + 1][0].idx if k + 1 < len(heads) else len(lines)
        # The closing is no item's minutes; its page-foot links still go to the items.
        body_lines = [
            ""
            if i == note_idx or (i >= layout.closing_start and not content.is_link_line(lines[i]))
            else lines[i]
            for i in range(consumed, stop)
        ]
        if not cand.rest and cand.style.startswith(("num", "roman")):
            # "2. Intermediate actions: Sebastian filed …" / "individuals). Alistair …": a
            # numbered paragraph led by its topic; the topic is the title, the rest minutes.
            cand.title, cand.rest = _led_by_topic(cand.title, body_lines)
        if cand.rest:
            body_lines.insert(0, cand.rest)
        elif _runs_on(cand.title, body_lines):
            # "2.1 The minutes were amended and then accepted as a true and" / "accurate
            # record …": a numbered paragraph whose first line became the title; its sentence
            # is read whole, as the minutes write it.
            body_lines.insert(0, cand.title)
        paras, blocks = content.reflow(body_lines, width=width, hard_gaps=hard_gaps)
        # "Aufgaben bis zum 19.11.2020", "Bis nächste Woche": the title's date is its tasks'.
        section_due = tasks.heading_due(cand.title, ref)
        analysis = content.analyse(
            paras,
            ref=ref,
            known=known,
            first_names=first_names,
            speakers=speakers,
            task_section=section_due is not None or tasks.is_section(cand.title),
            task_review=tasks.is_review(cand.title),
            decision_section=content.decision_section_kind(cand.title),
            section_due=section_due,
            election_section=offices.election_heading(cand.title),
        )
        number = ".".join(str(x) for x in cand.num)
        entry = by_num.get(number)
        item = {
            "number": number,
            # "### 2. API" under the listed "2. DKS API": when minutes hold both an agenda
            # list and their own topic headings, the heading names the item (R-13); a
            # numbered line or paragraph of the body, no heading, leaves the list's title.
            "title": cand.title
            if cand.title and agenda_run and lines[cand.idx].startswith("#")
            else entry.title
            if entry and entry.title
            else cand.title,
            "start": entry.start if entry else None,
            "actual_start": entry.actual_start if entry else None,
            "actual_end": entry.actual_end if entry else None,
            "presenters": entry.presenters
            if entry
            else _heading_presenters(cand.title, known, first_names),
            "status": analysis.status,
            "minutes": analysis.minutes,
            "decisions": analysis.decisions,
            "tasks": analysis.tasks,
            "attachments": analysis.attachments,
            "links": content.find_links(analysis.minutes),
        }
        outcome = None
        if (
            cand.title.endswith(".")
            and len(cand.title) > 20
            and not any(cand.title in d["text"] for d in analysis.decisions)
            and (kind := decisions.sentence_kind(cand.title))
        ):
            # "6. Accounts were presented and accepted for payment.": numbered minutes whose
            # item is one sentence record the decision in it, before those its notes record.
            item["decisions"] = [{"text": cand.title, "kind": kind, "votes": None}]
            item["decisions"] += analysis.decisions
        elif (
            not analysis.decisions
            and len(cand.title) < 60
            and (kind := decisions.outcome_alone(cand.title))
        ):
            # "1. Approved." / "2. Approved." under "Meeting opened": the results numbered as
            # the agenda's items they answer; the heading is the outcome of its topic.
            said = f"{entry.title}: {cand.title}" if entry and entry.title else cand.title
            item["decisions"] = [{"text": said, "kind": kind, "votes": None}]
        elif not analysis.decisions and (kind := _outcome_in_title(cand.title)):
            # "Approval of Minutes – Unanimously approved as written", "Haushalt: einstimmig
            # angenommen": the heading itself says how its topic was decided.
            item["decisions"] = [{"text": cand.title, "kind": kind, "votes": None}]
            outcome = TITLE_OUTCOME_RE.search(cand.title)
        if entry is not None and not entry.presenters and "(" in item["title"]:
            # An agenda entry's closing brackets naming people ("Dokumentation (Sabine K…)").
            named = _heading_presenters(item["title"], [], frozenset())
            if named:
                item["presenters"] = named
                item["title"] = _heading_presenters_strip(item["title"], named)
        if entry is None and not agenda:
            item["title"] = _heading_presenters_strip(cand.title, item["presenters"])
            # "Geburtstagsparty (alle!)", "Wrap-up (everyone)": a topic for all, no presenter.
            item["title"] = FOR_ALL_RE.sub("", item["title"]) or item["title"]
        if entry is None and outcome and item["title"].endswith(outcome["outcome"]):
            # "Approval of March minutes - Unanimously approved as written": the topic is the
            # title, the outcome its decision.
            item["title"] = item["title"][: -len(outcome.group(0))].strip() or item["title"]
        if entry is None and (clock := CLOCK_HEAD_RE.match(item["title"])):
            # "### 20:30 Finances", "### 19.30 Uhr Begrüßung": the time the item was taken up
            # (as in a bulleted list, see _top_bullets), then its title.
            item["start"] = times.parse_time(clock["t"])
            item["title"] = item["title"][clock.end() :]
        if entry is None and (clock := CLOCK_TAIL_RE.search(item["title"])):
            # "Call to order/Moment of Silence (10:07)": the time the item was taken up.
            item["start"] = times.parse_time(clock["t"])
            item["title"] = item["title"][: clock.start()].strip() or item["title"]
        if entry and re.search(r"\bentfällt\b|\bgestrichen\b", entry.title, re.I):
            item["status"] = "withdrawn"
        put_off = (
            _postponed_in_title(item["title"])
            or _postponed_in_title(cand.title)
            or (entry and _postponed_in_title(entry.text))
        )
        if put_off:
            # "TOP 4 Satzungsänderung – vertagt": the item is postponed, and that was decided.
            said = put_off.string
            item["title"] = _postponed_cut(item["title"])
            item["status"] = "postponed"
            if not any(d["kind"] == "postponement" for d in item["decisions"]):
                item["decisions"].append({"text": said, "kind": "postponement", "votes": None})
        if entry and cand.title and entry.title:
            a, b = _title_key(entry.title), _title_key(cand.title)
            if a != b and not a.startswith(b) and not b.startswith(a):
                doc.notices.add(
                    "title_differs", number=number, agenda=entry.title, heading=cand.title
                )
                differs.add(number)
        if agenda and entry is None:
            doc.notices.add("item_not_in_agenda", number=number)
        items.append(item)
        positional.append([u for b in blocks for u in b])

    # Footer links go to the item that mentions them, else to the item on whose page they stand.
    # Lowered in parts, as _next_meeting lowered each item's minutes: str.lower() of the whole
    # is that of its parts, no character becoming or leaving a line break.
    haystacks = [
        lowered(it["title"])
        + "\n"
        + lowered(it["minutes"])
        + "\n"
        + (lowered(by_num[it["number"]].text) if it["number"] in by_num else "")
        for it in items
    ]
    orphan = [(0, u) for u in header_links] + [
        (k, u) for k, us in enumerate(positional) for u in us
    ]
    for k, url in orphan:
        key = content.link_key(url)
        target = next((n for n, h in enumerate(haystacks) if key and key in h), k)
        if target < len(items):
            items[target]["links"].append(url)
    for it in items:
        seen: set[str] = set()
        uniq = []
        for url in it["links"]:
            key = content.link_key(url)
            if key not in seen:
                seen.add(key)
                uniq.append(url)
        # Prefer the full address from a footer over the bare "www." form in the text.
        it["links"] = _prefer_full(uniq, it["links"])

    first_at = min([head_end] + [cand.idx for cand, _ in heads[:1]])
    head_paras: list[content.Para] = []
    if items and first_at > 0:
        # "- Minutes of August 23 meeting approved." among the header lines, or a block
        # "Beschlüsse:" above the first item: the meeting decided it before its first topic.
        head_lines = ["" if i == note_idx or i in title_idx else lines[i] for i in range(first_at)]
        head_paras, _ = content.reflow(head_lines, width=width, hard_gaps=hard_gaps)
        found = content.analyse(
            head_paras, ref=ref, known=known, first_names=first_names, speakers=speakers
        )
        taken = {d["text"] for it in items for d in it["decisions"]}
        for d in found.decisions:
            d["text"] = d["text"].lstrip("# ")  # "#### Previous minutes" / "Accepted"
        items[0]["decisions"] = [d for d in found.decisions if d["text"] not in taken] + items[0][
            "decisions"
        ]
        # "- Sami bringt Brötchen mit", "… ACTION Nick to take it to the committee." above the
        # first item: someone committing in running text is given a task there too (not a
        # box or a label over a list there, which an agenda or a roll also has).
        given = [t["text"] for it in items for t in it["tasks"]]
        first_item = heads[0][0].idx if heads else first_at
        if first_item > first_at:
            # And between the agenda and the first item ("Unresolved issue: … ACTION Nick to
            # take it to the committee." between two numbered lists): read by no item.
            gap = ["" if i in title_idx else lines[i] for i in range(first_at, first_item)]
            gap_paras = content.reflow(gap, width=width, hard_gaps=hard_gaps)[0]
            head_paras = head_paras + gap_paras
            bodied = {it["number"] for it in items}
            if len(agenda) >= 2 and all(
                e.number in differs or e.number not in bodied for e in agenda
            ):
                # "Minutes" over "1. Anna was elected chair.", "2. The remit was ratified …",
                # and a numbered list further down ("Agenda for next meeting") taken for the
                # topics: no entry of the list read as the agenda heads its topic, so the list
                # was the minutes; what they record was decided.
                taken = {d["text"] for it in items for d in it["decisions"]}
                listed = content.analyse(
                    gap_paras, ref=ref, known=known, first_names=first_names, speakers=speakers
                )
                for d in listed.decisions:
                    d["text"] = NUM_RE.sub(r"\g<t>", d["text"], count=1)  # "2. The remit …"
                items[0]["decisions"] += [d for d in listed.decisions if d["text"] not in taken]
        items[0]["tasks"] = [
            t
            for t in content.commitments(head_paras, ref, known, first_names, speakers)
            if not any(t["text"] in g or g in t["text"] for g in given)
        ] + items[0]["tasks"]
    if note_taker is None:
        # "TOP 2. Wahl des Protokollanten" / "… stellt Philipp Menke zur Wahl. Er wird
        # einstimmig gewählt": the person the item names most is the note-taker.
        note_taker = _elected_note_taker(items)
    numbers_in_body = {it["number"] for it in items}
    for e in agenda:
        if e.number not in numbers_in_body:
            doc.notices.add("item_not_in_text", number=e.number)
            items.append(
                {
                    "number": e.number,
                    "title": e.title,
                    "start": e.start,
                    "presenters": e.presenters,
                    "status": "withdrawn"
                    if re.search(r"\bentfällt\b", e.title, re.I)
                    else "discussed",
                    "minutes": "",
                    "decisions": [],
                    "tasks": [],
                    "attachments": [],
                    "links": [],
                }
            )
    items.sort(key=lambda it: tuple(int(x) for x in it["number"].split(".")))
    roll = [it for it in items if _roll_call_item(it) or _header_block_item(it)]
    if roll and len(items) - len(roll) >= 2:
        # "1. PRESENT: Gordon Farrell …", "2. Roll Call – Members Present", "## Time and
        # Location" over the opening's time and those present: who was there, read into
        # the attendance above; no topic of the meeting.
        items = [it for it in items if it not in roll]
    signed = [it for it in items if SIGNATURE_ITEM_RE.match(it["title"].replace("**", "").strip())]
    if (
        signed
        and len(items) > len(signed)
        and not any(it["decisions"] or it["tasks"] for it in signed)
    ):
        # "## Unterschriften" over "Protokollführer" and "Vorsitzende", "Signatures" listed in
        # the agenda: the minutes' signatures, no topic of the meeting.
        items = [it for it in items if it not in signed]
    for it in items:
        # "Motion to adjourn: Rose/Bliss; carried unanimously", "adjourned to an executive
        # session": adjourning, recessing or closing the meeting is no decision of it.
        it["decisions"] = [
            d for d in it["decisions"] if not decisions.adjourns(d["text"], it["title"])
        ]

    body_name = body or meta["body"] or _body_name(doc_title)
    # The group's own names: title, front matter and file name ("freifunk-kiel_2019-10-03.md").
    own_names = " ".join([doc_title, *lines[: _front_matter_end(lines)], filename or ""])
    closing = {"minutes": "\n".join(x.strip() for x in layout.closing(lines) if x.strip())}
    # "Die nächste Sitzung findet am … statt" among the header's lines counts as in an item;
    # one the items or the closing state later wins.
    head = [{"minutes": "\n".join(p.text for p in head_paras)}] if head_paras else []
    next_meeting = _next_meeting(doc, [*head, *items, closing], ref, body_name, title=own_names)
    tasks.settle_until_next(items, next_meeting["date"] if next_meeting else None)
    tasks.drop_repeats(items)
    mentioned: list[dict] = []
    seen_dates: set[tuple] = set()
    skip = {ref.isoformat() if ref else None}
    if next_meeting:
        skip.add(next_meeting["date"])
    for it in items:
        for hit in dates.find_dates(it["minutes"], ref):
            iso = hit.date.isoformat()
            context = _context(it["minutes"], hit.pos, hit.endpos)
            # The same date in another sentence is another appointment's context (a group
            # that meets that day): the importer plans meetings of known bodies from it.
            key = (iso, hit.start, hit.end, context)
            if iso in skip or key in seen_dates:
                continue
            seen_dates.add(key)
            mentioned.append({"date": iso, "start": hit.start, "end": hit.end, "context": context})

    if count == UNCOUNTED:
        count = None  # a bound or a group without a number: the minutes give no count
    elif participants and count is not None and count != len(participants):
        doc.notices.add("count_differs", stated=count, listed=len(participants))
    elif count is None and participants:
        count = len(participants) if count_tables is None else count_tables
    # "Plenum am 2023-02-02 um 20:00 Uhr" … "Es wurde gestartet um 21:10 Uhr": when it began.
    began = times.start_in(lines[:body_start], header=True) if meta["start_planned"] else None
    own_names = " ".join([doc_title, body_name or "", filename or ""])
    start = began or meta["start"] or times.start_in(lines) or _opened_at(items)
    end = (
        meta["end"]
        or doc.agenda_end
        or _end_from_text(lines, own_names)
        or times.end_in(lines, header=head_end, own=own_names)
    )
    if start is None or end is None:
        # "Die Sitzung ging von 18:30 bis 21:30": the span in a sentence, often at the end.
        span = times.span_in(lines, own_names)
        start, end = start or span[0], end or (span[1] if start in (None, span[0]) else None)
    end = times.end_after_start(start, end)
    return {
        "body": body_name,
        "title": doc_title,
        "date": meta["date"].isoformat() if meta["date"] else None,
        "start": start,
        "end": end,
        "place": meta["place"],
        "participant_count": count,
        "participants": participants,
        "note_taker": note_taker,
        "agenda": items,
        "breaks": doc.breaks,
        "next_meeting": next_meeting,
        "dates_mentioned": mentioned,
        "warnings": list(doc.notices.texts),
        # The same notices as codes with parameters, to be shown in the reader's language.
        "warning_codes": doc.notices.codes,
    }


def _records_decision(line: str) -> bool:
    """Whether a line holds a decision sentence (an election, a vote), not only a label."""
    text = plain_row(line).strip()
    if not decisions.might_decide(text):
        return False
    return any(decisions.sentence_kind(s) for s in content.split_sentences(text))


ELECT_NOTE_TAKER_RE = re.compile(
    r"\b(?:Wahl|Bestimmung|Benennung)\s+(?:des|der|eines|einer)\s+(?:Protokoll\w*|Schriftführ\w*)|"
    r"\b(?:Election|Appointment|Choice)\s+of\s+(?:a\s+|the\s+)?(?:minute[- ]?taker|note[- ]?taker|"
    r"scribe|secretary)",
    re.IGNORECASE,
)
FULL_NAME_RE = re.compile(rf"\b{names.NAME_WORD}\s+{names.NAME_WORD}\b")


def _elected_note_taker(items: list[dict]) -> str | None:
    """The person an item electing the note-taker names most ("Wahl des Protokollführers")."""
    for it in items:
        if not ELECT_NOTE_TAKER_RE.search(it["title"]):
            continue
        counted: dict[str, int] = {}
        for m in FULL_NAME_RE.finditer(it["minutes"]):
            if names.looks_like_name(m.group()):
                counted[m.group()] = counted.get(m.group(), 0) + 1
        if counted:
            return max(counted, key=lambda n: counted[n])  # the first of the most named
    return None


def _end_from_text(lines: list[str], own: str = "") -> str | None:
    """The end time from a closing sentence ("adjourned at approximately 10:43am").

    Not from a sentence about another body's meeting or another event ("Die Sitzung des
    Senats endet um 17 Uhr", "Der Workshop am Samstag endet um 17 Uhr").
    """
    for line in reversed(lines[-60:]):
        s = _strip_md(line)[1]
        m = END_SENTENCE_RE.search(s)
        if m:
            sentence = next(
                (
                    x
                    for x in content.split_sentences(s)
                    if m["v"] in x and END_SENTENCE_RE.search(x)
                ),
                s,
            )
            if times.other_meeting(sentence, own):
                continue
            return times.range_end(s, m.end("v")) or dates.find_time_range(m["v"])[0]
    return None


def _prefer_full(uniq: list[str], all_links: list[str]) -> list[str]:
    out = []
    for url in uniq:
        if url.lower().startswith("www."):
            key = content.link_key(url)
            full = next((u for u in all_links if "://" in u and content.link_key(u) == key), None)
            url = full or url
        out.append(url)
    return out


def _line_width(lines: list[str]) -> int:
    lengths = sorted(n for n in map(len, map(str.strip, lines)) if n)
    if not lengths:
        return 80
    return max(40, lengths[int(len(lengths) * 0.9) - 1 if len(lengths) > 1 else 0])


def _heading_presenters(
    title: str, known: list[str], first_names: frozenset[str] = frozenset()
) -> list[dict]:
    # Brackets at the end first: "Season of Docs - Contributor Docs (@erickzhao)".
    m = re.search(r"\(([^()]+)\)\s*$()", title) or re.search(r"()\s[–—-]\s+(.+)$", title)
    if not m:
        return []
    inner = (m.group(1) or m.group(2)).strip()
    honor, bare = names.split_honorific(inner)
    if honor or re.match(r"^(?:Herr|Frau)\s", inner) or any(bare.startswith(k) for k in known):
        return _people(inner)
    if m.group(1):
        # "Electron 9 release (@vertedinde)", "Decorators (@nicolo-ribaudo, @jridgewell)":
        # handles, as open-source groups name who brings a topic.
        handles = [x.strip() for x in PRESENTER_SPLIT_RE.split(inner) if x.strip()]
        if handles and len(handles) <= 4 and all(HANDLE_RE.fullmatch(x) for x in handles):
            return [names.parse_person(x[1:]) for x in handles]
    if m.group(1):
        # "Dokumentation (Sabine Kressierer)", "Senden (Andreas Weber, Andreas Gerken)": full
        # names in the closing brackets are those who bring the topic.
        parts = [x.strip() for x in PRESENTER_SPLIT_RE.split(inner) if x.strip()]
        if parts and len(parts) <= 6 and all(names.looks_like_name(x) for x in parts):
            return [names.parse_person(x) for x in parts]
    if m.group(1) and first_names:
        # "Amtsgericht (Michael)", "Antrag (Leon & Michael)": first names of those present.
        parts = [x.strip() for x in PRESENTER_SPLIT_RE.split(inner)]
        if parts and len(parts) <= 4 and all(x in first_names for x in parts):
            return [names.parse_person(x) for x in parts]
    return []


HANDLE_RE = re.compile(r"@[A-Za-z0-9][\w.-]{0,38}")
FOR_ALL_RE = re.compile(r"\s*\(\s*(?:alle|all|everyone|everybody)\s*!?\s*\)\s*$", re.IGNORECASE)
PRESENTER_SPLIT_RE = re.compile(r"\s*(?:&|\+|/|,|\bund\b|\band\b)\s*")


def _heading_presenters_strip(title: str, presenters: list[dict]) -> str:
    if not presenters:
        return title
    if re.search(r"\([^()]+\)\s*$", title):
        return re.sub(r"\s*\([^()]+\)\s*$", "", title).strip() or title
    return re.sub(r"\s*\s[–—-]\s+.+$", "", title).strip() or title
