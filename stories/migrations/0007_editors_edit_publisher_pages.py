from django.db import migrations

from stories.permissions import grant_now, take_back


def revoke(apps, schema_editor):
    take_back(apps, "flatpages", ["view_flatpage", "change_flatpage"])


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0006_asker_and_published_deletion_permissions"),
        ("flatpages", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant_now, revoke)]
