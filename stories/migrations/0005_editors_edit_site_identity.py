from django.contrib.auth.management import create_permissions
from django.db import migrations

from stories.permissions import sync_groups

IDENTITY_PERMS = ["view_siteidentity", "add_siteidentity", "change_siteidentity"]


def grant(apps, schema_editor):
    # Permissions are normally made after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    sync_groups(apps)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    perms = Permission.objects.filter(
        content_type__app_label="publisher", codename__in=IDENTITY_PERMS
    )
    for group in Group.objects.filter(name="Editor"):
        group.permissions.remove(*perms)


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0004_search_vector"),
        ("publisher", "0002_site_identity"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
