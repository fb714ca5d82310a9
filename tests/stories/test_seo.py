"""The <head> for search engines and social sites: description, canonical, OpenGraph,
Twitter cards, feed links and JSON-LD built from public content only."""

import json
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.contrib.flatpages.models import FlatPage
from django.contrib.staticfiles import finders
from django.core.paginator import Paginator
from django.db import connection
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from stories import seo
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

HOST = "news.example.org"
BASE = f"https://{HOST}"


class Head(HTMLParser):
    """The parts of a rendered <head> that crawlers read."""

    def __init__(self, html):
        super().__init__()
        self.meta = {}
        self.links = []
        self.jsonld = []
        self._in_jsonld = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            key = attrs.get("name") or attrs.get("property")
            self.meta.setdefault(key, []).append(attrs.get("content"))
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_jsonld = True

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_jsonld = False

    def handle_data(self, data):
        if self._in_jsonld:
            self.raw_jsonld = data
            self.jsonld.append(json.loads(data))

    def one(self, key):
        values = self.meta.get(key, [])
        assert len(values) == 1, (key, values)
        return values[0]

    def link(self, rel):
        found = [link for link in self.links if link.get("rel") == rel]
        assert len(found) == 1, (rel, found)
        return found[0]["href"]

    def nodes(self, schema_type):
        (document,) = self.jsonld
        assert document["@context"] == "https://schema.org"
        return [node for node in document["@graph"] if node["@type"] == schema_type]

    def node(self, schema_type):
        (found,) = self.nodes(schema_type)
        return found


@pytest.fixture(autouse=True)
def _site(settings):
    settings.ALLOWED_HOSTS = [HOST]
    settings.NEWSDIGEST = {
        **settings.NEWSDIGEST,
        "SITE_NAME": "The Harbour Digest",
        "TAGLINE": "Coastal news, explained",
    }


def render_head(path="/", **context):
    request = RequestFactory().get(path, HTTP_HOST=HOST, secure=True)
    context = {"request": request, "site": settings.NEWSDIGEST, **context}
    return Head(render_to_string("includes/head_meta.html", context, request=request))


@pytest.fixture
def story(db):
    story = StoryFactory(
        headline="Harbour toll doubles for cruise ships",
        standfirst="The port board voted to raise the fee from spring.",
        hero_image="stories/2026/11/quay.jpg",
        hero_alt="Cruise ship at the north quay",
    )
    for name in ("Ines Calloway", "Tomas Reyes-Whitfield"):
        StoryAuthorFactory(story=story, author=AuthorFactory(name=name, role="Ports reporter"))
    StoryTopicFactory(
        story=story,
        topic=TopicFactory(name="Port of Serravel", kind=Topic.Kind.PLACE, wikidata_id="Q4242"),
    )
    StoryTopicFactory(story=story, topic=TopicFactory(name="Tourism tax"))
    story.tags.add("cruise", "tolls")
    return story


def test_story_head_has_description_canonical_and_open_graph_article(story):
    """Meta description is the standfirst; canonical, og:url and og:image are absolute."""
    head = render_head(story.get_absolute_url(), story=story)
    url = f"{BASE}{story.get_absolute_url()}"
    assert head.one("description") == story.standfirst
    assert head.link("canonical") == url
    assert head.one("og:type") == "article"
    assert head.one("og:url") == url
    assert head.one("og:title") == story.headline
    assert head.one("og:image") == f"{BASE}/media/stories/2026/11/quay.jpg"
    assert head.one("og:image:alt") == "Cruise ship at the north quay"
    assert head.one("og:site_name") == "The Harbour Digest"
    assert head.meta["article:tag"] == ["cruise", "tolls"]
    assert head.one("twitter:card") == "summary_large_image"
    assert head.one("twitter:image") == head.one("og:image")
    assert "robots" not in head.meta


def test_story_jsonld_is_a_news_article_with_every_author_dates_publisher_and_topics(story):
    """NewsArticle carries headline, each author as a Person with a page, both dates,
    the publisher with its logo, the image, and topics with their Wikidata sameAs."""
    article = render_head(story=story).node("NewsArticle")
    assert article["headline"] == story.headline
    assert article["author"] == [
        {
            "@type": "Person",
            "name": author.name,
            "url": f"{BASE}{author.get_absolute_url()}",
            "jobTitle": "Ports reporter",
        }
        for author in story.authors.order_by("storyauthor__position")
    ]
    assert article["datePublished"] == seo.iso(story.published_at)
    assert article["dateModified"] >= article["datePublished"]
    publisher = article["publisher"]
    assert publisher["@type"] == "NewsMediaOrganization"
    assert publisher["name"] == "The Harbour Digest"
    assert publisher["logo"]["url"] == f"{BASE}/static/img/publisher-logo.png"
    assert article["image"] == [f"{BASE}/media/stories/2026/11/quay.jpg"]
    place, subject = article["about"]
    assert place["@type"] == "Place"
    assert place["sameAs"] == "https://www.wikidata.org/wiki/Q4242"
    assert subject["@type"] == "Thing"
    assert "sameAs" not in subject
    assert article["mainEntityOfPage"] == f"{BASE}{story.get_absolute_url()}"


