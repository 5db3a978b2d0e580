"""One plain data structure of a meeting's protocol, shared by every output format.

Everything a writer needs is computed here (times, German phrases, who spoke for whom),
so that the Markdown, DOCX and PDF writers only lay out strings, lists and dicts.
"""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

from django.db.models import Prefetch
from django.utils import timezone

from transferhub.decisions.models import Decision, Task
from transferhub.lib.markdown import render_markdown
from transferhub.meetings.minutes_text import minutes_without_records
from transferhub.meetings.models import AgendaItem, Attachment, Attendance, Meeting, Presentation
from transferhub.meetings.services import agenda_schedule, next_meeting_of
from transferhub.reviews.services import approval_line

WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]

# The grammatical gender of a body decides "Die AG … vereinbart" / "Der Strategiekreis …".
_MASCULINE = re.compile(
    r"^(?:\w*[Kk]reis|Beirat|Vorstand|Ausschuss|Arbeitskreis|Lenkungskreis|Rat|Kongress|Zirkel)\b"
)
_NEUTER = re.compile(r"^(?:\w*[Nn]etzwerk|Forum|Gremium|Team|Plenum|Präsidium|Kuratorium)\b")


def body_article(name: str) -> str:
    """Return the nominative article of a body's name ("Die AG Transfer")."""
    if _MASCULINE.match(name):
        return "Der"
    if _NEUTER.match(name):
        return "Das"
    return "Die"


def body_genitive(name: str) -> str:
    """Return "der AG Transfer" or "des Strategiekreises"."""
    if body_article(name) == "Die":
        return f"der {name}"
    first, _, rest = name.partition(" ")
    suffix = "es" if re.search(r"(?:s|ß|x|z|sch)$", first) else "s"
    return f"des {first}{suffix}{' ' + rest if rest else ''}"


def hhmm(value: dt.time) -> str:
    return value.strftime("%H:%M")


def ddmmyyyy(value: dt.date) -> str:
    return value.strftime("%d.%m.%Y")


def date_line(meeting: Meeting) -> str:
    """ "am Donnerstag, 15.09.2022 von 09:00-13:00 Uhr", as the seed writes it."""
    weekday = WEEKDAYS[meeting.date.weekday()]
    return (
        f"am {weekday}, {ddmmyyyy(meeting.date)} "
        f"von {hhmm(meeting.start_time)}-{hhmm(meeting.end_time)} Uhr"
    )


def votes_line(decision: Decision) -> str | None:
    if not decision.has_votes:
        return None
    abstain = decision.votes_abstain or 0
    word = "Enthaltung" if abstain == 1 else "Enthaltungen"
    return f"Abstimmung: {decision.votes_yes} ja, {decision.votes_no} nein, {abstain} {word}"


def decision_heading(decision: Decision, body_name: str) -> str:
    """The line that sets a decision apart; its verb tells the reader the kind."""
    subject = f"{body_article(body_name)} {body_name}"
    return {
        Decision.Kind.RESOLUTION: f"{subject} beschließt:",
        Decision.Kind.REJECTED: f"{subject} lehnt den Antrag ab:",
        Decision.Kind.POSTPONEMENT: f"{subject} beschließt die Vertagung:",
    }.get(decision.kind, f"{subject} vereinbart:")


def person_label(person, organisation=None) -> str:
    """ "Prof. Dr. Oliver Kruse (Offensive Mittelstand)"."""
    org = organisation or person.organisation
    return f"{person.full_name} ({org.name})" if org else person.full_name


def task_line(task: Task) -> str:
    """ "Text (Oliver Kruse, bis 31.10.2022)": owner and due date in brackets at the end."""
    extra = []
    if task.owner_person_id:
        extra.append(task.owner_person.name)
    elif task.owner_body_id:
        extra.append(task.owner_body.name)
    if task.due_date:
        extra.append(f"bis {ddmmyyyy(task.due_date)}")
    text = " ".join(task.text.split())
    return f"{text} ({', '.join(extra)})" if extra else text


