from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils.translation import get_language

from stories.forms import AskForm

register = template.Library()

# The visible fields of an empty ask form, per language: the same on every explainer and
# question page, and the costliest part of them to render through Django's form templates.
_EMPTY_FIELDS = {}


@register.simple_tag
def ask_form_for(story, form=None):
    """The form being corrected, or a fresh one with its own signed stamp for this story."""
    if isinstance(form, AskForm) and form.story.pk == story.pk:
        return form
    return AskForm(story=story)


@register.simple_tag
def ask_fields(form):
    """The form's fields; an empty form's are rendered once per process and language.

    Only the hidden stamp differs between empty forms, and it is rendered outside this tag. A
    form with data or errors, or with initial values beyond the stamp, is rendered every time.
    With DEBUG on nothing is kept, so template edits show at once, as with the template loader.
    """
    empty = not form.is_bound and set(form.initial) <= {"stamp"}
    key = get_language()
    if empty and key in _EMPTY_FIELDS:
        return _EMPTY_FIELDS[key]
    html = render_to_string("includes/ask_fields.html", {"form": form})
    if empty and not settings.DEBUG:
        _EMPTY_FIELDS[key] = html
    return html
