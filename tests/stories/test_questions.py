"""Readers ask questions: honest ones are stored pending; hostile ones are refused, quietly."""

import time
from contextlib import contextmanager
from datetime import timedelta
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from newsdigest.core import ratelimit
from stories import forms
from stories.models import Question
from tests.factories import QuestionFactory, StoryFactory
from tests.forms import form_data

pytestmark = pytest.mark.django_db

HONEST = "Who pays for the harbour plan if the council's loan falls through?"


def ask_url(story):
    return reverse("stories:ask", kwargs={"slug": story.slug})


def thanks_url(story):
    return reverse("stories:ask_thanks", kwargs={"slug": story.slug})


def payload(story, *, seconds_ago=10, **fields):
    """What a person's browser sends after a while on the page."""
    data = {
        "question": HONEST,
        "name": "",
        "email": "",
        "website": "",
        "stamp": forms.make_stamp(story, at=time.time() - seconds_ago),
    }
    data.update(fields)
    return data


def ask(client, story, ip="203.0.113.7", **kwargs):
    return client.post(ask_url(story), payload(story, **kwargs), REMOTE_ADDR=ip)


def test_honest_question_is_stored_pending_and_the_reader_is_redirected_to_thanks(client):
    """Post/redirect/get: the question waits for moderation and the reader sees 'thanks'."""
    story = StoryFactory()
    response = ask(client, story, name="Ines", email="ines@reader.test", notify="on")
    assert response.status_code == 302
    assert response["Location"] == thanks_url(story)
    question = Question.objects.get()
    assert question.status == Question.Status.PENDING
    assert question.origin == Question.Origin.READER
    assert question.text == HONEST
    assert (question.asker_name, question.asker_email) == ("Ines", "ines@reader.test")
    assert question.notify_consent is True
    assert question.ask_count == 1
    assert not Question.objects.published().filter(pk=question.pk).exists()


def test_thanks_page_says_what_happens_next(client):
    """The thank-you page explains moderation and links back to the explainer."""
    story = StoryFactory()
    response = client.get(thanks_url(story))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert len(soup.select("ol.ask-thanks__steps li")) == 3
    assert soup.find("a", href=story.get_absolute_url())


def test_form_page_carries_honeypot_and_a_signed_stamp_and_no_cookie(client):
    """The rendered form has a hidden honeypot and a valid stamp, no inline JS, no CSRF cookie."""
    story = StoryFactory()
    response = client.get(ask_url(story))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    soup = BeautifulSoup(response.content, "html.parser")
    form = soup.find("form", id="ask-form")
    assert form["action"] == ask_url(story)
    assert form.find("input", attrs={"name": "csrfmiddlewaretoken"}) is None
    assert dict(response.cookies) == {}
    trap = form.find("input", attrs={"name": "website"})
    assert trap.find_parent(attrs={"hidden": True}) is not None
    stamp = form.find("input", attrs={"name": "stamp"})["value"]
    assert forms.stamp_is_fresh(stamp, story, now=time.time() + 5)
    assert form.find("script") is None
    assert form.find(attrs={"style": True}) is None
    assert not any(attr.startswith("on") for tag in form.find_all(True) for attr in tag.attrs)


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param({"HTTP_SEC_FETCH_SITE": "cross-site"}, id="sec-fetch-site"),
        pytest.param({"HTTP_ORIGIN": "https://elsewhere.example"}, id="origin"),
        pytest.param({"HTTP_ORIGIN": "null"}, id="opaque-origin"),
    ],
)
def test_a_post_from_another_site_is_refused(client, headers):
    """A form on another site cannot send questions through a reader's browser."""
    story = StoryFactory()
    csrf_client = client.__class__(enforce_csrf_checks=True)
    response = csrf_client.post(ask_url(story), payload(story), **headers)
    assert response.status_code == 403
    assert not Question.objects.exists()


