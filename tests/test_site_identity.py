"""The site's name, tagline and logo: set by editors in the admin, shown everywhere at once."""

import json
import socket
from io import BytesIO
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.cache import cache, caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from publisher import identity
from publisher.models import SiteIdentity
from stories import notifications
from tests.factories import QuestionFactory, StoryFactory, UserFactory
from tests.forms import form_data
from tests.stories.test_cache import TEST_REDIS, redis_cache

CHANGE = reverse("admin:publisher_siteidentity_change", args=[1])
ADD = reverse("admin:publisher_siteidentity_add")
LIST = reverse("admin:publisher_siteidentity_changelist")


@pytest.fixture
def editor_client(client, db):
    client.force_login(UserFactory(username="desk-editor", groups=["Editor"]))
    return client


def png(width=240, height=120):
    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (width, height), (20, 40, 80)).save(buffer, "PNG")
    return SimpleUploadedFile("logo.png", buffer.getvalue(), content_type="image/png")


def save_identity(client, **fields):
    """Fill in the admin form an editor sees, as their browser would send it."""
    page = client.get(LIST, follow=True)
    assert page.status_code == 200
    url = page.redirect_chain[-1][0] if page.redirect_chain else LIST
    data = form_data(page.content, "siteidentity_form")
    data.update(fields)
    return client.post(url, data)


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def publisher_jsonld(page):
    """The NewsMediaOrganization node, wherever the page's JSON-LD nests it."""
    data = json.loads(page.select_one('script[type="application/ld+json"]').string)
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if node.get("@type") == "NewsMediaOrganization":
                return node
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    raise AssertionError("no NewsMediaOrganization in the JSON-LD")


def test_until_an_editor_sets_it_the_settings_name_and_tagline_are_shown(client, db, settings):
    settings.NEWSDIGEST = {**settings.NEWSDIGEST, "SITE_NAME": "Harbour Wire", "TAGLINE": "Tides"}
    page = soup(client.get("/"))
    assert page.select_one(".site-header__name").get_text() == "Harbour Wire"
    assert page.select_one(".site-header__tagline").get_text() == "Tides"
    assert page.title.get_text().startswith("Harbour Wire")


def test_the_add_form_starts_from_the_current_name_and_tagline(editor_client, settings):
    settings.NEWSDIGEST = {**settings.NEWSDIGEST, "SITE_NAME": "Harbour Wire", "TAGLINE": "Tides"}
    response = editor_client.get(LIST, follow=True)
    assert response.redirect_chain[-1][0] == ADD
    data = form_data(response.content, "siteidentity_form")
    assert (data["name"], data["tagline"]) == ("Harbour Wire", "Tides")


def test_an_editor_renames_the_site_and_every_surface_follows(editor_client, client, db):
    story = StoryFactory(headline="Ferry timetable changes")
    response = save_identity(editor_client, name="The Estuary Explainer", tagline="Rivers, read")
    assert response.status_code == 302
    client.logout()

    home = soup(client.get("/"))
    assert home.select_one(".site-header__name").get_text() == "The Estuary Explainer"
    assert home.select_one(".site-header__tagline").get_text() == "Rivers, read"
    assert "The Estuary Explainer" in home.select_one(".site-footer__name").get_text()
    assert home.select_one('meta[property="og:site_name"]')["content"] == "The Estuary Explainer"

    explainer = soup(client.get(story.get_absolute_url()))
    assert explainer.title.get_text() == "Ferry timetable changes · The Estuary Explainer"
    assert publisher_jsonld(explainer)["name"] == "The Estuary Explainer"
    assert publisher_jsonld(explainer)["description"] == "Rivers, read"

    feed = ElementTree.fromstring(client.get(reverse("stories:feed")).content)  # noqa: S314
    assert feed.find("channel/title").text == "The Estuary Explainer"
    news = client.get(reverse("stories:news_sitemap")).content.decode()
    assert "<news:name>The Estuary Explainer</news:name>" in news


