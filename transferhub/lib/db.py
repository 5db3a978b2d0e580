"""Small helpers around the database connection that both SQLite and PostgreSQL need."""

import datetime as dt
from collections.abc import Callable

from django.db import connection, connections, router

# Database ids are 64-bit: a larger number is refused before any query, not a crash in it.
MAX_ID = 2**63 - 1


def refresh_planner_statistics() -> None:
    """Run ANALYZE so the query planner knows the tables' sizes after they have grown.

    Without fresh statistics SQLite sorts all 50,000 decisions for one page of the
    register instead of walking the date index.
    """
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


_COMPILED: dict[tuple[str, str], tuple[str, tuple]] = {}


def fixed_rows(key: str, queryset) -> list[tuple]:
    """The rows of `queryset` (a values_list) as tuples, its SQL built once per process.

    For the few queries of a hot page whose SQL never changes (the bodies of a filter's
    select): Django builds a query's SQL anew each time, 0.2 ms of CPU for one that runs in
    0.03. `key` names the query; one key must always stand for the same SQL. The values are
    as the database gives them (numbers and text alike on SQLite and PostgreSQL).
    """
    alias = queryset.db
    compiled = _COMPILED.get((key, alias))
    if compiled is None:
        compiled = _COMPILED[(key, alias)] = queryset.query.sql_with_params()
    with connections[alias].cursor() as cursor:
        cursor.execute(*compiled)
        return cursor.fetchall()


_BY_IDS: dict[tuple, tuple] = {}
_BY_IDS_MOST = 1000


def rows_by_ids(key: str, model, ids: list[int], build: Callable[[list], object]) -> list[tuple]:
    """`list(build(ids))` for a values_list of `model`'s rows by their ids, its SQL built once.

    For the rows of a result page (50 suppliers, their seals): Django builds such a query
    in some 0.4 ms of CPU for 0.03 ms of SQL. The SQL is built once per `key` and number of
    ids, with negative ids (no row has one) standing for the ids; each run puts the ids in
    their place and converts the values as Django does (dates, times). `build` must take
    nothing but the ids from outside: one key is always the same query.
    """
    count = len(ids)
    if not count or len(set(ids)) != count:
        return [tuple(row) for row in build(ids)]
    alias = router.db_for_read(model)
    entry = _BY_IDS.get((key, alias, count))
    if entry is None:
        marks = [-(i + 1) for i in range(count)]
        queryset = build(marks)
        compiler = queryset.query.get_compiler(queryset.db)
        sql, params = compiler.as_sql()
        found = [i for i, p in enumerate(params) if type(p) is int and -count <= p < 0]
        if sorted(params[i] for i in found) != sorted(marks):
            return [tuple(row) for row in build(ids)]  # the ids are not plain parameters
        columns = [column for column, _sql, _alias in compiler.select]
        if len(_BY_IDS) >= _BY_IDS_MOST:
            _BY_IDS.clear()
        entry = _BY_IDS[(key, alias, count)] = (sql, list(params), found, columns)
    sql, params, found, columns = entry
    params = list(params)
    for i in found:
        params[i] = ids[-params[i] - 1]
    return _run(alias, sql, params, columns)


def _run(alias: str, sql: str, params: list, columns: list) -> list[tuple]:
    """The statement's rows, their values converted as Django converts them."""
    connection = connections[alias]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    converters = []
    for position, column in enumerate(columns):
        steps = connection.ops.get_db_converters(column) + column.get_db_converters(connection)
        if steps:
            converters.append((position, steps, column))
    if not converters:
        return [tuple(row) for row in rows]
    out = []
    for row in rows:
        row = list(row)
        for position, steps, column in converters:
            value = row[position]
            for step in steps:
                value = step(value, column, connection)
            row[position] = value
        out.append(tuple(row))
    return out


_BY_VALUES: dict[tuple, tuple | None] = {}


def rows_by_values(key: str, model, values: tuple, build: Callable[..., object]) -> list[tuple]:
    """`list(build(*values))` for a values_list of `model`'s rows, its SQL built once.

    As rows_by_ids() for a query that takes dates, times or moments besides ids (a
    meeting's open tasks: its body, day, start and the moment it began). The first call
    builds the query once with `values` and once more with each value moved a step (a day,
    a second, one more) to find where each stands among the statement's parameters and how
    Django writes it there (as it is, or as a date, time or moment for the database); later
    calls put the new values in those places. A query whose statement changes with a
    value, or a value Django writes otherwise, is built by the ORM every time. `build`
    must take nothing but `values` from outside: one key is always the same query.
    """
    alias = router.db_for_read(model)
    entry = _BY_VALUES.get((key, alias), False)
    if entry is False:
        entry = _BY_VALUES[(key, alias)] = _placed(build, values, connections[alias])
    if entry is None:
        return [tuple(row) for row in build(*values)]
    sql, params, places, columns = entry
    params = list(params)
    for value, (positions, write) in zip(values, places, strict=True):
        written = write(value)
        for position in positions:
            params[position] = written
    return _run(alias, sql, params, columns)


