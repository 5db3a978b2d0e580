"""Topics (Vorhaben) and their documents carry over into papers (see papers.migrating)."""

from django.db import migrations

from transferhub.papers.migrating import topics_to_papers


class Migration(migrations.Migration):
    dependencies = [
        ("papers", "0002_search_index"),
        ("decisions", "0004_versions_and_register_counter"),
    ]
    operations = [migrations.RunPython(topics_to_papers, migrations.RunPython.noop)]
