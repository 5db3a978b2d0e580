"""Full-text search over minutes, decisions and tasks (Volltextsuche).

SQLite keeps its own FTS5 table of stemmed words (`protocols_search`); stemming and its
upkeep (signals, `transferhub search-reindex`) are lib.search's; PostgreSQL searches the tables
themselves with its German configuration. Both paths filter by what the user may see
through ordinary joins, so the index holds no permissions that could go stale.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db.models import Case, CharField, F, Q, QuerySet, TextField, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Length
from django.urls import reverse
from django.utils.formats import date_format as _date_format
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l
from django.utils.translation import pgettext

from transferhub.decisions.models import Decision, Task
from transferhub.lib import search as lib_search
from transferhub.lib import site_search
from transferhub.lib.search import query_stems, stem, stems, uses_fts, words  # noqa: F401
from transferhub.meetings.models import AgendaItem
from transferhub.network.permissions import body_roles, is_secretariat, person_of

TABLE = "protocols_search"
KINDS = {"minutes": 1, "decision": 2, "task": 3}
MODELS = {"minutes": AgendaItem, "decision": Decision, "task": Task}
# The fields _indexed_text reads, per kind (a save that wrote none of them keeps the index).
FIELDS = {
    "minutes": frozenset({"name", "minutes", "kind"}),
    "decision": frozenset({"text", "agenda_item", "agenda_item_id"}),
    "task": frozenset({"text", "agenda_item", "agenda_item_id"}),
}
# An item's title is its decisions' and tasks' context.
CONTEXT_FIELDS = frozenset({"name"})
APPROVED = "minutes_approved"

# --- The SQLite index: what it holds (lib.search keeps it in step) --------------------------


def _indexed_text(kind: str, instance) -> tuple[str, str]:
    """The text and its context: a decision or task is also found by its item's title."""
    if kind == "minutes":
        if instance.kind == AgendaItem.Kind.BREAK:
            return "", ""
        return f"{instance.name}\n{instance.minutes}", ""
    item = instance.agenda_item if instance.agenda_item_id else None
    return instance.text, item.name if item is not None else ""


def _children(item: AgendaItem) -> list:
    # The item's title is the context of its decisions and tasks.
    children = [*Decision.objects.filter(agenda_item=item), *Task.objects.filter(agenda_item=item)]
    for child in children:
        child.agenda_item = item
    return children


def _records(model):
    qs = model.objects.all() if model is AgendaItem else model.objects.select_related("agenda_item")
    return lambda: qs.iterator(chunk_size=500)


def index_register() -> None:
    """Index agenda items, decisions and tasks (called from ProtocolsConfig.ready)."""
    for kind, model in MODELS.items():
        lib_search.index_register(
            lib_search.Source(
                table=TABLE,
                kind=kind,
                code=KINDS[kind],
                model=model,
                text=lambda instance, kind=kind: _indexed_text(kind, instance),
                rows=_records(model),
                dependants=_children if kind == "minutes" else (lambda instance: ()),
                fields=FIELDS[kind],
                context_fields=CONTEXT_FIELDS if kind == "minutes" else frozenset(),
            )
        )


def search_index_update(instance, *, deleted: bool = False) -> None:
    """Write (or remove) one agenda item, decision or task in the SQLite index."""
    lib_search.index_update(instance, deleted=deleted)


def index_add(instances: list) -> None:
    """Add new records in bulk (bulk inserts send no signal)."""
    lib_search.index_add(instances)


# The names protocols/services.py's bulk import still uses (its own helper rewrites it).
_uses_fts = uses_fts


def _write(cursor, rows: list[tuple[int, str, str]]) -> None:
    lib_search.write_rows(cursor, TABLE, rows)


def search_reindex() -> int:
    """Rebuild the SQLite index from all items, decisions and tasks; return the row count."""
    return lib_search.reindex()


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
    if uses_fts():
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
    terms = query_stems(filters.query) if uses_fts() else _raw_terms(filters.query)
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
        for m in lib_search.WORD_RE.finditer(text)
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


# --- The header search (lib.site_search) ------------------------------------------------------

_LABELS = {"minutes": _l("Protokolle"), "decision": _l("Beschlüsse"), "task": _l("Aufgaben")}


def _hit_url(result: Result) -> str:
    if result.kind == "minutes":
        return reverse("meetings:detail", args=[result.meeting_id]) + f"#protokoll-{result.item_id}"
    name = "decisions:decision" if result.kind == "decision" else "decisions:task"
    return reverse(name, args=[result.obj_id])


def _hit_title(result: Result) -> SafeString:
    if not result.item_name:
        return mark_safe(escape(_("ohne Tagesordnungspunkt")))  # noqa: S308 - escaped
    prefix = (
        f"{pgettext('Tagesordnungspunkt', 'TOP')} {result.item_number}: "
        if result.item_number
        else ""
    )
    return mark_safe(escape(prefix) + result.title)  # noqa: S308 - title is escaped by highlight


def _site_search(kind: str):
    def run(user, query: str, limit: int):
        terms = query_stems(query) if uses_fts() else _raw_terms(query)
        if not terms:
            return site_search.Found(count=0)
        rows = _rows(kind, user, Filters(query=query), terms)
        if rows is None:
            return None
        count = site_search.capped_count(rows)
        page = list(rows.order_by("score", "-meeting_date", "obj_id")[:limit]) if count else []
        hits = []
        for r in results(page, query):
            context = " · ".join(
                p for p in (r.body_name, r.meeting_name, _day(r.meeting_date)) if p
            )
            hits.append(
                site_search.Hit(
                    title=_hit_title(r), url=_hit_url(r), context=context, snippet=r.snippet
                )
            )
        return site_search.Found(count=count, hits=hits)

    return run


def _day(value) -> str:
    return _date_format(value, "d.m.Y") if value else ""


def site_search_register() -> None:
    """Offer minutes, decisions and tasks to the header search (ProtocolsConfig.ready)."""
    for order, kind in enumerate(KINDS):
        site_search.register(
            kind,
            label=_LABELS[kind],
            search=_site_search(kind),
            url_name="protocols:search",
            order=10 + order,
            params={"kind": kind},
        )