def test_the_answer_email_carries_the_new_name(
    editor_client, db, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    save_identity(editor_client, name="The Estuary Explainer", tagline="")
    question = QuestionFactory(pending=True, asker_email="reader@example.org", notify_consent=True)
    question.status = question.Status.PUBLISHED
    question.slug = "when-does-the-ferry-return"
    question.answer = "<p>In March.</p>"
    question.save()
    with django_capture_on_commit_callbacks(execute=True):
        notifications.notify_answered(question)
    assert len(mail.outbox) == 1
    assert "The Estuary Explainer" in mail.outbox[0].subject
    assert "The Estuary Explainer" in mail.outbox[0].body


def test_an_uploaded_logo_is_the_publishers_logo_for_search_engines(editor_client, client, db):
    story = StoryFactory()
    save_identity(editor_client, name="The Estuary Explainer", logo=png())
    client.logout()
    logo = publisher_jsonld(soup(client.get(story.get_absolute_url())))["logo"]["url"]
    stored = SiteIdentity.objects.get().logo.name
    assert stored.startswith("publisher/")
    assert logo.endswith(stored)


def test_a_blank_name_is_refused_and_the_old_one_kept(editor_client, client, db):
    save_identity(editor_client, name="The Estuary Explainer")
    response = save_identity(editor_client, name="   ")
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert SiteIdentity.objects.get().name == "The Estuary Explainer"


def test_the_identity_has_one_row_and_is_never_deleted(editor_client, db):
    save_identity(editor_client, name="The Estuary Explainer")
    assert editor_client.get(ADD).status_code == 403
    assert editor_client.get(LIST).url == CHANGE
    delete = reverse("admin:publisher_siteidentity_delete", args=[1])
    assert editor_client.post(delete, {"post": "yes"}).status_code == 403
    assert SiteIdentity.objects.count() == 1


def test_writers_and_moderators_cannot_change_it(client, db):
    for role in ("Writer", "Moderator"):
        client.force_login(UserFactory(username=f"ident-{role}", groups=[role]))
        assert client.get(LIST).status_code == 403
        assert client.get(ADD).status_code == 403


def test_pages_read_it_from_the_cache_and_the_database_only_when_cold(
    db, django_assert_num_queries
):
    SiteIdentity.objects.create(name="The Estuary Explainer")
    cache.delete(identity.CACHE_KEY)
    with django_assert_num_queries(1):
        assert identity.current()["SITE_NAME"] == "The Estuary Explainer"
    with django_assert_num_queries(0):
        assert identity.current()["SITE_NAME"] == "The Estuary Explainer"


def test_a_cached_page_is_never_served_with_the_old_name(editor_client, db, settings):
    """Every web process shares one Redis: the save reaches all of them at once."""
    settings.CACHES = {"default": redis_cache(TEST_REDIS)}
    caches["default"].clear()
    settings.NEWSDIGEST_PAGE_CACHE_SECONDS = 600
    reader = Client()
    try:
        StoryFactory()
        reader.get("/")
        assert reader.get("/").get("X-Page-Cache") == "hit"
        save_identity(editor_client, name="The Estuary Explainer")
        fresh = reader.get("/")
        assert fresh.get("X-Page-Cache") != "hit"
        assert soup(fresh).select_one(".site-header__name").get_text() == "The Estuary Explainer"
    finally:
        caches["default"].clear()


def test_with_the_cache_down_pages_read_the_identity_from_the_database(client, db, settings):
    SiteIdentity.objects.create(name="The Estuary Explainer")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings.CACHES = {"default": redis_cache(f"redis://127.0.0.1:{port}/0")}
    response = client.get("/")
    assert response.status_code == 200
    assert soup(response).select_one(".site-header__name").get_text() == "The Estuary Explainer"


def test_editors_edit_the_publishers_own_pages(editor_client):
    """The masthead tells readers editors keep it: an editor can change it, and readers see it."""
    from django.contrib.flatpages.models import FlatPage

    page = FlatPage.objects.get(url="/masthead/")
    url = reverse("admin:flatpages_flatpage_change", args=[page.pk])
    response = editor_client.get(url)
    assert response.status_code == 200
    data = form_data(response.content, form_id="flatpage_form")
    data["content"] = "<p>Edited by the desk: Ada Mensah, editor.</p>"
    assert editor_client.post(url, data).status_code == 302
    assert "Ada Mensah" in Client().get("/masthead/").content.decode()
