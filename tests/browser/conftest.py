import importlib
import os
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command

from tests.browser import chromium as chromium_binary

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# around it are still plain synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium, as `make browser` provided it."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = chromium_binary.launch(p)
        yield chromium
        chromium.close()


@pytest.fixture
def demo_site(live_server, transactional_db, settings):
    """The demo newsroom served by a live server; returns its base address."""
    settings.NEWSDIGEST_PAGE_CACHE_SECONDS = 0
    call_command("seed_demo", stdout=StringIO())
    # A transactional test flushes the tables, and with them the publisher's pages that the
    # data migration made: make them again the same way.
    importlib.import_module("publisher.migrations.0001_publisher_pages").create_pages(apps, None)
    return live_server.url


@pytest.fixture(params=["light", "dark"])
def page(request, browser):
    """A fresh page at phone width in each colour scheme."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, color_scheme=request.param, bypass_csp=True
    )
    yield context.new_page()
    context.close()