STATUS_SENTENCES = {
    AgendaItem.Status.POSTPONED: "Der Tagesordnungspunkt wurde vertagt.",
    AgendaItem.Status.WITHDRAWN: "Der Tagesordnungspunkt entfällt.",
}


# --- Markdown to blocks -------------------------------------------------------------------


class _BlockParser(HTMLParser):
    """Turn the sanitised HTML of render_markdown into paragraphs and list items of spans."""

    BLOCK_TAGS = {"p", "h3", "h4", "h5", "h6", "pre", "tr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[dict] = []
        self.current: dict | None = None
        self.lists: list[list] = []  # [kind, counter]
        self.bold = self.italic = self.code = 0
        self.href: str | None = None

    def _open(self, kind: str, **extra) -> None:
        self._close()
        self.current = {"kind": kind, "spans": [], **extra}

    def _close(self) -> None:
        block = self.current
        self.current = None
        if block is None:
            return
        spans = [s for s in block["spans"] if s["text"]]
        if spans:
            spans[0]["text"] = spans[0]["text"].lstrip()
            spans[-1]["text"] = spans[-1]["text"].rstrip()
            block["spans"] = [s for s in spans if s["text"]]
            if block["spans"]:
                block["text"] = "".join(s["text"] for s in block["spans"])
                self.blocks.append(block)

    def handle_starttag(self, tag, attrs):
        if tag in ("ul", "ol"):
            self._close()
            self.lists.append([tag, 0])
        elif tag == "li":
            kind, _count = self.lists[-1] if self.lists else ("ul", 0)
            if self.lists:
                self.lists[-1][1] += 1
            self._open(
                "bullet" if kind == "ul" else "number",
                n=self.lists[-1][1] if self.lists else 1,
                level=max(0, len(self.lists) - 1),
            )
        elif tag == "p":
            if self.current is None or self.current["kind"] not in ("bullet", "number"):
                self._open("para")
        elif tag in ("h3", "h4", "h5", "h6"):
            self._open("heading")
        elif tag == "pre":
            self._open("code")
        elif tag == "tr":
            self._open("para")
        elif tag in ("td", "th"):
            if self.current is not None and self.current["spans"]:
                self._text(" – ")
        elif tag in ("strong", "b"):
            self.bold += 1
        elif tag in ("em", "i"):
            self.italic += 1
        elif tag == "code":
            self.code += 1
        elif tag == "a":
            self.href = dict(attrs).get("href")
        elif tag == "br":
            self._text(" ")

    def handle_endtag(self, tag):
        if tag in ("ul", "ol"):
            self._close()
            if self.lists:
                self.lists.pop()
        elif tag in self.BLOCK_TAGS or tag == "li":
            if not (tag == "p" and self.current and self.current["kind"] in ("bullet", "number")):
                self._close()
        elif tag in ("strong", "b"):
            self.bold = max(0, self.bold - 1)
        elif tag in ("em", "i"):
            self.italic = max(0, self.italic - 1)
        elif tag == "code":
            self.code = max(0, self.code - 1)
        elif tag == "a":
            self.href = None

    def _text(self, text: str) -> None:
        if self.current is None:
            if not text.strip():
                return
            self._open("para")
        if self.current["kind"] != "code":
            text = re.sub(r"\s+", " ", text)
        spans = self.current["spans"]
        style = {
            "bold": self.bold > 0 or self.current["kind"] == "heading",
            "italic": self.italic > 0,
            "code": self.code > 0,
            "href": self.href,
        }
        if spans and all(spans[-1][k] == v for k, v in style.items()):
            spans[-1]["text"] += text
        else:
            spans.append({"text": text, **style})

    def handle_data(self, data):
        self._text(data)

    def close(self):
        super().close()
        self._close()


def markdown_blocks(text: str) -> list[dict]:
    """Split Markdown minutes into blocks: {"kind": para|bullet|number|heading|code, "spans"}."""
    if not (text or "").strip():
        return []
    parser = _BlockParser()
    parser.feed(str(render_markdown(text)))
    parser.close()
    return parser.blocks


def plain_blocks(text: str) -> list[dict]:
    """One paragraph per blank-line-separated block of plain text (decision texts)."""
    out = []
    for para in re.split(r"\n\s*\n", (text or "").strip()):
        para = " ".join(para.split())
        if para:
            span = {"text": para, "bold": False, "italic": False, "code": False, "href": None}
            out.append({"kind": "para", "spans": [span], "text": para})
    return out


# --- The context --------------------------------------------------------------------------


def _items_queryset():
    return AgendaItem.objects.order_by("order").prefetch_related(
        Prefetch(
            "presentations",
            queryset=Presentation.objects.select_related("person__organisation", "organisation"),
        ),
        Prefetch("decisions", queryset=Decision.objects.order_by("sequence")),
        Prefetch(
            "tasks",
            queryset=Task.objects.select_related("owner_person", "owner_body").order_by("id"),
        ),
        Prefetch("attachments", queryset=Attachment.objects.order_by("number")),
    )


def minutes_label(minutes: int) -> str:
    return f"{minutes} Min."


def actual_times_of(item: AgendaItem) -> dict:
    """Say when an item began ("09:05") and ran ("(25 Min.)"); "" where nothing was recorded."""
    if item.actual_start is None:
        return {"actual": "", "actual_start": "", "actual_minutes": ""}
    start = hhmm(timezone.localtime(item.actual_start).time())
    if item.actual_end is None:
        return {"actual": start, "actual_start": start, "actual_minutes": ""}
    seconds = (item.actual_end - item.actual_start).total_seconds()
    ran = f"({minutes_label(max(0, round(seconds / 60)))})"
    return {"actual": f"{start} {ran}", "actual_start": start, "actual_minutes": ran}


def protocol_context(
    meeting: Meeting,
    *,
    public_only: bool = False,
    actual_times: bool = False,
    online_url: bool = False,
) -> dict:
    """Return the protocol of a meeting as plain data (strings, lists and dicts only).

    actual_times: each agenda row also says when the item actually began and how long it
    ran ("tatsächlich"), if any time was recorded; without recorded times nothing changes.
    online_url: give the meeting's online link (for readers with full access only).
    """
    meeting = (
        Meeting.objects.select_related("body", "note_taker")
        .prefetch_related(Prefetch("agenda_items", queryset=_items_queryset()))
        .get(pk=meeting.pk)
    )
    body = meeting.body.name
    all_items = list(meeting.agenda_items.all())
    scheduled, overrun = agenda_schedule(meeting, all_items)
    shown = [i for i in all_items if i.is_break or not (public_only and not i.public)]
    actual_times = actual_times and any(i.actual_start for i in shown)

    agenda: list[dict] = []
    items: list[dict] = []
    attachments: list[dict] = []
    for slot in scheduled:
        item = slot.item
        if item.is_break:
            agenda.append(
                {
                    "kind": "break",
                    "title": item.name,
                    "who": "",
                    "start": hhmm(slot.start),
                    "planned": minutes_label(item.duration_minutes),
                    **actual_times_of(item),
                }
            )
            continue
        if public_only and not item.public:
            continue
        heading = f"{item.number}. {item.name}" if item.number else item.name
        presenters = [person_label(p.person, p.organisation) for p in item.presentations.all()]
        agenda.append(
            {
                "kind": "item",
                "number": item.number,
                "title": item.name,
                "heading": heading,
                "who": "; ".join(presenters),
                "start": hhmm(slot.start),
                "planned": minutes_label(item.duration_minutes),
                **actual_times_of(item),
            }
        )
        minutes = minutes_without_records(
            item.minutes or "",
            [d.text for d in item.decisions.all()],
            [t.text for t in item.tasks.all()],
        )
        status_sentence = STATUS_SENTENCES.get(item.status)
        if status_sentence and not re.search(r"vertagt|entfällt", minutes):
            minutes = f"{status_sentence}\n\n{minutes}".strip()
        decisions = [
            {
                "kind": d.kind,
                "heading": decision_heading(d, body),
                "text": d.text.strip(),
                "blocks": plain_blocks(d.text),
                "votes": votes_line(d),
            }
            for d in item.decisions.all()
        ]
        tasks = [
            {
                "text": t.text,
                "owner": t.owner_person.name
                if t.owner_person_id
                else (t.owner_body.name if t.owner_body_id else None),
                "due": ddmmyyyy(t.due_date) if t.due_date else None,
                "line": task_line(t),
            }
            for t in item.tasks.all()
        ]
        item_attachments = [f"Anlage {a.number}: {a.name}" for a in item.attachments.all()]
        attachments.extend(
            {"label": f"Anlage {a.number}", "title": a.name, "item": item.number}
            for a in item.attachments.all()
        )
        items.append(
            {
                "number": item.number,
                "title": item.name,
                "heading": heading,
                "status": item.status,
                "public": item.public,
                "minutes": minutes,
                "blocks": markdown_blocks(minutes),
                "decisions": decisions,
                "tasks": tasks,
                "attachments": item_attachments,
            }
        )

    participants: list[str] = []
    if not public_only:
        present = (
            meeting.attendances.filter(status=Attendance.Status.PRESENT)
            .select_related("person__organisation", "on_behalf_of")
            .order_by("person__family_name", "person__given_name", "guest_name")
        )
        for a in present:
            if a.person_id:
                participants.append(person_label(a.person, a.on_behalf_of))
            else:
                org = f" ({a.on_behalf_of.name})" if a.on_behalf_of_id else ""
                participants.append(f"{a.guest_name}{org}")
    count = meeting.participant_count()

    following = next_meeting_of(meeting)
    next_line = None
    if following is not None:
        next_line = (
            f"Das nächste Treffen {body_genitive(body)} findet statt am "
            f"{ddmmyyyy(following.date)} von {hhmm(following.start_time)} – "
            f"{hhmm(following.end_time)} Uhr."
        )
    title = f"Protokoll {body}"
    return {
        "title": title,
        "body": body,
        "meeting_name": meeting.name,
        "date": ddmmyyyy(meeting.date),
        "iso_date": meeting.date.isoformat(),
        "weekday": WEEKDAYS[meeting.date.weekday()],
        "start": hhmm(meeting.start_time),
        "end": hhmm(meeting.end_time),
        "date_line": date_line(meeting),
        "place": meeting.location,
        "participant_count": count,
        "participants": participants,
        "agenda": agenda,
        "overrun": overrun,
        "items": items,
        "attachments": attachments,
        "next_meeting": next_line,
        "note_taker": meeting.note_taker.full_name if meeting.note_taker_id else None,
        # Reviewed minutes say how they were approved (reviews: "Nach Prüfung genehmigt …").
        "approval": approval_line(meeting),
        "public_only": public_only,
        "actual_times": actual_times,
        "online_url": meeting.online_url if online_url else "",
        "agenda_title": f"Tagesordnung {body}",
        "approved": meeting.state == Meeting.State.MINUTES_APPROVED,
        "file_stem": f"protokoll-{slug(body)}-{meeting.date:%Y-%m-%d}",
        "agenda_stem": f"tagesordnung-{slug(body)}-{meeting.date:%Y-%m-%d}",
    }


def slug(text: str) -> str:
    """A file-name-safe ASCII form of a body's name ("ag-transfer")."""
    table = str.maketrans(
        {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
    )
    ascii_text = text.translate(table).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "gremium"
