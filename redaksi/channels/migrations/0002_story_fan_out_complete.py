from django.db import migrations, models


def mark_earlier_fan_outs_complete(apps, schema_editor):
    # Before this field a snapshot was written in the same transaction as all its rows.
    apps.get_model("channels", "StoryMessage").objects.update(complete=True)


class Migration(migrations.Migration):
    dependencies = [
        ("channels", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="storymessage",
            name="complete",
            field=models.BooleanField(default=False),
        ),
        migrations.RunPython(mark_earlier_fan_outs_complete, migrations.RunPython.noop),
    ]
