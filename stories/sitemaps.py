"""For crawlers: /sitemap.xml, the Google News sitemap and /robots.txt.

Every list goes through published(): nothing a reader cannot open is ever announced.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.flatpages.models import FlatPage
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Max
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from newsdigest.core import robots
from publisher.identity import current
from topics.models import Topic

from . import seo
from .models import Author, Outlet, Question, Story, StoryQuerySet

NEWS_WINDOW = timedelta(hours=48)
# Google News reads at most this many entries from one news sitemap.
NEWS_LIMIT = 1000


class RequestSitemap(Sitemap):
    """A sitemap for the host the crawler asked, not the django.contrib.sites domain."""

    def __init__(self, request):
        self.request = request
        self.now = timezone.now()

    def get_domain(self, site=None):
        return self.request.get_host()

    def get_protocol(self, protocol=None):
        return self.request.scheme


class StorySitemap(RequestSitemap):
    changefreq = "daily"
    priority = 0.9

    def items(self):
        return (
            Story.objects.published(now=self.now)
            .only("slug", "published_at", "updated_at")
            .order_by("-published_at", "-pk")
        )

    def lastmod(self, item):
        return seo.story_modified(item)


class QuestionSitemap(RequestSitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self):
        return (
            Question.objects.published(now=self.now)
            .only("slug", "updated_at")
            .order_by("story_id", "position", "pk")
        )

    def lastmod(self, item):
        return item.updated_at


def _latest_story(prefix, now):
    """The newest public story reached through ``prefix``: when a listing page last changed."""
    return Max(f"{prefix}published_at", filter=StoryQuerySet.published_q(prefix, now=now))


class TopicSitemap(RequestSitemap):
    changefreq = "daily"
    priority = 0.7

    def items(self):
        return (
            Topic.objects.annotate(latest_story=_latest_story("stories__", self.now))
            .only("slug", "updated_at")
            .order_by("slug")
        )

    def lastmod(self, item):
        return max(filter(None, [item.updated_at, item.latest_story]))


class _ListingSitemap(RequestSitemap):
    """Authors and outlets: listed once they have a public story, dated by the newest."""

    changefreq = "weekly"
    priority = 0.4
    model = None
    prefix = ""

    def items(self):
        return (
            self.model.objects.annotate(latest_story=_latest_story(self.prefix, self.now))
            .filter(latest_story__isnull=False)
            .only("slug")
            .order_by("slug")
        )

    def lastmod(self, item):
        return item.latest_story


class AuthorSitemap(_ListingSitemap):
    model = Author
    prefix = "stories__"


class OutletSitemap(_ListingSitemap):
    model = Outlet
    prefix = "summaries__story__"


class PagesSitemap(RequestSitemap):
    """Home, the topic index and the publisher's own pages (about, masthead, policies)."""

    changefreq = "weekly"
    priority = 0.5

    def items(self):
        latest = Story.objects.published(now=self.now).aggregate(latest=Max("published_at"))
        flatpages = FlatPage.objects.filter(
            sites__id=settings.SITE_ID, registration_required=False
        ).order_by("url")
        return [
            (reverse("stories:home"), latest["latest"]),
            (reverse("topics:index"), None),
            *((page.get_absolute_url(), None) for page in flatpages),
        ]

    def location(self, item):
        return item[0]

    def lastmod(self, item):
        return item[1]


SITEMAPS = {
    "pages": PagesSitemap,
    "stories": StorySitemap,
    "questions": QuestionSitemap,
    "topics": TopicSitemap,
    "authors": AuthorSitemap,
    "outlets": OutletSitemap,
}


@require_GET
def sitemap(request):
    """/sitemap.xml: the site's own pages and every public explainer, question, topic,
    author and outlet."""
    sitemaps = {section: cls(request) for section, cls in SITEMAPS.items()}
    # Full times, not Django's default of dates: a news page changes several times a day.
    return sitemap_views.sitemap(request, sitemaps, template_name="seo/sitemap.xml")


def news_language():
    """Google News wants an ISO 639 code: "en", but "zh-cn" and "zh-tw" stay whole."""
    code = settings.LANGUAGE_CODE.lower()
    return code if code in {"zh-cn", "zh-tw"} else code.split("-")[0]


@require_GET
@robots.noindex(directives="noindex, noarchive")
def news_sitemap(request):
    """/news-sitemap.xml: explainers published in the last 48 hours, in Google News format."""
    now = timezone.now()
    stories = (
        Story.objects.published(now=now)
        .filter(published_at__gt=now - NEWS_WINDOW)
        .only("slug", "headline", "published_at")
        .order_by("-published_at", "-pk")[:NEWS_LIMIT]
    )
    entries = [
        {
            "loc": seo.absolute(request, story.get_absolute_url()),
            "published": seo.iso(story.published_at),
            "title": story.headline,
        }
        for story in stories
    ]
    response = render(
        request,
        "seo/news_sitemap.xml",
        {
            "entries": entries,
            "publication": current(request)["SITE_NAME"],
            "language": news_language(),
        },
        content_type="application/xml; charset=utf-8",
    )
    return response


@require_GET
def robots_txt(request):
    """/robots.txt: keep crawlers out of the admin and search, and name both sitemaps."""
    lines = [
        "User-agent: *",
        f"Disallow: {reverse('admin:index')}",
        # The URL contract fixes search at /search/; results pages are endless and thin.
        "Disallow: /search/",
        "",
        f"Sitemap: {seo.absolute(request, reverse('stories:sitemap'))}",
        f"Sitemap: {seo.absolute(request, reverse('stories:news_sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
