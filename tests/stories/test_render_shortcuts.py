"""The shortcuts that keep an uncached page cheap give exactly what the slow paths gave."""

import re
import time

import pytest
from bs4 import BeautifulSoup
from django.db import models
from django.template import Context, Template
from django.urls import NoReverseMatch, reverse, set_script_prefix

from newsdigest.core.routes import fixed_url, slug_url
from stories.forms import make_stamp
from stories.models import Outlet, Question, Story, StoryTag, StoryUpdate
from tests.factories import (
    AuthorFactory,
    OutletFactory,
    QuestionFactory,
    StoryFactory,
    StoryUpdateFactory,
    TopicFactory,
)
from topics.models import Topic


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.NEWSDIGEST_PAGE_CACHE_SECONDS = 0


@pytest.fixture
def _script_prefix():
    """A site mounted under /news/, as behind a proxy that strips nothing."""
    set_script_prefix("/news/")
    yield
    set_script_prefix("/")


SLUG_ROUTES = [
    "stories:detail",
    "stories:question",
    "stories:author",
    "stories:outlet",
    "stories:tag",
    "stories:ask",
    "topics:detail",
    "stories:topic_feed",
]
FIXED_ROUTES = [
    "stories:home",
    "stories:feed",
    "stories:feed_atom",
    "topics:index",
    "about",
    "masthead",
    "corrections_policy",
    "ethics_policy",
]


@pytest.mark.parametrize("viewname", SLUG_ROUTES)
@pytest.mark.parametrize("slug", ["a", "harbour-strike-2026", "under_score-9"])
def test_slug_links_are_the_addresses_reverse_gives(viewname, slug):
    assert slug_url(viewname, slug) == reverse(viewname, kwargs={"slug": slug})


@pytest.mark.parametrize("viewname", FIXED_ROUTES)
def test_fixed_links_are_the_addresses_reverse_gives(viewname):
    assert fixed_url(viewname) == reverse(viewname)


@pytest.mark.usefixtures("_script_prefix")
def test_links_follow_the_script_prefix_of_the_request():
    assert slug_url("stories:detail", "dam-report") == "/news/stories/dam-report/"
    assert fixed_url("about") == "/news/about/"
    set_script_prefix("/")
    assert slug_url("stories:detail", "dam-report") == "/stories/dam-report/"
    assert fixed_url("about") == "/about/"


@pytest.mark.parametrize("slug", ["café-politique", "two words", "", "../etc"])
def test_a_slug_the_route_refuses_is_refused_as_before(slug):
    with pytest.raises(NoReverseMatch):
        reverse("stories:tag", kwargs={"slug": slug})
    with pytest.raises(NoReverseMatch):
        slug_url("stories:tag", slug)


def test_every_public_model_links_where_its_route_says(db):
    story = StoryFactory(slug="ferry-fares")
    question = QuestionFactory(story=story, slug="why-now", status=Question.Status.PUBLISHED)
    tag = StoryTag.objects.create(name="Ferries", slug="ferries")
    expected = {
        story: reverse("stories:detail", kwargs={"slug": "ferry-fares"}),
        question: reverse("stories:question", kwargs={"slug": "why-now"}),
        AuthorFactory(slug="ana-reyes"): reverse("stories:author", kwargs={"slug": "ana-reyes"}),
        OutletFactory(slug="the-ledger"): reverse("stories:outlet", kwargs={"slug": "the-ledger"}),
        tag: reverse("stories:tag", kwargs={"slug": "ferries"}),
        TopicFactory(slug="harbours"): reverse("topics:detail", kwargs={"slug": "harbours"}),
    }
    for obj, url in expected.items():
        assert obj.get_absolute_url() == url


def test_route_tag_renders_what_the_url_tag_renders():
    fast = Template("{% load reader %}{% route 'corrections_policy' %}").render(Context())
    slow = Template("{% url 'corrections_policy' %}").render(Context())
    assert fast == slow == "/corrections-policy/"


