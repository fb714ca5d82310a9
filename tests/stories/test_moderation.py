"""Moderators triage reader questions in the admin: queue, publish, reject, merge, the e-mail."""

from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.contrib.admin.models import LogEntry
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from stories import services
from stories.models import Question
from tests.factories import QuestionFactory, StoryFactory, TopicFactory, UserFactory
from tests.forms import form_data

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:stories_question_changelist"


def change_url(question):
    return reverse("admin:stories_question_change", args=[question.pk])


def post_change(client, question, **changes):
    """Send the question's change form as the browser would, with some fields changed."""
    data = form_data(client.get(change_url(question)).content, form_id="question_form")
    data.update(changes)
    return client.post(change_url(question), data)


def reader_question(story=None, **kwargs):
    kwargs.setdefault("asker_email", "asker@reader.test")
    kwargs.setdefault("notify_consent", True)
    kwargs.setdefault("asker_name", "Noor")
    return QuestionFactory(pending=True, story=story or StoryFactory(), **kwargs)


def test_queue_lists_pending_first_then_oldest_first(client, moderator):
    """The changelist opens on the work: pending oldest-first, then everything else."""
    story = StoryFactory()
    published = QuestionFactory(story=story)
    newer = reader_question(story, text="Why did the board change its mind so late?")
    older = reader_question(story, text="When was the harbour plan first proposed?")
    Question.objects.filter(pk=older.pk).update(submitted_at=newer.submitted_at.replace(year=2025))
    rejected = QuestionFactory(story=story, rejected=True)
    client.force_login(moderator)
    response = client.get(reverse(CHANGELIST))
    assert response.status_code == 200
    order = [q.pk for q in response.context["cl"].result_list]
    assert order[:2] == [older.pk, newer.pk]
    assert set(order[2:]) == {published.pk, rejected.pk}
    assert list(response.context["cl"].list_display[1:5]) == [
        "text",
        "story",
        "status",
        "asked_by",
    ]


def test_queue_shows_how_many_readers_asked(client, moderator):
    """'asked by 3 readers' appears on the row of a question asked three times."""
    question = reader_question(ask_count=3)
    client.force_login(moderator)
    response = client.get(reverse(CHANGELIST))
    soup = BeautifulSoup(response.content, "html.parser")
    row = soup.find("input", attrs={"value": str(question.pk)}).find_parent("tr")
    assert row.select_one("td.field-asked_by").get_text() == "3 readers"


def test_admin_index_shows_the_size_of_the_queue(client, moderator):
    """The admin's front page says how many questions wait, linking to the queue."""
    reader_question()
    reader_question()
    QuestionFactory()
    client.force_login(moderator)
    soup = BeautifulSoup(client.get(reverse("admin:index")).content, "html.parser")
    link = soup.select_one("#moderation-queue a")
    assert link.get_text(strip=True) == "2 reader questions waiting for moderation"
    assert link["href"] == reverse(CHANGELIST) + "?status__exact=pending"


def test_moderator_answers_and_publishes_at_the_chosen_position(
    client, moderator, django_capture_on_commit_callbacks
):
    """Lede, answer, position 1: the page goes live, first under Go deeper; who and when kept."""
    story = StoryFactory()
    first = QuestionFactory(story=story, position=1)
    second = QuestionFactory(story=story, position=2)
    question = reader_question(story)
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        response = post_change(
            client,
            question,
            lede="In short: the council.",
            answer="<p>The council guarantees the loan.</p>",
            position="1",
            status="published",
        )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == Question.Status.PUBLISHED
    assert question.slug
    assert question.moderated_by == moderator
    assert question.moderated_at is not None
    assert client.get(question.get_absolute_url()).status_code == 200
    listed = Question.objects.published().filter(story=story).order_by("position")
    assert list(listed) == [question, first, second]
    assert LogEntry.objects.filter(object_id=str(question.pk), user=moderator).exists()


def test_publishing_without_an_answer_is_refused_with_a_message(client, moderator):
    """The form says to write an answer; the question stays pending."""
    question = reader_question()
    client.force_login(moderator)
    response = post_change(client, question, status="published")
    assert response.status_code == 200
    assert "answer" in response.context["adminform"].form.errors
    question.refresh_from_db()
    assert question.status == Question.Status.PENDING


