"""No lost edits: a save made from a form opened before someone else's save is refused."""

from html.parser import HTMLParser

import pytest
from django.db.models import F
from django.test import Client
from django.urls import reverse

from stories.models import Question, Story
from stories.services import locking
from tests.factories import QuestionFactory, SourceSummaryFactory, StoryFactory, UserFactory
from tests.forms import form_data

pytestmark = pytest.mark.django_db


class _ErrorList(HTMLParser):
    """The items of the form's non-field error list, and the links inside them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.items, self.links, self._depth = [], [], 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "ul" and "nonfield" in (attrs.get("class") or ""):
            self._depth = 1
        elif self._depth and tag == "li":
            self.items.append("")
        elif self._depth and tag == "a":
            self.links.append(attrs.get("href"))

    def handle_endtag(self, tag):
        if tag == "ul" and self._depth:
            self._depth = 0

    def handle_data(self, data):
        if self._depth and self.items:
            self.items[-1] += data


def nonfield_errors(response):
    parser = _ErrorList()
    parser.feed(response.content.decode())
    return parser


def change_url(story):
    return reverse("admin:stories_story_change", args=[story.pk])


@pytest.fixture
def second_editor(db):
    return UserFactory(username="second-editor", groups=["Editor"])


def open_form(user, story):
    client = Client()
    client.force_login(user)
    return client, form_data(client.get(change_url(story)).content, form_id="story_form")


def test_story_form_carries_the_version_as_a_hidden_field(client, editor):
    """The form holds the version the editor opened, and every save moves it on by one."""
    story = StoryFactory()
    client, data = open_form(editor, story)
    assert data["base_version"] == "1"
    page = client.get(change_url(story))
    assert page.context["adminform"].form["base_version"].field.widget.input_type == "hidden"
    data["headline"] = "A steadier headline"
    assert client.post(change_url(story), data).status_code == 302
    story.refresh_from_db()
    assert story.version == 2
    assert (
        form_data(client.get(change_url(story)).content, form_id="story_form")["base_version"]
        == "2"
    )


def test_second_save_from_the_same_version_is_refused_and_shows_what_changed(editor, second_editor):
    """The second editor is told who changed what, from which value to which, and can reload."""
    story = StoryFactory(headline="Harbour vote delayed", standfirst="The first line.")
    first, first_data = open_form(editor, story)
    second, second_data = open_form(second_editor, story)

    first_data["headline"] = "Harbour vote delayed again"
    assert first.post(change_url(story), first_data).status_code == 302

    second_data["standfirst"] = "A second editor's line."
    response = second.post(change_url(story), second_data)

    assert response.status_code == 200
    assert [e.code for e in response.context["adminform"].form.non_field_errors().as_data()]
    errors = nonfield_errors(response)
    assert any(item.startswith("editor changed this story") for item in errors.items)
    assert "Headline: “Harbour vote delayed” → “Harbour vote delayed again”" in errors.items
    assert change_url(story) in errors.links
    story.refresh_from_db()
    assert story.headline == "Harbour vote delayed again"
    assert story.standfirst == "The first line."
    assert story.version == 2
    # The refused editor's text is still in the form, to copy before reloading.
    assert response.context["adminform"].form["standfirst"].value() == "A second editor's line."


def test_resubmitting_the_refused_form_is_refused_again(editor, second_editor):
    """Only a reload clears the conflict: pressing save twice never overwrites."""
    story = StoryFactory()
    first, first_data = open_form(editor, story)
    second, second_data = open_form(second_editor, story)
    first_data["headline"] = "First editor's headline"
    first.post(change_url(story), first_data)
    second_data["headline"] = "Second editor's headline"
    refused = second.post(change_url(story), second_data)
    again = form_data(refused.content, form_id="story_form")
    assert second.post(change_url(story), again).status_code == 200
    story.refresh_from_db()
    assert story.headline == "First editor's headline"


def test_an_inline_change_makes_an_open_form_stale(editor, second_editor):
    """Editing a source summary is a save of the story: the other open form is out of date."""
    story = StoryFactory()
    SourceSummaryFactory(story=story, position=1, summary="It reported the vote.")
    first, first_data = open_form(editor, story)
    second, second_data = open_form(second_editor, story)

    first_data["sources-0-summary"] = "It reported the vote and the walkout."
    assert first.post(change_url(story), first_data).status_code == 302

    second_data["headline"] = "A headline nobody else touched"
    response = second.post(change_url(story), second_data)

    assert response.status_code == 200
    items = nonfield_errors(response).items
    assert any(
        item.startswith("Source summaries: changed")
        and "“It reported the vote.” → “It reported the vote and the walkout.”" in item
        for item in items
    ), items
    story.refresh_from_db()
    assert story.headline != "A headline nobody else touched"
    assert story.sources.get().summary == "It reported the vote and the walkout."


def test_reload_after_a_refusal_lets_the_editor_save(editor, second_editor):
    """After reloading, the second editor works on the current text and saves normally."""
    story = StoryFactory()
    first, first_data = open_form(editor, story)
    second, _stale = open_form(second_editor, story)
    first_data["headline"] = "First editor's headline"
    first.post(change_url(story), first_data)

    fresh = form_data(second.get(change_url(story)).content, form_id="story_form")
    assert fresh["headline"] == "First editor's headline"
    fresh["standfirst"] = "Added after reloading."
    assert second.post(change_url(story), fresh).status_code == 302
    story.refresh_from_db()
    assert (story.headline, story.standfirst) == (
        "First editor's headline",
        "Added after reloading.",
    )


def test_a_post_without_a_version_is_refused(client, editor):
    """A crafted save that leaves out the version cannot overwrite anything."""
    story = StoryFactory(headline="Kept headline")
    client, data = open_form(editor, story)
    del data["base_version"]
    data["headline"] = "Forged headline"
    assert client.post(change_url(story), data).status_code == 200
    story.refresh_from_db()
    assert story.headline == "Kept headline"


def test_a_save_that_lands_between_check_and_write_is_refused(monkeypatch, editor):
    """The version check and the increment are one UPDATE: a save that commits after this
    request's check but before its write still makes this one fail, with the conflict shown."""
    story = StoryFactory(headline="Before the race")
    client, data = open_form(editor, story)
    Story.objects.filter(pk=story.pk).update(
        headline="Saved by the other worker", version=F("version") + 1
    )
    real_check = locking.is_current

    def check_that_ran_before_the_other_commit(story_id, opened):
        # This request validated while the other worker's save was not committed yet.
        monkeypatch.setattr(locking, "is_current", real_check)
        return True

    monkeypatch.setattr(locking, "is_current", check_that_ran_before_the_other_commit)
    data["headline"] = "Lost in the race"
    response = client.post(change_url(story), data)

    assert response.status_code == 200
    assert nonfield_errors(response).items
    story.refresh_from_db()
    assert story.headline == "Saved by the other worker"
    assert story.version == 2