def test_a_post_from_this_site_needs_no_csrf_cookie(client):
    """The browser's own same-origin POST is taken without any cookie."""
    story = StoryFactory()
    csrf_client = client.__class__(enforce_csrf_checks=True)
    response = csrf_client.post(
        ask_url(story),
        payload(story),
        HTTP_SEC_FETCH_SITE="same-origin",
        HTTP_ORIGIN="http://testserver",
    )
    assert response.status_code == 302
    assert Question.objects.count() == 1


def test_the_form_posted_as_a_browser_would_is_accepted(client):
    """Filling the rendered form and sending it (after a few seconds) stores the question."""
    story = StoryFactory()
    page = client.get(ask_url(story))
    data = form_data(page.content, form_id="ask-form")
    data["question"] = HONEST
    data["stamp"] = forms.make_stamp(story, at=time.time() - 30)
    response = client.post(ask_url(story), data)
    assert response.status_code == 302
    assert Question.objects.filter(text=HONEST).exists()


@pytest.mark.parametrize("traits", [{"draft": True}, {"scheduled": True}, {"withdrawn": True}])
def test_only_published_explainers_take_questions(client, traits):
    """Drafts, scheduled and withdrawn explainers answer 404 to the form, the post and thanks."""
    story = StoryFactory(**traits)
    assert client.get(ask_url(story)).status_code == 404
    assert ask(client, story).status_code == 404
    assert client.get(thanks_url(story)).status_code == 404
    assert not Question.objects.exists()


@pytest.mark.parametrize(
    "fields",
    [
        pytest.param({"website": "http://spam.example"}, id="honeypot-filled"),
        pytest.param({"seconds_ago": 1}, id="too-fast"),
        pytest.param({"seconds_ago": 3 * 60 * 60}, id="too-old"),
        pytest.param({"stamp": ""}, id="no-stamp"),
        pytest.param({"stamp": "123:abc:def"}, id="forged-stamp"),
    ],
)
def test_bots_are_told_thanks_and_nothing_is_stored(client, fields):
    """Honeypot, too fast, too old or a forged stamp: the same redirect, and no question."""
    story = StoryFactory()
    response = ask(client, story, **fields)
    assert response.status_code == 302
    assert response["Location"] == thanks_url(story)
    assert not Question.objects.exists()


def test_a_stamp_from_another_explainer_is_refused_quietly(client):
    """A token harvested from one explainer cannot be replayed on another."""
    story, other = StoryFactory(), StoryFactory()
    response = client.post(
        ask_url(story),
        payload(story, stamp=forms.make_stamp(other, at=time.time() - 10)),
        REMOTE_ADDR="203.0.113.7",
    )
    assert response.status_code == 302
    assert not Question.objects.exists()


@pytest.mark.parametrize(
    ("text", "error_code"),
    [
        pytest.param("Why though?", "min_length", id="too-short"),
        pytest.param("\u200b" * 20 + "Why now?" + "\u202e" * 10, "min_length", id="invisible"),
        pytest.param("W" * 301, "max_length", id="too-long"),
        pytest.param("\ufdfa" * 20, "max_length", id="expands-under-nfkc"),
        pytest.param(
            "Is it true? http://a.example/1 http://b.example/2 www.c.example", "links", id="links"
        ),
        pytest.param(
            "Read ｈｔｔｐ://a.example ｈｔｔｐ://b.example ｈｔｔｐ://c.example",
            "links",
            id="fullwidth-links",
        ),
    ],
)
def test_invalid_questions_get_a_message_and_nothing_is_stored(client, text, error_code):
    """Bad input is shown the form again with a message saying what to fix."""
    story = StoryFactory()
    response = ask(client, story, question=text)
    assert response.status_code == 200
    form = response.context["ask_form"]
    assert [e.code for e in form.errors.as_data()["question"]] == [error_code]
    assert not Question.objects.exists()
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("#ask-form .errorlist")


def test_the_length_cap_counts_the_text_as_sent_before_normalising():
    """A 301-character post is refused even if NFKC would shrink it to something shorter."""
    story = StoryFactory()
    # U+FF21 (fullwidth A) normalises to one character; the cap still sees 301 sent.
    form = forms.AskForm(payload(story, question="\uff21" * 301), story=story)
    assert not form.is_valid()
    assert [e.code for e in form.errors.as_data()["question"]] == ["max_length"]


