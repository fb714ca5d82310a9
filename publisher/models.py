from django.db import models
from django.utils.translation import gettext_lazy as _

# The one row: the identity is a setting of the site, not a list of things.
IDENTITY_PK = 1


class SiteIdentity(models.Model):
    """The publisher's name, tagline and logo, shown on every page, feed and e-mail.

    Until an editor saves it, the site uses the NEWSDIGEST_SITE_NAME, NEWSDIGEST_TAGLINE and
    NEWSDIGEST_LOGO settings.
    """

    name = models.CharField(
        _("site name"),
        max_length=80,
        help_text=_("In the header and footer, page titles, feeds, e-mails and search results."),
    )
    tagline = models.CharField(
        _("tagline"),
        max_length=160,
        blank=True,
        help_text=_("A short line beside the name, and the description of the home page."),
    )
    logo = models.ImageField(
        _("logo"),
        upload_to="publisher/",
        blank=True,
        help_text=_(
            "PNG or JPEG, at least 112 pixels tall: search engines and news apps show it next "
            "to your explainers. Leave empty to keep the default."
        ),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("site identity")
        verbose_name_plural = _("site identity")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(pk=IDENTITY_PK), name="site_identity_single_row"
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.pk = IDENTITY_PK
        super().save(*args, **kwargs)