def test_publishing_from_the_list_makes_open_forms_stale(editor, second_editor):
    """A list action changes the story too: a form opened before it cannot undo it."""
    story = StoryFactory(in_review=True)
    first, first_data = open_form(editor, story)
    second = Client()
    second.force_login(second_editor)
    second.post(
        reverse("admin:stories_story_changelist"),
        {"action": "publish_selected", "_selected_action": [story.pk]},
    )
    first_data["headline"] = "Edited while it went live"
    assert first.post(change_url(story), first_data).status_code == 200
    story.refresh_from_db()
    assert story.status == Story.Status.PUBLISHED
    assert story.headline != "Edited while it went live"


def test_the_conflict_lists_only_what_really_changed(editor, second_editor):
    """Withdrawing shows status and withdrawal time; the untouched publication time is not
    reported although revisions, the database and the form keep it at different precisions."""
    story = StoryFactory()
    first, first_data = open_form(editor, story)
    second, second_data = open_form(second_editor, story)
    first_data["status"] = "withdrawn"
    assert first.post(change_url(story), first_data).status_code == 302

    items = nonfield_errors(second.post(change_url(story), second_data)).items

    changed = [item.split(":")[0] for item in items if "→" in item]
    assert changed == ["Status", "Withdrawn at"]
    assert "Status: “Published” → “Withdrawn”" in items


def test_a_question_edited_in_the_question_admin_makes_open_story_forms_stale(editor, moderator):
    """The story form shows its questions: an answer changed in the question admin meanwhile
    would be written back by the old form, so that save is refused and names the change."""
    story = StoryFactory()
    question = QuestionFactory(story=story, answer="<p>In May.</p>", position=1)
    first, first_data = open_form(editor, story)
    other = Client()
    other.force_login(moderator)
    url = reverse("admin:stories_question_change", args=[question.pk])
    moderation = form_data(other.get(url).content, form_id="question_form")
    moderation["answer"] = "<p>In June, after the vote.</p>"
    assert other.post(url, moderation).status_code == 302

    first_data["headline"] = "Edited with the old answer still on screen"
    response = first.post(change_url(story), first_data)

    assert response.status_code == 200
    items = nonfield_errors(response).items
    assert items[0].startswith("moderator changed this story")
    assert any(item.startswith("Questions: changed") and "In June" in item for item in items)
    question.refresh_from_db()
    assert question.answer == "<p>In June, after the vote.</p>"


def test_moderating_a_reader_question_leaves_open_story_forms_alone(editor, moderator):
    """A question that was waiting for moderation was not on the open form: publishing it
    elsewhere does not stop the editor from saving."""
    story = StoryFactory()
    waiting = QuestionFactory(story=story, pending=True, answer="<p>Yes.</p>")
    first, first_data = open_form(editor, story)
    other = Client()
    other.force_login(moderator)
    other.post(
        reverse("admin:stories_question_changelist"),
        {"action": "publish_selected", "_selected_action": [waiting.pk]},
    )
    waiting.refresh_from_db()
    assert waiting.status == Question.Status.PUBLISHED

    first_data["headline"] = "Saved while a reader question went live"
    assert first.post(change_url(story), first_data).status_code == 302
    waiting.refresh_from_db()
    assert waiting.status == Question.Status.PUBLISHED


def test_questions_edited_in_the_story_form_do_not_make_it_stale(editor):
    """The story form's own question rows move the version on once, like any save."""
    story = StoryFactory()
    QuestionFactory(story=story, answer="<p>In May.</p>", position=1)
    client, data = open_form(editor, story)
    data["questions-0-answer"] = "<p>In May, unless the vote slips.</p>"
    assert client.post(change_url(story), data).status_code == 302
    story.refresh_from_db()
    assert story.version == 2
    assert story.questions.get().answer == "<p>In May, unless the vote slips.</p>"
