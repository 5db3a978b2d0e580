"""Tasks (Aufgaben) in the forms people write them: labels, arrows, @names, verbs, tables.

A task is {"text", "owner", "due"}: what is to be done, who does it as written (a name,
initials or a body such as "Vorstand"; nobody for "alle"), and the due date in ISO form,
read against the meeting's date ("bis 15.10.", "bis Ende Oktober", "by Friday").
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re

from . import dates, names
from .alternation import Needs, holds_any, lowered, opens, word_finder, word_tree
from .vocabulary import alt

# "TODO", "ToDo" mark a task with or without a colon; "to do" and the other labels need one.
# "AI(binji): …", "AP (Anna): …", "Action (Brian, Eva): …": a task label with its owners in
# brackets before the colon (W3C community groups write "AI" for an action item).
LABEL_OWNER_RE = re.compile(
    r"^(?:\[\s*\]\s*)?(?:AI|(?i:" + alt("task_todo", "task_label") + r"))\s*"
    r"\(\s*(?P<who>[@A-Za-zÄÖÜäöü][^()\n]{0,59}?)\s*\)\s*:\s*(?=\S)"
)
TODO_RE = re.compile(
    r"^(?:\[\s*\]\s*)?(?:(?:still|noch|open|offene|weitere|remaining)\s+)?"
    r"(?:(?-i:TODO|ToDo|To-?Do|Todo)s?\b\s*:?|(?:" + alt("task_todo", "task_label") + r")\s*:)\s*",
    re.IGNORECASE,
)
# A heading or label that opens a list of tasks ("## Action items", "Aufgaben:", "ToDos").
SECTION_RE = re.compile(
    r"^(?:#+\s*)?\**\s*(?:(?:Neue|Offene|New|Open|Still|Noch|Weitere|Remaining)\s+)?(?:"
    + alt("task_todo", "task_label")
    # "Aufgaben für die nächste Woche", "Aufgaben bis zum nächsten Treffen zu erledigen",
    # "Action items for next week", "Tasks this week": the time they are due in, no topic.
    + r")(?:\s+(?:für|bis|for|until|till|before|by|this|diese[nrs]?)\b[^:*#]{0,30}?"
    r"(?:Woche|week|Treffen|Sitzung|meeting|Termin|Sprint|n\s?ächst|next|\d)[^:*#]{0,20})?"
    r"(?:\s*\(.{0,40}\))?\s*:?\s*\**\s*:?\s*$",
    re.IGNORECASE,
)
# The same nouns that say "to do" and nothing else, qualified: "Individual Tasks", "Tasks for
# Everyone", "To-do summary", "Tasks required for Iteration 3", "To-Dos / Aufgaben", "Offene
# Aufgaben & Verantwortliche", "Action items for planning committee".
_TODO_NOUN = r"(?:Tasks|Action\s+items?|Action\s+points|To-?Dos?|ToDos?|Todos?|Aufgaben)"
QUALIFIED_SECTION_RE = re.compile(
    r"^(?:#+\s*)?\**\s*(?:(?!(?:Previous|Prior|Old|Alte|Outstanding|Review|Die|Der|Das|The)\b)"
    # "Individual Tasks", "Projektziele/TODO"
    r"[A-Za-zÄÖÜäöü-]+(?:\s+|\s*/\s*))?"
    + _TODO_NOUN
    + r"(?:\s+(?:summary|list|overview|Übersicht|Liste)"
    # For everyone, or required for a stage; not "Tasks for the new website" (a topic).
    r"|\s+(?:for|für)\s+(?:everyone|everybody|all|each|alle|jede[nrs]?)\b[^:*#/]{0,20}"
    r"|\s+required\s+for\s+[^:*#/]{1,30}"
    r"|\s*(?:/|&|\band\b|\bund\b)\s*(?:"
    + _TODO_NOUN
    + r"|Verantwortliche|Zuständigkeiten|Owners?))?"
    r"\s*:?\s*\**\s*:?\s*$",
    re.IGNORECASE,
)
CHECKBOX_RE = re.compile(r"^\[(?P<x>[ xX✓✔]?)\]\s+")
# "->", "-->", "=>", "==>" as typed, or the arrow characters.
ARROW_RE = re.compile(r"^(?:→|-{1,2}>|={1,2}>|⇒|➔|➜)\s*")
_ARROW_OPENS = opens(ARROW_RE)  # "→", "-", "=", "⇒", "➔", "➜"
ARROW_TAIL_RE = re.compile(r"\s*(?:→|-{1,2}>|={1,2}>|⇒|➔|➜)\s*(?P<who>[^→>]{1,60})$")
HANDLE_RE = re.compile(r"(?<![\w.@/])@(?P<who>[A-Za-zÄÖÜäöüß][\w.-]*[\wäöüß])")
# "@anna" closing an item or in brackets assigns it; "@anna: …" opening one is a speaker.
HANDLE_ASSIGN_RE = re.compile(
    r"(?:\(\s*@[\w.-]+(?:\s*,\s*@[\w.-]+)*\s*\)|\s@[\w.-]*\w(?:\s*,\s*@[\w.-]*\w)*)\s*\.?$"
)
OWNER_LABEL_RE = re.compile(
    # "… Responsible: Ben. Due: 20.03." ends the owner at the sentence's full stop.
    r"\(?\s*\b" + alt("owner_label") + r"\s*:\s*(?P<who>[^;,()\n]+?)\s*(?:\)|[;,]|\.\s|$)",
    re.IGNORECASE,
)
# The pattern is tried at every character: the words it needs are tested first.
_OWNER_LABEL_NEEDS = Needs(OWNER_LABEL_RE)
DUE_WORD_RE = re.compile(r"(?<![\w])" + alt("due"), re.IGNORECASE)
# "Anna kümmert sich um …", "Der Vorstand übernimmt …": whoever takes a thing on.
TAKES_ON_RE = re.compile(
    r"^(?P<who>.{1,60}?)\s+(?:kümmer(?:t|n)\s+sich|übernimmt|übernehmen|klär(?:t|en)\b|"
    r"erledig(?:t|en)\b|(?:is|are)\s+(?:responsible\s+for|taking\s+care\s+of|on\s+it)|"
    r"(?:takes?|will\s+take)\s+care\s+of|(?:has\s+)?volunteer(?:s|ed)\s+to|"
    # "krobin nimmt sich des Themas an", "Ben hat zugesagt, den Raum zu buchen"; "Anna hat
    # sich bereit erklärt, …", "Herr A und Herr B haben zugesichert, sich … zu kümmern": a
    # promise told in the perfect, as a general meeting's minutes tell it.
    r"nimm(?:t|en)\s+sich\b(?=[^.!?]{0,80}\ban\s*[.!]?$)|"
    r"(?:hat|haben)\s+(?:zugesagt|zugesichert|sich\s+bereit\s?erklärt)\b)",
)
# "Anna will …", "Anna to send …": a commitment, read as a task only among tasks.
WILL_RE = re.compile(
    # "Tim can do a tour of the repository" in a list of tasks: he offers to.
    r"^(?P<who>.{1,60}?)\s+(?:will(?!\s+be\b)|to(?!\s+be\b)|shall|needs?\s+to|is\s+going\s+to|"
    r"can(?!not\b|\s+be\b)|"
    r"(?:kann|könnte|würde|wird|möchte|soll|muss)\s+(?:sich\s+)?(?:um|die|den|das|der|ein|eine|mit)\b)"
)
INLINE_TODO_RE = re.compile(
    # Not "[ToDo](https://…)", a link's text, nor "todo.example.org".
    r"(?<!\[)(?:\*\*)?\b(?:TODO|ToDo)\b(?!\]|[./])(?:\*\*)?:?\s*"
    r"(?:\[(?P<who>[^\]]{1,60})\])?(?:\*\*)?"
)
# A capitalised word of a name ("Danny", "O'Neill", "J."), and one to three of them.
CAP_WORD = rf"[{names.UPPER}][\w'’.-]*"
NAME_WORDS = rf"{CAP_WORD}(?:\s+{CAP_WORD}){{0,2}}"
# "Brian to prepare slides", "Ken will announce the release", "@anna to review".
# Also "Ray Thompson would report this …" (minutes in reported speech) and "Peter Zhang and
# Paolo assigned to make the adjustments"; several people joined by "and", "&", ",".
COMMITS_RE = re.compile(
    # "mary will book the room": a first name written small, as chat-like minutes write them
    # (taken as an owner only when those present include her).
    rf"^(?P<who>@[\w.-]*\w|[a-z][a-zäöüé]{{2,11}}|(?:[Tt]he|[Oo]ur)\s+[a-z][a-z-]{{2,20}}|"
    rf"{NAME_WORDS}(?:\s*(?:,(?:\s*and\b)?|&|\band\b)\s*{NAME_WORDS}){{0,3}})\s+"
    # "Board needs to follow up", "Alain has to finish the cleaning": an obligation as well.
    r"(?P<modal>to|will|would|must|(?:needs?|has|have)\s+to|(?:is|are)\s+(?:going\s+)?to|"
    # "Mr. Desai said he would look into it", "Nat stated that she would ask the list": a
    # commitment told in reported speech, its subject the one who made it.
    r"(?:said|says|stated|states|indicated|confirmed|replied)\s+(?:that\s+)?(?:he|she|they)\s+"
    r"would|"
    # "Anna was asked to contact the landlord": an errand given to her.
    # Not "Cate was asked to leave the last meeting": what happened before is told in the past.
    r"(?:(?:was|were|is|are)\s+)?assigned\s+to|(?:is|are)\s+(?:asked|requested|tasked)\s+to)\s+"
    # Not "will have the keys", but "will have a (closer) look at it": an errand.
    r"(?!be\b|have\b(?!\s+a\s+(?:\w+\s+)?look\b)|not\b|like\b|prefer\b|need\b|rather\b)"
    r"(?P<verb>[a-z][\w-]+)"
)
# "Dora agreed to print the flyers", "Ben offered to ask the landlord", "Anna erklärt sich
# bereit, …": someone present takes an errand on (a body that agrees decides instead).
AGREES_RE = re.compile(
    rf"^(?P<who>{NAME_WORDS}(?:\s*(?:,|&|\band\b|\bund\b)\s*{NAME_WORDS}){{0,3}})\s+"
    r"(?:(?:has\s+|had\s+)?(?:agreed|agrees|offered|offers|undertook|undertakes|promised|"
    r"promises)\s+to\s+(?!be\b)[a-z]|(?:erklärt|erklärte|erklären|erklärten)\s+sich\s+bereit\b|"
    r"(?:bietet|bot|bieten|boten)\s+(?:sich\s+)?an\b)"
)
# What a body does as a body, no errand: "The Board will meet in May", "Committee to reconvene".
# A body that will vote on a thing after the meeting has work ("Board will vote on the final
# rubric"): a task.
BODY_MEETS_RE = re.compile(
    # A body that decides ("needs to authorise", "will approve") takes a decision, no errand.
    r"(?:re)?(?:meet|convene|decide|consider|discuss|review|authori[sz]e|approve|adopt)s?$|"
    r"(?:prüfen|beraten|besprechen|entscheiden|diskutieren|abstimmen|tagen|treffen|überlegen)$"
)
# "Clerk to write to the council", "The clerk is to organise the fixing …", "AWG Chair will
# identify a proposal": an officer named by role takes an errand on, as council, club and
# working-group minutes name their clerk, secretary or chair, written small or capitalised.
OFFICER_COMMITS_RE = re.compile(
    r"^(?:(?i:the|our)\s+)?(?P<who>(?:[A-Z][\w-]*\s+)?(?i:"
    + alt("office", "minutes_office", "staff_office", "officer")
    + r"))\s+"
    r"(?:(?:is|are)\s+to|to|will|shall|must|(?:needs?|has)\s+to)\s+"
    r"(?!be\b|not\b|have\b|meet\b|convene\b)[a-z][\w-]+"
)
# A chat mention of everyone, no owner: "@all", "@here", "@channel", "@everyone".
BROADCAST_RE = re.compile(r"all|alle|here|channel|everyone|team", re.IGNORECASE)
# The topic a line opens with ("Publishing summaries: …"), at most a few words before a colon.
TOPIC_RE = re.compile(r"^[^:.!?]{3,80}:\s+(?=\S)")
# A short clause before the commitment: "No progress, Greg to check it out."
# The dash between what a line is about and who does what about it.
DASH_SPLIT_RE = re.compile(r"\s[-–—]\s+")
CLAUSE_RE = re.compile(r"^[^,:.!?]{3,40},\s+(?=\S)")
# The same with a German verb of doing: only a person or body counts as the subject then.
_DOING_VERBS = (
    r"(?:schreibt|schreiben|schickt|schicken|sendet|verschickt|erstellt|"
    # Not "Ralf bringt ein, …" (puts forward) nor "bringt vor" (raises).
    r"bereitet|fragt|lädt|prüft|organisiert|bringt(?!\s+(?:ein|vor)\s*(?:[,.;:]|$))|kontaktiert|meldet|informiert\s+(?:die|den|das|"
    r"alle)|stellt|ruft|versucht|kauft|bestellt|druckt|repariert|installiert|richtet|"
    r"recherchiert|plant|bucht|besorgt|reserviert|aktualisiert|überarbeitet|entwirft|"
    # "Moritz holt die Verträge", "Natascha redet mit Irene", "Vera kocht Kaffee", "Paul und
    # Christofer gehen zu Neumann": errands that plenary and team minutes hand out.
    r"holt|holen|(?:redet|reden|spricht|sprechen)\s+mit|kocht|backt|geh(?:t|en)\s+zu|"
    r"sends|writes|drafts|prepares|checks|contacts|updates|reviews|books|organi[sz]es|asks|"
    r"follows\s+up|reaches\s+out)\b"
)
DOES_RE = re.compile(r"^(?P<who>.{1,60}?)\s+" + _DOING_VERBS)
# The first words of those verbs: a cheap test whether a sentence of a paragraph may be one.
_DOING_WORDS = frozenset(
    "schreibt schreiben schickt schicken sendet verschickt erstellt bereitet fragt lädt prüft "
    "organisiert bringt kontaktiert meldet informiert stellt ruft versucht kauft bestellt druckt "
    "repariert installiert richtet recherchiert plant bucht besorgt reserviert aktualisiert "
    "überarbeitet entwirft holt holen redet reden spricht sprechen kocht backt geht gehen sends "
    "writes drafts prepares checks contacts updates reviews books organises organizes asks "
    "follows reaches".split()
)
# One of those verbs as a word after a space, as DOES_RE has it: a test of a few thousand
# instructions before that pattern, which tries its verbs after each space of the first 60
# characters (some 20,000 a sentence).
_DOING_AT_RE = re.compile(r"\s" + word_tree(sorted(_DOING_WORDS)) + r"\b")
# "zaesa wird Tom anschreiben", "Anna wird die Einladung verschicken": a promise in the
# future tense, the infinitive last (not "Anna wird gewählt", not "Anna wird Kassenwartin").
# "Anna und Ben werden die Liste erstellen", "Tom soll die Einladung verschicken", "Eva muss
# noch die Rechnung bezahlen", "Der Vorstand wird sich darum kümmern": the same with several
# people, and an errand given ("soll") or owed ("muss"), an infinitive in -en, -ern or -eln.
_FUTURE_MODALS = (" wird ", " werden ", " soll ", " sollen ", " muss ", " müssen ")
FUTURE_RE = re.compile(
    rf"^(?P<who>@?[\w.-]+|{NAME_WORDS}(?:\s*(?:,|&|\bund\b)\s*{NAME_WORDS}){{0,3}})\s+"
    # A date's full stops ("bis zum 15.10.") inside; a sentence's end not.
    r"(?:wird|werden|soll|sollen|muss|müssen)\s+(?!sich\s+(?:zur|als)\b)"
    r"(?:(?:[^.!?]|(?<=\d)\.){0,120}\s)?"
    r"(?P<verb>[a-zäöüß]{2,}(?:en|rn|ln))\s*[.!]?$"
)
_INFINITIVE_RE = re.compile(r"[a-zäöüß]{2,}(?:en|rn|ln)")


def _ends_in_infinitive(s: str) -> bool:
    """Whether a stripped sentence ends as FUTURE_RE needs it to: a word in -en, -rn or -ln
    after a space, at most one full stop or exclamation mark behind it. A cheap test first:
    where FUTURE_RE's subject and modal match ("Aktuell wird auch über …"), the pattern
    backtracks through up to 120 characters before it fails at the sentence's end."""
    if s[-1:] in ".!":
        s = s[:-1].rstrip()
    words = s.rsplit(None, 1)
    return len(words) == 2 and _INFINITIVE_RE.fullmatch(words[1]) is not None


