from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublisherConfig(AppConfig):
    """The publisher: its identity (name, tagline, logo) and its own pages (about, masthead,
    corrections and ethics policies)."""

    name = "publisher"
    verbose_name = _("publisher")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from .identity import forget
        from .models import SiteIdentity

        def identity_changed(sender, **kwargs):
            forget()

        post_save.connect(identity_changed, sender=SiteIdentity, dispatch_uid="identity_saved")
        post_delete.connect(identity_changed, sender=SiteIdentity, dispatch_uid="identity_gone")
