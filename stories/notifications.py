"""The one e-mail an asker gets: their question is answered, and here is the link.

Sent through Django's e-mail framework after the publishing transaction commits. ``notified_at``
is claimed with a conditional UPDATE before sending, so two saves racing each other, a second
publish or a merge into an answered question never send a second e-mail.
"""

import logging

from django.conf import settings
from django.contrib.sites.models import Site
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from publisher.identity import site_context

from .models import Question

logger = logging.getLogger(__name__)


def question_link(question, request=None):
    """The absolute address of the question's public page."""
    path = question.get_absolute_url()
    if request is not None:
        return request.build_absolute_uri(path)
    scheme = "http" if settings.DEBUG else "https"
    return f"{scheme}://{Site.objects.get_current().domain}{path}"


def _family(question):
    """The question and every question merged into it, however deep the merges go."""
    found, frontier = [question], [question.pk]
    while frontier:
        merged = list(Question.objects.filter(merged_into_id__in=frontier))
        found.extend(merged)
        frontier = [q.pk for q in merged]
    return found


def notify_answered(question, *, request=None):
    """E-mail each asker of this (published) question, and of those merged into it, once."""
    if not question.is_published():
        return 0
    link = question_link(question, request)
    claimed = 0
    for asked in _family(question):
        if not (asked.asker_email and asked.notify_consent and asked.notified_at is None):
            continue
        now = timezone.now()
        won = Question.objects.filter(pk=asked.pk, notified_at__isnull=True).update(notified_at=now)
        if not won:
            continue
        asked.notified_at = now
        claimed += 1
        transaction.on_commit(
            lambda asked=asked: _send(asked, answered=question, link=link), robust=True
        )
    return claimed


def _send(asked, *, answered, link):
    context = {
        "asker_name": asked.asker_name,
        "question": asked.text,
        "answered": answered,
        "story": answered.story,
        "link": link,
        "site": site_context(),
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("emails/question_answered_subject.txt", context)
        body = render_to_string("emails/question_answered.txt", context)
    try:
        send_mail(" ".join(subject.split()), body, None, [asked.asker_email])
    except Exception:  # noqa: BLE001 - a mail server outage must not undo the publication
        logger.exception("Could not e-mail the asker of question %s.", asked.pk)
        # Give the claim back so the next save of the question tries again.
        Question.objects.filter(pk=asked.pk).update(notified_at=None)
