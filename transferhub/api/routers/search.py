"""Full-text search over minutes, decisions and tasks in the JSON API.

Wraps protocols.search, the search behind /protokolle/suche/, with the same filters
and the same visibility. The highlighted passage comes as plain text with the
positions of the matches (`highlights`), not as HTML.
"""

from ninja import Query, Router
from ninja.pagination import paginate

from transferhub.protocols import search as fulltext

from ..pagination import Converted, LimitOffset
from ..schemas import NO_NUL, FilterId, Page, SearchHitOut, SearchKind, responses

router = Router(tags=["Suche"])


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
@paginate(LimitOffset)
def search_minutes(
    request,
    q: str = Query(..., min_length=1, max_length=200, pattern=NO_NUL, description="Suchbegriff"),
    body: FilterId = None,
    year: int | None = Query(None, ge=1900, le=2999),
    kind: SearchKind | None = None,
):
    query = q.strip()
    rows = fulltext.search(
        request.user, fulltext.Filters(query=query, body_id=body, year=year, kind=kind)
    )
    if rows is None:
        return []
    return Converted(rows, lambda row: fulltext.results([row], query)[0])
