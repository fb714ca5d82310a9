"""Each public page makes a fixed number of queries, however much content it shows.

The numbers are locked: a change that adds a query per source, question, topic or card (an
N+1) fails here, and so does any new query a page did not need before.
"""

from datetime import UTC, datetime, timedelta

import pytest
from django.test import Client
from django.urls import reverse

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

# The story, with its bylines, sources and outlets, timeline, questions, topics, tags and
# updates read in the same query (stories/explainer_query.py).
EXPLAINER_QUERIES = 1
# question+story, the other questions.
QUESTION_QUERIES = 2
# featured lead, its authors, latest, their authors, topics in the news.
HOME_QUERIES = 5
# topic, related topics, count, page of stories, their authors, questions.
TOPIC_QUERIES = 6
# topics with their public counts.
TOPIC_INDEX_QUERIES = 1
# the object, count, page of stories, their authors.
LISTING_QUERIES = 4
# One grouped query per kind: the publisher's pages, topics, authors, outlets, stories and
# questions by month.
SITEMAP_INDEX_QUERIES = 6
# A page of one section's rows.
SITEMAP_SECTION_QUERIES = 1
# The span of the month's stories, then a page of their questions.
SITEMAP_QUESTIONS_QUERIES = 2
# The newest story and topic dates, then the flatpages.
SITEMAP_PAGES_QUERIES = 2


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    """Count the queries of rendering the page, not of a cache hit."""
    settings.NEWSDIGEST_PAGE_CACHE_SECONDS = 0


def get(client, url, django_assert_num_queries, expected):
    with django_assert_num_queries(expected):
        response = client.get(url)
    assert response.status_code == 200
    return response


def explainer(count):
    story = StoryFactory(papers_say="<p>Synthesis.</p>")
    author = AuthorFactory()
    for _ in range(count):
        SourceSummaryFactory(story=story, outlet=OutletFactory())
        QuestionFactory(story=story)
        StoryTopicFactory(story=story, topic=TopicFactory())
        StoryAuthorFactory(story=story, author=AuthorFactory())
        StoryUpdateFactory(story=story)
        story.timeline.create(date="2025-01-01", text="A step.")
        story.tags.add(f"tag-{story.pk}-{_}")
    StoryAuthorFactory(story=story, author=author)
    return story


@pytest.mark.parametrize("count", [1, 30])
def test_explainer_query_count_is_fixed(client, db, django_assert_num_queries, count):
    """Same count with 1 or 30 sources, questions, topics, authors, tags and log entries."""
    story = explainer(count)
    get(client, story.get_absolute_url(), django_assert_num_queries, EXPLAINER_QUERIES)


@pytest.mark.parametrize("count", [1, 30])
def test_explainer_preview_query_count_is_fixed(
    client, editor, db, django_assert_num_queries, count
):
    """A staff preview costs the session and the user's permissions, but no per-item query."""
    story = explainer(count)
    story.status = story.Status.DRAFT
    story.save()
    client.force_login(editor)
    # session, user, the user's own and their groups' permissions, then the page itself.
    get(client, story.get_absolute_url(), django_assert_num_queries, EXPLAINER_QUERIES + 4)


@pytest.mark.parametrize("count", [1, 30])
def test_question_page_query_count_is_fixed(client, db, django_assert_num_queries, count):
    """Same count however many other questions the explainer has."""
    story = StoryFactory()
    questions = [QuestionFactory(story=story) for _ in range(count)]
    get(client, questions[0].get_absolute_url(), django_assert_num_queries, QUESTION_QUERIES)


# A lone story is the lead with an empty "latest" list, which needs no byline query.
@pytest.mark.parametrize("count", [2, 30])
def test_home_query_count_is_fixed(client, db, django_assert_num_queries, count):
    """Same count with 2 or 30 stories, each with bylines and topics."""
    for index in range(count):
        story = StoryFactory(featured=index == 0)
        StoryAuthorFactory(story=story)
        StoryTopicFactory(story=story)
    get(client, "/", django_assert_num_queries, HOME_QUERIES)


@pytest.mark.parametrize("count", [1, 30])
def test_topic_page_query_count_is_fixed(client, db, django_assert_num_queries, count):
    """Same count with 1 or 30 explainers, questions and related topics."""
    topic = TopicFactory()
    for _ in range(count):
        story = StoryFactory()
        StoryTopicFactory(story=story, topic=topic)
        StoryAuthorFactory(story=story)
        QuestionFactory(story=story)
        topic.related.add(TopicFactory())
    get(client, topic.get_absolute_url(), django_assert_num_queries, TOPIC_QUERIES)


@pytest.mark.parametrize("count", [1, 30])
def test_topic_index_query_count_is_fixed(client, db, django_assert_num_queries, count):
    """One query for every topic and its count of public explainers."""
    for _ in range(count):
        StoryTopicFactory(story=StoryFactory(), topic=TopicFactory())
    get(client, "/topics/", django_assert_num_queries, TOPIC_INDEX_QUERIES)


@pytest.mark.parametrize("count", [1, 30])
def test_author_outlet_and_tag_pages_query_counts_are_fixed(db, django_assert_num_queries, count):
    """Listing pages cost the same with 1 or 30 cards."""
    author, outlet = AuthorFactory(), OutletFactory()
    for _ in range(count):
        story = StoryFactory()
        StoryAuthorFactory(story=story, author=author)
        StoryAuthorFactory(story=story)
        SourceSummaryFactory(story=story, outlet=outlet)
        story.tags.add("ports")
    for url in (author.get_absolute_url(), outlet.get_absolute_url(), "/tags/ports/"):
        get(Client(), url, django_assert_num_queries, LISTING_QUERIES)


def sitemap_archive(count):
    """``count`` explainers in each of three months, each with a byline, an outlet, a topic
    and a question: more stories, more months, the same queries."""
    for month in (1, 2, 3):
        for day in range(count):
            story = StoryFactory(
                published_at=datetime(2025, month, 1, 12, tzinfo=UTC) + timedelta(days=day % 28)
            )
            StoryAuthorFactory(story=story)
            SourceSummaryFactory(story=story)
            StoryTopicFactory(story=story)
            QuestionFactory(story=story)


@pytest.mark.parametrize("count", [1, 20])
def test_sitemap_index_query_count_is_fixed(client, db, django_assert_num_queries, count):
    """The index costs the same for 3 or 60 explainers with their pages."""
    sitemap_archive(count)
    get(client, reverse("stories:sitemap"), django_assert_num_queries, SITEMAP_INDEX_QUERIES)


@pytest.mark.parametrize("count", [1, 20])
@pytest.mark.parametrize(
    ("section", "queries"),
    [
        ("pages", SITEMAP_PAGES_QUERIES),
        ("topics", SITEMAP_SECTION_QUERIES),
        ("authors", SITEMAP_SECTION_QUERIES),
        ("outlets", SITEMAP_SECTION_QUERIES),
        ("stories-2025-02", SITEMAP_SECTION_QUERIES),
        ("questions-2025-02", SITEMAP_QUESTIONS_QUERIES),
    ],
)
def test_sitemap_section_query_count_is_fixed(
    client, db, django_assert_num_queries, count, section, queries
):
    """A section costs the same whether it lists 1 or 20 pages of its kind."""
    sitemap_archive(count)
    url = reverse("stories:sitemap_section", kwargs={"section": section})
    get(client, url, django_assert_num_queries, queries)