def test_reject_action_asks_for_a_reason_and_keeps_it(client, moderator):
    """Reject shows an intermediate page; the reason is stored, never public."""
    one, two = reader_question(), reader_question()
    client.force_login(moderator)
    selected = {"action": "reject_selected", "_selected_action": [one.pk, two.pk]}
    page = client.post(reverse(CHANGELIST), selected)
    assert page.status_code == 200
    assert "reason" in page.context["form"].fields
    assert set(page.context["queryset"]) == {one, two}
    no_reason = client.post(reverse(CHANGELIST), {**selected, "apply": "1", "reason": ""})
    assert no_reason.status_code == 200
    assert Question.objects.filter(status=Question.Status.PENDING).count() == 2
    done = client.post(reverse(CHANGELIST), {**selected, "apply": "1", "reason": "Off topic"})
    assert done.status_code == 302
    for question in (one, two):
        question.refresh_from_db()
        assert question.status == Question.Status.REJECTED
        assert question.rejection_reason == "Off topic"
        assert question.moderated_by == moderator
    assert not Question.objects.published().exists()


def test_rejecting_in_the_form_needs_a_reason(client, moderator):
    """Choosing 'rejected' without a reason gets an error; with one it is recorded."""
    question = reader_question()
    client.force_login(moderator)
    response = post_change(client, question, status="rejected", rejection_reason="")
    assert "rejection_reason" in response.context["adminform"].form.errors
    response = post_change(client, question, status="rejected", rejection_reason="Spam")
    assert response.status_code == 302
    question.refresh_from_db()
    assert (question.status, question.rejection_reason) == (Question.Status.REJECTED, "Spam")
    assert question.moderated_by == moderator


def test_merge_action_adds_up_the_askers_and_closes_the_duplicates(client, moderator):
    """Merged questions are rejected and linked; the target counts every asker."""
    story = StoryFactory()
    target = reader_question(story, ask_count=2, text="Who pays if the loan falls through?")
    dup_one = reader_question(story, ask_count=3, text="Who pays when the loan fails?")
    dup_two = reader_question(story, text="If the loan collapses, who pays for it?")
    client.force_login(moderator)
    selected = {"action": "merge_selected", "_selected_action": [dup_one.pk, dup_two.pk]}
    page = client.post(reverse(CHANGELIST), selected)
    assert page.status_code == 200
    assert list(page.context["form"].fields["into"].queryset) == [target]
    done = client.post(reverse(CHANGELIST), {**selected, "apply": "1", "into": target.pk})
    assert done.status_code == 302
    target.refresh_from_db()
    assert target.ask_count == 6
    assert target.status == Question.Status.PENDING
    for dup in (dup_one, dup_two):
        dup.refresh_from_db()
        assert dup.status == Question.Status.REJECTED
        assert dup.merged_into == target
        assert dup.moderated_by == moderator


def test_merging_questions_of_different_explainers_is_refused(client, moderator):
    """Questions about two explainers cannot be merged; nothing changes."""
    one, two = reader_question(), reader_question()
    client.force_login(moderator)
    response = client.post(
        reverse(CHANGELIST), {"action": "merge_selected", "_selected_action": [one.pk, two.pk]}
    )
    assert response.status_code == 302
    assert Question.objects.filter(status=Question.Status.PENDING, merged_into=None).count() == 2


def test_merge_from_the_change_form(client, moderator):
    """Choosing 'merged into' on the form merges, the same as the action."""
    story = StoryFactory()
    target = reader_question(story, text="Who pays if the loan falls through?")
    dup = reader_question(story, text="Who pays when the loan fails?")
    client.force_login(moderator)
    response = post_change(client, dup, merged_into=str(target.pk))
    assert response.status_code == 302
    target.refresh_from_db()
    dup.refresh_from_db()
    assert (target.ask_count, dup.status, dup.merged_into) == (
        2,
        Question.Status.REJECTED,
        target,
    )


