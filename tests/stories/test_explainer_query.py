"""The explainer reads its related rows in the story's own query: the same rows, the same order
and the same values, of the same types, as the ORM's own queries, on SQLite and PostgreSQL."""

import uuid
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.db import connection, models
from django.db.models import Subquery, Value
from django.test.utils import isolate_apps
from django.utils import timezone

from newsdigest.core.richtext import RichTextField
from stories.explainer_query import RELATIONS, Relation, explainer_queryset
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
from topics.models import Topic

# Text that JSON must carry unharmed: quotes, backslashes, control characters, non-Latin
# scripts, an emoji, and something that looks like markup or SQL.
AWKWARD = [
    'She said "no", then \\ left',
    "Line one\nline two\ttabbed",
    "Ελληνικά, 中文, עברית 🚢",
    "<b>bold</b> & 'quoted' ; DROP TABLE stories_story; --",
    "",
]


def for_page(story):
    return explainer_queryset().get(pk=story.pk)


def assert_same_rows(got, want):
    """Same rows in the same order; each field the same value of the same type, and the
    same fields left unread."""
    assert [row.pk for row in got] == [row.pk for row in want]
    for mine, theirs in zip(got, want, strict=True):
        assert mine.get_deferred_fields() == theirs.get_deferred_fields()
        assert mine._state.adding is theirs._state.adding is False
        for f in mine._meta.concrete_fields:
            if f.attname in mine.get_deferred_fields():
                continue
            value, expected = getattr(mine, f.attname), getattr(theirs, f.attname)
            assert type(value) is type(expected), (f.attname, value, expected)
            # repr() tells 1.1 from 1.10 and one time zone from another, where == does not.
            assert repr(value) == repr(expected), f.attname


@pytest.fixture
def rich_story(db):
    story = StoryFactory()
    # Positions out of creation order, so an order by primary key would be visibly wrong.
    for position, name in zip([3, 1, 2], AWKWARD, strict=False):
        photo = f"authors/{position}.jpg" if position != 1 else ""
        author = AuthorFactory(name=name or "X", photo=photo, bio=name)
        StoryAuthorFactory(story=story, author=author, position=position)
        topic = TopicFactory(
            bio=name, image=photo, kind=Topic.Kind.PLACE, wikidata_id=f"Q{position}"
        )
        StoryTopicFactory(story=story, topic=topic, position=position)
    # Markup the rich-text field would clean, stored past it (as an old row or raw SQL would
    # be): reading returns what is stored, as the ORM does, and cleans nothing.
    raw = Value('<p onclick="x">Hi<script>1</script>', output_field=models.TextField())
    Topic.objects.filter(stories=story).update(description=raw)
    lean_rated_on = [date(2024, 2, 29), None, date(1999, 12, 31)]
    leans = ["left", "unrated", "lean_right"]
    for position, text, rated, lean in zip([2, 3, 1], AWKWARD, lean_rated_on, leans, strict=False):
        SourceSummaryFactory(
            story=story,
            outlet=OutletFactory(lean_rated_on=rated, ownership=text, lean=lean, country="GB"),
            summary=text,
            position=position,
            published_on=rated,
        )
    for day, text in [(date(2025, 3, 1), AWKWARD[0]), (date(2024, 1, 5), AWKWARD[2])]:
        story.timeline.create(date=day, text=text)
    story.timeline.create(date=date(2024, 1, 5), text="Same day, written later")
    london = ZoneInfo("Europe/London")
    for moment, kind in [
        (datetime(2025, 6, 1, 23, 30, 15, 123456, tzinfo=london), "update"),  # summer, µs
        (datetime(2025, 1, 2, 0, 15, tzinfo=ZoneInfo("Asia/Tokyo")), "correction"),
        (datetime(2025, 6, 1, 23, 30, 15, 123456, tzinfo=london), "update"),  # a tie
    ]:
        StoryUpdateFactory(story=story, created_at=moment, note=AWKWARD[3], kind=kind)
    for position in [2, None, 1]:
        QuestionFactory(story=story, position=position)
    story.tags.add("Zebra crossings", "apples", "Ports", "état civil")
    return story


def orm_queries(story):
    """Each relation as the ORM reads it on its own, in the page's order."""
    return {
        "authors": story.authors.order_by("storyauthor__position", "storyauthor__id"),
        "sources": story.sources.select_related("outlet").order_by("position", "pk"),
        "timeline": story.timeline.order_by("date", "pk"),
        "questions": story.questions.filter(status=Question.Status.PUBLISHED)
        .order_by("position", "submitted_at", "pk")
        .only("id", "story_id", "text", "slug"),
        "topics": story.topics.order_by("storytopic__position", "storytopic__id"),
        "tags": story.tags.order_by("name", "pk"),
        "updates": story.updates.order_by("-created_at", "-pk"),
    }