# Several people named as one owner: "Paul und Christofer", "James & Craig".
JOINED_OWNERS_RE = re.compile(r"\s*(?:,|&|\+|\bund\b|\band\b)\s*")
# Someone reporting, not taking something on: "Anna berichtet, dass … bis 15.10. läuft".
REPORTS_RE = re.compile(
    r"^\S+(?:\s+\S+){0,3}?\s+(?:berichtet|erklärt|erläutert|informiert\s+(?:über|darüber)|"
    r"stellt|präsentiert|sagt|meint|fragt\s+(?:nach|ob)|weist|reports?|reported|explains?|"
    r"explained|presents?|presented|said|says|noted|mentions?|mentioned|asked\s+(?:if|whether))\b"
)
# "Anna: Einladung schreiben", "[AB] send the invite", "AB, CD - Raum buchen".
OWNER_HEAD_RE = re.compile(r"^(?:\[(?P<b>[^\]]{1,40})\]|(?P<c>[^:]{1,40}?)\s*(?::|\s[-–]\s))\s*")
INITIALS_RE = re.compile(
    # Not the capitals that are words of their own: "OK to add APIs", "FYI: …", "AOB".
    r"^(?!(?:OK|FYI|AOB|ETA|TBD|TBC|ASAP|API|URL|FAQ|PDF|AGM|EGM|TOP|CEO|CTO|ToDo)\.?$)"
    r"(?:[A-ZÄÖÜ]{2,3}|(?:[A-ZÄÖÜ]\.\s?){1,3}[A-ZÄÖÜ]?\.?)$"
)
# A group named by what it works on: "Geth team", "the Pilot 3 team", "Docs working group",
# "das Technik-Team", "Webteam". Kept as written: the minutes name it so.
TEAM_RE = re.compile(
    r"^(?:(?:[Tt]he|[Dd]as|[Dd]ie)\s+)?(?:(?:[A-ZÄÖÜ0-9][\w.-]*\s+){1,3}(?:team|group|"
    r"working\s+group|WG|committee|subcommittee|task\s*force|Team|Gruppe)|"
    r"[A-ZÄÖÜ][\wäöüß]*-?[Tt]eam)$"
)
# "Geth team finish final reviews", "The Docs team to update the guide": such a group first.
TEAM_AT_START_RE = re.compile(
    r"^(?P<who>(?:(?:[Tt]he|[Dd]as|[Dd]ie)\s+)?(?:[A-ZÄÖÜ0-9][\w.-]*\s+){1,3}(?:team|group|"
    r"working\s+group|Team|Gruppe)|(?:(?:[Tt]he|[Dd]as|[Dd]ie)\s+)?[A-ZÄÖÜ][\wäöüß]*-?[Tt]eam)"
    r"\s+(?=[a-zäöüß])"
)
# Verbs that open a task and may stand before "team" ("Send team photos", "Update group chat").
TEAM_VERBS = {
    "Add", "Ask", "Book", "Brief", "Build", "Call", "Check", "Contact", "Create", "Draft",
    "Email", "Find", "Form", "Get", "Inform", "Invite", "Make", "Meet", "Move", "Notify",
    "Organise", "Organize", "Plan", "Post", "Prepare", "Review", "Schedule", "Send", "Set",
    "Share", "Start", "Tell", "Thank", "Train", "Update", "Write",
}  # fmt: skip
# "**103.2**—", "4.1 – ", "(a) ": an action's own number before what it says.
ITEM_NUMBER_RE = re.compile(
    r"^(?:\*\*|__)?(?:\d{1,3}(?:\.\d{1,3})+|\d{1,3}[.)]|\(\w\))(?:\*\*|__)?\s*(?:[—–-]\s*|:\s*)?"
)
BODY_RE = re.compile(
    r"^(?:(?:der|die|das|the)\s+)?(?P<body>(?:AG|AK|Arbeitsgruppe|Arbeitskreis|Working\s+Group|"
    r"WG|Team|Orga(?:team|-Team)?|Vorstand|Präsidium|Geschäftsführung|Geschäftsstelle|"
    r"Sekretariat|Kasse|Board|Committee|Council|Staff|TSC|Steering\s+Committee|"
    # Its name after it is capitalised ("AG Website", "Team Blau"); not "Council is looking".
    r"Fachschaft(?:srat)?|Referat|Plenum|"
    + alt("office", "minutes_office", "staff_office", "officer")
    + r")(?:\s+(?-i:[A-ZÄÖÜ0-9])[\w-]*){0,3})$",
    re.IGNORECASE,
)
# "Alle", "alle Mitglieder", "Alle PS Teilnehmer", "All team members", "the whole team".
EVERYONE_RE = re.compile(
    r"^(?:"
    + alt("everyone")
    + r"|(?:alle|all)(?:\s+[\w-]+){1,3}|everyone\s+\w+|(?:the\s+)?whole\s+team|"
    # "Team" alone in a team's own minutes: all of them, no one named; "Group will plan …",
    # "Die Gruppe klärt …" in a group's own minutes the same.
    r"das\s+(?:ganze|gesamte)\s+team|(?:the\s+|das\s+)?team|(?:the\s+|die\s+)?(?:group|gruppe))$",
    re.I,
)
NAME_TOKEN = rf"(?:[{names.UPPER}][\w'’-]*\.?|van|von|de|der|zu|da|di|del|dos|le|la)"
PERSONS_RE = re.compile(
    rf"^{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,3}}(?:\s*(?:,(?:\s*(?:and|und)\b)?|/|&|\+|und|and)\s*{NAME_TOKEN}"
    rf"(?:\s+{NAME_TOKEN}){{0,3}}){{0,4}}$"
)
STOP_WORDS = set(names.NOT_FIRST_NAMES) | {
    "The", "This", "That", "There", "We", "It", "All", "Everyone", "Please", "Next", "Action",
    "Protokoll", "Beschluss", "Thema", "Antrag", "Hinweis", "Info", "Frage", "Diskussion",
    "Ergebnis", "Status", "Note", "Notes", "Update", "Done", "Erledigt", "Offen", "Open",
    "Vorschlag", "Idee", "Termin", "Datum", "Ort", "Zeit", "Aufgabe", "Aufgaben", "Todo",
    "ToDo", "TODO", "Bericht", "Kosten", "Budget", "Er", "Sie", "Ich", "Man",
    # Words that open an English sentence before "to"/"will" without naming anyone.
    "Need", "Needs", "Try", "Remember", "Continue", "Plan", "Plans", "Have", "Want", "Going",
    "Time", "How", "What", "Who", "When", "Where", "Why", "Also", "Still", "Maybe", "Perhaps",
    "Someone", "Somebody", "Nobody", "Everybody", "They", "He", "She", "I", "You", "Us", "One",
    "Decision", "Agreed", "Welcome", "Thanks", "Thank", "Back", "Up", "Due", "Subject",
    "OK", "FYI", "AOB", "ETA", "TBD", "TBC", "ASAP",
}  # fmt: skip
# "Greg to sort the rota.", "- Quentin to write a PR.", "Alistair will ping the working
# group.", "Alain has to finish the cleaning": a single name opening a sentence or a list item
# with a commitment. Minutes of small groups name those who commit so whether or not they list
# those present (or list them by another form of their names).
_COMMIT_SUBJECT_RE = re.compile(
    rf"(?:^[ \t]*(?:[-*•+]\s+)?|(?<=[.!?;,]\s)|(?<=\s[-–—]\s))(?P<n>[{names.UPPER}](?:c[A-Z]|ac[A-Z]|['’][A-Z])?[a-zäöüßéèáàíóúñç]{{2,11}})"
    # "Alex agreed to create a blog post": who agrees, offers or volunteers commits too.
    r"\s+(?P<modal>to|will|must|(?:has|needs)\s+to|(?:agreed|offered|volunteered|promised)\s+to)\s+"
    r"(?!be\b|have\b|not\b|like\b|need\b|also\b|probably\b|likely\b|now\b|then\b|still\b)"
    r"[a-z]{2,}",
    re.MULTILINE,
)
_COMMIT_MODALS = (" to ", " will ", " must ")
# Words that open such a sentence and name no one: days, months, things the minutes talk of.
_NOT_COMMITTERS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today",
    "Tomorrow", "Tonight", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December", "Meeting", "Meetings", "Minutes",
    "Agenda", "Motion", "Proposal", "Request", "Plan", "Vote", "Members", "Everything",
    "Nothing", "Something", "Anything", "Anyone", "Anybody", "Each", "Every", "Both", "Either",
    "Neither", "Some", "Many", "Most", "Others", "Other", "Another", "Which", "Whoever",
    "Here", "Now", "Then", "Later", "Soon", "Hopefully", "Probably", "Ideally", "Otherwise",
    "Goal", "Idea", "Options", "Option", "Work", "Access", "Changes", "Support", "Release",
    "Tickets", "Funding", "Money", "People", "Volunteers", "Users", "Students", "Speakers",
    "Consent", "Approval", "Welcome", "Introduction", "Response", "Reply", "Updates", "Links",
    "Steps", "Aim", "Attempt", "Opportunity", "Prior", "Opposed", "Ability", "Time", "Move",
}  # fmt: skip


# A speaker's name opening a line of minutes kept as a dialogue: "Christian: I think …",
# "**Mirja**: Happy to move on".
_DIALOGUE_RE = re.compile(
    rf"^[ \t]*(?:[-*•+]\s+)?(?:\*\*|__)?(?P<n>[{names.UPPER}][a-zäöüßéèáàíóúñç]{{2,11}})"
    r"(?:\*\*|__)?\s*:\s+\S",
    re.MULTILINE,
)


def committers(text: str) -> frozenset[str]:
    """The single names that open a commitment somewhere in the minutes ("Greg to sort …",
    "Alistair will ping …"), each a word the minutes never write in small letters.

    A word written small elsewhere ("gardens", "python", "support") is a thing, not a person.
    Minutes that mark their tasks ("ACTION: AHop") count what someone "will" do in their
    running text as well: a task given in the meeting, marked or told.
    """
    if not holds_any(text, _COMMIT_MODALS):
        return frozenset()
    if text.count(" und ") + text.count(" der ") > text.count(" and ") + text.count(" the "):
        return frozenset()  # German minutes write every noun capitalised: "Kaffee to go"
    found: set[str] = set()
    said = [m["n"] for m in _DIALOGUE_RE.finditer(text)]
    for word in {w for w in said if said.count(w) > 1}:
        # "Christian: I think we have consensus …" twice or more: someone who speaks in
        # minutes kept as a dialogue, who may commit ("RESOLUTION: Christian will write a PR").
        if not (
            word in STOP_WORDS
            or names.not_speaker(word)
            or word in _NOT_COMMITTERS
            or word in _NOT_SUBJECTS
            or _noun_like(word)
            or re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text)
        ):
            found.add(word)
    for m in _COMMIT_SUBJECT_RE.finditer(text):
        word = m["n"]
        if (
            word in found
            or word in STOP_WORDS
            or names.not_speaker(word)
            or word in _NOT_COMMITTERS
            or word in _NOT_SUBJECTS
            or word in TEAM_VERBS  # "Add to the newsletter": a verb opening a to-do
            or _noun_like(word)
        ):
            continue
        if re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text):
            continue
        if m["modal"] == "to" and len(re.findall(rf"(?<![\w-]){word}(?![\w-])", text)) < 2:
            # "Link to the form", "Aim to vote", "Consent to agenda": "to" after a word
            # said once is as often a noun's or a verb's; a name recurs in the minutes.
            continue
        found.add(word)
    return frozenset(found)


