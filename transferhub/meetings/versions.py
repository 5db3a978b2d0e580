"""Frozen minutes versions as readers see them, and the difference between two of them.

A version's content is the JSON of services.minutes_snapshot at the time. Versions
written before a key existed lack it, so every key is read with a default: an old
version shows less, never an error.
"""

import datetime as dt
import difflib
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from transferhub.lib.markdown import render_markdown

from .minutes_text import minutes_without_records
from .models import AgendaItem
from .related import decision_model, task_model

# Equal lines shown around a change; longer unchanged runs are folded.
CONTEXT_LINES = 2


def _date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def _german(value) -> str:
    day = _date(value)
    return f"{day:%d.%m.%Y}" if day else ""


def _labels() -> dict:
    def table(choices):
        return {value: str(label) for value, label in choices}

    return {
        "status": table(AgendaItem.Status.choices),
        "kind": table(decision_model().Kind.choices),
        "task_status": table(task_model().Status.choices),
    }


def _votes(votes) -> str:
    if not isinstance(votes, dict):
        return ""
    return _("Ja %(yes)s, Nein %(no)s, Enthaltungen %(abstain)s") % {
        "yes": votes.get("yes") or 0,
        "no": votes.get("no") or 0,
        "abstain": votes.get("abstain") or 0,
    }


def version_sections(content: dict) -> dict:
    """The facts and items of a version, worked out for the template like the live page."""
    labels = _labels()
    meeting = content.get("meeting") or {}
    items = []
    for raw in content.get("items") or []:
        decisions = raw.get("decisions") or []
        tasks = raw.get("tasks") or []
        minutes = minutes_without_records(
            raw.get("minutes") or "",
            [d.get("text") or "" for d in decisions],
            [t.get("text") or "" for t in tasks],
        )
        status = raw.get("status") or ""
        duration = raw.get("duration_minutes")
        items.append(
            {
                "number": raw.get("number") or "",
                "name": raw.get("name") or "",
                "is_break": raw.get("kind") == AgendaItem.Kind.BREAK,
                "status": status,
                "status_label": labels["status"].get(status, status),
                "status_badge": status not in ("", "planned"),
                "internal": raw.get("public") is False,
                "presenters": ", ".join(raw.get("presenters") or []),
                "duration": _("%(minutes)d Min.") % {"minutes": duration}
                if isinstance(duration, int)
                else "",
                "minutes": render_markdown(minutes) if minutes.strip() else None,
                "decisions": [
                    {
                        "kind": labels["kind"].get(d.get("kind"), d.get("kind") or ""),
                        "number": d.get("number") or "",
                        "text": render_markdown(d.get("text") or ""),
                        "votes": _votes(d.get("votes")),
                    }
                    for d in decisions
                ],
                "tasks": [
                    {
                        "text": t.get("text") or "",
                        "owner": t.get("owner") or "",
                        "due": _german(t.get("due")),
                        "status": t.get("status") or "",
                        "status_label": labels["task_status"].get(t.get("status"), ""),
                    }
                    for t in tasks
                ],
            }
        )
    return {
        "name": meeting.get("name") or "",
        "body": meeting.get("body") or "",
        "date": _date(meeting.get("date")),
        "start": meeting.get("start") or "",
        "end": meeting.get("end") or "",
        "location": meeting.get("location") or "",
        "participant_count": meeting.get("participant_count"),
        "note_taker": meeting.get("note_taker") or "",
        "items": items,
    }


