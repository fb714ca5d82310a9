"""What a service leaves behind: an entry in the admin's history, and a kept revision."""

import contextlib

import reversion
from django.contrib.admin.models import CHANGE, LogEntry

from .. import revisions


def log_action(user, obj, message):
    """Record the action in the admin's history of the object, with who and when."""
    if user is None or not user.pk:
        return
    LogEntry.objects.log_actions(
        user_id=user.pk,
        queryset=[obj],
        action_flag=CHANGE,
        change_message=message,
        single_object=True,
    )
    if reversion.is_active():
        reversion.set_comment(message)


@contextlib.contextmanager
def kept_revision(story, user):
    """Keep the story as it is after the change made inside, with its rows, as one revision.

    Inside a revision already open (an admin view), the change joins it. Before the first
    change of a story no revision holds (made outside the admin), its state as it was is kept
    too, so that a form opened before the change can be told exactly what changed.
    """
    if story.pk is not None and not reversion.is_active():
        revisions.keep_unrecorded_state(story.pk)
    with reversion.create_revision():
        if user is not None and user.pk:
            reversion.set_user(user)
        yield
        if story.pk is not None:
            reversion.add_to_revision(story)
