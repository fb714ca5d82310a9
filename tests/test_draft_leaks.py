"""Rule 1, checked from the outside: nothing that is not public appears anywhere a reader can go.

One object in every non-public state (draft, in review, scheduled and withdrawn stories, with
their sections, summaries, timeline, updates and questions; pending and rejected questions;
askers' names and e-mails) carries a unique marker in every text field. An anonymous reader
then walks every URL in the URL configuration (slugs filled from published objects), every
query the search may take, every link and sitemap entry found on the way, and no response may
contain a marker. The non-public objects' own addresses answer 404 (a withdrawn story 410).

The walk discovers its URLs from newsdigest.urls, so a page, feed or endpoint added later is
walked without changing this module.
"""

import re
import warnings
from collections import deque
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning
from django.contrib.flatpages.models import FlatPage
from django.contrib.sites.models import Site
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from django.urls.converters import IntConverter

from stories.models import (
    Author,
    Outlet,
    Question,
    Story,
    StorySlugRedirect,
    StoryTag,
    StoryUpdate,
    TimelineEntry,
)
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

pytestmark = pytest.mark.django_db

MARK = "zzqx"
# Every text field of a non-public object also holds this word, so searching for it (or for
# the state's name) would find the object if search leaked; the marker itself is never a query,
# because a search page may echo its query.
WORD = "quokka"
STORY_STATES = {
    "draft": {"draft": True},
    "review": {"in_review": True},
    "scheduled": {"scheduled": True},
    "withdrawn": {"withdrawn": True},
}
STORY_TEXT_FIELDS = [
    "headline",
    "standfirst",
    "hero_alt",
    "hero_caption",
    "hero_credit",
]
STORY_RICH_FIELDS = ["what_happened", "behind_headline", "papers_say", "how_we_got_here"]
SEARCH_WORDS = [WORD, "harbour", *STORY_STATES, "pending", "rejected", "asker"]
MAX_PAGES = 600


def marked(state, field):
    """The text of one field of one non-public object: its marker, and the searchable word."""
    return f"{MARK}{state}{field} {WORD} {state}"


def marker_slug(state, kind):
    return f"{MARK}-{state}-{kind}"


def non_public_story(state, topic, outlet, author):
    """A story in `state`, sharing a topic, an outlet and an author with the published one."""
    fields = {name: marked(state, name) for name in STORY_TEXT_FIELDS}
    fields.update({name: f"<p>{marked(state, name)}</p>" for name in STORY_RICH_FIELDS})
    story = StoryFactory(slug=marker_slug(state, "story"), **fields, **STORY_STATES[state])
    story.tags.add("harbour", marked(state, "tag").split()[0])
    StoryAuthorFactory(story=story, author=author)
    StoryTopicFactory(story=story, topic=topic)
    SourceSummaryFactory(
        story=story,
        outlet=outlet,
        title=marked(state, "sourcetitle"),
        summary=marked(state, "sourcesummary"),
        url=f"https://lantern.example/{MARK}-{state}",
    )
    TimelineEntry.objects.create(story=story, date="2026-01-02", text=marked(state, "timeline"))
    StoryUpdateFactory(story=story, kind=StoryUpdate.Kind.CORRECTION, note=marked(state, "update"))
    # Published in itself, but on a story that is not: it must stay hidden with its story.
    QuestionFactory(
        story=story,
        slug=marker_slug(state, "question"),
        text=marked(state, "questiontext"),
        lede=marked(state, "questionlede"),
        answer=f"<p>{marked(state, 'questionanswer')}</p>",
    )
    # An address the story used to have must not redirect to it while it is not public.
    StorySlugRedirect.objects.create(old_slug=marker_slug(state, "oldslug"), story=story)
    return story


def asker(state):
    return {
        "asker_name": marked(state, "askername"),
        "asker_email": f"{MARK}{state}asker@example.org",
    }


