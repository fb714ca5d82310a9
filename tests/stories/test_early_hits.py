"""A page-cache hit answered before the rest of the middleware is the response the whole
stack would have given: same body, same headers, same 304s, no query."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core.cache import caches
from django.test import Client

from tests.factories import (
    QuestionFactory,
    SourceSummaryFactory,
    StoryFactory,
    StoryTopicFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


@pytest.fixture
def newsroom(settings):
    settings.NEWSDIGEST_PAGE_CACHE_SECONDS = 600
    settings.NEWSDIGEST_HTTP_S_MAXAGE = 60
    settings.NEWSDIGEST_HTTP_STALE_WHILE_REVALIDATE = 30
    with time_machine.travel(NOW, tick=False):
        story = StoryFactory(headline="Harbour ferry timetable under review")
        story.tags.add("ferries")
        topic = TopicFactory(name="Harbour Board")
        StoryTopicFactory(story=story, topic=topic)
        SourceSummaryFactory(story=story)
        question = QuestionFactory(story=story)
        yield {
            "explainer": story.get_absolute_url(),
            "question": question.get_absolute_url(),
            "topic": topic.get_absolute_url(),
            "home": "/",
            "feed": "/feed/",
            "sitemap": "/sitemap.xml",
            "robots": "/robots.txt",
        }


def as_served(response):
    return (
        response.status_code,
        {k: v for k, v in response.items() if k not in ("Date", "X-Page-Cache")},
        response.content,
    )


@pytest.mark.parametrize(
    "page", ["explainer", "question", "topic", "home", "feed", "sitemap", "robots"]
)
def test_an_early_hit_is_the_response_the_whole_stack_gave(newsroom, page):
    """The page served from the cache before the rest of the middleware is, byte for byte and
    header for header, the page the whole stack rendered."""
    path = newsroom[page]
    caches["default"].clear()
    client = Client()
    with time_machine.travel(NOW, tick=False):
        rendered = client.get(path)
        early = client.get(path)
    assert rendered.get("X-Page-Cache") is None
    assert early["X-Page-Cache"] == "hit"
    # Served before the session middleware: the request never got a session.
    assert not hasattr(early.wsgi_request, "session")
    assert as_served(early) == as_served(rendered)


def test_an_early_hit_costs_no_query_and_answers_304(newsroom, django_assert_num_queries):
    """A reader who has the page gets 304 from the early hit, without the database."""
    client = Client()
    etag = client.get(newsroom["explainer"])["ETag"]
    with django_assert_num_queries(0):
        again = client.get(newsroom["explainer"])
        unchanged = client.get(newsroom["explainer"], headers={"if-none-match": etag})
    assert again["X-Page-Cache"] == "hit"
    assert unchanged.status_code == 304


def test_an_early_hit_shortens_its_cache_life_as_a_scheduled_story_nears(newsroom):
    """Cache-Control of an early hit is computed for its own moment, not the stored one's."""
    with time_machine.travel(NOW, tick=False):
        StoryFactory(published_at=NOW + timedelta(seconds=45))
        client = Client()
        client.get("/")
    with time_machine.travel(NOW + timedelta(seconds=30), tick=False):
        hit = client.get("/")
    assert hit["X-Page-Cache"] == "hit"
    assert "s-maxage=15" in hit["Cache-Control"]


def test_readers_with_a_session_are_never_served_early(newsroom, admin_user):
    """A signed-in editor's request goes through the whole stack and is never a hit."""
    Client().get("/")
    editor = Client()
    editor.force_login(admin_user)
    response = editor.get("/")
    assert response.get("X-Page-Cache") != "hit"
    assert response.wsgi_request.user == admin_user
