from django.contrib.auth.management import create_permissions
from django.db import migrations

from stories.permissions import sync_groups


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
        content_type__app_label="stories",
        codename__in=["view_asker", "delete_published_story"],
    )
    for group in Group.objects.all():
        group.permissions.remove(*perms)


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0005_editors_edit_site_identity"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="question",
            options={
                "ordering": ["position", "submitted_at", "pk"],
                "permissions": [("view_asker", "Can see who asked a question")],
                "verbose_name": "question",
                "verbose_name_plural": "questions",
            },
        ),
        migrations.AlterModelOptions(
            name="story",
            options={
                "ordering": ["-published_at", "-pk"],
                "permissions": [
                    ("publish_story", "Can publish, schedule and withdraw stories"),
                    ("delete_published_story", "Can delete a story that was published"),
                ],
                "verbose_name": "story",
                "verbose_name_plural": "stories",
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