def test_control_bidi_and_zero_width_characters_are_stripped(client):
    """What is stored has no control, bidi or zero-width characters, and is NFKC-normal."""
    story = StoryFactory()
    sent = (
        "Wi\u200bll\u202e the \u2066ｆｅｒｒｙ\u2069 \x07run\u00a0again\ufeff"
        " before\tthe winter?\u200f"
    )
    response = ask(client, story, question=sent)
    assert response.status_code == 302
    assert Question.objects.get().text == "Will the ferry run again before the winter?"


def test_email_without_consent_is_refused_with_a_message(client):
    """An address is only kept when the reader ticks the box; otherwise the form says so."""
    story = StoryFactory()
    response = ask(client, story, email="kim@reader.test")
    assert response.status_code == 200
    assert "notify" in response.context["ask_form"].errors
    assert not Question.objects.exists()


def test_consent_without_an_email_keeps_nothing(client):
    """Ticking the box without an address stores the question with no consent recorded."""
    story = StoryFactory()
    ask(client, story, notify="on")
    question = Question.objects.get()
    assert (question.asker_email, question.notify_consent) == ("", False)


def test_a_name_with_a_link_is_refused(client):
    """Spammers put their address in the name field: refused."""
    story = StoryFactory()
    response = ask(client, story, name="cheap-pills.example.com")
    assert "name" in response.context["ask_form"].errors
    assert not Question.objects.exists()


def test_the_same_question_is_stored_once_and_counted(client):
    """Asked again, whatever the case, spacing or punctuation: one row, asked by 3 readers."""
    story = StoryFactory()
    ask(client, story, question="Will the ferry run again before winter?")
    ask(client, story, question="will the FERRY run again   before winter", ip="198.51.100.2")
    ask(client, story, question="Will the ferry run again before winter?!", ip="198.51.100.3")
    question = Question.objects.get()
    assert question.ask_count == 3
    assert question.text == "Will the ferry run again before winter?"


def test_the_same_question_on_another_explainer_is_a_new_question(client):
    """Counting is per explainer: the same words elsewhere are a different question."""
    one, two = StoryFactory(), StoryFactory()
    ask(client, one)
    ask(client, two)
    assert Question.objects.filter(ask_count=1).count() == 2


def test_a_repeat_of_a_merged_question_counts_on_the_question_it_was_merged_into(client):
    """Once merged, new askers of the old wording are counted where the answer will be."""
    story = StoryFactory()
    ask(client, story)
    duplicate = Question.objects.get()
    target = QuestionFactory(story=story, pending=True, text="Who will pay for the harbour?")
    duplicate.status, duplicate.merged_into = Question.Status.REJECTED, target
    duplicate.save()
    ask(client, story, ip="198.51.100.9")
    target.refresh_from_db()
    duplicate.refresh_from_db()
    assert (target.ask_count, duplicate.ask_count) == (2, 1)


def test_a_repeat_leaves_its_email_only_when_none_was_kept(client):
    """The second asker's address is kept if the first left none, so someone is told."""
    story = StoryFactory()
    ask(client, story)
    ask(client, story, ip="198.51.100.2", email="second@reader.test", notify="on")
    ask(client, story, ip="198.51.100.3", email="third@reader.test", notify="on")
    question = Question.objects.get()
    assert question.asker_email == "second@reader.test"
    assert question.ask_count == 3