# Lower-case words that are no handle before "will"/"to".
NOT_HANDLES = {
    "the", "we", "it", "this", "that", "someone", "somebody", "everyone", "everybody", "all",
    "they", "he", "she", "i", "you", "need", "needs", "want", "plan", "going", "and", "also",
    "still", "who", "nobody", "one", "there", "will", "to",
    # "Todo item: someone to write …": the label's own words.
    "item", "items", "point", "points", "task", "tasks", "action", "actions", "note", "notes",
}  # fmt: skip
# Column headers of a task table: what, who, by when.
COL_WHAT = re.compile(
    r"^(?:was|aufgabe|to-?do|maßnahme|task|action(?:\s+item)?|what|item|beschreibung|"
    r"description|details?|thema|topic)",
    re.I,
)
COL_WHO = re.compile(
    r"^(?:wer|verantwortlich|zuständig|owner|who|responsible|assignee|assigned\s+to|"
    r"person(?:\s+responsible)?)",
    re.I,
)
COL_DUE = re.compile(
    r"^(?:bis(?:\s+wann)?|wann|termin|frist|fällig|due|deadline|when|by|datum|date)", re.I
)


# A column of what was decided: such a table records decisions, whoever is responsible.
COL_DECISION = re.compile(r"^" + alt("decision_column") + r"\b", re.I)


# "bis zur nächsten Sitzung", "bis zum nächsten Treffen", "by the next meeting".
UNTIL_NEXT_RE = re.compile(
    r"\b(?:bis\s+(?:zur|zum)\s+(?:nächsten|kommenden)\s+[\w-]*(?:Sitzung|Treffen|Termin|"
    r"Versammlung|Plenum)|(?:by|before|until)\s+(?:the\s+)?next\s+(?:[\w-]+\s+)?(?:meeting|call|session))",
    re.IGNORECASE,
)
UNTIL_NEXT = "_until_next_meeting"


def settle_until_next(items: list[dict], next_date: str | None) -> None:
    """Give tasks due "bis zur nächsten Sitzung" the next meeting's date, and drop the mark."""
    for item in items:
        for task in item.get("tasks", []):
            if task.pop(UNTIL_NEXT, False) and next_date and task["due"] is None:
                task["due"] = next_date


# A due date alone as a lead over the tasks due then: "bis Sonntag:", "By Friday:",
# "Aufgabenteilung bis nächste Woche:", "Until the next meeting:".
DUE_LEAD_RE = re.compile(
    r"^(?:(?:Aufgaben\w*|Hausaufgaben|To-?Dos?|Tasks?|Actions?|Action\s+items?|Arbeitsauftr\w*)"
    # "To be done until Friday 29.9.:", "Zu erledigen bis Sonntag:".
    r"\s+|(?:To\s+be\s+done|To\s+be\s+finished|Zu\s+erledigen|Erledigen)\s+"
    # "Letzte Schritte bis zur Abgabe:", "Offene Punkte bis Freitag:", "Next steps by Monday:".
    r"|(?P<steps>(?:[A-Za-zÄÖÜäöüß-]+\s+)?(?:Schritte|Punkte|Arbeiten|Ziele|steps|items|goals))\s+)?"
    r"(?P<due>(?:bis|by|until|till|before|due)\b[^:]{1,40}):$",
    re.IGNORECASE,
)


def heading_due(title: str, ref: dt.date | None) -> tuple[str | None, bool] | None:
    """The due date a heading gives the tasks listed under it, or None.

    A to-do heading with its date ("Aufgaben bis zum 19.11.2020", "Action items by Friday")
    or a heading that is the date alone ("Bis nächste Woche", "Until the next meeting"): the
    date as due_lead reads a lead line ending in a colon.
    """
    bare = title.replace("*", "").strip().rstrip(":").strip()
    if not bare or len(bare) > 60 or not holds_any(bare.lower(), _DUE_WORDS):
        return None
    if _WEEK_ONLY_RE.search(bare):
        # "Bis nächste Woche": the tasks of the coming week, no day named, so no date.
        return (None, False) if DUE_LEAD_RE.match(bare + ":") else None
    return due_lead(bare + ":", ref)


# Marks a task read from a list of tasks (an action list, a to-do section) until
# drop_repeats has compared it with the tasks given before it.
LISTED = "_listed"
# What two mentions of one task share: its words, without the bracket of who wrote it and
# when that a meeting bot adds ("… (delcypher, 18:51:33)"), case and punctuation.
_SAID_BY_RE = re.compile(r"\s*\([^()]*\)\s*$")
_NOT_WORD_RE = re.compile(r"\W+")


def drop_repeats(items: list[dict]) -> None:
    """Keep a task where it is first given: an entry of a list of tasks (the action list
    closing the minutes, a to-do section) with the same owner and the same words (four at
    least) as a task given before it in the notes or in an earlier item is that task again.
    Two equal entries of one list stay two: the minutes list them twice."""
    before: set[tuple[str, str]] = set()
    for item in items:
        kept, given = [], set()
        for task in item.get("tasks", []):
            listed = task.pop(LISTED, False)
            words = _NOT_WORD_RE.sub(" ", _SAID_BY_RE.sub("", task["text"]).casefold()).strip()
            key = (words, (task["owner"] or "").casefold())
            if words.count(" ") >= 3:
                if listed and key in before:
                    continue
                (given if listed else before).add(key)
            kept.append(task)
        item["tasks"] = kept
        before |= given


# "bis nächste Woche", "by next week" without a day: a span, no due date.
_WEEK_ONLY_RE = re.compile(r"\b(?:(?:nächste|kommende)\s+Woche|next\s+week)\s*$", re.IGNORECASE)


# "the following things to do", "the following action items", "folgende Aufgaben": a
# sentence announcing tasks listed below it; not "the following actions were completed".
_ANNOUNCES_RE = re.compile(
    r"\b(?:the\s+following|folgenden?)\s+(?:[\w-]+\s+){0,2}?(?:tasks|action\s+items|actions|"
    r"action\s+points|things\s+to\s+do|to-?dos|next\s+steps|Aufgaben|Arbeitsauftr\w+|To-?Dos)\b",
    re.IGNORECASE,
)
_ANNOUNCES_DONE_RE = re.compile(
    r"\b(?:were|was|been|completed|done|finished|reviewed|erledigt|abgeschlossen|wurden|wurde)\b",
    re.IGNORECASE,
)


def announces_tasks(text: str) -> bool:
    """Whether a sentence announces the list below it as tasks ("Anna suggested the following
    things to do:", "Deadline für folgende Aufgaben ist …"), not as work already done."""
    return _ANNOUNCES_RE.search(text) is not None and _ANNOUNCES_DONE_RE.search(text) is None


# A note that says only whose the entry above it is: "Assigned to Nat", "Owner=Mike",
# "Owner: Mike", "Verantwortlich: Anna", "Zuständig: AG Web".
_OWNER_LINE_RE = re.compile(
    r"^(?:Assigned\s+to|Assignee\s*[:=]|Owners?\s*[:=]|Verantwortlich\s*[:=]|Zuständig\s*[:=])"
    r"\s*@?(?P<who>[A-ZÄÖÜ@][\w.@-]*(?:(?:\s*,\s*|\s+and\s+|\s+und\s+|\s+)@?[A-ZÄÖÜ][\w.-]*){0,3})"
    r"\s*\.?$",
    re.IGNORECASE,
)


def owner_line(text: str) -> str | None:
    """The owner a note names when it says nothing else ("Assigned to Nat"), or None."""
    m = _OWNER_LINE_RE.match(text.strip().strip("*_").strip())
    if not m or EVERYONE_RE.match(m["who"]):
        return None
    return _joined_owners(m["who"].replace("@", ""))


# An officer or councillor alone after a paragraph's last full stop: the "Action" column of
# council minutes, which a PDF's text sets at the paragraph's end ("… agreed. Clerk",
# "… sponsored walk. Cllr. Alun Davies", "… next meeting. All/Clerk").
_MARGIN_OWNER_RE = re.compile(
    r"(?<=[.;)])\s+(?:All\s*/\s*)?(?P<who>(?i:"
    + alt("minutes_office", "office")
    + r")|Cllrs?\.?\s+(?:[A-Z]\.\s*){0,2}[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*$"
)


def margin_owner(text: str) -> tuple[str, str] | None:
    """(the paragraph without it, the owner) when an action column's owner ends the
    paragraph, else None."""
    if len(text) < 20 or text[-1:] == "." or not (m := _MARGIN_OWNER_RE.search(text)):
        return None
    before = text[: m.start()].strip()
    if before.endswith(("..", "…")) or "sign" in before[-80:].lower():
        return None  # "Signed ………. Chair", "Signed as a true record. Chairman": no action
    return before, m["who"]


def due_lead(text: str, ref: dt.date | None) -> tuple[str | None, bool] | None:
    """The due date a lead line gives its list ("bis Sonntag:"), or None if it is no lead.

    Returns (ISO date or None, due at the next meeting).
    """
    s = text.replace("*", "").replace("_", " ").strip()
    lead = DUE_LEAD_RE.match(s)
    if not lead:
        return None
    s = lead["due"]  # "bis Sonntag" of "Aufgaben bis Sonntag:", "To be done until …:"
    due, lo, _ = find_due(s, ref)
    if due is not None and lo == 0:
        return due, False
    if UNTIL_NEXT_RE.search(s):
        return None, True
    if lead["steps"]:
        return None, False  # "Letzte Schritte bis zur Abgabe:": work due then, no day named
    return None


# Tasks given before, reviewed now: "Previous action items", "Actions from last meeting",
# "Review of actions", "Action log", "Offene Punkte aus der letzten Sitzung", "Alte ToDos".
REVIEW_RE = re.compile(
    r"^(?:#+\s*)?\**\s*(?:(?:Previous|Prior|Outstanding|Old|Open)\s+(?:actions?|action\s+items?|"
    r"tasks?|todos?)|(?:Actions?|Action\s+items?|Tasks?)\s+(?:from|of)\s+(?:the\s+)?(?:last|previous|"
    # "Review outstanding actions", "Review of open action items", "Past meeting actions".
    r"prior)\s+meetings?|(?:Past|Last|Previous)\s+meeting(?:'s)?\s+(?:actions?|action\s+items?)|"
    r"Review(?:\s+of)?\s+(?:the\s+)?(?:previous\s+|open\s+|outstanding\s+|past\s+)?"
    r"(?:actions?|action\s+items?|"
    # "Offene Punkte / ToDos" alone are open now, given in this meeting; from the last one
    # ("Offene Punkte aus der letzten Sitzung", "Alte ToDos") they are reviewed.
    r"tasks?)|Action\s+log|Alte\s+(?:ToDos?|Aufgaben|Punkte)|Offene\s+(?:ToDos?|Aufgaben|Punkte)"
    r"\s+(?:aus\s+|der\s+)(?:der\s+)?(?:letzten|vorigen|vorherigen)\s+Sitzung|"
    r"(?:Aufgaben|ToDos?|Aktionspunkte)\s+aus\s+(?:der\s+)?"
    r"(?:letzten|vorigen|vorherigen)\s+Sitzung)\b",
    re.IGNORECASE,
)


def is_review(text: str) -> bool:
    """Tell whether a heading opens a review of tasks given before ("Previous action items")."""
    return bool(REVIEW_RE.match(text.strip()))


# Goals set for each person or for a coming time: "Individuelle Ziele", "Ziele für die nächste
# Woche", "Goals for next week"; not "Erreichte Ziele", "Ziele des Vereins" (what was done,
# what the club is for).
GOALS_SECTION_RE = re.compile(
    r"^(?:#+\s*)?\**\s*(?:(?:Individuelle|Persönliche|Eigene|Individual|Personal)\s+(?:Ziele|goals)"
    r"|(?:Ziele|Goals)\s+(?:für|bis|for|until|by)\b[^:*#]{0,20}?"
    r"(?:Woche|week|Treffen|Sitzung|meeting|Sprint|n\s?ächst|next)[^:*#]{0,20})\s*:?\s*\**\s*:?\s*$",
    re.IGNORECASE,
)


def is_section(text: str) -> bool:
    """Tell whether a heading or label opens a list of tasks ("Action items", "Aufgaben:")."""
    text = text.strip()
    return bool(
        SECTION_RE.match(text) or QUALIFIED_SECTION_RE.match(text) or GOALS_SECTION_RE.match(text)
    )


