"""Write workflows that touch more than one row or need a permission check.

Reads stay on the querysets (``Story.objects.published()``); these functions are the only way
the admin and the management commands publish, withdraw or moderate.
"""

from django.contrib.admin.models import CHANGE, LogEntry
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from reversion import is_active as revision_is_active
from reversion import set_comment as set_revision_comment

from . import notifications
from .forms import text_hash
from .models import Question, Story

PUBLISH_PERMISSION = "stories.publish_story"


def can_publish(user):
    return bool(user and user.has_perm(PUBLISH_PERMISSION))


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
    if revision_is_active():
        set_revision_comment(message)


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
    story.bump_version()
    story.save()
    log_action(user, story, message)
    return story


@transaction.atomic
def story_withdraw(*, story, user, reason=""):
    """Take a story off the public site; it answers 410 from then on."""
    if not can_publish(user):
        raise PermissionDenied(_("You do not have permission to withdraw stories."))
    story.status = Story.Status.WITHDRAWN
    story.withdrawn_at = timezone.now()
    story.last_edited_by = user
    story.bump_version()
    story.save()
    log_action(
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


def question_slug(text, *, exclude_pk=None):
    """A free address for a question page, made from its text."""
    return _unique_question_slug(text, exclude_pk=exclude_pk)


def _make_room(question):
    """Shift the explainer's other questions down so this one takes the position chosen."""
    taken = (
        Question.objects.filter(story_id=question.story_id, position=question.position)
        .exclude(pk=question.pk)
        .exists()
    )
    if not taken:
        return
    below = Question.objects.filter(
        story_id=question.story_id, position__gte=question.position
    ).exclude(pk=question.pk)
    # Two steps through a parking range: a single +1 would collide row by row on PostgreSQL.
    below.update(position=F("position") + 10000)
    Question.objects.filter(story_id=question.story_id, position__gte=10000).exclude(
        pk=question.pk
    ).update(position=F("position") - 9999)


@transaction.atomic
def question_publish(*, question, user, request=None):
    """Publish an answered question under 'Go deeper' and tell its askers, once.

    It goes at the end of the list unless it has a position.
    """
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
    else:
        _make_room(question)
    question.status = Question.Status.PUBLISHED
    question.moderated_by = user
    question.moderated_at = timezone.now()
    question.save()
    log_action(user, question, _("Published."))
    notifications.notify_answered(question, request=request)
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
    log_action(user, question, _("Rejected."))
    return question


def question_root(question):
    """Follow merges to the question that now stands for this one."""
    seen = {question.pk}
    while question.merged_into_id and question.merged_into_id not in seen:
        seen.add(question.merged_into_id)
        question = Question.objects.get(pk=question.merged_into_id)
    return question


@transaction.atomic
def question_ask(*, story, text, asker_name="", asker_email="", notify_consent=False, request=None):
    """Store a reader's (already cleaned) question pending, or count it if it was asked before.

    Returns ``(question, created)``. A repeat adds one to ``ask_count`` of the question that
    stands for it (after merges), and leaves an e-mail there only if none was kept yet.
    """
    asker_email = asker_email if notify_consent else ""
    fingerprint = text_hash(text)
    question = Question(
        story=story,
        text=text,
        origin=Question.Origin.READER,
        status=Question.Status.PENDING,
        asker_name=asker_name,
        asker_email=asker_email,
        notify_consent=bool(asker_email),
        text_hash=fingerprint,
    )
    question.full_clean(validate_unique=False, validate_constraints=False)
    existing = Question.objects.filter(story=story, text_hash=fingerprint).first()
    if existing is None:
        try:
            # A savepoint: a twin sent in the same instant loses the race on the constraint.
            with transaction.atomic():
                question.save()
            return question, True
        except IntegrityError:
            existing = Question.objects.get(story=story, text_hash=fingerprint)
    root = question_root(existing)
    Question.objects.filter(pk=root.pk).update(ask_count=F("ask_count") + 1)
    if asker_email and not root.asker_email:
        Question.objects.filter(pk=root.pk, asker_email="").update(
            asker_email=asker_email, asker_name=asker_name, notify_consent=True
        )
    root.refresh_from_db()
    # Asked again after it was answered: the new asker gets the link straight away.
    notifications.notify_answered(root, request=request)
    return root, False


@transaction.atomic
def question_merge(*, question, into, user, request=None):
    """Fold a question into another on the same explainer: its askers count there from now on."""
    into = question_root(into)
    if question.pk == into.pk:
        raise ValidationError(_("A question cannot be merged into itself."))
    if question.story_id != into.story_id:
        raise ValidationError(_("Only questions about the same explainer can be merged."))
    if question.merged_into_id:
        raise ValidationError(_("This question was already merged."))
    Question.objects.filter(pk=into.pk).update(ask_count=F("ask_count") + question.ask_count)
    into.refresh_from_db()
    question.status = Question.Status.REJECTED
    question.merged_into = into
    question.position = None
    question.rejection_reason = (_("Merged into “%(question)s”.") % {"question": into.text[:200]})[
        :300
    ]
    question.moderated_by = user
    question.moderated_at = timezone.now()
    question.save()
    log_action(user, question, _("Merged into question %(pk)s.") % {"pk": into.pk})
    log_action(user, into, _("Question %(pk)s merged into this one.") % {"pk": question.pk})
    # Merged into a question that is already answered: its askers get the link now.
    notifications.notify_answered(into, request=request)
    return into
