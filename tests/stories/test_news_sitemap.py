"""/news-sitemap.xml and /robots.txt: the last 48 hours of public explainers, in Google News
format, and the rules that name both sitemaps."""

from datetime import timedelta
from unittest import mock
from xml.etree import ElementTree

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from tests.factories import StoryFactory

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
HOST = "news.example.org"


def parse(response):
    assert response.status_code == 200
    return ElementTree.fromstring(response.content)  # noqa: S314 - our own output


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


@pytest.mark.parametrize("count", [1, 15])
def test_news_sitemap_is_one_query(get, db, django_assert_num_queries, count):
    """The news sitemap is a single query whatever the number of fresh stories."""
    StoryFactory.create_batch(count, published_at=timezone.now() - timedelta(hours=1))
    with django_assert_num_queries(1):
        root = parse(get(reverse("stories:news_sitemap")))
    assert len(news_entries(root)) == count