CHOICE_FIELDS = [
    (Outlet, "lean"),
    (Story, "label"),
    (Story, "status"),
    (Question, "status"),
    (Question, "origin"),
    (StoryUpdate, "kind"),
    (Topic, "kind"),
]


@pytest.mark.parametrize(("model", "field_name"), CHOICE_FIELDS)
def test_choice_labels_are_the_ones_django_would_show(model, field_name):
    field = model._meta.get_field(field_name)
    for value, _label in field.flatchoices:
        obj = model(**{field.attname: value})
        ours = getattr(obj, f"get_{field_name}_display")()
        assert ours == models.Model._get_FIELD_display(obj, field)
        assert isinstance(ours, str) and ours


def test_a_value_outside_the_choices_is_shown_as_stored():
    outlet = Outlet(lean="not-a-lean")
    assert outlet.get_lean_display() == "not-a-lean"


def ask_form(response):
    return BeautifulSoup(response.content.decode(), "html.parser").select_one("#ask-form")


def test_each_explainer_gets_its_own_stamp_around_the_same_fields(client, db):
    first = StoryFactory(slug="first-story")
    second = StoryFactory(slug="second-story")
    forms = [ask_form(client.get(story.get_absolute_url())) for story in (first, second)]
    stamps = [form.select_one("input[name=stamp]")["value"] for form in forms]
    assert stamps[0] and stamps[1] and stamps[0] != stamps[1]
    assert [form["action"] for form in forms] == [
        reverse("stories:ask", kwargs={"slug": "first-story"}),
        reverse("stories:ask", kwargs={"slug": "second-story"}),
    ]
    for form in forms:
        form.select_one("input[name=stamp]").decompose()
        del form["action"]
    assert str(forms[0]) == str(forms[1])
    labels = [label.get_text(" ", strip=True) for label in forms[0].select("label")]
    assert "Your question:" in labels


def test_a_corrected_form_shows_its_errors_and_keeps_the_readers_words(client, db):
    story = StoryFactory()
    client.get(story.get_absolute_url())  # an empty form has been rendered before
    response = client.post(
        reverse("stories:ask", kwargs={"slug": story.slug}),
        {
            "question": "Too short?",
            "name": "Ines",
            "email": "not-an-address",
            "notify": "on",
            "website": "",
            "stamp": make_stamp(story, at=time.time() - 10),
        },
    )
    assert response.status_code == 200
    form = ask_form(response)
    assert form.select_one("textarea[name=question]").get_text().strip() == "Too short?"
    assert form.select_one("input[name=name]")["value"] == "Ines"
    assert re.search(r"valid e-mail|valid email", form.get_text(), re.I)
    # The next reader gets an empty form again, not this one.
    fresh = ask_form(client.get(story.get_absolute_url()))
    assert fresh.select_one("textarea[name=question]").get_text().strip() == ""
    assert "Ines" not in str(fresh)


def test_dateline_and_update_log_use_the_site_time_zone(client, db, settings):
    settings.TIME_ZONE = "Europe/London"
    story = StoryFactory()
    Story.objects.filter(pk=story.pk).update(
        published_at="2026-07-01T08:30:00+00:00", updated_at="2026-07-01T08:30:00+00:00"
    )
    update = StoryUpdateFactory(story=story, note="Figures corrected.")
    StoryUpdate.objects.filter(pk=update.pk).update(created_at="2026-01-15T23:45:00+00:00")
    page = BeautifulSoup(client.get(story.get_absolute_url()).content.decode(), "html.parser")
    times = {t["datetime"]: t.get_text() for t in page.select(".dateline time, .update-log time")}
    assert times["2026-07-01T09:30:00+01:00"] == "1 July 2026, 09:30"
    assert times["2026-01-15T23:45:00+00:00"] == "15 January 2026, 23:45"
