from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every content app stands on: page cache and its invalidation, rate limits, rich
    text, pagination, outage handling, health and error views. Imports no content app."""

    name = "newsdigest.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self):
        from . import db, invalidation

        db.connect()
        invalidation.connect()
