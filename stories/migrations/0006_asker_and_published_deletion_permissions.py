from django.db import migrations

from stories.permissions import grant_now, take_back


def revoke(apps, schema_editor):
    take_back(apps, "stories", ["view_asker", "delete_published_story"])


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
        migrations.RunPython(grant_now, revoke),
    ]