@pytest.fixture
def world(db):
    """Published content to fill every URL, and one object in every non-public state."""
    Site.objects.filter(pk=1).update(domain="testserver", name="testserver")
    topic = TopicFactory(slug="harbour-topic", name="Harbour", description=f"<p>{WORD}</p>")
    outlet = OutletFactory(slug="daily-lantern")
    author = AuthorFactory(slug="ada-reporter", name="Ada Reporter")
    story = StoryFactory(slug="harbour-vote", headline=f"Harbour board backs the {WORD} plan")
    story.tags.add("harbour")
    StoryAuthorFactory(story=story, author=author)
    StoryTopicFactory(story=story, topic=topic)
    SourceSummaryFactory(story=story, outlet=outlet)
    TimelineEntry.objects.create(story=story, date="2026-01-01", text="The plan was floated.")
    StoryUpdateFactory(story=story)
    QuestionFactory(story=story, slug="what-next", text=f"What happens to the {WORD} plan?")
    # A reader's question, answered and published: the page shows it, never who asked.
    QuestionFactory(
        story=story,
        slug="who-pays",
        text="Who pays for the harbour plan?",
        origin=Question.Origin.READER,
        **asker("published"),
    )
    QuestionFactory(
        story=story,
        pending=True,
        text=marked("pending", "questiontext"),
        lede=marked("pending", "questionlede"),
        **asker("pending"),
    )
    QuestionFactory(
        story=story,
        rejected=True,
        slug=marker_slug("rejected", "question"),
        text=marked("rejected", "questiontext"),
        lede=marked("rejected", "questionlede"),
        answer=f"<p>{marked('rejected', 'questionanswer')}</p>",
        rejection_reason=marked("rejected", "reason"),
        **asker("rejected"),
    )
    hidden = {state: non_public_story(state, topic, outlet, author) for state in STORY_STATES}
    for pattern in public_patterns():
        url = pattern.default_args.get("url")
        if url and not FlatPage.objects.filter(url=url).exists():
            page = FlatPage.objects.create(url=url, title="About", content=f"<p>{WORD}</p>")
            page.sites.add(Site.objects.get_current())
    return {"story": story, "hidden": hidden}


def public_patterns(patterns=None, namespace=""):
    """Every URL pattern outside the admin, as (name, pattern) with namespaced names."""
    found = []
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            if str(entry.pattern).startswith("admin/"):
                continue
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            found.extend(public_patterns(entry.url_patterns, inner))
        elif isinstance(entry, URLPattern):
            found.append(entry)
            entry.full_name = f"{namespace}{entry.name}" if entry.name else None
    return found


def pattern_kwargs(pattern):
    """The keyword arguments a pattern takes and their converters (None for a regex group)."""
    converters = getattr(pattern.pattern, "converters", {})
    names = list(converters) or list(pattern.pattern.regex.groupindex)
    return {name: converters.get(name) for name in names}


def public_slugs():
    """Slugs and ids of published objects of every kind: candidates for every URL argument."""

    published = Story.objects.published()
    slugs = set(published.values_list("slug", flat=True))
    slugs |= set(Question.objects.published().values_list("slug", flat=True))
    slugs |= set(Topic.objects.values_list("slug", flat=True))
    slugs |= set(Author.objects.filter(stories__in=published).values_list("slug", flat=True))
    slugs |= set(
        Outlet.objects.filter(summaries__story__in=published).values_list("slug", flat=True)
    )
    slugs |= set(
        StoryTag.objects.filter(tagged_stories__content_object__in=published).values_list(
            "slug", flat=True
        )
    )
    ids = set(published.values_list("pk", flat=True))
    return sorted(slugs), sorted(ids)


def hidden_slugs():
    """Slugs that belong only to non-public objects."""
    return sorted(
        {
            *Story.objects.not_published().values_list("slug", flat=True),
            *Question.objects.not_published().exclude(slug=None).values_list("slug", flat=True),
            *StorySlugRedirect.objects.values_list("old_slug", flat=True),
            # A tag that only non-public stories use would name what is coming.
            *StoryTag.objects.exclude(
                tagged_stories__content_object__in=Story.objects.published()
            ).values_list("slug", flat=True),
        }
    )


