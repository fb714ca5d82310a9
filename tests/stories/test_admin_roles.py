"""Roles in the editors' admin: writers write, editors publish, moderators moderate."""

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse

from stories.models import Question, Story
from tests.factories import QuestionFactory, StoryFactory
from tests.forms import form_data

pytestmark = pytest.mark.django_db


def change_url(story):
    return reverse("admin:stories_story_change", args=[story.pk])


def changelist_url():
    return reverse("admin:stories_story_changelist")


def post_change(client, story, **changes):
    data = form_data(client.get(change_url(story)).content, form_id="story_form")
    data.update(changes)
    return client.post(change_url(story), data)


def test_writer_crafted_post_with_published_status_publishes_nothing(client, writer):
    """A writer who forges status=published gets an error and the story stays a draft."""
    story = StoryFactory(draft=True)
    client.force_login(writer)
    response = post_change(
        client, story, status="published", published_at_0="2026-01-01", published_at_1="10:00"
    )
    assert response.status_code == 200
    assert "status" in response.context["adminform"].form.errors
    story.refresh_from_db()
    assert story.status == Story.Status.DRAFT
    assert not Story.objects.published().filter(pk=story.pk).exists()


def test_writer_can_send_a_draft_for_review(client, writer):
    """Writers move their work to review, and their edits are stamped with their name."""
    story = StoryFactory(draft=True)
    client.force_login(writer)
    response = post_change(client, story, status="review", headline="A sharper headline")
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.status == Story.Status.REVIEW
    assert story.headline == "A sharper headline"
    assert story.last_edited_by == writer


def test_writer_publish_action_publishes_nothing(client, writer):
    """The publish action is not offered to writers, and forcing it changes nothing."""
    story = StoryFactory(in_review=True)
    client.force_login(writer)
    page = client.get(changelist_url())
    assert "publish_selected" not in dict(page.context["action_form"].fields["action"].choices)
    client.post(changelist_url(), {"action": "publish_selected", "_selected_action": [story.pk]})
    story.refresh_from_db()
    assert story.status == Story.Status.REVIEW


def test_writer_cannot_withdraw_a_live_story(client, writer):
    """Taking a story off the site is an editor's decision."""
    story = StoryFactory()
    client.force_login(writer)
    response = post_change(client, story, status="withdrawn")
    assert response.status_code == 200
    story.refresh_from_db()
    assert story.status == Story.Status.PUBLISHED


def test_editor_publishes_from_the_form_and_the_time_defaults_to_now(client, editor):
    """An editor choosing 'published' without a time publishes now, and history records it."""
    story = StoryFactory(in_review=True)
    client.force_login(editor)
    response = post_change(client, story, status="published", published_at_0="", published_at_1="")
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.is_published()
    assert LogEntry.objects.filter(object_id=str(story.pk), user=editor).exists()


def test_editor_publish_and_withdraw_actions(client, editor):
    """The list actions publish and withdraw, and each leaves an entry in the admin history."""
    story = StoryFactory(in_review=True)
    client.force_login(editor)
    client.post(changelist_url(), {"action": "publish_selected", "_selected_action": [story.pk]})
    story.refresh_from_db()
    assert story.is_published()
    client.post(changelist_url(), {"action": "withdraw_selected", "_selected_action": [story.pk]})
    story.refresh_from_db()
    assert story.status == Story.Status.WITHDRAWN
    assert story.withdrawn_at is not None
    messages = list(
        LogEntry.objects.filter(object_id=str(story.pk)).values_list("change_message", flat=True)
    )
    assert any("Published" in m for m in messages)
    assert any("Withdrawn" in m for m in messages)


def test_editor_schedules_a_story_for_later(client, editor):
    """A future time with status published schedules the story: it is not public yet."""
    story = StoryFactory(in_review=True)
    client.force_login(editor)
    response = post_change(
        client, story, status="published", published_at_0="2099-01-01", published_at_1="09:00:00"
    )
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.is_scheduled
    assert not story.is_published()


@pytest.mark.parametrize("role", ["writer", "editor"])
def test_non_superusers_cannot_delete_a_story_that_was_published(client, request, role):
    """Published stories are withdrawn, not deleted, by everyone but a superuser."""
    user = request.getfixturevalue(role)
    story = StoryFactory()
    client.force_login(user)
    delete_url = reverse("admin:stories_story_delete", args=[story.pk])
    assert client.get(delete_url).status_code == 403
    assert client.post(delete_url, {"post": "yes"}).status_code == 403
    client.post(
        changelist_url(),
        {"action": "delete_selected", "_selected_action": [story.pk], "post": "yes"},
    )
    assert Story.objects.filter(pk=story.pk).exists()


def test_writer_may_delete_a_draft_that_never_went_live(client, writer):
    """A draft that never went live can be thrown away."""
    story = StoryFactory(draft=True)
    client.force_login(writer)
    response = client.post(reverse("admin:stories_story_delete", args=[story.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not Story.objects.filter(pk=story.pk).exists()


def test_superuser_may_delete_a_published_story(client, superuser):
    """The escape hatch for legal takedowns stays with superusers."""
    story = StoryFactory()
    client.force_login(superuser)
    client.post(reverse("admin:stories_story_delete", args=[story.pk]), {"post": "yes"})
    assert not Story.objects.filter(pk=story.pk).exists()


def test_moderator_sees_stories_read_only(client, moderator):
    """Moderators can read a story in the admin but any change is refused."""
    story = StoryFactory()
    client.force_login(moderator)
    page = client.get(change_url(story))
    assert page.status_code == 200
    assert page.context["has_change_permission"] is False
    response = client.post(change_url(story), {"headline": "Changed by a moderator"})
    assert response.status_code == 403
    story.refresh_from_db()
    assert story.headline != "Changed by a moderator"
    assert client.get(reverse("admin:stories_story_add")).status_code == 403


def test_moderator_works_on_questions(client, moderator):
    """Moderators open the queue and publish an answered reader question."""
    question = QuestionFactory(pending=True, answer="<p>Yes, in May.</p>")
    client.force_login(moderator)
    assert client.get(reverse("admin:stories_question_changelist")).status_code == 200
    client.post(
        reverse("admin:stories_question_changelist"),
        {"action": "publish_selected", "_selected_action": [question.pk]},
    )
    question.refresh_from_db()
    assert question.status == Question.Status.PUBLISHED
    assert question.moderated_by == moderator
    assert question.slug


def test_admin_list_shows_state_words_for_every_story(client, editor):
    """The story list's state column reads live, scheduled, draft, in review, withdrawn."""
    StoryFactory(headline="Live one")
    StoryFactory(headline="Later one", scheduled=True)
    StoryFactory(headline="Rough one", draft=True)
    client.force_login(editor)
    response = client.get(changelist_url())
    states = {row.headline: str(row.status_string) for row in response.context["cl"].result_list}
    assert states == {"Live one": "live", "Later one": "scheduled", "Rough one": "draft"}
