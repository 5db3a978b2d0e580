import django.utils.timezone
from django.db import migrations, models
from django.db.models import F

import transferhub.meetings.models


def content_modified_from_modified(apps, schema_editor):
    # Existing meetings keep their OParl `modified` instead of all moving to today.
    apps.get_model("meetings", "Meeting").objects.update(content_modified=F("modified"))


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0004_clock_and_versions"),
    ]

    operations = [
        migrations.AddField(
            model_name="meeting",
            name="content_modified",
            field=models.DateTimeField(default=django.utils.timezone.now, editable=False),
        ),
        migrations.AddField(
            model_name="meeting",
            name="content_stamp",
            field=models.CharField(
                default=transferhub.meetings.models.new_content_stamp,
                editable=False,
                max_length=32,
            ),
        ),
        migrations.RunPython(
            content_modified_from_modified, migrations.RunPython.noop, elidable=True
        ),
    ]
