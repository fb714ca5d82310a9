from django import template

from stories.models import Question

register = template.Library()


@register.simple_tag
def moderation_queue():
    """The questions waiting for moderation, for the admin's front page."""
    return Question.objects.pending()
