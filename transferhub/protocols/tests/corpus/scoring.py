"""Score the reader on the corpus of real minutes: one set of comparison rules for bench and test.

A label in manifest.json is what a careful person takes from the document, in the import
contract's terms. A key that is absent is not labelled (not scored); a key that is null says
"the document does not say" and is right only when the reader says nothing either.

Rules, one per field:
- date, start, end, next_meeting: the exact string ("YYYY-MM-DD", "HH:MM"); next_meeting is
  the date of the contract's next_meeting object.
- participant_count, agenda_count, decisions_count, tasks_count: the exact number. Minutes
  whose topics the reader could not find are kept under one item with the notice "no_items";
  the scorer counts those as 0 topics, which is what the label says of minutes that mark none.
- note_taker: the name, normalised (case, whitespace, punctuation, honorifics).
- agenda_titles: the first titles of the agenda in order, each normalised (case, whitespace,
  punctuation, Markdown emphasis); right when all of them match.
- decision_kinds, decision_votes, task_owners, task_dues: the same multiset (order ignored);
  decision_votes lists only decisions whose votes are stated as numbers.

Label conventions (one rule per question, applied to every entry):
- agenda: only top-level items count; an item numbered as part of another ("1.1", "TOP 4a",
  "TOP 6.1 (nicht öffentlicher Teil)"), a nested list item or a lower heading under a topic
  is a sub-item of it, whatever its heading level. A heading that holds every topic
  ("Minutes", "Business", "Protokoll", "Tagesordnungspunkte", "Topics") is a part, no item:
  the headings one level below it are the items, and the blocks beside it (attendance,
  quorum and convening findings, venue, times) are header blocks; headings that each group
  some of the topics ("Consent Agenda" / "Regular Agenda", "Old business" / "New business")
  are items themselves, their lower headings sub-items. An item or section that holds only
  the attendance (who is present, absent, excused) is the attendance block, a header block
  however it is marked ("1. Roll call", "2. Participants", a "Roll Call" section); one that
  holds other business too ("Welcome and apologies") is a topic. A numbered "Call to Order" /
  "Eröffnung" item is an item even when it holds only the start time and the attendance; a
  block of the attendance alone, without the opening, stays the attendance block. An
  "Apologies", "Attendance", "Anwesenheit" or "Agenda Items" entry that the minutes number as
  an agenda item ("1. Apologies", "1 Attendance") is an item; an unnumbered block of
  attendance or apologies alone is none. A next-meeting item or section at the topics' level
  ("Next meeting", "Date of next meeting", "Nächster Termin":
  numbered, in the agenda list or a heading of the topics' level) is an item like any other.
  A signature block ("Unterschriften", signature lines) is no item, even when listed or
  numbered. Sections after the closing item that sum up its results ("Der neue Vorstand") or
  list the attendees, and appendices ("Anhang", "Appendix"), are no items. A title keeps the
  visible text of its links ("Group name ([#4](url))" -> "Group name (#4)"); a clock time or
  time box in brackets after a title ("(19.07 Uhr)", "(30 minutes)", "[10 min]") is no part
  of it, nor is a presenter's or owner's name, initials or handle added to a title in
  brackets ("(Larry)", "(Dave/Nat)", "(@vertedinde)", "[Juan]", "(Herr Oberbürgermeister
  Gotz)") or after a dash ("- Michael Scovetta"); an organisation's or project's name that is
  the topic stays ("STF (Sovereign Tech Fund)", "New Incubating Project - SCIM"). When
  minutes hold both an agenda list and their own topic headings, the headings are the items
  (count and titles).
- decision kind: the document's own label decides first ("Beschluss:", "Resolution:",
  "Resolved" -> resolution, even when the sentence says "we've agreed"); otherwise a vote or
  an election is a resolution, an agreement or consensus without a vote ("agreed", "Wir
  einigen uns", "Decision:") an agreement, a motion voted down rejected, "vertagt" /
  "postponed" a postponement. An approval by a vote, a count, a motion (moved/seconded) or
  by a named body ("The Board approved …", "Der Vorstand genehmigt …", "Parish Council
  approved", "… was adopted by the Board", "… wird vom Vorstand angenommen") is a
  resolution; a bare "approved" / "genehmigt" / "ratified" with none of these ("Previous
  minutes approved", "Approved" under "Approval of previous minutes", "Das Protokoll wird
  angenommen", minutes "signed as a true record") is an agreement. The approval words are
  one family: approved, accepted, adopted, ratified, confirmed, genehmigt, angenommen,
  verabschiedet, bestätigt; "we", "the group" or nobody approving names no body.
- decision put-off: a put-off is one decision of kind postponement, whether it puts off a whole
  item ('TOP 5 wird vertagt', 'Vertagt auf die nächste Vorstandssitzung', '15 ... - deferred to
  next meeting', 'Regular agenda was tabled') or a matter inside one (a talk, a discussion, a
  motion: 'The presentation will be postponed until the next meeting', 'the motion was tabled',
  'Deferred to PTS discussion'); an item put off whole also has the status 'postponed', which
  no label scores; one decision per statement however many matters it names ('Die Themen X und
  Y werden vertagt'); a put-off is a postponement whether or not it was voted ('The motion to
  table passed'), as a motion voted down is rejected and no resolution, its stated numbers in
  decision_votes; not a put-off: a forecast ('looks like this will need to be pushed back'), a
  topic moved to later in the same meeting ('Punkt wurde verschoben, siehe unten'), a delay of
  work or of an event reported ('training postponed until July'). A matter carried to a later
  meeting is a postponement when the minutes call it put off anywhere in the document ('die
  Verschiebung der Statutenrevision'), even if the item itself uses plan words.
- decision kind, unanimity: 'unanimously', 'unanimous consent', 'einstimmig', 'einhellig',
  'ohne Gegenstimme' say the meeting's assent was counted with nobody against: a resolution,
  with or without a motion or tally ('unanimously agreed', 'agreed unanimously by the Board',
  'einstimmig beschlossen', 'Unanimous consent approving last year's notes'); decision_votes
  only when numbers are stated. 'Without objection(s)', 'there were no objections', 'no one
  opposed', 'ohne Einwände', 'keine Einwände' are unanimous consent too: a resolution, with or
  without a motion. Consensus words without a vote word ('all agreed', 'supported by all
  present', 'alle sind einverstanden', 'Konsens') make an agreement; a vote word
  ('unanimously', 'einstimmig', a count, a motion carried) makes a resolution.
- decision kind, assent: an assent recorded as the meeting's answer without a decision word
  ('Two workstreams ok', 'Go for it and try it was the overall answer') is an agreement.
- decision votes, candidates: votes split between candidates ('21 vs 14', 'A 12, B 9') are no
  yes/no/abstain tally: no decision_votes entry.
- decisions, straw polls: a straw poll (Meinungsbild, Konsultativabstimmung, 'straw poll',
  'show of hands to gauge') is a decision only when the minutes record what it settled; only
  then its numbers go into decision_votes.
- decisions and plans: a decision is what the minutes record the meeting settling, told by a
  decision word or label (agreed, decided, resolved, concluded, consensus, settled on,
  'Decision:', Beschluss, beschließt, beschlossen, entschieden, 'wir einigen uns', einig,
  vereinbart, festgelegt), the approval family, a vote or election, or a put-off word; a
  future, plan, intention, proposal or recommendation without one is no decision ('we are going
  to ...', 'we will ...', 'werden wir ...', 'X to be on Wednesday', 'plan to ...', 'let's
  request ...', 'Should just use X', 'Try these locations', 'S: going to punt on this'); work
  it gives to a named person is a task by the task rule ('We split the testing into three
  blocks - allocated to A and B' gives tasks, no decision). A motion or decision to adjourn,
  close, suspend or recess the meeting is no decision. A 'Conclusion:' / 'Fazit:' / 'Ergebnis:'
  line that only restates a plan or a to-do is no decision: the label is no decision word.
  A choice the minutes record as made ("wird als Spielidee ausgewählt", "X was chosen", "wir
  nehmen Variante B") is an agreement; a list the meeting drew up (milestones, sub-tasks, a
  plan) without a decision word is no decision. Setting this body's next meeting (day, time,
  place) is next_meeting and no decision, even with a decision word ("Termin am 13.12.
  vereinbart", "next meeting agreed for 5 May"). A carried motion that instructs a named
  person or body to do something ("beauftragt den Vorstand, …", "for the Technical Committee
  to purchase …") is a decision and also a task of that person or body; a motion that only
  authorises or grants ("is authorised to", "darf", a budget granted) is a decision only.
- decisions, counting: one motion voted once is one decision, however many sentences it has;
  two sentences with their own decision words about different matters ("agreed … In
  addition, decided …") outside one voted motion are two decisions. Elections excepted: a
  motion that fills several offices counts one per office (next rule). A list under one
  decision word gives one decision per listed item when the items settle different matters
  ("beschlossen: 1. Beitrag 20 €, 2. Sommerfest am 3.7."), one decision when they are parts
  of one matter ("wir einigen uns auf folgende Standards: …", a plan's steps, one set of
  rules).
- decisions, elections: one decision per office filled, each person elected or re-elected to
  an office once ('Alle wurden einstimmig wiedergewählt' after four offices: 4; 'A und B wurden
  als Kassenprüfer gewählt': one office, 1); people elected en bloc to one body by one vote with
  no offices named are 1 ('X und Y sind in den Vorstand gewählt worden'); the election of a
  body's whole list naming its offices ('Als neue Vorstandschaft wurden gewählt:' over ten
  offices, a slate 'X re-elected president, Y secretary') is one per office listed; members
  elected to several committees in one statement give one decision per committee named.
- decisions, honours: an honour the meeting confers by its own decision or election ('von der
  Generalversammlung zum Ehrenmitglied ernannt', 'zum Ehrenpräsidenten gewählt', 'made an
  honorary member by a vote of the meeting') is a resolution; honours announced or presented
  without a vote of the meeting (for years of membership, 'wurden für 25 Jahre Mitgliedschaft
  geehrt', 'X wurde zum Ehrenmitglied ernannt', awards, badges) are no decision. A prize,
  title or honour ('Mustertambour', 'Ehrenmitglied', 'Ehrung') is a decision only when the
  text records the meeting voting on or electing it; an award's name ('die Wahl des
  Mustertambours') or a ceremony alone is none.
- note_taker: the person the minutes' own text names as writing them ('Protokoll: X', 'Minutes:
  X', 'Scribe: X', 'Minutes taken by X', 'Protokollführer/Schriftführer/Protokollant' of this
  meeting, 'Verfasst von X' or 'Prepared by X' in the minutes' head or foot), name only; a
  page's metadata author (front matter 'author:'/'authors =', a wiki page's author or editor, a
  news item's byline) names who published the page, not who took the minutes, and is no
  note-taker; nor is a chair or moderator, nor a Schriftführer who only reads earlier minutes.
- next_meeting: the day the document gives for the next meeting: a date, or a day counted from
  the meeting's date ('Termin für morgen: 18:00', 'Dienstag (8.2)'); a week, month or period
  ('Week of Oct 6', 'Woche ab 10. Januar', 'im März') names no day and is null, and so is a
  farewell or a deadline ('bis morgen', 'see you next week', 'bis morgen ausarbeiten').
  It is the next meeting of the body whose minutes these are; another body's meeting set there
  (a new board's first meeting set at a general meeting, a working group's) gives none. This
  body's next meeting set with a decision word ('Termin am 13.12. vereinbart') is
  next_meeting and no decision.
- participant_count: a stated number (an approximate one counts: 'ca. 15', 'about 19' -> 15,
  19; a bound is none: 'über 20', 'more than 20', 'almost 30'), else the length of the list of
  people present (members and guests), each person once: a name listed twice, or in two lists
  of the same meeting (present and remote, a Present list merged from 'present+' lines), counts
  once, and a name split by a comma ('Artem, Bolgar') is one person; in a list with presence
  marks (ticked boxes, ✓/✗, an 'anwesend' column, marks drawn as glyphs in a PDF) only those
  marked present count; a list that ends in a group without a number ('... and residents of
  China Falls', 'and others', 'members of the public'), or a bound without a list, gives no
  count: null; so do minutes that name only whom the group met ('Meeting with Eddie, Dave and
  Steve'), the writer's own group present but neither listed nor counted. A stated count of
  those present plus people named beside it as guests: the guests are added (8 members + 1
  named guest = 9), each person once.
- tasks: a task is work given to or taken on by a named person, group or body in this
  meeting to be done after it, marked ("Action:", "TODO", "AP:", "AI:", "- [ ]", a
  Wer/Was/Bis table) or in running text ("X will send …", "X to contact …", "X agreed to …",
  "X is to …", "X übernimmt …", "X kümmert sich um …", "X schickt … bis …", "X wird …
  erstellen", "Action on X"), also in reported speech ("X said he would …", "Mr. X would
  follow up"; not a wish or a condition: "X would like …", "it would be good if X …"; nor an
  intention: "X is planning to …", "X möchte …", "X überlegt …" without "will"/"wird" or an
  assignment). A person's announced next step on specific cases ("the process he will follow
  in contacting these residents") is a task for that person. Not a
  task: what X will present or report later in the same meeting, plans of the organisation
  with nobody named ("the club will host …"), reports of work already done, and tasks
  reviewed from an earlier meeting under a heading that says so. Every item of a list under
  a to-do heading or label ("TODO", "Still todo:", "Weitere ToDos", "Action items") is one
  task whatever it says, its owner null when none is named ("Alle", "all", "everybody" name
  nobody; a named group or body, "Pilot 3 team", "Vorstand", does). An owner is named
  without its article ("the Board" -> "Board", "der Vorstand" -> "Vorstand"); task_owners
  are compared by norm_name, which folds case, punctuation, honorifics and a leading
  article, so "The board" and "Board" are the same owner. A list is a review of earlier tasks, and gives no new task, only when its
  heading or the line that introduces it says so ("Previous action items", "Offene Punkte
  der letzten Sitzung", "Items on the action list were completed or progressing as
  follows:"). A to-do heading in an agenda template standing above the minutes is a topic,
  not a to-do list. A task for several people is one task whose owner names them in the
  document's order separated by commas, the conjunction dropped ("A, B"). A list introduced
  by a deadline ("bis Sonntag:", "by Friday:") is a to-do list: each line one task due that
  day, owner null when the line names none. A due date is a day as next_meeting is (a date, or
  a weekday counted from the meeting's date); "mid-March", a week or a month give none. A line
  under a to-do heading or label that also records a decision ("Es wurde entschieden, …") is
  both a task and a decision. A line after an ownerless to-do list naming who takes it on
  ("Für die Organisation haben sich A und B gemeldet") makes them the owner ("A, B") of each
  of its items and is no task itself. A task named again later (in another item, or in both
  the minutes and an action list) is one task, counted where it is first given. A bare
  "Area: Name" line ("Corporate Design: Markus") is a task for that name only under a to-do or
  task label or heading or in a who/what table, elsewhere no task; the same work named again
  in a later to-do line is the same task, counted once. A duty
  described for an office in general ("Eine der Hauptaufgaben wird sein, sich um … zu
  kümmern") is no task, nor is a person's part in a future event listed in a calendar
  ("[April 25] webinar – Daniel will present"). A "- [ ]" list of what the next meeting will
  decide or vote on ("Pending — First Formal Board Meeting") is that meeting's agenda, not
  tasks; "- [ ]" marks a task only when the line is work to do. A task due "by the next
  meeting" / "bis zur nächsten Sitzung" is due on the next meeting's day when the minutes state
  that day, otherwise it has no due date. In running minutes a line that gives work in the
  infinitive ("To contact B.T. about the bins", "To write to the County Council") is a task,
  its owner null unless one is named (English council minutes write actions this way). That
  rule is for English "To …" lines: a German line in the infinitive ("FAQ erstellen") is a
  task only under a to-do label or heading, or with an owner or a deadline on the line ("Bis
  Freitag Angebote einholen" is a task due that Friday).
- tasks, further: headings or labels for the next period's work ("Aufgaben / Plan / Ziele
  für die nächste Woche", "Next steps", "Goals for next sprint") are to-do headings: each line
  of work under them is a task, owner null when none is named. A day after by / until /
  before / no later than / bis / vor / spätestens is the task's due date; a day that dates the
  event the task arranges ("arrange a meeting before the plenary (30 Jan)": the plenary's day)
  is no due date; a period ("Oct 3–6") names no day. One sentence giving one owner several
  pieces of work ("Erick will draft the post and gather docs") is one task, an action list
  repeating it adds none, and the owner is written as first named; two owners with their own
  work in one sentence are two tasks. "let's …" addressed to someone ("Ryan, let's meet about
  that") is a proposal, no task, unless the minutes record it accepted or assigned. Under a
  to-do item, a nested line giving work to a named person ("Jakob to keep tracking this") is a
  task of its own; nested lines naming nobody are notes of their parent. A carried motion that
  instructs a named person or body ("beauftragt den Vorstand, …") is that owner's task as well
  as a decision; one that only authorises or grants gives no task.

A file the reader refuses scores every labelled field as wrong.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent
FILES_DIR = CORPUS_DIR / "files"
MANIFEST = CORPUS_DIR / "manifest.json"
ACCURACY = CORPUS_DIR / "accuracy.json"

FIELDS = (
    "date",
    "start",
    "end",
    "note_taker",
    "participant_count",
    "next_meeting",
    "agenda_count",
    "agenda_titles",
    "decisions_count",
    "decision_kinds",
    "decision_votes",
    "tasks_count",
    "task_owners",
    "task_dues",
)

_HONORIFICS = re.compile(r"\b(?:herr|frau|hr|fr|dr|prof|dipl|ing|mr|mrs|ms|mx)\b\.?", re.IGNORECASE)
_LEADING_ARTICLE = re.compile(r"^\s*(?:the|der|die|das|den|dem)\s+", re.IGNORECASE)


def norm_text(text: str | None) -> str:
    """Fold case, accents kept; drop Markdown emphasis, punctuation and extra whitespace."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub(r"[*_`~]+", "", text)
    text = "".join(" " if unicodedata.category(c)[0] in "PS" else c for c in text)
    return " ".join(text.split())


def norm_name(name: str | None) -> str:
    """A person's or body's name without honorifics and leading article, normalised like a title."""
    if name is None:
        return ""
    return norm_text(_HONORIFICS.sub(" ", _LEADING_ARTICLE.sub("", name)))


SUB_ITEM = re.compile(r"^\s*\d+\s*(?:[.]\s*\d|[a-z]\b)", re.IGNORECASE)


def top_level(agenda: list[dict]) -> list[dict]:
    """The items the agenda labels count: not those numbered as part of another ("3.1", "4a").

    The reader keeps sub-items as items of their own (the contract numbers them "3.1"), and
    the label rule counts top-level items only; both sides are compared by the same rule.
    """
    return [item for item in agenda if not SUB_ITEM.match(str(item.get("number") or ""))]


def observe(result: dict) -> dict:
    """The reader's contract dict in the manifest's label terms."""
    agenda = result.get("agenda") or []
    # The reader keeps minutes without marked topics under one item and says so ("no_items"):
    # it found no topic, as the label 0 says of such minutes.
    found_none = any(n.get("code") == "no_items" for n in result.get("warning_codes") or [])
    topics = [] if found_none else top_level(agenda)
    decisions = [d for item in agenda for d in item.get("decisions", [])]
    tasks = [t for item in agenda for t in item.get("tasks", [])]
    nxt = result.get("next_meeting")
    return {
        "date": result.get("date"),
        "start": result.get("start"),
        "end": result.get("end"),
        "note_taker": result.get("note_taker"),
        "participant_count": result.get("participant_count"),
        "next_meeting": nxt.get("date") if isinstance(nxt, dict) else None,
        "agenda_count": len(topics),
        "agenda_titles": [item.get("title", "") for item in topics],
        "decisions_count": len(decisions),
        "decision_kinds": [d.get("kind") for d in decisions],
        "decision_votes": [d["votes"] for d in decisions if d.get("votes")],
        "tasks_count": len(tasks),
        "task_owners": [t.get("owner") for t in tasks if t.get("owner")],
        "task_dues": [t.get("due") for t in tasks if t.get("due")],
    }


def _votes_key(votes: dict) -> tuple[int, int, int]:
    return (int(votes.get("yes", 0)), int(votes.get("no", 0)), int(votes.get("abstain", 0)))


def field_right(name: str, expected, observed: dict) -> bool:
    """Whether the reader got one labelled field right."""
    got = observed.get(name)
    if expected is None and isinstance(got, list | None):
        return not got  # null: the document says nothing, so the reader must say nothing
    if name == "note_taker":
        return norm_name(expected) == norm_name(got)
    if name == "agenda_titles":
        wanted = [norm_text(t) for t in expected]
        return [norm_text(t) for t in (got or [])[: len(wanted)]] == wanted
    if name == "decision_kinds":
        return Counter(expected) == Counter(got or [])
    if name == "decision_votes":
        return Counter(map(_votes_key, expected)) == Counter(map(_votes_key, got or []))
    if name == "task_owners":
        # The owners of the tasks that name one, on both sides: a null written into a label's
        # list (a task without owner) is no owner, as observe() leaves ownerless tasks out.
        wanted = [o for o in expected if o]
        return Counter(map(norm_name, wanted)) == Counter(map(norm_name, got or []))
    if name == "task_dues":
        return Counter(expected) == Counter(got or [])
    return expected == got


@dataclass
class FileScore:
    file: str
    fields: dict[str, bool] = field(default_factory=dict)
    refused: str | None = None
    seconds: float = 0.0

    @property
    def right(self) -> int:
        return sum(self.fields.values())

    @property
    def total(self) -> int:
        return len(self.fields)


def score_file(entry: dict, result: dict | None, *, refused: str | None = None) -> FileScore:
    """Compare one file's labels with the reader's result (None when it refused the file)."""
    labels = entry["labels"]
    unknown = set(labels) - set(FIELDS)
    if unknown:
        raise ValueError(f"{entry['file']}: unknown label fields {sorted(unknown)}")
    score = FileScore(entry["file"], refused=refused)
    observed = observe(result) if result is not None else None
    for name in FIELDS:
        if name in labels:
            score.fields[name] = observed is not None and field_right(name, labels[name], observed)
    return score


def load_manifest(path: Path = MANIFEST) -> list[dict]:
    """The corpus entries, each with file, source, organisation, language, format and labels.

    `path` may name another manifest of the same form: a held-out set kept outside the
    repository (see bench/reader.py, READER_HELDOUT).
    """
    return json.loads(path.read_text(encoding="utf-8"))["files"]


def read_as_import(path: Path) -> dict:
    """Read a file as `import-protocol PATH --dry-run --json` does, JSON round trip included."""
    from transferhub.protocols.reader import read_protocol

    return json.loads(json.dumps(read_protocol(path), ensure_ascii=False))


def run_corpus(entries: list[dict] | None = None, files_dir: Path = FILES_DIR) -> list[FileScore]:
    """Read and score every corpus file (or the entries given, their files in files_dir)."""
    import time

    from transferhub.protocols.reader import ProtocolReadError

    scores = []
    for entry in entries if entries is not None else load_manifest():
        started = time.perf_counter()
        try:
            result, refused = read_as_import(files_dir / entry["file"]), None
        except ProtocolReadError as exc:
            result, refused = None, str(exc)
        score = score_file(entry, result, refused=refused)
        score.seconds = time.perf_counter() - started
        scores.append(score)
    return scores


def overall(scores: list[FileScore]) -> float:
    """Share of all labelled fields the reader got right (every field counts once)."""
    total = sum(s.total for s in scores)
    return sum(s.right for s in scores) / total if total else 0.0


def per_field(scores: list[FileScore]) -> dict[str, tuple[int, int]]:
    """(right, labelled) per field, in FIELDS order, fields never labelled left out."""
    out = {}
    for name in FIELDS:
        marks = [s.fields[name] for s in scores if name in s.fields]
        if marks:
            out[name] = (sum(marks), len(marks))
    return out


def half_of(entry: dict) -> str:
    """ "A" or "B": the corpus split in two by organisation (every file of one organisation,
    whatever its body in brackets, in the same half; stable across runs and machines).

    A rule writer designs on the files of half A and keeps a change only when half B, which
    they did not read, does not fall: a form that only one organisation writes then shows.
    """
    name = entry["organisation"].split(" (")[0].strip()
    return "AB"[int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16) % 2]


def flips(
    before: dict[str, dict[str, bool]], after: list[FileScore]
) -> list[tuple[str, str, bool]]:
    """(file, field, now right) for every labelled field whose verdict changed since `before`
    (file -> field -> right, as `verdicts` gives it)."""
    out = []
    for score in after:
        for name, right in score.fields.items():
            was = before.get(score.file, {}).get(name)
            if was is not None and was != right:
                out.append((score.file, name, right))
    return out


def verdicts(scores: list[FileScore]) -> dict[str, dict[str, bool]]:
    """file -> field -> right: what `flips` compares a later run with (JSON-ready)."""
    return {s.file: dict(s.fields) for s in scores}


def recorded_accuracy() -> float:
    """The overall accuracy recorded in accuracy.json (the floor the test holds)."""
    return float(json.loads(ACCURACY.read_text(encoding="utf-8"))["overall"])
