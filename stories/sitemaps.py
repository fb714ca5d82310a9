"""For crawlers: /sitemap.xml and its sections, the Google News sitemap and /robots.txt.

/sitemap.xml is a sitemap index. Each section lists one kind of page: the publisher's pages,
topics, authors, outlets, and explainers and their questions by month of publication in the
site's time zone; any section longer than PAGE_SIZE URLs is split into pages (``?p=2``). So no
file comes near the protocol's 50 000 URLs and 50 MB, however large the archive grows.

Every list goes through published(): nothing a reader cannot open is ever announced.
"""

import re
from datetime import timedelta
from html import escape

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from newsdigest.core import robots
from publisher.identity import current

from . import seo
from .models import Story
from .sitemap_sections import KINDS, month_bounds

NEWS_WINDOW = timedelta(hours=48)
# Google News reads at most this many entries from one news sitemap.
NEWS_LIMIT = 1000

# URLs in one page of a section. The protocol allows 50 000 URLs and 50 MB a file; 10 000
# explainer URLs are about 1.8 MB (docs/performance.md).
PAGE_SIZE = 10_000

_MONTHLY = re.compile(r"(?P<kind>[a-z]+)-(?P<year>\d{4})-(?P<month>\d{2})")
_PAGE = re.compile(r"[1-9][0-9]{0,5}")


def section_url(kind, month=None, page=1):
    """The address of one page of a section: /sitemaps/stories-2026-12.xml?p=2."""
    if month is not None:
        local = timezone.localtime(month, timezone.get_default_timezone())
        name = f"{kind.name}-{local:%Y-%m}"
    else:
        name = kind.name
    url = reverse("stories:sitemap_section", kwargs={"section": name})
    return f"{url}?p={page}" if page > 1 else url


def _find(section):
    """The kind and month bounds a section's name stands for; 404 for any other name."""
    match = _MONTHLY.fullmatch(section)
    kind = KINDS.get(match["kind"] if match else section)
    if kind is None or kind.monthly != bool(match):
        raise Http404(_("There is no such sitemap."))
    if not match:
        return kind, None
    try:
        return kind, month_bounds(int(match["year"]), int(match["month"]))
    except ValueError:
        raise Http404(_("There is no such sitemap.")) from None


def _page(request):
    page = request.GET.get("p", "1")
    if not _PAGE.fullmatch(page):
        raise Http404(_("There is no such page of this sitemap."))
    return int(page)


def _host(request):
    """The scheme and host the crawler asked for, not the django.contrib.sites domain."""
    return f"{request.scheme}://{request.get_host()}"


def _urls(host, entries, kind):
    """The <url> elements of a section page, as one string.

    A template loop took more than twice as long for a full page: it resolves and escapes
    every variable of every URL, and seo.iso() looks the time zone up for every date.
    """
    zone = timezone.get_current_timezone()
    host = escape(host, quote=False)
    tail = f"<changefreq>{kind.changefreq}</changefreq><priority>{kind.priority}</priority></url>"
    lines = []
    for path, lastmod in entries:
        date = (
            f"<lastmod>{lastmod.astimezone(zone).isoformat(timespec='seconds')}</lastmod>"
            if lastmod
            else ""
        )
        lines.append(f"<url><loc>{host}{escape(path, quote=False)}</loc>{date}{tail}\n")
    return mark_safe("".join(lines))  # noqa: S308 - every variable part is escaped above


@require_GET
@robots.noindex(directives="noindex, noarchive")
def sitemap(request):
    """/sitemap.xml: an index of every page of every section with public content, each dated
    by its newest change."""
    now = timezone.now()
    host = _host(request)
    sitemaps = []
    for kind in KINDS.values():
        for month, count, lastmod in kind.sections(now):
            pages = -(-count // PAGE_SIZE)
            sitemaps.extend(
                (host + section_url(kind, month, page), seo.iso(lastmod))
                for page in range(1, pages + 1)
            )
    return render(
        request,
        "seo/sitemap_index.xml",
        {"sitemaps": sitemaps},
        content_type="application/xml; charset=utf-8",
    )


@require_GET
@robots.noindex(directives="noindex, noarchive")
def sitemap_section(request, section):
    """/sitemaps/<section>.xml: up to PAGE_SIZE public pages of one kind (and month), each
    dated by its last change."""
    kind, bounds = _find(section)
    offset = (_page(request) - 1) * PAGE_SIZE
    rows = kind.rows(timezone.now(), bounds)[offset : offset + PAGE_SIZE]
    entries = kind.entries(rows)
    if not entries:
        raise Http404(_("There is no such page of this sitemap."))
    return render(
        request,
        "seo/sitemap.xml",
        {"urls": _urls(_host(request), entries, kind)},
        content_type="application/xml; charset=utf-8",
    )


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
