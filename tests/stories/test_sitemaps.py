"""/sitemap.xml and its sections: everything public, once, nothing else, and no file past the
protocol's limits (tests/stories/test_news_sitemap.py has the news sitemap and robots.txt)."""

import re
from datetime import UTC, datetime, timedelta
from unittest import mock
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from django.contrib.flatpages.models import FlatPage
from django.contrib.sites.models import Site
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from stories import sitemaps
from stories.models import Author, Outlet, Question, Story
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
# The protocol's W3C datetime, to the second, with the offset: 2026-12-03T17:19:45+00:00.
W3C_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})")
MAX_URLS = 50_000
MAX_BYTES = 50 * 1024 * 1024
# Two months apart, in the past: a section each.
MARCH = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
MAY = datetime(2025, 5, 20, 12, 0, tzinfo=UTC)


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    return ElementTree.fromstring(response.content)  # noqa: S314 - our own output


def entries(root, tag):
    """{loc: lastmod} of a urlset's <url>s or an index's <sitemap>s, each loc once."""
    found = [(item.findtext(f"{SM}loc"), item.findtext(f"{SM}lastmod")) for item in root]
    assert all(item.tag == f"{SM}{tag}" for item in root)
    locs = [loc for loc, _lastmod in found]
    assert len(locs) == len(set(locs)), "a URL is listed twice"
    return dict(found)


def url_of(obj):
    return f"http://{HOST}{obj.get_absolute_url()}"


def section(name, page=1):
    url = f"http://{HOST}{reverse('stories:sitemap_section', kwargs={'section': name})}"
    return f"{url}?p={page}" if page > 1 else url


@pytest.fixture(autouse=True)
def _host(settings):
    settings.ALLOWED_HOSTS = [HOST]


@pytest.fixture
def get(client):
    def _get(url):
        parts = urlsplit(url)
        path = f"{parts.path}?{parts.query}" if parts.query else parts.path
        return client.get(path, HTTP_HOST=HOST)

    return _get


@pytest.fixture
def index(get):
    """The sitemap index as {section address: lastmod}."""

    def _index():
        root = parse(get(reverse("stories:sitemap")))
        assert root.tag == f"{SM}sitemapindex"
        return entries(root, "sitemap")

    return _index


@pytest.fixture
def crawl(get, index):
    """Every section the index names, as {section address: (its lastmod, {loc: lastmod})}."""

    def _crawl():
        sections = {}
        for loc, lastmod in index().items():
            root = parse(get(loc))
            assert root.tag == f"{SM}urlset"
            sections[loc] = (lastmod, entries(root, "url"))
        return sections

    return _crawl


@pytest.fixture
def listed(crawl):
    """Every URL of every section, as {loc: lastmod}; no URL in two sections."""

    def _listed():
        urls = {}
        for _lastmod, section_urls in crawl().values():
            assert not urls.keys() & section_urls.keys(), "a URL is listed in two sections"
            urls.update(section_urls)
        return urls

    return _listed


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
    """Public stories in March and May 2025; non-public ones in March and in months of their
    own (withdrawn in January 2025, scheduled 40 days ahead)."""
    march = _story_with_everything(published_at=MARCH)
    may = _story_with_everything(published_at=MAY)
    hidden = {
        "draft": _story_with_everything(draft=True),
        "in_review": _story_with_everything(in_review=True),
        "scheduled": _story_with_everything(published_at=timezone.now() + timedelta(days=40)),
        "withdrawn": _story_with_everything(
            withdrawn=True, published_at=datetime(2025, 1, 15, tzinfo=UTC)
        ),
        "withdrawn in march": _story_with_everything(withdrawn=True, published_at=MARCH),
    }
    pending = QuestionFactory(story=march["story"], pending=True)
    rejected = QuestionFactory(story=march["story"], rejected=True)
    return {"march": march, "may": may, "hidden": hidden, "pending": pending, "rejected": rejected}


