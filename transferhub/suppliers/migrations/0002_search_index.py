"""The index behind the supplier search: substrings of the search columns, umlauts folded.

SQLite: a contentless FTS5 table with the trigram tokenizer (`suppliers_search`), one
row per supplier under its id, written by triggers on the supplier table, so bulk
inserts and queryset updates keep it in sync as well as save(). PostgreSQL: pg_trgm
GIN indexes on the same folded expressions, which serve LIKE '%word%'.

The fold (ä→a, ö→o, ü→u; ß is already "ss" after casefold) must match
`transferhub.suppliers.search.Folded` exactly, or PostgreSQL will not use the index.
"""

from django.db import migrations

COLUMNS = ("search_public", "search_all")


def fold(column: str) -> str:
    return f"replace(replace(replace({column}, 'ä', 'a'), 'ö', 'o'), 'ü', 'u')"


def _values(row: str) -> str:
    return ", ".join(fold(f"{row}.{c}") for c in COLUMNS)


SQLITE = [
    "CREATE VIRTUAL TABLE suppliers_search "
    "USING fts5(search_public, search_all, content='', tokenize='trigram')",
    "INSERT INTO suppliers_search (rowid, search_public, search_all) "
    f"SELECT s.id, {_values('s')} FROM suppliers_supplier s",
    # A contentless table forgets rows only when told the text it indexed: the old values.
    "CREATE TRIGGER suppliers_search_insert AFTER INSERT ON suppliers_supplier BEGIN "
    "INSERT INTO suppliers_search (rowid, search_public, search_all) "
    f"VALUES (new.id, {_values('new')}); END",
    "CREATE TRIGGER suppliers_search_delete AFTER DELETE ON suppliers_supplier BEGIN "
    "INSERT INTO suppliers_search (suppliers_search, rowid, search_public, search_all) "
    f"VALUES ('delete', old.id, {_values('old')}); END",
    "CREATE TRIGGER suppliers_search_update AFTER UPDATE ON suppliers_supplier "
    "WHEN old.search_public IS NOT new.search_public OR old.search_all IS NOT new.search_all "
    "OR old.id IS NOT new.id BEGIN "
    "INSERT INTO suppliers_search (suppliers_search, rowid, search_public, search_all) "
    f"VALUES ('delete', old.id, {_values('old')}); "
    "INSERT INTO suppliers_search (rowid, search_public, search_all) "
    f"VALUES (new.id, {_values('new')}); END",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS suppliers_search_insert",
    "DROP TRIGGER IF EXISTS suppliers_search_delete",
    "DROP TRIGGER IF EXISTS suppliers_search_update",
    "DROP TABLE IF EXISTS suppliers_search",
]
POSTGRES = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    *(
        f"CREATE INDEX supplier_{c}_trgm ON suppliers_supplier USING gin (({fold(c)}) gin_trgm_ops)"
        for c in COLUMNS
    ),
]
POSTGRES_DROP = [f"DROP INDEX IF EXISTS supplier_{c}_trgm" for c in COLUMNS]


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for sql in {"sqlite": SQLITE, "postgresql": POSTGRES}.get(vendor, []):
        schema_editor.execute(sql)


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for sql in {"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}.get(vendor, []):
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("suppliers", "0001_initial")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
