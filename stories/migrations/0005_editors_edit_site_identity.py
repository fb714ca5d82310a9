from django.db import migrations

from stories.permissions import grant_now, take_back

IDENTITY_PERMS = ["view_siteidentity", "add_siteidentity", "change_siteidentity"]


def revoke(apps, schema_editor):
    take_back(apps, "publisher", IDENTITY_PERMS)


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0004_search_vector"),
        ("publisher", "0002_site_identity"),
    ]

    operations = [migrations.RunPython(grant_now, revoke)]