def public_pages():
    """Every address a reader can open that the sitemap should name, from published()."""
    stories = Story.objects.published()
    flatpages = FlatPage.objects.filter(sites__id=Site.objects.get_current().pk)
    return {
        f"http://{HOST}/",
        f"http://{HOST}/topics/",
        *(f"http://{HOST}{page.url}" for page in flatpages.filter(registration_required=False)),
        *map(url_of, stories),
        *map(url_of, Question.objects.published()),
        *map(url_of, Topic.objects.all()),
        *map(url_of, Author.objects.filter(stories__in=stories).distinct()),
        *map(url_of, Outlet.objects.filter(summaries__story__in=stories).distinct()),
    }


# --- The index and its sections --------------------------------------------------------------


def test_index_lists_exactly_the_sections_with_public_content(index, world):
    """The publisher's pages, topics, authors, outlets, and a stories and a questions section
    for March and May; none for the months of the withdrawn or scheduled stories."""
    assert set(index()) == {
        section("pages"),
        section("topics"),
        section("authors"),
        section("outlets"),
        section("stories-2025-03"),
        section("stories-2025-05"),
        section("questions-2025-03"),
        section("questions-2025-05"),
    }


def test_sections_together_list_every_public_page_once(listed, world):
    """The sections' URLs together are exactly the public pages: none missing, none extra."""
    assert set(listed()) == public_pages()


def test_no_non_public_story_question_author_or_outlet_is_listed(listed, world):
    """Draft, in-review, scheduled and withdrawn stories, their questions, and pending or
    rejected questions are absent; so are authors and outlets known only from them."""
    urls = set(listed())
    for name, hidden in world["hidden"].items():
        for key in ("story", "q", "author", "outlet"):
            assert url_of(hidden[key]) not in urls, (name, key)
    assert url_of(world["rejected"]) not in urls
    assert {url for url in urls if "/questions/" in url} == {
        url_of(world["march"]["q"]),
        url_of(world["may"]["q"]),
    }


def test_every_entry_is_dated_in_w3c_datetime_and_a_section_by_its_newest_url(crawl, world):
    """Each <sitemap> and each <url> (but a flatpage, which records no edit time) has a W3C
    datetime <lastmod>; a section's is the newest of its URLs'."""
    for loc, (lastmod, urls) in crawl().items():
        assert W3C_DATETIME.fullmatch(lastmod), loc
        dated = {url: value for url, value in urls.items() if value is not None}
        assert all(W3C_DATETIME.fullmatch(value) for value in dated.values()), loc
        assert parse_datetime(lastmod) == max(map(parse_datetime, dated.values())), loc


def test_a_story_is_dated_by_its_last_edit_and_its_question_never_before_publication(get, world):
    """A story's lastmod is its last edit; a question answered before its story went live is
    dated by the publication."""
    story, question = world["may"]["story"], world["may"]["q"]
    edited = MAY + timedelta(days=3)
    Story.objects.filter(pk=story.pk).update(updated_at=edited)
    Question.objects.filter(pk=question.pk).update(updated_at=MAY - timedelta(days=2))
    stories = entries(parse(get(section("stories-2025-05"))), "url")
    questions = entries(parse(get(section("questions-2025-05"))), "url")
    assert parse_datetime(stories[url_of(story)]) == edited
    assert parse_datetime(questions[url_of(question)]) == MAY


def test_months_are_the_site_time_zones(get, index, db, settings):
    """Half past midnight on 1 July in London (23:30 UTC on 30 June) is a July explainer, and
    its question goes with it."""
    settings.TIME_ZONE = "Europe/London"
    story = StoryFactory(published_at=datetime(2025, 6, 30, 23, 30, tzinfo=UTC))
    question = QuestionFactory(story=story)
    sections = set(index())
    assert section("stories-2025-07") in sections
    assert section("stories-2025-06") not in sections
    assert url_of(story) in entries(parse(get(section("stories-2025-07"))), "url")
    assert url_of(question) in entries(parse(get(section("questions-2025-07"))), "url")
    assert get(section("stories-2025-06")).status_code == 404


