"""Search: the same behaviour on PostgreSQL (tsvector) and SQLite (substring fallback)."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone

from stories.search.text import MAX_QUERY_LENGTH, clean_query
from tests.factories import (
    QuestionFactory,
    SourceSummaryFactory,
    StoryFactory,
    StoryTopicFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db

URL = reverse("stories:search")


def search(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200
    return response


def titles(response):
    return [hit.title for hit in response.context["results"]]


def test_finds_an_explainer_by_a_headline_word(client):
    """A word from the headline finds the explainer."""
    StoryFactory(headline="Glacier tunnel reopens after the landslide")
    StoryFactory(headline="Budget vote delayed again")
    assert titles(search(client, q="glacier")) == ["Glacier tunnel reopens after the landslide"]


def test_finds_an_explainer_by_a_body_word(client):
    """A word that only appears in the body still finds the explainer."""
    StoryFactory(headline="Harbour plan", behind_headline="<p>The cormorant colony objected.</p>")
    assert titles(search(client, q="cormorant")) == ["Harbour plan"]


def test_finds_an_explainer_by_an_outlet_summary_word(client):
    """What an outlet reported is searchable as part of the explainer."""
    story = StoryFactory(headline="Ferry strike")
    SourceSummaryFactory(story=story, summary="The Lantern says the pelican union walked out.")
    assert titles(search(client, q="pelican")) == ["Ferry strike"]


def test_finds_a_question_by_its_words(client):
    """Questions are a kind of result of their own."""
    story = StoryFactory(headline="Reservoir levels")
    QuestionFactory(story=story, text="Will the sluice gates open this winter?")
    response = search(client, q="sluice", kind="questions")
    assert titles(response) == ["Will the sluice gates open this winter?"]
    assert response.context["results"][0].context == "Reservoir levels"
    assert response.context["counts"]["questions"] == 1


def test_finds_a_topic_by_its_name(client):
    """Topics are found by name, listed as their own kind and above explainers on page one."""
    TopicFactory(name="Marlowe Estuary", bio="A tidal estuary in the west.")
    topics = search(client, q="marlowe", kind="topics")
    assert titles(topics) == ["Marlowe Estuary"]
    stories = search(client, q="marlowe")
    assert [hit.title for hit in stories.context["topic_hits"]] == ["Marlowe Estuary"]
    assert stories.context["counts"]["topics"] == 1


def test_headline_hit_ranks_above_body_hit(client):
    """A story with the word in its headline comes before one with it only in the body."""
    body = StoryFactory(
        headline="Council meets",
        what_happened="<p>The osprey nest delayed the works.</p>",
        published_at=timezone.now() - timedelta(hours=1),
    )
    head = StoryFactory(
        headline="Osprey nest halts works", published_at=timezone.now() - timedelta(days=5)
    )
    assert titles(search(client, q="osprey")) == [head.headline, body.headline]


def test_standfirst_hit_ranks_above_body_hit(client):
    """The standfirst weighs more than the body, whatever the dates."""
    body = StoryFactory(
        headline="Rail plan",
        how_we_got_here="<p>The viaduct was built in 1890.</p>",
        published_at=timezone.now() - timedelta(hours=1),
    )
    standfirst = StoryFactory(
        headline="Bridge plan",
        standfirst="Why the viaduct matters",
        published_at=timezone.now() - timedelta(days=3),
    )
    assert titles(search(client, q="viaduct")) == [standfirst.headline, body.headline]


@pytest.mark.parametrize("traits", [{"draft": True}, {"scheduled": True}, {"withdrawn": True}])
def test_never_shows_a_story_that_is_not_public(client, traits):
    """Drafts, scheduled and withdrawn explainers and their questions are not found."""
    story = StoryFactory(headline="Secret quarry report", **traits)
    QuestionFactory(story=story, text="What is in the quarry report?")
    response = search(client, q="quarry")
    assert titles(response) == []
    assert response.context["counts"] == {"stories": 0, "questions": 0, "topics": 0}


def test_never_shows_a_question_that_is_not_published(client):
    """Pending and rejected questions stay out of the results."""
    story = StoryFactory(headline="Tram fares")
    QuestionFactory(story=story, text="Why are tram fares rising?", pending=True)
    QuestionFactory(story=story, text="Are tram fares fair?", rejected=True)
    assert titles(search(client, q="fares", kind="questions")) == []


@pytest.mark.parametrize(
    "query",
    [
        "'; DROP TABLE stories_story; --",
        "a & | ! ( ) :* <-> \\",
        '"unterminated',
        "<script>alert(1)</script>",
        "\x00\x01\x1b[31m glacier \x7f",
        "ünïcødé 東京 🚂",
        "*",
        "the of and",
        "x" * 5000,
        "glacier " * 400,
        "%_%",
    ],
)
def test_hostile_queries_never_fail(client, query):
    """Odd characters, operators, injections and huge inputs give a normal page."""
    StoryFactory(headline="Glacier tunnel reopens")
    response = search(client, q=query, page="-1", since="nonsense", topic="../..")
    assert len(response.context["query"]) <= MAX_QUERY_LENGTH
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("script", string="alert(1)") is None


def test_only_the_newest_matches_are_ranked(client, monkeypatch):
    """A common word ranks the newest matches, however many older ones there are."""
    monkeypatch.setattr("stories.search.searchable.RANK_WINDOW", 2)
    now = timezone.now()
    StoryFactory(headline="Kestrel survey, the first", published_at=now - timedelta(days=9))
    StoryFactory(
        headline="Budget talks",
        what_happened="<p>A kestrel was seen.</p>",
        published_at=now - timedelta(days=3),
    )
    StoryFactory(headline="Kestrel survey, the second", published_at=now - timedelta(days=2))
    for n in range(3):
        StoryFactory(headline=f"Unrelated news {n}", published_at=now - timedelta(hours=n + 1))
    response = search(client, q="kestrel")
    assert titles(response) == ["Kestrel survey, the second", "Budget talks"]
    assert response.context["counts"]["stories"] == 2


def test_query_is_cut_and_cleaned():
    """Control characters become spaces; a long query is cut to the limit."""
    assert clean_query("a\x00b\tc\n\n  d") == "a b c d"
    assert len(clean_query("y" * 1000)) == MAX_QUERY_LENGTH


def test_excerpt_marks_the_hits_and_escapes_the_rest(client):
    """The excerpt highlights the query words and shows editors' markup as text."""
    StoryFactory(
        headline="Lighthouse sale",
        standfirst="Why the <b>lighthouse</b> & its keeper matter",
    )
    response = search(client, q="lighthouse")
    excerpt = BeautifulSoup(str(response.context["results"][0].excerpt), "html.parser")
    assert [mark.get_text().lower() for mark in excerpt.find_all("mark")][:1] == ["lighthouse"]
    assert excerpt.find("b") is None
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one(".search-result__excerpt mark") is not None


