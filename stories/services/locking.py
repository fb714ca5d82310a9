"""Optimistic locking of stories: a save made from a form opened before someone else's is refused.

Every change of a story, or of a row the story form shows (bylines, sources, questions that are
not pending…), moves ``Story.version`` on by one. The story form carries the version it was
opened at; a save from an older version is refused, so nothing anybody saved is overwritten.
This module is the only place that moves the version.
"""

import contextlib
import contextvars

from django.db.models import F

from .. import revisions
from ..models import Question, Story

# Stories whose rows are being saved as part of one story save (the story form's inlines):
# their changes are that save, already counted once.
_held = contextvars.ContextVar("stories_version_held", default=frozenset())


class StoryChanged(Exception):
    """Someone saved the story after the version this change was made from."""

    def __init__(self, story_id, opened):
        super().__init__(story_id, opened)
        self.story_id = story_id
        self.opened = opened


def is_current(story_id, opened):
    """Whether a form opened at version ``opened`` may still save the story (validation only)."""
    live = Story.objects.filter(pk=story_id).values_list("version", flat=True).first()
    return live is None or (opened is not None and opened == live)


def claim(story, *, opened=None):
    """Move the story's version on by one; with ``opened``, only if nobody saved since then.

    The check and the increment are one UPDATE: of two concurrent saves from the same version,
    exactly one matches.
    """
    if story.pk is None:
        return
    rows = Story.objects.filter(pk=story.pk)
    if opened is not None:
        rows = rows.filter(version=opened)
    if not rows.update(version=F("version") + 1):
        raise StoryChanged(story.pk, opened)
    story.version = Story.objects.filter(pk=story.pk).values_list("version", flat=True).get()


def shown_in_story_form(question_status):
    """The story form lists every question but those waiting for moderation."""
    return question_status != Question.Status.PENDING


def about_to_touch(story_id):
    """Before a row the story form shows changes elsewhere: if no revision holds the story as
    it is (it was made outside the admin), keep it, so that a refused save can say exactly
    what changed."""
    if story_id not in _held.get():
        revisions.keep_unrecorded_state(story_id)


def touch(story_id):
    """A row the story form shows changed outside it: forms opened before now go stale."""
    if story_id in _held.get():
        return
    Story.objects.filter(pk=story_id).update(version=F("version") + 1)


@contextlib.contextmanager
def hold(story_id):
    """Inside, changes of the story's rows are part of the story's own save: no extra touch."""
    token = _held.set(_held.get() | {story_id})
    try:
        yield
    finally:
        _held.reset(token)
