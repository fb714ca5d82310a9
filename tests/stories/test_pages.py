"""The reader's pages: the explainer, question, home, author, outlet and tag pages, and errors."""

import importlib
from datetime import UTC, datetime, timedelta
from io import BytesIO

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.contrib.flatpages.models import FlatPage
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import timezone

from stories.models import Outlet, StoryUpdate
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

SECTION_ORDER = [
    "What's happened",
    "What's behind the headline?",
    "What the papers say",
    "How we got here",
    "Go deeper",
    "More on these topics",
    "Tags",
    "Updates and corrections",
]


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    """Each request renders, so a test sees the page its own data makes."""
    settings.NEWSDIGEST_PAGE_CACHE_SECONDS = 0


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def section_headings(page):
    return [h2.get_text(strip=True) for h2 in page.select("main h2.section-label")]


def jpeg(width=1600, height=900):
    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (width, height), (30, 60, 90)).save(buffer, "JPEG")
    return ContentFile(buffer.getvalue(), name="hero.jpg")


@pytest.fixture
def full_story(db):
    """A published explainer with something in every section."""
    story = StoryFactory(
        headline="Harbour board approves the night-shift plan",
        papers_say="<p>Outlets split on the cost.</p>",
        hero_caption="The harbour at dawn.",
        hero_credit="Photo: Desk",
        hero_alt="Cranes over a quay",
    )
    story.hero_image.save("hero.jpg", jpeg(), save=True)
    for lean in [
        Outlet.Lean.LEFT,
        Outlet.Lean.LEAN_LEFT,
        Outlet.Lean.CENTRE,
        Outlet.Lean.CENTRE,
        Outlet.Lean.LEAN_RIGHT,
        Outlet.Lean.RIGHT,
    ]:
        SourceSummaryFactory(story=story, outlet=OutletFactory(lean=lean))
    StoryAuthorFactory(story=story, author=AuthorFactory(name="Ada Quill"))
    StoryAuthorFactory(story=story, author=AuthorFactory(name="Ben Ink"))
    StoryTopicFactory(story=story, topic=TopicFactory(name="Port Aldane"))
    QuestionFactory(story=story, text="Who pays for the night shift?")
    QuestionFactory(story=story, pending=True, text="A pending question nobody may see")
    story.timeline.create(date=datetime(2025, 3, 1, tzinfo=UTC).date(), text="Plan first floated.")
    story.tags.add("harbours")
    StoryUpdateFactory(story=story, kind=StoryUpdate.Kind.CORRECTION, note="Fixed a date.")
    return story


# --- the explainer ---------------------------------------------------------------------------


def test_explainer_sections_appear_in_the_designed_order(client, full_story):
    """Every section of the explainer page (docs/architecture.md) is there, in its order, in
    one small-label style."""
    page = soup(client.get(full_story.get_absolute_url()))
    assert section_headings(page) == SECTION_ORDER


def test_explainer_leaves_empty_sections_out(client, db):
    """A story with only its texts shows no empty roundup, topics, tags or log."""
    story = StoryFactory(how_we_got_here="")
    page = soup(client.get(story.get_absolute_url()))
    assert section_headings(page) == ["What's happened", "What's behind the headline?", "Go deeper"]


def test_explainer_has_one_h1_and_headings_never_skip_a_level(client, full_story):
    """One h1, then h2 sections and h3 inside them: no level is skipped."""
    page = soup(client.get(full_story.get_absolute_url()))
    levels = [int(h.name[1]) for h in page.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]
    assert levels.count(1) == 1
    assert levels[0] == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))


def test_explainer_has_landmarks_and_a_skip_link(client, full_story):
    """Header, nav, main, footer and a skip link that targets main."""
    page = soup(client.get(full_story.get_absolute_url()))
    assert page.select_one("a.skip-link")["href"] == "#main"
    assert page.select_one("main")["id"] == "main"
    assert page.select_one("body > header") and page.select_one("body > footer")
    assert page.select_one("form[role=search]")["action"] == "/search/"


def test_bylines_link_to_author_pages_in_order(client, full_story):
    """Both authors, in byline order, each linked to their page."""
    page = soup(client.get(full_story.get_absolute_url()))
    links = page.select(".story-header .byline a")
    assert [a.get_text() for a in links] == ["Ada Quill", "Ben Ink"]
    assert links[0]["href"] == full_story.authors.get(name="Ada Quill").get_absolute_url()


