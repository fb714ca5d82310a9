from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from newsdigest.core.choices import ChoiceDisplayMixin
from newsdigest.core.richtext import RichTextField
from newsdigest.core.routes import slug_url

wikidata_validator = RegexValidator(
    r"^Q[1-9][0-9]*$",
    _("Enter a Wikidata item id such as Q45: a capital Q followed by digits."),
)


class Topic(ChoiceDisplayMixin, models.Model):
    """A person, place, organisation or subject that explainers link to."""

    class Kind(models.TextChoices):
        PERSON = "person", _("Person")
        PLACE = "place", _("Place")
        ORGANISATION = "organisation", _("Organisation")
        SUBJECT = "subject", _("Subject")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_("Part of the topic's address. Changing it breaks existing links."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.SUBJECT)
    bio = models.CharField(
        _("one-line bio"),
        max_length=200,
        blank=True,
        help_text=_("One sentence shown on topic cards, e.g. 'Port city in northern Portugal'."),
    )
    description = RichTextField(
        _("description"), blank=True, help_text=_("Shown on the topic page.")
    )
    image = models.ImageField(_("image"), upload_to="topics/%Y/", blank=True)
    image_credit = models.CharField(_("image credit"), max_length=200, blank=True)
    wikidata_id = models.CharField(
        _("Wikidata id"),
        max_length=20,
        blank=True,
        validators=[wikidata_validator],
        help_text=_("Links the topic to its Wikidata item for search engines, e.g. Q45."),
    )
    related = models.ManyToManyField(
        "self", verbose_name=_("related topics"), blank=True, symmetrical=True
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        indexes = [models.Index(fields=["kind", "name"], name="topic_kind_name_idx")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return slug_url("topics:detail", self.slug)

    @property
    def wikidata_url(self):
        return f"https://www.wikidata.org/wiki/{self.wikidata_id}" if self.wikidata_id else ""
