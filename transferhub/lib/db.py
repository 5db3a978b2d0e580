"""Small helpers around the database connection that both SQLite and PostgreSQL need."""

import datetime as dt
from collections.abc import Callable

from django.db import connection, connections, router

# Database ids are 64-bit: a larger number is refused before any query, not a crash in it.
MAX_ID = 2**63 - 1


def keep_prepared_statements(sender, connection, **kwargs) -> None:
    """As a PostgreSQL connection opens: psycopg keeps its prepared statements through a
    rollback, and keeps settings.DB_PREPARED_MAX of them instead of 100 (issue #19)."""
    from django.conf import settings

    raw = connection.connection
    if connection.vendor != "postgresql" or not hasattr(raw, "_prepared"):
        return
    kept = _prepared_kept_on_rollback()
    if kept is None:
        return
    manager = kept()
    manager.prepare_threshold = raw._prepared.prepare_threshold
    manager.prepared_max = getattr(settings, "DB_PREPARED_MAX", 100)
    raw._prepared = manager


def _prepared_kept_on_rollback():
    """psycopg's PrepareManager, but a rollback keeps the prepared statements.

    psycopg forgets them all (and DEALLOCATEs them) at every ROLLBACK and ROLLBACK TO
    SAVEPOINT, in case the rolled-back transaction changed the schema. PostgreSQL keeps
    prepared statements through a rollback, and the app changes no schema while it
    serves. Under load every refused save (a stale version, 412) rolled back, so each
    worker lost its statements every 50 requests or so and PostgreSQL planned 57 % of the
    statements afresh. DROP, ALTER, DISCARD ALL and DEALLOCATE ALL still clear them.
    """
    try:
        from psycopg._preparing import PrepareManager
        from psycopg.pq import ExecStatus
    except ImportError:  # psycopg 2, or a psycopg that moved its internals
        return None

    class PreparedKeptOnRollback(PrepareManager):
        _discarding = False

        def _should_discard(self, prep, results) -> bool:
            for result in results:
                status = result.command_status or b""
                if result.status == ExecStatus.COMMAND_OK and status.startswith(b"ROLLBACK"):
                    return False
            self._discarding = True
            try:
                return super()._should_discard(prep, results)
            finally:
                self._discarding = False

        def clear(self) -> bool:
            # psycopg calls this after every rollback too; only a schema change clears.
            return super().clear() if self._discarding else False

    return PreparedKeptOnRollback


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


# Statements built once (rows_by_values): (key, alias, number of values) -> (SQL, parameters,
# where each value goes and how it is written, columns), or None for a query the ORM builds
# every time. Some hundred entries at the most (a result page's rows per number of ids).
_STATEMENTS: dict[tuple, tuple | None] = {}
_STATEMENTS_MOST = 1000


def rows_by_ids(key: str, model, ids: list[int], build: Callable[[list], object]) -> list[tuple]:
    """`list(build(ids))` for a values_list of `model`'s rows by their ids, its SQL built once.

    For the rows of a result page (50 suppliers, their seals): Django builds such a query
    in some 0.4 ms of CPU for 0.03 ms of SQL. rows_by_values() with the ids as the values:
    the SQL is built once per `key` and number of ids. Ids given twice go to the ORM (it
    writes each id once). `build` must take nothing but the ids from outside: one key is
    always the same query.
    """
    if not ids or len(set(ids)) != len(ids):
        return [tuple(row) for row in build(ids)]
    return rows_by_values(key, model, tuple(ids), lambda *values: build(list(values)))


