from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublisherConfig(AppConfig):
    """The publisher: its identity (name, tagline, logo) and its own pages (about, masthead,
    corrections and ethics policies)."""

    name = "publisher"
    verbose_name = _("publisher")

    def ready(self):
        from django.contrib.flatpages.models import FlatPage
        from django.contrib.sites.models import Site

        from newsdigest.core import invalidation

        from .identity import forget
        from .models import SiteIdentity

        # The identity is also kept in the cache on its own: drop that copy with the pages.
        invalidation.register(SiteIdentity, then=forget)
        invalidation.register(FlatPage)
        invalidation.register(Site)
