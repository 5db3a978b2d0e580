"""Every migration runs on an empty database of the kind the tests run on, and back to zero.

The test database is built from the models plus the migrations' RunPython code (see
transferhub/lib/testing/database.py); the first test checks that it holds the same
tables, triggers and seeded rows as the migrated database. `transferhub migrate` runs as
an operator runs it on a new, empty database: a new SQLite file or, in the PostgreSQL
run, a new PostgreSQL database. That database becomes the run's migrated template (the
installs that need an empty migrated database copy it), and the same process takes each
of our apps back to zero on a copy of it (lib/testing/from_scratch.py, once per run).
Every migration must be applied, every model must find its table and columns, and going
back to zero must leave none of our tables nor any of our migrations recorded.
"""

import pytest
from django.core.management import call_command


def test_every_migration_runs_on_an_empty_database_and_back_to_zero(db, from_scratch_report):
    seen = from_scratch_report
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