def build_urls(pattern, values, ids=()):
    """Every URL the pattern gives with each candidate for its arguments."""
    kwargs = pattern_kwargs(pattern)
    if pattern.full_name is None:
        return []
    if not kwargs:
        try:
            return [reverse(pattern.full_name)]
        except NoReverseMatch:
            return []
    (name, converter), *rest = kwargs.items()
    if rest:
        raise AssertionError(f"{pattern.full_name}: teach the walk about several arguments")
    candidates = ids if isinstance(converter, IntConverter) else values
    urls = []
    for value in candidates:
        try:
            urls.append(reverse(pattern.full_name, kwargs={name: value}))
        except NoReverseMatch:
            continue
    return urls


def seeds():
    """Every public pattern with published slugs, and every argument-less one with queries."""
    slugs, ids = public_slugs()
    urls = []
    for pattern in public_patterns():
        built = build_urls(pattern, slugs, ids)
        urls.extend(built)
        if not pattern_kwargs(pattern):
            for url in built:
                urls.extend(f"{url}?q={word}" for word in SEARCH_WORDS)
                urls.append(f"{url}?page=2")
    return urls


LOCAL_LINK = re.compile(r"^https?://testserver(/[^#\s]*)|^(/[^/#\s][^#\s]*)|^/$")


def local_links(response):
    """Same-site addresses in a page, feed or sitemap: hrefs, srcs and <loc>/<link> texts."""
    content_type = response.get("Content-Type", "")
    if not any(kind in content_type for kind in ("html", "xml", "rss", "atom")):
        return []
    with warnings.catch_warnings():
        # Feeds and sitemaps are XML; the HTML parser reads their links just as well.
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(response.content, "html.parser")
    found = []
    for tag in soup.find_all(True):
        for attr in ("href", "src", "action"):
            if tag.get(attr):
                found.append(tag[attr])
        if tag.name in {"loc", "link", "id", "guid", "comments"} and tag.string:
            found.append(tag.string.strip())
    links = []
    for link in found:
        match = LOCAL_LINK.match(link)
        if match:
            path = match.group(1) or match.group(2) or "/"
            if not path.startswith(("/admin/", "/static/", "/media/")):
                links.append(path)
    return links


def walk(client, start):
    """Breadth-first over start and every local link found, as an anonymous reader."""
    seen, queue, responses = set(), deque(start), {}
    while queue and len(responses) < MAX_PAGES:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        responses[url] = response
        if response.status_code in (301, 302) and response.has_header("Location"):
            queue.append(urlsplit(response["Location"]).path or "/")
        if response.status_code == 200:
            queue.extend(link for link in local_links(response) if link not in seen)
    return responses


def leaks(response):
    """The markers in a response: its body and every header a reader receives."""
    body = b"".join(response) if response.streaming else response.content
    text = body.decode("utf-8", "replace").lower()
    headers = " ".join(f"{k}: {v}" for k, v in response.items()).lower()
    return sorted(set(re.findall(rf"{MARK}[a-z0-9]*", text + " " + headers)))


@pytest.fixture(params=[0, 600], ids=["uncached", "page-cache"])
def page_cache(request, settings):
    """Walk with the whole-page cache off, and on as in production."""
    settings.NEWSDIGEST_PAGE_CACHE_SECONDS = request.param
    return request.param


def test_no_marker_appears_anywhere_a_reader_can_go(client, world, page_cache):
    """Pages, feeds, sitemaps, robots, search and JSON-LD never show a non-public object."""
    responses = walk(client, seeds())
    assert len(responses) < MAX_PAGES, "the walk did not finish: raise MAX_PAGES"
    found = {url: leaks(response) for url, response in responses.items()}
    assert {url: markers for url, markers in found.items() if markers} == {}


