"""Minutes text as readers see it beside the decisions and tasks stored with it."""

import re

_DECISION_MARKER_RE = re.compile(
    r"^(?:(?:Die|Der|Das)\s+[^:.!?]{1,60}?\s+(?:vereinbart|vereinbaren|beschließt|beschließen|"
    r"lehnt|lehnen|verständigt sich|einigt sich)\b[^:\d]{0,40}:|Beschl(?:uss|üsse)\s*:|"
    r"Vereinbarung(?:en)?\s*:|Abstimmung\s*:.*)$"
)
_TASK_MARKER_RE = re.compile(r"^(?:To[\s-]?Do'?s?|Aufgaben?|Offene Punkte)\s*:?$", re.IGNORECASE)


def _flat(text: str) -> str:
    return " ".join(text.split())


def minutes_without_records(minutes: str, decisions: list[str], tasks: list[str]) -> str:
    """Drop from minutes what the protocol and meeting page show again as decisions and tasks.

    Imported minutes keep "Die AG … vereinbart: …" and "To Do: …" in their text, while
    the same lines are stored as decisions and tasks; printed twice they would confuse.
    """
    records = [_flat(t) for t in decisions + tasks if t.strip()]
    if not records:
        return minutes
    kept = []
    for para in re.split(r"\n\s*\n", minutes.strip()):
        lines = [ln for ln in para.splitlines() if ln.strip()]
        bullets = all(re.match(r"^\s*[-*•]\s", ln) for ln in lines)
        pieces = [re.sub(r"^\s*[-*•]\s+", "", ln) for ln in lines] if bullets else [para]
        rest_pieces = []
        for piece in pieces:
            flat = _flat(piece)
            if (decisions and _DECISION_MARKER_RE.match(flat)) or (
                tasks and _TASK_MARKER_RE.match(flat)
            ):
                continue
            rest = flat
            for record in records:
                rest = rest.replace(record, "")
            if re.search(r"\w{3}", re.sub(r"\([^)]*\)", "", rest)):
                # A task told in a sentence of running text leaves the rest of its paragraph.
                rest_pieces.append(piece if rest == flat else _flat(rest))
        if rest_pieces:
            kept.append("\n".join(f"- {x}" for x in rest_pieces) if bullets else rest_pieces[0])
    return "\n\n".join(kept)