def owner_like(
    text: str, first_names: set[str] | frozenset[str] = frozenset(), *, loose: bool = False
) -> str | None:
    """Return the owner a short text names (person, initials, body), or None.

    A single capitalised word counts only when it is a known first name, or when loose (the
    words around it say that someone is meant: "Anna kümmert sich", "[Anna]", "→ Anna").
    """
    text = text.strip(" *_:,;-–()[]")
    if not text or len(text) > 60:
        return None
    handle = re.fullmatch(r"@([\w.-]*\w)", text)
    if handle:
        return handle.group(1)
    if EVERYONE_RE.match(text):
        return "alle"
    body = BODY_RE.match(text)
    if body and (loose or body.start("body") == 0):
        return body["body"]
    if TEAM_RE.match(text):
        return text
    if INITIALS_RE.match(text):
        return text
    if loose and re.fullmatch(r"[a-z][\w.-]{2,30}", text) and text not in NOT_HANDLES:
        return text  # "ehuss will follow up": a handle, as open-source groups write names
    if not PERSONS_RE.match(text):
        return None
    honorific, bare = names.split_honorific(text)
    if (honorific or names.SALUTATION_RE.match(text)) and not JOINED_OWNERS_RE.search(bare):
        # "Herr Roth": the person; "Herr Roth und Herr Vogt" stay both as written.
        return bare or None
    parts = [p for p in re.split(r"\s*(?:,|/|&|\+|\bund\b|\band\b)\s*", text) if p]
    for part in parts:
        first = part.split()[0]
        if first in STOP_WORDS:
            return None
        if names.looks_like_name(part) or part in first_names or INITIALS_RE.match(part):
            continue
        if loose and len(part.split()) == 1 and not _noun_like(part):
            continue
        return None
    return text


# Longer than most first names: a single word this long after an arrow is a thing.
ARROW_NAME_MAX = 9


