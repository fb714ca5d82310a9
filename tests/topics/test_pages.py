"""The topic index and topic pages."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from tests.factories import QuestionFactory, StoryFactory, StoryTopicFactory, TopicFactory
from topics.models import Topic


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    """Each request renders, so a test sees the page its own data makes."""
    settings.NEWSDIGEST_PAGE_CACHE_SECONDS = 0


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_topic_index_groups_topics_by_kind_with_public_counts(client, db):
    """One section per kind; each topic's count ignores drafts."""
    person = TopicFactory(name="Elin Kastrup", kind=Topic.Kind.PERSON)
    place = TopicFactory(name="Port Aldane", kind=Topic.Kind.PLACE)
    StoryTopicFactory(story=StoryFactory(), topic=person)
    StoryTopicFactory(story=StoryFactory(draft=True), topic=person)
    response = client.get("/topics/")
    groups = response.context["groups"]
    assert [(label, items) for label, items in groups] == [("Person", [person]), ("Place", [place])]
    assert groups[0][1][0].story_count == 1
    page = soup(response)
    assert [h.get_text() for h in page.select("main h2")] == ["Person", "Place"]
    counts = [s.get_text() for s in page.select(".topic-index__count")]
    assert counts == ["1 explainer", "0 explainers"]


def test_topic_index_counts_up_to_its_cap_then_says_so(client, db, monkeypatch):
    """Past the cap a topic reads "N+ explainers"; below it, drafts and scheduled don't count."""
    monkeypatch.setattr("topics.views.INDEX_COUNT_CAP", 3)
    busy = TopicFactory(name="Harbour strike", kind=Topic.Kind.SUBJECT)
    quiet = TopicFactory(name="Herring quota", kind=Topic.Kind.SUBJECT)
    for _ in range(4):
        StoryTopicFactory(story=StoryFactory(), topic=busy)
    StoryTopicFactory(story=StoryFactory(), topic=quiet)
    StoryTopicFactory(story=StoryFactory(), topic=quiet)
    for hidden in (StoryFactory(draft=True), StoryFactory(scheduled=True)):
        StoryTopicFactory(story=hidden, topic=quiet)
    page = soup(client.get("/topics/"))
    counts = [s.get_text() for s in page.select(".topic-index__count")]
    assert counts == ["3+ explainers", "2 explainers"]


def test_topic_index_cap_is_reached_by_public_explainers_only(client, db, monkeypatch):
    """Drafts and scheduled explainers cannot push a topic over the cap."""
    monkeypatch.setattr("topics.views.INDEX_COUNT_CAP", 3)
    topic = TopicFactory(name="Dam inquiry")
    StoryTopicFactory(story=StoryFactory(), topic=topic)
    StoryTopicFactory(story=StoryFactory(), topic=topic)
    for hidden in (StoryFactory(draft=True), StoryFactory(scheduled=True)):
        StoryTopicFactory(story=hidden, topic=topic)
    response = client.get("/topics/")
    assert response.context["object_list"][0].story_count == 2
    assert soup(response).select_one(".topic-index__count").get_text() == "2 explainers"


def test_topic_page_lists_public_explainers_newest_first(client, db):
    """Its published explainers, newest first; drafts and scheduled stories are absent."""
    topic = TopicFactory(description="<p>About the port.</p><script>x()</script>")
    old = StoryFactory(published_at=timezone.now() - timedelta(days=4))
    new = StoryFactory(published_at=timezone.now() - timedelta(hours=2))
    for story in (old, new, StoryFactory(draft=True), StoryFactory(scheduled=True)):
        StoryTopicFactory(story=story, topic=topic)
    response = client.get(topic.get_absolute_url())
    assert response.context["topic"] == topic
    assert list(response.context["stories"]) == [new, old]
    page = soup(response)
    assert page.select_one("h1").get_text() == topic.name
    assert page.select_one(".listing-description script") is None
    assert page.select_one(".feed-link a")["href"] == f"/topics/{topic.slug}/feed/"


def test_topic_page_shows_questions_and_related_topics(client, db):
    """Published questions of its explainers and its related topics, as cards."""
    topic = TopicFactory()
    related = TopicFactory(name="Harbour pilots")
    topic.related.add(related)
    story = StoryFactory()
    StoryTopicFactory(story=story, topic=topic)
    question = QuestionFactory(story=story, text="What does a pilot do?")
    QuestionFactory(story=story, pending=True)
    hidden = StoryFactory(draft=True)
    StoryTopicFactory(story=hidden, topic=topic)
    QuestionFactory(story=hidden)
    response = client.get(topic.get_absolute_url())
    assert response.context["questions"] == [question]
    page = soup(response)
    assert [a.get_text() for a in page.select(".topic-card__name a")] == ["Harbour pilots"]


def test_topic_page_without_explainers_says_so(client, db):
    """A topic nobody has written about yet still has a page."""
    topic = TopicFactory()
    response = client.get(topic.get_absolute_url())
    assert response.status_code == 200
    assert soup(response).select_one(".empty").get_text() == "No explainers yet."


@pytest.mark.parametrize(("raw", "expected"), [("abc", 1), ("99999", 3), ("0", 3)])
def test_topic_pagination_survives_bad_input(client, db, settings, raw, expected):
    """?page=abc shows page one, ?page=99999 the last page: never an error."""
    settings.NEWSDIGEST = {**settings.NEWSDIGEST, "PAGE_SIZE": 1}
    topic = TopicFactory()
    for _ in range(3):
        StoryTopicFactory(story=StoryFactory(), topic=topic)
    response = client.get(topic.get_absolute_url(), {"page": raw})
    assert response.status_code == 200
    assert response.context["page_obj"].number == expected
    assert len(response.context["stories"]) == 1


def test_topic_cards_carry_a_small_responsive_image_when_the_topic_has_one(client, db):
    """A related topic with an image gets a 96/192 px srcset thumbnail with its size set."""
    from io import BytesIO

    from django.core.files.base import ContentFile
    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (400, 400), (120, 40, 40)).save(buffer, "PNG")
    related = TopicFactory(name="Harbour master")
    related.image.save("portrait.png", ContentFile(buffer.getvalue()), save=True)
    topic = TopicFactory()
    topic.related.add(related)
    img = soup(client.get(topic.get_absolute_url())).select_one(".topic-card img")
    assert [part.split()[-1] for part in img["srcset"].split(", ")] == ["96w", "192w"]
    assert (img["width"], img["height"], img["alt"]) == ("400", "400", "")
    assert img["loading"] == "lazy"
