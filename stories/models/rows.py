"""A story's ordered rows: bylines, topics, sources, timeline, updates, and its old slugs."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from newsdigest.core.choices import ChoiceDisplayMixin

from .directory import Author, Outlet
from .story import Story


class StoryAuthor(models.Model):
    story = models.ForeignKey(Story, on_delete=models.CASCADE)
    author = models.ForeignKey(Author, on_delete=models.PROTECT, verbose_name=_("author"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("byline")
        verbose_name_plural = _("bylines")
        constraints = [
            models.UniqueConstraint(fields=["story", "author"], name="story_author_unique")
        ]

    def __str__(self):
        return str(self.author)


class StoryTopic(models.Model):
    story = models.ForeignKey(Story, on_delete=models.CASCADE)
    topic = models.ForeignKey("topics.Topic", on_delete=models.CASCADE, verbose_name=_("topic"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("story topic")
        verbose_name_plural = _("story topics")
        constraints = [
            models.UniqueConstraint(fields=["story", "topic"], name="story_topic_unique")
        ]
        indexes = [models.Index(fields=["topic", "story"], name="storytopic_topic_idx")]

    def __str__(self):
        return str(self.topic)


class StorySlugRedirect(models.Model):
    """An address a published story used to have: it answers with a permanent redirect."""

    old_slug = models.SlugField(_("old slug"), max_length=200, unique=True)
    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="slug_redirects")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("old story address")
        verbose_name_plural = _("old story addresses")

    def __str__(self):
        return f"{self.old_slug} → {self.story.slug}"


class SourceSummary(models.Model):
    """What one outlet reported about the event, for 'What the papers say'."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="sources")
    outlet = models.ForeignKey(
        Outlet, on_delete=models.PROTECT, related_name="summaries", verbose_name=_("outlet")
    )
    title = models.CharField(_("original article title"), max_length=300)
    url = models.URLField(_("original article URL"), max_length=500)
    published_on = models.DateField(_("article date"), null=True, blank=True)
    summary = models.TextField(_("summary"), help_text=_("One or two sentences."))
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("source summary")
        verbose_name_plural = _("source summaries")
        constraints = [
            models.UniqueConstraint(
                fields=["story", "position"], name="sourcesummary_position_unique"
            ),
        ]
        indexes = [models.Index(fields=["outlet", "story"], name="sourcesummary_outlet_idx")]

    def __str__(self):
        return f"{self.outlet}: {self.title}"


class TimelineEntry(models.Model):
    """A dated step in 'How we got here'."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="timeline")
    date = models.DateField(_("date"))
    text = models.CharField(_("what happened"), max_length=400)

    class Meta:
        ordering = ["date", "pk"]
        verbose_name = _("timeline entry")
        verbose_name_plural = _("timeline entries")

    def __str__(self):
        return f"{self.date}: {self.text[:60]}"


class StoryUpdate(ChoiceDisplayMixin, models.Model):
    """A public note in the story's log of updates and corrections."""

    class Kind(models.TextChoices):
        UPDATE = "update", _("Update")
        CORRECTION = "correction", _("Correction")

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="updates")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.UPDATE)
    note = models.TextField(_("note"))
    created_at = models.DateTimeField(_("time"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("update or correction")
        verbose_name_plural = _("updates and corrections")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.note[:60]}"
