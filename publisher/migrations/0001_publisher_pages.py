"""The four pages a news publisher owes its readers, as flatpages editors can rewrite."""

from django.conf import settings
from django.db import migrations

PAGES = [
    (
        "/about/",
        "About us",
        "<p>We publish explainers: one page per news event that sets out what happened, "
        "why it matters, how different outlets reported it and how things got here. "
        "Each explainer is written and checked by our own staff and updated as the story "
        "moves.</p>"
        "<p>We carry no advertising and no trackers. We do not sell or share reader data. "
        "Questions sent in by readers are read by an editor; the ones we answer are "
        "published on their own page.</p>",
    ),
    (
        "/masthead/",
        "Masthead",
        "<p>The people responsible for what we publish.</p>"
        "<p><strong>Editorial</strong></p>"
        "<ul><li>Editor: appointed by the board; accountable for every page on the site.</li>"
        "<li>Desk editors: commission, edit and publish explainers.</li>"
        "<li>Writers and correspondents: named in the byline of each explainer.</li>"
        "<li>Standards editor: handles corrections and complaints.</li></ul>"
        "<p>Editors can change this page in the site administration.</p>",
    ),
    (
        "/corrections-policy/",
        "Corrections policy",
        "<p>When we get something wrong, we fix it in the text and say so at the foot of the "
        "explainer, in its public log of updates and corrections, with the time of the "
        "change. We do not quietly rewrite published facts.</p>"
        "<p>An <strong>update</strong> adds new information as a story develops. A "
        "<strong>correction</strong> fixes an error of fact. Spelling and style fixes that "
        "do not change the meaning are not logged.</p>"
        "<p>To report an error, write to the standards editor. We aim to reply within two "
        "working days.</p>",
    ),
    (
        "/ethics-policy/",
        "Ethics policy",
        "<p>We summarise other outlets' reporting fairly, link to the original article and "
        "name the outlet. Each outlet's political lean is shown with who rated it and when, "
        "so readers can judge the balance of a roundup for themselves.</p>"
        "<p>Our writers declare conflicts of interest to their editor and do not cover "
        "subjects in which they have a financial stake. We do not accept payment for "
        "coverage.</p>"
        "<p>Reader questions are published without the asker's name or e-mail address.</p>",
    ),
]


def create_pages(apps, schema_editor):
    Site = apps.get_model("sites", "Site")
    FlatPage = apps.get_model("flatpages", "FlatPage")
    site, _created = Site.objects.get_or_create(
        pk=settings.SITE_ID, defaults={"domain": "example.com", "name": "example.com"}
    )
    for url, title, content in PAGES:
        page, created = FlatPage.objects.get_or_create(
            url=url, defaults={"title": title, "content": content}
        )
        page.sites.add(site)


def remove_pages(apps, schema_editor):
    FlatPage = apps.get_model("flatpages", "FlatPage")
    FlatPage.objects.filter(url__in=[url for url, _title, _content in PAGES]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("flatpages", "0001_initial"),
        ("sites", "0002_alter_domain_unique"),
    ]

    operations = [migrations.RunPython(create_pages, remove_pages)]