def arrow_owner(text: str, first_names: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The owner an arrow points to ("… --> Flo", "→ Anna Berg", "-> AB"), or None.

    German minutes point arrows at results as often as at people ("--> Plausicheck",
    "→ Vertagung", "-> Wiki"), and German nouns are capitalised like names: a single word
    unknown to the minutes counts only when it is as short as a first name and no noun.
    """
    who = owner_like(text, first_names)
    if who:
        return who
    word = text.strip(" *_:,;-–()[]")
    if " " in word or len(word) > ARROW_NAME_MAX or word in STOP_WORDS:
        return None
    return owner_like(word, first_names, loose=True)


def _noun_like(word: str) -> bool:
    # A German noun is capitalised too: "Website", "Einladung". Names are short and plain.
    return bool(re.search(r"(?:ung|heit|keit|schaft|tion|ment|nis|tät|ismus|ik|ei|ing)$", word))


def _clean_owner(who: str | None) -> str | None:
    if who is None:
        return None
    who = who.strip(" *_:,;.-–()[]")
    if who.count("(") > who.count(")"):
        who += ")"  # "Storage (Pavan)": the bracket closing the owner is part of it
    if not who or EVERYONE_RE.match(who):
        return None
    body = BODY_RE.match(who)
    if body:
        return body["body"]
    if INITIALS_RE.match(who):
        return who
    if re.search(r",|/|&|\+|\bund\b|\band\b", who):
        return _joined_owners(who)
    return names.name_only(who) or who


def _joined_owners(who: str) -> str:
    """Several people as the minutes' labels write them: "James, Craig" for "James & Craig".

    Only when every part is a person's name or initials; "Presse & Öffentlichkeit" stays.
    """
    parts = [p for p in JOINED_OWNERS_RE.split(who) if p]
    if len(parts) < 2 or "/" in who:
        return who
    for part in parts:
        words = part.split()
        if not (INITIALS_RE.match(part) or (len(words) <= 3 and words[0][:1].isupper())):
            return who
        if len(words) == 1 and _noun_like(part):
            return who
    return ", ".join(parts)


# Words that open a German sentence in the subject's place and name nobody.
_NOT_SUBJECTS = {"Wer", "Bitte", "Wir", "Ihr", "Man", "Jemand", "Jeder", "Jede", "Niemand",
                 "Keiner", "Hier", "Heute", "Morgen", "Dann", "Jetzt", "Somit"}  # fmt: skip
# "Thomas schreibt Protokoll": who takes the minutes, no task.
_WRITES_MINUTES_RE = re.compile(r"\bschreib(?:t|en)\s+(?:das\s+|heute\s+)?Protokoll\b")


# An office or a title before a name: "V.P. McCarthy will check …", "Pres. Bryant", "Caretaker
# Ray Smith"; the person is the owner.
_TITLE_BEFORE_NAME_RE = re.compile(
    r"^(?:V\.\s?P\.|VP|Pres\.|President|Vice[- ]President|Vice[- ]Chair|Chair(?:man|woman)?|"
    r"Treasurer|Secretary|Caretaker|Dr\.|Prof\.)\s+(?=[A-Z])"
)


def _subject_people(
    who: str,
    known: list[str] | None,
    first_names: set[str] | frozenset[str],
    *,
    loose: bool = True,
) -> str | None:
    """The people a sentence opens with, as its task's owner, or None.

    Someone the minutes list as present ("Moritz", "Paul und Christofer"); when they list no
    one, a single word that reads as a name ("Sami bringt Brötchen mit").
    """
    parts = [_TITLE_BEFORE_NAME_RE.sub("", p) for p in JOINED_OWNERS_RE.split(who) if p]
    if (
        parts
        and all(
            p in first_names
            or p[:1].upper() + p[1:] in first_names
            or p in (known or [])
            # "Peter Zhang" when Peter is present; not "Eric stated that the …"
            or (
                p.split()[0] in first_names
                and len(p.split()) <= 3
                and all(w[:1].isupper() for w in p.split())
            )
            or _short_form(p, first_names)
            or _by_surname(p, known)
            or _initials_of(p, known)
            for p in parts
        )
    ):
        # "Cllr Muir to review …": the councillor by surname, the title being no part of it.
        return ", ".join(COUNCILLOR_RE.sub("", p) for p in parts)
    if (
        loose
        and not first_names
        and not known
        and len(parts) == 1
        and " " not in who
        and who.istitle()  # "Sami", not "FFHL" (a body's steps) or "MyPy checks"
        and who not in names.NOT_FIRST_NAMES
        and who not in STOP_WORDS
        and who not in _NOT_SUBJECTS
        and owner_like(who, first_names, loose=True)
    ):
        return who
    return None


def _initials_of(word: str, known: list[str] | None) -> bool:
    """Whether a word is the initials of someone present ("FL" for Frank Löffler), as minutes
    that name people by their initials write them."""
    return (
        2 <= len(word) <= 3
        and word.isupper()
        and any("".join(w[0] for w in k.split()) == word for k in known or [])
    )


def _short_form(word: str, first_names: set[str] | frozenset[str]) -> bool:
    """Whether a word is the short form of a first name present ("Norm" for Norman, "Matt",
    "Chris", "Alex"): the list of those present names people in full, the minutes by the
    name they go by."""
    return (
        3 <= len(word) <= 6
        and word.isalpha()
        and word[0].isupper()
        and any(f.startswith(word) for f in first_names)
    )


COUNCILLOR_RE = re.compile(r"^(?:Cllrs?\.?|Councillor)\s+")
# "Cllr Haine", "Mrs Evans", "Herr Müller": someone named formally by their surname.
FORMAL_RE = re.compile(
    r"^(?:Cllrs?\.?|Councillor|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Prof\.?|Herr|Frau|Hr\.|Fr\.)\s+"
    rf"(?P<surname>{CAP_WORD})$"
)


_FORMAL_HEAD_RE = re.compile(FORMAL_RE.pattern.removesuffix("$") + r"(?=\s+[a-zäöü])")


def _by_surname(part: str, known: list[str] | None) -> bool:
    """Whether a part is someone present named formally by their surname ("Cllr Haine")."""
    m = FORMAL_RE.match(part) if known else None
    # "Raj Desai - IBM", "Jo Brant (Treasurer)" as the list names them: the name before its
    # affiliation or role.
    return bool(m) and any(
        _AFFILIATION_RE.split(k)[0].split()[-1:] == [m["surname"]] for k in known or []
    )


_AFFILIATION_RE = re.compile(r"\s+[-–—(]|,")


def _body_subject(who: str) -> str | None:
    """The body or officer a sentence opens with ("The Board", "Der Vorstand", "Die
    Kassenwartin"), as its task's owner."""
    body = BODY_RE.match(who)
    if not body:
        return None
    if not body["body"][:1].isupper() and not re.match(r"(?i:the|our)\s", who):
        return None  # "the board will …", "our treasurer to …": the article makes it one
    return body["body"]


def _bracket_owner(
    part: str, known: list[str], first_names: set[str] | frozenset[str], *, alone: bool
) -> bool:
    """Whether the closing brackets of a task name who does it, not what it is about.

    "(Anna)", "(AB, CD)", "(@till)", "(Vorstand)"; not "(Aufbau, Funktionsweise)" where the
    minutes list those present and neither is one of them, nor "(Entwürfe für die Räume)",
    "(Story, etc.)".
    """
    part = part.strip().lstrip("@")
    if INITIALS_RE.match(part) or EVERYONE_RE.match(part) or BODY_RE.match(part):
        return True
    people = [p for p in JOINED_OWNERS_RE.split(part) if p]
    if alone and len(people) == 1 and all(w[:1].isupper() for w in part.split()):
        # "(Sarah)", "(FG Arbeitsschutz)": one person or body, even one not listed as present
        return True
    if not (known or first_names):
        return owner_like(part, first_names, loose=True) is not None
    return all(
        p in known
        or p in first_names
        or p.split()[0] in first_names
        or INITIALS_RE.match(p)
        or names.looks_like_name(p)
        for p in people
    )


def owners_only(
    text: str, known: list[str] | None, first_names: set[str] | frozenset[str] = frozenset()
) -> str | None:
    """The owners a task label names when nothing else follows it ("Action: Clerk", "AP: Anna,
    Ben", "ACTION: Anna/Ben"), as the task's owner ("Anna, Ben"); else None."""
    text = text.strip(" .;")
    if not text or len(text) > 60:
        return None
    parts = [p for p in re.split(r"\s*(?:/|,|&|\+|\band\b|\bund\b)\s*", text) if p]
    if not parts or len(parts) > 5:
        return None
    for part in parts:
        if not (
            part in first_names
            or part in (known or [])
            or names.looks_like_name(part)
            or (BODY_RE.match(part) and part[:1].isupper())
        ):
            return None
    return ", ".join(parts)


def _bracket_due(part: str, ref: dt.date | None) -> str | None:
    """The due date one part of a task's closing brackets gives ("bis 15.10.", "15.10.")."""
    d, _, _ = find_due(part, ref)
    if d is None and re.match(r"^\d", part):
        at = dates.date_at(part, ref)
        d = at.isoformat() if at else None
    return d


# "by the end of next week", "by Fri 14 March", "bis Fr. 14.03.": an article or a short
# weekday before the date itself.
_BEFORE_DUE_DATE_RE = re.compile(
    r"(?:the\s+|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Mo|Di|Mi|Do|Fr|Sa|So)\.?,?\s+"
    r"(?=\d))"
)


def find_due(text: str, ref: dt.date | None) -> tuple[str | None, int, int]:
    """Find a due date after "bis", "by", "Frist:" …: (ISO date, start, end) or (None, -1, -1)."""
    for m in DUE_WORD_RE.finditer(text):
        at = m.end()
        found = dates.date_span_at(text[at : at + 60], ref)
        if found is None and (lead := _BEFORE_DUE_DATE_RE.match(text, at)):
            at = lead.end()
            found = dates.date_span_at(text[at : at + 60], ref)
        if found is not None:
            return found[0].isoformat(), m.start(), at + found[1]
    return None, -1, -1


# "Send the invite – Anna": a name after a dash at the end.
_DASH_TAIL_RE = re.compile(r"\s[-–—]\s+(?P<who>[^-–—]{1,40})$")


def parse_task(
    text: str,
    ref: dt.date | None,
    known: list[str] | None = None,
    first_names: set[str] | frozenset[str] = frozenset(),
) -> dict | None:
    """Read a text already known to be a task into text, owner and due date."""
    known = known or []
    text = ARROW_RE.sub("", text.strip())
    text = re.sub(r"^(?:[-•*]\s+|\d{1,2}[.)]\s+)", "", text).strip()
    if text[:1] in "*_(0123456789" and (number := ITEM_NUMBER_RE.match(text)):
        text = text[number.end() :]
    text = CHECKBOX_RE.sub("", text)
    labelled = LABEL_OWNER_RE.match(text)
    if labelled:
        text = text[labelled.end() :]
    text = TODO_RE.sub("", text)
    text = ARROW_RE.sub("", text).strip()
    if not text:
        return None
    owner: str | None = None
    owner_set = False
    if labelled:
        owner, owner_set = _clean_owner(labelled["who"].lstrip("@")), True
    due: str | None = None
    body = text
    head = EMPHASISED_HEAD_RE.match(body) or PLAIN_HEAD_RE.match(body)
    if not owner_set and head:
        who = head["who"].strip()
        if (
            who in first_names
            or who in known
            or INITIALS_RE.match(who)
            or NAME_INITIAL_RE.match(who)
            or (head.re is EMPHASISED_HEAD_RE and owner_like(who, first_names, loose=True))
        ):
            # "*Andrew*: Webpage (GitHub)": the name set off before the task is its owner; what
            # stands in brackets after it is a detail.
            owner, owner_set = _clean_owner(who), True
            body = body[head.end() :].strip()
    # "(Anna, bis 15.10.)" at the end: owner and due date in brackets.
    # "… (DN) ->" pointing on to a link: the brackets still close the task; "… [AB]" too.
    m = re.search(r"\(([^()]*)\)\s*(?:\.|\\?>|->|→)?$|(?<!\])\[([^\[\]()]{1,40})\]\s*\.?$", body)
    if m:
        inner = [s.strip() for s in re.split(r"[,;]", m.group(1) or m.group(2)) if s.strip()]
        dues = [_bracket_due(part, ref) for part in inner]
        undated = sum(1 for d in dues if d is None)  # "(FG Arbeitsschutz, bis 02.01.)": one
        used = False
        for part, d in zip(inner, dues, strict=True):
            label = OWNER_LABEL_RE.match(part)
            if label:
                owner, owner_set, used = _clean_owner(label["who"]), True, True
                continue
            if d:
                due, used = due or d, True
            elif (
                not owner_set
                and re.match(r"^[A-ZÄÖÜ@]", part)
                and len(part.split()) <= 5
                and _bracket_owner(part, known, first_names, alone=undated == 1)
            ):
                # Whoever stands in the closing brackets of a task carries it out.
                owner, owner_set, used = _clean_owner(part.lstrip("@")), True, True
        if used:
            body = body[: m.start()].strip()
    label = OWNER_LABEL_RE.search(body) if _OWNER_LABEL_NEEDS(body) else None
    if label and not owner_set:
        owner, owner_set = _clean_owner(label["who"]), True
        body = (body[: label.start()] + body[label.end() :]).strip(" ,;")
    if due is None:
        due, lo, hi = find_due(body, ref)
        if due and hi >= len(body.rstrip(" .")) - 1 and lo > 0:
            body = body[:lo].rstrip(" ,;")  # "… bis 15.10." closing the task: not its text
    if not owner_set:
        handle = HANDLE_RE.search(body)
        if handle and BROADCAST_RE.fullmatch(handle["who"]) and handle.start() > 0:
            handle = None  # 'schreibt "@all" in "Ankündigungen"': a mention of everyone
        if handle:
            owner, owner_set = handle["who"], True
            if handle.start() == 0:
                body = body[handle.end() :].strip(" :,-–")
    if not owner_set:
        tail = ARROW_TAIL_RE.search(body)
        if tail and (who := arrow_owner(tail["who"], first_names)):
            owner, owner_set = _clean_owner(who), True
            body = body[: tail.start()].strip()
    if not owner_set and (tail := _DASH_TAIL_RE.search(body)):
        who = tail["who"].strip()
        if (who in first_names or who in known) and body[: tail.start()].strip() not in first_names:
            # "Material - Tobias" among "Aufträge - Viktor": the area, then who takes it; the
            # name the minutes list as present is the owner, whichever side it stands on.
            owner, owner_set = who, True
            body = body[: tail.start()].strip()
    if not owner_set:
        head = OWNER_HEAD_RE.match(body)
        who = head and owner_like(head["b"] or head["c"], first_names, loose=True)
        if who:
            owner, owner_set = _clean_owner(who), True
            body = body[head.end() :].strip()
    if not owner_set:
        who = names.person_at_start(body, known)
        if who and not (
            who not in known and who.split()[0] not in first_names and _ends_in_infinitive(body)
        ):
            # Not "Pflichtenheft Apotheke vervollständigen": a German to-do written as its
            # object and an infinitive names nobody; a person would take a finite verb.
            owner, owner_set = who, True
    if not owner_set and (formal := _FORMAL_HEAD_RE.match(body)) and _by_surname(formal[0], known):
        # "Mr. Gates mark the spec as draft": someone present, named formally, opens it;
        # "Herr Müller", "Cllr Haine" by the surname alone, as a commitment of theirs is.
        owner, owner_set = formal[0], True
        if formal[0][:1] in "HFC":
            owner = formal["surname"]
    if (
        not owner_set
        and (team := TEAM_AT_START_RE.match(body))
        and team["who"].split()[0] not in TEAM_VERBS
    ):
        owner, owner_set = team["who"], True
    if not owner_set:
        for rx, loose in ((TAKES_ON_RE, True), (WILL_RE, True), (DOES_RE, False)):
            m2 = rx.match(body)
            if m2 and (who := owner_like(m2["who"], first_names, loose=loose)):
                owner, owner_set = _clean_owner(who), True
                break
    if not owner_set:
        # "Send the invite – Anna": a name after a dash at the end.
        m3 = _DASH_TAIL_RE.search(body)
        if m3 and (who := owner_like(m3["who"], first_names)):
            owner, owner_set = _clean_owner(who), True
            body = body[: m3.start()].strip()
    if owner and EVERYONE_RE.match(owner):
        owner = None
    task = {"text": body.rstrip(" ,;") or text, "owner": owner, "due": due}
    if due is None and UNTIL_NEXT_RE.search(text):
        task[UNTIL_NEXT] = True  # due at the next meeting, once the reader knows its date
    return task


# "Create space on the website. Action: Danny by 03 Nov", "… ACTION: JS", "… – Action: Clerk":
# the owner (and due date) after the task, as British minutes write an action.
ACTION_MARK_RE = re.compile(
    r"(?:(?<=[.;!?)])\s*|\s[-–]\s*|\s)(?:Action|ACTION|Aktion|AKTION)\s*:\s*"
)
ACTION_WHO_RE = re.compile(
    rf"(?P<who>@[\w.-]*\w|{NAME_WORDS}"
    rf"(?:\s*(?:,|&|/|and|und)\s*{CAP_WORD}(?:\s+{CAP_WORD})?){{0,3}})"
    r"(?=\s*(?:$|[.;]|,?\s+(?:by|bis|until|before)\b|,))"
)
ACTION_LATE_WHO_RE = re.compile(rf"[.;]\s+(?={CAP_WORD}(?:\s+{CAP_WORD})?,?\s+(?:by|bis)\s)")
ACTION_DUE_RE = re.compile(r",?\s*(?:by|bis|until|before)\s+", re.IGNORECASE)


# What a line led by a name says when it reports or speaks rather than gives work: a pronoun
# as subject, a finite auxiliary or modal ("Paul: wir müssen das prüfen", "Lena: hat … ").
_NOT_WORK_RE = re.compile(
    r"\b(?:ich|wir|du|ihr|man|er|sie|es|hat|haben|hatte|ist|sind|war|waren|wurde|wurden|"
    r"wird|werden|soll|sollte|sollen|muss|müssen|möchte|will|würde|kann|können|könnte|"
    r"berichtet|erklärt|fragt|meint|sagt)\b",
    re.IGNORECASE,
)


def name_led_task(
    text: str,
    ref: dt.date | None,
    known: list[str] | None,
    first_names: set[str] | frozenset[str],
) -> dict | None:
    """A line led by people present and what they are to do in the infinitive ("Anna:
    Entwurf schreiben", "Lena und Tom: Testfälle bis Freitag anlegen"): their task.

    Work given in the infinitive with its owner on the line is a task (as under a to-do
    label); a line that reports or speaks ("Max: hat den Kunden angerufen", "Paul: wir
    müssen das prüfen"), a question or a long sentence is none.
    """
    head = PLAIN_HEAD_RE.match(text)
    if head is None:
        return None
    who, rest = head["who"].strip(" *_"), text[head.end() :].strip()
    people = [p for p in JOINED_OWNERS_RE.split(who) if p]
    if not people or not all(
        p in first_names or p in (known or []) or NAME_INITIAL_RE.match(p) for p in people
    ):
        return None
    if (
        not 2 <= len(rest.split()) <= 8
        or rest.endswith("?")
        or not _ends_in_infinitive(rest)
        or _NOT_WORK_RE.search(rest)
        or _participle(rest.rstrip(".!").rsplit(None, 1)[-1])
    ):
        return None
    return _owned_task(rest, ", ".join(people), ref, known, first_names)


# What opens a line led by a name when it reports or answers rather than gives work: a
# pronoun, an article, a word of assent ("Anna: Yes, …", "Ben: The draft is ready").
_NOT_ERRAND_START = {
    "I", "We", "You", "He", "She", "It", "They", "The", "A", "An", "This", "That", "There",
    "Yes", "No", "Ok", "OK", "Okay", "Agree", "Agreed", "Thanks", "Sure", "Good", "Great",
    "Maybe", "Perhaps", "Not", "None", "Done", "Also", "Still", "Just", "Ich", "Wir", "Er",
    "Sie", "Es", "Das", "Der", "Die", "Ja", "Nein", "Keine", "Kein",
}  # fmt: skip


def assigned_in_decision(
    text: str,
    ref: dt.date | None,
    known: list[str] | None,
    first_names: set[str] | frozenset[str],
) -> dict | None:
    """The work a line of a list of decisions gives to people present, led by their names:
    "Luther: Introduce Soares to the bookkeeper", "Anna/Ben: Sort out the survey questions",
    "Tom: Entwurf bis Freitag schreiben"; else None.

    Under "Resolved" or "Beschlüsse" the meeting settles who does what, so the line is work
    given whether its verb is an imperative or an infinitive; a line that reports or
    answers ("Anna: We have the keys", "Ben: Done") is none.
    """
    head = PLAIN_HEAD_RE.match(text) or EMPHASISED_HEAD_RE.match(text)
    if head is None:
        return None
    who, rest = head["who"].strip(" *_"), text[head.end() :].strip()
    people = [p for p in re.split(r"\s*(?:/|,|&|\+|\bund\b|\band\b)\s*", who) if p]
    if not people or not all(
        p in first_names or p in (known or ()) or NAME_INITIAL_RE.match(p) for p in people
    ):
        return None
    words = rest.split()
    if (
        len(words) < 2
        or rest.rstrip(" .)").endswith("?")
        or not words[0][:1].isupper()
        or words[0].rstrip(",.:;") in _NOT_ERRAND_START
        or words[0].endswith(("ed", "ing"))
        or _NOT_WORK_RE.search(rest)
    ):
        return None
    return _owned_task(rest, ", ".join(people), ref, known, first_names)


# A past participle in -en ("angerufen", "geschrieben", "eingeladen"): work done, not to do;
# not an infinitive that holds "ge" itself ("gestalten", "abgeben", "genehmigen").
_PARTICIPLE_EN_RE = re.compile(
    r"(?:ab|an|auf|aus|bei|durch|ein|fest|her|hin|mit|nach|um|vor|weg|zu|zurück)?"
    r"ge[a-zäöüß]{3,}en"
)
_GE_INFINITIVES = ("geben", "gehen", "gestalten", "genehmigen", "gewinnen", "gewähren", "genießen")


def _participle(word: str) -> bool:
    w = word.lower()
    return _PARTICIPLE_EN_RE.fullmatch(w) is not None and not w.endswith(_GE_INFINITIVES)


def _owned_task(text, owner, ref, known, first_names):
    """The task `text` tells, owned by whom the sentence around it names (`owner`)."""
    task = parse_task(text, ref, known, first_names)
    if task:
        task["owner"] = owner
    return task


def action_tails(
    text: str, ref: dt.date | None, first_names: set[str] | frozenset[str] = frozenset()
) -> list[dict] | None:
    """The tasks a paragraph marks with the owner after them ("… Action: Danny by 03 Nov").

    None when the paragraph holds no such mark, or a mark is followed by no owner (then
    "Action: Issue the agenda" is a task written after its label, read elsewhere).
    """
    marks = [m for m in ACTION_MARK_RE.finditer(text) if m.start() > 0]
    if not marks:
        return None
    found, pos = [], 0
    for m in marks:
        what = text[pos : m.start()].strip(" .;:-–")
        tail = text[m.end() :]
        who_m = ACTION_WHO_RE.match(tail)
        who = who_m and owner_like(who_m["who"], first_names, loose=True)
        if not who and (late := ACTION_LATE_WHO_RE.search(tail[:200])):
            # "… Action: Issue draft agenda for both meetings. John Atkinson by 30 Nov": the
            # task after the label, its owner and due date after it.
            who_m = ACTION_WHO_RE.match(tail, late.end())
            who = who_m and owner_like(who_m["who"], first_names, loose=True)
            if who:
                what = tail[: late.start()].strip(" .;:-–")
        if not who or not what:
            return None
        end = who_m.end()
        due = None
        if dm := ACTION_DUE_RE.match(tail, end):
            span = dates.date_span_at(tail[dm.end() : dm.end() + 40], ref)
            if span:
                due, end = span[0].isoformat(), dm.end() + span[1]
        found.append({"text": what, "owner": _clean_owner(who), "due": due})
        pos = m.end() + end
    return found


# A first name and the initial of a surname: "Kai C.", "Andreas A." (a person, as
# teams tell two of the same first name apart).
NAME_INITIAL_RE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]{1,20}\s[A-ZÄÖÜ]\.$")
PLAIN_HEAD_RE = re.compile(r"^(?P<who>[^:\n]{1,40}?)\s*:\s*(?=\S)")
EMPHASISED_HEAD_RE = re.compile(
    r"^(?:\*\*|\*|__|_)(?P<who>[^*_:\n]{1,40})(?:\*\*|\*|__|_)\s*:\s*(?=\S)"
)


# A work plan's line: what, who, how long ("Design background - George 2 Hours",
# "Hazards entwerfen – Anna – 3 Std."): an effort estimate makes the name an assignment.
EFFORT_RE = re.compile(
    rf"^(?P<what>.{{3,200}}?)\s+[-–—]\s*(?P<who>{CAP_WORD}(?:\s+{CAP_WORD})?"
    rf"(?:\s*(?:,|&|/|and|und)\s*{CAP_WORD}){{0,3}})\s*(?:[-–—,]\s*)?"
    r"(?P<effort>\d+(?:[.,]\d+)?\s*(?:h|hrs?|hours?|Std\.?|Stunden?|days?|Tage?|PT)\.?)\s*$",
    re.IGNORECASE,
)


def effort_task(text: str, first_names: set[str] | frozenset[str] = frozenset()) -> dict | None:
    """A task from a work plan's line with an effort estimate, else None."""
    m = EFFORT_RE.match(text.strip())
    if not m:
        return None
    who = owner_like(m["who"], first_names, loose=True)
    if not who:
        return None
    return {"text": m["what"].strip(" -–—"), "owner": _clean_owner(who), "due": None}


# A stand-up's report per person, as software and student teams keep them: "Lee:", then
# "Done: …", "Will do: …", "Blockers: …" (Scrum's "Yesterday / Today / Blockers", German
# "Erledigt / Geplant / Hindernisse"). What a person will do is their task.
STANDUP_PERSON_RE = re.compile(rf"^(?P<who>{NAME_WORDS})\s*:\s*$")
STANDUP_DONE_RE = re.compile(
    r"^(?:done|did|yesterday|completed|erledigt|gemacht|gestern)\s*:", re.IGNORECASE
)
STANDUP_PLAN_RE = re.compile(
    r"^(?:will\s+do|to\s*do|today|next|planned|geplant|heute|als\s+nächstes)\s*:\s*(?P<task>\S.*)",
    re.IGNORECASE,
)


def standup_people(lines: list[str]) -> list[str]:
    """Who reports in a stand-up ("Lee I:" over "Done: …"), each once, in order.

    Only a name alone on its line whose next line with text says what was done counts.
    """
    found: list[str] = []
    for i, line in enumerate(lines):
        person = STANDUP_PERSON_RE.match(line.strip()) if ":" in line else None
        if not person:
            continue
        after = next((x.strip() for x in lines[i + 1 : i + 4] if x.strip()), "")
        if STANDUP_DONE_RE.match(after) and person["who"] not in found:
            found.append(person["who"])
    return found


def standup_tasks(texts: list[str]) -> list[dict]:
    """Each person's plan in a stand-up's reports, owned by that person.

    Only where a name stands alone before its report and the report says what was done
    before what is planned: a lone "Next: …" elsewhere is no one's task.
    """
    found: list[dict] = []
    who, done = None, False
    for text in texts:
        text = text.strip()
        if person := STANDUP_PERSON_RE.match(text):
            who, done = person["who"], False
        elif who is not None and STANDUP_DONE_RE.match(text):
            done = True
        elif who is not None and done and (plan := STANDUP_PLAN_RE.match(text)):
            found.append({"text": plan["task"].strip(), "owner": who, "due": None})
    return found


def starts_marked(text: str) -> bool:
    """Tell whether a paragraph opens with a task mark ("TODO", "AP:", "→", "[ ]")."""
    s = text.strip()
    # Each pattern tried only where it can match (a call of the engine is some 1,400
    # instructions): a box opens with "[", a to-do mark needs its colon or "To"/"TO" (as
    # marked_task tests), an arrow opens with one of its characters.
    return bool(
        (s[:1] == "[" and CHECKBOX_RE.match(s))
        or ((":" in s or "To" in s or "TO" in s) and TODO_RE.match(s))
        or (s[:1] in _ARROW_OPENS and ARROW_RE.match(s))
    )


# Cheap substrings that each kind of mark needs: most sentences hold none of them.
_ARROWS = ("→", "->", "=>", "⇒", "➔", "➜")
_OWNER_WORDS = ("verantwortlich", "zuständig", "owner", "responsible", "assign", "who", "wer")
_TAKES_ON_WORDS = ("kümmer", "übernimm", "übernehm", "erledig", "klär", "take", "volunteer",
                   "responsible", "on it", "nimmt sich", "nehmen sich", "zugesagt", "zugesichert",
                   "bereit erklärt", "bereiterklärt")  # fmt: skip
_DUE_WORDS = ("bis", "by ", "due", "until", "before", "frist", "termin", "fällig", "deadline",
              "spätestens")  # fmt: skip


# One pattern of them all, each word entered at its rarest letter (anchored_words): the
# sentence is scanned once, not once a word, and only at those letters; "due", "until",
# "todo", … of the commonest letters only are looked for by `in` (word_finder).
_HOLDS_MARK = word_finder(
    (*_ARROWS, *_OWNER_WORDS, *_TAKES_ON_WORDS, *_DUE_WORDS, "todo", "beauftrag")
)
# Marks of one character or with spaces around: tested as substrings first (a space in the
# pattern's alternatives made its scan stop at every word).
_QUICK_MARKS = ("@", "[", ":", " to ", " will ", " would ", " must ", " wird ", "action on ")


def might_mark(text: str) -> bool:
    """A cheap test over a whole paragraph: could any of its sentences mark a task?"""
    low = lowered(text)
    return (
        holds_any(low, _QUICK_MARKS)
        or ((" von " in low or " vom " in low) and " werden" in low)
        or _HOLDS_MARK(low)
        or not _DOING_WORDS.isdisjoint(text.split())
    )


# What happens in the meeting, told in the present: "Michael stellt die Tagesordnung vor",
# "Anna stellt sich zur Wahl", "Ben stellt fest, dass …", "Eva stellt die Zahlen dar".
# "Jan stellt die Idee vor, eine Ombudsperson …", "… stellt den Bericht vor (siehe Anhang A)",
# "… stellt den Entwurf vor – siehe Anlage 1"; not "vor der Sitzung", a preposition.
# Not "Anna bereitet die Folien vor": she prepares them.
TELLS_RE = re.compile(
    r"\bstell(?:t|en)\s+sich\b|\bstellt\s+fest\b|"
    r"\bstell(?:t|en)\s[^.!?]{0,160}?\b(?:vor|dar|fest)\b(?!\s*[\wäöüß])"
)
# "Anna fragt, ob …", "Tom fragt wann …": a question asked in the meeting, no task.
ASKS_RE = re.compile(
    r"\s*(?:,|ob\b|wie\b|wann\b|warum\b|was\b|wer\b|nach\b|whether\b|if\b|about\b|why\b|"
    r"how\b|what\b|when\b)"
)


def _only_a_name(text: str, known: list[str] | None, first_names: frozenset[str]) -> bool:
    """Whether a checkbox's text is nothing but someone present ("Gregor", "phjl")."""
    if not text or len(text.split()) > 3:
        return False
    folded = {n.casefold() for n in (*(known or []), *first_names)}
    return text.casefold() in folded or text.lstrip("@").casefold() in folded


# Where a sentence joins a second clause with someone committing in it: "Stuart will speak to
# John and Martyn will speak to Stephen", "Reviewed the letter and McKinzie will make the
# corrections", "…; Anna übernimmt …". Not "Byard and Ray Smith will follow up" (one clause
# of two people), which the clause before the "and" being names alone tells.
# Checked after the full stop only: "Mr.", "etc.", "J." end no sentence.
_NOT_AFTER_ABBREVIATION = (
    "".join(
        rf"(?<!\b{a}\.)"
        for a in ("Mr", "Mrs", "Ms", "Dr", "St", "Prof", "etc", "e.g", "i.e", "vs", "No", "Nr")
    )
    + r"(?<!\b[A-Za-z]\.)"
)
_NEXT_CLAUSE_RE = re.compile(
    # Also a full stop the sentences were not cut at ("… April 19. Jo to attend with Ginger").
    # Not after an abbreviation or an initial ("Mr. Powers to apply", "minutes etc. Behrang").
    rf"(?:(?P<stop>;|\.{_NOT_AFTER_ABBREVIATION})\s+|,?\s(?:and|but|while|und|aber|sowie)\s+)"
    rf"(?={NAME_WORDS}\s+"
    r"(?P<modal>will|shall|to|must|(?:needs?|has)\s+to|agreed\s+to|wird|übernimmt|kümmert)\s+"
    r"[a-zäöüß])"
)
# Names right after a label, a dash or a colon, before the "and": the first of joint subjects.
_SUBJECT_TAIL_RE = re.compile(rf"(?:[-–—:(]|\*\*)\s*@?{NAME_WORDS}$")
_CLAUSE_JOINS = (";", ". ", " and ", " und ", " but ", " while ", " aber ", " sowie ")
_CLAUSE_MODALS = (" will ", " to ", " shall ", " must ", " wird ", " übernimmt ", " kümmert ")
# A clause before it that commits too: "Anna to send the draft and Ben to book the room";
# not "interesting for MIH and ECH to take a look at", where "to" follows no commitment.
_COMMITS_TOO_RE = re.compile(r"\s(?:to|will|shall|must)\s")
# A commitment told in brackets: "Website (Miranda will do this)", "(Sandra already did it;
# David will send her the details)".
_PROMISES = (" will ", " wird ", " übernimmt ", " kümmert ")
_BRACKETED_RE = re.compile(r"\(([^()]{8,200})\)")


# "ACTION Nick to take it to the committee", "Action - Jory to look into …": the label of an
# action without its colon, before someone committing; "AI: Anna to send …", "AR: …" (action
# item, action required), a label too short to be a topic.
ACTION_LEAD_RE = re.compile(
    r"^(?:(?:ACTION|AKTION|Action|Aktion)\s*(?:[-–—]\s*)?(?=[A-Z@])|(?:AI|AR)\s*:\s*(?=\S))"
)
# "(Action for Jonathan and Jo)", "(ACTION: AB, CD)" inside a sentence: whom the action is on.
ACTION_BRACKET_RE = re.compile(
    r"\s*\((?:Action|ACTION)\s*(?:(?:on|ON|for|FOR|by|BY)\s*:?|:)\s*(?P<who>[^()]{1,60})\)"
)
# "Action on Anna", "ACTION ON: Clerk", "Action for the Secretary": whom an action is on.
ACTION_ON_RE = re.compile(
    rf"(?:^|[.;]\s+|\s[-–]\s+|\()(?:Action|ACTION)\s+(?:on|ON|for|FOR)\s*:?\s+(?P<who>@?[\w.-]+"
    rf"(?:\s+{CAP_WORD})?(?:\s*(?:,|&|/|and)\s*{CAP_WORD}(?:\s+{CAP_WORD})?){{0,3}})\s*\)?\.?\s*$"
)


# What someone will present or lead in the meeting itself, no task: "Raj will lead this part",
# "Anna to present the budget", "Ben wird den Entwurf vorstellen"; unless it is for a later
# meeting ("… at the upcoming CPC meeting", "in der nächsten Sitzung").
_PRESENTS_RE = re.compile(
    r"\b(?:will|to|shall|wird|werden)\s+(?:(?:briefly|then|now|first|kurz|dann)\s+)?(?:"
    r"present|introduce|demo|demonstrate|walk\s+(?:us|everyone|the\s+\w+)\s+through|"
    r"give\s+(?:a|an|the|his|her|their|us\s+an?)\s+(?:short\s+|brief\s+|quick\s+)?"
    r"(?:talk|presentation|demo|overview|introduction|update|report|summary)|"
    r"lead\s+(?:this|the)\s+(?:part|session|item|discussion|topic|point)|"
    r"[^.!?]{0,80}?\b(?:vorstellen|präsentieren|vortragen|berichten)\s*[.!]?$)"
)
_LATER_RE = re.compile(
    r"\b(?:next|upcoming|following|coming|future|later|nächste[nmrs]?|kommende[nmrs]?|"
    r"später)\b|\b(?:at|in|on|auf|bei)\s+(?:the|a|der|dem|einer?)\s+[^.!?]{0,40}?"
    r"(?:meeting|conference|AGM|workshop|event|Sitzung|Versammlung|Treffen|Konferenz)|"
    r"\b(?:on|am|bis)\s+\d|\bback\b"
)


def presents_here(text: str) -> bool:
    """Whether a commitment is what someone presents or leads in the meeting itself."""
    return _PRESENTS_RE.search(text) is not None and _LATER_RE.search(text) is None


# An errand as an infinitive opening its sentence: "To contact B.T. re the kiosk", "To ask the
# blacksmith for an estimate", "To arrange a meeting …"; the verbs of errands only, not those of
# an agenda's own items ("To receive the minutes", "To consider …", "To approve …").
ERRAND_INFINITIVE_RE = re.compile(
    # Errands of asking, telling and arranging only: "To get all papers online", "To produce a
    # guide" state an aim as often as an errand.
    r"^To\s+(?:contact|ask|write\s+to|arrange|report|inform|notify|send|order|chase|book|"
    r"e-?mail|phone|ring|invite|request|follow\s+up|look\s+into|investigate|circulate|forward|"
    r"remind|liaise|speak\s+to|reply|respond|pursue)\b(?!\s+(?:be|is|was)\b)"
)


# A commitment closed by the word that it is done: "Tomáš to send out a new link done",
# "Anna schickt die Liste (erledigt)", "… - DONE ✓".
# Not "Matt will get it done", "… to be done", "… has to be completed".
DONE_RE = re.compile(
    r"(?:[-–:(,;.]\s*|(?<!\bit)(?<!\bthis)(?<!\bthat)(?<!\bthem)(?<!\bbe)(?<!\bbeen)(?<!\bis)"
    r"(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bget)\s)(?:done|erledigt|completed|abgeschlossen)\W*$",
    re.IGNORECASE,
)
_DONE_ENDS = ("done", "digt", "eted", "ssen")
# The words whole: "… von Extremereignissen" ends in "ssen" too, and DONE_RE's search with its
# lookbehinds takes 25 µs over such a sentence to find no "abgeschlossen" there. Compared
# casefolded, as the pattern's IGNORECASE compares a long s ("ſ").
_DONE_WORDS = ("done", "erledigt", "completed", "abgeschlossen")
RESOLVED_RE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:already\s+)?(?:resolved|done|completed|"
    r"finished|sorted)\b|\b(?:ist|wurde|sind|wurden)\s+(?:bereits\s+|schon\s+)?erledigt\b"
)


