"""Full-text search over papers: title, description and the text of each document's newest
version, stemmed the German way by lib.search (SQLite: the FTS5 table `papers_search`;
PostgreSQL: its German full-text search over the same texts)."""

import re

from django.db.models import F, OuterRef, QuerySet, Subquery, TextField, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from transferhub.lib import search as lib_search
from transferhub.lib import site_search as lib_site_search

from .models import Paper

TABLE = "papers_search"
MAX_RESULTS = 200


def paper_text(paper: Paper) -> tuple[str, str]:
    """The paper's own words, and its documents' newest text as context."""
    texts = []
    for paper_file in paper.files.prefetch_related("versions"):
        current = paper_file.current
        if current is not None and current.text:
            texts.append(current.text)
    return f"{paper.reference}\n{paper.title}\n{paper.description}", "\n".join(texts)


def index_register() -> None:
    """Keep papers in the index (a new version re-indexes its paper: services call index_update)."""
    lib_search.index_register(
        lib_search.Source(table=TABLE, kind="paper", code=0, model=Paper, text=paper_text, slots=1)
    )


def paper_search(qs: QuerySet, query: str) -> QuerySet:
    """The papers of `qs` whose title, description or document text holds every word of the query."""
    terms = lib_search.query_stems(query)
    if not terms:
        return qs
    if lib_search.uses_fts():
        match = " AND ".join(f'"{t}"*' for t in terms)
        ids = RawSQL(
            f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s LIMIT {MAX_RESULTS}", (match,)
        )
        return qs.filter(pk__in=ids)
    return _pg_search(qs, query)


def _pg_search(qs: QuerySet, query: str) -> QuerySet:
    """PostgreSQL: its German full-text search over title, description and the newest
    version's text of each document (prefix terms, as the SQLite index matches them)."""
    from django.contrib.postgres.aggregates import StringAgg
    from django.contrib.postgres.search import SearchQuery, SearchVector

    from .models import PaperFileVersion

    words = [re.sub(r"\W", "", w) for w in lib_search.words(query)[: lib_search.MAX_QUERY_WORDS]]
    words = [w for w in words if w]
    if not words:
        return qs
    search = SearchQuery(" & ".join(f"{w}:*" for w in words), config="german", search_type="raw")
    newest = (
        PaperFileVersion.objects.filter(paper_file=OuterRef("paper_file"))
        .order_by("-number")
        .values("number")[:1]
    )
    texts = (
        PaperFileVersion.objects.filter(paper_file__paper=OuterRef("pk"))
        .annotate(newest=Subquery(newest))
        .filter(number=F("newest"))
        .values("paper_file__paper")
        .annotate(all_text=StringAgg("text", " "))
        .values("all_text")
    )
    vector = SearchVector(
        "reference",
        "title",
        "description",
        Coalesce(Subquery(texts, output_field=TextField()), Value(""), output_field=TextField()),
        config="german",
    )
    return qs.annotate(_vector=vector).filter(_vector=search)


# --- The header search (lib.site_search) ------------------------------------------------------


def _site_search(user, query: str, limit: int):
    from transferhub.decisions.permissions import can_see_topics

    if not can_see_topics(user):
        return None
    papers = paper_search(Paper.objects.all(), query)
    count = lib_site_search.capped_count(papers)
    rows = papers.select_related("body").order_by("-year", "reference")[:limit] if count else []
    hits = [
        lib_site_search.Hit(
            title=f"{p.reference}: {p.title}",
            url=p.get_absolute_url(),
            context=" · ".join(
                x for x in (p.body.name if p.body else "", p.get_status_display()) if x
            ),
            snippet=lib_site_search.snippet(p.description),
        )
        for p in rows
    ]
    return lib_site_search.Found(count=count, hits=hits)


def site_search_register() -> None:
    """Offer papers to the header search (PapersConfig.ready)."""
    lib_site_search.register(
        "paper", label=_("Vorlagen"), search=_site_search, url_name="papers:list", order=40
    )
