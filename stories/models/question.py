"""Questions: the newsroom's own and readers'."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from newsdigest.core.choices import ChoiceDisplayMixin
from newsdigest.core.richtext import RichTextField
from newsdigest.core.routes import slug_url

from .story import Story, StoryQuerySet


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
