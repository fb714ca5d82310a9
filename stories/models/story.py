"""The story, and its queryset: the one definition of public."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from newsdigest.core.choices import ChoiceDisplayMixin
from newsdigest.core.richtext import RichTextField
from newsdigest.core.routes import slug_url

from .directory import Author
from .tags import TaggedStory


class StoryQuerySet(models.QuerySet):
    @staticmethod
    def published_q(prefix="", now=None):
        """The one definition of public: published status and a publication time not ahead."""
        now = now or timezone.now()
        return Q(**{f"{prefix}status": Story.Status.PUBLISHED, f"{prefix}published_at__lte": now})

    def published(self, now=None):
        """Stories a reader may see right now."""
        return self.filter(self.published_q(now=now))

    def not_published(self, now=None):
        """Drafts, stories in review, scheduled and withdrawn stories."""
        return self.exclude(self.published_q(now=now))

    def scheduled(self, now=None):
        """Published stories whose time has not come yet."""
        now = now or timezone.now()
        return self.filter(status=Story.Status.PUBLISHED, published_at__gt=now)

    def next_scheduled_at(self, now=None):
        """When the next scheduled story goes public, or None: caches must not outlive it."""
        story = self.scheduled(now=now).order_by("published_at").only("published_at").first()
        return story.published_at if story else None

    # The four sections run to pages of HTML; a card shows none of them.
    BODY_FIELDS = ("what_happened", "behind_headline", "papers_say", "how_we_got_here")

    def for_listing(self):
        """Cards need bylines: prefetch them so a list is not N+1 queries. No section bodies."""
        return self.defer(*self.BODY_FIELDS).prefetch_related(
            models.Prefetch(
                "authors",
                queryset=Author.objects.order_by("storyauthor__position").only("name", "slug"),
            ),
        )


class Story(ChoiceDisplayMixin, models.Model):
    """One explainer: everything a reader needs to understand one news event."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        REVIEW = "review", _("In review")
        PUBLISHED = "published", _("Published")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class Label(models.TextChoices):
        EXPLAINER = "explainer", _("Explainer")
        ANALYSIS = "analysis", _("Analysis")
        FACTCHECK = "factcheck", _("Fact check")
        BRIEFING = "briefing", _("Briefing")

    headline = models.CharField(_("headline"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_(
            "The story's address. Once the story is live, changing it keeps a redirect "
            "from the old address."
        ),
    )
    standfirst = models.CharField(
        _("standfirst"),
        max_length=400,
        blank=True,
        help_text=_("One sentence under the headline; also the description in search results."),
    )
    label = models.CharField(
        _("label"), max_length=20, choices=Label.choices, default=Label.EXPLAINER
    )
    what_happened = RichTextField(
        _("what's happened"), blank=True, help_text=_("A short factual summary of the event.")
    )
    behind_headline = RichTextField(
        _("what's behind the headline?"), blank=True, help_text=_("Analysis and context.")
    )
    papers_say = RichTextField(
        _("what the papers say: synthesis"),
        blank=True,
        help_text=_("Optional paragraph drawing the outlets' coverage together."),
    )
    how_we_got_here = RichTextField(
        _("how we got here"), blank=True, help_text=_("Background that led to the event.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(
        _("published at"),
        null=True,
        blank=True,
        help_text=_("A time in the future schedules the story: it goes live at that time."),
    )
    first_published_at = models.DateTimeField(_("first published at"), null=True, editable=False)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    authors = models.ManyToManyField(
        Author, through="StoryAuthor", verbose_name=_("authors"), related_name="stories"
    )
    topics = models.ManyToManyField(
        "topics.Topic", through="StoryTopic", verbose_name=_("topics"), related_name="stories"
    )
    # Alphabetical everywhere: the page, its JSON-LD keywords and its ETag stay the same.
    tags = TaggableManager(_("tags"), through=TaggedStory, blank=True, ordering=["name"])
    hero_image = models.ImageField(_("hero image"), upload_to="stories/%Y/%m/", blank=True)
    hero_alt = models.CharField(
        _("hero image description"),
        max_length=300,
        blank=True,
        help_text=_("Describes the image for readers who cannot see it."),
    )
    hero_caption = models.CharField(_("hero caption"), max_length=300, blank=True)
    hero_credit = models.CharField(_("hero credit"), max_length=200, blank=True)
    featured = models.BooleanField(
        _("featured"), default=False, help_text=_("The newest featured story leads the home page.")
    )
    last_edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last edited by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)

    objects = StoryQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        permissions = [
            ("publish_story", _("Can publish, schedule and withdraw stories")),
            ("delete_published_story", _("Can delete a story that was published")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="story_published_has_published_at",
                violation_error_message=_("A published story needs a publication time."),
            ),
        ]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="story_status_pub_idx"),
            models.Index(fields=["featured", "status", "-published_at"], name="story_featured_idx"),
        ]

    def __str__(self):
        return self.headline

    def save(self, *args, **kwargs):
        if self.pk and self.first_published_at:
            old_slug = Story.objects.filter(pk=self.pk).values_list("slug", flat=True).first()
            if old_slug and old_slug != self.slug:
                # Readers, feeds and search engines hold the old address.
                redirects = self.slug_redirects.model.objects
                redirects.filter(old_slug=self.slug).delete()
                redirects.update_or_create(old_slug=old_slug, defaults={"story": self})
        if (
            self.status == self.Status.PUBLISHED
            and self.published_at
            and not self.first_published_at
        ):
            self.first_published_at = self.published_at
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return slug_url("stories:detail", self.slug)

    def is_published(self, now=None):
        """Agrees with StoryQuerySet.published() for this one story."""
        now = now or timezone.now()
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= now
        )

    @property
    def is_scheduled(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > timezone.now()
        )

    @property
    def status_string(self):
        """draft · in review · scheduled · live · withdrawn, as editors speak of it."""
        if self.status == self.Status.PUBLISHED:
            return _("scheduled") if self.is_scheduled else _("live")
        return {
            self.Status.DRAFT: _("draft"),
            self.Status.REVIEW: _("in review"),
            self.Status.WITHDRAWN: _("withdrawn"),
        }[self.status]

    @property
    def was_ever_published(self):
        return self.first_published_at is not None and self.first_published_at <= timezone.now()

    @property
    def editorial_questions(self):
        """Questions written in the newsroom: revisions keep these, never what readers sent in."""
        return self.questions.filter(origin=self.questions.model.Origin.EDITORIAL)
