"""Faults survived: the database or Redis unreachable, hung or slow never shows a traceback."""

import json
import os
import runpy
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.utils import OperationalError
from django.urls import reverse

from newsdigest.core import outage
from stories.forms import make_stamp
from stories.models import Question
from tests.factories import QuestionFactory, StoryFactory, StoryTopicFactory
from tests.forms import form_data

ROOT = Path(__file__).resolve().parent.parent
SETTINGS_FILE = ROOT / "newsdigest" / "settings.py"


def closed_port():
    """A local TCP port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def project_settings(**environ):
    """The settings module's values for the given environment, as a fresh process reads them."""
    saved = {key: os.environ.get(key) for key in environ}
    os.environ.update(environ)
    try:
        return runpy.run_path(str(SETTINGS_FILE))
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def probe(*paths, **environ):
    """Start the site in a fresh process with this environment and fetch the paths there."""
    env = {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "fault-test-secret-key-not-for-production-use-0123456789",
        "DJANGO_ALLOWED_HOSTS": "testserver",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "REDIS_URL": "",
        **environ,
    }
    done = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "tests.outage_probe", *paths],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return {result["path"]: result for result in json.loads(done.stdout)}


def assert_plain_unavailable_page(result):
    assert result["status"] == 503
    assert result["content_type"].startswith("text/html")
    assert result["retry_after"]
    assert "no-store" in result["cache_control"]
    page = BeautifulSoup(result["body"], "html.parser")
    assert page.h1.get_text(strip=True) == "Temporarily unavailable"
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert "Traceback" not in page.get_text()
    assert not page.find_all("script")


# --- The database ---------------------------------------------------------------------------


def test_database_at_a_closed_port_gives_every_page_the_plain_503():
    """With PostgreSQL unreachable, public pages and the admin answer the plain 503 page, and
    /healthz tells the load balancer the database is down."""
    results = probe(
        "/",
        "/stories/any-story/",
        "/topics/",
        "/feed/",
        "/admin/login/",
        "/healthz",
        DATABASE_URL=f"postgres://postgres@127.0.0.1:{closed_port()}/newsdigest",
    )
    for path in ["/", "/stories/any-story/", "/topics/", "/feed/", "/admin/login/"]:
        assert_plain_unavailable_page(results[path])
    health = results["/healthz"]
    assert health["status"] == 503
    assert json.loads(health["body"])["database"] == "unreachable"


def test_postgresql_connections_fail_fast_and_statements_are_bounded():
    """Production settings give up connecting after 2 s, re-check kept connections before use,
    and bound every statement with a timeout."""
    values = project_settings(DATABASE_URL="postgres://postgres@db.internal:5432/newsdigest")
    database = values["DATABASES"]["default"]
    assert database["OPTIONS"]["connect_timeout"] == 2
    assert database["OPTIONS"]["options"] == "-c statement_timeout=5000"
    assert database["CONN_HEALTH_CHECKS"] is True


def test_a_statement_over_the_timeout_is_cancelled_as_a_database_error():
    """PostgreSQL cancels a statement that runs past the timeout; it surfaces as the
    OperationalError the outage middleware turns into a 503."""
    result = probe(
        "@statement-timeout",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/postgres",
        DJANGO_DB_STATEMENT_TIMEOUT_MS="100",
    )["@statement-timeout"]
    assert result["error"] == "OperationalError"
    assert "statement timeout" in result["message"]


class _DatabaseSwitch:
    """Makes every new use of the database connection fail as an unreachable server does."""

    def __init__(self, monkeypatch):
        self.monkeypatch = monkeypatch

    def down(self):
        def unreachable(connection):
            raise OperationalError("connection refused")

        self.monkeypatch.setattr(BaseDatabaseWrapper, "ensure_connection", unreachable)

    def up(self):
        self.monkeypatch.undo()


@pytest.mark.django_db
def test_pages_recover_as_soon_as_the_database_answers_again(client, monkeypatch):
    """During the outage pages are 503; the first request after it is served, same process."""
    story = StoryFactory()
    url = story.get_absolute_url()
    database = _DatabaseSwitch(monkeypatch)
    database.down()
    response = client.get(url)
    assert_plain_unavailable_page(
        {
            "status": response.status_code,
            "content_type": response["Content-Type"],
            "retry_after": response["Retry-After"],
            "cache_control": response["Cache-Control"],
            "body": response.content.decode(),
        }
    )
    database.up()
    response = client.get(url)
    assert response.status_code == 200
    assert response.context["story"] == story