def test_story_jsonld_has_a_breadcrumb_trail(story):
    """Home › story, as a BreadcrumbList with absolute items."""
    crumbs = render_head(story=story).node("BreadcrumbList")["itemListElement"]
    assert [(c["position"], c["item"]) for c in crumbs] == [
        (1, f"{BASE}/"),
        (2, f"{BASE}{story.get_absolute_url()}"),
    ]


def test_jsonld_cannot_break_out_of_its_script_element(db):
    """A headline holding </script> is escaped inside the script and still parses back whole."""
    hostile = 'Toll vote </script><script>alert("x")</script> & <!-- more'
    story = StoryFactory(headline=hostile)
    head = render_head(story=story)
    assert "<" not in head.raw_jsonld
    assert ">" not in head.raw_jsonld
    assert "&" not in head.raw_jsonld
    assert head.node("NewsArticle")["headline"] == hostile


def test_publisher_names_masthead_corrections_and_principles_pages(story):
    """The NewsMediaOrganization points at the flatpages for its masthead and policies."""
    publisher = render_head(story=story).node("NewsArticle")["publisher"]
    assert publisher["masthead"] == f"{BASE}/masthead/"
    assert publisher["correctionsPolicy"] == f"{BASE}/corrections-policy/"
    assert publisher["publishingPrinciples"] == f"{BASE}/ethics-policy/"
    assert publisher["ethicsPolicy"] == f"{BASE}/ethics-policy/"
    assert publisher["ownershipFundingInfo"] == f"{BASE}/about/"


@pytest.mark.parametrize(
    "trait", [{"draft": True}, {"in_review": True}, {"scheduled": True}, {"withdrawn": True}]
)
def test_preview_of_a_non_public_story_is_noindex_without_jsonld(db, trait):
    """A staff preview says noindex and gives crawlers no canonical and no structured data."""
    story = StoryFactory(**trait)
    head = render_head(story=story, is_preview=True)
    assert head.one("robots") == "noindex"
    assert head.jsonld == []
    assert not [link for link in head.links if link.get("rel") == "canonical"]
    assert "article:published_time" not in head.meta


def test_question_page_is_a_qapage_that_never_names_the_asker(db):
    """QAPage with the question and our accepted answer; the asker's name and e-mail appear
    nowhere in the head."""
    story = StoryFactory()
    question = QuestionFactory(
        story=story,
        text="Will the toll apply to ferries?",
        lede="Only to ships over a certain size.",
        answer="<p>No: <strong>ferries</strong> are exempt.</p><p>So are tugs.</p>",
        origin=Question.Origin.READER,
        asker_name="Mirela Ostrowska",
        asker_email="mirela@reader.example",
    )
    head = render_head(question=question, story=story, other_questions=[])
    page = head.node("QAPage")
    assert page["mainEntity"]["name"] == "Will the toll apply to ferries?"
    assert page["mainEntity"]["answerCount"] == 1
    assert page["mainEntity"]["acceptedAnswer"]["text"] == "No: ferries are exempt. So are tugs."
    assert head.one("description") == "Only to ships over a certain size."
    assert head.link("canonical") == f"{BASE}{question.get_absolute_url()}"
    crumbs = head.node("BreadcrumbList")["itemListElement"]
    assert [c["item"] for c in crumbs][-2:] == [
        f"{BASE}{story.get_absolute_url()}",
        f"{BASE}{question.get_absolute_url()}",
    ]
    rendered = json.dumps(head.jsonld) + json.dumps(head.meta)
    assert "Mirela" not in rendered
    assert "reader.example" not in rendered


@pytest.mark.parametrize(
    ("kind", "schema_type"),
    [
        (Topic.Kind.PERSON, "Person"),
        (Topic.Kind.PLACE, "Place"),
        (Topic.Kind.ORGANISATION, "Organization"),
        (Topic.Kind.SUBJECT, "Thing"),
    ],
)
def test_topic_page_describes_the_topic_by_its_kind(db, kind, schema_type):
    """A topic is a Person, Place, Organization or Thing, tied to Wikidata by sameAs."""
    topic = TopicFactory(kind=kind, wikidata_id="Q1234", bio="Long-serving harbour master.")
    head = render_head(topic=topic, stories=[], page_obj=None)
    entity = head.node(schema_type)
    assert entity["name"] == topic.name
    assert entity["sameAs"] == "https://www.wikidata.org/wiki/Q1234"
    assert entity["url"] == f"{BASE}{topic.get_absolute_url()}"
    assert head.one("description") == "Long-serving harbour master."
    crumbs = head.node("BreadcrumbList")["itemListElement"]
    assert [c["item"] for c in crumbs] == [
        f"{BASE}/",
        f"{BASE}/topics/",
        f"{BASE}{topic.get_absolute_url()}",
    ]


