"""Production hardening: response headers on every page type, no cookies for readers, the
deploy checks, and the limits on failed admin logins."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.test import override_settings
from django.urls import reverse

from newsdigest.core import login_limits, ratelimit
from newsdigest.core.middleware import permissions_policy_header
from stories.models import Story, StoryTag
from tests.factories import (
    AuthorFactory,
    QuestionFactory,
    SourceSummaryFactory,
    StoryAuthorFactory,
    StoryFactory,
    StoryTopicFactory,
    UserFactory,
)
from tests.test_admin_permissions import BUILDERS, SINGLE_ROW, registered

BASE_DIR = Path(__file__).resolve().parent.parent
PASSWORD = "correct-horse-battery"


@pytest.fixture
def site(db):
    """One published explainer with everything hanging off it, and one withdrawn story."""
    story = StoryFactory(slug="harbour-vote")
    StoryAuthorFactory(story=story, author=AuthorFactory(slug="ada-reporter"))
    StoryTopicFactory(story=story, topic__slug="harbour")
    source = SourceSummaryFactory(story=story, outlet__slug="daily-lantern")
    QuestionFactory(story=story, slug="what-next")
    story.tags.add("ports")
    StoryFactory(slug="pulled-story", withdrawn=True)
    return {
        "home": reverse("stories:home"),
        "story": story.get_absolute_url(),
        "question": reverse("stories:question", kwargs={"slug": "what-next"}),
        "topic index": reverse("topics:index"),
        "topic": reverse("topics:detail", kwargs={"slug": "harbour"}),
        "topic feed": reverse("stories:topic_feed", kwargs={"slug": "harbour"}),
        "author": reverse("stories:author", kwargs={"slug": "ada-reporter"}),
        "outlet": source.outlet.get_absolute_url(),
        "tag": StoryTag.objects.get(name="ports").get_absolute_url(),
        "rss": reverse("stories:feed"),
        "atom": reverse("stories:feed_atom"),
        "sitemap": reverse("stories:sitemap"),
        "news sitemap": reverse("stories:news_sitemap"),
        "robots": reverse("stories:robots"),
        "healthz": reverse("healthz"),
        "ask form": reverse("stories:ask", kwargs={"slug": story.slug}),
        "search": reverse("stories:search") + "?q=harbour",
        "admin login": reverse("admin:login"),
        "not found": "/stories/no-such-story/",
        "withdrawn": "/stories/pulled-story/",
    }


PAGES = [
    "home",
    "story",
    "question",
    "topic index",
    "topic",
    "topic feed",
    "author",
    "outlet",
    "tag",
    "rss",
    "atom",
    "sitemap",
    "news sitemap",
    "robots",
    "healthz",
    "ask form",
    "search",
    "admin login",
    "not found",
    "withdrawn",
]
READER_PAGES = [page for page in PAGES if page != "admin login"]
EXPECTED_STATUS = {"not found": 404, "withdrawn": 410}


def csp_directives(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def assert_hardened(response):
    csp = csp_directives(response)
    for directive in ("script-src", "default-src"):
        assert "'unsafe-inline'" not in csp[directive]
        assert "'unsafe-eval'" not in csp[directive]
    assert csp["script-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_type_carries_the_security_headers(client, site, page):
    """CSP without inline or eval script, no framing, nosniff, referrer, permissions, COOP."""
    response = client.get(site[page])
    assert response.status_code == EXPECTED_STATUS.get(page, 200)
    assert_hardened(response)


def test_staff_pages_carry_the_security_headers(client, site, editor):
    """The admin's index, change list and change form are served under the same policy."""
    client.force_login(editor)
    story = Story.objects.get(slug="harbour-vote")
    for url in (
        reverse("admin:index"),
        reverse("admin:stories_story_changelist"),
        reverse("admin:stories_story_change", args=[story.pk]),
        reverse("admin:autocomplete")
        + "?app_label=stories&model_name=storyauthor&field_name=author",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_hardened(response)


@pytest.mark.parametrize("page", READER_PAGES)
def test_public_get_pages_set_no_cookies(client, site, page):
    """A reader's GET stores nothing in the browser, so shared caches may keep the page."""
    response = client.get(site[page])
    assert response.status_code == EXPECTED_STATUS.get(page, 200)
    assert dict(response.cookies) == {}


def inline_code(html):
    """Scripts, handlers and style attributes in a page that script-src 'self' would block."""
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for script in soup.find_all("script"):
        if not script.get("src") and script.get("type") not in {
            "application/ld+json",
            "application/json",
        }:
            found.append(str(script)[:80])
    for tag in soup.find_all(True):
        found.extend(f"{tag.name}[{attr}]" for attr in tag.attrs if attr.startswith("on"))
        if tag.get("style"):
            found.append(f"{tag.name}[style]")
        for attr in ("href", "src", "action"):
            if str(tag.get(attr, "")).strip().lower().startswith("javascript:"):
                found.append(f"{tag.name}[{attr}]")
    return found


@pytest.mark.parametrize(
    "page", ["home", "story", "question", "topic", "author", "tag", "search", "withdrawn"]
)
def test_reader_pages_need_no_inline_code(client, site, page):
    """Nothing on a reader page depends on inline script or style that the CSP blocks."""
    response = client.get(site[page])
    assert inline_code(response.content) == []


def test_json_ld_is_data_the_policy_does_not_block(client, site):
    """The explainer's JSON-LD block is a data script: allowed without a nonce or a hash."""
    response = client.get(site["story"])
    soup = BeautifulSoup(response.content, "html.parser")
    blocks = soup.find_all("script", type="application/ld+json")
    assert blocks
    assert all(not block.get("src") for block in blocks)
    assert not any(
        source.startswith(("'nonce-", "'sha256-"))
        for source in csp_directives(response)["script-src"]
    )


def test_admin_change_form_works_under_the_policy(client, site, editor):
    """The change form and its autocompletes load scripts only from files on this site."""
    client.force_login(editor)
    story = Story.objects.get(slug="harbour-vote")
    response = client.get(reverse("admin:stories_story_change", args=[story.pk]))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    scripts = [script["src"] for script in soup.find_all("script", src=True)]
    assert any("autocomplete.js" in src for src in scripts)
    # Same-origin files only: static files and the admin's translation catalogue.
    assert all(src.startswith("/") and not src.startswith("//") for src in scripts)
    assert inline_code(response.content) == []
    search = client.get(
        reverse("admin:autocomplete"),
        {"app_label": "stories", "model_name": "storyauthor", "field_name": "author", "term": "Re"},
    )
    assert search.status_code == 200
    assert search.json()["results"]


@pytest.mark.parametrize("label", registered())
def test_every_admin_page_works_under_the_policy(client, superuser, label):
    """Each model admin's list, add and change pages: hardened, and no inline code to block."""
    client.force_login(superuser)
    app_label, model_name = label.split(".")
    changelist = reverse(f"admin:{app_label}_{model_name}_changelist")
    add = reverse(f"admin:{app_label}_{model_name}_add")

    def works(url):
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        assert_hardened(response)
        assert inline_code(response.content) == [], url

    if label in SINGLE_ROW:
        # A one-row setting is added before its row exists and changed after; its list opens
        # whichever form applies.
        works(changelist)
        works(add)
        obj = BUILDERS[label]()
        works(changelist)
    else:
        obj = BUILDERS[label]()
        works(changelist)
        works(add)
    works(reverse(f"admin:{app_label}_{model_name}_change", args=[obj.pk]))


def test_permissions_policy_header_format():
    """Features with no allowed origin read 'feature=()', self and origins are listed."""
    header = permissions_policy_header(
        {"camera": [], "fullscreen": ["self", "https://video.example"]}
    )
    assert header == 'camera=(), fullscreen=(self "https://video.example")'


def test_deploy_checks_pass_with_production_environment():
    """`check --deploy --fail-level WARNING` reports nothing with production variables set."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))
    }
    env.update(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50)[:50],
        DJANGO_ALLOWED_HOSTS="news.example.org",
        DJANGO_SETTINGS_MODULE="newsdigest.settings",
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter and manage.py, fixed arguments
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_refuse_to_start_without_a_secret_key():
    """With DEBUG off and no DJANGO_SECRET_KEY the settings raise instead of starting."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(DJANGO_DEBUG="0", DJANGO_ALLOWED_HOSTS="news.example.org")
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def production_settings(**extra):
    """Settings as a production process sees them, read in a fresh interpreter."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    env.update(
        {
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50)[:50],
            "DJANGO_ALLOWED_HOSTS": "news.example.org",
            "DJANGO_SETTINGS_MODULE": "newsdigest.settings",
            **extra,
        }
    )
    names = [
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SESSION_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY",
        "SESSION_COOKIE_SAMESITE",
        "CSRF_COOKIE_SECURE",
        "CSRF_COOKIE_HTTPONLY",
        "CSRF_COOKIE_SAMESITE",
        "SECURE_PROXY_SSL_HEADER",
        "PASSWORD_HASHERS",
        "AUTH_PASSWORD_VALIDATORS",
        "CONTENT_SECURITY_POLICY",
    ]
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n, None) for n in {names!r}}}))"
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter, fixed code
        [sys.executable, "-c", code],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_settings_harden_transport_cookies_and_passwords():
    """HSTS for a year with subdomains, HTTPS redirect, secure HttpOnly SameSite cookies,
    Argon2 first, passwords of at least 12 characters, and insecure requests upgraded."""
    prod = production_settings(DJANGO_SECURE_PROXY_SSL_HEADER="HTTP_X_FORWARDED_PROTO,https")
    assert prod["SECURE_SSL_REDIRECT"] is True
    assert prod["SECURE_HSTS_SECONDS"] >= 31_536_000
    assert prod["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    for cookie in ("SESSION", "CSRF"):
        assert prod[f"{cookie}_COOKIE_SECURE"] is True
        assert prod[f"{cookie}_COOKIE_HTTPONLY"] is True
        assert prod[f"{cookie}_COOKIE_SAMESITE"] == "Lax"
    assert prod["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert prod["PASSWORD_HASHERS"][0].endswith("Argon2PasswordHasher")
    lengths = [
        v.get("OPTIONS", {}).get("min_length")
        for v in prod["AUTH_PASSWORD_VALIDATORS"]
        if v["NAME"].endswith("MinimumLengthValidator")
    ]
    assert lengths == [12]
    assert prod["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["upgrade-insecure-requests"] is True


def test_development_settings_do_not_force_https():
    """`make run` serves plain http://127.0.0.1:8000: no redirect, no HSTS, no upgrade."""
    dev = production_settings(DJANGO_DEBUG="1")
    assert not dev["SECURE_SSL_REDIRECT"]
    assert not dev["SECURE_HSTS_SECONDS"]
    assert dev["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["upgrade-insecure-requests"] is False


@pytest.mark.parametrize(("proto", "status"), [("http", 301), ("https", 200)])
def test_https_redirect_trusts_the_proxy_header(client, site, settings, proto, status):
    """Behind a TLS proxy the forwarded scheme decides: plain HTTP is sent to HTTPS."""
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    response = client.get(site["home"], HTTP_X_FORWARDED_PROTO=proto)
    assert response.status_code == status
    if status == 301:
        assert response["Location"] == "https://testserver/"


# --- Failed admin logins -------------------------------------------------------------------


def login(client, username, password="wrong-password-12", address="203.0.113.7"):  # noqa: S107
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": reverse("admin:index")},
        REMOTE_ADDR=address,
    )


@pytest.fixture
def limits(settings):
    settings.NEWSDIGEST_LOGIN_FAILURES_PER_ACCOUNT = 3
    settings.NEWSDIGEST_LOGIN_FAILURES_PER_ADDRESS = 5
    settings.NEWSDIGEST_LOGIN_WINDOW = 900
    # Counts kept in this process while a cache was down must not follow a test around.
    ratelimit.local_counter.clear()
    yield settings
    ratelimit.local_counter.clear()


def test_an_account_is_locked_after_too_many_failures(client, limits, editor):
    """Past the per-account limit even the right password answers 429 with Retry-After."""
    for _attempt in range(3):
        assert login(client, "editor").status_code == 200
    response = login(client, "editor", password=PASSWORD)
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 900
    assert response.context["retry_minutes"] >= 1
    assert "_auth_user_id" not in client.session


def test_account_limit_holds_across_addresses(client, limits, editor):
    """Changing address does not buy more guesses at one account."""
    for number in range(3):
        login(client, "editor", address=f"198.51.100.{number + 1}")
    assert login(client, "editor", password=PASSWORD, address="192.0.2.55").status_code == 429


def test_an_address_is_locked_after_too_many_failures(client, limits, db):
    """Spraying many usernames from one address hits the per-address limit."""
    UserFactory(username="fresh")
    for number in range(5):
        assert login(client, f"nobody-{number}").status_code == 200
    assert login(client, "fresh", password=PASSWORD).status_code == 429
    # Another address may still log in to the same account.
    response = login(client, "fresh", password=PASSWORD, address="198.51.100.9")
    assert response.status_code == 302


def test_a_successful_login_clears_the_account_count(client, limits, editor):
    """Two failures, a success, then the account has its full allowance again."""
    login(client, "editor")
    login(client, "editor")
    assert login(client, "editor", password=PASSWORD).status_code == 302
    client.logout()
    for _attempt in range(2):
        assert login(client, "editor").status_code == 200
    assert login(client, "editor", password=PASSWORD).status_code == 302


def test_the_lock_ends_with_the_window(client, limits, editor, monkeypatch):
    """When the window has passed the account may log in again."""
    start = 1_000_000.0 * 900
    monkeypatch.setattr(login_limits, "now", lambda: start)
    for _attempt in range(3):
        login(client, "editor")
    assert login(client, "editor", password=PASSWORD).status_code == 429
    monkeypatch.setattr(login_limits, "now", lambda: start + 901)
    assert login(client, "editor", password=PASSWORD).status_code == 302


def test_usernames_differing_in_case_share_one_count(client, limits, editor):
    """'Editor' and 'editor ' are the same account to the limiter."""
    login(client, "Editor")
    login(client, "EDITOR")
    login(client, "editor ")
    assert login(client, "editor", password=PASSWORD).status_code == 429


@pytest.mark.parametrize(
    "backend",
    [
        "django.core.cache.backends.redis.RedisCache",
        "newsdigest.core.cache_backend.ResilientRedisCache",
    ],
)
def test_limits_still_apply_with_the_cache_down(client, limits, editor, backend):
    """Redis unreachable (raising, or failing as misses): logins work, failures count locally."""
    unreachable = {"default": {"BACKEND": backend, "LOCATION": "redis://127.0.0.1:1/0"}}
    with override_settings(CACHES=unreachable):
        for _attempt in range(3):
            assert login(client, "editor").status_code == 200
        assert login(client, "editor", password=PASSWORD).status_code == 429
