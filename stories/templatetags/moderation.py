from django import template

from stories.models import Question

register = template.Library()


@register.simple_tag
def pending_question_count():
    """The size of the moderation queue, for the admin's front page."""
    return Question.objects.filter(status=Question.Status.PENDING).count()
