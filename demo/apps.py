from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo newsroom (``manage.py seed_demo``): content for trying the site, kept out of
    the apps that run a real one."""

    name = "demo"
    verbose_name = _("Demo newsroom")
