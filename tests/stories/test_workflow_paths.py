"""One path per transition: the story form, the list actions, the moderation queue and the
story form's question rows leave the same rows and the same history entry as the service
called directly."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import localize
from reversion.models import Version

from stories import services
from stories.models import Question, SourceSummary, Story
from tests.factories import QuestionFactory, SourceSummaryFactory, StoryFactory
from tests.forms import form_data

pytestmark = pytest.mark.django_db


def later():
    """The time the forms below enter, 2099-01-01 09:00, in the site's time zone."""
    return datetime.datetime(2099, 1, 1, 9, 0, tzinfo=timezone.get_current_timezone())


def shown(moment):
    """A time as the admin shows it: the site's time zone, the site's format."""
    return localize(timezone.localtime(moment))


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def post_story_form(user, story, rows=None, **changes):
    """Send the story form; ``rows`` maps a question's pk to changes of its row."""
    client = client_for(user)
    url = reverse("admin:stories_story_change", args=[story.pk])
    data = form_data(client.get(url).content, form_id="story_form")
    data.update(changes)
    for pk, row in (rows or {}).items():
        index = next(k.split("-")[1] for k, v in data.items() if k.endswith("-id") and v == str(pk))
        data.update({f"questions-{index}-{field}": value for field, value in row.items()})
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return response


def post_question_form(user, question, **changes):
    client = client_for(user)
    url = reverse("admin:stories_question_change", args=[question.pk])
    data = form_data(client.get(url).content, form_id="question_form")
    data.update(changes)
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return response


def run_action(user, model, action, objs, **extra):
    url = reverse(f"admin:stories_{model}_changelist")
    data = {"action": action, "_selected_action": [o.pk for o in objs], **extra}
    return client_for(user).post(url, data)


def service_log(obj):
    """The history entries a service wrote (the admin's own “Changed …” entries are JSON)."""
    return [
        message
        for message in LogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(type(obj)), object_id=str(obj.pk)
        )
        .order_by("pk")
        .values_list("change_message", flat=True)
        if not message.startswith("[")
    ]


def story_state(story):
    story.refresh_from_db()
    return {
        "status": story.status,
        "published_at": story.published_at.replace(microsecond=0)
        if story.published_at and story.published_at > timezone.now()
        else bool(story.published_at),
        "live": story.is_published(),
        "withdrawn": story.withdrawn_at is not None,
        "first_published": story.first_published_at is not None,
        "last_edited_by": story.last_edited_by_id,
        "version": story.version,
        "log": service_log(story),
        "revisions": Version.objects.get_for_object(story).count() > 0,
    }


def question_state(question):
    question.refresh_from_db()
    return {
        "status": question.status,
        "position": question.position,
        "slug": bool(question.slug),
        "moderated_by": question.moderated_by_id,
        "merged_into": question.merged_into_id,
        "rejected_for": question.rejection_reason,
        "answer": question.answer,
        "log": service_log(question),
        "story_version": Story.objects.get(pk=question.story_id).version,
    }


def same(build, through_ui, through_service, state):
    """Build twice; the UI path and the service leave the same state."""
    ui, direct = build(), build()
    through_ui(ui)
    through_service(direct)
    assert state(ui) == state(direct)
    return state(ui)


# Stories


def test_submit_for_review(writer):
    """A writer's “In review” is story_submit: logged as submitted."""
    result = same(
        lambda: StoryFactory(draft=True),
        lambda s: post_story_form(writer, s, status="review"),
        lambda s: services.story_submit(story=s, user=writer),
        story_state,
    )
    assert result["status"] == Story.Status.REVIEW
    assert result["log"] == ["Submitted for review."]


@pytest.mark.parametrize("path", ["form", "action"])
def test_publish_now(editor, path):
    """Publishing from the form or the list is story_publish: live, logged “Published.”."""

    def ui(story):
        if path == "form":
            post_story_form(editor, story, status="published", published_at_0="", published_at_1="")
        else:
            run_action(editor, "story", "publish_selected", [story])

    result = same(
        lambda: StoryFactory(in_review=True),
        ui,
        lambda s: services.story_publish(story=s, user=editor),
        story_state,
    )
    assert result["live"] and result["log"] == ["Published."]


def test_schedule(editor):
    """A future time in the form is story_publish with that time: logged “Scheduled for …”."""
    result = same(
        lambda: StoryFactory(in_review=True),
        lambda s: post_story_form(
            editor, s, status="published", published_at_0="2099-01-01", published_at_1="09:00:00"
        ),
        lambda s: services.story_publish(story=s, user=editor, at=later()),
        story_state,
    )
    assert not result["live"]
    assert result["log"] == [f"Scheduled for {shown(later())}."]


