"""Full-text search over minutes, decisions and tasks (Volltextsuche).

SQLite keeps its own FTS5 table of stemmed words (`protocols_search`, kept in sync by
signals, rebuilt by `transferhub search-reindex`); PostgreSQL searches the tables
themselves with its German configuration. Both paths filter by what the user may see
through ordinary joins, so the index holds no permissions that could go stale.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db import connection
from django.db.models import Case, CharField, F, Q, QuerySet, TextField, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Length
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from transferhub.decisions.models import Decision, Task
from transferhub.meetings.models import AgendaItem
from transferhub.network.permissions import body_roles, is_secretariat, person_of

TABLE = "protocols_search"
KINDS = {"minutes": 1, "decision": 2, "task": 3}
MODELS = {"minutes": AgendaItem, "decision": Decision, "task": Task}
APPROVED = "minutes_approved"

# --- German stemming (both for the index and the query) -------------------------------------

_WORD_RE = re.compile(r"\w+")
_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
# Inflection endings, longest first; a genitive "s" goes first, only after letters German
# lets it follow ("Partners", "Mitglieds", but not "Prozess").
_SUFFIXES = ("ern", "en", "er", "es", "em", "e", "n")
_S_ENDING = set("bdfghklmnrt")
_MIN_STEM = 4


def stem(word: str) -> str:
    """Cut common German inflection endings: "Lieferketten" and "Lieferkette" give "lieferkett"."""
    w = word.lower().translate(_FOLD)
    if w.isdigit():
        return w
    if w.endswith("s") and len(w) - 1 >= _MIN_STEM and w[-2] in _S_ENDING:
        w = w[:-1]
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= _MIN_STEM:
            return w[: -len(suffix)]
    return w


def words(text: str) -> list[str]:
    return _WORD_RE.findall(text or "")


def stems(text: str) -> str:
    """The text as space-separated stems, as the FTS5 table stores it."""
    return " ".join(stem(w) for w in words(text))


def query_stems(query: str) -> list[str]:
    """The stems of a query, each once, in order."""
    out: list[str] = []
    for w in words(query):
        s = stem(w)
        if s not in out:
            out.append(s)
    return out[:12]


# --- Keeping the SQLite index in sync --------------------------------------------------------


def _uses_fts() -> bool:
    return connection.vendor == "sqlite"


def _kind_of(instance) -> str | None:
    for kind, model in MODELS.items():
        if isinstance(instance, model):
            return kind
    return None


def _indexed_text(kind: str, instance) -> tuple[str, str]:
    """The text and its context: a decision or task is also found by its item's title."""
    if kind == "minutes":
        if instance.kind == AgendaItem.Kind.BREAK:
            return "", ""
        return f"{instance.name}\n{instance.minutes}", ""
    item = instance.agenda_item if instance.agenda_item_id else None
    return instance.text, item.name if item is not None else ""


def _write(cursor, rows: list[tuple[int, str, str]]) -> None:
    cursor.executemany(f"INSERT INTO {TABLE} (rowid, stems, context) VALUES (%s, %s, %s)", rows)


def search_index_update(instance, *, deleted: bool = False) -> None:
    """Write (or remove) one agenda item, decision or task in the SQLite index."""
    kind = _kind_of(instance)
    if kind is None or not _uses_fts() or instance.pk is None:
        return
    rowid = instance.pk * 4 + KINDS[kind]
    text, context = ("", "") if deleted else _indexed_text(kind, instance)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE} WHERE rowid = %s", [rowid])
        if text.strip():
            _write(cursor, [(rowid, stems(text), stems(context))])
    if kind == "minutes" and not deleted:
        # The item's title is the context of its decisions and tasks.
        for model in (Decision, Task):
            for child in model.objects.filter(agenda_item=instance):
                child.agenda_item = instance
                search_index_update(child)


def search_reindex() -> int:
    """Rebuild the SQLite index from all items, decisions and tasks; return the row count."""
    if not _uses_fts():
        return 0
    rows: list[tuple[int, str, str]] = []
    for kind, model in MODELS.items():
        qs = (
            model.objects.all()
            if kind == "minutes"
            else model.objects.select_related("agenda_item")
        )
        for instance in qs.iterator(chunk_size=500):
            text, context = _indexed_text(kind, instance)
            if text.strip():
                rows.append((instance.pk * 4 + KINDS[kind], stems(text), stems(context)))
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE}")
        _write(cursor, rows)
    return len(rows)


