"""Every migration runs on an empty database of the kind the tests run on, and back to zero.

The test database is built from the models plus the migrations' RunPython code (see
transferhub/lib/testing/database.py); the first test checks that it holds the same
tables, triggers and seeded rows as the migrated database. Here
`transferhub migrate` runs as an operator runs it on a new, empty database: a new SQLite
file or, in the PostgreSQL run, a new PostgreSQL database (migrate_install: the one
migrated once per run for every test that needs an install). Then every migration must be
applied, every model must find its table and columns, and each of our apps migrated back
to zero must leave none of its tables behind.
"""

import json

import pytest
from django.core.management import call_command

from .conftest import fresh_database, plain_env, transferhub

PROBE = """
import json
from django.apps import apps
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

def state():
    tables = set(connection.introspection.table_names())
    columns = {}
    for model in apps.get_models():
        meta = model._meta
        if meta.managed and not meta.proxy and meta.db_table in tables:
            with connection.cursor() as cursor:
                found = connection.introspection.get_table_description(cursor, meta.db_table)
            columns[meta.label] = {c.name for c in found}
    return tables, columns

from transferhub.lib.testing.database import database_shape

loader = MigrationLoader(connection)
shape = database_shape(connection)
# A squashed migration is recorded with the ones it replaces (as `migrate` records it).
everything = set(loader.graph.nodes)
for key in list(everything):
    everything.update(loader.graph.nodes[key].replaces)
everything = sorted(map(list, everything))
applied = sorted(map(list, MigrationRecorder(connection).applied_migrations()))
tables, columns = state()
missing = {}
for model in apps.get_models():
    meta = model._meta
    if not meta.managed or meta.proxy:
        continue
    wanted = {f.column for f in meta.local_concrete_fields}
    tables_of = [meta.db_table] + [
        f.m2m_db_table() for f in meta.local_many_to_many if f.remote_field.through._meta.auto_created
    ]
    if meta.db_table not in tables:
        missing[meta.label] = "no table " + meta.db_table
    elif wanted - columns[meta.label]:
        missing[meta.label] = sorted(wanted - columns[meta.label])
    for table in tables_of[1:]:
        if table not in tables:
            missing[meta.label + " m2m"] = "no table " + table
# Back to zero: our apps (third-party apps such as django_tasks_database are not ours to
# undo; some of their migrations cannot be reversed). One plan for all of them: `migrate
# APP zero` per app would work out the whole project's migration state once per app.
ours = sorted(c.label for c in apps.get_app_configs() if c.name.startswith("transferhub."))
executor = MigrationExecutor(connection)
targets = [(app, None) for app in ours]
executor.migrate(targets, plan=executor.migration_plan(targets))
prefixes = tuple(f"{label}_" for label in ours)
left = [t for t in connection.introspection.table_names() if t.startswith(prefixes)]
still = [m for m in MigrationRecorder(connection).applied_migrations() if m[0] in ours]
print(json.dumps({
    "everything": everything,
    "shape": shape,
    "applied": applied,
    "missing": missing,
    "ours": ours,
    "left_after_zero": sorted(left),
    "applied_after_zero": sorted(map(list, still)),
}))
"""


def test_every_migration_runs_on_an_empty_database_and_back_to_zero(tmp_path, db, migrate_install):
    with fresh_database(plain_env(tmp_path / "install")) as env:
        migrate_install(env)
        probe = transferhub("shell", "-c", PROBE, env=env, check=True)
    seen = json.loads(probe.stdout.strip().splitlines()[-1])
    assert len(seen["everything"]) > 20 and len(seen["ours"]) >= 8
    assert seen["applied"] == seen["everything"]
    assert seen["missing"] == {}, "tables or columns the migrations do not make"
    assert seen["left_after_zero"] == [], "tables the backward migrations leave behind"
    assert seen["applied_after_zero"] == []
    # The test database is built from the models plus the migrations' RunPython code
    # (lib/testing/database.py): it must hold what the migrations make.
    from django.db import connection

    from transferhub.lib.testing.database import database_shape

    assert database_shape(connection) == seen["shape"]
    # ... and be recorded at the same place: each squashed migration and those it replaces.
    from django.db.migrations.recorder import MigrationRecorder

    assert sorted(map(list, MigrationRecorder(connection).applied_migrations())) == seen["applied"]


def test_the_models_need_no_migration_that_is_not_written(db):
    try:
        call_command("makemigrations", "--check", "--dry-run", verbosity=0)
    except SystemExit as exit:  # makemigrations --check exits 1 when one is missing
        pytest.fail(f"a model change has no migration (makemigrations --check: {exit.code})")