def test_times_are_machine_readable_in_the_site_time_zone(client, db, settings):
    """A July time in London renders with the summer offset, in the datetime attribute too."""
    settings.TIME_ZONE = "Europe/London"
    story = StoryFactory(published_at=datetime(2025, 7, 1, 11, 30, tzinfo=UTC))
    page = soup(client.get(story.get_absolute_url()))
    published = page.select_one(".dateline time")
    assert published["datetime"] == "2025-07-01T12:30:00+01:00"
    assert published.get_text() == "1 July 2025, 12:30"


def test_updated_time_is_the_latest_public_log_entry(client, full_story):
    """'Updated' shows when the story has a log entry, with that entry's time."""
    page = soup(client.get(full_story.get_absolute_url()))
    times = page.select(".dateline time")
    assert len(times) == 2
    entry = full_story.updates.get()
    assert times[1]["datetime"] == timezone.localtime(entry.created_at).isoformat()


def test_roundup_cards_link_the_outlet_and_the_original_article_out(client, full_story):
    """Outlet name to its page; article to the source with rel=noopener, marked external."""
    page = soup(client.get(full_story.get_absolute_url()))
    cards = page.select(".roundup__card")
    assert len(cards) == 6
    source = full_story.sources.select_related("outlet").first()
    first = cards[0]
    assert first.select_one(".roundup__outlet a")["href"] == source.outlet.get_absolute_url()
    out = first.select_one(".roundup__link a")
    assert out["href"] == source.url
    assert "noopener" in out["rel"]
    assert "external" in out["class"]
    assert "(external site)" in out.get_text()
    assert first.select_one(".lean").get_text(" ", strip=True) == "Political lean: Left"


def test_coverage_line_counts_outlets_by_lean_in_words(client, full_story):
    """'6 outlets: 2 left · 2 centre · 2 right', with a bar hidden from screen readers."""
    page = soup(client.get(full_story.get_absolute_url()))
    words = page.select_one(".coverage__words").get_text(" ", strip=True)
    assert " ".join(words.split()) == "6 outlets: 2 left · 2 centre · 2 right"
    bar = page.select_one("svg.coverage__bar")
    assert bar["aria-hidden"] == "true"
    assert len(bar.select("rect")) == 3


def test_coverage_counts_an_outlet_once_however_many_articles_it_has(client, db):
    """Two articles from one outlet are one outlet in the coverage line."""
    story = StoryFactory()
    outlet = OutletFactory(lean=Outlet.Lean.UNRATED)
    SourceSummaryFactory(story=story, outlet=outlet)
    SourceSummaryFactory(story=story, outlet=outlet)
    page = soup(client.get(story.get_absolute_url()))
    words = " ".join(page.select_one(".coverage__words").get_text(" ", strip=True).split())
    assert words == "1 outlet: 0 left · 0 centre · 0 right · 1 unrated"


def test_rich_text_is_sanitised_on_the_way_out(client, db):
    """Script and event handlers stored in a section never reach the page."""
    story = StoryFactory(
        what_happened='<p onclick="x()">Fine <script>alert(1)</script><em>text</em></p>'
    )
    page = soup(client.get(story.get_absolute_url()))
    prose = page.select_one("#what-happened").find_next_sibling("div")
    assert prose.select_one("script") is None
    assert prose.select_one("p").get("onclick") is None
    assert prose.select_one("em").get_text() == "text"


def test_go_deeper_lists_published_questions_and_the_ask_form(client, full_story):
    """Published questions link to their pages; pending ones are absent; the ask form follows."""
    page = soup(client.get(full_story.get_absolute_url()))
    links = page.select(".question-list a")
    assert [a.get_text() for a in links] == ["Who pays for the night shift?"]
    question = full_story.questions.get(text="Who pays for the night shift?")
    assert links[0]["href"] == question.get_absolute_url()
    assert page.select_one("section.ask form#ask-form") is not None


