"""Who writes the explainers and whose reporting they summarise."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from newsdigest.core.choices import ChoiceDisplayMixin
from newsdigest.core.routes import slug_url


class Author(models.Model):
    """A byline: a member of staff who writes or edits explainers."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    role = models.CharField(
        _("role"), max_length=200, blank=True, help_text=_("e.g. Europe editor")
    )
    bio = models.TextField(_("bio"), blank=True, help_text=_("Expertise and background."))
    photo = models.ImageField(_("photo"), upload_to="authors/", blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return slug_url("stories:author", self.slug)


class Outlet(ChoiceDisplayMixin, models.Model):
    """A news organisation whose reporting the press roundups summarise."""

    class Lean(models.TextChoices):
        LEFT = "left", _("Left")
        LEAN_LEFT = "lean_left", _("Lean left")
        CENTRE = "centre", _("Centre")
        LEAN_RIGHT = "lean_right", _("Lean right")
        RIGHT = "right", _("Right")
        UNRATED = "unrated", _("Unrated")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    homepage = models.URLField(_("homepage"), blank=True)
    country = models.CharField(
        _("country"), max_length=2, blank=True, help_text=_("Two-letter ISO code, e.g. GB.")
    )
    lean = models.CharField(
        _("political lean"), max_length=20, choices=Lean.choices, default=Lean.UNRATED
    )
    lean_rated_by = models.CharField(
        _("lean rated by"),
        max_length=200,
        blank=True,
        help_text=_("Who rated the outlet's lean: a rating body or our own standards desk."),
    )
    lean_rated_on = models.DateField(_("lean rated on"), null=True, blank=True)
    ownership = models.TextField(_("ownership note"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("outlet")
        verbose_name_plural = _("outlets")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return slug_url("stories:outlet", self.slug)
