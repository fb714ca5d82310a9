"""The page cache is never stale, HTTP caching headers, and a cache outage costs nothing."""

import re
import socket
import time
from datetime import timedelta
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.core.cache import caches
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from newsdigest.core.cache_backend import ResilientRedisCache
from newsdigest.core.pagecache import (
    GENERATION_KEY,
    bump_generation,
    current_generation,
)
from stories import services
from stories.models import Question, Story, StoryUpdate
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

pytestmark = pytest.mark.django_db

TEST_REDIS = "redis://127.0.0.1:6379/9"


def redis_cache(location=TEST_REDIS, **options):
    return {
        "BACKEND": "newsdigest.core.cache_backend.ResilientRedisCache",
        "LOCATION": location,
        "OPTIONS": {"socket_timeout": 0.2, "socket_connect_timeout": 0.2, **options},
    }


@pytest.fixture
def page_cache(settings):
    """The page cache and the CDN headers as in production, on the local-memory cache."""
    settings.NEWSDIGEST_PAGE_CACHE_SECONDS = 600
    settings.NEWSDIGEST_HTTP_MAX_AGE = 0
    settings.NEWSDIGEST_HTTP_S_MAXAGE = 60
    settings.NEWSDIGEST_HTTP_STALE_WHILE_REVALIDATE = 30


class Processes:
    """Two web processes: each its own connection to one shared Redis."""

    def __init__(self, settings, client):
        self.settings = settings
        self.client = client

    def get(self, process, path, **extra):
        self.settings.NEWSDIGEST_PAGE_CACHE_ALIAS = process
        return self.client.get(path, **extra)


@pytest.fixture
def processes(settings, page_cache, client):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "web1": redis_cache(),
        "web2": redis_cache(),
    }
    caches["web1"].clear()
    yield Processes(settings, client)
    caches["web1"].clear()


def hit(response):
    return response.get("X-Page-Cache") == "hit"


def story_titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {a.get_text(strip=True) for a in soup.select("main a[href^='/stories/']")}


def warm(processes, path):
    """Both processes have the page cached."""
    for process in ("web1", "web2"):
        processes.get(process, path)
        assert hit(processes.get(process, path)), path


# --- what is cached ------------------------------------------------------------------------


def test_anonymous_page_is_served_from_cache_without_queries(
    client, page_cache, django_assert_num_queries
):
    """The second anonymous request for a page is a cache hit that touches no database."""
    StoryFactory(headline="Bridge tolls")
    first = client.get("/")
    assert not hit(first)
    with django_assert_num_queries(0):
        second = client.get("/")
    assert hit(second)
    assert second.content == first.content


def test_logged_in_requests_bypass_the_cache(client, page_cache, editor):
    """Staff never get a cached page, and their pages are never stored for readers."""
    StoryFactory()
    client.force_login(editor)
    client.get("/")
    assert not hit(client.get("/"))
    client.logout()
    assert not hit(Client().get("/"))


def test_staff_preview_is_never_cached(client, page_cache, editor):
    """A preview is private and no-store; readers still get a 404 afterwards."""
    story = StoryFactory(draft=True, slug="draft-preview")
    client.force_login(editor)
    preview = client.get(story.get_absolute_url())
    assert preview.status_code == 200
    assert "no-store" in preview["Cache-Control"]
    assert Client().get(story.get_absolute_url()).status_code == 404


def test_errors_are_not_cached(client, page_cache):
    """A 404 is rendered each time: the page may exist a moment later."""
    client.get("/stories/not-yet/")
    assert not hit(client.get("/stories/not-yet/"))
    StoryFactory(slug="not-yet")
    assert client.get("/stories/not-yet/").status_code == 200


def test_cached_explainer_sets_no_cookie_and_its_ask_form_still_posts(page_cache):
    """A cached explainer carries no CSRF token or cookie; its ask form posts all the same."""
    story = StoryFactory(slug="tolls")
    Client().get(story.get_absolute_url())
    reader = Client(enforce_csrf_checks=True)
    response = reader.get(story.get_absolute_url())
    assert hit(response)
    assert dict(response.cookies) == {}
    form = BeautifulSoup(response.content, "html.parser").find("form", id="ask-form")
    assert form.find("input", {"name": "csrfmiddlewaretoken"}) is None
    posted = reader.post(
        reverse("stories:ask", args=[story.slug]),
        {"question": "Who sets the tolls?"},
        HTTP_SEC_FETCH_SITE="same-origin",
    )
    assert posted.status_code != 403


# --- invalidation, across processes ------------------------------------------------------------


