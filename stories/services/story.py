"""Every change of a story: save, submit for review, publish or schedule, withdraw, restore.

Each is one keyword-only function, atomic, checked against the permissions module, counted by
the optimistic lock, logged in the admin's history and kept as a revision. The story form, the
admin's actions and the revision view call these and nothing else.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.formats import localize
from django.utils.timezone import template_localtime
from django.utils.translation import gettext as _

from .. import permissions, revisions
from ..models import Question, Story
from . import locking, ordering
from .history import kept_revision, log_action
from .question import question_save


def _check_status(user, *, current, story):
    if not permissions.may_set_status(user, current=current, status=story.status):
        raise PermissionDenied(_("You do not have permission to publish or withdraw stories."))


def _save(story, user, opened):
    """The write every story change ends with: counted by the lock, stamped with the editor."""
    locking.claim(story, opened=opened)
    story.last_edited_by = user
    story.save()


@transaction.atomic
def story_save(*, story, user, opened=None):
    """Save an editor's changes to a story (new or not); a change of status or of a published
    story's time is the transition it names (publish, schedule, withdraw, submit for review).

    ``opened`` is the version the editor's form was opened at: the save is refused with
    ``locking.StoryChanged`` if someone saved the story since.
    """
    before = None
    if story.pk is not None:
        before = Story.objects.filter(pk=story.pk).values("status", "published_at").first()
    current = before["status"] if before else None
    if story.status == Story.Status.PUBLISHED and (
        current != Story.Status.PUBLISHED or _goes_live_anew(before["published_at"], story)
    ):
        return story_publish(story=story, user=user, at=story.published_at, opened=opened)
    if story.status == Story.Status.WITHDRAWN and current != Story.Status.WITHDRAWN:
        return story_withdraw(story=story, user=user, opened=opened)
    if story.status == Story.Status.REVIEW and current != Story.Status.REVIEW:
        return story_submit(story=story, user=user, opened=opened)
    _check_status(user, current=current, story=story)
    if (
        before
        and before["published_at"] != story.published_at
        and not permissions.may_reschedule(user, current=current)
    ):
        raise PermissionDenied(_("Only editors can change when a story goes live."))
    with kept_revision(story, user):
        _save(story, user, opened)
    return story


def _goes_live_anew(was_at, story):
    """A published story moved to or from the future is scheduled or published again."""
    now = timezone.now()
    return was_at != story.published_at and (was_at > now or story.published_at > now)


@transaction.atomic
def story_submit(*, story, user, opened=None):
    """Send a story to an editor for review."""
    current = Story.objects.filter(pk=story.pk).values_list("status", flat=True).first()
    story.status = Story.Status.REVIEW
    _check_status(user, current=current, story=story)
    with kept_revision(story, user):
        _save(story, user, opened)
        log_action(user, story, _("Submitted for review."))
    return story


@transaction.atomic
def story_publish(*, story, user, at=None, opened=None):
    """Publish now, or schedule for ``at`` when it lies in the future."""
    if not permissions.can_publish(user):
        raise PermissionDenied(_("You do not have permission to publish stories."))
    story.status = Story.Status.PUBLISHED
    story.published_at = at or story.published_at or timezone.now()
    if story.published_at > timezone.now():
        # In the site's time zone and format, as every other time in the admin.
        when = localize(template_localtime(story.published_at))
        message = _("Scheduled for %(time)s.") % {"time": when}
    else:
        message = _("Published.")
    story.withdrawn_at = None
    story.full_clean()
    with kept_revision(story, user):
        _save(story, user, opened)
        log_action(user, story, message)
    return story


@transaction.atomic
def story_withdraw(*, story, user, reason="", opened=None):
    """Take a story off the public site; it answers 410 from then on."""
    if not permissions.can_publish(user):
        raise PermissionDenied(_("You do not have permission to withdraw stories."))
    story.status = Story.Status.WITHDRAWN
    story.withdrawn_at = timezone.now()
    with kept_revision(story, user):
        _save(story, user, opened)
        log_action(
            user,
            story,
            _("Withdrawn. %(reason)s") % {"reason": reason} if reason else _("Withdrawn."),
        )
    return story


@transaction.atomic
def story_restore(*, story, version, user, opened=None):
    """Bring back the words and rows kept in the revision ``version``; the story keeps its
    publishing state, and forms opened before the restore go stale.

    Reader questions are never deleted by a restore (revisions do not keep them).
    """
    if not permissions.can_change_story(user):
        raise PermissionDenied
    message = _("Reverted to previous version, saved on %(datetime)s") % {
        "datetime": localize(template_localtime(version.revision.date_created))
    }
    with kept_revision(story, user):
        revisions.revert_content(story, version)
        story.refresh_from_db()
        _save(story, user, opened)
        log_action(user, story, message)
    return story


@transaction.atomic
def story_save_rows(*, story, model, rows, deleted=(), user, request=None):
    """Save the story's rows of one kind as edited in the story form, in the order given.

    Part of the story's save (``story_save`` counted it): the rows move no version themselves.
    A question whose status was changed here is moderated as in the queue.
    """
    with locking.hold(story.pk):
        for row in deleted:
            row.delete()
        if model is not Question:
            ordering.renumber(model, story, rows)
            return

        def save(question):
            question_save(question=question, user=user, request=request)

        # A question left without a position stays off the explainer's list.
        placed = [row for row in rows if row.position is not None]
        ordering.renumber(Question, story, placed, save=save)
        for row in rows:
            if row.position is None:
                row.story = story
                save(row)
