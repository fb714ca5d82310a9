from django.db import migrations

from stories.permissions import sync_groups


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

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
        content_type__app_label="flatpages",
        codename__in=["view_flatpage", "change_flatpage"],
    )
    for group in Group.objects.filter(name="Editor"):
        group.permissions.remove(*perms)


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0006_asker_and_published_deletion_permissions"),
        ("flatpages", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
