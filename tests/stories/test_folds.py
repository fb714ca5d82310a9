"""The explainer reads its related rows in the story's own query: the same rows, the same order
and the same values as the ORM's own queries, on SQLite and on PostgreSQL."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from stories.folds import folds
from stories.models import Question, Story, StoryUpdate
from tests.factories import (
    AuthorFactory,
    OutletFactory,
    QuestionFactory,
    SourceSummaryFactory,
    StoryAuthorFactory,
    StoryFactory,
    StoryTopicFactory,
    StoryUpdateFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db

# Text that JSON must carry unharmed: quotes, backslashes, control characters, non-Latin
# scripts, an emoji, and something that looks like markup or SQL.
AWKWARD = [
    'She said "no", then \\ left',
    "Line one\nline two\ttabbed",
    "Ελληνικά, 中文, עברית 🚢",
    "<b>bold</b> & 'quoted' ; DROP TABLE stories_story; --",
    "",
]


def folded(story):
    return Story.objects.for_explainer().get(pk=story.pk)


def values(instances, *names):
    return [tuple(getattr(obj, name) for name in names) for obj in instances]


@pytest.fixture
def rich_story():
    story = StoryFactory()
    # Positions out of creation order, so an order by primary key would be visibly wrong.
    for position, name in zip([3, 1, 2], AWKWARD, strict=False):
        StoryAuthorFactory(story=story, author=AuthorFactory(name=name or "X"), position=position)
        StoryTopicFactory(story=story, topic=TopicFactory(bio=name), position=position)
    lean_rated_on = [date(2024, 2, 29), None, date(1999, 12, 31)]
    for position, text, rated in zip([2, 3, 1], AWKWARD, lean_rated_on, strict=False):
        SourceSummaryFactory(
            story=story,
            outlet=OutletFactory(lean_rated_on=rated, ownership=text),
            summary=text,
            position=position,
            published_on=rated,
        )
    for day, text in [(date(2025, 3, 1), AWKWARD[0]), (date(2024, 1, 5), AWKWARD[2])]:
        story.timeline.create(date=day, text=text)
    story.timeline.create(date=date(2024, 1, 5), text="Same day, written later")
    london = ZoneInfo("Europe/London")
    for moment in [
        datetime(2025, 6, 1, 23, 30, 15, 123456, tzinfo=london),  # summer time, microseconds
        datetime(2025, 1, 2, 0, 15, tzinfo=ZoneInfo("Asia/Tokyo")),
        datetime(2025, 6, 1, 23, 30, 15, 123456, tzinfo=london),  # a tie, broken by id
    ]:
        StoryUpdateFactory(story=story, created_at=moment, note=AWKWARD[3])
    for position in [2, None, 1]:
        QuestionFactory(story=story, position=position)
    story.tags.add("Zebra crossings", "apples", "Ports", "état civil")
    return story


def test_every_relation_holds_the_rows_the_orm_reads_in_its_order(rich_story):
    """Same instances, field for field, as the relation's own query with the page's ordering."""
    story = folded(rich_story)
    fresh = Story.objects.get(pk=rich_story.pk)
    expected = {
        "authors": fresh.authors.order_by("storyauthor__position", "storyauthor__id"),
        "sources": fresh.sources.select_related("outlet").order_by("position", "pk"),
        "timeline": fresh.timeline.order_by("date", "pk"),
        "questions": fresh.questions.filter(status=Question.Status.PUBLISHED)
        .order_by("position", "submitted_at", "pk")
        .only("id", "story_id", "text", "slug"),
        "topics": fresh.topics.order_by("storytopic__position", "storytopic__id"),
        "tags": fresh.tags.order_by("name", "pk"),
        "updates": fresh.updates.order_by("-created_at", "-pk"),
    }
    assert {fold.name for fold in folds()} == set(expected)
    for name, queryset in expected.items():
        want = list(queryset)
        got = list(getattr(story, name).all())
        assert [obj.pk for obj in got] == [obj.pk for obj in want], name
        fields = [f.attname for f in want[0]._meta.concrete_fields]
        if name == "questions":
            fields = ["id", "story_id", "text", "slug"]
        assert values(got, *fields) == values(want, *fields), name
    outlets = [source.outlet for source in story.sources.all()]
    fields = [f.attname for f in outlets[0]._meta.concrete_fields]
    want_outlets = [source.outlet for source in expected["sources"]]
    assert values(outlets, *fields) == values(want_outlets, *fields)


def test_times_come_back_as_the_same_aware_moments(rich_story):
    """Update times keep their microseconds and their instant, whatever zone they were saved in."""
    story = folded(rich_story)
    got = [update.created_at for update in story.updates.all()]
    want = list(StoryUpdate.objects.filter(story=rich_story).values_list("created_at", flat=True))
    assert all(timezone.is_aware(moment) for moment in got)
    assert sorted(got, reverse=True) == sorted(want, reverse=True)
    assert got[0].microsecond == 123456


def test_the_page_needs_no_further_query_for_outlets_or_the_story(
    rich_story, django_assert_num_queries
):
    """Sources know their outlet and every folded row knows its story, without a query."""
    with django_assert_num_queries(1):
        story = folded(rich_story)
    with django_assert_num_queries(0):
        for source in story.sources.all():
            assert source.outlet.name
            assert source.story is story
        for relation in ("timeline", "questions", "updates"):
            for row in getattr(story, relation).all():
                assert row.story is story
        assert story.sources.count() == 3
        assert story.tags.exists()


def test_only_published_questions_are_folded_in(rich_story):
    """Pending and rejected questions never reach the page's relation."""
    QuestionFactory(story=rich_story, status=Question.Status.PENDING, slug=None, answer="")
    QuestionFactory(story=rich_story, status=Question.Status.REJECTED, slug=None, answer="")
    story = folded(rich_story)
    statuses = Question.objects.filter(pk__in=[q.pk for q in story.questions.all()])
    assert set(statuses.values_list("status", flat=True)) == {Question.Status.PUBLISHED}
    assert len(story.questions.all()) == 3


def test_a_filter_on_a_folded_relation_still_asks_the_database(rich_story):
    """Narrowing a relation is not answered from the page's rows: it is a real query."""
    QuestionFactory(story=rich_story, status=Question.Status.PENDING, slug=None, answer="")
    story = folded(rich_story)
    pending = story.questions.filter(status=Question.Status.PENDING)
    assert pending.count() == 1
    assert story.timeline.filter(date__year=2024).count() == 2


def test_a_story_with_nothing_related_has_empty_relations(django_assert_num_queries):
    """No bylines, sources, questions or tags: every relation is empty, still in one query."""
    story = StoryFactory()
    with django_assert_num_queries(1):
        story = folded(story)
    with django_assert_num_queries(0):
        for fold in folds():
            assert list(getattr(story, fold.name).all()) == []


def test_each_story_of_a_list_gets_its_own_rows():
    """Several stories read together: no story gets another's rows."""
    first, second = StoryFactory(), StoryFactory(published_at=timezone.now() - timedelta(days=2))
    SourceSummaryFactory(story=first)
    SourceSummaryFactory(story=second)
    SourceSummaryFactory(story=second)
    second.tags.add("only-second")
    stories = {story.pk: story for story in Story.objects.for_explainer()}
    assert len(stories[first.pk].sources.all()) == 1
    assert len(stories[second.pk].sources.all()) == 2
    assert [tag.name for tag in stories[first.pk].tags.all()] == []
    assert [tag.name for tag in stories[second.pk].tags.all()] == ["only-second"]