def version_lines(content: dict) -> list[str]:
    """A version as lines of plain text, the unit of the comparison.

    The minutes stay as written (not cleaned of repeated decisions): a correction
    changes that text, and the comparison must show it.
    """
    labels = _labels()
    meeting = content.get("meeting") or {}
    lines = [
        f"{meeting.get('name') or ''}, {_german(meeting.get('date'))}, "
        f"{meeting.get('start') or ''}–{meeting.get('end') or ''}".strip(", –")
    ]
    if meeting.get("location"):
        lines.append(_("Ort: %(place)s") % {"place": meeting["location"]})
    if meeting.get("participant_count"):
        lines.append(_("Teilnehmende: %(count)s") % {"count": meeting["participant_count"]})
    for raw in content.get("items") or []:
        number = raw.get("number") or ""
        status = raw.get("status") or ""
        heading = f"{number}. {raw.get('name') or ''}" if number else raw.get("name") or ""
        if status and status != "planned":
            heading += f" [{labels['status'].get(status, status)}]"
        lines += ["", heading]
        if raw.get("presenters"):
            lines.append(_("Wer: %(names)s") % {"names": ", ".join(raw["presenters"])})
        lines += [line.rstrip() for line in (raw.get("minutes") or "").strip().splitlines()]
        for d in raw.get("decisions") or []:
            kind = labels["kind"].get(d.get("kind"), d.get("kind") or "")
            head = " ".join(x for x in (kind, d.get("number") or "") if x)
            lines.append(f"{head}: {' '.join((d.get('text') or '').split())}")
            if d.get("votes"):
                lines.append(_votes(d["votes"]))
        for t in raw.get("tasks") or []:
            extra = [t.get("owner") or "", _german(t.get("due"))]
            status = labels["task_status"].get(t.get("status"), "")
            line = _("Aufgabe: %(text)s") % {"text": " ".join((t.get("text") or "").split())}
            if any(extra):
                line += f" ({', '.join(x for x in extra if x)})"
            if status:
                line += f" [{status}]"
            lines.append(line)
    return lines


@dataclass
class DiffRow:
    """One row of the side-by-side comparison; a side is a list of (text, changed) pieces."""

    kind: str  # same, changed, removed, added, gap
    left_no: int | None = None
    right_no: int | None = None
    left: list[tuple[str, bool]] = field(default_factory=list)
    right: list[tuple[str, bool]] = field(default_factory=list)
    folded: int = 0


def _words(a: str, b: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """Mark the words that differ between two lines."""
    left_words, right_words = a.split(" "), b.split(" ")
    left, right = [], []
    matcher = difflib.SequenceMatcher(None, left_words, right_words, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        changed = tag != "equal"
        if i2 > i1:
            left.append((" ".join(left_words[i1:i2]), changed))
        if j2 > j1:
            right.append((" ".join(right_words[j1:j2]), changed))
    # The spaces between pieces were eaten by split(); put them back.
    for pieces in (left, right):
        for index in range(len(pieces) - 1):
            pieces[index] = (pieces[index][0] + " ", pieces[index][1])
    return left, right


def version_diff(old: list[str], new: list[str], context: int = CONTEXT_LINES) -> list[DiffRow]:
    """Compare two versions' lines side by side, folding long runs of unchanged lines."""
    rows: list[DiffRow] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            span = i2 - i1
            head = context if i1 or j1 else 0
            tail = context if i2 < len(old) or j2 < len(new) else 0
            shown = range(span)
            if span > head + tail + 1:
                shown = [*range(head), None, *range(span - tail, span)]
            for offset in shown:
                if offset is None:
                    rows.append(DiffRow("gap", folded=span - head - tail))
                    continue
                text = old[i1 + offset]
                same = [(text, False)]
                rows.append(DiffRow("same", i1 + offset + 1, j1 + offset + 1, same, same))
            continue
        pairs = max(i2 - i1, j2 - j1)
        for k in range(pairs):
            a = old[i1 + k] if i1 + k < i2 else None
            b = new[j1 + k] if j1 + k < j2 else None
            if a is not None and b is not None:
                left, right = _words(a, b)
                rows.append(DiffRow("changed", i1 + k + 1, j1 + k + 1, left, right))
            elif a is not None:
                rows.append(DiffRow("removed", left_no=i1 + k + 1, left=[(a, True)]))
            else:
                rows.append(DiffRow("added", right_no=j1 + k + 1, right=[(b, True)]))
    return rows
