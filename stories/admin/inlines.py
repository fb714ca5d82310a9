"""The rows edited inside the story form: bylines, sources, timeline, questions, topics, log."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from ..models import (
    Question,
    SourceSummary,
    StoryAuthor,
    StoryTopic,
    StoryUpdate,
    TimelineEntry,
)
from .forms import QuestionInlineForm

# Rows with a position: the admin renumbers them 1..n in the order the editor chose.
ORDERED_INLINE_MODELS = (SourceSummary, StoryAuthor, StoryTopic, Question)


class OrderedInlineMixin:
    """Position is editable; StoryAdmin.save_formset renumbers the rows."""

    def get_extra(self, request, obj=None, **kwargs):
        return 0 if obj else self.extra


class StoryAuthorInline(OrderedInlineMixin, admin.TabularInline):
    model = StoryAuthor
    autocomplete_fields = ["author"]
    extra = 1
    verbose_name = _("byline")
    verbose_name_plural = _("bylines")


class SourceSummaryInline(OrderedInlineMixin, admin.StackedInline):
    model = SourceSummary
    autocomplete_fields = ["outlet"]
    extra = 1
    fields = [("outlet", "position"), "title", "url", "published_on", "summary"]


class TimelineEntryInline(admin.TabularInline):
    model = TimelineEntry
    extra = 0


class StoryTopicInline(OrderedInlineMixin, admin.TabularInline):
    model = StoryTopic
    autocomplete_fields = ["topic"]
    extra = 1
    verbose_name = _("topic")
    verbose_name_plural = _("topics (“More on these topics”)")


class QuestionInline(OrderedInlineMixin, admin.StackedInline):
    model = Question
    form = QuestionInlineForm
    extra = 0
    fields = [("text", "status", "position"), "slug", "lede", "answer"]
    prepopulated_fields = {"slug": ["text"]}
    verbose_name = _("question")
    verbose_name_plural = _("questions (“Go deeper”)")
    show_change_link = True

    def get_queryset(self, request):
        # Reader questions waiting for moderation belong in the queue, not on the page form.
        return super().get_queryset(request).exclude(status=Question.Status.PENDING)


class StoryUpdateInline(admin.TabularInline):
    model = StoryUpdate
    extra = 0
    fields = ["kind", "note", "created_at"]
    verbose_name_plural = _("updates and corrections (public log)")


STORY_INLINES = [
    StoryAuthorInline,
    SourceSummaryInline,
    TimelineEntryInline,
    QuestionInline,
    StoryTopicInline,
    StoryUpdateInline,
]
