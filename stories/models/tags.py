"""Tags of explainers, kept apart from any other app's tags."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from taggit.models import TagBase, TaggedItemBase

from newsdigest.core.routes import slug_url


class StoryTag(TagBase):
    """A free-form tag on explainers, kept apart from any other app's tags."""

    class Meta:
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def get_absolute_url(self):
        return slug_url("stories:tag", self.slug)


class TaggedStory(TaggedItemBase):
    tag = models.ForeignKey(StoryTag, related_name="tagged_stories", on_delete=models.CASCADE)
    content_object = models.ForeignKey("Story", on_delete=models.CASCADE)

    class Meta:
        verbose_name = _("tagged story")
        verbose_name_plural = _("tagged stories")
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="tagged_story_unique")
        ]