def clauses(sentence: str) -> list[str]:
    """A sentence cut where a further clause opens with someone committing ("… and Martyn
    will speak to Stephen"), so that each commitment is read as a task of its own."""
    if not holds_any(sentence, _CLAUSE_JOINS) or not holds_any(sentence, _CLAUSE_MODALS):
        return [sentence]
    out: list[str] = []
    pos = 0
    for m in _NEXT_CLAUSE_RE.finditer(sentence):
        left = sentence[pos : m.start()].strip()
        if not left or PERSONS_RE.match(left) or _SUBJECT_TAIL_RE.search(left):
            # "Byard and Ray Smith will …", "Action 4 - Pooja and James to connect …": the
            # people of one clause
            continue
        if (
            m["modal"] == "to"
            and not m["stop"]
            and not _COMMITS_TOO_RE.search(re.split(r"[.!?]\s", left)[-1])
        ):
            continue  # the clause before it, in its own sentence, commits nobody
        out.append(left)
        pos = m.end()
    out.append(sentence[pos:].strip())
    return [c for c in out if c]


def _commitment_parts(s: str) -> list[str]:
    """The line, and what follows its topic ("Budget: …"), a short clause ("No news, …") and
    its last dash ("Village sign - clerk to contact the prison again"), and what it says in
    brackets ("Website (Miranda will do this)")."""
    parts = [s]
    if s[:1] in "AaÄ" and (action := ACTION_LEAD_RE.match(s)):
        parts.append(s[action.end() :])  # "ACTION Nick to take it to the committee"
    if "(" in s:
        # Only a promise in brackets: "(chair to volunteer)" in an agenda's line is the
        # meeting's own business.
        for inner in _BRACKETED_RE.findall(s):
            parts.extend(x.strip() for x in inner.split(";") if holds_any(x, _PROMISES))
    if topic := TOPIC_RE.match(s):
        parts.append(s[topic.end() :])
    if " - " in s or " – " in s or " — " in s:
        parts.append(DASH_SPLIT_RE.split(s)[-1])
    for part in list(parts):
        if clause := CLAUSE_RE.match(part):
            parts.append(part[clause.end() :])
    if ", so " in s:
        # "This needs the landlord's consent, so Christian and Sadiq are to ask him": the
        # consequence drawn, and who acts on it (German puts the verb first after "daher").
        parts.append(_SO_CLAUSE_RE.split(s, maxsplit=1)[-1])
    return parts


