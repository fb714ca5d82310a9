"""/sitemap.xml, /news-sitemap.xml and /robots.txt: everything public, nothing else."""

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
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
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


# --- Google News sitemap ---------------------------------------------------------------------


def news_entries(root):
    return {url.findtext(f"{SM}loc"): url.find(f"{NEWS}news") for url in root.iter(f"{SM}url")}


def test_news_sitemap_has_the_news_namespace_and_publication(get, db, settings):
    """Each entry has news:publication name and language, publication_date and title."""
    settings.NEWSDIGEST = {**settings.NEWSDIGEST, "SITE_NAME": "The Harbour Digest"}
    story = StoryFactory(
        headline="Ferry fares & timetables <frozen>",
        published_at=timezone.now() - timedelta(hours=2),
    )
    root = parse(get(reverse("stories:news_sitemap")))
    assert root.tag == f"{SM}urlset"
    news = news_entries(root)[url_of(story)]
    assert news.findtext(f"{NEWS}publication/{NEWS}name") == "The Harbour Digest"
    assert news.findtext(f"{NEWS}publication/{NEWS}language") == "en"
    assert news.findtext(f"{NEWS}title") == "Ferry fares & timetables <frozen>"
    published = parse_datetime(news.findtext(f"{NEWS}publication_date"))
    assert published == story.published_at.replace(microsecond=0)


def test_news_sitemap_holds_only_public_stories_of_the_last_48_hours(get, db):
    """47 hours old is in; 49 hours old, scheduled, draft, in review and withdrawn are out."""
    now = timezone.now()
    fresh = StoryFactory(published_at=now - timedelta(hours=47))
    StoryFactory(published_at=now - timedelta(hours=49))
    StoryFactory(scheduled=True)
    StoryFactory(draft=True)
    StoryFactory(in_review=True)
    StoryFactory(withdrawn=True, published_at=now - timedelta(hours=1))
    root = parse(get(reverse("stories:news_sitemap")))
    assert list(news_entries(root)) == [url_of(fresh)]


def test_news_sitemap_window_moves_with_time(get, db):
    """A story leaves the news sitemap once 48 hours have passed since publication."""
    story = StoryFactory(published_at=timezone.now() - timedelta(hours=1))
    assert list(news_entries(parse(get(reverse("stories:news_sitemap"))))) == [url_of(story)]
    later = story.published_at + timedelta(hours=48, minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        root = parse(get(reverse("stories:news_sitemap")))
    assert news_entries(root) == {}


# --- robots.txt ------------------------------------------------------------------------------


def test_robots_txt_names_both_sitemaps_and_keeps_crawlers_out_of_admin_and_search(get, db):
    """robots.txt is plain text naming both sitemaps by absolute URL."""
    response = get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert f"Sitemap: http://{HOST}/sitemap.xml" in lines
    assert f"Sitemap: http://{HOST}/news-sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /search/" in lines
    assert lines[0] == "User-agent: *"


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


@pytest.mark.parametrize("count", [1, 15])
def test_news_sitemap_is_one_query(get, db, django_assert_num_queries, count):
    """The news sitemap is a single query whatever the number of fresh stories."""
    StoryFactory.create_batch(count, published_at=timezone.now() - timedelta(hours=1))
    with django_assert_num_queries(1):
        root = parse(get(reverse("stories:news_sitemap")))
    assert len(news_entries(root)) == count
