"""The test database built from the models instead of by replaying every migration.

Working out the project's state migration by migration costs each test process about
15 s of CPU; creating the tables from the models (Django's "syncdb") costs under one.
What the migrations do beyond the models' tables is then done explicitly: the code of
our apps' RunPython and RunSQL operations (search indexes and their triggers, seeded
rows such as the seal types) runs in migration order against the current models (for a
squashed app the squashed migration's code, once), and every migration is recorded as
applied, the squashed ones and those they replace, so the database looks as a migrated
one does.

The migrations themselves stay honest: lib/tests/test_migrations_run_from_scratch.py
runs every one of them on an empty database, checks that the result has the same
tables, triggers and seeded rows as this test database, and `makemigrations --check`
finds no model change without its migration.

On PostgreSQL with several test processes (pytest-xdist) the database is built once per
run: the first process to need it builds a template database, and every process copies
it with `CREATE DATABASE ... TEMPLATE` (see `created_from_template`).
"""

import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from django.apps import apps as global_apps
from django.conf import settings
from django.db import connections
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.operations.special import RunPython, RunSQL, SeparateDatabaseAndState
from django.db.migrations.recorder import MigrationRecorder


class _NoMigrations:
    """MIGRATION_MODULES that says "no migrations" for every app (tables from the models)."""

    def __contains__(self, item: str) -> bool:
        return True

    def __getitem__(self, item: str) -> None:
        return None


def hide_migrations():
    """From now on `migrate` creates every table from the models (run_syncdb).

    Returns the function that makes the migrations visible again.
    """
    before = settings.MIGRATION_MODULES
    settings.MIGRATION_MODULES = _NoMigrations()

    def show_again() -> None:
        settings.MIGRATION_MODULES = before

    return show_again


def _ours(app_label: str) -> bool:
    config = global_apps.get_app_config(app_label)
    return config.name.startswith("transferhub.")


def _special_operations(operations):
    for operation in operations:
        if isinstance(operation, SeparateDatabaseAndState):
            yield from _special_operations(operation.database_operations)
        elif isinstance(operation, RunPython | RunSQL):
            yield operation


def finish_like_migrations(alias: str = "default") -> list[str]:
    """Run our migrations' RunPython/RunSQL code in order and record every migration.

    Returns the names ("app.migration") whose code ran.
    """
    connection = connections[alias]
    recorder = MigrationRecorder(connection)
    if recorder.has_table() and recorder.migration_qs.exists():
        return []  # a kept test database (--reuse-db) is finished already
    executor = MigrationExecutor(connection)
    targets = executor.loader.graph.leaf_nodes()
    plan = executor.migration_plan(targets, clean_start=True)
    ran = []
    with connection.schema_editor(atomic=True) as editor:
        for migration, _backwards in plan:
            if not _ours(migration.app_label):
                continue
            special = list(_special_operations(migration.operations))
            for operation in special:
                if isinstance(operation, RunPython):
                    operation.code(global_apps, editor)
                else:
                    operation._run_sql(editor, operation.sql)
            if special:
                ran.append(f"{migration.app_label}.{migration.name}")
    recorder.ensure_schema()
    recorder.migration_qs.bulk_create(
        recorder.Migration(app=app, name=name) for app, name in recorded_as_applied(plan)
    )
    return ran


def recorded_as_applied(plan) -> list[tuple[str, str]]:
    """What `migrate` records after applying `plan` on an empty database: each migration,
    and for a squashed one each migration it replaces too (`record_migration` records the
    replaced ones, `check_replacements` the squashed one), so a later `migrate` finds an
    install built by either chain at the same place."""
    names = []
    for migration, _backwards in plan:
        names.extend(migration.replaces)
        names.append((migration.app_label, migration.name))
    return names


def database_shape(connection) -> dict:
    """What a finished database holds besides the models' columns: its tables, views and
    triggers (search indexes are virtual tables and triggers on SQLite, triggers and
    functions on PostgreSQL) and the number of rows in each model's table (seeded rows)."""
    if connection.vendor == "sqlite":
        sql = (
            "SELECT type, name FROM sqlite_master "
            "WHERE type IN ('table', 'view', 'trigger') AND name NOT LIKE 'sqlite_%'"
        )
    else:
        sql = (
            "SELECT 'table', tablename FROM pg_tables WHERE schemaname = current_schema() "
            "UNION ALL SELECT 'view', viewname FROM pg_views WHERE schemaname = current_schema() "
            "UNION ALL SELECT 'trigger', tgname FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE NOT t.tgisinternal AND n.nspname = current_schema() "
            "UNION ALL SELECT 'function', proname FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = current_schema()"
        )
    with connection.cursor() as cursor:
        cursor.execute(sql)
        objects = sorted({f"{kind} {name}" for kind, name in cursor.fetchall()})
    rows = {}
    for model in global_apps.get_models():
        meta = model._meta
        if meta.managed and not meta.proxy:
            count = model._base_manager.using(connection.alias).count()
            if count:
                rows[meta.label] = count
    return {"objects": objects, "rows": rows}