_SO_CLAUSE_RE = re.compile(r",\s+so\s+(?=[A-ZÄÖÜ@])")

# The words marked_task's rules from "Action for" on need, one at least, in one scan of the
# lower-cased sentence (word_finder): "(Action for …)", "Action on …", an arrow, "@anna",
# taking on, agreeing (" to ", "bereit", " an,"), committing (" will ", " would ", " must "),
# being commissioned ("beauftragt", "bittet", "ersucht", " bat "), a due date's word (with
# "by " for "… to be done by the Clerk"). The other rules' words are tested beside it.
_MAY_COMMIT = word_finder(
    (
        "ction", *_ARROWS, "@", *_TAKES_ON_WORDS, " to ", "bereit", " an,", " will ", " would ",
        " must ", "auftrag", "bitte", "ersuch", " bat ", *_DUE_WORDS,
    )
)  # fmt: skip
# What PASSIVE_VON_RE needs before "von": "wird", "werden", "soll(en)", "muss", "müssen".
_PASSIVE_MODALS = ("wird", "werden", "soll", "muss", "müssen")
# How EFFORT_RE's line ends ("… – Anna 3 Std."): a digit, a unit, a full stop at most; found
# by its first digit, where EFFORT_RE tries its task's words at each of up to 200 characters.
_EFFORT_END_RE = re.compile(
    r"\d\s*(?:h|hrs?|hours?|Std\.?|Stunden?|days?|Tage?|PT)\.?\s*$", re.IGNORECASE
)


def marked_task(
    text: str,
    ref: dt.date | None,
    known: list[str] | None = None,
    first_names: set[str] | frozenset[str] = frozenset(),
    *,
    speakers: frozenset[str] = frozenset(),
) -> dict | None:
    """Return the task a paragraph or list item marks as one by its own words, else None.

    Marks: "TODO …", "AP: …", "- [ ] …", "→ Anna …", "@anna", "(verantwortlich: X)",
    "X kümmert sich um …", "X übernimmt …", and a person with a due date ("Anna schickt
    die Einladung bis 15.10.").

    A commitment ("Seth will reach out …", "Rainer S. wird sich informieren …") may also be
    made by one of the speakers, those the minutes name as speaking or reporting.
    """
    committers = first_names | speakers if speakers else first_names
    s = text.strip()
    if s.startswith("- "):
        s = s[2:].strip()
    if not s or len(s) > 400:
        return None
    low = lowered(s)
    if (
        s[-1:] in "hsSe.T"
        and " " in s[-12:]
        and any(map(str.isdigit, s[-12:]))
        and _EFFORT_END_RE.search(s)
        and (effort := effort_task(s, first_names))
    ):
        return effort
    box = CHECKBOX_RE.match(s) if s[:1] == "[" else None
    if box and _only_a_name(s[box.end() :].strip(" *_.:"), known, first_names):
        return None  # "- [x] Gregor" "- [ ] phjl": who has done something, a roll, no task
    if box and box["x"].strip():
        # "- [x] (DPC) Draft project update": ticked, so done or dealt with in the meeting;
        # outside a list of tasks (where every box is one) it gives no task.
        return None
    if box or (
        (":" in s or "To" in s or "TO" in s) and (TODO_RE.match(s) or LABEL_OWNER_RE.match(s))
    ):
        return parse_task(s, ref, known, first_names)
    if "TODO" in s or "ToDo" in s:
        inline = INLINE_TODO_RE.search(s)
        if inline:
            # "Knoten zählen **TODO [mkm]**": the line is the task, the brackets its owners.
            rest = (s[: inline.start()] + s[inline.end() :]).strip(" *_:-–")
            task = parse_task(rest or s, ref, known, first_names) or {"text": s, "due": None}
            task["owner"] = _clean_owner(inline["who"]) if inline["who"] else task.get("owner")
            return task
    if first_names and ":" in s[:45] and (led := name_led_task(s, ref, known, first_names)):
        return led
    doing = _DOING_AT_RE.search(s) is not None
    if not (
        _MAY_COMMIT(low)
        or doing
        or (":" in s and holds_any(low, _OWNER_WORDS))
        or ((" von " in s or " vom " in s) and holds_any(s, _PASSIVE_MODALS))
        or (holds_any(s, _FUTURE_MODALS) and _ends_in_infinitive(s))
        or s[:3] == "To "
    ):
        # None of the words any rule below needs (most sentences of minutes): each rule
        # tests its own again, and none of them could give a task.
        return None
    if "(" in s and (bracket := ACTION_BRACKET_RE.search(s)):
        # "Annual Report (Action for Jonathan and Jo) – to be finalised": whom it is for.
        who = owner_like(bracket["who"], first_names, loose=True)
        if who:
            return _owned_task(
                s[: bracket.start()] + s[bracket.end() :],
                _clean_owner(who),
                ref,
                known,
                first_names,
            )
    if ("ction " in s or "CTION " in s) and (on := ACTION_ON_RE.search(s)):
        # "Write to the council. Action on Clerk.": the action is on whoever it names.
        who = owner_like(
            on["who"].removeprefix("the ").removeprefix("The "), first_names, loose=True
        )
        if who and on.start() > 0:
            return _owned_task(s[: on.start()], _clean_owner(who), ref, known, first_names)
    arrows = holds_any(s, _ARROWS)
    if arrows and s[:1] in _ARROW_OPENS and ARROW_RE.match(s):
        task = parse_task(s, ref, known, first_names)
        return task if task and (task["owner"] or task["due"]) else None
    if (
        "@" in s
        and (h := HANDLE_ASSIGN_RE.search(s))
        and re.search(r"\b[a-zäöüß]{2,}", s[: h.start()])
    ):
        # "Jory Burson (@jorydotcom)" in a list of those present names a person, no task.
        return parse_task(s, ref, known, first_names)
    if ":" in s and holds_any(low, _OWNER_WORDS) and OWNER_LABEL_RE.search(s):
        return parse_task(s, ref, known, first_names)
    if (
        (
            (done_tail := low.rstrip(" .)*_!"))[-4:] in _DONE_ENDS
            and done_tail.casefold().endswith(_DONE_WORDS)
            and DONE_RE.search(s)
        )
        or (" resolved" in low or " been " in low or " erledigt" in low)
        and RESOLVED_RE.search(s)
    ):
        # "Matt to close the vote. done", "Ginger to update the website … was resolved":
        # work reported done, no task given
        return None
    if s.rstrip(" *_)").endswith("?"):
        return None  # "Anna will send the draft?", "Ben kümmert sich darum?": asked, not given
    if holds_any(low, _TAKES_ON_WORDS):
        # Also after a topic or a short clause: "Material fehlt noch, @till kümmert sich".
        for k, part in enumerate(_commitment_parts(s)):
            m = TAKES_ON_RE.match(part)
            if not m or m["who"] in _NOT_SUBJECTS or _MEETING_ROLE_RE.match(part, m.end()):
                continue  # "Henning übernimmt die Versammlungsleitung": a role in the meeting
            if "übern" in m.group() and _PAYS_RE.match(part, m.end()):
                continue  # "Der Verein übernimmt 50 % der Kosten": it pays, no errand
            who = owner_like(m["who"], first_names, loose=k == 0 or m["who"].startswith("@"))
            if who:
                task = parse_task(s, ref, known, first_names)
                if task and k:
                    task["owner"] = who  # the clause says what, the one who takes it on who
                return task
    if arrows:
        tail = ARROW_TAIL_RE.search(s)
        if tail and arrow_owner(tail["who"], first_names):
            return parse_task(s, ref, known, first_names)
    if (" to " in s or "bereit" in s or " an," in s) and (
        m := next(filter(None, map(AGREES_RE.match, _commitment_parts(s))), None)
    ):
        people = _subject_people(m["who"], known, committers, loose=False)
        if not people and " " in m["who"] and _full_name_agrees(m["who"]):
            # "Larry Masinter agreed to write text" in minutes that list no one: a person's
            # full name agreeing to an errand is someone who takes it on.
            people = m["who"]
        if people:
            return _owned_task(m.string, people, ref, known, first_names)
    if (" be " in s and " by " in s or " von " in s or " vom " in s) and (
        who := passive_owner(s, known, committers)
    ):
        return _owned_task(s, who, ref, known, first_names)
    if (" to " in s or " will " in s or " would " in s or " must " in s) and not presents_here(s):
        # "Brian to prepare slides.": a commitment by someone the minutes name; also after
        # the topic it belongs to ("Publishing summaries: Steve to draft them") or a short
        # clause ("No progress, Greg to check it out").
        for part in _commitment_parts(s):
            if (officer := OFFICER_COMMITS_RE.match(part)) and not REPORTS_RE.match(part):
                return _owned_task(part, officer["who"], ref, known, first_names)
            m = COMMITS_RE.match(part)
            if not m:
                continue
            who = m["who"]
            if (
                "," in who
                and m["modal"] != "would"
                and all(INITIALS_RE.match(p) for p in JOINED_OWNERS_RE.split(who) if p)
            ):
                # "JA, AB, and LM to collaborate on the process": several by their initials.
                return _owned_task(
                    part,
                    ", ".join(p for p in JOINED_OWNERS_RE.split(who) if p),
                    ref,
                    known,
                    first_names,
                )
            if (who.startswith("@") or INITIALS_RE.match(who)) and m["modal"] != "would":
                task = parse_task(part, ref, known, first_names)  # not "DMR would likely …"
                if task and INITIALS_RE.match(who):
                    # "DPC will submit it on Friday (US Pacific Time)": the one who commits.
                    task["owner"] = who
                return task
            people = _subject_people(who, known, committers, loose=False)
            if people:
                task = parse_task(part, ref, known, first_names)
                if task:
                    # "Peter Zhang, Paolo" for "Peter Zhang and Paolo"; the one who commits
                    # owns the task, not whom brackets after it name ("… Stephen (ISIS
                    # SysAdmin)").
                    task["owner"] = people
                return task
            if (body := _body_subject(who)) and not BODY_MEETS_RE.match(m["verb"]):
                # "Board needs to follow up with the city", "The Committee will write to
                # the council": a body of the organisation takes the errand on.
                return _owned_task(part, body, ref, known, first_names)
    if ("auftrag" in s or "bitte" in s or "ersuch" in s or " bat " in s) and (
        who := commissioned(s, known, first_names)
    ):
        return _owned_task(s, who, ref, known, first_names)
    if (
        doing
        and (m := DOES_RE.match(s))
        and not ("Protokoll" in s and _WRITES_MINUTES_RE.search(s))
        and not ASKS_RE.match(s, m.end())
        and not ("stell" in s and TELLS_RE.search(s))
    ):
        # "Georg stellt den Text online", "krobin schreibt den Notar an": someone present
        # (as the header names them) with a verb of doing.
        who = _subject_people(m["who"], known, first_names)
        if who:
            task = parse_task(s, ref, known, first_names)
            if task and not task["owner"]:
                task["owner"] = who
            return task
    if (
        holds_any(s, _FUTURE_MODALS)
        and _ends_in_infinitive(s)
        and (m := FUTURE_RE.match(s))
        and m["verb"] not in ("werden", "worden")
        and not presents_here(s)
    ):
        who = _subject_people(m["who"], known, committers)
        if not who and not BODY_MEETS_RE.match(m["verb"]):
            # "Der Vorstand wird die Einladung verschicken"; not "… wird das prüfen".
            who = _body_subject(m["who"])
        if who and not (m["verb"].startswith("ge") and m["verb"] not in ("geben", "gehen")):
            task = parse_task(s, ref, known, first_names)
            if task and not task["owner"]:
                task["owner"] = who
            return task
    if s[:3] == "To " and ERRAND_INFINITIVE_RE.match(s):
        # "To contact B.T. re telephone kiosk.", "Drain blocked. To report.": council minutes
        # write what is to be done as an infinitive, its doer (the clerk) unnamed.
        task = parse_task(s, ref, known, first_names)
        if task and task["owner"] and task["owner"] in task["text"]:
            task["owner"] = None  # "To ask Mr. Simpson for a date": whom it is asked of
        return task
    if holds_any(low, _DUE_WORDS) and not REPORTS_RE.match(s):
        due, _, _ = find_due(s, ref)
        if due:
            task = parse_task(s, ref, known, first_names)
            who = task["owner"] if task else None
            # Someone named as one names people: "(FakRat-Sitzung)" is an occasion, no owner.
            if who and (who in (known or []) or owner_like(who, first_names)):
                return task
    return None