@pytest.fixture
def newsroom():
    topic = TopicFactory(slug="coast", name="The coast")
    author = AuthorFactory(slug="ana", name="Ana Reyes")
    outlet = OutletFactory(slug="lantern", name="The Lantern")
    live = StoryFactory(slug="old-news", headline="Old news")
    StoryTopicFactory(story=live, topic=topic)
    StoryAuthorFactory(story=live, author=author)
    SourceSummaryFactory(story=live, outlet=outlet)
    live.tags.add("harbours")
    draft = StoryFactory(slug="big-news", headline="Big news", draft=True)
    StoryTopicFactory(story=draft, topic=topic)
    StoryAuthorFactory(story=draft, author=author)
    SourceSummaryFactory(story=draft, outlet=outlet)
    draft.tags.add("harbours")
    QuestionFactory(story=draft, slug="why-big", text="Why is it big?")
    return {"topic": topic, "author": author, "outlet": outlet, "live": live, "draft": draft}


PAGES_LISTING_A_STORY = [
    "/",
    "/topics/coast/",
    "/authors/ana/",
    "/outlets/lantern/",
    "/tags/harbours/",
]


@pytest.mark.parametrize("path", PAGES_LISTING_A_STORY)
def test_publishing_a_story_invalidates_every_listing_in_every_process(
    processes, newsroom, editor, path
):
    """Published in one process, the story is listed at once by the other's cached page."""
    warm(processes, path)
    processes.settings.NEWSDIGEST_PAGE_CACHE_ALIAS = "web1"
    services.story_publish(story=newsroom["draft"], user=editor)
    response = processes.get("web2", path)
    assert not hit(response)
    assert "Big news" in story_titles(response)


@pytest.mark.parametrize(
    "path", ["/feed/", "/feed/atom/", "/topics/coast/feed/", "/news-sitemap.xml"]
)
def test_publishing_a_story_invalidates_feeds_and_sitemaps(processes, newsroom, editor, path):
    """Feeds and sitemaps carry the new story's address straight away."""
    warm(processes, path)
    url = newsroom["draft"].get_absolute_url()
    assert url not in processes.get("web2", path).content.decode()
    services.story_publish(story=newsroom["draft"], user=editor)
    assert url in processes.get("web2", path).content.decode()


def test_publishing_a_story_invalidates_the_sitemap_index_and_its_months_section(
    processes, newsroom, editor
):
    """The other process's index is rendered afresh and names this month's section, which
    lists the new story at once, whether it was cached before or did not exist."""
    month = f"stories-{timezone.localtime():%Y-%m}"
    section = reverse("stories:sitemap_section", kwargs={"section": month})
    warm(processes, "/sitemap.xml")
    for process in ("web1", "web2"):
        processes.get(process, section)
    url = newsroom["draft"].get_absolute_url()
    services.story_publish(story=newsroom["draft"], user=editor)
    index = processes.get("web2", "/sitemap.xml")
    assert not hit(index)
    assert section in index.content.decode()
    assert url in processes.get("web2", section).content.decode()


def test_editing_a_story_invalidates_its_page(processes, newsroom):
    """A new headline shows on the explainer and on the home page in the other process."""
    for path in ("/stories/old-news/", "/"):
        warm(processes, path)
    story = newsroom["live"]
    story.headline = "Old news, corrected"
    story.save()
    page = processes.get("web2", "/stories/old-news/")
    assert BeautifulSoup(page.content, "html.parser").h1.get_text(strip=True) == (
        "Old news, corrected"
    )
    assert "Old news, corrected" in story_titles(processes.get("web2", "/"))


def test_withdrawing_a_story_removes_it_everywhere(processes, newsroom, editor):
    """Withdrawn: the explainer answers 410 and the lists drop it, in the other process too."""
    for path in ("/stories/old-news/", "/", "/topics/coast/"):
        warm(processes, path)
    services.story_withdraw(story=newsroom["live"], user=editor)
    assert processes.get("web2", "/stories/old-news/").status_code == 410
    assert "Old news" not in story_titles(processes.get("web2", "/"))
    assert "Old news" not in story_titles(processes.get("web2", "/topics/coast/"))


def test_publishing_a_question_invalidates_its_explainer(processes, newsroom, moderator):
    """An answered question appears under Go deeper and gets its page at once."""
    story = newsroom["live"]
    warm(processes, "/stories/old-news/")
    question = QuestionFactory(
        story=story, pending=True, text="When will it end?", answer="<p>Soon.</p>"
    )
    services.question_publish(question=question, user=moderator)
    question.refresh_from_db()
    page = processes.get("web2", "/stories/old-news/")
    links = {a["href"] for a in BeautifulSoup(page.content, "html.parser").find_all("a", href=True)}
    assert question.get_absolute_url() in links
    assert processes.get("web2", question.get_absolute_url()).status_code == 200