def test_burst_from_one_client_is_refused_while_another_gets_through(client, settings):
    """The sixth question in ten minutes gets 429 with Retry-After; another address is fine."""
    settings.NEWSDIGEST_ASK_RATE = "5/10m"
    story = StoryFactory()
    codes = [
        ask(client, story, question=f"{HONEST} Part {n}.", ip="203.0.113.7").status_code
        for n in range(6)
    ]
    assert codes == [302] * 5 + [429]
    refused = ask(client, story, question=f"{HONEST} Again.", ip="203.0.113.7")
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 600
    assert refused.context["retry_minutes"] == -(-int(refused["Retry-After"]) // 60)
    soup = BeautifulSoup(refused.content, "html.parser")
    assert soup.select_one("blockquote.ask-limited__question").get_text() == f"{HONEST} Again."
    assert Question.objects.count() == 5
    other = ask(client, story, question=f"{HONEST} Elsewhere.", ip="198.51.100.20")
    assert other.status_code == 302
    assert Question.objects.count() == 6


def test_bots_count_against_the_limit_too(client, settings):
    """Quietly refused posts still use up the client's allowance."""
    settings.NEWSDIGEST_ASK_RATE = "2/10m"
    story = StoryFactory()
    assert ask(client, story, website="x").status_code == 302
    assert ask(client, story, website="x").status_code == 302
    assert ask(client, story).status_code == 429


def test_behind_a_proxy_the_client_is_the_nth_forwarded_address_from_the_right(rf, settings):
    """With two trusted proxies, entries to the left of theirs (forgeable) are ignored."""
    settings.NEWSDIGEST_TRUSTED_PROXY_COUNT = 2
    request = rf.post(
        "/",
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="1.1.1.1, 203.0.113.50, 10.0.0.1",
    )
    assert ratelimit.client_ip(request) == "203.0.113.50"
    settings.NEWSDIGEST_TRUSTED_PROXY_COUNT = 0
    assert ratelimit.client_ip(request) == "10.0.0.2"


def test_forged_forwarded_for_does_not_escape_the_limit(client, settings):
    """Without trusted proxies, a client rotating X-Forwarded-For is still one client."""
    settings.NEWSDIGEST_ASK_RATE = "2/10m"
    story = StoryFactory()
    codes = [
        client.post(
            ask_url(story),
            payload(story, question=f"{HONEST} {n}."),
            REMOTE_ADDR="203.0.113.7",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n}",
        ).status_code
        for n in range(3)
    ]
    assert codes == [302, 302, 429]


def test_ipv6_clients_are_limited_per_64_prefix(rf):
    """Rotating addresses inside one IPv6 /64 does not buy more questions."""
    one = rf.post("/", REMOTE_ADDR="2001:db8:1:2::1")
    two = rf.post("/", REMOTE_ADDR="2001:db8:1:2:ffff::9")
    assert ratelimit.client_key(one) == ratelimit.client_key(two)


UNREACHABLE_CACHE = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
}


@contextmanager
def cache_unreachable():
    """Point the cache at a Redis that is not there: every cache call raises."""
    ratelimit.local_counter.clear()
    # Restored before the autouse fixture clears the (real) cache at teardown.
    with override_settings(CACHES=UNREACHABLE_CACHE):
        yield
    ratelimit.local_counter.clear()


def test_with_the_cache_down_the_form_still_works(client):
    """No 500: the question is stored, counted by the in-process fallback."""
    story = StoryFactory()
    with cache_unreachable():
        response = ask(client, story)
    assert response.status_code == 302
    assert Question.objects.count() == 1


def test_with_the_cache_down_the_fallback_limit_is_stricter(client, settings):
    """Half the limit per process while the shared count is unavailable, then 429."""
    settings.NEWSDIGEST_ASK_RATE = "4/10m"
    story = StoryFactory()
    with cache_unreachable():
        codes = [ask(client, story, question=f"{HONEST} {n}.").status_code for n in range(3)]
        other = ask(client, story, question=f"{HONEST} x.", ip="198.51.100.1")
    assert codes == [302, 302, 429]
    assert other.status_code == 302


def test_asker_data_never_reaches_a_public_page(client):
    """The asker's name and e-mail appear on no page, feed, sitemap or JSON-LD."""
    story = StoryFactory()
    question = QuestionFactory(
        story=story,
        asker_name="Zebedee Quarrington",
        asker_email="zebedee.q@reader.test",
        origin=Question.Origin.READER,
    )
    pages = [
        story.get_absolute_url(),
        question.get_absolute_url(),
        reverse("stories:home"),
        reverse("stories:feed"),
        reverse("stories:feed_atom"),
        reverse("stories:sitemap"),
        reverse("stories:news_sitemap"),
        ask_url(story),
        thanks_url(story),
    ]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        assert "Zebedee" not in body, url
        assert "zebedee.q@reader.test" not in body, url