def _placed(build, values: tuple, connection) -> tuple | None:
    """(SQL, parameters, each value's (positions, how it is written), columns) or None."""

    def compiled(args):
        queryset = build(*args)
        compiler = queryset.query.get_compiler(queryset.db)
        sql, params = compiler.as_sql()
        return sql, list(params), [column for column, _sql, _alias in compiler.select]

    sql, params, columns = compiled(values)
    ops = connection.ops
    writers = (
        lambda value: value,
        ops.adapt_datetimefield_value,
        ops.adapt_datefield_value,
        ops.adapt_timefield_value,
    )
    places, taken = [], set()
    for i, value in enumerate(values):
        step = _step(value)
        if step is None:
            return None
        moved_sql, moved, _columns = compiled((*values[:i], step, *values[i + 1 :]))
        if moved_sql != sql or len(moved) != len(params):
            return None
        positions = [p for p, (a, b) in enumerate(zip(params, moved, strict=True)) if a != b]
        if not positions or taken.intersection(positions):
            return None
        taken.update(positions)
        for write in writers:
            try:
                if all(write(value) == params[p] and write(step) == moved[p] for p in positions):
                    break
            except (TypeError, ValueError, AttributeError):
                continue
        else:
            return None
        places.append((positions, write))
    return sql, params, places, columns


def _step(value):
    """A value of the same kind, one step away (None: a kind not placed)."""
    if type(value) is int:
        return value + 1
    if isinstance(value, dt.datetime):
        return value + dt.timedelta(seconds=1)
    if isinstance(value, dt.date):
        return value + dt.timedelta(days=1)
    if isinstance(value, dt.time):
        moved = dt.datetime.combine(dt.date(2000, 1, 1), value) + dt.timedelta(seconds=1)
        return moved.timetz()
    return None


def instances_by_ids(
    key: str,
    model,
    ids: list[int],
    *,
    by: str = "pk",
    related: tuple[str, ...] = (),
    annotations: dict | None = None,
    order_by: tuple[str, ...] = ("pk",),
) -> list:
    """`model`'s rows whose `by` is one of `ids`, as instances, their SQL built once.

    As `model._default_manager.filter(<by>__in=ids).select_related(*related)
    .annotate(**annotations).order_by(*order_by)` gives them, for a hot path whose few rows
    cost less to read than their query to build (lib.db.rows_by_ids: once per `key` and
    number of ids). Every concrete column is read, of the model and of each related row
    (foreign keys of the model, joined; "a__b" a foreign key of the row `a`, named before
    it); an annotation is set on each instance by its name. `annotations` must take nothing
    from outside: one key is always the same query.
    """
    own = [f.attname for f in model._meta.concrete_fields]
    joined = []
    columns = list(own)
    for name in related:
        *path, last = name.split("__")
        owner, parents = model, []
        for step in path:
            parents.append(owner._meta.get_field(step))
            owner = parents[-1].related_model
        field = owner._meta.get_field(last)
        target = field.related_model
        names = [f.attname for f in target._meta.concrete_fields]
        joined.append((parents, field, target, names, names.index(target._meta.pk.attname)))
        columns += [f"{name}__{column}" for column in names]
    extra = list(annotations or {})

    def build(ids):
        queryset = model._default_manager.filter(**{f"{by}__in": ids})
        if annotations:
            queryset = queryset.annotate(**annotations)
        return queryset.order_by(*order_by).values_list(*columns, *extra)

    alias = router.db_for_read(model)
    out = []
    for row in rows_by_ids(key, model, ids, build):
        instance = model.from_db(alias, own, row[: len(own)])
        at = len(own)
        for parents, field, target, names, pk_at in joined:
            values = row[at : at + len(names)]
            at += len(names)
            owner = instance
            for parent in parents:  # set by an earlier entry of `related`
                owner = parent.get_cached_value(owner) if owner is not None else None
            if owner is None:
                continue
            found = target.from_db(alias, names, values) if values[pk_at] is not None else None
            field.set_cached_value(owner, found)
        for name, value in zip(extra, row[at:], strict=True):
            setattr(instance, name, value)
        out.append(instance)
    return out