def test_filter_by_topic(client):
    """Only explainers linked to the chosen topic are found."""
    topic = TopicFactory(slug="coast")
    inside = StoryFactory(headline="Seawall funding on the coast")
    StoryTopicFactory(story=inside, topic=topic)
    StoryFactory(headline="Seawall funding inland")
    assert titles(search(client, q="seawall", topic="coast")) == [inside.headline]


def test_filter_by_date(client):
    """Dates bound the publication day, inclusive."""
    now = timezone.now()
    StoryFactory(headline="Old pier report", published_at=now - timedelta(days=40))
    recent = StoryFactory(headline="New pier report", published_at=now - timedelta(days=2))
    since = (timezone.localdate() - timedelta(days=10)).isoformat()
    assert titles(search(client, q="pier", since=since)) == [recent.headline]
    until = (timezone.localdate() - timedelta(days=10)).isoformat()
    assert titles(search(client, q="pier", until=until)) == ["Old pier report"]


def test_results_are_paginated(client):
    """Ten to a page; a page past the end shows the last page."""
    now = timezone.now()
    for n in range(13):
        StoryFactory(headline=f"Lock gate report {n}", published_at=now - timedelta(hours=n + 1))
    first = search(client, q="lock gate")
    assert len(first.context["results"]) == 10
    assert first.context["counts"]["stories"] == 13
    second = search(client, q="lock gate", page="2")
    assert titles(second) == [f"Lock gate report {n}" for n in (10, 11, 12)]
    assert search(client, q="lock gate", page="99").context["page_obj"].number == 2


def test_empty_query_shows_the_form_only(client):
    """No query, no results and no error."""
    response = search(client)
    assert "results" not in response.context
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("form.search-form input[name=q]") is not None


def test_search_pages_are_not_indexed(client):
    """Result pages tell crawlers not to index them."""
    assert search(client, q="anything")["X-Robots-Tag"] == "noindex"


def test_query_count_does_not_grow_with_results(client, django_assert_num_queries):
    """Topics list, three counts, one page of results, and topic cards on the first tab."""
    for n in range(3):
        story = StoryFactory(headline=f"Canal dredging {n}")
        QuestionFactory(story=story, text=f"Who pays for canal dredging {n}?")
    TopicFactory(name="Canal trust")
    with django_assert_num_queries(6):
        search(client, q="canal")
    for n in range(3, 15):
        story = StoryFactory(headline=f"Canal dredging {n}")
        QuestionFactory(story=story, text=f"Who pays for canal dredging {n}?")
    with django_assert_num_queries(6):
        search(client, q="canal")
    with django_assert_num_queries(5):
        search(client, q="canal", kind="questions")


def test_equally_good_questions_come_newest_explainer_first_then_as_asked(client):
    """Ties in rank: the newer explainer's questions first, each explainer's in the order asked."""
    now = timezone.now()
    older = StoryFactory(published_at=now - timedelta(days=5))
    newer = StoryFactory(published_at=now - timedelta(days=1))
    asked = []
    for story, n in [(older, 1), (newer, 2), (older, 3), (newer, 4)]:
        asked.append(QuestionFactory(story=story, text=f"Who maintains the sluice, case {n}?"))
    for n in range(5, 16):
        QuestionFactory(story=older, text=f"Who maintains the sluice, case {n}?")
    first = search(client, q="sluice", kind="questions")
    assert first.context["counts"]["questions"] == 15
    assert titles(first)[:2] == [asked[1].text, asked[3].text]
    assert titles(first)[2:4] == [asked[0].text, asked[2].text]
    second = search(client, q="sluice", kind="questions", page="2")
    assert len(titles(second)) == 5
    assert set(titles(first)).isdisjoint(titles(second))
