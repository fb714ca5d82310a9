"""A reader asks, a moderator answers and publishes in the admin, the answer becomes a page."""

import re

import pytest
from django.apps import apps
from playwright.sync_api import expect, sync_playwright

from stories import forms, permissions
from stories.models import Question
from tests.browser import chromium
from tests.factories import StoryFactory, UserFactory

ASKED = "Who decides when the new harbour ferry timetable starts?"


@pytest.fixture
def browser(monkeypatch):
    # Playwright's sync API runs an event loop in this thread; the ORM calls made between
    # browser steps are ordinary synchronous test code.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as p:
        browser = chromium.launch(p)
        yield browser
        browser.close()


@pytest.mark.browser
def test_reader_asks_moderator_publishes_and_the_answer_is_linked(
    live_server, browser, monkeypatch
):
    """Ask on the explainer, answer in the admin, then follow the link from Go deeper."""
    # The 3-second "too fast" check has its own tests; a scripted reader types instantly.
    monkeypatch.setattr(forms, "MIN_AGE_SECONDS", 0)
    # Transactional tests flush the groups the roles migration made.
    permissions.sync_groups(apps)
    UserFactory(username="mod", groups=["Moderator"])
    story = StoryFactory(headline="Harbour ferry timetable under review")

    reader = browser.new_page()
    reader.goto(live_server.url + story.get_absolute_url())
    form = reader.locator("#ask-form")
    form.get_by_label("Your question").fill(ASKED)
    form.get_by_role("button", name="Send my question").click()
    expect(reader).to_have_url(re.compile(r"/ask/thanks/$"))
    expect(reader.get_by_role("heading", level=2)).to_have_text("What happens next")
    question = Question.objects.get()
    assert (question.text, question.status) == (ASKED, Question.Status.PENDING)
    reader.goto(live_server.url + story.get_absolute_url())
    expect(reader.get_by_role("link", name=ASKED)).to_have_count(0)

    staff = browser.new_context().new_page()
    staff.goto(live_server.url + "/admin/")
    staff.get_by_label("Username").fill("mod")
    staff.get_by_label("Password").fill("correct-horse-battery")
    staff.get_by_role("button", name="Log in").click()
    staff.get_by_role("link", name="1 reader question waiting for moderation").click()
    staff.get_by_role("link", name=ASKED).click()
    staff.locator("#id_lede").fill("The port authority, not the council.")
    staff.locator("#id_answer").fill("<p>The port authority sets the date after a trial week.</p>")
    staff.locator("#id_status").select_option("published")
    staff.get_by_role("button", name="Save", exact=True).click()
    expect(staff.locator(".messagelist")).to_contain_text("was changed successfully")

    reader.goto(live_server.url + story.get_absolute_url())
    go_deeper = reader.locator("section[aria-labelledby=go-deeper]")
    go_deeper.get_by_role("link", name=ASKED).click()
    expect(reader).to_have_url(re.compile(r"/questions/[\w-]+/$"))
    expect(reader.get_by_role("heading", level=1)).to_have_text(ASKED)
    expect(
        reader.get_by_text("The port authority sets the date after a trial week.")
    ).to_be_visible()
    question.refresh_from_db()
    assert question.moderated_by.username == "mod"
