"""The demo newsroom: complete explainers in every state, loaded once however often it runs."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import Count

from stories.models import Outlet, Question, SourceSummary, Story
from topics.models import Topic

pytestmark = pytest.mark.django_db

MODELS = [Story, Outlet, Topic, Question, SourceSummary]


def seed(*args):
    out = StringIO()
    call_command("seed_demo", "--no-images", *args, stdout=out)
    return out.getvalue()


def counts():
    return {model.__name__: model.objects.count() for model in MODELS}


def test_seed_demo_twice_duplicates_nothing():
    """Running the seed again changes no counts and says how much is there."""
    seed()
    first = counts()
    output = seed()
    assert counts() == first
    assert "0 demo explainers added" in output


def test_demo_has_a_story_in_every_state():
    """Draft, in review, scheduled and withdrawn stories exist to show the visibility rules."""
    seed()
    states = {str(s.status_string) for s in Story.objects.all()}
    assert {"live", "draft", "in review", "scheduled", "withdrawn"} <= states
    assert Story.objects.published().count() >= 8


def test_every_demo_explainer_is_complete():
    """Each live explainer has every section, 3-6 outlets across leans, 2-4 Q&As, 3-6 topics."""
    seed()
    for story in Story.objects.published().annotate(
        n_sources=Count("sources", distinct=True),
        n_questions=Count("questions", distinct=True),
        n_topics=Count("topics", distinct=True),
    ):
        for field in ("standfirst", "what_happened", "behind_headline", "how_we_got_here"):
            assert getattr(story, field).strip(), (story.slug, field)
        assert 3 <= story.n_sources <= 6, story.slug
        assert 2 <= story.n_questions <= 4, story.slug
        assert 3 <= story.n_topics <= 6, story.slug
        leans = set(story.sources.values_list("outlet__lean", flat=True))
        assert len(leans) >= 2, story.slug
        kinds = set(story.topics.values_list("kind", flat=True))
        assert len(kinds) >= 2, story.slug
        assert all(q.answer for q in story.questions.all())


def test_generated_archive_adds_exactly_the_requested_stories():
    """--stories N adds N public explainers with summaries, questions and topics."""
    seed()
    before = Story.objects.published().count()
    output = seed("--stories", "25")
    assert Story.objects.published().count() == before + 25
    generated = Story.objects.filter(slug__startswith="archive-")
    assert SourceSummary.objects.filter(story__in=generated).count() == 75
    assert Question.objects.published().filter(story__in=generated).count() == 50
    assert "25 generated" in output
    seed("--stories", "5")
    assert generated.count() == 30