def test_database_errors_raised_outside_views_also_get_the_503_page(rf):
    """A database failure inside a middleware reaches handler500, which still answers 503;
    any other error keeps the ordinary 500 page."""
    try:
        raise OperationalError("server closed the connection unexpectedly")
    except OperationalError:
        response = outage.server_error(rf.get("/"))
    assert response.status_code == 503
    assert BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True) == (
        "Temporarily unavailable"
    )
    try:
        raise ValueError("a bug")
    except ValueError:
        assert outage.server_error(rf.get("/")).status_code == 500


@pytest.mark.django_db
def test_healthz_is_ok_when_database_and_cache_answer(client, django_assert_num_queries):
    """The health check answers 200 with both dependencies fine, in one query, never cached."""
    with django_assert_num_queries(1):
        response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


# --- Redis ----------------------------------------------------------------------------------


def redis_settings(settings, url):
    """Point the project's own production cache configuration at ``url``."""
    values = project_settings(REDIS_URL=url)
    settings.CACHES = values["CACHES"]
    settings.SESSION_ENGINE = values.get("SESSION_ENGINE", settings.SESSION_ENGINE)


@pytest.fixture
def redis_closed(settings):
    redis_settings(settings, f"redis://127.0.0.1:{closed_port()}/0")


@pytest.fixture
def redis_hung(settings):
    """A server that accepts connections and never answers, like a Redis stuck on a fork."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(64)
        redis_settings(settings, f"redis://127.0.0.1:{sock.getsockname()[1]}/0")
        yield


@pytest.fixture
def site():
    story = StoryFactory(slug="ferry-fares")
    QuestionFactory(story=story, slug="who-pays")
    topic = StoryTopicFactory(story=story).topic
    return {"story": story, "topic": topic}


PUBLIC_PAGES = ["/", "/stories/ferry-fares/", "/questions/who-pays/", "/topics/", "/feed/"]


@pytest.mark.django_db
@pytest.mark.parametrize("fault", ["redis_closed", "redis_hung"])
def test_public_pages_are_served_uncached_while_redis_is_down(client, request, site, fault):
    """Redis unreachable or hung: every public page still answers 200 with its content."""
    request.getfixturevalue(fault)
    for path in [*PUBLIC_PAGES, site["topic"].get_absolute_url()]:
        response = client.get(path)
        assert response.status_code == 200, path
    response = client.get("/stories/ferry-fares/")
    assert response.context["story"] == site["story"]


@pytest.mark.django_db
def test_healthz_stays_200_and_reports_the_cache_degraded(client, redis_closed):
    """A load balancer keeps the node: the database answers, only the cache is degraded."""
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "degraded"}


@pytest.mark.django_db
def test_admin_works_while_redis_is_down(client, editor, redis_closed, site):
    """An editor logs in with a password and saves a story with Redis unreachable."""
    response = client.post(
        reverse("admin:login"),
        {"username": "editor", "password": "correct-horse-battery", "next": "/admin/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    url = reverse("admin:stories_story_change", args=[site["story"].pk])
    data = form_data(client.get(url).content, form_id="story_form")
    data["headline"] = "Ferry fares frozen"
    assert client.post(url, data).status_code == 302
    site["story"].refresh_from_db()
    assert site["story"].headline == "Ferry fares frozen"


@pytest.mark.django_db
def test_reader_question_is_taken_while_redis_is_down(client, redis_closed, site):
    """The ask form falls back to the in-process rate limit and still stores the question."""
    story = site["story"]
    url = reverse("stories:ask", args=[story.slug])
    data = form_data(client.get(url).content)
    data.update(
        {
            "question": "Will the ferry timetable change as well?",
            "stamp": make_stamp(story, at=time.time() - 60),
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302
    assert Question.objects.filter(
        story=story, text="Will the ferry timetable change as well?"
    ).exists()
