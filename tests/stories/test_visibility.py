"""Rule 1: Story.objects.published() is the one definition of public, and the instance
predicate agrees with it for every status and time."""

from datetime import timedelta

import pytest
from django.db import IntegrityError
from django.utils import timezone

from stories.models import Question, Story
from tests.factories import QuestionFactory, StoryFactory

NOW = timezone.now()
TIMES = {
    "past": NOW - timedelta(hours=1),
    "now": NOW,
    "future": NOW + timedelta(hours=1),
    "none": None,
}
EXPECTED_PUBLIC = {
    (Story.Status.PUBLISHED, "past"): True,
    (Story.Status.PUBLISHED, "now"): True,
}


# A published story without a time cannot exist: the constraint test below covers that cell.
CELLS = [
    (status, when)
    for status in Story.Status
    for when in TIMES
    if not (status == Story.Status.PUBLISHED and when == "none")
]


@pytest.mark.django_db
@pytest.mark.parametrize(("status", "when"), CELLS)
def test_queryset_and_instance_agree_on_every_status_and_time(status, when):
    """published() and is_published() give the same answer in every cell of the matrix."""
    story = StoryFactory(status=status, published_at=TIMES[when])
    expected = EXPECTED_PUBLIC.get((status, when), False)
    in_queryset = Story.objects.published(now=NOW).filter(pk=story.pk).exists()
    in_complement = Story.objects.not_published(now=NOW).filter(pk=story.pk).exists()
    assert in_queryset is expected
    assert in_complement is (not expected)
    assert story.is_published(now=NOW) is expected


@pytest.mark.django_db
def test_published_story_without_time_is_refused_by_the_database():
    """The database itself refuses a published story with no publication time."""
    with pytest.raises(IntegrityError):
        StoryFactory(status=Story.Status.PUBLISHED, published_at=None)


@pytest.mark.django_db
def test_scheduled_story_becomes_public_at_its_time_without_any_job():
    """Scheduling needs no cron: the query alone makes the story public at its time."""
    at = NOW + timedelta(minutes=30)
    story = StoryFactory(published_at=at)
    assert not Story.objects.published(now=NOW).filter(pk=story.pk).exists()
    assert Story.objects.published(now=at).filter(pk=story.pk).exists()
    assert Story.objects.next_scheduled_at(now=NOW) == at
    assert story.status_string == "scheduled"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("traits", "expected"),
    [
        ({}, "live"),
        ({"draft": True}, "draft"),
        ({"in_review": True}, "in review"),
        ({"scheduled": True}, "scheduled"),
        ({"withdrawn": True}, "withdrawn"),
    ],
)
def test_status_string_names_the_state_editors_see(traits, expected):
    """The admin's state column says draft, in review, scheduled, live or withdrawn."""
    assert str(StoryFactory(**traits).status_string) == expected


@pytest.mark.django_db
@pytest.mark.parametrize("question_status", list(Question.Status))
@pytest.mark.parametrize(
    "story_traits", [{}, {"draft": True}, {"scheduled": True}, {"withdrawn": True}]
)
def test_question_is_public_only_when_published_on_a_public_story(question_status, story_traits):
    """A question is public when it is published and its story is public; never otherwise."""
    story = StoryFactory(**story_traits)
    kwargs = {"status": question_status}
    if question_status != Question.Status.PUBLISHED:
        kwargs.update(position=None)
    question = QuestionFactory(story=story, **kwargs)
    expected = question_status == Question.Status.PUBLISHED and story_traits == {}
    assert Question.objects.published().filter(pk=question.pk).exists() is expected
    assert Question.objects.not_published().filter(pk=question.pk).exists() is (not expected)
    assert question.is_published() is expected


@pytest.mark.django_db
def test_published_question_needs_slug_and_answer():
    """A published question without an answer cannot be stored: it would be an empty page."""
    with pytest.raises(IntegrityError):
        QuestionFactory(answer="")


@pytest.mark.django_db
def test_source_positions_are_unique_per_story():
    """Two summaries cannot claim the same place in one story's roundup."""
    from tests.factories import SourceSummaryFactory

    story = StoryFactory()
    SourceSummaryFactory(story=story, position=1)
    SourceSummaryFactory(story=StoryFactory(), position=1)  # another story: fine
    with pytest.raises(IntegrityError):
        SourceSummaryFactory(story=story, position=1)
