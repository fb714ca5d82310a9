"""The permissions module decides, per role, and every caller asks it."""

import pytest
from django.apps import apps
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import AnonymousUser, Group
from django.core.exceptions import PermissionDenied
from django.db.models.signals import post_delete, post_save, pre_save
from django.template import Context, Template
from django.urls import reverse
from reversion.models import Revision, Version

from stories import permissions, services
from stories.admin import StoryAdmin
from stories.models import Question, Story
from tests.factories import QuestionFactory, StoryFactory
from tests.forms import form_data

pytestmark = pytest.mark.django_db

STATUSES = set(Story.Status.values)
WRITING = {Story.Status.DRAFT, Story.Status.REVIEW}

# role: can_publish, can_preview, can_see_askers, can_moderate, delete a draft, delete a
# story that was published, statuses a draft may move to, statuses a live story may move to
DECISIONS = {
    "writer": (False, True, False, True, True, False, WRITING, {Story.Status.PUBLISHED}),
    "editor": (True, True, False, True, True, False, STATUSES, STATUSES),
    "moderator": (False, False, True, True, False, False, WRITING, {Story.Status.PUBLISHED}),
    "superuser": (True, True, True, True, True, True, STATUSES, STATUSES),
}


@pytest.mark.parametrize("role", sorted(DECISIONS))
def test_decisions_per_role(request, role):
    """What each role may do, as the one module answers it."""
    user = request.getfixturevalue(role)
    draft, live = StoryFactory(draft=True), StoryFactory()
    got = (
        permissions.can_publish(user),
        permissions.can_preview(user),
        permissions.can_see_askers(user),
        permissions.can_moderate(user),
        permissions.can_delete_story(user, draft),
        permissions.can_delete_story(user, live),
        permissions.allowed_statuses(user, Story.Status.DRAFT),
        permissions.allowed_statuses(user, Story.Status.PUBLISHED),
    )
    assert got == DECISIONS[role]


def test_anonymous_may_do_nothing():
    """A reader previews nothing and publishes nothing."""
    reader = AnonymousUser()
    assert not permissions.can_preview(reader)
    assert not permissions.can_publish(reader)
    assert not permissions.can_see_askers(reader)


def test_groups_hold_exactly_their_permissions():
    """After all migrations each group has its list, nothing missing and nothing more."""
    for name, perms in permissions.GROUPS.items():
        held = {
            f"{app}.{codename}"
            for app, codename in Group.objects.get(name=name).permissions.values_list(
                "content_type__app_label", "codename"
            )
        }
        assert held == set(perms), name


def test_a_moderator_cannot_publish_a_story(client, moderator):
    """Neither the service, the list action nor the form lets a moderator publish."""
    story = StoryFactory(in_review=True)
    with pytest.raises(PermissionDenied):
        services.story_publish(story=story, user=moderator)
    client.force_login(moderator)
    client.post(
        reverse("admin:stories_story_changelist"),
        {"action": "publish_selected", "_selected_action": [story.pk]},
    )
    url = reverse("admin:stories_story_change", args=[story.pk])
    assert client.post(url, {"status": "published"}).status_code == 403
    story.refresh_from_db()
    assert story.status == Story.Status.REVIEW
    assert not LogEntry.objects.filter(object_id=str(story.pk)).exists()


def test_a_writer_cannot_publish_through_the_service(writer):
    """The service checks by itself: a caller that skips the form is refused too."""
    story = StoryFactory(draft=True)
    story.status = Story.Status.PUBLISHED
    with pytest.raises(PermissionDenied):
        services.story_save(story=story, user=writer)
    assert Story.objects.get(pk=story.pk).status == Story.Status.DRAFT


def test_opening_a_change_form_writes_nothing(client, editor):
    """A GET of the story form, or of a revision, keeps no revision and moves no version."""
    story = StoryFactory()
    client.force_login(editor)
    before = (Revision.objects.count(), Version.objects.count(), LogEntry.objects.count())
    assert client.get(reverse("admin:stories_story_change", args=[story.pk])).status_code == 200
    assert (Revision.objects.count(), Version.objects.count(), LogEntry.objects.count()) == before
    story.refresh_from_db()
    assert story.version == 1


def test_a_revision_preview_writes_nothing(client, editor):
    """Looking at an old revision changes neither the story nor its history."""
    story = StoryFactory(headline="Old words")
    services.story_save(story=story, user=editor)
    story.headline = "New words"
    services.story_save(story=story, user=editor)
    old = Version.objects.get_for_object(story).order_by("pk")[1]
    client.force_login(editor)
    before = (Revision.objects.count(), Version.objects.count(), LogEntry.objects.count())
    url = reverse("admin:stories_story_revision", args=[story.pk, old.pk])
    page = client.get(url)
    assert page.context["adminform"].form["headline"].value() == "Old words"
    assert (Revision.objects.count(), Version.objects.count(), LogEntry.objects.count()) == before
    story.refresh_from_db()
    assert (story.headline, story.version) == ("New words", 3)
    data = form_data(page.content, form_id="story_form")
    assert data["base_version"] == "3"


def test_importing_the_admin_registers_no_signal_receivers():
    """Receivers are connected in StoriesConfig.ready(); the admin only asks services."""
    modules = set()
    for signal in (pre_save, post_save, post_delete):
        for entry in signal.receivers:
            receiver = entry[1]() if callable(entry[1]) else entry[1]
            modules.add(getattr(receiver, "__module__", ""))
    assert not {m for m in modules if m.startswith(("stories.admin", "stories.revisions"))}
    assert StoryAdmin.reversion_register(None, Story) is None
    assert apps.get_app_config("stories").ready


def test_the_moderation_queue_counts_pending_questions(rf, moderator):
    """The admin's front page counts QuestionQuerySet.pending(), the queue's one definition."""
    QuestionFactory(pending=True)
    QuestionFactory(pending=True)
    QuestionFactory()
    rendered = Template("{% load moderation %}{% moderation_queue as q %}{{ q.count }}").render(
        Context({})
    )
    assert rendered == "2" == str(Question.objects.pending().count())