def test_topic_page_links_its_own_feed_and_the_site_feeds(db):
    """Autodiscovery: the topic's RSS feed first, then the site's RSS and Atom feeds."""
    topic = TopicFactory()
    head = render_head(topic=topic, stories=[], page_obj=None)
    feeds = [(link["type"], link["href"]) for link in head.links if link["rel"] == "alternate"]
    assert feeds == [
        ("application/rss+xml", f"/topics/{topic.slug}/feed/"),
        ("application/rss+xml", "/feed/"),
        ("application/atom+xml", "/feed/atom/"),
    ]


def test_later_list_pages_keep_their_page_number_in_the_canonical(db):
    """Page 2 of a topic's explainers is its own canonical page, not a copy of page 1."""
    topic = TopicFactory()
    page = Paginator(range(30), 12).page(2)
    head = render_head(topic=topic, stories=[], page_obj=page)
    assert head.link("canonical") == f"{BASE}{topic.get_absolute_url()}?page=2"


def test_author_page_is_a_profile_page_of_a_person(db):
    """An author page is a ProfilePage whose main entity is the author, with a bio."""
    author = AuthorFactory(name="Ines Calloway", bio="Covers ports and shipping.")
    head = render_head(author=author, stories=[], page_obj=None)
    person = head.node("ProfilePage")["mainEntity"]
    assert person["@type"] == "Person"
    assert person["name"] == "Ines Calloway"
    assert person["url"] == f"{BASE}{author.get_absolute_url()}"
    assert head.one("og:type") == "profile"
    assert head.one("description") == "Covers ports and shipping."


def test_outlet_page_describes_the_outlet_as_a_news_organisation(db):
    """An outlet page's entity is the outlet, linked to its own homepage."""
    outlet = OutletFactory(name="The Quayside Courier")
    head = render_head(outlet=outlet, stories=[], page_obj=None)
    (entity,) = [n for n in head.nodes("NewsMediaOrganization") if n["name"] == outlet.name]
    assert entity["url"] == outlet.homepage
    assert head.link("canonical") == f"{BASE}{outlet.get_absolute_url()}"


def test_home_page_describes_the_site_and_its_publisher(db):
    """Home carries the WebSite and the NewsMediaOrganization; its description is the tagline."""
    head = render_head(lead=None, latest=[])
    assert head.node("WebSite")["url"] == f"{BASE}/"
    assert head.node("NewsMediaOrganization")["masthead"] == f"{BASE}/masthead/"
    assert head.one("description") == "Coastal news, explained"
    assert head.link("canonical") == f"{BASE}/"
    assert head.one("og:image") == f"{BASE}/static/img/publisher-logo.png"


def test_default_logo_is_a_static_file_that_exists(db):
    """The publisher logo named in settings ships with the project's static files."""
    assert finders.find(settings.NEWSDIGEST["LOGO"]) is not None


def test_logo_missing_from_the_static_manifest_is_left_out(db, settings, tmp_path):
    """With hashed static files and no logo file, the page still renders, just without one."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    settings.NEWSDIGEST = {**settings.NEWSDIGEST, "LOGO": "img/no-such-logo.png"}
    settings.STATIC_ROOT = tmp_path / "static"
    head = render_head(lead=None, latest=[])
    assert "logo" not in head.node("NewsMediaOrganization")
    assert head.one("twitter:card") == "summary"


def test_head_renders_without_a_request_for_the_bare_500_page(db):
    """Django's 500 view renders with no request: the head still renders, claiming nothing."""
    html = render_to_string("includes/head_meta.html", {})
    head = Head(html)
    assert head.one("og:title") == "The Harbour Digest"
    assert head.jsonld == []
    assert not [link for link in head.links if link.get("rel") == "canonical"]


def test_flatpage_head_has_its_own_title_and_canonical(db):
    """The publisher's flatpages (about, masthead, policies) are canonical at their address."""
    page = FlatPage.objects.create(url="/corrections-policy/", title="Corrections policy")
    head = render_head(page.url, flatpage=page)
    assert head.one("og:title") == "Corrections policy"
    assert head.link("canonical") == f"{BASE}/corrections-policy/"


# --- Whole pages -----------------------------------------------------------------------------


