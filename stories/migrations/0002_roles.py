from django.contrib.auth.management import create_permissions
from django.db import migrations

from stories.permissions import sync_groups


def create_groups(apps, schema_editor):
    # Permissions are normally made after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    sync_groups(apps)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=["Writer", "Editor", "Moderator"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0001_initial"),
        ("topics", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
