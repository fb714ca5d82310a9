"""Whole-page caching for anonymous readers that is never stale, and HTTP caching headers.

Every page-cache key carries a site-wide content *generation* kept in the shared cache. Any
save or delete of public content replaces the generation (newsdigest.core.invalidation), so
every page cached before the change is unreachable in every web process at once; old entries
simply expire. No cached page outlives the next scheduled publication (newsdigest.core.schedule).

If the cache cannot be reached, the cache backend (newsdigest.core.cache_backend) answers every
read with a miss and the site renders pages as if there were no cache.
"""

import hashlib
import re
import time
import uuid

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.translation import get_language_from_request

from . import schedule

GENERATION_KEY = "pagecache:generation"
NO_SCHEDULE = "none"
# Django renders {% csrf_token %} exactly like this; a cached page keeps a placeholder instead
# of one reader's token, and each reader gets their own when the page is served.
CSRF_INPUT_RE = re.compile(rb'(name="csrfmiddlewaretoken" value=")[A-Za-z0-9]+(")')
CSRF_PLACEHOLDER = b"__newsdigest_csrf_token__"
UNCACHEABLE_DIRECTIVES = ("private", "no-store", "no-cache")
# Set by the view's own rendering, or by headers that only make sense for one response.
SKIPPED_HEADERS = {"content-length", "set-cookie", "etag"}
MAX_CACHED_PATH = 1000


def _setting(name, default):
    return getattr(settings, name, default)


# --- the content generation ---------------------------------------------------------------


def page_cache():
    """The cache that holds pages and the generation, shared by every web process."""
    return caches[_setting("NEWSDIGEST_PAGE_CACHE_ALIAS", "default")]


def current_generation(cache=None):
    """The generation pages are cached under now, or None when the cache is unreachable."""
    cache = cache or page_cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # Never fall back to a fixed value: pages cached under it before an eviction would
        # come back to life.
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        generation = cache.get(GENERATION_KEY)
    return generation


def bump_generation(cache=None):
    """Make every cached page unreachable, in every process: content has changed."""
    (cache or page_cache()).set(GENERATION_KEY, uuid.uuid4().hex, None)


def seconds_until_next_schedule(cache=None, generation=None):
    """Seconds until the next scheduled story goes live, or None; memoised per generation."""
    now = time.time()
    key = f"pagecache:{generation}:next-scheduled" if generation else None
    cache = cache or page_cache()
    value = cache.get(key) if key else None
    if value is None or (value != NO_SCHEDULE and value <= now):
        at = schedule.next_scheduled_at(timezone.now())
        value = at.timestamp() if at else NO_SCHEDULE
        if key:
            cache.set(key, value, _setting("NEWSDIGEST_PAGE_CACHE_SECONDS", 600) or 600)
    if value == NO_SCHEDULE:
        return None
    return max(0, int(value - now))


# --- requests and responses ---------------------------------------------------------------


def is_anonymous_request(request):
    """No session, no flash messages, no credentials: every such reader sees the same page."""
    cookies = request.COOKIES
    return not (
        settings.SESSION_COOKIE_NAME in cookies
        or "messages" in cookies
        or "HTTP_AUTHORIZATION" in request.META
    )


def is_cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and is_anonymous_request(request)
        and not request.path.startswith(
            tuple(_setting("NEWSDIGEST_PAGE_CACHE_EXEMPT", ["/admin/"]))
        )
        and len(request.get_full_path()) <= MAX_CACHED_PATH
    )