def test_service_refuses_to_merge_a_question_into_itself(moderator):
    """A loop would lose the askers: refused."""
    question = reader_question()
    with pytest.raises(ValidationError):
        services.question_merge(question=question, into=question, user=moderator)


@pytest.mark.parametrize(
    "url_name",
    [
        "admin:stories_story_add",
        "admin:stories_outlet_add",
        "admin:stories_author_add",
        "admin:topics_topic_add",
        "admin:topics_topic_changelist",
        "admin:stories_outlet_changelist",
        "admin:stories_question_add",
    ],
)
def test_moderators_cannot_open_what_is_not_their_work(client, moderator, url_name):
    """Adding stories, outlets, authors, topics or questions is not a moderator's work: 403."""
    client.force_login(moderator)
    assert client.get(reverse(url_name)).status_code == 403


def test_moderators_cannot_change_stories_topics_or_outlets_by_post(client, moderator):
    """Forged POSTs to change or delete a story, topic or outlet are refused and change nothing."""
    from tests.factories import OutletFactory

    story, topic, outlet = StoryFactory(), TopicFactory(), OutletFactory()
    client.force_login(moderator)
    targets = [
        (reverse("admin:stories_story_change", args=[story.pk]), {"headline": "Moderated"}),
        (reverse("admin:topics_topic_change", args=[topic.pk]), {"name": "Moderated"}),
        (reverse("admin:stories_outlet_change", args=[outlet.pk]), {"name": "Moderated"}),
        (reverse("admin:stories_story_delete", args=[story.pk]), {"post": "yes"}),
        (reverse("admin:topics_topic_delete", args=[topic.pk]), {"post": "yes"}),
        (reverse("admin:stories_outlet_delete", args=[outlet.pk]), {"post": "yes"}),
    ]
    for url, data in targets:
        assert client.post(url, data).status_code == 403, url
    story.refresh_from_db()
    topic.refresh_from_db()
    outlet.refresh_from_db()
    assert "Moderated" not in {story.headline, topic.name, outlet.name}


