"""Full-text search over minutes, decisions and tasks in the JSON API; and the search over
everything (/search/groups), grouped by kind as the header search shows it.

Wraps protocols.search, the search behind /protokolle/suche/, with the same filters
and the same visibility. The highlighted passage comes as plain text with the
positions of the matches (`highlights`), not as HTML.
"""

import html

from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from ninja.pagination import paginate
from pydantic import Field

from transferhub.lib import site_search
from transferhub.protocols import search as fulltext

from ..errors import ApiProblem
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


# --- The header search over everything (lib.site_search) --------------------------------------


def _plain(value) -> str:
    return html.unescape(strip_tags(str(value or "")))


class SiteHitOut(Schema):
    """A lib.site_search Hit, its HTML parts as plain text and its address absolute."""

    title: str = Field(description="Titel des Treffers (Klartext).")
    url: str = Field(description="Adresse der Seite des Treffers im Transferhub.")
    context: str = Field(description="Wo der Treffer steht: Gremium, Sitzung, Datum, Ort …")
    passage: str = Field(description="Fundstelle oder Beschreibung als Klartext, ggf. gekürzt.")

    @staticmethod
    def resolve_title(hit) -> str:
        return _plain(hit.title)

    @staticmethod
    def resolve_url(hit, context) -> str:
        return context["request"].build_absolute_uri(hit.url)

    @staticmethod
    def resolve_context(hit) -> str:
        return _plain(hit.context)

    @staticmethod
    def resolve_passage(hit) -> str:
        return _plain(hit.snippet)


class SiteGroupOut(Schema):
    """A lib.site_search Group."""

    kind: str = Field(description="Art: minutes, decision, task, paper oder supplier.")
    label: str
    count: int = Field(ge=0, description=f"Anzahl der Treffer, höchstens {site_search.COUNT_CAP}.")
    more: bool = Field(description=f"Mehr als {site_search.COUNT_CAP} Treffer.")
    hits: list[SiteHitOut] = Field(
        description=f"Die ersten {site_search.HITS_PER_KIND} Treffer dieser Art."
    )
    search_url: str = Field(description="Die vollständige Suche dieser Art im Transferhub.")

    @staticmethod
    def resolve_label(group) -> str:
        return str(group.label)

    @staticmethod
    def resolve_search_url(group, context) -> str:
        return context["request"].build_absolute_uri(group.full_url)


@router.get(
    "/search/groups",
    response=responses(200, list[SiteGroupOut]),
    summary="Suche über alles: Protokolle, Beschlüsse, Aufgaben, Vorlagen, Lieferanten",
    description=(
        "Dieselbe Suche wie das Suchfeld im Kopf der Seiten (/suche/): je Art, die Sie sehen "
        "dürfen, die Anzahl der Treffer und die ersten Treffer. `kinds` schränkt auf Arten ein "
        "(mehrfach oder durch Kommas getrennt); unbekannte Arten werden abgelehnt."
    ),
)
def search_groups(
    request,
    q: str = Query(..., min_length=1, max_length=200, pattern=NO_NUL, description="Suchbegriff"),
    kinds: str = Query(
        "",
        max_length=200,
        pattern=NO_NUL,
        description="Arten, durch Kommas getrennt: paper,supplier",
    ),
):
    wanted = None
    if kinds.strip():
        wanted = [k.strip() for k in kinds.split(",") if k.strip()]
        unknown = [k for k in wanted if k not in site_search.providers]
        if unknown:
            raise ApiProblem(
                422,
                "validation_error",
                _("Unbekannte Art: %(kinds)s. Möglich sind: %(known)s.")
                % {
                    "kinds": ", ".join(unknown[:5]),
                    "known": ", ".join(site_search.providers.names()),
                },
            )
    return site_search.search_everything(request.user, q, wanted)
