"""RSS 2.0 at /feed/, Atom at /feed/atom/ and one feed per topic: public explainers only."""

from datetime import timedelta
from unittest import mock
from xml.etree import ElementTree

import pytest
from django.contrib.sites.models import Site
from django.urls import reverse
from django.utils import timezone

from stories.feeds import FEED_LENGTH
from stories.models import Story
from tests.factories import (
    AuthorFactory,
    StoryAuthorFactory,
    StoryFactory,
    StoryTopicFactory,
    TopicFactory,
)

ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/elements/1.1/}"
HOST = "news.example.org"


def parse(response):
    assert response.status_code == 200
    return ElementTree.fromstring(response.content)  # noqa: S314 - our own output


def rss_links(root):
    return [item.findtext("link") for item in root.iter("item")]


def atom_links(root):
    return [entry.find(f"{ATOM}link").get("href") for entry in root.iter(f"{ATOM}entry")]


def url_of(story):
    return f"http://{HOST}{story.get_absolute_url()}"


@pytest.fixture(autouse=True)
def _host(settings):
    settings.ALLOWED_HOSTS = [HOST]


@pytest.fixture
def get(client):
    def _get(url):
        return client.get(url, HTTP_HOST=HOST)

    return _get


@pytest.fixture
def every_status(db):
    """One public story and one of each kind that must never be announced."""
    return {
        "public": StoryFactory(headline="Ferry fares frozen for winter"),
        "draft": StoryFactory(draft=True),
        "review": StoryFactory(in_review=True),
        "scheduled": StoryFactory(scheduled=True),
        "withdrawn": StoryFactory(withdrawn=True),
    }


def test_rss_feed_is_rss_2_listing_only_the_public_story(get, every_status):
    """/feed/ is <rss version="2.0"> and holds the public story and none of the others."""
    root = parse(get(reverse("stories:feed")))
    assert root.tag == "rss"
    assert root.get("version") == "2.0"
    assert root.findtext("channel/language") == "en-gb"
    assert rss_links(root) == [url_of(every_status["public"])]


def test_atom_feed_has_atom_root_and_only_the_public_story(get, every_status):
    """/feed/atom/ is an Atom <feed> and holds the public story and none of the others."""
    root = parse(get(reverse("stories:feed_atom")))
    assert root.tag == f"{ATOM}feed"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en-gb"
    assert atom_links(root) == [url_of(every_status["public"])]
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == f"http://{HOST}/feed/atom/"


def test_topic_feed_lists_only_public_stories_about_that_topic(get, every_status):
    """/topics/<slug>/feed/ keeps to its topic and to public stories."""
    topic = TopicFactory(name="Tidal energy")
    for story in every_status.values():
        StoryTopicFactory(story=story, topic=topic)
    StoryFactory(headline="A story about something else")
    root = parse(get(reverse("stories:topic_feed", kwargs={"slug": topic.slug})))
    assert root.tag == "rss"
    channel = root.find("channel")
    assert channel.findtext("link") == f"http://{HOST}{topic.get_absolute_url()}"
    assert "Tidal energy" in channel.findtext("title")
    assert rss_links(root) == [url_of(every_status["public"])]


def test_topic_feed_for_unknown_topic_is_not_found(get, db):
    """A feed for a topic that does not exist answers 404."""
    response = get(reverse("stories:topic_feed", kwargs={"slug": "no-such-topic"}))
    assert response.status_code == 404


def test_scheduled_story_enters_the_feeds_once_its_time_passes(get, db):
    """No job runs: the same scheduled story is absent before its time and present after it."""
    at = timezone.now() + timedelta(hours=2)
    story = StoryFactory(published_at=at)
    for name in ("stories:feed", "stories:feed_atom"):
        root = parse(get(reverse(name)))
        assert url_of(story) not in rss_links(root) + atom_links(root)
    with mock.patch("django.utils.timezone.now", return_value=at + timedelta(minutes=1)):
        rss = parse(get(reverse("stories:feed")))
        atom = parse(get(reverse("stories:feed_atom")))
    assert rss_links(rss) == [url_of(story)]
    assert atom_links(atom) == [url_of(story)]


