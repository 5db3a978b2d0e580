"""Full-text search over papers: title, description and the text of each document's newest
version, stemmed the German way by lib.search (SQLite: the FTS5 table `papers_search`;
PostgreSQL: a plain match on the stored text)."""

from django.db.models import Q, QuerySet
from django.db.models.expressions import RawSQL

from transferhub.lib import search as lib_search

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
    where = Q()
    for word in lib_search.words(query)[: lib_search.MAX_QUERY_WORDS]:
        where &= (
            Q(title__icontains=word)
            | Q(description__icontains=word)
            | Q(files__versions__text__icontains=word)
        )
    return qs.filter(where).distinct()