def test_moderators_cannot_delete_questions_or_move_them_to_another_explainer(client, moderator):
    """Deleting is refused; the explainer is read-only on the form, so a forged value is ignored."""
    question = reader_question()
    other = StoryFactory()
    client.force_login(moderator)
    delete = reverse("admin:stories_question_delete", args=[question.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    response = post_change(client, question, story=str(other.pk), lede="A lede.")
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.story != other
    assert question.lede == "A lede."
    actions = client.get(reverse(CHANGELIST)).context["action_form"].fields["action"].choices
    assert "delete_selected" not in dict(actions)


def test_moderators_see_the_asker_and_writers_do_not(client, moderator, writer):
    """Name and e-mail are shown to moderators in the admin, and to no other role."""
    question = reader_question(asker_name="Noor Haddad")
    client.force_login(moderator)
    fields = client.get(change_url(question)).context["adminform"].readonly_fields
    assert {"asker_name", "asker_email"} <= set(fields)
    shown = {
        f
        for _name, opts in client.get(change_url(question)).context["adminform"].fieldsets
        for f in opts["fields"]
    }
    assert {"asker_name", "asker_email"} <= shown
    client.force_login(writer)
    shown = {
        f
        for _name, opts in client.get(change_url(question)).context["adminform"].fieldsets
        for f in opts["fields"]
    }
    assert not {"asker_name", "asker_email"} & shown


def test_publishing_sends_one_email_with_the_absolute_link(
    client, moderator, django_capture_on_commit_callbacks
):
    """One e-mail to the asker, with the question page's absolute address."""
    question = reader_question(answer="<p>In May.</p>")
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse(CHANGELIST), {"action": "publish_selected", "_selected_action": [question.pk]}
        )
    question.refresh_from_db()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["asker@reader.test"]
    assert f"http://testserver{question.get_absolute_url()}" in message.body.split()
    assert question.notified_at is not None


def test_the_email_is_sent_once_even_if_the_question_is_saved_again(
    client, moderator, django_capture_on_commit_callbacks
):
    """Saving, unpublishing and publishing again never sends a second e-mail."""
    question = reader_question(answer="<p>In May.</p>")
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        post_change(client, question, status="published")
        post_change(client, question, lede="A better lede.")
        post_change(client, question, status="pending")
        post_change(client, question, status="published")
    assert len(mail.outbox) == 1


def test_no_email_without_consent_or_address(moderator, django_capture_on_commit_callbacks):
    """A question without an address, or without the box ticked, sends nothing."""
    story = StoryFactory()
    silent = [
        reader_question(story, asker_email="", notify_consent=False, answer="<p>A.</p>"),
        reader_question(story, notify_consent=False, answer="<p>B.</p>"),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        for question in silent:
            services.question_publish(question=question, user=moderator)
    assert mail.outbox == []


def test_askers_of_merged_questions_are_told_too(moderator, django_capture_on_commit_callbacks):
    """When the question they were merged into is published, each asker gets the one e-mail."""
    story = StoryFactory()
    target = reader_question(story, asker_email="first@reader.test", answer="<p>Yes.</p>")
    dup = reader_question(story, asker_email="second@reader.test", text="Is it a yes or a no?")
    services.question_merge(question=dup, into=target, user=moderator)
    with django_capture_on_commit_callbacks(execute=True):
        services.question_publish(question=target, user=moderator)
    assert sorted(m.to[0] for m in mail.outbox) == ["first@reader.test", "second@reader.test"]
    assert all(target.get_absolute_url() in m.body for m in mail.outbox)


def test_a_failed_email_is_retried_on_the_next_save(
    client, moderator, django_capture_on_commit_callbacks
):
    """A mail server outage leaves the question unnotified, so the next save sends it."""
    question = reader_question(answer="<p>In May.</p>")
    client.force_login(moderator)
    with (
        mock.patch("stories.notifications.send_mail", side_effect=OSError("smtp down")),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = post_change(client, question, status="published")
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == Question.Status.PUBLISHED
    assert question.notified_at is None
    with django_capture_on_commit_callbacks(execute=True):
        post_change(client, question, lede="Now with a lede.")
    assert len(mail.outbox) == 1


def test_editors_add_editorial_questions(client, editor):
    """Editors still write their own questions; they are not deduplicated or e-mailed."""
    story = StoryFactory()
    client.force_login(editor)
    add = reverse("admin:stories_question_add")
    data = form_data(client.get(add).content, form_id="question_form")
    data.update(
        story=str(story.pk),
        text="What is the harbour board?",
        answer="<p>A body of nine.</p>",
        status="published",
    )
    response = client.post(add, data)
    assert response.status_code == 302
    question = Question.objects.get()
    assert question.origin == Question.Origin.EDITORIAL
    assert question.is_published()
    assert question.moderated_by == editor


def test_question_changelist_query_count_does_not_grow_with_the_queue(
    client, moderator, django_assert_max_num_queries
):
    """The queue page's queries stay flat as questions are added (no N+1 on story or user)."""
    story = StoryFactory()
    for n in range(3):
        reader_question(story, text=f"A question about the harbour plan, number {n}?")
    client.force_login(moderator)
    client.get(reverse(CHANGELIST))
    with django_assert_max_num_queries(20) as few:
        client.get(reverse(CHANGELIST))
    for n in range(3, 15):
        reader_question(story, text=f"A question about the harbour plan, number {n}?")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse(CHANGELIST))


def test_superuser_sees_the_asker(client):
    """Superusers can always see who asked."""
    question = reader_question()
    client.force_login(UserFactory(username="boss", is_superuser=True))
    fields = client.get(change_url(question)).context["adminform"].readonly_fields
    assert "asker_email" in fields


def test_merging_into_a_question_already_merged_into_this_one_is_refused(client, moderator):
    """A loop through an earlier merge is an error on the form, not a server error."""
    story = StoryFactory()
    target = reader_question(story, text="Who pays if the loan falls through?")
    dup = reader_question(story, text="Who pays when the loan fails?")
    services.question_merge(question=dup, into=target, user=moderator)
    client.force_login(moderator)
    response = post_change(client, target, merged_into=str(dup.pk))
    assert response.status_code == 200
    assert "merged_into" in response.context["adminform"].form.errors
    target.refresh_from_db()
    assert target.merged_into is None