def test_feed_holds_the_newest_twenty_newest_first(get, db):
    """Items are the newest FEED_LENGTH public stories, newest first."""
    now = timezone.now()
    stories = [StoryFactory(published_at=now - timedelta(hours=n)) for n in range(1, 25)]
    root = parse(get(reverse("stories:feed")))
    assert FEED_LENGTH == 20
    assert rss_links(root) == [url_of(story) for story in stories[:FEED_LENGTH]]


def test_rss_item_carries_standfirst_bylines_categories_and_dates(get, db):
    """An item's description is the standfirst; every author, topic and tag is named."""
    story = StoryFactory(standfirst="Fares stay where they are until March.")
    for name in ("Ines Calloway", "Tomas Reyes-Whitfield"):
        StoryAuthorFactory(story=story, author=AuthorFactory(name=name))
    StoryTopicFactory(story=story, topic=TopicFactory(name="Ferries"))
    story.tags.add("transport")
    item = parse(get(reverse("stories:feed"))).find("channel/item")
    assert item.findtext("title") == story.headline
    assert item.findtext("description") == "Fares stay where they are until March."
    assert [el.text for el in item.findall(f"{DC}creator")] == [
        "Ines Calloway",
        "Tomas Reyes-Whitfield",
    ]
    assert [el.text for el in item.findall("category")] == ["Ferries", "transport"]
    assert item.findtext("pubDate")
    assert item.findtext("guid") == url_of(story)


def test_atom_entry_carries_every_author_with_a_link_and_updated_time(get, db):
    """Each Atom entry names every author with their page, and has published and updated."""
    story = StoryFactory()
    first = StoryAuthorFactory(story=story, author=AuthorFactory(name="Ines Calloway")).author
    second = StoryAuthorFactory(story=story, author=AuthorFactory(name="Ada Brennan")).author
    entry = parse(get(reverse("stories:feed_atom"))).find(f"{ATOM}entry")
    authors = [
        (el.findtext(f"{ATOM}name"), el.findtext(f"{ATOM}uri"))
        for el in entry.findall(f"{ATOM}author")
    ]
    assert authors == [
        ("Ines Calloway", f"http://{HOST}{first.get_absolute_url()}"),
        ("Ada Brennan", f"http://{HOST}{second.get_absolute_url()}"),
    ]
    assert entry.findtext(f"{ATOM}published")
    assert entry.findtext(f"{ATOM}updated")
    assert entry.findtext(f"{ATOM}summary") == story.standfirst


def _stories_with_relations(count):
    topic = TopicFactory()
    for _ in range(count):
        story = StoryFactory()
        StoryAuthorFactory.create_batch(2, story=story)
        StoryTopicFactory(story=story, topic=topic)
        StoryTopicFactory(story=story)
        story.tags.add("harbour", "budget")
    return topic


# The stories, their authors, topics and tags; the sites framework's domain is cached per
# process after the first request, and each test warms it first.
FEED_QUERIES = 4


@pytest.mark.parametrize("count", [1, 25])
@pytest.mark.parametrize("name", ["stories:feed", "stories:feed_atom"])
def test_feed_query_count_does_not_grow_with_items(get, db, django_assert_num_queries, name, count):
    """The site feeds make the same fixed number of queries for 1 or 25 stories."""
    _stories_with_relations(count)
    Site.objects.get_current()
    with django_assert_num_queries(FEED_QUERIES):
        response = get(reverse(name))
    assert len(parse(response)) > 0


@pytest.mark.parametrize("count", [1, 25])
def test_topic_feed_query_count_does_not_grow_with_items(get, db, django_assert_num_queries, count):
    """The topic feed adds only the topic lookup, whatever the number of stories."""
    topic = _stories_with_relations(count)
    Site.objects.get_current()
    with django_assert_num_queries(FEED_QUERIES + 1):
        response = get(reverse("stories:topic_feed", kwargs={"slug": topic.slug}))
    assert len(rss_links(parse(response))) == min(count, FEED_LENGTH)


def test_feed_is_empty_but_valid_when_nothing_is_public(get, db):
    """With only a draft, the feed is still a valid RSS document with no items."""
    StoryFactory(draft=True)
    assert Story.objects.published().count() == 0
    root = parse(get(reverse("stories:feed")))
    assert root.tag == "rss"
    assert rss_links(root) == []