def test_the_walk_reaches_every_public_pattern(client, world):
    """Every named public URL pattern answered 200 at least once: no part of the site skipped."""
    responses = walk(client, seeds())
    reached = set()
    for url, response in responses.items():
        if response.status_code == 200:
            match = get_resolver().resolve(urlsplit(url).path)
            reached.add(match.view_name)
    named = {p.full_name for p in public_patterns() if p.full_name}
    assert named - reached == set()


def test_the_walk_sees_the_published_story_its_questions_and_json_ld(client, world):
    """The walk is not empty-handed: published content and its structured data are there."""
    responses = walk(client, seeds())
    story_page = responses[world["story"].get_absolute_url()]
    soup = BeautifulSoup(story_page.content, "html.parser")
    assert soup.find("h1").get_text(strip=True) == world["story"].headline
    assert soup.find("script", type="application/ld+json") is not None
    # Search finds the published story by the word every hidden object carries too.
    found = responses[f"{reverse('stories:search')}?q={WORD}"]
    links = {
        a["href"] for a in BeautifulSoup(found.content, "html.parser").find_all("a", href=True)
    }
    assert world["story"].get_absolute_url() in links


@pytest.mark.parametrize("state", STORY_STATES)
def test_non_public_story_addresses_answer_404_or_410(client, world, state):
    """A draft, in-review or scheduled story is not found; a withdrawn one is gone (410)."""
    story = world["hidden"][state]
    response = client.get(story.get_absolute_url())
    assert response.status_code == (410 if state == "withdrawn" else 404)
    assert leaks(response) == []
    old = client.get(reverse("stories:detail", kwargs={"slug": marker_slug(state, "oldslug")}))
    assert old.status_code == 404
    question = client.get(
        reverse("stories:question", kwargs={"slug": marker_slug(state, "question")})
    )
    assert question.status_code == 404


def test_rejected_question_page_is_not_found(client, world):
    """A rejected question keeps its slug but has no page."""
    response = client.get(
        reverse("stories:question", kwargs={"slug": marker_slug("rejected", "question")})
    )
    assert response.status_code == 404


def test_every_pattern_refuses_every_non_public_slug(client, world):
    """Any URL built from a non-public object's slug answers 404 or 410, never content."""
    answers = {}
    for pattern in public_patterns():
        if not pattern_kwargs(pattern):
            continue
        for url in build_urls(pattern, hidden_slugs()):
            response = client.get(url)
            answers[url] = (response.status_code, leaks(response))
    assert answers
    assert {url: a for url, a in answers.items() if a[0] not in (404, 410) or a[1]} == {}


def test_staff_previews_do_not_reach_readers_through_the_cache(client, world, editor, settings):
    """An editor previews every hidden story and browses the site; readers still see nothing."""
    settings.NEWSDIGEST_PAGE_CACHE_SECONDS = 600
    staff = client.__class__()
    staff.force_login(editor)
    for story in world["hidden"].values():
        preview = staff.get(story.get_absolute_url())
        assert preview.status_code == 200
        assert leaks(preview)
    for url in seeds():
        staff.get(url)
    responses = walk(client, seeds())
    assert {url: leaks(r) for url, r in responses.items() if leaks(r)} == {}
    for story in world["hidden"].values():
        assert client.get(story.get_absolute_url()).status_code in (404, 410)


def test_counts_and_listings_count_only_the_published_story(client, world):
    """The shared topic, author, outlet and tag each list one explainer, not five."""
    index = client.get(reverse("topics:index"))
    counts = {topic.slug: topic.story_count for topic in index.context["object_list"]}
    assert counts["harbour-topic"] == 1
    for url in (
        reverse("topics:detail", kwargs={"slug": "harbour-topic"}),
        reverse("stories:author", kwargs={"slug": "ada-reporter"}),
        reverse("stories:outlet", kwargs={"slug": "daily-lantern"}),
        reverse("stories:tag", kwargs={"slug": "harbour"}),
    ):
        page = client.get(url).context["page_obj"]
        assert page.paginator.count == 1, url
        assert [story.pk for story in page.object_list] == [world["story"].pk], url