# What someone takes on for the meeting itself, no errand after it: "übernimmt die
# Versammlungsleitung", "übernimmt das Protokoll", "takes the minutes".
_MEETING_ROLE_RE = re.compile(
    r"\s+(?:(?:die|das|the)\s+)?(?:(?:Versammlungs|Sitzungs|Gesprächs|Wahl|Diskussions)leitung|"
    r"Moderation|Protokoll(?:führung)?|Leitung\s+der\s+(?:Versammlung|Sitzung)|minutes|chair)\b",
    re.IGNORECASE,
)
# Work given in the passive, its doer named after "by" / "von": "The questionnaire is to be
# completed by the Clerk", "Content needs to be created by the Steering Committee", "Das
# Verzeichnis wird von Olaf erstellt", "Die Webseite soll von Corvin aktualisiert werden".
# A modal or "to be" puts it after the meeting; "was done by" reports it done.
PASSIVE_BY_RE = re.compile(
    r"\b(?:is|are|to|needs?\s+to|will|shall|must|should|(?:has|have)\s+to)\s+be\s+"
    r"(?P<verb>[a-z]{3,}(?:ed|en|wn|de|t))\s+(?:[a-z]+\s+){0,3}?by\s+"
    rf"(?P<who>(?:(?i:the|our)\s+)?{NAME_WORDS})"
)
PASSIVE_VON_RE = re.compile(
    r"\b(?P<modal>wird|werden|soll|sollen|muss|müssen)\s+(?:[^.!?;]{0,60}?\s)?(?:von|vom)\s+"
    rf"(?P<who>(?:der\s+|dem\s+|den\s+)?{NAME_WORDS})\s+(?:[^.!?;]{{0,60}}?\s)?"
    r"(?P<verb>[a-zäöüß]{3,}(?:t|en))(?P<future>\s+werden)?\s*[.!]?$"
)
# "wird von X …" in the present may tell what X does anyway ("wird vom Vorstand gewürdigt"):
# without "soll", "muss" or a closing "werden" only a participle of an errand counts.
_ERRAND_PARTICIPLE_RE = re.compile(
    r"(?:erstellt|verschickt|versendet|gesendet|geschickt|vorbereitet|organisiert|aktualisiert|"
    r"bereitgestellt|überarbeitet|geprüft|kontaktiert|angefragt|gebucht|besorgt|bestellt|"
    r"eingeladen|geklärt|erledigt|übernommen|angeschrieben|eingereicht|beantragt|gekauft|"
    r"repariert|installiert|eingerichtet|gedruckt|weitergeleitet|umgesetzt|ausgearbeitet|"
    r"entworfen|formuliert|verteilt|recherchiert|geplant|angelegt|eingetragen|gepflegt)$"
)
# What a passive sentence says of the meeting itself or of a decision: "will be presented
# by the Chair", "wird von der Kassenwartin vorgestellt", "wird vom Vorstand genehmigt".
_NOT_PASSIVE_TASK_RE = re.compile(
    r"(?:present|discuss|chair|held|host|led|attend|follow|caus|us|second|propos|mov|elect|"
    r"approv|adopt|accept|ratif|agre|decid|vot|consider|not|receiv|welcom|review|"
    r"vorgestellt|präsentiert|erläutert|berichtet|geleitet|moderiert|eröffnet|geschlossen|"
    r"protokolliert|begrüßt|gewählt|angenommen|abgelehnt|beschlossen|genehmigt|bestätigt|"
    r"entlastet|vorgeschlagen|unterstützt|diskutiert|besprochen|beraten|abgestimmt)"
)


def passive_owner(
    s: str, known: list[str] | None, first_names: set[str] | frozenset[str]
) -> str | None:
    """Whom a passive sentence gives its work to ("… to be completed by the Clerk"), a person
    present or a body of the organisation, else None."""
    m = PASSIVE_BY_RE.search(s) if " by " in s else None
    if m is None and (" von " in s or " vom " in s):
        m = PASSIVE_VON_RE.search(s)
        if m and m["modal"] in ("wird", "werden") and not m["future"]:
            if not _ERRAND_PARTICIPLE_RE.match(m["verb"]):
                return None
    if m is None or _NOT_PASSIVE_TASK_RE.match(m["verb"]):
        return None
    who = re.sub(r"^(?:(?i:the|our)|der|dem|den)\s+", "", m["who"]).rstrip(".")
    return _subject_people(who, known, first_names, loose=False) or _body_subject(who)


def _full_name_agrees(who: str) -> bool:
    """Whether the words before "agreed to" are one person's full name ("Larry Masinter"),
    not a body ("Parish Council", "Steering Committee") nor several people."""
    return (
        names.looks_like_name(who)
        and BODY_RE.match(who.split()[-1]) is None
        and TEAM_RE.match(who) is None
        and not any(w in STOP_WORDS or w in _NOT_COMMITTERS for w in who.split())
    )


# What one who "übernimmt" pays rather than does: "die Kosten", "50 % der Teilnahmegebühr",
# "die Miete", "den Beitrag".
_PAYS_RE = re.compile(
    r"[^.;]{0,40}?(?:%|\b(?:\w*[Kk]osten|\w*[Gg]ebühr\w*|Miete|Beitr(?:ag|äge)\w*)\b)"
)
# "Die Mitgliederversammlung beauftragt den Vorstand, … zu verfassen", "Die MV bittet den
# Vorstand, bis zur nächsten MV einen Vorschlag … zu entwerfen": whom the meeting commissions.
_COMMISSIONS_RE = re.compile(
    r"\b(?P<verb>beauftrag(?:t|en|te|ten)|bitte[tn]|bat(?:en)?|ersuch(?:t|en|te|ten))\s+"
    r"(?:(?:sodann|hiermit|daher|nun|einstimmig)\s+)?(?:(?:den|die|das|dem)\s+)?"
    r"(?P<who>[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,3})(?=\s*,|\s+(?!um\b)[a-zäöüß])"
)
# "Der Vorstand wird beauftragt, …", "Matthias L. Jugel wurde beauftragt, Angebote
# einzuholen", "… wurde der Schriftführer Karl-Heinz Bosawe beauftragt zu prüfen".
_COMMISSIONED_RE = re.compile(
    r"(?:^(?P<who>[^,;:]{1,60}?)\s+(?:wird|wurde|werden|wurden)|\b(?:wird|wurde|werden|wurden)\s+"
    r"(?P<who2>(?:der|die|das)\s+[^,;:.]{1,60}?))\s+(?:(?:hiermit|daher|einstimmig|nun)\s+)?"
    r"(?:beauftragt|gebeten|ersucht)\b"
)
# What they are to do, as a German infinitive with "zu": "zu verfassen", "einzuholen".
_ZU_INFINITIVE_RE = re.compile(
    r"\b(?:zu\s+[a-zäöüß]{2,}|[a-zäöüß]{2,}zu[a-zäöüß]{2,})(?:en|rn|ln)\b"
)
_ASKED_NOW_RE = re.compile(r"\b(?:bis|spätestens|nächste[nr]?|künftig|zukünftig)\b")


def commissioned(
    s: str, known: list[str] | None, first_names: set[str] | frozenset[str]
) -> str | None:
    """Whom a sentence commissions with an errand ("beauftragt den Vorstand, … zu verfassen",
    "X wurde beauftragt, … einzuholen"), or None.

    Asked ("bittet", "ersucht") only with a time to do it by ("bis zur nächsten MV"): "Der
    Vorsitzende bittet die Anwesenden, sich einzutragen" is done in the meeting.
    """
    if not _ZU_INFINITIVE_RE.search(s):
        return None
    m = _COMMISSIONED_RE.search(s)
    if m:
        who, asked = (m["who"] or m["who2"]), not re.search(r"beauftragt", m.group(0))
    else:
        m = _COMMISSIONS_RE.search(s)
        if not m:
            return None
        who, asked = m["who"], not m["verb"].startswith("beauftrag")
    if asked and not _ASKED_NOW_RE.search(s):
        return None
    who = re.sub(r"^(?:der|die|das|dem|den)\s+", "", who.strip())
    if body := _body_subject(who):
        words = body.split()
        # "Schriftführer Karl-Heinz Bosawe": the person the office names.
        if len(words) > 1 and _subject_people(" ".join(words[1:]), known, first_names):
            return " ".join(words[1:])
        return body
    # "Matthias L. Jugel wurde beauftragt": whoever is commissioned by name.
    return _subject_people(who, known, first_names) or (
        # (a middle initial, "L.", read past)
        who
        if len(who.split()) <= 4 and names.looks_like_name(re.sub(r"\s[A-ZÄÖÜ]\.(?=\s)", "", who))
        else None
    )


# A range of days in a due column: "Oct 2–3", "Oct 3–6, 2025", "2.–3.10.".
DAY_RANGE_RE = re.compile(r"^\D{0,12}?\d{1,2}\.?(?:\d{1,2}\.)?\s*[–-]\s*(?P<last>\d{1,2})\b")
# Between names in an owner column: "Luis/James", "Rodrigo + James", "James → Storage".
_CELL_JOIN_RE = re.compile(rf"(?<=[\w)])\s*(?:/|\+|→)\s*(?=[{names.UPPER}])")


def _cell_people(cell: str) -> str:
    """An owner cell with its people joined as the minutes' labels join them ("Luis, James")."""
    return _CELL_JOIN_RE.sub(", ", cell)


def _cell_owner(cell: str) -> str | None:
    """The owner a table's who-column names, its people joined by commas; a team with the
    people in it in brackets ("Storage (Pavan)") kept as written."""
    who = _clean_owner(_cell_people(cell))
    if who and "(" in cell and "(" not in who:
        whole = _cell_people(cell).strip(" *_:,;.-–[]")
        head = whole.split("(")[0].strip()
        if whole.count("(") == whole.count(")") and not names.looks_like_name(head):
            return whole
    return who


# A table's status column ("| Status |", "| Stand |"): how far a task is, never the task.
COL_STATUS = re.compile(r"^(?:status|stand|state|erledigt|done)\b", re.I)


def _blank_cell(cell: str) -> bool:
    """An empty cell or a template's stand-in: "", "-", "…", "...", "N/A", "n.v."."""
    return not cell or set(cell) <= set("-–—:.… ") or cell.lower() in ("n/a", "n.v.", "n. v.")


def table_tasks(
    rows: list[list[str]],
    ref: dt.date | None,
    first_names: set[str] | frozenset[str] = frozenset(),
) -> list[dict] | None:
    """Read a table with What/Who/When columns (Was/Wer/Bis) into tasks; None if it is none."""
    if len(rows) < 2:
        return None
    header = [c.strip(" *_").lower() for c in rows[0]]
    c_what = next((i for i, h in enumerate(header) if COL_WHAT.match(h)), None)
    c_who = next((i for i, h in enumerate(header) if COL_WHO.match(h)), None)
    c_due = next((i for i, h in enumerate(header) if COL_DUE.match(h)), None)
    guessed = False
    if c_what is None and c_who is not None:
        # "| Zu | Beschreibung | Verantwortlich |": the longest other column says what.
        others = [i for i in range(len(header)) if i not in (c_who, c_due)]
        if others:
            c_what = max(others, key=lambda i: sum(len(r[i]) for r in rows[1:] if i < len(r)))
            guessed = True
    if c_what is None or (c_who is None and c_due is None):
        return None
    if any(COL_DECISION.match(h) for h in header):
        return None  # "| Topic | Decision / Agreement | Responsible |": what was decided
    out = []
    for row in rows[1:]:

        def cell(i: int | None, row: list[str] = row) -> str:
            return row[i].strip(" *_") if i is not None and i < len(row) else ""

        what = cell(c_what)
        if _blank_cell(what):
            # "| #4 | GUI-Prototyp | - | A. Shulga |": the what column left empty, the task
            # named in another (its longest), not in the who, due or a status column
            what = max(
                (
                    cell(i)
                    for i, h in enumerate(header)
                    if i not in (c_what, c_who, c_due) and not COL_STATUS.match(h)
                ),
                key=len,
                default="",
            )
        if _blank_cell(what):
            continue  # "| … | … | … |", "| N/A | N/A |": a template's empty row
        if guessed and not cell(c_who) and not cell(c_due):
            continue  # "| Information | Verantwortlich | Termin |": a row told, nobody to do it
        owner = None if _blank_cell(cell(c_who)) else _cell_owner(cell(c_who))
        when = cell(c_due)
        due_date = dates.date_at(when, ref) if when else None
        if due_date and (days := DAY_RANGE_RE.match(when)):
            # "Oct 2–3", "2.10.–3.10.2025": due at the end of the days given.
            end = dates.date_at(when[days.start("last") :], ref)
            if end is None and int(days["last"]) > due_date.day:
                with contextlib.suppress(ValueError):
                    end = due_date.replace(day=int(days["last"]))
            if end is not None and 0 < (end - due_date).days <= 31:
                due_date = end
        out.append(
            {"text": what, "owner": owner, "due": due_date.isoformat() if due_date else None}
        )
    return out
