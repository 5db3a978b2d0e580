"""A word index beside the trigram index: a query word of one or two letters ("IT", "ab")
has no trigram and is found as a whole word (search.py).

A word is a run of letters and digits; anything else delimits it (start and end of the
text, space, hyphen, slash, comma, parenthesis, ...), so "it" is in "IT-Service",
"Beratung (IT)" and "Netzwerk/IT", not in "Kitchen" or "Splitt". Both indexes hold the
same folded text as the trigram index (0002; ä→a, ö→o, ü→u, `search.Folded`).

SQLite: a contentless FTS5 table `suppliers_words` with the unicode61 tokenizer (whose
tokens are exactly such runs; no diacritics removed beyond the fold), written by its own
triggers on the supplier table beside those of 0002. PostgreSQL: GIN indexes on the folded
columns split into their words (`regexp_split_to_array(..., '[^[:alnum:]]+')`), which
serve `@> ARRAY[word]`; the expression must match `search.HasWord` exactly.
"""

from django.db import migrations

COLUMNS = ("search_public", "search_all")
WORD_SPLIT = "[^[:alnum:]]+"


def fold(column: str) -> str:
    return f"replace(replace(replace({column}, 'ä', 'a'), 'ö', 'o'), 'ü', 'u')"


def _values(row: str) -> str:
    return ", ".join(fold(f"{row}.{c}") for c in COLUMNS)


SQLITE = [
    "CREATE VIRTUAL TABLE suppliers_words USING fts5(search_public, search_all, "
    "content='', tokenize='unicode61 remove_diacritics 0')",
    "INSERT INTO suppliers_words (rowid, search_public, search_all) "
    f"SELECT s.id, {_values('s')} FROM suppliers_supplier s",
    # A contentless table forgets rows only when told the text it indexed: the old values.
    "CREATE TRIGGER suppliers_words_insert AFTER INSERT ON suppliers_supplier BEGIN "
    "INSERT INTO suppliers_words (rowid, search_public, search_all) "
    f"VALUES (new.id, {_values('new')}); END",
    "CREATE TRIGGER suppliers_words_delete AFTER DELETE ON suppliers_supplier BEGIN "
    "INSERT INTO suppliers_words (suppliers_words, rowid, search_public, search_all) "
    f"VALUES ('delete', old.id, {_values('old')}); END",
    "CREATE TRIGGER suppliers_words_update AFTER UPDATE ON suppliers_supplier "
    "WHEN old.search_public IS NOT new.search_public OR old.search_all IS NOT new.search_all "
    "OR old.id IS NOT new.id BEGIN "
    "INSERT INTO suppliers_words (suppliers_words, rowid, search_public, search_all) "
    f"VALUES ('delete', old.id, {_values('old')}); "
    "INSERT INTO suppliers_words (rowid, search_public, search_all) "
    f"VALUES (new.id, {_values('new')}); END",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS suppliers_words_insert",
    "DROP TRIGGER IF EXISTS suppliers_words_delete",
    "DROP TRIGGER IF EXISTS suppliers_words_update",
    "DROP TABLE IF EXISTS suppliers_words",
]
POSTGRES = [
    f"CREATE INDEX supplier_{c}_words ON suppliers_supplier "
    f"USING gin ((regexp_split_to_array({fold(c)}, '{WORD_SPLIT}')))"
    for c in COLUMNS
]
POSTGRES_DROP = [f"DROP INDEX IF EXISTS supplier_{c}_words" for c in COLUMNS]


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for sql in {"sqlite": SQLITE, "postgresql": POSTGRES}.get(vendor, []):
        schema_editor.execute(sql)


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for sql in {"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}.get(vendor, []):
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("suppliers", "0007_supplier_state_size_idx")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
