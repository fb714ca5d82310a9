"""/sitemap.xml: everything public, nothing else (tests/stories/test_news_sitemap.py has the
news sitemap and robots.txt)."""

from datetime import timedelta
from unittest import mock
from xml.etree import ElementTree

import pytest
from django.contrib.flatpages.models import FlatPage
from django.contrib.sites.models import Site
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from stories.models import Question
from tests.factories import (
    AuthorFactory,
    OutletFactory,
    QuestionFactory,
    SourceSummaryFactory,
    StoryAuthorFactory,
    StoryFactory,
    StoryTopicFactory,
    TopicFactory,
)
from topics.models import Topic

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
HOST = "news.example.org"


def parse(response):
    assert response.status_code == 200
    return ElementTree.fromstring(response.content)  # noqa: S314 - our own output


def locs(root):
    return [url.findtext(f"{SM}loc") for url in root.iter(f"{SM}url")]


def dates(root):
    return {url.findtext(f"{SM}loc"): url.findtext(f"{SM}lastmod") for url in root.iter(f"{SM}url")}


def url_of(obj):
    return f"http://{HOST}{obj.get_absolute_url()}"


@pytest.fixture(autouse=True)
def _host(settings):
    settings.ALLOWED_HOSTS = [HOST]


@pytest.fixture
def get(client):
    def _get(url):
        return client.get(url, HTTP_HOST=HOST)

    return _get


def _story_with_everything(**kwargs):
    """A story with an author, an outlet, a topic and a published question of its own."""
    story = StoryFactory(**kwargs)
    author = StoryAuthorFactory(story=story).author
    outlet = SourceSummaryFactory(story=story).outlet
    topic = StoryTopicFactory(story=story).topic
    question = QuestionFactory(story=story)
    return {"story": story, "author": author, "outlet": outlet, "topic": topic, "q": question}


@pytest.fixture
def world(db):
    public = _story_with_everything()
    hidden = {
        name: _story_with_everything(**{name: True})
        for name in ("draft", "in_review", "scheduled", "withdrawn")
    }
    pending = QuestionFactory(story=public["story"], pending=True)
    rejected = QuestionFactory(story=public["story"], rejected=True)
    return {"public": public, "hidden": hidden, "pending": pending, "rejected": rejected}


def test_sitemap_is_a_urlset_of_every_public_page_with_lastmod(get, world):
    """/sitemap.xml lists the public story, its question, topics, author and outlet, each dated."""
    root = parse(get(reverse("stories:sitemap")))
    assert root.tag == f"{SM}urlset"
    listed = locs(root)
    public = world["public"]
    for key in ("story", "q", "topic", "author", "outlet"):
        assert url_of(public[key]) in listed, key
    lastmods = dates(root)
    for key in ("story", "q", "topic", "author", "outlet"):
        assert parse_datetime(lastmods[url_of(public[key])]) is not None, key


def test_sitemap_leaves_out_non_public_stories_and_their_questions(get, world):
    """Draft, in-review, scheduled and withdrawn stories, their questions, and pending or
    rejected questions are absent; so are authors and outlets known only from them."""
    listed = set(locs(parse(get(reverse("stories:sitemap")))))
    for name, hidden in world["hidden"].items():
        for key in ("story", "q", "author", "outlet"):
            assert url_of(hidden[key]) not in listed, (name, key)
    assert world["rejected"].slug
    assert url_of(world["rejected"]) not in listed
    assert world["pending"].status == Question.Status.PENDING
    question_urls = {url for url in listed if "/questions/" in url}
    assert question_urls == {url_of(world["public"]["q"])}


