"""Delete askers' e-mail addresses once they are older than the retention period.

Readers leave an address only to be told once that their question was answered. After
NEWSDIGEST_ASKER_EMAIL_RETENTION_DAYS days (an environment variable; 90 by default) from
the time the question was sent, the address is deleted whether or not the e-mail went out.
Run it daily, e.g. from cron or a scheduled container:

    python manage.py purge_asker_emails            # uses the setting
    python manage.py purge_asker_emails --days 30  # a shorter period, once
    python manage.py purge_asker_emails --dry-run  # count only
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from stories import services
from stories.models import Question


class Command(BaseCommand):
    help = (
        "Delete askers' e-mail addresses from questions sent more than "
        "NEWSDIGEST_ASKER_EMAIL_RETENTION_DAYS days ago (default 90). Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Retention in days; defaults to NEWSDIGEST_ASKER_EMAIL_RETENTION_DAYS.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Count the addresses, delete nothing."
        )

    def handle(self, *args, days=None, dry_run=False, **options):
        if days is None:
            days = settings.NEWSDIGEST_ASKER_EMAIL_RETENTION_DAYS
        if days < 0:
            raise CommandError("The retention period cannot be negative.")
        cutoff = timezone.now() - timedelta(days=days)
        if dry_run:
            count = Question.objects.filter(submitted_at__lt=cutoff).exclude(asker_email="").count()
            verb = "would be deleted"
        else:
            count = services.question_forget_askers(sent_before=cutoff)
            verb = "deleted"
        self.stdout.write(f"{count} asker e-mail address(es) older than {days} days {verb}.")
