"""Slugs are stable: a live story's old address keeps working with a permanent redirect."""

import pytest
from django.urls import reverse

from stories.models import StorySlugRedirect
from tests.factories import StoryFactory

pytestmark = pytest.mark.django_db


def test_changed_slug_of_published_story_redirects_permanently(client):
    """Readers following the old link land on the new address with a 301."""
    story = StoryFactory(slug="harbour-vote")
    story.slug = "harbour-vote-delayed"
    story.save()
    response = client.get(reverse("stories:detail", kwargs={"slug": "harbour-vote"}))
    assert response.status_code == 301
    assert response["Location"] == story.get_absolute_url()


def test_renaming_twice_keeps_every_old_address(client):
    """Both earlier addresses lead to the current one."""
    story = StoryFactory(slug="first")
    story.slug = "second"
    story.save()
    story.slug = "third"
    story.save()
    for old in ("first", "second"):
        response = client.get(reverse("stories:detail", kwargs={"slug": old}))
        assert response.status_code == 301
        assert response["Location"] == "/stories/third/"


def test_changing_back_to_an_old_slug_removes_its_redirect(client):
    """A slug cannot both redirect and be a story's own address."""
    story = StoryFactory(slug="alpha")
    story.slug = "beta"
    story.save()
    story.slug = "alpha"
    story.save()
    assert not StorySlugRedirect.objects.filter(old_slug="alpha").exists()
    assert client.get("/stories/alpha/").status_code == 200
    assert client.get("/stories/beta/")["Location"] == "/stories/alpha/"


def test_draft_slug_changes_leave_no_redirect():
    """An address that was never public needs no redirect."""
    story = StoryFactory(draft=True, slug="working-title")
    story.slug = "final-title"
    story.save()
    assert not StorySlugRedirect.objects.exists()


def test_redirect_to_a_story_that_is_no_longer_public_is_not_followed(client):
    """An old address never reveals where a withdrawn story lives now."""
    story = StoryFactory(slug="old-address")
    story.slug = "new-address"
    story.save()
    story.status = story.Status.DRAFT
    story.save()
    assert client.get("/stories/old-address/").status_code == 404