def rows_by_values(key: str, model, values: tuple, build: Callable[..., object]) -> list[tuple]:
    """`list(build(*values))` for a values_list of `model`'s rows, its SQL built once.

    For a hot page's query that takes ids, dates, times or moments (a meeting's open tasks:
    its body, day, start and the moment it began). The first call per `key` and number of
    values builds the query with a stand-in for each value that no row has (a negative id,
    a day, time or moment of 1901) to find where each stands among the statement's
    parameters and how Django writes it there (as it is, or as a date, time or moment for
    the database), and once with the values themselves, which must give the same statement
    with each value in those places; later calls put their values there and convert the
    rows as Django does (_run). Otherwise (a value of another kind, a statement that
    changes with a value, a value Django writes otherwise) the ORM builds the query every
    time. `build` must take nothing but `values` from outside: one key is always the same
    query.
    """
    alias = router.db_for_read(model)
    slot = (key, alias, len(values))
    entry = _STATEMENTS.get(slot, False)
    if entry is False:
        if len(_STATEMENTS) >= _STATEMENTS_MOST:
            _STATEMENTS.clear()
        entry = _STATEMENTS[slot] = _placed(build, values, connections[alias])
    if entry is None:
        return [tuple(row) for row in build(*values)]
    sql, params, places, columns, kept = entry
    return _run(alias, sql, _put(params, places, values), columns, kept)


def _compiled(build, values) -> tuple[str, list, list]:
    """The statement, parameters and selected columns of `build(*values)`."""
    queryset = build(*values)
    compiler = queryset.query.get_compiler(queryset.db)
    sql, params = compiler.as_sql()
    return sql, list(params), [column for column, _sql, _alias in compiler.select]


def _put(params: list, places: list, values) -> list:
    """The statement's parameters with each value written into its places."""
    params = list(params)
    for value, (positions, write) in zip(values, places, strict=True):
        written = write(value)
        for position in positions:
            params[position] = written
    return params


def _placed(build, values: tuple, connection) -> tuple | None:
    """(SQL, parameters, each value's (positions, how it is written), columns, a place for
    their converters) or None."""
    stand_ins = [_stand_in(value, i) for i, value in enumerate(values)]
    if None in stand_ins:
        return None
    sql, params, columns = _compiled(build, stand_ins)
    ops = connection.ops
    writers = (
        lambda value: value,
        ops.adapt_datetimefield_value,
        ops.adapt_datefield_value,
        ops.adapt_timefield_value,
    )
    places, taken = [], set()
    for stand_in in stand_ins:
        for write in writers:
            try:
                written = write(stand_in)
            except (TypeError, ValueError, AttributeError):
                continue
            positions = [
                p
                for p, param in enumerate(params)
                if type(param) is type(written) and param == written
            ]
            if positions:
                break
        else:
            return None
        if taken.intersection(positions):
            return None
        taken.update(positions)
        places.append((positions, write))
    # The values themselves: the same statement, each value where its stand-in stood.
    own_sql, own_params, _columns = _compiled(build, values)
    if own_sql != sql or own_params != _put(params, places, values):
        return None
    return sql, params, places, columns, {}


def _stand_in(value, i: int):
    """A value of the same kind that no row holds, the i-th of its call (None: not placed)."""
    if type(value) is int:
        return -(i + 1)
    if isinstance(value, dt.datetime):
        return dt.datetime(1901, 1, 1, tzinfo=value.tzinfo) + dt.timedelta(days=i, seconds=1)
    if isinstance(value, dt.date):
        return dt.date(1901, 1, 1) + dt.timedelta(days=i)
    if isinstance(value, dt.time):
        return dt.time(1, 1, 1, i + 1, tzinfo=value.tzinfo)
    return None


def _run(alias: str, sql: str, params: list, columns: list, kept: dict) -> list[tuple]:
    """The statement's rows, their values converted as Django converts them.

    `kept` keeps the columns' converters for the connection that asked them: looking them up
    took 0.13 of the 0.65 ms the item page's five statements cost."""
    connection = connections[alias]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    if kept.get("connection") is connection:
        converters = kept["converters"]
    else:
        converters = []
        for position, column in enumerate(columns):
            steps = connection.ops.get_db_converters(column) + column.get_db_converters(connection)
            if steps:
                converters.append((position, steps, column))
        kept.update(connection=connection, converters=converters)
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