def test_every_relation_holds_the_rows_and_values_the_orm_reads(rich_story):
    """Same instances, field for field and type for type, as each relation's own query."""
    story = for_page(rich_story)
    expected = orm_queries(Story.objects.get(pk=rich_story.pk))
    assert [relation.name for relation in RELATIONS] == list(expected)
    for name, queryset in expected.items():
        assert_same_rows(list(getattr(story, name).all()), list(queryset))
    assert_same_rows(
        [source.outlet for source in story.sources.all()],
        [source.outlet for source in expected["sources"]],
    )


# The field types the explainer's relations read, and the test that shows each one coming
# back as the ORM reads it.
COVERED_BY_RICH_STORY = {
    models.BigAutoField,
    models.CharField,
    models.DateField,
    models.DateTimeField,
    models.ForeignKey,
    models.ImageField,
    models.PositiveSmallIntegerField,
    models.SlugField,
    models.TextField,
    models.URLField,
    RichTextField,
}


def test_the_tests_cover_every_field_type_the_relations_read():
    """A field of a new type in one of these models needs a test that reads it here."""
    read = {
        type(f)
        for relation in RELATIONS
        for _prefix, _model, fields in relation.parts
        for f in fields
    }
    assert read <= COVERED_BY_RICH_STORY


def test_times_come_back_as_the_same_aware_moments(rich_story):
    """Update times keep their microseconds and their instant, whatever zone they were saved in."""
    story = for_page(rich_story)
    got = [update.created_at for update in story.updates.all()]
    want = list(StoryUpdate.objects.filter(story=rich_story).values_list("created_at", flat=True))
    assert all(timezone.is_aware(moment) for moment in got)
    assert sorted(got, reverse=True) == sorted(want, reverse=True)
    assert got[0].microsecond == 123456


def test_the_page_needs_no_further_query_for_outlets_or_the_story(
    rich_story, django_assert_num_queries
):
    """Sources know their outlet and every row with a story key knows its story, no query."""
    with django_assert_num_queries(1):
        story = for_page(rich_story)
    with django_assert_num_queries(0):
        for source in story.sources.all():
            assert source.outlet.name
            assert source.story is story
        for relation in ("timeline", "questions", "updates"):
            for row in getattr(story, relation).all():
                assert row.story is story
        assert story.sources.count() == 3
        assert story.tags.exists()


def test_only_published_questions_are_read(rich_story):
    """Pending and rejected questions never reach the page's relation."""
    QuestionFactory(story=rich_story, status=Question.Status.PENDING, slug=None, answer="")
    QuestionFactory(story=rich_story, status=Question.Status.REJECTED, slug=None, answer="")
    story = for_page(rich_story)
    statuses = Question.objects.filter(pk__in=[q.pk for q in story.questions.all()])
    assert set(statuses.values_list("status", flat=True)) == {Question.Status.PUBLISHED}
    assert len(story.questions.all()) == 3


def test_a_filter_on_a_relation_still_asks_the_database(rich_story):
    """Narrowing a relation is not answered from the page's rows: it is a real query."""
    QuestionFactory(story=rich_story, status=Question.Status.PENDING, slug=None, answer="")
    story = for_page(rich_story)
    pending = story.questions.filter(status=Question.Status.PENDING)
    assert pending.count() == 1
    assert story.timeline.filter(date__year=2024).count() == 2


def test_a_story_with_nothing_related_has_empty_relations(db, django_assert_num_queries):
    """No bylines, sources, questions or tags: every relation is empty, still in one query."""
    story = StoryFactory()
    with django_assert_num_queries(1):
        story = for_page(story)
    with django_assert_num_queries(0):
        for relation in RELATIONS:
            assert list(getattr(story, relation.name).all()) == []


def test_each_story_of_a_list_gets_its_own_rows(db):
    """Several stories read together: no story gets another's rows."""
    first, second = StoryFactory(), StoryFactory(published_at=timezone.now() - timedelta(days=2))
    SourceSummaryFactory(story=first)
    SourceSummaryFactory(story=second)
    SourceSummaryFactory(story=second)
    second.tags.add("only-second")
    stories = {story.pk: story for story in explainer_queryset()}
    assert len(stories[first.pk].sources.all()) == 1
    assert len(stories[second.pk].sources.all()) == 2
    assert [tag.name for tag in stories[first.pk].tags.all()] == []
    assert [tag.name for tag in stories[second.pk].tags.all()] == ["only-second"]