def is_cacheable_response(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(directive in cache_control for directive in UNCACHEABLE_DIRECTIVES):
        return False
    session = getattr(request, "session", None)
    return not (session is not None and session.modified)


def content_etag(content):
    """A weak ETag over the page as every reader sees it, whoever's CSRF token it carries."""
    normalised = CSRF_INPUT_RE.sub(rb"\1" + CSRF_PLACEHOLDER + rb"\2", content)
    return f'W/"{hashlib.md5(normalised, usedforsecurity=False).hexdigest()}"'


def page_key(request, generation, language=None):
    url = request.build_absolute_uri()
    if language is None:
        language = getattr(request, "LANGUAGE_CODE", "")
    digest = hashlib.md5(f"{language}|{url}".encode(), usedforsecurity=False).hexdigest()
    return f"pagecache:{generation}:page:{digest}"


class PageCacheMiddleware:
    """Serve anonymous GET and HEAD requests from the shared cache; store what may be shared.

    Goes after CsrfViewMiddleware (a cached page gets the reader's own CSRF token) and before
    AuthenticationMiddleware (a hit needs no user).
    """

    def __init__(self, get_response, alias=None):
        self.get_response = get_response
        self.alias = alias

    @property
    def cache(self):
        return caches[self.alias] if self.alias else page_cache()

    def __call__(self, request):
        seconds = _setting("NEWSDIGEST_PAGE_CACHE_SECONDS", 600)
        if not seconds or not is_cacheable_request(request):
            return self.get_response(request)
        cache = self.cache
        # EarlyPageCacheMiddleware has just read the generation and found no page to serve.
        early = getattr(request, "pagecache_early_miss", None) if self.alias is None else None
        generation = early[0] if early else current_generation(cache)
        if generation is None:
            return self.get_response(request)
        key = page_key(request, generation)
        entry = None if early and early[1] == key else cache.get(key)
        if entry is not None:
            return self.from_entry(request, entry)
        response = self.get_response(request)
        if is_cacheable_response(request, response):
            until_schedule = seconds_until_next_schedule(cache, generation)
            timeout = seconds if until_schedule is None else min(seconds, until_schedule)
            request.pagecache_max_age = until_schedule
            if timeout > 0:
                goes_live = None if until_schedule is None else time.time() + until_schedule
                entry = self.to_entry(response, goes_live)
                request.pagecache_etag = entry[2]
                cache.set(key, entry, timeout)
                request.pagecache_stored = (key, entry, timeout)
        return response

    @staticmethod
    def to_entry(response, goes_live=None):
        content = CSRF_INPUT_RE.sub(rb"\1" + CSRF_PLACEHOLDER + rb"\2", response.content)
        headers = [(k, v) for k, v in response.items() if k.lower() not in SKIPPED_HEADERS]
        return (content, headers, content_etag(content), goes_live)

    @staticmethod
    def from_entry(request, entry):
        content, headers, etag, goes_live = entry[:4]
        if CSRF_PLACEHOLDER in content:
            content = content.replace(CSRF_PLACEHOLDER, get_token(request).encode())
        response = HttpResponse(content)
        for name, value in headers:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        request.pagecache_etag = etag
        request.pagecache_max_age = (
            None if goes_live is None else max(0, int(goes_live - time.time()))
        )
        return response


class HttpCachingMiddleware:
    """ETag and 304 on every successful GET; Cache-Control for a CDN on anonymous pages.

    Goes near the top, so it sees the cookies the middleware below it set. Views that set
    their own Cache-Control (staff previews, forms) are left alone.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.method not in ("GET", "HEAD")
            or response.status_code != 200
            or response.streaming
        ):
            return response
        if not response.has_header("Cache-Control"):
            self.add_cache_control(request, response)
            request.pagecache_cache_control_added = True
        if "no-store" in response.get("Cache-Control", ""):
            return response
        if not response.has_header("ETag"):
            etag = getattr(request, "pagecache_etag", None) or content_etag(response.content)
            response["ETag"] = etag
        return get_conditional_response(
            request, etag=response["ETag"], last_modified=None, response=response
        )

    @staticmethod
    def add_cache_control(request, response):
        if response.cookies or not is_anonymous_request(request):
            patch_cache_control(response, private=True, no_cache=True)
            return
        max_age = _setting("NEWSDIGEST_HTTP_MAX_AGE", 0)
        s_maxage = _setting("NEWSDIGEST_HTTP_S_MAXAGE", 60)
        stale = _setting("NEWSDIGEST_HTTP_STALE_WHILE_REVALIDATE", 30)
        if max_age or s_maxage or stale:
            if hasattr(request, "pagecache_max_age"):
                until_schedule = request.pagecache_max_age
            else:
                until_schedule = seconds_until_next_schedule(
                    page_cache(), current_generation(page_cache())
                )
            if until_schedule is not None and until_schedule < max(max_age, s_maxage, stale):
                # A scheduled story goes live before the longest of these would run out.
                max_age, s_maxage, stale = (
                    min(max_age, until_schedule),
                    min(s_maxage, until_schedule),
                    0,
                )
        directives = {"public": True, "max_age": max_age, "s_maxage": s_maxage}
        if stale:
            directives["stale_while_revalidate"] = stale
        patch_cache_control(response, **directives)


# Headers a hit served early sets itself, from the entry and the clock.
EARLY_SKIPPED_HEADERS = SKIPPED_HEADERS | {"x-page-cache"}


class EarlyPageCacheMiddleware:
    """Answer page-cache hits right after SecurityMiddleware: sessions, locale, CSRF,
    authentication, messages and the rest have nothing to add to a page every anonymous reader
    shares, and skipping them is most of the cost of a hit.

    PageCacheMiddleware, further down, still decides what is stored and stores it; on the way
    back up this middleware completes that entry with the headers the middleware in between
    added, so a hit served here is the response the whole stack gives. Entries it has not
    completed yet, and pages that carry a CSRF token, are left to PageCacheMiddleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        # Static files are WhiteNoise's, further down: no page lookup for them.
        self.files = tuple(p for p in (settings.STATIC_URL, settings.MEDIA_URL) if p)

    def __call__(self, request):
        seconds = _setting("NEWSDIGEST_PAGE_CACHE_SECONDS", 600)
        if (
            not seconds
            or not is_cacheable_request(request)
            or request.path_info.startswith(self.files)
        ):
            return self.get_response(request)
        cache = page_cache()
        generation = current_generation(cache)
        if generation is None:
            return self.get_response(request)
        # What LocaleMiddleware will decide further down, so the key is the one stored there.
        key = page_key(request, generation, get_language_from_request(request))
        entry = cache.get(key)
        if entry is not None and len(entry) > 4 and CSRF_PLACEHOLDER not in entry[0]:
            return self.serve(request, entry)
        request.pagecache_early_miss = (generation, key)
        response = self.get_response(request)
        stored = getattr(request, "pagecache_stored", None)
        if stored is not None and stored[0] == key and not response.cookies:
            _key, entry, timeout = stored
            final = [(k, v) for k, v in response.items() if k.lower() not in EARLY_SKIPPED_HEADERS]
            # Cache-Control that HttpCachingMiddleware computed runs out with the schedule:
            # it is computed again for each hit. A view's own is kept as it is.
            recompute = getattr(request, "pagecache_cache_control_added", False)
            if recompute:
                final = [(k, v) for k, v in final if k.lower() != "cache-control"]
            cache.set(key, (*entry[:4], final, recompute), timeout)
        return response

    @staticmethod
    def serve(request, entry):
        content, _headers, etag, goes_live, final, recompute = entry
        response = HttpResponse(content)
        for name, value in final:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        # CommonMiddleware would have said it on the way out.
        response["Content-Length"] = str(len(content))
        if recompute:
            request.pagecache_max_age = (
                None if goes_live is None else max(0, int(goes_live - time.time()))
            )
            HttpCachingMiddleware.add_cache_control(request, response)
        response["ETag"] = etag
        return get_conditional_response(request, etag=etag, last_modified=None, response=response)