# The comment a template database gets once it is complete: a process that finds the
# database without it (its builder was killed half-way) builds it again.
TEMPLATE_READY = "transferhub test database template, complete"


@contextmanager
def created_from_template(
    template: str, build_rest: Callable[[], None], alias: str = "default"
) -> Iterator[None]:
    """While active, Django's `create_test_db` for `alias` copies the database `template`.

    The first test process of a run to get here builds `template` as `create_test_db`
    would build its own test database, then calls `build_rest()` on it (our migrations'
    code, see `finish_like_migrations`); the others wait for it (an advisory lock on the
    server) and copy it, about 0.1 s instead of 2–3 s of CPU. Each process's copy is
    dropped by pytest-django as before; the run drops the template at its end
    (`drop_template`). PostgreSQL only.
    """
    connection = connections[alias]
    creation = connection.creation
    original = creation.create_test_db

    def create_test_db(verbosity=1, autoclobber=False, serialize=True, keepdb=False):
        del creation.create_test_db  # once: a test that creates a database gets Django's
        name = creation._get_test_db_name()
        quote = connection.ops.quote_name
        lock = zlib.crc32(template.encode())
        with creation._nodb_cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s)", [lock])
            try:
                cursor.execute(
                    "SELECT shobj_description(oid, 'pg_database') FROM pg_database "
                    "WHERE datname = %s",
                    [template],
                )
                row = cursor.fetchone()
                if row is None or row[0] != TEMPLATE_READY:
                    _build_template(connection, template, original, verbosity, build_rest)
                    cursor.execute(f"COMMENT ON DATABASE {quote(template)} IS '{TEMPLATE_READY}'")
                if verbosity >= 1:
                    creation.log(f"Copying test database {template} to {name}...")
                cursor.execute(f"DROP DATABASE IF EXISTS {quote(name)}")
                cursor.execute(f"CREATE DATABASE {quote(name)} TEMPLATE {quote(template)}")
            finally:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [lock])
        connection.close()
        settings.DATABASES[alias]["NAME"] = name
        connection.settings_dict["NAME"] = name
        if serialize:
            connection._test_serialized_contents = creation.serialize_db_to_string()
        connection.ensure_connection()
        return name

    creation.create_test_db = create_test_db
    try:
        yield
    finally:
        creation.__dict__.pop("create_test_db", None)


def _build_template(connection, template, create_test_db, verbosity, build_rest) -> None:
    test = connection.settings_dict["TEST"]
    own_name = test.get("NAME")
    test["NAME"] = template
    try:
        create_test_db(verbosity=verbosity, autoclobber=True, serialize=False, keepdb=False)
        build_rest()
    finally:
        test["NAME"] = own_name
        connection.close()  # nobody may be connected to a template while it is copied


def drop_template(template: str, alias: str = "default") -> None:
    """Drop a run's template database (when the run's test processes are done)."""
    connection = connections[alias]
    with connection.creation._nodb_cursor() as cursor:
        cursor.execute(
            f"DROP DATABASE IF EXISTS {connection.ops.quote_name(template)} WITH (FORCE)"
        )


# --- Emptying the database after a committing test (live server, transaction=True) ---
#
# Django's TransactionTestCase empties every table after the test with `flush`, which
# then sends post_migrate: content types and permissions are created again (about
# 0.17 s of CPU a test, 95 % of the flush), under new ids, while the rows our
# migrations seed (the federal network, the seal types) stay gone. Content types and
# permissions never change in a test, so the teardown below keeps them, empties every
# other table as `flush` does and puts the seeded rows back: the next test finds the
# database a fresh test process finds.

_KEPT = ("contenttypes.ContentType", "auth.Permission")
_fresh: dict[str, dict] = {}


def remember_fresh_rows(alias: str = "default") -> None:
    """Note what the fresh test database holds (call once it is built)."""
    from django.core import serializers

    connection = connections[alias]
    kept, seeded = {}, []
    for model in global_apps.get_models():
        meta = model._meta
        if not meta.managed or meta.proxy:
            continue
        if meta.label in _KEPT:
            kept[meta.db_table] = _count_and_highest(connection, meta.db_table)
            continue
        rows = model._base_manager.using(alias).order_by("pk")
        if rows.exists():
            seeded.append(serializers.serialize("python", rows))
    tables = connection.introspection.django_table_names(only_existing=True, include_views=False)
    _fresh[alias] = {"kept": kept, "seeded": seeded, "tables": sorted(set(tables) - set(kept))}


