"""Walk a minutes text through its parts: header → agenda → items → closing.

Each line gets one state. The header holds the meeting's data (date, place, who was there),
the agenda lists the items, the items hold the minutes, and the closing after the last item
holds what ends a meeting rather than an item: its end, the next meeting, signatures, the
note-taker, the list of attachments or recipients. Readers of each part then look only where
that part can be, instead of scanning the whole text again and again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .vocabulary import alt

HEADER, AGENDA, ITEMS, CLOSING = "header", "agenda", "items", "closing"

# A line that belongs to the closing: end, next meeting, signatures, note-taker, recipients.
CLOSING_LINE_RE = re.compile(
    r"^(?:"
    r"(?:" + alt("end_label") + r")\b.{0,40}\d.*"
    r"|.{0,40}\b(?:" + alt("end_sentence") + r")\b.{0,40}\d.*"
    r"|" + alt("next_meeting") + r"\b.*\d.*"  # a label; a sentence stays in its item
    r"|gez\.\s.*|Unterschrift\w*\b.*|Signed\b.*|\(?Unterschrift\)?"
    r"|(?:" + alt("note_taker_label") + r")\s*:.*|Mitschrift\b.*"
    r"|(?:Minutes|Notes)\s+(?:taken\s+|recorded\s+)?by\b.*"
    r"|Verteiler\s*:.*|Anlagen?\s*:.*|Attachments?\s*:.*"
    r"|[-_=*]{3,}"
    r"|(?:Ort|Place),?\s+(?:Datum|Date)\b.*"
    r")\s*$",
    re.IGNORECASE,
)
# A signature's role below the signer's name: "(Schriftführerin)", "(Protokoll)", "(Chair)".
ROLE_LINE_RE = re.compile(
    r"^\((?:Schriftführ\w*|Protokoll\w*|Vorsitz\w*|Versammlungsleit\w*|Sitzungsleit\w*|"
    r"Secretary|Chair\w*|President|Minute[- ]?taker|Recorder)\)$",
    re.IGNORECASE,
)
SIGNER_RE = re.compile(r"^(?:[A-ZÄÖÜ][\w'’-]+\.?\s+){1,3}[A-ZÄÖÜ][\w'’-]+$")
LINK_ONLY_RE = re.compile(r"^<?(?:https?://\S+|mailto:\S+|www\.[\w-]+\.\S+)>?$", re.IGNORECASE)


@dataclass
class Layout:
    """Where each part of a minutes text starts; states[i] is the part of line i."""

    states: list[str]
    agenda_start: int
    body_start: int
    closing_start: int

    def header(self, lines: list[str]) -> list[str]:
        """The lines before the agenda or, without one, before the first item."""
        return lines[: self.agenda_start]

    def closing(self, lines: list[str]) -> list[str]:
        """The lines after the last item's minutes."""
        return lines[self.closing_start :]


def _plain(line: str) -> str:
    s = line.strip().lstrip("#").strip().replace("**", "").replace("__", "")
    return re.sub(r"^(?:[-*•+]\s+)", "", s).strip()


def closing_start(lines: list[str], body_start: int, last_item: int) -> int:
    """Index of the first closing line: walking back from the end over closing lines only."""
    start = len(lines)
    for i in range(len(lines) - 1, max(body_start, last_item), -1):
        s = _plain(lines[i])
        if not s or s == "\f" or LINK_ONLY_RE.match(s):
            continue
        if not CLOSING_LINE_RE.match(s) and not ROLE_LINE_RE.match(s):
            # "Bernadette Beispiel" over "(Schriftführerin)": the signer of the minutes.
            signer = start < len(lines) and ROLE_LINE_RE.match(_plain(lines[start]))
            if not (signer and SIGNER_RE.match(s)):
                break
        start = i
    # Blank and link lines just before the closing belong to it too.
    while start > max(body_start, last_item) + 1 and not _plain(lines[start - 1]):
        start -= 1
    return start


def walk(lines: list[str], *, agenda_start: int | None, body_start: int, last_item: int) -> Layout:
    """Give each line its part, from where the agenda, the first and the last item start."""
    agenda_at = body_start if agenda_start is None else min(agenda_start, body_start)
    closing_at = closing_start(lines, body_start, last_item)
    states = [HEADER] * agenda_at + [AGENDA] * (body_start - agenda_at)
    states += [ITEMS] * (closing_at - body_start) + [CLOSING] * (len(lines) - closing_at)
    return Layout(states, agenda_at, body_start, closing_at)