def test_topic_cards_tags_and_corrections_log(client, full_story):
    """Topic cards link to topic pages, tags are chips, the log names its kind."""
    page = soup(client.get(full_story.get_absolute_url()))
    card = page.select_one(".topic-card")
    assert card.select_one("a").get_text() == "Port Aldane"
    assert [a.get_text() for a in page.select("a.chip")] == ["harbours"]
    assert page.select_one("a.chip")["href"] == "/tags/harbours/"
    item = page.select_one(".update-log__item--correction")
    assert item.select_one(".update-log__kind").get_text() == "Correction"


def test_tags_read_alphabetically_on_the_page_and_in_its_metadata(client, db):
    """Whatever order an editor added them in, so the page (and its ETag) never shuffles."""
    story = StoryFactory()
    story.tags.add("wages")
    story.tags.add("harbours")
    story.tags.add("ferries")
    page = soup(client.get(story.get_absolute_url()))
    assert [a.get_text() for a in page.select("a.chip")] == ["ferries", "harbours", "wages"]
    metas = page.select('meta[property="article:tag"]')
    assert [meta["content"] for meta in metas] == ["ferries", "harbours", "wages"]


def test_hero_image_has_srcset_width_height_and_caption(client, full_story):
    """The hero is responsive: srcset of WebP renditions, intrinsic size, caption and credit."""
    page = soup(client.get(full_story.get_absolute_url()))
    img = page.select_one("figure.hero img")
    assert (img["width"], img["height"]) == ("1600", "900")
    assert img["alt"] == "Cranes over a quay"
    widths = [part.split()[-1] for part in img["srcset"].split(", ")]
    assert widths == ["320w", "640w", "960w", "1280w"]
    assert img["src"].endswith("-1280w.webp")
    caption = page.select_one("figure.hero figcaption").get_text(" ", strip=True)
    assert "The harbour at dawn." in caption and "Photo: Desk" in caption


def test_pages_carry_no_inline_script_or_style(client, full_story):
    """A strict Content-Security-Policy needs no inline script (JSON-LD is data) or style."""
    page = soup(client.get(full_story.get_absolute_url()))
    assert page.select("[style]") == []
    assert all(s.get("type") == "application/ld+json" for s in page.select("script"))
    assert page.select("style") == []


# --- staff preview and the non-public ---------------------------------------------------------


@pytest.mark.parametrize(
    ("trait", "label"),
    [
        ("draft", "Draft — not public"),
        ("in_review", "In review — not public"),
        ("scheduled", "Scheduled — not public yet"),
        ("withdrawn", "Withdrawn — not public"),
    ],
)
def test_staff_preview_has_banner_noindex_and_is_never_cached(client, editor, trait, label):
    """An editor sees a non-public story with a banner that names its state, noindex and
    private, no-store."""
    story = StoryFactory(**{trait: True})
    client.force_login(editor)
    response = client.get(story.get_absolute_url())
    assert response.status_code == 200
    assert response.context["is_preview"] is True
    banner = soup(response).select_one(".preview-banner strong")
    assert banner.get_text() == label
    assert response["X-Robots-Tag"] == "noindex"
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_published_story_shows_no_banner_to_staff(client, editor):
    """A live story is not a preview, even for an editor."""
    story = StoryFactory()
    client.force_login(editor)
    response = client.get(story.get_absolute_url())
    assert response.context["is_preview"] is False
    assert soup(response).select_one(".preview-banner") is None
    assert "X-Robots-Tag" not in response


@pytest.mark.parametrize("trait", ["draft", "in_review", "scheduled"])
def test_non_public_story_is_404_to_readers(client, db, trait):
    """Readers get the friendly 404 page for drafts, stories in review and scheduled ones."""
    story = StoryFactory(**{trait: True})
    response = client.get(story.get_absolute_url())
    assert response.status_code == 404
    assert soup(response).select_one("h1").get_text() == "We can’t find that page"


def test_withdrawn_story_is_410_with_its_own_page(client, db):
    """A withdrawn story answers 410 Gone with a page that points at the corrections policy."""
    story = StoryFactory(withdrawn=True)
    response = client.get(story.get_absolute_url())
    assert response.status_code == 410
    page = soup(response)
    assert page.select_one("h1").get_text() == "This explainer has been withdrawn"
    assert page.select_one("main a")["href"] == "/corrections-policy/"


