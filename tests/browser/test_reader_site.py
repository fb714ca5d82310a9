"""A reader's journey through the site in a real browser, and axe-core on every page type."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

# One address of each page type in the demo content.
PAGE_TYPES = {
    "home": "/",
    "explainer": "/stories/bank-of-serravel-raises-rates/",
    "question": "/questions/what-is-a-solar-microgrid/",
    "topic index": "/topics/",
    "topic": "/topics/bank-of-serravel/",
    "author": "/authors/amara-nwosu-hale/",
    "outlet": "/outlets/continental-wire/",
    "tag": "/tags/ports/",
    "not found": "/no-such-page/",
    "withdrawn": "/stories/quillon-reported-bid-for-lumen-pay/",
    "flatpage": "/about/",
}

STATUS = {"not found": 404, "withdrawn": 410}


def test_reader_goes_from_home_to_an_explainer_a_question_and_a_topic(demo_site, page):
    """Home → lead explainer → one of its questions → back → one of its topics."""
    page.goto(demo_site + "/")
    lead = page.locator(".lead__headline a")
    headline = lead.inner_text()
    lead.click()
    assert page.locator("h1").inner_text() == headline
    assert page.locator(".roundup__card").count() > 0

    question = page.locator(".question-list a").first
    question_text = question.inner_text()
    question.click()
    assert page.locator("h1").inner_text() == question_text
    page.locator(".back-link a").click()
    assert page.locator("h1").inner_text() == headline

    topic = page.locator(".topic-card__name a").first
    topic_name = topic.inner_text()
    topic.click()
    assert page.locator("h1").inner_text() == topic_name
    assert page.locator(".story-list .story-card__headline a", has_text=headline).count() == 1


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(demo_site, page):
    """Tab once: the skip link shows; Enter: focus lands on the main content."""
    page.goto(demo_site + PAGE_TYPES["explainer"])
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_page_type_has_no_axe_violations(demo_site, page, name):
    """axe-core finds nothing on each page type, in light and in dark mode."""
    response = page.goto(demo_site + PAGE_TYPES[name])
    assert response.status == STATUS.get(name, 200)
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_page_type_needs_no_script_and_has_no_inline_style(demo_site, page, name):
    """Readable without JavaScript, and nothing a strict CSP would block: JSON-LD is data."""
    page.goto(demo_site + PAGE_TYPES[name])
    scripts = page.locator('script:not([type="application/ld+json"])').count()
    assert (scripts, page.locator("[style]").count(), page.locator("style").count()) == (0, 0, 0)
    assert page.locator("h1").count() == 1