def test_purge_deletes_old_addresses_and_keeps_recent_ones(settings):
    """After the retention period the asker's address is gone; newer ones stay."""
    settings.NEWSDIGEST_ASKER_EMAIL_RETENTION_DAYS = 30
    old = QuestionFactory(
        pending=True,
        asker_email="old@reader.test",
        notify_consent=True,
        submitted_at=timezone.now() - timedelta(days=31),
    )
    new = QuestionFactory(
        pending=True,
        asker_email="new@reader.test",
        notify_consent=True,
        submitted_at=timezone.now() - timedelta(days=29),
    )
    call_command("purge_asker_emails", "--dry-run")
    old.refresh_from_db()
    assert old.asker_email == "old@reader.test"
    call_command("purge_asker_emails")
    old.refresh_from_db()
    new.refresh_from_db()
    assert (old.asker_email, old.notify_consent) == ("", False)
    assert new.asker_email == "new@reader.test"
    assert mail.outbox == []


def test_an_oversized_post_is_a_bad_request_not_a_server_error(client):
    """A body past Django's upload limit, or thousands of fields, answers 400 and stores nothing."""
    story = StoryFactory()
    huge = ask(client, story, question="x" * 3_000_000)
    assert huge.status_code == 400
    many = client.post(
        ask_url(story),
        {**payload(story), **{f"f{n}": "1" for n in range(1500)}},
        REMOTE_ADDR="198.51.100.4",
    )
    assert many.status_code == 400
    assert not Question.objects.exists()


@pytest.mark.parametrize("page", ["story", "question"])
def test_the_explainer_and_its_question_pages_carry_the_form(client, page):
    """The form sits in 'Go deeper' on the explainer and on each question page, and works."""
    story = StoryFactory()
    question = QuestionFactory(story=story)
    url = story.get_absolute_url() if page == "story" else question.get_absolute_url()
    response = client.get(url)
    soup = BeautifulSoup(response.content, "html.parser")
    form = soup.find("form", id="ask-form")
    assert form["action"] == ask_url(story)
    assert form.find_parent("section", attrs={"aria-labelledby": "go-deeper"}) is not None
    assert form.find("script") is None
    assert form.find(attrs={"style": True}) is None
    data = form_data(response.content, form_id="ask-form")
    data.update(question=HONEST, stamp=forms.make_stamp(story, at=time.time() - 30))
    assert client.post(ask_url(story), data).status_code == 302
    assert Question.objects.filter(text=HONEST, story=story).exists()


def test_a_cache_that_reports_outages_as_misses_still_gets_the_fallback(rf, settings):
    """A resilient cache answers add() False and incr() ValueError: the local count takes over."""
    settings.NEWSDIGEST_ASK_RATE = "2/10m"
    ratelimit.local_counter.clear()
    outage = mock.Mock(**{"add.return_value": False, "incr.side_effect": ValueError("down")})
    request = rf.post("/", REMOTE_ADDR="203.0.113.77")
    with mock.patch.object(ratelimit, "cache", outage):
        decisions = [ratelimit.hit_ask(request, now=1000.0) for _ in range(2)]
    ratelimit.local_counter.clear()
    assert [(d.allowed, d.shared) for d in decisions] == [(True, False), (False, False)]


def test_asking_an_answered_question_again_sends_the_link_at_once(
    client, django_capture_on_commit_callbacks
):
    """A repeat of a published reader question, with an address, gets the one e-mail now."""
    story = StoryFactory()
    ask(client, story)
    question = Question.objects.get()
    question.status, question.slug, question.answer = "published", "who-pays", "<p>The port.</p>"
    question.save()
    with django_capture_on_commit_callbacks(execute=True):
        ask(client, story, ip="198.51.100.8", email="late@reader.test", notify="on")
    assert [m.to for m in mail.outbox] == [["late@reader.test"]]
    assert "http://testserver/questions/who-pays/" in mail.outbox[0].body.split()