@pytest.mark.parametrize("path", ["form", "action"])
def test_withdraw(editor, path):
    """Withdrawing from the form or the list is story_withdraw."""

    def ui(story):
        if path == "form":
            post_story_form(editor, story, status="withdrawn")
        else:
            run_action(editor, "story", "withdraw_selected", [story])

    result = same(
        StoryFactory, ui, lambda s: services.story_withdraw(story=s, user=editor), story_state
    )
    assert result["withdrawn"] and result["log"] == ["Withdrawn."]


def test_republishing_a_withdrawn_story_for_tomorrow_schedules_it(editor):
    """Withdrawn → published tomorrow: withdrawn_at is cleared and the log says “Scheduled”,
    through the form as through the service."""
    result = same(
        lambda: StoryFactory(withdrawn=True),
        lambda s: post_story_form(
            editor, s, status="published", published_at_0="2099-01-01", published_at_1="09:00:00"
        ),
        lambda s: services.story_publish(story=s, user=editor, at=later()),
        story_state,
    )
    assert result["status"] == Story.Status.PUBLISHED
    assert not result["withdrawn"]
    assert result["log"] == [f"Scheduled for {shown(later())}."]


def test_save(editor):
    """An edit in the form is story_save: the version moves on, no transition is logged."""

    def through_service(story):
        story.headline = "A plainer headline"
        services.story_save(story=story, user=editor)

    result = same(
        StoryFactory,
        lambda s: post_story_form(editor, s, headline="A plainer headline"),
        through_service,
        lambda s: {**story_state(s), "headline": s.headline},
    )
    assert result["headline"] == "A plainer headline"
    assert result["version"] == 2 and result["log"] == []


def test_restore(editor):
    """Saving the revision page is story_restore: the words come back, the story stays live."""

    def build():
        story = StoryFactory(headline="First words")
        services.story_save(story=story, user=editor)
        story.headline = "Second words"
        services.story_save(story=story, user=editor)
        SourceSummaryFactory(story=story, position=1)
        return story

    def first_revision(story):
        return Version.objects.get_for_object(story).order_by("pk")[1]

    def ui(story):
        client = client_for(editor)
        url = reverse("admin:stories_story_revision", args=[story.pk, first_revision(story).pk])
        data = form_data(client.get(url).content, form_id="story_form")
        assert client.post(url, data).status_code == 302

    result = same(
        build,
        ui,
        lambda s: services.story_restore(story=s, version=first_revision(s), user=editor),
        lambda s: {**story_state(s), "headline": s.headline, "sources": s.sources.count()},
    )
    assert result["headline"] == "First words" and result["sources"] == 0 and result["live"]
    assert result["log"][-1].startswith("Reverted to previous version")


# Questions


def answered(**kwargs):
    story = kwargs.pop("story", None) or StoryFactory()
    QuestionFactory(story=story, position=1, text="Who decided first?")
    return QuestionFactory(
        story=story, pending=True, answer="<p>The board, in May.</p>", text="Who pays?", **kwargs
    )


@pytest.mark.parametrize("path", ["queue form", "queue action", "story form"])
def test_question_publish(moderator, editor, path):
    """Publishing from the queue's form, its action or the story form is question_publish."""
    user = editor if path == "story form" else moderator

    def build():
        question = answered()
        if path == "story form":
            # The story form lists rejected and published questions, not pending ones.
            Question.objects.filter(pk=question.pk).update(status=Question.Status.REJECTED)
            question.refresh_from_db()
        return question

    def ui(question):
        if path == "queue form":
            post_question_form(user, question, status="published")
        elif path == "queue action":
            run_action(user, "question", "publish_selected", [question])
        else:
            post_story_form(user, question.story, rows={question.pk: {"status": "published"}})

    result = same(
        build,
        ui,
        lambda q: services.question_publish(question=q, user=user),
        # The story form's save moves the story's version on by itself.
        lambda q: {**question_state(q), "story_version": None},
    )
    assert result["status"] == Question.Status.PUBLISHED and result["moderated_by"] == user.pk
    assert result["position"] == 2 and result["slug"] and result["log"] == ["Published."]


@pytest.mark.parametrize("path", ["queue form", "queue action"])
def test_question_reject(moderator, path):
    """Rejecting from the queue's form or its action is question_reject, with the reason."""

    def ui(question):
        if path == "queue form":
            post_question_form(moderator, question, status="rejected", rejection_reason="Off topic")
        else:
            run_action(
                moderator, "question", "reject_selected", [question], apply="1", reason="Off topic"
            )

    result = same(
        answered,
        ui,
        lambda q: services.question_reject(question=q, user=moderator, reason="Off topic"),
        question_state,
    )
    assert result["status"] == Question.Status.REJECTED
    assert result["log"] == ["Rejected."]


