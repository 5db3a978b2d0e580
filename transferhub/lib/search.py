"""Search: German stemming, and the upkeep of the SQLite full-text indexes.

One place for both, so that the minutes search and the supplier search cut words the
same way. Stemming is Snowball's German stemmer (snowballstemmer, which uses PyStemmer's
C code when that is installed): "Lieferketten" and "Lieferkette" both give "lieferkett",
umlauts and ß are folded ("Bücher" meets "Buch", "Maßnahmen" meets "Massnahme").

Index upkeep: an app registers each kind of record an FTS5 table holds
(`index_register`); signals then keep the table in step with every save and delete, and
`reindex()` (`transferhub search-reindex`) rebuilds it from the tables. The supplier
index is kept by triggers in the database itself (suppliers' migration 0002) over the
text `searchable()` builds. PostgreSQL needs none of these tables: it searches the
tables themselves with its German configuration.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer
from django.db import connection
from django.db.models.signals import post_delete, post_save

from .registry import Registry

# --- German stemming (for the indexes and the queries alike) --------------------------------

WORD_RE = re.compile(r"\w+")
MAX_QUERY_WORDS = 12
_GERMAN = snowballstemmer.stemmer("german")


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """The German stem of a word, lower case, umlauts and ß folded: "Lieferketten" → "lieferkett"."""
    return _GERMAN.stemWord(word.lower())


def words(text: str) -> list[str]:
    return WORD_RE.findall(text or "")


def stems(text: str) -> str:
    """The text as space-separated stems, as the FTS5 tables store it."""
    return " ".join(stem(w) for w in words(text))


def query_stems(query: str, limit: int = MAX_QUERY_WORDS) -> list[str]:
    """The stems of a query, each once, in order."""
    out: list[str] = []
    for w in words(query):
        s = stem(w)
        if s not in out:
            out.append(s)
    return out[:limit]


def searchable(*parts: str | None) -> str:
    """Text as a substring index stores it: the non-empty parts, case-folded (ß → ss)."""
    return " ".join(p for p in parts if p).casefold()


# --- Keeping the SQLite full-text tables in step ----------------------------------------------


def uses_fts() -> bool:
    return connection.vendor == "sqlite"


@dataclass(frozen=True)
class Source:
    """One kind of record in an FTS5 table (columns `stems` and `context`).

    Its row id is `pk * slots + code`. `text(instance)` gives the text and its context
    (indexed apart, weighted less); `rows()` the records for a rebuild; `dependants`
    the records whose context changes with this one (an item's decisions and tasks).
    `fields` and `context_fields` name the model fields `text` and the dependants' context
    read: a save that wrote none of them (its `update_fields`) leaves the index, or the
    dependants, as they are. None (the default): every save re-indexes.
    """

    table: str
    kind: str
    code: int
    model: type
    text: Callable[[object], tuple[str, str]]
    rows: Callable[[], Iterable] | None = None
    dependants: Callable[[object], Iterable] = field(default=lambda instance: ())
    slots: int = 4
    fields: frozenset[str] | None = None
    context_fields: frozenset[str] | None = None


sources: Registry[Source] = Registry("Kinds of record in the FTS5 tables: 'table:kind' → Source.")


def index_tables() -> list[str]:
    """The FTS5 tables the registered kinds of record are indexed in, sorted."""
    return sorted({source.table for source in sources})


def index_register(source: Source) -> None:
    """Index a kind of record from now on (call from AppConfig.ready())."""
    sources.register(f"{source.table}:{source.kind}", source)
    uid = f"search-{source.table}-{source.kind}"
    post_save.connect(_on_save, sender=source.model, dispatch_uid=uid)
    post_delete.connect(_on_delete, sender=source.model, dispatch_uid=f"{uid}-del")


def _source_of(instance) -> Source | None:
    for source in sources:
        if isinstance(instance, source.model):
            return source
    return None


def write_rows(cursor, table: str, rows: list[tuple[int, str, str]]) -> None:
    cursor.executemany(f"INSERT INTO {table} (rowid, stems, context) VALUES (%s, %s, %s)", rows)


def _touches(written: frozenset[str] | None, read: frozenset[str] | None) -> bool:
    return written is None or read is None or not written.isdisjoint(read)


def index_update(instance, *, deleted: bool = False, written: Iterable[str] | None = None) -> None:
    """Write (or remove) one record in its FTS5 table; then the records that depend on it.

    `written`: the fields a save wrote (its update_fields), None for all of them.
    """
    source = _source_of(instance)
    if source is None or not uses_fts() or instance.pk is None:
        return
    written = None if deleted or written is None else frozenset(written)
    # Writing an item's minutes leaves its title, the context of its decisions and tasks,
    # as it was; moving it or setting a task's status changes no indexed text. Re-indexing
    # anyway cost each minutes save two queries and a rewrite per decision and task (about
    # 2 of 7 ms CPU with a few of them).
    if _touches(written, source.fields):
        rowid = instance.pk * source.slots + source.code
        text, context = ("", "") if deleted else source.text(instance)
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {source.table} WHERE rowid = %s", [rowid])
            if text.strip():
                write_rows(cursor, source.table, [(rowid, stems(text), stems(context))])
    if not deleted and _touches(written, source.context_fields):
        for dependant in source.dependants(instance):
            index_update(dependant)


def index_add(instances: Iterable) -> None:
    """Add new records in bulk (bulk_create sends no signal): one INSERT per table."""
    if not uses_fts():
        return
    by_table: dict[str, list[tuple[int, str, str]]] = {}
    for instance in instances:
        source = _source_of(instance)
        if source is None:
            continue
        text, context = source.text(instance)
        if text.strip():
            row = (instance.pk * source.slots + source.code, stems(text), stems(context))
            by_table.setdefault(source.table, []).append(row)
    with connection.cursor() as cursor:
        for table, rows in by_table.items():
            write_rows(cursor, table, rows)


def reindex() -> int:
    """Rebuild every FTS5 table from its records; return the number of rows written."""
    if not uses_fts():
        return 0
    by_table: dict[str, list[tuple[int, str, str]]] = {}
    for source in sources:
        rows = by_table.setdefault(source.table, [])
        records = source.rows() if source.rows else source.model.objects.all()
        for instance in records:
            text, context = source.text(instance)
            if text.strip():
                rows.append((instance.pk * source.slots + source.code, stems(text), stems(context)))
    with connection.cursor() as cursor:
        for table, rows in by_table.items():
            cursor.execute(f"DELETE FROM {table}")
            write_rows(cursor, table, rows)
    return sum(len(rows) for rows in by_table.values())


def _on_save(sender, instance, update_fields=None, **kwargs) -> None:
    index_update(instance, written=update_fields)


def _on_delete(sender, instance, **kwargs) -> None:
    index_update(instance, deleted=True)
