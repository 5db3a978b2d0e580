"""The test database built from the models instead of by replaying every migration.

Working out the project's state migration by migration costs each test process about
15 s of CPU; creating the tables from the models (Django's "syncdb") costs under one.
What the migrations do beyond the models' tables is then done explicitly: the code of
our apps' RunPython and RunSQL operations (search indexes and their triggers, seeded
rows such as the seal types) runs in migration order against the current models, and
every migration is recorded as applied, so the database looks as a migrated one does.

The migrations themselves stay honest: lib/tests/test_migrations_run_from_scratch.py
runs every one of them on an empty database, checks that the result has the same
tables, triggers and seeded rows as this test database, and `makemigrations --check`
finds no model change without its migration.
"""

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
        recorder.Migration(app=migration.app_label, name=migration.name)
        for migration, _backwards in plan
    )
    return ran


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