def test_question_reject_in_the_story_form(editor):
    """A published question rejected in the story form's rows is question_reject."""
    result = same(
        lambda: QuestionFactory(position=1),
        lambda q: post_story_form(editor, q.story, rows={q.pk: {"status": "rejected"}}),
        lambda q: services.question_reject(question=q, user=editor),
        lambda q: {**question_state(q), "story_version": None},
    )
    assert result["status"] == Question.Status.REJECTED and result["position"] is None


@pytest.mark.parametrize("path", ["queue form", "queue action"])
def test_question_merge(moderator, path):
    """Merging from the queue's form or its action is question_merge."""

    def build():
        target = QuestionFactory(position=1, text="Who pays for the plan?")
        return QuestionFactory(story=target.story, pending=True, text="Who will pay?")

    def into(question):
        return Question.objects.exclude(pk=question.pk).get(story=question.story)

    def ui(question):
        if path == "queue form":
            post_question_form(moderator, question, merged_into=str(into(question).pk))
        else:
            run_action(
                moderator,
                "question",
                "merge_selected",
                [question],
                apply="1",
                into=str(into(question).pk),
            )

    def state(question):
        target = into(question)
        return {
            **question_state(question),
            "merged_into": target.text,
            "log": [m.replace(str(target.pk), "<into>") for m in service_log(question)],
            "target": (target.ask_count, service_log(target)[0].replace(str(question.pk), "<q>")),
        }

    result = same(
        build,
        ui,
        lambda q: services.question_merge(question=q, into=into(q), user=moderator),
        state,
    )
    assert result["merged_into"] == "Who pays for the plan?"
    assert result["status"] == Question.Status.REJECTED
    assert result["log"] == ["Merged into question <into>."]
    assert result["target"] == (2, "Question <q> merged into this one.")


@pytest.mark.parametrize("path", ["queue form", "story form"])
def test_question_reorder(moderator, editor, path):
    """Moving a published question to the top, in the queue or in the story form, is
    question_reorder: the others shift down."""

    def build():
        story = StoryFactory()
        for n in (1, 2):
            QuestionFactory(story=story, position=n, text=f"Question {n}?")
        return QuestionFactory(story=story, position=3, text="Question 3?")

    def ui(question):
        if path == "queue form":
            post_question_form(moderator, question, position="1")
        else:
            first, second = Question.objects.filter(story=question.story).exclude(pk=question.pk)
            moves = {question.pk: "1", first.pk: "2", second.pk: "3"}
            post_story_form(
                editor,
                question.story,
                rows={pk: {"position": position} for pk, position in moves.items()},
            )

    def order(question):
        return list(
            Question.objects.filter(story=question.story)
            .order_by("position")
            .values_list("text", "position")
        )

    result = same(
        build,
        ui,
        lambda q: services.question_reorder(question=q, user=moderator, position=1),
        order,
    )
    assert result == [("Question 3?", 1), ("Question 1?", 2), ("Question 2?", 3)]


def test_question_answer(moderator):
    """Writing an answer in the queue is question_save: open story forms go stale once."""

    def through_service(question):
        question.answer = "<p>In June.</p>"
        services.question_save(question=question, user=moderator)

    result = same(
        lambda: QuestionFactory(position=1),
        lambda q: post_question_form(moderator, q, answer="<p>In June.</p>"),
        through_service,
        question_state,
    )
    assert result["answer"] == "<p>In June.</p>"
    assert result["story_version"] == 2


def test_the_story_form_rows_are_renumbered_in_one_place(editor):
    """Source summaries reordered in the story form come out 1..n in the chosen order."""
    story = StoryFactory()
    first = SourceSummaryFactory(story=story, position=1, title="First")
    SourceSummaryFactory(story=story, position=2, title="Second")
    post_story_form(editor, story, **{"sources-0-position": "3"})
    rows = SourceSummary.objects.filter(story=story).order_by("position")
    assert list(rows.values_list("title", "position")) == [("Second", 1), ("First", 2)]
    assert rows.last() == first


def test_the_restore_page_takes_no_typing(editor):
    """The revision shown for restoring is read-only: nothing typed there can be silently
    dropped by the restore, which brings back the revision's words only."""
    story = StoryFactory(headline="First words")
    services.story_save(story=story, user=editor)
    story.headline = "Second words"
    services.story_save(story=story, user=editor)
    version = Version.objects.get_for_object(story).order_by("pk")[1]
    client = client_for(editor)
    url = reverse("admin:stories_story_revision", args=[story.pk, version.pk])
    page = BeautifulSoup(client.get(url).content, "html.parser").find("form", id="story_form")
    for name in ("headline", "standfirst", "what_happened", "status", "published_at_0"):
        assert page.find(attrs={"name": name}).has_attr("disabled"), name
    assert not page.find(attrs={"name": "base_version"}).has_attr("disabled")
    data = {**form_data(client.get(url).content, form_id="story_form"), "headline": "Typed"}
    assert client.post(url, data).status_code == 302
    story.refresh_from_db()
    assert story.headline == "First words"