def test_a_months_questions_are_its_own_stories_questions_in_any_order_of_creation(get, db):
    """Stories of March and May created in turn: each month lists the questions of its own
    stories, published ones only, however their ids interleave."""
    stories = [StoryFactory(published_at=when) for when in (MARCH, MAY, MARCH, MAY, MARCH)]
    questions = [QuestionFactory(story=story) for story in stories]
    QuestionFactory(story=stories[2], pending=True)
    for month, picks in (("2025-03", (0, 2, 4)), ("2025-05", (1, 3))):
        urls = set(entries(parse(get(section(f"questions-{month}"))), "url"))
        assert urls == {url_of(questions[i]) for i in picks}


def test_a_month_over_the_page_size_is_split_into_pages(get, index, db, monkeypatch):
    """With three URLs a page, seven explainers of a month are pages 1, 2 and 3 of their
    section, each listing its share; together they are all seven, and page 4 is 404."""
    monkeypatch.setattr(sitemaps, "PAGE_SIZE", 3)
    stories = [StoryFactory(published_at=MARCH + timedelta(hours=n)) for n in range(7)]
    QuestionFactory.create_batch(4, story=stories[0])
    pages = [section("stories-2025-03", page) for page in (1, 2, 3)]
    listed = set(index())
    assert set(pages) <= listed
    assert section("stories-2025-03", 4) not in listed
    assert {section("questions-2025-03"), section("questions-2025-03", 2)} <= listed
    sizes, urls = [], set()
    for page in pages:
        page_urls = entries(parse(get(page)), "url")
        sizes.append(len(page_urls))
        urls |= set(page_urls)
    assert sizes == [3, 3, 1]
    assert urls == set(map(url_of, stories))
    assert get(section("stories-2025-03", 4)).status_code == 404


def test_listing_sections_are_split_into_pages_too(get, index, db, monkeypatch):
    """Topics past the page size fill a second page; nothing is lost between them."""
    monkeypatch.setattr(sitemaps, "PAGE_SIZE", 2)
    topics = TopicFactory.create_batch(3)
    assert {section("topics"), section("topics", 2)} <= set(index())
    urls = set(entries(parse(get(section("topics"))), "url"))
    urls |= set(entries(parse(get(section("topics", 2))), "url"))
    assert urls == set(map(url_of, topics))


@pytest.mark.parametrize(
    "name",
    [
        "nonsense",
        "stories",
        "pages-2025-03",
        "stories-2025-13",
        "stories-2025-00",
        "stories-0000-01",
        "stories-9999-12",
        "stories-2025-3",
        "stories-2025-04",
        "questions-2025-04",
        "stories-2025-01",
    ],
)
def test_unknown_empty_or_non_public_sections_are_404(get, world, name):
    """Names that are no section, April (nothing at all) and January (only a withdrawn
    explainer) answer 404."""
    assert get(section(name)).status_code == 404


@pytest.mark.parametrize("page", ["2", "0", "-1", "x", "1.5", "", "9999999"])
def test_pages_past_the_last_or_not_numbers_are_404(get, world, page):
    """A one-page section has no page 2, and a page must be a positive number."""
    url = reverse("stories:sitemap_section", kwargs={"section": "stories-2025-03"})
    assert get(f"{url}?p={page}").status_code == 404
    assert get(f"{url}?p=1").status_code == 200


def test_no_file_can_pass_the_protocols_limits(index, crawl, world):
    """A page holds at most PAGE_SIZE URLs, far inside 50 000; even at the longest slug and
    host a full page is far inside 50 MB; and the index itself is small."""
    assert sitemaps.PAGE_SIZE <= MAX_URLS // 5
    longest = (
        f"<url><loc>https://{'h' * 253}/questions/{'s' * 200}/</loc>"
        "<lastmod>2026-12-03T17:19:45+00:00</lastmod>"
        "<changefreq>weekly</changefreq><priority>0.6</priority></url>\n"
    )
    assert len(longest.encode()) * sitemaps.PAGE_SIZE < MAX_BYTES // 5
    for _lastmod, urls in crawl().values():
        assert 0 < len(urls) <= sitemaps.PAGE_SIZE
    assert len(index()) < MAX_URLS