def test_sitemap_lists_every_topic_dated_by_its_newest_public_story(get, db):
    """A topic's lastmod follows the newest public story about it, not a scheduled one."""
    topic = TopicFactory()
    recent = timezone.now() - timedelta(hours=3)
    StoryTopicFactory(topic=topic, story=StoryFactory(published_at=recent))
    StoryTopicFactory(topic=topic, story=StoryFactory(scheduled=True))
    lonely = TopicFactory()
    # The topic itself was last edited long ago: only its stories make it fresh.
    Topic.objects.filter(pk=topic.pk).update(updated_at=recent - timedelta(days=30))
    root = parse(get(reverse("stories:sitemap")))
    lastmods = dates(root)
    assert parse_datetime(lastmods[url_of(topic)]) == recent
    assert url_of(lonely) in lastmods


def test_scheduled_story_enters_the_sitemap_once_its_time_passes(get, db):
    """The same scheduled story is absent before its time and listed after it."""
    at = timezone.now() + timedelta(hours=2)
    story = StoryFactory(published_at=at)
    author = StoryAuthorFactory(story=story, author=AuthorFactory()).author
    assert url_of(story) not in locs(parse(get(reverse("stories:sitemap"))))
    with mock.patch("django.utils.timezone.now", return_value=at + timedelta(minutes=1)):
        listed = locs(parse(get(reverse("stories:sitemap"))))
    assert url_of(story) in listed
    assert url_of(author) in listed


def test_sitemap_uses_the_host_of_the_request(client, settings, db):
    """Addresses come from the request's host, not from the sites framework's domain."""
    settings.ALLOWED_HOSTS = ["other.example.net"]
    story = StoryFactory()
    root = parse(client.get(reverse("stories:sitemap"), HTTP_HOST="other.example.net"))
    listed = locs(root)
    assert f"http://other.example.net{story.get_absolute_url()}" in listed
    assert all(url.startswith("http://other.example.net/") for url in listed)


def test_outlet_listed_only_through_a_public_story(get, db):
    """An outlet cited only by a draft stays out; cited by a public story, it is listed."""
    outlet = OutletFactory()
    SourceSummaryFactory(outlet=outlet, story=StoryFactory(draft=True))
    assert url_of(outlet) not in locs(parse(get(reverse("stories:sitemap"))))
    SourceSummaryFactory(outlet=outlet, story=StoryFactory())
    assert url_of(outlet) in locs(parse(get(reverse("stories:sitemap"))))


def test_sitemap_lists_home_topic_index_and_the_publishers_public_pages(get, db, settings):
    """Home (dated by the newest public story), the topic index and public flatpages are
    listed; a flatpage that needs a login is not."""
    story = StoryFactory()
    StoryFactory(scheduled=True)
    site = Site.objects.get(pk=settings.SITE_ID)
    masthead, _created = FlatPage.objects.get_or_create(
        url="/masthead/", defaults={"title": "Masthead"}
    )
    masthead.sites.add(site)
    staff_only = FlatPage.objects.create(
        url="/newsroom-rota/", title="Rota", registration_required=True
    )
    staff_only.sites.add(site)
    root = parse(get(reverse("stories:sitemap")))
    lastmods = dates(root)
    assert parse_datetime(lastmods[f"http://{HOST}/"]) == story.published_at
    assert f"http://{HOST}/topics/" in lastmods
    assert f"http://{HOST}/masthead/" in lastmods
    assert f"http://{HOST}/newsroom-rota/" not in lastmods


# The newest story and the flatpages for the site's own pages, then a count and a page of
# items for each of the five content sections. The sites framework's domain, which the view
# looks up and we do not use, is cached per process: each test warms it.
SITEMAP_QUERIES = 12


@pytest.mark.parametrize("count", [1, 15])
def test_sitemap_query_count_does_not_grow_with_content(get, db, django_assert_num_queries, count):
    """/sitemap.xml makes the same number of queries for 1 or 15 stories with their pages."""
    for _ in range(count):
        _story_with_everything()
    Site.objects.get_current()
    with django_assert_num_queries(SITEMAP_QUERIES):
        root = parse(get(reverse("stories:sitemap")))
    assert len(locs(root)) == 5 * count + 2 + FlatPage.objects.count()
