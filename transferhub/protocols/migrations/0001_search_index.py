"""The SQLite full-text index (FTS5) over minutes, decisions and tasks.

PostgreSQL searches the tables themselves with its German configuration and needs no
table; the operation does nothing there.
"""

from django.db import migrations

CREATE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS protocols_search "
    "USING fts5(stems, context, tokenize = 'unicode61 remove_diacritics 2')"
)
DROP = "DROP TABLE IF EXISTS protocols_search"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    schema_editor.execute(CREATE)
    # Fill it from what exists already; later changes arrive through signals.
    from transferhub.protocols.search import KINDS, stems

    items = apps.get_model("meetings", "AgendaItem").objects.exclude(kind="break")
    rows = [(o.pk * 4 + KINDS["minutes"], stems(f"{o.name}\n{o.minutes}"), "") for o in items]
    for kind, name in (("decision", "Decision"), ("task", "Task")):
        for obj in apps.get_model("decisions", name).objects.select_related("agenda_item"):
            context = obj.agenda_item.name if obj.agenda_item_id else ""
            rows.append((obj.pk * 4 + KINDS[kind], stems(obj.text), stems(context)))
    with schema_editor.connection.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO protocols_search (rowid, stems, context) VALUES (%s, %s, %s)", rows
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0001_initial"),
        ("decisions", "0001_initial"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