def _count_and_highest(connection, table: str) -> tuple[int, int]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*), MAX(id) FROM {connection.ops.quote_name(table)}")
        return tuple(cursor.fetchone())


def _restore_seeded(alias: str) -> None:
    from django.core import serializers
    from django.core.management.color import no_style
    from django.db import transaction

    connection = connections[alias]
    models = set()
    with transaction.atomic(using=alias):
        for rows in _fresh[alias]["seeded"]:
            for row in serializers.deserialize("python", rows, using=alias):
                row.save(using=alias)
                models.add(type(row.object))
        # The rows keep their ids; a sequence that a flush set back (PostgreSQL) must go past
        # them, as loaddata does, or the next new row takes the id of a restored one.
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), sorted(models, key=str)):
                cursor.execute(sql)


def _tables_with_rows(connection, tables: list[str]) -> list[str]:
    """Those of `tables` that hold a row (one query)."""
    quote = connection.ops.quote_name
    checks = " UNION ALL ".join(
        f"SELECT {n} WHERE EXISTS (SELECT 1 FROM {quote(table)})" for n, table in enumerate(tables)
    )
    with connection.cursor() as cursor:
        cursor.execute(checks)
        return [tables[n] for (n,) in cursor.fetchall()]


def _empty_postgresql_tables(connection, tables: list[str]) -> None:
    """Empty `tables` as flush's TRUNCATE does, by deleting the rows of those that hold any.

    A TRUNCATE of every table gives each table and index a new file: 0.2-0.6 s of the
    server's time after each committing test (pg_stat_statements), though a test writes
    to a few tables. Django's foreign keys on PostgreSQL are checked at commit
    (DEFERRABLE INITIALLY DEFERRED), so the rows can go in any order in one transaction.
    Where that fails, or a table still holds a row afterwards (a key not deferred, a
    trigger writing elsewhere), the TRUNCATE runs as before.
    """
    from django.core.management.color import no_style
    from django.db import DatabaseError, transaction

    quote = connection.ops.quote_name
    try:
        with transaction.atomic(using=connection.alias):
            with connection.cursor() as cursor:
                for table in _tables_with_rows(connection, tables):
                    cursor.execute(f"DELETE FROM {quote(table)}")
        left = _tables_with_rows(connection, tables)
    except DatabaseError:
        left = tables
    if left:
        connection.ops.execute_sql_flush(connection.ops.sql_flush(no_style(), tables))


def empty_to_fresh(alias: str = "default") -> None:
    """Empty the database as `flush` does but keep the content types and permissions
    (on PostgreSQL by deleting the rows left, not by TRUNCATE), then restore the seeded
    rows. Where a test changed the kept tables, or the database was not remembered, flush
    as Django does (post_migrate included) instead."""
    from django.core.management import call_command
    from django.core.management.color import no_style

    connection = connections[alias]
    fresh = _fresh.get(alias)
    if fresh is None:
        call_command("flush", verbosity=0, interactive=False, database=alias)
        return
    kept = fresh["kept"]
    if all(_count_and_highest(connection, table) == was for table, was in kept.items()):
        if connection.vendor == "postgresql":
            _empty_postgresql_tables(connection, fresh["tables"])
        else:
            connection.ops.execute_sql_flush(connection.ops.sql_flush(no_style(), fresh["tables"]))
    else:
        call_command("flush", verbosity=0, interactive=False, database=alias)
        fresh["kept"] = {table: _count_and_highest(connection, table) for table in kept}
    _empty_search_tables(connection)
    _restore_seeded(alias)


def _empty_search_tables(connection) -> None:
    """Empty SQLite's full-text tables, which are no model's and so outlive a flush.

    A flush the Django way sets the ids back; the next record stored under a flushed
    record's id then met its stale index row ("constraint failed" in index_add).
    """
    from transferhub.lib import search

    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        for table in search.index_tables():
            cursor.execute(f"DELETE FROM {table}")


def empty_after_committing_tests() -> None:
    """From now on a TransactionTestCase (pytest-django's transactional_db and
    live_server) ends with `empty_to_fresh` instead of flush and post_migrate, unless
    it limits the apps or rolls back serialized contents (Django's own ways)."""
    from django.test import TransactionTestCase

    django_teardown = TransactionTestCase._fixture_teardown
    if getattr(django_teardown, "empties_to_fresh", False):
        return

    def _fixture_teardown(self):
        if self.available_apps is not None or self.serialized_rollback:
            return django_teardown(self)
        for alias in self._databases_names(include_mirrors=False):
            empty_to_fresh(alias)

    _fixture_teardown.empties_to_fresh = True
    TransactionTestCase._fixture_teardown = _fixture_teardown