def test_editing_a_question_invalidates_its_page(processes, newsroom):
    """A corrected answer shows on the question page in the other process."""
    question = QuestionFactory(story=newsroom["live"], slug="when", answer="<p>In May.</p>")
    warm(processes, "/questions/when/")
    question.answer = "<p>In June.</p>"
    question.save()
    assert "In June." in processes.get("web2", "/questions/when/").content.decode()


@pytest.mark.parametrize(
    ("change", "path", "expected"),
    [
        ("topic", "/topics/coast/", "Shoreline and ports"),
        ("outlet", "/stories/old-news/", "The Evening Lantern"),
        ("author", "/stories/old-news/", "Ana Reyes-Moreau"),
        ("update", "/stories/old-news/", "We corrected the date of the vote."),
        ("tag", "/tags/harbours/", "Ferry timetable"),
    ],
)
def test_related_content_changes_invalidate_pages(processes, newsroom, change, path, expected):
    """Topics, outlets, authors, corrections and tags reach every page that shows them."""
    other = StoryFactory(headline="Ferry timetable")
    warm(processes, path)
    assert expected not in processes.get("web2", path).content.decode()
    if change == "topic":
        newsroom["topic"].bio = "Shoreline and ports"
        newsroom["topic"].save()
    elif change == "outlet":
        newsroom["outlet"].name = "The Evening Lantern"
        newsroom["outlet"].save()
    elif change == "author":
        newsroom["author"].name = "Ana Reyes-Moreau"
        newsroom["author"].save()
    elif change == "update":
        StoryUpdate.objects.create(
            story=newsroom["live"], kind="correction", note="We corrected the date of the vote."
        )
    else:
        other.tags.add("harbours")
    assert expected in processes.get("web2", path).content.decode()


def test_a_readers_new_question_does_not_flush_the_cache(page_cache, newsroom):
    """Questions waiting for moderation show nowhere, so they leave cached pages alone."""
    generation = current_generation()
    Question.objects.create(story=newsroom["live"], text="Is it safe?", origin="reader")
    assert current_generation() == generation


def test_the_generation_changes_again_when_the_transaction_commits(
    page_cache, newsroom, django_capture_on_commit_callbacks
):
    """A page rendered from the old rows before the commit cannot survive it."""
    with django_capture_on_commit_callbacks(execute=True):
        newsroom["live"].save()
        during = current_generation()
    assert current_generation() != during


def test_a_lost_generation_never_brings_old_pages_back(client, page_cache, newsroom):
    """If the generation is evicted, pages cached under it are not served again."""
    client.get("/stories/old-news/")
    caches["default"].delete(GENERATION_KEY)
    # A change that sends no signal: only a new generation can show it.
    Story.objects.filter(slug="old-news").update(headline="Quietly changed")
    page = client.get("/stories/old-news/")
    assert not hit(page)
    assert BeautifulSoup(page.content, "html.parser").h1.get_text(strip=True) == "Quietly changed"


# --- scheduled stories -------------------------------------------------------------------------


def test_scheduled_story_appears_at_its_time(client, page_cache):
    """No cached page outlives the next scheduled publication."""
    StoryFactory(headline="Already out")
    StoryFactory(headline="Embargoed report", published_at=timezone.now() + timedelta(minutes=5))
    first = client.get("/")
    assert "Embargoed report" not in story_titles(first)
    assert hit(client.get("/"))
    later_wall, later_now = time.time() + 301, timezone.now() + timedelta(seconds=301)
    with (
        mock.patch("time.time", return_value=later_wall),
        mock.patch("django.utils.timezone.now", return_value=later_now),
    ):
        response = client.get("/")
    assert not hit(response)
    assert "Embargoed report" in story_titles(response)


def test_cdn_lifetime_stops_at_the_next_scheduled_story(client, page_cache, settings):
    """s-maxage never reaches past a scheduled story, and no stale copy is allowed then."""
    settings.NEWSDIGEST_HTTP_S_MAXAGE = 3600
    StoryFactory(published_at=timezone.now() + timedelta(seconds=90), headline="Soon")
    for response in (client.get("/"), client.get("/")):
        directives = dict(
            re.match(r"([\w-]+)(?:=(\d+))?", part.strip()).groups()
            for part in response["Cache-Control"].split(",")
        )
        assert 0 < int(directives["s-maxage"]) <= 90
        assert "stale-while-revalidate" not in directives


# --- HTTP caching ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/topics/coast/", "/feed/", "/sitemap.xml"])
def test_conditional_get_answers_304(client, page_cache, newsroom, path):
    """A client that has the page gets 304 Not Modified and no body, cached or not."""
    first = client.get(path)
    etag = first["ETag"]
    for _ in range(2):
        again = client.get(path, HTTP_IF_NONE_MATCH=etag)
        assert again.status_code == 304
        assert again.content == b""


