"""The index behind the decision and task registers' text search, on PostgreSQL only.

The registers filter with `text__icontains`, which Django writes on PostgreSQL as
`UPPER("decisions_decision"."text"::text) LIKE UPPER('%word%')`: without an index on that
expression every search reads the whole table. A pg_trgm GIN index on UPPER(text) serves
LIKE '%word%' (the `::text` cast of a text column is no cast at all, so the expressions
match). The expression must stay the one Django writes, or the planner will not use it.
SQLite gets nothing: its LIKE cannot use such an index.
"""

from django.db import migrations

TABLES = {"decision_text_trgm": "decisions_decision", "task_text_trgm": "decisions_task"}

POSTGRES = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    *(
        f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ((UPPER(text)) gin_trgm_ops)"
        for name, table in TABLES.items()
    ),
]
POSTGRES_DROP = [f"DROP INDEX IF EXISTS {name}" for name in TABLES]


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in POSTGRES:
            schema_editor.execute(sql)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in POSTGRES_DROP:
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("decisions", "0001_squashed_0004_versions_and_register_counter")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
