"""Rebuild the SQLite full-text index with Snowball's German stems (lib.search).

The index held the stems of our former hand-written stemmer; queries are now cut by
Snowball, so the stored words are cut the same way again. PostgreSQL has no such table.
"""

from django.db import migrations

TABLE = "protocols_search"
KINDS = {"minutes": 1, "decision": 2, "task": 3}


def rebuild(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    from transferhub.lib.search import stems

    items = apps.get_model("meetings", "AgendaItem").objects.exclude(kind="break")
    rows = [(o.pk * 4 + KINDS["minutes"], stems(f"{o.name}\n{o.minutes}"), "") for o in items]
    for kind, name in (("decision", "Decision"), ("task", "Task")):
        for obj in apps.get_model("decisions", name).objects.select_related("agenda_item"):
            if not obj.text.strip():
                continue
            context = obj.agenda_item.name if obj.agenda_item_id else ""
            rows.append((obj.pk * 4 + KINDS[kind], stems(obj.text), stems(context)))
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE}")
        cursor.executemany(f"INSERT INTO {TABLE} (rowid, stems, context) VALUES (%s, %s, %s)", rows)


class Migration(migrations.Migration):
    dependencies = [
        ("protocols", "0002_import_run"),
        ("meetings", "0001_initial"),
        ("decisions", "0001_initial"),
    ]

    operations = [migrations.RunPython(rebuild, migrations.RunPython.noop, elidable=True)]
