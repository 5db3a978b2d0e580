"""The protocol as plain Markdown, laid out like the seed minutes."""

from __future__ import annotations

import re

from transferhub.meetings.models import Meeting

from .context import protocol_context

MIMETYPE = "text/markdown; charset=utf-8"


def _cell(text: str) -> str:
    # A "|" inside a cell would split the row; line breaks would end it.
    return " ".join((text or "").replace("|", "/").split())


def _minutes(text: str) -> str:
    # Headings inside minutes would read as new agenda items: keep them as bold lines.
    lines = []
    for line in (text or "").strip().splitlines():
        m = re.match(r"^\s*#+\s*(.+?)\s*#*\s*$", line)
        lines.append(f"**{m.group(1)}**" if m else line.rstrip())
    return "\n".join(lines).strip()


def render_markdown_protocol(ctx: dict) -> str:
    """Return the Markdown text of a protocol context."""
    out: list[str] = [f"# {ctx['title']}", "", ctx["date_line"], ""]
    if ctx["place"]:
        out += [f"Ort: {ctx['place']}", ""]
    if ctx["participant_count"]:
        out += [f"Teilnehmende: {ctx['participant_count']}", ""]
    if ctx["actual_times"]:
        # The plan (start and duration) beside what happened, for every row.
        out += ["## Tagesordnung", "", "| Was | Wer | wann | tatsächlich |", "|---|---|---|---|"]
        for row in ctx["agenda"]:
            what = row["heading"] if row["kind"] == "item" else row["title"]
            planned = f"{row['start']} ({row['planned']})"
            out.append(f"| {_cell(what)} | {_cell(row['who'])} | {planned} | {row['actual']} |")
        out += [f"| Ende |  | {ctx['end']} |  |", ""]
    else:
        out += ["## Tagesordnung", "", "| Was | Wer | wann |", "|---|---|---|"]
        for row in ctx["agenda"]:
            what = row["heading"] if row["kind"] == "item" else row["title"]
            out.append(f"| {_cell(what)} | {_cell(row['who'])} | {row['start']} |")
        out += [f"| Ende |  | {ctx['end']} |", ""]
    # The list follows the agenda: in a PDF nothing but a heading would end it otherwise.
    if ctx["participants"]:
        out += ["Anwesend:", ""] + [f"- {p}" for p in ctx["participants"]] + [""]
    for item in ctx["items"]:
        out += [f"## {item['heading']}", ""]
        minutes = _minutes(item["minutes"])
        if minutes:
            out += [minutes, ""]
        for decision in item["decisions"]:
            out += [decision["heading"], "", decision["text"], ""]
            if decision["votes"]:
                out += [decision["votes"], ""]
        if item["tasks"]:
            out += ["To Do:", ""] + [f"- {t['line']}" for t in item["tasks"]] + [""]
        if item["attachments"]:
            out += ["Anlagen:", ""] + [f"- {a}" for a in item["attachments"]] + [""]
    if ctx["next_meeting"]:
        out += ["Nächstes Treffen:", "", ctx["next_meeting"], ""]
    if ctx["note_taker"]:
        out += [f"Mitschrift {ctx['note_taker']}", ""]
    if ctx.get("approval"):
        out += [ctx["approval"], ""]
    return "\n".join(out)


def protocol_markdown(
    meeting: Meeting, *, public_only: bool = False, actual_times: bool = False
) -> tuple[str, str, bytes]:
    """Return (filename, mimetype, bytes) of the protocol as Markdown."""
    ctx = protocol_context(meeting, public_only=public_only, actual_times=actual_times)
    text = render_markdown_protocol(ctx)
    return f"{ctx['file_stem']}.md", MIMETYPE, text.encode("utf-8")
