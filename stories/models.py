from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import TagBase, TaggedItemBase

from newsdigest.core.choices import ChoiceDisplayMixin
from newsdigest.core.richtext import RichTextField
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
                StorySlugRedirect.objects.filter(old_slug=self.slug).delete()
                StorySlugRedirect.objects.update_or_create(
                    old_slug=old_slug, defaults={"story": self}
                )
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
        return self.questions.filter(origin=Question.Origin.EDITORIAL)


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


class QuestionQuerySet(models.QuerySet):
    def published(self, now=None):
        """Published questions on published stories: nothing else has a public page."""
        return self.filter(
            Q(status=Question.Status.PUBLISHED) & StoryQuerySet.published_q("story__", now=now)
        )

    def not_published(self, now=None):
        """Pending and rejected questions, and any question whose story is not public."""
        return self.exclude(
            Q(status=Question.Status.PUBLISHED) & StoryQuerySet.published_q("story__", now=now)
        )

    def pending(self):
        """The moderation queue, oldest first."""
        return self.filter(status=Question.Status.PENDING).order_by("submitted_at", "pk")


class Question(ChoiceDisplayMixin, models.Model):
    """A question readers ask about an explainer; once answered and published, a page."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        PUBLISHED = "published", _("Published")
        REJECTED = "rejected", _("Rejected")

    class Origin(models.TextChoices):
        EDITORIAL = "editorial", _("Editorial")
        READER = "reader", _("Reader")

    story = models.ForeignKey(
        Story, on_delete=models.CASCADE, related_name="questions", verbose_name=_("story")
    )
    text = models.CharField(_("question"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, blank=True, null=True)
    lede = models.TextField(_("lede"), blank=True, help_text=_("One or two sentences."))
    answer = RichTextField(_("answer"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    origin = models.CharField(
        _("origin"), max_length=20, choices=Origin.choices, default=Origin.EDITORIAL
    )
    asker_name = models.CharField(_("asker's name"), max_length=100, blank=True)
    asker_email = models.EmailField(
        _("asker's e-mail"), blank=True, help_text=_("Never shown publicly.")
    )
    notify_consent = models.BooleanField(
        _("asker agreed to be e-mailed"),
        default=False,
        editable=False,
        help_text=_("Ticked on the form: the one e-mail when the answer is published."),
    )
    text_hash = models.CharField(
        _("normalised text hash"),
        max_length=64,
        blank=True,
        default="",
        editable=False,
        help_text=_("Finds the same reader question asked again on the same explainer."),
    )
    ask_count = models.PositiveIntegerField(_("asked by"), default=1)
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True, editable=False)
    rejection_reason = models.CharField(
        _("rejection reason"), max_length=300, blank=True, help_text=_("Kept internally.")
    )
    notified_at = models.DateTimeField(_("asker notified at"), null=True, editable=False)
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged",
    )
    position = models.PositiveSmallIntegerField(_("position"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["position", "submitted_at", "pk"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        permissions = [("view_asker", _("Can see who asked a question"))]
        constraints = [
            models.UniqueConstraint(fields=["story", "position"], name="question_position_unique"),
            models.UniqueConstraint(
                fields=["story", "text_hash"],
                condition=~Q(text_hash=""),
                name="question_text_once_per_story",
            ),
            models.CheckConstraint(
                condition=~Q(status="published") | (Q(slug__isnull=False) & ~Q(answer="")),
                name="question_published_has_slug_and_answer",
                violation_error_message=_("A published question needs a slug and an answer."),
            ),
        ]
        indexes = [
            models.Index(fields=["story", "status", "position"], name="question_story_idx"),
            models.Index(fields=["status", "submitted_at"], name="question_queue_idx"),
        ]

    def __str__(self):
        return self.text

    def get_absolute_url(self):
        return slug_url("stories:question", self.slug)

    def is_published(self, now=None):
        """Agrees with QuestionQuerySet.published() for this one question."""
        return self.status == self.Status.PUBLISHED and self.story.is_published(now=now)


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