def test_sitemaps_stay_out_of_search_results(get, world):
    """The index and its sections are for crawlers to read, not to show in results."""
    assert get(reverse("stories:sitemap"))["X-Robots-Tag"] == "noindex, noarchive"
    assert get(section("stories-2025-03"))["X-Robots-Tag"] == "noindex, noarchive"


def test_scheduled_story_enters_the_sitemap_once_its_time_passes(get, index, db):
    """A scheduled story and its author are absent, and its month has no section, before its
    time; both are listed after it."""
    at = timezone.now() + timedelta(hours=2)
    story = StoryFactory(published_at=at)
    author = StoryAuthorFactory(story=story, author=AuthorFactory()).author
    month = f"stories-{timezone.localtime(at):%Y-%m}"
    assert section(month) not in index()
    assert section("authors") not in index()
    with mock.patch("django.utils.timezone.now", return_value=at + timedelta(minutes=1)):
        assert url_of(story) in entries(parse(get(section(month))), "url")
        assert url_of(author) in entries(parse(get(section("authors"))), "url")


def test_sitemap_uses_the_host_of_the_request(client, settings, db):
    """Addresses in the index and the sections are on the host asked, not the sites
    framework's domain."""
    settings.ALLOWED_HOSTS = ["other.example.net"]
    story = StoryFactory()
    root = parse(client.get(reverse("stories:sitemap"), HTTP_HOST="other.example.net"))
    sections = entries(root, "sitemap")
    assert all(loc.startswith("http://other.example.net/sitemaps/") for loc in sections)
    urls = {}
    for loc in sections:
        path = urlsplit(loc).path
        urls |= entries(parse(client.get(path, HTTP_HOST="other.example.net")), "url")
    assert f"http://other.example.net{story.get_absolute_url()}" in urls
    assert all(url.startswith("http://other.example.net/") for url in urls)


def test_topic_is_dated_by_its_newest_public_story(get, db):
    """A topic's lastmod follows its newest public story, not a scheduled one; a topic
    without stories is listed too."""
    topic = TopicFactory()
    recent = timezone.now() - timedelta(hours=3)
    StoryTopicFactory(topic=topic, story=StoryFactory(published_at=recent))
    StoryTopicFactory(topic=topic, story=StoryFactory(scheduled=True))
    lonely = TopicFactory()
    # The topic itself was last edited long ago: only its stories make it fresh.
    Topic.objects.filter(pk=topic.pk).update(updated_at=recent - timedelta(days=30))
    urls = entries(parse(get(section("topics"))), "url")
    assert parse_datetime(urls[url_of(topic)]) == recent.replace(microsecond=0)
    assert url_of(lonely) in urls


def test_outlet_listed_only_through_a_public_story(get, listed, db):
    """An outlet cited only by a draft stays out; cited by a public story, it is listed."""
    outlet = OutletFactory()
    SourceSummaryFactory(outlet=outlet, story=StoryFactory(draft=True))
    assert url_of(outlet) not in listed()
    assert get(section("outlets")).status_code == 404
    SourceSummaryFactory(outlet=outlet, story=StoryFactory())
    assert url_of(outlet) in listed()


def test_pages_section_lists_home_topic_index_and_the_publishers_public_pages(get, db, settings):
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
    urls = entries(parse(get(section("pages"))), "url")
    assert parse_datetime(urls[f"http://{HOST}/"]) == story.published_at.replace(microsecond=0)
    assert f"http://{HOST}/topics/" in urls
    assert f"http://{HOST}/masthead/" in urls
    assert f"http://{HOST}/newsroom-rota/" not in urls


def test_an_empty_site_has_an_index_of_its_own_pages(index, get, db):
    """Without any public content the index names only the publisher's pages."""
    StoryFactory(draft=True)
    assert set(index()) == {section("pages")}
    assert get(section("stories-2025-03")).status_code == 404