def on_save(sender, instance, **kwargs) -> None:
    search_index_update(instance)


def on_delete(sender, instance, **kwargs) -> None:
    search_index_update(instance, deleted=True)


# --- Searching --------------------------------------------------------------------------------


@dataclass
class Filters:
    """What the search form asks for."""

    query: str
    body_id: int | None = None
    year: int | None = None
    kind: str | None = None


def _visibility(user, kind: str) -> Q | None:
    """What of a kind the user may find; None for nothing at all."""
    if is_secretariat(user):
        return Q()
    mine = list(body_roles(user))
    if kind == "task":
        if not user.is_authenticated:
            return None
        where = Q(body_id__in=mine) | Q(owner_body_id__in=mine)
        person = person_of(user)
        if person is not None:
            where |= Q(owner_person=person)
        return where
    if kind == "minutes":
        return Q(meeting__body_id__in=mine) | Q(meeting__state=APPROVED, public=True)
    return Q(body_id__in=mine) | (
        Q(meeting__state=APPROVED) & (Q(agenda_item__isnull=True) | Q(agenda_item__public=True))
    )


def _fts_match(terms: list[str]) -> str:
    # Every term as a quoted prefix: "umsetzungshilf"* finds compounds and other endings.
    return " AND ".join(f'"{t}"*' for t in terms)


def _matching(kind: str, qs: QuerySet, terms: list[str]) -> QuerySet:
    """Restrict to matches and annotate a "score" (lower is better) and a "headline"."""
    fields = ("name", "minutes") if kind == "minutes" else ("text",)
    if _uses_fts():
        table = qs.model._meta.db_table
        match = _fts_match(terms)
        code = KINDS[kind]
        ids = RawSQL(
            f"SELECT rowid / 4 FROM {TABLE} WHERE {TABLE} MATCH %s AND rowid %% 4 = %s",
            (match, code),
        )
        score = RawSQL(
            f"SELECT bm25({TABLE}, 10.0, 1.0) FROM {TABLE} WHERE {TABLE} MATCH %s "
            f'AND rowid = "{table}"."id" * 4 + %s',
            (match, code),
        )
        return qs.filter(pk__in=ids).annotate(
            score=score, headline=Value("", output_field=CharField())
        )
    from django.contrib.postgres.search import (
        SearchHeadline,
        SearchQuery,
        SearchRank,
        SearchVector,
    )

    raw = " & ".join(f"{t}:*" for t in _pg_terms(terms))
    query = SearchQuery(raw, config="german", search_type="raw")
    vector = SearchVector(*fields, config="german", weight="A")
    if kind != "minutes":
        vector = vector + SearchVector("agenda_item__name", config="german", weight="D")
    source = F("minutes") if kind == "minutes" else F("text")
    marks = {"config": "german", "start_sel": _START, "stop_sel": _STOP}
    return (
        qs.annotate(_vector=vector, _length=Length(source))
        .filter(_vector=query)
        .annotate(
            score=-SearchRank(vector, query),
            headline=Case(
                # Short texts (decisions, tasks) are shown whole, long minutes as passages.
                When(
                    _length__lte=SNIPPET_CHARS,
                    then=SearchHeadline(source, query, highlight_all=True, **marks),
                ),
                default=SearchHeadline(
                    source,
                    query,
                    max_words=35,
                    min_words=15,
                    max_fragments=2,
                    fragment_delimiter=" … ",
                    **marks,
                ),
                output_field=TextField(),
            ),
        )
    )


def _pg_terms(terms: list[str]) -> list[str]:
    # The German configuration stems by itself; give it the words, not our stems.
    return [re.sub(r"\W", "", t) for t in terms if re.sub(r"\W", "", t)]


_COLUMNS = (
    "kind", "obj_id", "meeting_id", "item_id", "meeting_name", "meeting_date", "body_name",
    "item_number", "item_name", "text", "score", "headline",
)  # fmt: skip