def test_server_error_page_renders_without_database_or_request():
    """The 500 handler needs neither: either may be what broke."""
    from newsdigest.core.views import server_error

    response = server_error(None)
    assert response.status_code == 500
    assert soup(response).select_one("h1").get_text() == "Something went wrong on our side"


# --- the question page ------------------------------------------------------------------------


def test_question_page_has_lede_answer_link_back_and_other_questions(client, db):
    """The question's own page, the way back and the explainer's other published questions."""
    story = StoryFactory()
    question = QuestionFactory(story=story, text="Will the vote be repeated?", lede="Maybe.")
    other = QuestionFactory(story=story, text="Who sits on the board?")
    QuestionFactory(story=story, pending=True)
    response = client.get(question.get_absolute_url())
    assert response.context["question"] == question
    assert response.context["story"] == story
    assert response.context["other_questions"] == [other]
    page = soup(response)
    assert page.select_one("h1").get_text() == "Will the vote be repeated?"
    assert page.select_one(".standfirst").get_text() == "Maybe."
    assert page.select_one(".back-link a")["href"] == story.get_absolute_url()
    assert page.select_one("form#ask-form") is not None


def test_question_answer_is_sanitised(client, db):
    """The answer goes through the rich-text allow-list."""
    question = QuestionFactory(answer="<p>Yes<script>bad()</script></p>")
    page = soup(client.get(question.get_absolute_url()))
    assert page.select_one(".prose script") is None
    assert page.select_one(".prose p").get_text() == "Yes"


def test_question_of_a_non_public_story_is_404(client, db):
    """A published question on a draft has no public page."""
    question = QuestionFactory(story=StoryFactory(draft=True))
    assert client.get(question.get_absolute_url()).status_code == 404


# --- home ---------------------------------------------------------------------------------------


def test_home_leads_with_the_featured_story_and_lists_the_rest(client, db):
    """The newest featured story leads; latest excludes it and anything not public."""
    lead = StoryFactory(featured=True, published_at=timezone.now() - timedelta(days=3))
    newer = StoryFactory(published_at=timezone.now() - timedelta(hours=1))
    StoryFactory(draft=True)
    StoryFactory(scheduled=True)
    response = client.get("/")
    assert response.context["lead"] == lead
    assert response.context["latest"] == [newer]
    page = soup(response)
    assert page.select_one(".lead__headline a")["href"] == lead.get_absolute_url()
    assert len(page.select("h1")) == 1


def test_home_topics_in_the_news_come_only_from_public_stories(client, db):
    """A topic attached only to a draft is not 'in the news'."""
    public_topic = TopicFactory(name="Quayside")
    StoryTopicFactory(story=StoryFactory(), topic=public_topic)
    StoryTopicFactory(story=StoryFactory(draft=True), topic=TopicFactory(name="Secret"))
    response = client.get("/")
    assert response.context["topics_in_news"] == [public_topic]
    assert response.context["topics_in_news"][0].story_count == 1


def test_home_without_stories_still_renders(client, db):
    """An empty newsroom shows a friendly line, not an error."""
    response = client.get("/")
    assert response.status_code == 200
    assert response.context["lead"] is None
    assert soup(response).select_one(".empty") is not None


# --- author, outlet and tag pages -------------------------------------------------------------


def test_author_page_lists_only_their_public_explainers(client, db):
    """Their published stories, newest first; drafts stay out."""
    author = AuthorFactory(bio="Covers ports.")
    old = StoryFactory(published_at=timezone.now() - timedelta(days=5))
    new = StoryFactory(published_at=timezone.now() - timedelta(days=1))
    for story in (old, new, StoryFactory(draft=True)):
        StoryAuthorFactory(story=story, author=author)
    response = client.get(author.get_absolute_url())
    assert response.context["author"] == author
    assert list(response.context["stories"]) == [new, old]
    assert soup(response).select_one("h1").get_text() == author.name


def test_outlet_page_shows_lean_who_rated_it_and_when(client, db):
    """The lean in words, its rater and date, and the explainers citing the outlet."""
    outlet = OutletFactory(
        lean=Outlet.Lean.LEAN_RIGHT,
        lean_rated_by="Civic Media Audit",
        lean_rated_on=datetime(2025, 4, 2, tzinfo=UTC).date(),
    )
    story = StoryFactory()
    SourceSummaryFactory(story=story, outlet=outlet)
    SourceSummaryFactory(story=story, outlet=outlet)
    SourceSummaryFactory(story=StoryFactory(draft=True), outlet=outlet)
    response = client.get(outlet.get_absolute_url())
    assert list(response.context["stories"]) == [story]
    lean = soup(response).select_one(".facts dd").get_text(" ", strip=True)
    assert (
        " ".join(lean.split())
        == "Political lean: Lean right rated by Civic Media Audit, April 2025"
    )