@pytest.fixture
def page(client):
    def _page(url):
        response = client.get(url, HTTP_HOST=HOST, secure=True)
        assert response.status_code == 200, url
        return response, Head(response.content.decode())

    return _page


def _story_with(count):
    story = StoryFactory()
    for _ in range(count):
        StoryAuthorFactory(story=story)
        StoryTopicFactory(story=story, topic=TopicFactory(wikidata_id="Q64"))
        story.tags.add(f"tag-{story.pk}-{_}")
    return story


@pytest.mark.parametrize("count", [1, 6])
def test_explainer_page_head_lists_every_author_and_topic_without_extra_queries(
    page, db, django_assert_num_queries, count
):
    """The explainer's JSON-LD names all its authors and topics from the view's prefetches:
    the page makes as many queries with six of each as with one."""
    story = _story_with(count)
    baseline_story = _story_with(1)
    with CaptureQueriesContext(connection) as baseline:
        page(baseline_story.get_absolute_url())
    with django_assert_num_queries(len(baseline.captured_queries)):
        _response, head = page(story.get_absolute_url())
    article = head.node("NewsArticle")
    assert len(article["author"]) == count
    assert [topic["sameAs"] for topic in article["about"]] == [
        "https://www.wikidata.org/wiki/Q64"
    ] * count
    assert head.link("canonical") == f"{BASE}{story.get_absolute_url()}"


@pytest.mark.parametrize("trait", ["draft", "in_review", "scheduled", "withdrawn"])
def test_staff_preview_page_is_noindex_and_carries_no_structured_data(client, editor, trait):
    """An editor previewing a non-public story gets noindex and no JSON-LD or canonical."""
    story = StoryFactory(**{trait: True})
    client.force_login(editor)
    response = client.get(story.get_absolute_url(), HTTP_HOST=HOST, secure=True)
    assert response.status_code == 200
    head = Head(response.content.decode())
    assert head.one("robots") == "noindex"
    assert head.jsonld == []
    assert not [link for link in head.links if link.get("rel") == "canonical"]


def test_question_page_is_a_qapage_and_never_shows_the_asker(page, db):
    """The question page's JSON-LD is a QAPage; the asker's name and e-mail are nowhere."""
    question = QuestionFactory(
        text="Who pays for the new quay?",
        origin=Question.Origin.READER,
        asker_name="Mirela Ostrowska",
        asker_email="mirela@reader.example",
    )
    response, head = page(question.get_absolute_url())
    assert head.node("QAPage")["mainEntity"]["name"] == "Who pays for the new quay?"
    html = response.content.decode()
    assert "Mirela" not in html
    assert "mirela@reader.example" not in html


def test_topic_page_has_its_entity_and_feed_link(page, db):
    """The topic page describes an organisation topic as an Organization and links its feed."""
    topic = TopicFactory(kind=Topic.Kind.ORGANISATION, wikidata_id="Q7")
    StoryTopicFactory(topic=topic)
    _response, head = page(topic.get_absolute_url())
    assert head.node("Organization")["sameAs"] == "https://www.wikidata.org/wiki/Q7"
    feeds = [link["href"] for link in head.links if link.get("rel") == "alternate"]
    assert f"/topics/{topic.slug}/feed/" in feeds


def test_home_page_describes_the_publisher(page, db):
    """Home carries the site's NewsMediaOrganization with its masthead and policies."""
    StoryFactory()
    _response, head = page("/")
    publisher = head.node("NewsMediaOrganization")
    assert publisher["masthead"] == f"{BASE}/masthead/"
    assert publisher["correctionsPolicy"] == f"{BASE}/corrections-policy/"
    assert head.link("canonical") == f"{BASE}/"


def test_author_outlet_and_tag_pages_have_canonical_and_breadcrumbs(page, db):
    """Author, outlet and tag pages each claim their own address and a breadcrumb trail."""
    story = StoryFactory()
    author = StoryAuthorFactory(story=story).author
    outlet = SourceSummaryFactory(story=story).outlet
    story.tags.add("harbours")
    tag = story.tags.get()
    for obj in (author, outlet, tag):
        _response, head = page(obj.get_absolute_url())
        assert head.link("canonical") == f"{BASE}{obj.get_absolute_url()}"
        crumbs = head.node("BreadcrumbList")["itemListElement"]
        assert crumbs[-1]["item"] == f"{BASE}{obj.get_absolute_url()}"


def test_ask_and_search_pages_are_noindex_without_structured_data(page, db):
    """The ask form and search results tell crawlers not to index them and claim nothing."""
    story = StoryFactory()
    for url in (reverse("stories:ask", kwargs={"slug": story.slug}), "/search/?q=harbour"):
        _response, head = page(url)
        assert head.one("robots") == "noindex", url
        assert head.jsonld == [], url
        assert not [link for link in head.links if link.get("rel") == "canonical"], url
