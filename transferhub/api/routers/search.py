"""Full-text search over minutes, decisions and tasks in the JSON API.

Wraps protocols.search, the search behind /protokolle/suche/, with the same filters
and the same visibility. The highlighted passage comes as plain text with the
positions of the matches (`highlights`), not as HTML.
"""

import html

from django.urls import reverse
from ninja import Query, Router

from transferhub.protocols import search as fulltext

from ..http import absolute
from ..pagination import MAX_LIMIT, MAX_OFFSET, paginate
from ..schemas import NO_NUL, FilterId, Page, SearchHitOut, SearchKind, responses

router = Router(tags=["Suche"])
_START, _STOP = "\x02", "\x03"
API_VIEW = {"minutes": "api:get_item", "decision": "api:get_decision", "task": "api:get_task"}


def plain_with_highlights(marked: str) -> tuple[str, list[dict]]:
    """Turn the search's escaped HTML with <mark> into plain text and match positions."""
    # Every "<" of the text is escaped, so the only tags left are our own marks.
    raw = html.unescape(str(marked).replace("<mark>", _START).replace("</mark>", _STOP))
    out: list[str] = []
    spans: list[dict] = []
    start = length = 0
    inside = False
    for char in raw:
        if char == _START:
            start, inside = length, True
        elif char == _STOP:
            if inside and length > start:
                spans.append({"start": start, "end": length})
            inside = False
        else:
            out.append(char)
            length += 1
    return "".join(out), spans


def hit_out(result: fulltext.Result) -> dict:
    passage, highlights = plain_with_highlights(result.snippet)
    title, title_highlights = plain_with_highlights(result.title)
    target = result.item_id if result.kind == "minutes" else result.obj_id
    return {
        "kind": result.kind,
        "id": result.obj_id,
        "meeting_id": result.meeting_id,
        "agenda_item_id": result.item_id,
        "body_name": result.body_name or "",
        "meeting_name": result.meeting_name,
        "meeting_date": result.meeting_date,
        "item_number": result.item_number,
        "title": title,
        "title_highlights": title_highlights,
        "passage": passage,
        "highlights": highlights,
        "api_url": absolute(reverse(API_VIEW[result.kind], args=[target])),
    }


@router.get(
    "/search",
    response=responses(200, Page[SearchHitOut]),
    summary="Volltextsuche in Protokollen, Beschlüssen und Aufgaben",
    description=(
        "Dieselbe Suche wie /protokolle/suche/: Treffer, die Sie sehen dürfen, die besten "
        "zuerst. `passage` ist die Fundstelle als Klartext; `highlights` nennt die "
        "gefundenen Wörter als Bereiche [start, end) in Zeichen (Unicode-Codepunkten)."
    ),
)
def search_minutes(
    request,
    q: str = Query(..., min_length=1, max_length=200, pattern=NO_NUL, description="Suchbegriff"),
    body: FilterId = None,
    year: int | None = Query(None, ge=1900, le=2999),
    kind: SearchKind | None = None,
    limit: int = Query(50, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
):
    query = q.strip()
    rows = fulltext.search(
        request.user, fulltext.Filters(query=query, body_id=body, year=year, kind=kind)
    )
    if rows is None:
        return {"total": 0, "limit": limit, "offset": offset, "items": []}
    return paginate(rows, limit, offset, lambda row: hit_out(fulltext.results([row], query)[0]))