def _rows(kind: str, user, filters: Filters, terms: list[str]) -> QuerySet | None:
    where = _visibility(user, kind)
    if where is None:
        return None
    model = MODELS[kind]
    qs = model.objects.filter(where).order_by()  # a part of a UNION may not be ordered
    if kind == "minutes":
        qs = qs.filter(kind=AgendaItem.Kind.ITEM)
        body_field, meeting, item = "meeting__body", "meeting", ""
    else:
        body_field, meeting, item = "body", "meeting", "agenda_item__"
    if filters.body_id:
        qs = qs.filter(**{f"{body_field}_id": filters.body_id})
    if filters.year:
        qs = qs.filter(meeting__date__year=filters.year)
    qs = _matching(kind, qs, terms)
    return qs.annotate(
        kind_=Value(kind, output_field=CharField()),
        obj_id=F("pk"),
        meeting_pk=F(f"{meeting}_id"),
        item_pk=F("pk") if kind == "minutes" else F("agenda_item_id"),
        meeting_name=F(f"{meeting}__name"),
        meeting_date=F(f"{meeting}__date"),
        body_name=F(f"{body_field}__name"),
        item_number=F(f"{item}number"),
        item_name=F(f"{item}name"),
        text_=F("minutes") if kind == "minutes" else F("text"),
    ).values_list(
        "kind_", "obj_id", "meeting_pk", "item_pk", "meeting_name", "meeting_date",
        "body_name", "item_number", "item_name", "text_", "score", "headline",
    )  # fmt: skip


def search(user, filters: Filters) -> QuerySet | None:
    """A queryset of result tuples (see `result_dict`), best first; None when nothing to search."""
    terms = query_stems(filters.query) if _uses_fts() else _raw_terms(filters.query)
    if not terms:
        return None
    kinds = [filters.kind] if filters.kind in KINDS else list(KINDS)
    parts = [qs for kind in kinds if (qs := _rows(kind, user, filters, terms)) is not None]
    if not parts:
        return None
    combined = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    return combined.order_by("score", "-meeting_date", "obj_id")


def _raw_terms(query: str) -> list[str]:
    out: list[str] = []
    for w in words(query):
        if w.lower() not in out:
            out.append(w.lower())
    return out[:12]


# --- Highlighting -----------------------------------------------------------------------------

_START, _STOP = "\x02", "\x03"
SNIPPET_CHARS = 240


def _safe_marked(raw: str) -> SafeString:
    """Escape a text holding our start/stop markers and turn the markers into <mark>."""
    html = escape(raw).replace(_START, "<mark>").replace(_STOP, "</mark>")
    return mark_safe(html)  # noqa: S308 - escaped above, only our own tags added


def highlight(text: str, query: str, *, limit: int = SNIPPET_CHARS) -> SafeString:
    """The passage around the first match, HTML-escaped, matching words in <mark>."""
    terms = query_stems(query)
    text = text or ""
    spans = [
        (m.start(), m.end())
        for m in _WORD_RE.finditer(text)
        if any(stem(m.group(0)).startswith(t) for t in terms)
    ]
    if not spans:
        snippet = text[:limit]
        return _safe_marked(snippet + ("…" if len(text) > limit else ""))
    first = spans[0][0]
    lo = max(0, first - limit // 3)
    if lo:
        space = text.find(" ", lo)
        lo = space + 1 if 0 <= space < first else lo
    hi = min(len(text), lo + limit)
    pieces, pos = [], lo
    for a, b in spans:
        if a < lo or b > hi:
            continue
        pieces.append(text[pos:a] + _START + text[a:b] + _STOP)
        pos = b
    pieces.append(text[pos:hi])
    return _safe_marked(("…" if lo else "") + "".join(pieces) + ("…" if hi < len(text) else ""))


@dataclass
class Result:
    """One hit, ready for the template."""

    kind: str
    obj_id: int
    meeting_id: int | None
    item_id: int | None
    meeting_name: str | None
    meeting_date: object
    body_name: str
    item_number: str | None
    item_name: str | None
    snippet: SafeString
    title: SafeString


def results(rows, query: str) -> list[Result]:
    """Turn result tuples of one page into Results with highlighted passages."""
    out = []
    for row in rows:
        data = dict(zip(_COLUMNS, row, strict=True))
        if data["headline"]:
            snippet = _safe_marked(data["headline"])
        else:
            snippet = highlight(data["text"], query)
        title = data["item_name"] or ""
        out.append(
            Result(
                kind=data["kind"],
                obj_id=data["obj_id"],
                meeting_id=data["meeting_id"],
                item_id=data["item_id"],
                meeting_name=data["meeting_name"],
                meeting_date=data["meeting_date"],
                body_name=data["body_name"],
                item_number=data["item_number"],
                item_name=title,
                snippet=snippet,
                title=highlight(title, query, limit=500) if title else mark_safe(""),
            )
        )
    return out