def test_conditional_get_without_page_cache(client, newsroom):
    """ETags work with the page cache off too."""
    etag = client.get("/topics/coast/")["ETag"]
    assert client.get("/topics/coast/", HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_changed_page_gets_a_new_etag(client, page_cache, newsroom):
    """After an edit the old ETag no longer matches."""
    etag = client.get("/").get("ETag")
    newsroom["live"].headline = "Fresh headline"
    newsroom["live"].save()
    response = client.get("/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response["ETag"] != etag


def test_anonymous_pages_are_public_for_a_cdn(client, page_cache, settings, newsroom):
    """Cache-Control carries the configured max-age, s-maxage and stale-while-revalidate."""
    settings.NEWSDIGEST_HTTP_MAX_AGE = 15
    settings.NEWSDIGEST_HTTP_S_MAXAGE = 120
    settings.NEWSDIGEST_HTTP_STALE_WHILE_REVALIDATE = 45
    response = client.get("/topics/coast/")
    parts = {part.strip() for part in response["Cache-Control"].split(",")}
    assert parts == {"public", "max-age=15", "s-maxage=120", "stale-while-revalidate=45"}


def test_logged_in_pages_are_private(client, page_cache, editor, newsroom):
    """A signed-in editor's copy of a public page is for their browser only."""
    client.force_login(editor)
    assert "private" in client.get("/topics/coast/")["Cache-Control"]


# --- cache outage ---------------------------------------------------------------------------


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(params=["closed", "hung"])
def broken_redis(request, settings, page_cache):
    """Redis refusing connections, or accepting them and never answering."""
    with socket.socket() as listener:
        if request.param == "hung":
            listener.bind(("127.0.0.1", 0))
            listener.listen(16)
            port = listener.getsockname()[1]
        else:
            port = closed_port()
        settings.CACHES = {"default": redis_cache(f"redis://127.0.0.1:{port}/0")}
        yield caches["default"]


def test_pages_are_served_uncached_while_the_cache_is_down(client, newsroom, broken_redis, editor):
    """Every public page and a publish still work; nothing is served from cache."""
    for path in ["/", "/stories/old-news/", "/topics/coast/", "/feed/", "/search/?q=news"]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert not hit(response)
    services.story_publish(story=newsroom["draft"], user=editor)
    assert client.get("/stories/big-news/").status_code == 200


def test_resilient_backend_turns_failures_into_misses(broken_redis):
    """Reads miss, writes report failure, counters raise as for a missing key."""
    assert broken_redis.get("k", "fallback") == "fallback"
    assert broken_redis.set("k", 1) is False
    assert broken_redis.add("k", 1) is False
    assert broken_redis.get_many(["a", "b"]) == {}
    with pytest.raises(ValueError, match="not found"):
        broken_redis.incr("k")


def test_resilient_backend_stops_calling_a_dead_server_for_a_while(settings):
    """After one failure the backend does not retry until RETRY_AFTER has passed."""
    backend = ResilientRedisCache(
        f"redis://127.0.0.1:{closed_port()}/0", {"OPTIONS": {"RETRY_AFTER": 30}}
    )
    with mock.patch("django.core.cache.backends.redis.RedisCache.get") as parent_get:
        parent_get.side_effect = ConnectionError("refused")
        assert backend.get("a") is None
        assert backend.get("b") is None
    assert parent_get.call_count == 1


def test_resilient_backend_works_against_a_live_redis():
    """With Redis up it is an ordinary cache."""
    backend = ResilientRedisCache(TEST_REDIS, {})
    backend.set("resilient-check", {"a": 1}, 30)
    assert backend.get("resilient-check") == {"a": 1}
    backend.delete("resilient-check")


def test_bumping_the_generation_with_the_cache_down_does_not_fail(broken_redis):
    """An editor's save never fails because the cache is gone."""
    bump_generation()
    assert current_generation() is None


def test_new_postgresql_connections_start_no_parallel_query_workers(settings):
    """Each new PostgreSQL connection gets the configured parallel-worker limit."""
    from newsdigest.core.db import tune_postgresql_session

    settings.NEWSDIGEST_DB_PARALLEL_WORKERS = 0
    postgres = mock.Mock(vendor="postgresql")
    tune_postgresql_session(sender=None, connection=postgres)
    assert postgres.connection.execute.call_args_list == [
        mock.call("SET jit = off"),
        mock.call("SET max_parallel_workers_per_gather = 0"),
    ]
    sqlite = mock.Mock(vendor="sqlite")
    tune_postgresql_session(sender=None, connection=sqlite)
    sqlite.connection.execute.assert_not_called()


@pytest.mark.django_db
def test_postgresql_sessions_of_the_site_run_without_jit():
    """Compiling with JIT costs more than running a page's queries: sessions turn it off."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("a PostgreSQL session setting")
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
