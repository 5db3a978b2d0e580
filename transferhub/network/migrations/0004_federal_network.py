"""The bodies that exist belong to the federal network, Offensive Mittelstand."""

from django.db import migrations


def forwards(apps, schema_editor):
    Network = apps.get_model("network", "Network")
    Body = apps.get_model("network", "Body")
    federal, _created = Network.objects.get_or_create(
        slug="offensive-mittelstand",
        defaults={"name": "Offensive Mittelstand", "kind": "federal"},
    )
    Body.objects.filter(network__isnull=True).update(network=federal)


class Migration(migrations.Migration):
    dependencies = [("network", "0003_networks")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
