"""`transferhub migrate` on an empty database, then every one of our migrations back to zero.

Run as `python -m transferhub.lib.testing.from_scratch` in an install's environment (its
DATA_DIR and DATABASE_URL): it runs `transferhub migrate --noinput` as an operator does,
looks at what the migrations made, leaves that database as it is (the run's migrated
template, which the tests that need an empty migrated install copy), and takes
every migration of our apps back to zero on a copy of it. It prints what it saw as one
JSON line after RESULT_MARK; test_migrations_run_from_scratch.py asserts on it.

Going back to zero needs the project's state before and after each operation. `migrate
APP zero` works those out again by replaying the migrations' state changes up to each
migration (half of its cost: Django renders every related model again for each new model),
and `Migration.unapply` replays each migration's operations once more to get the states
between them (most of what was left). The forward run just had each of them in hand, so
they are kept as it goes: the state before each migration, and each operation's states
before and after as its `database_forwards` received them. The backward run is the same
`MigrationExecutor.unapply_migration`, in the plan's order; its `Migration.unapply` runs
the second half of Django's own (each operation's `database_backwards`, last operation
first, atomic as Django's is) on the kept states instead of replaying them.
"""

import dataclasses
import json
import os
import sqlite3
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from transferhub.lib.testing.install import marked_result

RESULT_MARK = "@@FROM-SCRATCH@@"


def run(env: dict[str, str]) -> dict:
    """Run this module in a process of its own with `env`; what it saw."""
    return marked_result(
        [sys.executable, "-m", "transferhub.lib.testing.from_scratch"],
        env=env,
        mark=RESULT_MARK,
        what="migrate from scratch and back",
        timeout=600,
    )


def _ours(app_label: str) -> bool:
    from django.apps import apps

    return apps.get_app_config(app_label).name.startswith("transferhub.")


@dataclasses.dataclass
class Kept:
    """What the forward run worked out for one of our migrations."""

    before: object  # the project state before the migration
    # Each operation with the state its database_forwards received as the one before it.
    steps: list[tuple[object, object]] = dataclasses.field(default_factory=list)
    after: object = None  # the project state after the migration

    def operations_with_states(self) -> list[tuple[object, object, object]]:
        """(operation, state before it, state after it), first operation first."""
        befores = [state for _, state in self.steps]
        afters = [*befores[1:], self.after]
        return [(op, before, after) for (op, before), after in zip(self.steps, afters, strict=True)]


def _keep_steps(migration, kept: Kept) -> None:
    """Record each operation's state before it when the migration runs it (instance
    attributes, so only this migration's operations are wrapped). The state after one
    operation is the one before the next: Migration.apply clones the project state for
    each operation just before it changes it."""
    for operation in migration.operations:
        forwards = operation.database_forwards

        def recording(
            app_label, schema_editor, from_state, to_state, *, _op=operation, _f=forwards
        ):
            kept.steps.append((_op, from_state))
            return _f(app_label, schema_editor, from_state, to_state)

        operation.database_forwards = recording


def _migrate_keeping_states() -> dict:
    """`transferhub migrate --noinput`; the project states of each of our migrations."""
    from django.core.management import execute_from_command_line
    from django.db.migrations.executor import MigrationExecutor

    states = {}
    apply_migration = MigrationExecutor.apply_migration

    def keeping_the_states(self, state, migration, *args, **kwargs):
        if _ours(migration.app_label):
            kept = states[migration.app_label, migration.name] = Kept(state)
            state = state.clone()  # the kept state is not touched again
            _keep_steps(migration, kept)
            try:
                state = apply_migration(self, state, migration, *args, **kwargs)
                kept.after = state.clone()  # the next migrations go on changing `state`
                return state
            finally:
                # Some operations' database_backwards call their database_forwards.
                for operation in migration.operations:
                    del operation.database_forwards
        return apply_migration(self, state, migration, *args, **kwargs)

    MigrationExecutor.apply_migration = keeping_the_states
    # What `transferhub migrate --noinput` runs (transferhub.cli.main, which this support
    # code may not import: lib/tests/test_imports_point_one_way.py).
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "transferhub.settings")
    try:
        execute_from_command_line(["transferhub", "migrate", "--noinput"])
    finally:
        MigrationExecutor.apply_migration = apply_migration
    return states