def test_tag_page_lists_public_tagged_explainers(client, db):
    """Tagged published stories only."""
    story = StoryFactory()
    story.tags.add("ferries")
    StoryFactory(draft=True).tags.add("ferries")
    response = client.get("/tags/ferries/")
    assert response.context["tag"].name == "ferries"
    assert list(response.context["stories"]) == [story]


@pytest.mark.parametrize(("raw", "expected"), [("abc", 1), ("99999", 2), ("2", 2), ("-1", 2)])
def test_pagination_survives_bad_input(client, db, settings, raw, expected):
    """Junk gives the first page, overflow the last: a real page, never a 500."""
    settings.NEWSDIGEST = {**settings.NEWSDIGEST, "PAGE_SIZE": 2}
    author = AuthorFactory()
    for _ in range(3):
        StoryAuthorFactory(story=StoryFactory(), author=author)
    response = client.get(author.get_absolute_url(), {"page": raw})
    assert response.status_code == 200
    assert response.context["page_obj"].number == expected
    current = soup(response).select_one(".pagination__current").get_text()
    assert current == f"Page {expected} of 2"


# --- the publisher's pages and the footer -----------------------------------------------------


def make_publisher_pages():
    """Run the data migration's function: a transactional test elsewhere may have flushed it."""
    migration = importlib.import_module("publisher.migrations.0001_publisher_pages")
    migration.create_pages(apps, None)


def test_publisher_pages_migration_makes_the_four_pages_once(db):
    """About, masthead, corrections and ethics policies, on the current site, never twice."""
    FlatPage.objects.all().delete()
    make_publisher_pages()
    make_publisher_pages()
    urls = sorted(FlatPage.objects.filter(sites=1).values_list("url", flat=True))
    assert urls == ["/about/", "/corrections-policy/", "/ethics-policy/", "/masthead/"]


def test_footer_links_the_publisher_pages_and_the_feed(client, db):
    """Every page's footer links the four publisher pages and the RSS feed."""
    make_publisher_pages()
    page = soup(client.get("/about/"))
    assert page.select_one("h1").get_text() == "About us"
    footer_links = [a["href"] for a in page.select("footer a")]
    for url in ("/about/", "/masthead/", "/corrections-policy/", "/ethics-policy/", "/feed/"):
        assert url in footer_links


def test_flatpage_content_goes_through_the_allow_list(client, db):
    """An editor's pasted script never runs on a flatpage."""
    make_publisher_pages()
    FlatPage.objects.filter(url="/about/").update(content="<p>Hi</p><script>x()</script>")
    page = soup(client.get("/about/"))
    assert page.select_one(".prose script") is None


def test_unknown_address_gets_the_friendly_404(db):
    """With DEBUG off, a mistyped address shows the site's own 404 page."""
    response = Client().get("/no-such-page/")
    assert response.status_code == 404
    assert soup(response).select_one("h1").get_text() == "We can’t find that page"


def test_missing_hero_file_leaves_the_picture_out_not_the_page(client, db):
    """An image row whose file is gone renders the story without an <img>, never a 500."""
    story = StoryFactory(hero_image="stories/2020/01/gone.jpg", hero_caption="Lost")
    response = client.get(story.get_absolute_url())
    assert response.status_code == 200
    assert soup(response).select_one("figure.hero img") is None


def test_the_preview_of_a_scheduled_story_says_when_readers_will_see_it(client, editor):
    """A scheduled story's banner gives its publication time in the site's time zone."""
    story = StoryFactory(scheduled=True)
    client.force_login(editor)
    banner = soup(client.get(story.get_absolute_url())).select_one(".preview-banner")
    shown = banner.select_one("time")
    assert shown["datetime"] == timezone.localtime(story.published_at).isoformat()
    assert "Readers will see it from" in banner.get_text()
