from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = _("Stories")

    def ready(self):
        from newsdigest.core import invalidation, schedule

        from . import revisions
        from .models import Question, Story

        revisions.register()
        for model in self.get_models():
            invalidation.register(model)
        invalidation.register(Story, affects=_story_is_on_pages)
        invalidation.register(Question, affects=_question_is_on_pages)
        schedule.register(lambda now: Story.objects.next_scheduled_at(now=now))


def _story_is_on_pages(story, created):
    # A story that was never public is on no page; once public it keeps its first date.
    if story.status in (story.Status.DRAFT, story.Status.REVIEW):
        return story.first_published_at is not None
    return True


def _question_is_on_pages(question, created):
    # A reader's new question waits for moderation: no page shows it yet.
    return not (created and question.status != question.Status.PUBLISHED)
