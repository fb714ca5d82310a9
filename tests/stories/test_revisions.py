"""Revision history: every save is kept, two revisions compare field by field, one restores."""

from html.parser import HTMLParser

import pytest
from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntry
from django.test import Client
from django.urls import reverse
from reversion.models import Version

from stories.models import Question, SourceSummary, Story
from tests.factories import (
    QuestionFactory,
    SourceSummaryFactory,
    StoryAuthorFactory,
    StoryFactory,
    StoryTopicFactory,
)
from tests.forms import form_data

pytestmark = pytest.mark.django_db


def change_url(story):
    return reverse("admin:stories_story_change", args=[story.pk])


def history_url(story):
    return reverse("admin:stories_story_history", args=[story.pk])


def save(client, story, **changes):
    data = form_data(client.get(change_url(story)).content, form_id="story_form")
    data.update(changes)
    response = client.post(change_url(story), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return response


def kept_versions(story):
    """The story's versions, oldest first."""
    return list(Version.objects.get_for_object(story).order_by("pk"))


class _Rows(HTMLParser):
    """Rows of one table (by id) as lists of cell texts, with each row's data-* attributes."""

    def __init__(self, table_id):
        super().__init__(convert_charrefs=True)
        self.table_id, self.rows, self.inside, self.cell = table_id, [], False, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and attrs.get("id") == self.table_id:
            self.inside = True
        elif self.inside and tag == "tr":
            self.rows.append({"attrs": attrs, "cells": []})
        elif self.inside and tag in {"td", "th"}:
            self.cell = ""
        elif self.inside and tag in {"del", "ins"} and self.cell is not None:
            self.cell += "[-" if tag == "del" else "[+"

    def handle_endtag(self, tag):
        if tag == "table":
            self.inside = False
        elif self.inside and tag in {"td", "th"} and self.cell is not None:
            self.rows[-1]["cells"].append(" ".join(self.cell.split()))
            self.cell = None
        elif self.inside and tag in {"del", "ins"} and self.cell is not None:
            self.cell += "-]" if tag == "del" else "+]"

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def table_rows(response, table_id):
    parser = _Rows(table_id)
    parser.feed(response.content.decode())
    return parser.rows[1:]  # without the header row


def test_every_admin_save_keeps_a_revision_with_the_inlines(client, editor):
    """Each save adds a revision that holds the story and its source summaries."""
    story = StoryFactory(headline="Ferry fares to rise")
    source = SourceSummaryFactory(story=story, position=1)
    client.force_login(editor)
    save(client, story, headline="Ferry fares to rise in spring")
    save(client, story, headline="Ferry fares to rise in April")
    versions = kept_versions(story)
    # The first one is the state the editor opened (the story was made outside the admin).
    assert [v.field_dict["headline"] for v in versions] == [
        "Ferry fares to rise",
        "Ferry fares to rise in spring",
        "Ferry fares to rise in April",
    ]
    assert [v.revision.user for v in versions[1:]] == [editor, editor]
    kept_models = {v.content_type.model_class() for v in versions[-1].revision.version_set.all()}
    assert {Story, SourceSummary} <= kept_models
    assert str(source.pk) in {
        v.object_id
        for v in versions[-1].revision.version_set.all()
        if v.content_type.model == "sourcesummary"
    }


def test_history_lists_revisions_to_compare_and_the_admin_log(client, editor):
    """The history page offers every revision for comparing and restoring, newest first, and
    the log shows who published and withdrew the story and when."""
    story = StoryFactory(in_review=True)
    client.force_login(editor)
    save(client, story, headline="First rewrite")
    changelist = reverse("admin:stories_story_changelist")
    client.post(changelist, {"action": "publish_selected", "_selected_action": [story.pk]})
    client.post(changelist, {"action": "withdraw_selected", "_selected_action": [story.pk]})

    response = client.get(history_url(story))

    actions = response.context["action_list"]
    assert len(actions) == len(kept_versions(story)) == 4
    assert [a["version_id"] for a in actions] == sorted(
        (a["version_id"] for a in actions), reverse=True
    )
    assert actions[0]["revision"].get_comment() == "Withdrawn."
    assert actions[0]["url"] == reverse(
        "admin:stories_story_revision", args=[story.pk, actions[0]["version_id"]]
    )
    log = [(e.user, e.get_change_message()) for e in response.context["admin_log"]]
    assert (editor, "Withdrawn.") in log
    assert (editor, "Published.") in log
    assert all(e.action_time for e in response.context["admin_log"])
    rows = table_rows(response, "revision-list")
    assert len(rows) == 4
    assert rows[0]["cells"][3] == "editor"


def test_compare_shows_each_changed_field_and_inline_row(client, editor):
    """Comparing two revisions lists changed fields with old and new values, and added rows."""
    story = StoryFactory(headline="Dock strike called", label=Story.Label.EXPLAINER)
    client.force_login(editor)
    save(client, story)
    data = form_data(client.get(change_url(story)).content, form_id="story_form")
    outlet = SourceSummaryFactory().outlet
    data.update(
        {
            "headline": "Dock strike called off",
            "label": Story.Label.ANALYSIS,
            "what_happened": "The union met and voted.",
            "sources-TOTAL_FORMS": "1",
            "sources-0-outlet": str(outlet.pk),
            "sources-0-title": "Strike is off",
            "sources-0-url": "https://lantern.example/strike-off",
            "sources-0-summary": "It reported the vote.",
            "sources-0-position": "1",
            "sources-0-story": str(story.pk),
        }
    )
    assert client.post(change_url(story), data).status_code == 302
    older, newer = kept_versions(story)[-2:]

    response = client.get(
        reverse("admin:stories_story_compare", args=[story.pk]), {"a": newer.pk, "b": older.pk}
    )

    assert response.status_code == 200
    assert (response.context["older"], response.context["newer"]) == (older, newer)
    fields = {c["name"]: (c["old"], c["new"]) for c in response.context["difference"]["fields"]}
    assert fields["headline"] == ("Dock strike called", "Dock strike called off")
    assert fields["label"] == ("Explainer", "Analysis")
    assert "version" not in fields and "updated_at" not in fields
    cells = {
        row["attrs"]["data-field"]: row["cells"] for row in table_rows(response, "field-changes")
    }
    assert cells["headline"] == ["Headline", "Dock strike called", "Dock strike called off"]
    # Long text shows one word-level diff, escaped: removed words struck, added ones marked.
    assert cells["what_happened"][1] == (
        "[-<p>The-][+The+] [-board-][+union+] met and [-voted on the plan.</p>-][+voted.+]"
    )
    inline = [
        (r["attrs"]["data-kind"], r["cells"][0]) for r in table_rows(response, "inline-changes")
    ]
    assert inline == [("added", "Source summaries")]


def test_compare_without_two_revisions_sends_the_editor_back_to_the_history(client, editor):
    """A compare link with a missing or foreign revision shows the history with a hint."""
    story = StoryFactory()
    other = StoryFactory()
    client.force_login(editor)
    save(client, other)
    response = client.get(
        reverse("admin:stories_story_compare", args=[story.pk]),
        {"a": kept_versions(other)[0].pk, "b": "x"},
    )
    assert response.status_code == 200
    assert "action_list" in response.context
    assert [str(m) for m in response.context["messages"]][-1] == "Choose two revisions to compare."


def test_restore_brings_back_text_and_inlines_but_not_the_publishing_state(client, editor):
    """Restoring an old draft revision of a live story restores its words and rows; the story
    stays live and its version moves forward, so forms opened before the restore go stale."""
    story = StoryFactory(draft=True, headline="Draft headline")
    client.force_login(editor)
    save(client, story)
    first = kept_versions(story)[-1]
    save(
        client,
        story,
        headline="Live headline",
        status="published",
        published_at_0="2026-01-01",
        published_at_1="09:00:00",
    )
    SourceSummaryFactory(story=story, position=1, title="Added later")
    save(client, story)
    story.refresh_from_db()
    version_before = story.version
    revision_url = reverse("admin:stories_story_revision", args=[story.pk, first.pk])

    page = client.get(revision_url)
    assert page.status_code == 200
    assert page.context["adminform"].form["headline"].value() == "Draft headline"
    story.refresh_from_db()
    assert story.headline == "Live headline"  # looking at a revision changes nothing

    data = form_data(page.content, form_id="story_form")
    assert data["base_version"] == str(version_before)
    response = client.post(revision_url, data)

    assert response.status_code == 302
    story.refresh_from_db()
    assert story.headline == "Draft headline"
    assert not story.sources.exists()
    assert story.is_published()
    assert story.first_published_at is not None
    assert story.version == version_before + 1
    assert (
        kept_versions(story)[-1].revision.get_comment().startswith("Reverted to previous version")
    )


def test_restore_from_a_page_opened_before_another_save_is_refused(client, editor):
    """A restore is a save like any other: if the story moved on meanwhile, it is refused."""
    story = StoryFactory(headline="Original")
    client.force_login(editor)
    save(client, story)
    first = kept_versions(story)[-1]
    save(client, story, headline="Second")
    revision_url = reverse("admin:stories_story_revision", args=[story.pk, first.pk])
    data = form_data(client.get(revision_url).content, form_id="story_form")
    other = Client()
    other.force_login(editor)
    save(other, story, headline="Third, saved meanwhile")

    assert client.post(revision_url, data).status_code == 200
    story.refresh_from_db()
    assert story.headline == "Third, saved meanwhile"


def test_restore_never_deletes_reader_questions(client, editor):
    """Reader questions that arrived after a revision survive restoring it."""
    story = StoryFactory()
    editorial = QuestionFactory(story=story, text="What did the board decide?", position=1)
    client.force_login(editor)
    save(client, story)
    first = kept_versions(story)[-1]
    reader = QuestionFactory(story=story, pending=True, text="Will fares rise?")
    later = QuestionFactory(story=story, position=2, text="Who pays for it?")
    save(client, story)
    revision_url = reverse("admin:stories_story_revision", args=[story.pk, first.pk])
    data = form_data(client.get(revision_url).content, form_id="story_form")

    assert client.post(revision_url, data).status_code == 302

    remaining = set(story.questions.values_list("pk", flat=True))
    assert {editorial.pk, reader.pk} <= remaining
    assert later.pk not in remaining  # an editorial question added later goes with the restore
    assert Question.objects.get(pk=reader.pk).status == Question.Status.PENDING


def test_moderators_may_read_history_but_not_restore(client, editor, moderator):
    """Seeing the history is reading; restoring needs the right to change stories."""
    story = StoryFactory(headline="Original")
    editor_client = Client()
    editor_client.force_login(editor)
    save(editor_client, story, headline="Edited")
    first = kept_versions(story)[0]
    client.force_login(moderator)
    assert client.get(history_url(story)).status_code == 200
    revision_url = reverse("admin:stories_story_revision", args=[story.pk, first.pk])
    data = form_data(editor_client.get(revision_url).content, form_id="story_form")
    assert client.post(revision_url, data).status_code == 403
    story.refresh_from_db()
    assert story.headline == "Edited"


def test_publish_withdraw_and_delete_are_logged_with_who_and_when(client, editor, superuser):
    """The admin log keeps who published, withdrew and deleted a story, and when."""
    story = StoryFactory(in_review=True)
    client.force_login(editor)
    changelist = reverse("admin:stories_story_changelist")
    client.post(changelist, {"action": "publish_selected", "_selected_action": [story.pk]})
    client.post(changelist, {"action": "withdraw_selected", "_selected_action": [story.pk]})
    root = Client()
    root.force_login(superuser)
    delete_url = reverse("admin:stories_story_delete", args=[story.pk])
    assert root.post(delete_url, {"post": "yes"}).status_code == 302

    entries = LogEntry.objects.filter(object_id=str(story.pk)).order_by("action_time", "pk")
    logged = [(e.user, e.action_flag, e.get_change_message()) for e in entries]
    assert (editor, CHANGE, "Published.") in logged
    assert (editor, CHANGE, "Withdrawn.") in logged
    assert logged[-1][:2] == (superuser, DELETION)
    assert all(e.action_time is not None for e in entries)
    assert not entries.filter(action_flag=ADDITION).exists()


def test_bulk_delete_by_a_non_superuser_spares_stories_that_were_published(client, editor):
    """The list's delete action refuses a selection holding a once-published story."""
    draft = StoryFactory(draft=True)
    withdrawn = StoryFactory(withdrawn=True)
    client.force_login(editor)
    response = client.post(
        reverse("admin:stories_story_changelist"),
        {"action": "delete_selected", "_selected_action": [draft.pk, withdrawn.pk], "post": "yes"},
    )
    assert response.status_code == 403
    assert Story.objects.filter(pk__in=[draft.pk, withdrawn.pk]).count() == 2


def test_restore_brings_back_bylines_topics_and_tags(client, editor):
    """The relations kept as their own rows (bylines, topics, tags) come back with a restore."""
    story = StoryFactory()
    first_author = StoryAuthorFactory(story=story, position=1).author
    first_topic = StoryTopicFactory(story=story, position=1).topic
    story.tags.add("ports")
    client.force_login(editor)
    save(client, story)
    kept = kept_versions(story)[-1]
    story.storyauthor_set.all().delete()
    StoryAuthorFactory(story=story, position=1)
    story.storytopic_set.all().delete()
    StoryTopicFactory(story=story, position=1)
    story.tags.set(["shipping"])
    save(client, story)
    revision_url = reverse("admin:stories_story_revision", args=[story.pk, kept.pk])
    data = form_data(client.get(revision_url).content, form_id="story_form")

    assert client.post(revision_url, data).status_code == 302

    assert list(story.authors.all()) == [first_author]
    assert list(story.topics.all()) == [first_topic]
    assert list(story.tags.names()) == ["ports"]


def test_a_deleted_draft_can_be_recovered_from_its_last_revision(client, writer):
    """A draft thrown away by mistake comes back, with its source summaries, from the list of
    deleted stories."""
    story = StoryFactory(draft=True, headline="Thrown away by mistake")
    SourceSummaryFactory(story=story, position=1, title="Kept report")
    client.force_login(writer)
    save(client, story)
    pk = story.pk
    assert client.post(reverse("admin:stories_story_delete", args=[pk]), {"post": "yes"})
    assert not Story.objects.filter(pk=pk).exists()

    deleted = client.get(reverse("admin:stories_story_recoverlist")).context["deleted"]
    version = next(v for v in deleted if v.object_id == str(pk))
    recover_url = reverse("admin:stories_story_recover", args=[version.pk])
    data = form_data(client.get(recover_url).content, form_id="story_form")
    assert client.post(recover_url, data).status_code == 302

    recovered = Story.objects.get(pk=pk)
    assert recovered.headline == "Thrown away by mistake"
    assert list(recovered.sources.values_list("title", flat=True)) == ["Kept report"]
