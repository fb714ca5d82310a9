"""Editing an explainer in the admin: ordered roundups, bylines and the editor's stamp."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests.factories import OutletFactory, SourceSummaryFactory, StoryFactory
from tests.forms import form_data

pytestmark = pytest.mark.django_db


def test_editor_reorders_source_summaries_by_swapping_positions(client, editor):
    """Swapping two positions saves cleanly despite the unique position per story."""
    story = StoryFactory()
    first = SourceSummaryFactory(story=story, position=1, title="First report")
    second = SourceSummaryFactory(story=story, position=2, title="Second report")
    client.force_login(editor)
    url = reverse("admin:stories_story_change", args=[story.pk])
    data = form_data(client.get(url).content, form_id="story_form")
    index = {data[f"sources-{i}-id"]: i for i in (0, 1)}
    data[f"sources-{index[str(first.pk)]}-position"] = "2"
    data[f"sources-{index[str(second.pk)]}-position"] = "1"
    response = client.post(url, data)
    assert response.status_code == 302, response.context["errors"]
    assert list(story.sources.values_list("title", flat=True)) == ["Second report", "First report"]
    assert list(story.sources.values_list("position", flat=True)) == [1, 2]


def test_new_summaries_are_numbered_after_existing_ones(client, editor):
    """An editor adding a summary without touching its position gets the next place."""
    story = StoryFactory()
    SourceSummaryFactory(story=story, position=1, title="Existing report")
    outlet = OutletFactory()
    client.force_login(editor)
    url = reverse("admin:stories_story_change", args=[story.pk])
    data = form_data(client.get(url).content, form_id="story_form")
    data.update(
        {
            "sources-TOTAL_FORMS": "2",
            "sources-1-outlet": str(outlet.pk),
            "sources-1-title": "Added report",
            "sources-1-url": "https://lantern.example/added",
            "sources-1-summary": "It reported the reaction.",
            "sources-1-position": "0",
            "sources-1-story": str(story.pk),
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.context["errors"]
    titles = list(story.sources.order_by("position").values_list("title", flat=True))
    assert titles == ["Existing report", "Added report"]
    assert list(story.sources.order_by("position").values_list("position", flat=True)) == [1, 2]


def test_bad_url_in_a_summary_is_reported_and_nothing_is_lost(client, editor):
    """A malformed link gets a message on its field; nothing of the story is saved half-way."""
    story = StoryFactory(headline="Original headline")
    SourceSummaryFactory(story=story, position=1)
    client.force_login(editor)
    url = reverse("admin:stories_story_change", args=[story.pk])
    data = form_data(client.get(url).content, form_id="story_form")
    data["headline"] = "Edited headline"
    data["sources-0-url"] = "not a link"
    response = client.post(url, data)
    assert response.status_code == 200
    assert response.context["inline_admin_formsets"][1].formset.errors[0]["url"]
    story.refresh_from_db()
    assert story.headline == "Original headline"
    # The editor's unsaved text is still in the form for them to fix and resubmit.
    assert response.context["adminform"].form["headline"].value() == "Edited headline"


def test_publishing_a_question_from_the_story_form_records_and_notifies(
    client, editor, mailoutbox, django_capture_on_commit_callbacks
):
    """A status set in the story's question rows is a moderation: stamped, and the asker told."""
    from stories.models import Question
    from tests.factories import QuestionFactory

    story = StoryFactory()
    question = QuestionFactory(
        story=story,
        rejected=True,
        origin=Question.Origin.READER,
        asker_email="reader@home.test",
        notify_consent=True,
    )
    client.force_login(editor)
    url = reverse("admin:stories_story_change", args=[story.pk])
    data = form_data(client.get(url).content, form_id="story_form")
    assert data["questions-0-id"] == str(question.pk)
    data["questions-0-status"] = "published"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)
    assert response.status_code == 302, response.context["errors"]
    question.refresh_from_db()
    assert question.status == Question.Status.PUBLISHED
    assert question.moderated_by == editor
    assert len(mailoutbox) == 1
    assert question.get_absolute_url() in mailoutbox[0].body


def test_source_summaries_are_open_on_the_story_form(client, editor):
    """The press roundup is the heart of an explainer: its rows show without a click."""
    story = StoryFactory()
    SourceSummaryFactory(story=story, position=1)
    client.force_login(editor)
    for url in (
        reverse("admin:stories_story_add"),
        reverse("admin:stories_story_change", args=[story.pk]),
    ):
        page = BeautifulSoup(client.get(url).content, "html.parser")
        group = page.find(id="sources-group")
        assert group is not None, url
        assert group.find("details") is None, url
        assert group.find(attrs={"name": "sources-0-title"}) is not None, url
