"""Reading topics (Vorhaben): suggested links by shared title words, and the timeline."""

import datetime as dt
import re
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db.models import Q

from transferhub.meetings.models import AgendaItem

from .models import Decision, Task, Topic

# Words too common in this network's minutes to tie an item to a topic.
STOPWORDS = {
    "aber", "alle", "allen", "also", "auch", "auf", "aus", "bei", "beim", "bis", "check",
    "checks", "dann", "dass", "dem", "den", "der", "des", "die", "dies", "diese", "dieser",
    "durch", "eine", "einem", "einen", "einer", "eines", "für", "gibt", "hat", "haben",
    "ihre", "im", "ist", "kann", "können", "mit", "nach", "nicht", "noch", "oder", "offensive",
    "mittelstand", "projekt", "sich", "sind", "soll", "sollen", "thema", "themen", "über",
    "und", "unter", "vom", "von", "vor", "wird", "werden", "wie", "zum", "zur", "zwischen",
}  # fmt: skip
_WORD = re.compile(r"\w+", re.UNICODE)
CANDIDATES = 200  # rows read per kind before scoring; enough for years of minutes
SUGGESTIONS = 10  # shown per kind


def significant_words(text: str) -> set[str]:
    """Lower-cased words of a title that say what it is about ("LkSG", "Liquidität")."""
    words = set()
    for word in _WORD.findall(text or ""):
        lower = word.lower()
        if lower in STOPWORDS or lower.isdigit():
            continue
        # Abbreviations such as "LkSG" or "BMAS" count even when short.
        if len(word) >= 4 or (len(word) >= 3 and sum(c.isupper() for c in word) >= 2):
            words.add(lower)
    return words


@dataclass
class Candidate:
    kind: str  # "agenda_item", "decision" or "task"
    obj: object
    date: dt.date | None
    score: int = 0


def _any_word(field: str, words: set[str]) -> Q:
    return reduce(or_, (Q(**{f"{field}__icontains": w}) for w in words))


def _candidates(topic: Topic, text_q: dict[str, Q], limit: int) -> list[Candidate]:
    """Items, decisions and tasks matching the filters, not yet linked to the topic."""
    items = (
        AgendaItem.objects.filter(text_q["agenda_item"], kind=AgendaItem.Kind.ITEM)
        .exclude(topics=topic)
        .select_related("meeting__body")
        .order_by("-meeting__date")[:limit]
    )
    decisions = (
        Decision.objects.filter(text_q["decision"])
        .exclude(topics=topic)
        .select_related("body", "meeting")
        .order_by("-meeting__date")[:limit]
    )
    tasks = (
        Task.objects.filter(text_q["task"])
        .exclude(topics=topic)
        .select_related("body", "meeting", "owner_person", "owner_body")
        .order_by("-created")[:limit]
    )
    found = [Candidate("agenda_item", i, i.meeting.date) for i in items]
    found += [Candidate("decision", d, d.meeting.date) for d in decisions]
    found += [Candidate("task", t, _task_date(t)) for t in tasks]
    return found


def _text_of(candidate: Candidate) -> str:
    obj = candidate.obj
    return obj.name if candidate.kind == "agenda_item" else obj.text


def suggestions(topic: Topic) -> list[Candidate]:
    """Unlinked items, decisions and tasks sharing significant title words with the topic."""
    words = significant_words(topic.title)
    if not words:
        return []
    where = {
        "agenda_item": _any_word("name", words),
        "decision": _any_word("text", words),
        "task": _any_word("text", words),
    }
    found = []
    for candidate in _candidates(topic, where, CANDIDATES):
        candidate.score = len(words & significant_words(_text_of(candidate)))
        if candidate.score:
            found.append(candidate)
    # One shared word suffices for a short title; longer titles need two.
    needed = min(2, len(words))
    found = [c for c in found if c.score >= needed]
    found.sort(key=lambda c: (-c.score, -(c.date or dt.date.min).toordinal()))
    per_kind: dict[str, int] = {}
    shown = []
    for candidate in found:
        per_kind[candidate.kind] = per_kind.get(candidate.kind, 0) + 1
        if per_kind[candidate.kind] <= SUGGESTIONS:
            shown.append(candidate)
    return shown


def search(topic: Topic, query: str) -> list[Candidate]:
    """Unlinked items, decisions and tasks whose text contains the query (to link by hand)."""
    query = query.strip()
    if not query:
        return []
    where = {
        "agenda_item": Q(name__icontains=query) | Q(minutes__icontains=query),
        "decision": Q(text__icontains=query),
        "task": Q(text__icontains=query),
    }
    return _candidates(topic, where, SUGGESTIONS)


def _task_date(task: Task) -> dt.date:
    if task.meeting_id:
        return task.meeting.date
    return task.created.date() if task.created else dt.date.min


@dataclass
class TimelineEntry:
    date: dt.date
    kind: str
    obj: object


def timeline(topic: Topic, *, items, decisions, tasks) -> list[TimelineEntry]:
    """Everything linked to the topic, oldest first (three queries, whatever the size)."""
    entries = [TimelineEntry(i.meeting.date, "agenda_item", i) for i in items]
    entries += [TimelineEntry(d.meeting.date, "decision", d) for d in decisions]
    entries += [TimelineEntry(_task_date(t), "task", t) for t in tasks]
    order = {"agenda_item": 0, "decision": 1, "task": 2}
    entries.sort(key=lambda e: (e.date, order[e.kind], e.obj.pk))
    return entries
