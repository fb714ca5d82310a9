from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublisherConfig(AppConfig):
    """The publisher's own pages: about, masthead, corrections and ethics policies."""

    name = "publisher"
    verbose_name = _("publisher")
