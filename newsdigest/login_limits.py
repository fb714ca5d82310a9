"""Limits on failed admin logins, per account and per client address, kept in the shared cache.

Every web process must see the same counts, so they live in the cache (Redis in production).
A failure is a login POST that shows the form again; past either limit the login answers 429
with Retry-After until the window ends, whatever the password. A successful login clears the
account's count, not the address's: one right guess must not buy an attacker more tries.
"""

import hashlib
import logging
import math
import threading
import time

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from stories.ratelimit import client_key

logger = logging.getLogger(__name__)


class _LocalCounts:
    """Counts in this process, used only while the shared cache is unreachable."""

    def __init__(self):
        self._lock = threading.Lock()
        self._counts = {}

    def get(self, key):
        with self._lock:
            return self._counts.get(key, 0)

    def incr(self, key):
        with self._lock:
            if len(self._counts) > 10_000:
                self._counts.clear()
            self._counts[key] = self._counts.get(key, 0) + 1
            return self._counts[key]

    def delete(self, key):
        with self._lock:
            self._counts.pop(key, None)

    def clear(self):
        with self._lock:
            self._counts.clear()


local_counts = _LocalCounts()


def now():
    """The limiter's clock, in seconds since the epoch."""
    return time.time()


def _window():
    return max(1, settings.NEWSDIGEST_LOGIN_WINDOW)


def _keys(request, username, now):
    """The cache keys of this window for the account and the address of a login attempt."""
    bucket = int(now // _window())
    # Hashed: usernames are user input and must not shape cache keys.
    account = hashlib.sha256(username.strip().casefold().encode()).hexdigest()[:32]
    return (
        (f"login:account:{account}:{bucket}", settings.NEWSDIGEST_LOGIN_FAILURES_PER_ACCOUNT),
        (
            f"login:address:{client_key(request)}:{bucket}",
            settings.NEWSDIGEST_LOGIN_FAILURES_PER_ADDRESS,
        ),
    )


def _count(key):
    """Failures so far: the shared count, or this process's while the cache was failing.

    A cache that turns its failures into misses (newsdigest.cache.ResilientRedisCache) answers
    0 while failures are being counted locally, so the larger of the two counts.
    """
    try:
        shared = cache.get(key, 0) or 0
    except Exception:  # noqa: BLE001 - the admin must stay usable while the cache is down
        logger.warning("Login-limit cache unreachable; counting in this process only.")
        shared = 0
    return max(shared, local_counts.get(key))


def _record_failure(key):
    try:
        cache.add(key, 0, timeout=_window() + 1)
        return cache.incr(key)
    except Exception:  # noqa: BLE001 - incr on a failing cache raises; count here instead
        logger.warning("Login-limit cache unreachable; counting in this process only.")
        return local_counts.incr(key)


def _forget(key):
    try:
        cache.delete(key)
    except Exception:  # noqa: BLE001
        logger.warning("Login-limit cache unreachable; the account's count stays until it expires.")
    local_counts.delete(key)


def retry_after(now):
    """Seconds until the current window ends."""
    window = _window()
    return max(1, math.ceil((int(now // window) + 1) * window - now))


class AdminLoginLimitMiddleware:
    """Refuse admin login POSTs from an account or address with too many recent failures."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "POST" or request.path_info != reverse("admin:login"):
            return self.get_response(request)
        current = now()
        username = request.POST.get(get_user_model().USERNAME_FIELD, "")
        keys = _keys(request, username, current)
        if any(_count(key) >= limit for key, limit in keys):
            logger.warning("Admin login refused: too many failures for this account or address.")
            return self.refuse(request, retry_after(current))
        response = self.get_response(request)
        if response.status_code == 200:
            # The form came back: wrong password, unknown account or not staff.
            for key, _limit in keys:
                _record_failure(key)
        elif response.status_code in (301, 302, 303) and request.user.is_authenticated:
            _forget(keys[0][0])
        return response

    def refuse(self, request, seconds):
        """429 with Retry-After, and a page that says when to try again."""
        context = {
            **admin.site.each_context(request),
            "title": _("Too many failed logins"),
            "retry_minutes": max(1, math.ceil(seconds / 60)),
        }
        response = render(request, "admin/login_limited.html", context, status=429)
        response["Retry-After"] = str(seconds)
        return response