def _what_the_migrations_made() -> dict:
    from django.apps import apps
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader
    from django.db.migrations.recorder import MigrationRecorder

    from transferhub.lib.testing.database import database_shape

    loader = MigrationLoader(connection)
    # A squashed migration is recorded with the ones it replaces (as `migrate` records it).
    everything = set(loader.graph.nodes)
    for key in list(everything):
        everything.update(loader.graph.nodes[key].replaces)
    tables = set(connection.introspection.table_names())
    missing = {}
    for model in apps.get_models():
        meta = model._meta
        if not meta.managed or meta.proxy:
            continue
        if meta.db_table not in tables:
            missing[meta.label] = "no table " + meta.db_table
        else:
            with connection.cursor() as cursor:
                found = connection.introspection.get_table_description(cursor, meta.db_table)
            wanted = {f.column for f in meta.local_concrete_fields}
            if wanted - {c.name for c in found}:
                missing[meta.label] = sorted(wanted - {c.name for c in found})
        for field in meta.local_many_to_many:
            if field.remote_field.through._meta.auto_created and field.m2m_db_table() not in tables:
                missing[meta.label + " m2m"] = "no table " + field.m2m_db_table()
    return {
        "everything": sorted(map(list, everything)),
        "shape": database_shape(connection),
        "applied": sorted(map(list, MigrationRecorder(connection).applied_migrations())),
        "missing": missing,
    }


def _switch_to_a_copy() -> Callable[[], None]:
    """Point the connection at a copy of the migrated database; a function that drops it."""
    from django.db import connection

    settings = connection.settings_dict
    name = settings["NAME"]
    connection.close()
    if connection.vendor == "sqlite":
        copy = f"{name}.to-zero"
        with closing(sqlite3.connect(name)) as source, closing(sqlite3.connect(copy)) as target:
            source.backup(target)
        settings["NAME"] = copy

        def drop():
            connection.close()
            Path(copy).unlink()

        return drop
    import psycopg

    params = {
        "host": settings["HOST"] or None,
        "port": settings["PORT"] or None,
        "user": settings["USER"],
        "password": settings["PASSWORD"] or None,
    }
    copy = f"{name}_to_zero"[:63]
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{copy}" TEMPLATE "{name}"')
    settings["NAME"] = copy

    def drop():
        connection.close()
        with psycopg.connect(dbname="postgres", autocommit=True, **params) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')

    return drop


def _unapply_on_kept_states(migration, kept: Kept):
    """`migration.unapply` as Django's, on the states the forward run kept."""
    from django.db.migrations.exceptions import IrreversibleError
    from django.db.transaction import atomic

    steps = kept.operations_with_states()
    operations = [operation for operation, _, _ in steps]
    assert operations == list(migration.operations), f"{migration}: operations not all kept"

    def unapply(project_state, schema_editor, collect_sql=False):
        assert not collect_sql
        for operation in migration.operations:  # Django's first phase refuses these first
            if not operation.reversible:
                raise IrreversibleError(f"Operation {operation} in {migration} is not reversible")
        for operation, to_state, from_state in reversed(steps):
            atomic_operation = operation.atomic or (
                migration.atomic and operation.atomic is not False
            )
            if not schema_editor.atomic_migration and atomic_operation:
                with atomic(schema_editor.connection.alias):
                    operation.database_backwards(
                        migration.app_label, schema_editor, from_state, to_state
                    )
            else:
                operation.database_backwards(
                    migration.app_label, schema_editor, from_state, to_state
                )
        return project_state

    return unapply


def _back_to_zero(states: dict) -> dict:
    """Unapply every migration of our apps (third-party apps such as django_tasks_database
    are not ours to undo; some of their migrations cannot be reversed), in one plan:
    `migrate APP zero` per app would work out the whole project's state once per app."""
    from django.apps import apps
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor
    from django.db.migrations.recorder import MigrationRecorder

    ours = sorted(c.label for c in apps.get_app_configs() if c.name.startswith("transferhub."))
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan([(app, None) for app in ours])
    planned = {(migration.app_label, migration.name) for migration, _ in plan}
    assert all(backwards for _, backwards in plan), "a migration to apply on the way to zero"
    assert planned == set(states), f"kept {sorted(set(states) ^ planned)} apart from the plan"
    for migration, _ in plan:
        kept = states[migration.app_label, migration.name]
        migration.unapply = _unapply_on_kept_states(migration, kept)
        executor.unapply_migration(kept.before, migration)
    executor.check_replacements()
    prefixes = tuple(f"{label}_" for label in ours)
    left = [t for t in connection.introspection.table_names() if t.startswith(prefixes)]
    still = [m for m in MigrationRecorder(connection).applied_migrations() if m[0] in ours]
    return {
        "ours": ours,
        "unapplied": len(plan),
        "left_after_zero": sorted(left),
        "applied_after_zero": sorted(map(list, still)),
    }


def main() -> None:
    states = _migrate_keeping_states()
    seen = _what_the_migrations_made()
    drop = _switch_to_a_copy()
    try:
        seen.update(_back_to_zero(states))
    finally:
        drop()
    print(RESULT_MARK + json.dumps(seen))


if __name__ == "__main__":
    main()
