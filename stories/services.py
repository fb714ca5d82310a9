"""Write workflows that touch more than one row or need a permission check.

Reads stay on the querysets (``Story.objects.published()``); these functions are the only way
the admin and the management commands publish, withdraw or moderate.
"""

from django.contrib.admin.models import CHANGE, LogEntry
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .models import Question, Story

PUBLISH_PERMISSION = "stories.publish_story"


def can_publish(user):
    return bool(user and user.has_perm(PUBLISH_PERMISSION))


def _log(user, obj, message):
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


@transaction.atomic
def story_publish(*, story, user, at=None):
    """Publish now, or schedule for ``at`` when it lies in the future."""
    if not can_publish(user):
        raise PermissionDenied(_("You do not have permission to publish stories."))
    story.status = Story.Status.PUBLISHED
    story.published_at = at or story.published_at or timezone.now()
    if story.published_at > timezone.now():
        message = _("Scheduled for %(time)s.") % {"time": story.published_at.isoformat()}
    else:
        message = _("Published.")
    story.withdrawn_at = None
    story.last_edited_by = user
    story.full_clean()
    story.save()
    _log(user, story, message)
    return story


@transaction.atomic
def story_withdraw(*, story, user, reason=""):
    """Take a story off the public site; it answers 410 from then on."""
    if not can_publish(user):
        raise PermissionDenied(_("You do not have permission to withdraw stories."))
    story.status = Story.Status.WITHDRAWN
    story.withdrawn_at = timezone.now()
    story.last_edited_by = user
    story.save()
    _log(
        user, story, _("Withdrawn. %(reason)s") % {"reason": reason} if reason else _("Withdrawn.")
    )
    return story


def _unique_question_slug(text, *, exclude_pk=None):
    base = slugify(text)[:180].strip("-") or "question"
    slug, n = base, 2
    existing = Question.objects.exclude(pk=exclude_pk)
    while existing.filter(slug=slug).exists():
        slug = f"{base}-{n}"
        n += 1
    return slug


@transaction.atomic
def question_publish(*, question, user):
    """Publish an answered question under 'Go deeper', at the end unless it has a position."""
    if not question.answer.strip():
        raise ValidationError({"answer": _("Write an answer before publishing the question.")})
    if not question.slug:
        question.slug = _unique_question_slug(question.text, exclude_pk=question.pk)
    if question.position is None:
        last = (
            Question.objects.filter(story_id=question.story_id)
            .exclude(pk=question.pk)
            .aggregate(m=Max("position"))["m"]
        )
        question.position = (last or 0) + 1
    question.status = Question.Status.PUBLISHED
    question.moderated_by = user
    question.moderated_at = timezone.now()
    question.save()
    _log(user, question, _("Published."))
    return question


@transaction.atomic
def question_reject(*, question, user, reason=""):
    """Reject a question; the reason stays internal."""
    question.status = Question.Status.REJECTED
    question.rejection_reason = reason[:300]
    question.position = None
    question.moderated_by = user
    question.moderated_at = timezone.now()
    question.save()
    _log(user, question, _("Rejected."))
    return question