def test_the_query_works_inside_other_queries(rich_story):
    """Narrowed through joins, or read as a subquery of another story query, where the story
    table has another alias: the relations' reused SQL is compiled for each shape."""
    outlet = rich_story.sources.first().outlet
    joined = explainer_queryset(Story.objects.filter(sources__outlet=outlet)).get()
    assert_same_rows(list(joined.sources.all()), list(orm_queries(rich_story)["sources"]))
    other = StoryFactory()
    StoryAuthorFactory(story=other)
    inner = explainer_queryset(Story.objects.filter(pk=other.pk)).values("authors_json")
    outer = Story.objects.annotate(other_authors=Subquery(inner)).get(pk=rich_story.pk)
    assert [row[0] for row in outer.other_authors] == [a.pk for a in other.authors.all()]
    assert list(for_page(other).authors.all()) == list(other.authors.all())


def sample_model():
    """A model with every other field type a relation could read, in a table of its own."""
    with isolate_apps("stories"):

        class Sample(models.Model):
            story_pk = models.IntegerField()
            amount = models.DecimalField(max_digits=9, decimal_places=2, null=True)
            token = models.UUIDField(null=True)
            data = models.JSONField(null=True)
            flag = models.BooleanField(default=False)
            maybe = models.BooleanField(null=True)
            at = models.DateTimeField(null=True)
            day = models.DateField(null=True)
            clock = models.TimeField(null=True)
            span = models.DurationField(null=True)
            attachment = models.FileField(upload_to="files/", blank=True, null=True)
            kind = models.CharField(max_length=10, choices=[("a", "A"), ("b", "B")])
            big = models.BigIntegerField(null=True)
            small = models.SmallIntegerField(null=True)
            address = models.GenericIPAddressField(null=True)
            email = models.EmailField(blank=True)

            class Meta:
                app_label = "stories"

            def __str__(self):
                return f"sample {self.pk}"

    return Sample


@pytest.mark.django_db(transaction=True)
def test_values_of_other_field_types_come_back_as_the_orm_reads_them():
    """Decimals, UUIDs, JSON, booleans, times, durations, files, choices, big integers,
    addresses and nulls: each value is what the ORM reads, of the same type."""
    Sample = sample_model()
    with connection.schema_editor() as editor:
        editor.create_model(Sample)
    try:
        story = StoryFactory()
        tokyo = ZoneInfo("Asia/Tokyo")
        Sample.objects.create(
            story_pk=story.pk,
            amount=Decimal("1.10"),
            token=uuid.uuid4(),
            data={"list": [1, 2.5, "ü", None], "nested": {"when": "2024-01-01"}, "big": 2**60},
            flag=True,
            at=datetime(2025, 3, 30, 1, 30, 15, 654321, tzinfo=tokyo),
            day=date(2024, 2, 29),
            clock=time(23, 59, 58, 999999),
            span=timedelta(days=1, hours=2, microseconds=5),
            attachment="files/report.pdf",
            kind="b",
            big=2**62 + 1,
            small=-32768,
            address="2001:db8::1",
            email="a@example.org",
        )
        Sample.objects.create(story_pk=story.pk, kind="a", attachment="")  # nulls and blanks
        Sample.objects.create(
            story_pk=story.pk,
            amount=Decimal("-9999999.99"),
            data="just a string",
            maybe=False,
            at=datetime(2025, 1, 1, tzinfo=ZoneInfo("UTC")),
            span=timedelta(days=-1, seconds=3600),
            address="192.0.2.1",
            kind="a",
        )
        whole = Sample.objects.create(
            story_pk=story.pk, amount=Decimal("5"), data=[], maybe=True, kind="b"
        )
        Sample.objects.create(story_pk=StoryFactory().pk, kind="a")  # another story's row
        relation = Relation(
            name="samples", model=Sample, to_story="story_pk", order_by=("-at", "id")
        )
        array = relation.json_array(connection.vendor)
        rows = Story.objects.annotate(rows=array).get(pk=story.pk).rows
        got = relation.instances(story, rows, connection)
        assert_same_rows(got, list(Sample.objects.filter(story_pk=story.pk).order_by("-at", "id")))
        assert str(next(row.amount for row in got if row.pk == whole.pk)) == "5.00"
    finally:
        with connection.schema_editor() as editor:
            editor.delete_model(Sample)
