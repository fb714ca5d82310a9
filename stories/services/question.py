"""Every change of a question: ask, save (answer, edit), publish, reject, merge, reorder, delete.

The moderation queue, its actions, the story form's question rows and the ask form call these.
A question the story form shows (any but a pending one) is part of its story: changing it
anywhere else makes story forms opened before stale (``locking.touch``).
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .. import notifications, permissions
from ..models import Question
from ..reader_text import text_hash
from . import locking, ordering
from .history import log_action


def _require_moderator(user):
    if not permissions.can_moderate(user):
        raise PermissionDenied(_("You do not have permission to moderate questions."))


def _shown_before(question):
    """Whether story forms show the question as it is now; if so, they are about to go stale."""
    status = Question.objects.filter(pk=question.pk).values_list("status", flat=True).first()
    shown = status is not None and locking.shown_in_story_form(status)
    if shown:
        locking.about_to_touch(question.story_id)
    return shown


def _stamp(question, user):
    question.moderated_by = user
    question.moderated_at = timezone.now()


def _saved(question, *, shown_before):
    """Save, and make story forms opened before stale if they showed the question."""
    question.save()
    if shown_before:
        locking.touch(question.story_id)


def question_slug(text, *, exclude_pk=None):
    """A free address for a question page, made from its text."""
    base = slugify(text)[:180].strip("-") or "question"
    slug, n = base, 2
    existing = Question.objects.exclude(pk=exclude_pk)
    while existing.filter(slug=slug).exists():
        slug = f"{base}-{n}"
        n += 1
    return slug


def question_root(question):
    """Follow merges to the question that now stands for this one."""
    seen = {question.pk}
    while question.merged_into_id and question.merged_into_id not in seen:
        seen.add(question.merged_into_id)
        question = Question.objects.get(pk=question.merged_into_id)
    return question


def _position_taken(question):
    return (
        question.position is not None
        and Question.objects.filter(story_id=question.story_id, position=question.position)
        .exclude(pk=question.pk)
        .exists()
    )


@transaction.atomic
def question_save(*, question, user, request=None):
    """Save a question as edited (text, answer, position…); a change of status is moderation:
    it goes through ``question_publish`` or ``question_reject``."""
    _require_moderator(user)
    was = Question.objects.filter(pk=question.pk).values_list("status", flat=True).first()
    shown_before = _shown_before(question)
    if question.status != was:
        if question.status == Question.Status.PUBLISHED:
            return question_publish(question=question, user=user, request=request)
        if question.status == Question.Status.REJECTED:
            return question_reject(question=question, user=user, reason=question.rejection_reason)
        if was is not None:
            _stamp(question, user)
    if question.status == Question.Status.PUBLISHED and _position_taken(question):
        return question_reorder(question=question, user=user, position=question.position)
    _saved(question, shown_before=shown_before)
    if question.status == Question.Status.PUBLISHED:
        # Sends nothing if the askers were told already; retries a mail that failed.
        notifications.notify_answered(question, request=request)
    return question


@transaction.atomic
def question_reorder(*, question, user, position):
    """Move a question to ``position`` on its explainer's list; the others shift down."""
    _require_moderator(user)
    shown_before = _shown_before(question)
    ordering.place(Question, question, position)
    if shown_before:
        locking.touch(question.story_id)
    return question


@transaction.atomic
def question_publish(*, question, user, request=None):
    """Publish an answered question under 'Go deeper' and tell its askers, once.

    It goes at the end of the list unless it has a position.
    """
    _require_moderator(user)
    if not question.answer.strip():
        raise ValidationError({"answer": _("Write an answer before publishing the question.")})
    shown_before = _shown_before(question)
    if not question.slug:
        question.slug = question_slug(question.text, exclude_pk=question.pk)
    question.status = Question.Status.PUBLISHED
    _stamp(question, user)
    if question.position is None:
        last = (
            Question.objects.filter(story_id=question.story_id)
            .exclude(pk=question.pk)
            .aggregate(m=Max("position"))["m"]
        )
        question.position = (last or 0) + 1
    if _position_taken(question):
        # The rows around it move: story forms showing them go stale.
        locking.about_to_touch(question.story_id)
        ordering.place(Question, question, question.position)
        locking.touch(question.story_id)
    else:
        _saved(question, shown_before=shown_before)
    log_action(user, question, _("Published."))
    notifications.notify_answered(question, request=request)
    return question


@transaction.atomic
def question_reject(*, question, user, reason=""):
    """Reject a question; the reason stays internal."""
    _require_moderator(user)
    shown_before = _shown_before(question)
    question.status = Question.Status.REJECTED
    question.rejection_reason = reason[:300]
    question.position = None
    _stamp(question, user)
    _saved(question, shown_before=shown_before)
    log_action(user, question, _("Rejected."))
    return question


@transaction.atomic
def question_merge(*, question, into, user, request=None):
    """Fold a question into another on the same explainer: its askers count there from now on."""
    _require_moderator(user)
    into = question_root(into)
    if question.pk == into.pk:
        raise ValidationError(_("A question cannot be merged into itself."))
    if question.story_id != into.story_id:
        raise ValidationError(_("Only questions about the same explainer can be merged."))
    if Question.objects.filter(pk=question.pk, merged_into__isnull=False).exists():
        raise ValidationError(_("This question was already merged."))
    shown_before = _shown_before(question)
    Question.objects.filter(pk=into.pk).update(ask_count=F("ask_count") + question.ask_count)
    into.refresh_from_db()
    question.status = Question.Status.REJECTED
    question.merged_into = into
    question.position = None
    question.rejection_reason = (_("Merged into “%(question)s”.") % {"question": into.text[:200]})[
        :300
    ]
    _stamp(question, user)
    _saved(question, shown_before=shown_before)
    log_action(user, question, _("Merged into question %(pk)s.") % {"pk": into.pk})
    log_action(user, into, _("Question %(pk)s merged into this one.") % {"pk": question.pk})
    # Merged into a question that is already answered: its askers get the link now.
    notifications.notify_answered(into, request=request)
    return into


@transaction.atomic
def question_delete(*, question, user):
    """Delete a question (the admin's delete, or the queue's delete action)."""
    if not permissions.can_delete_question(user):
        raise PermissionDenied
    shown_before = _shown_before(question)
    story_id = question.story_id
    question.delete()
    if shown_before:
        locking.touch(story_id)


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
def question_forget_askers(*, sent_before):
    """Delete the askers' e-mail addresses of questions sent before ``sent_before``; how many."""
    return (
        Question.objects.filter(submitted_at__lt=sent_before)
        .exclude(asker_email="")
        .update(asker_email="", notify_consent=False)
    )
