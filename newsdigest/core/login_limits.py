"""Limits on failed admin logins, per account and per client address, kept in the shared cache.

Every web process must see the same counts, so they live in the cache (Redis in production).
A failure is a login POST that shows the form again; past either limit the login answers 429
with Retry-After until the window ends, whatever the password. A successful login clears the
account's count, not the address's: one right guess must not buy an attacker more tries.
"""

import hashlib
import logging
import math
import time

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from . import ratelimit

logger = logging.getLogger(__name__)


def now():
    """The limiter's clock, in seconds since the epoch."""
    return time.time()


def _window():
    return max(1, settings.NEWSDIGEST_LOGIN_WINDOW)


def _keys(request, username, now):
    """The cache keys of this window for the account and the address of a login attempt."""
    bucket, _seconds = ratelimit.window_bucket(_window(), now)
    # Hashed: usernames are user input and must not shape cache keys.
    account = hashlib.sha256(username.strip().casefold().encode()).hexdigest()[:32]
    return (
        (f"login:account:{account}:{bucket}", settings.NEWSDIGEST_LOGIN_FAILURES_PER_ACCOUNT),
        (
            f"login:address:{ratelimit.client_key(request)}:{bucket}",
            settings.NEWSDIGEST_LOGIN_FAILURES_PER_ADDRESS,
        ),
    )


def retry_after(now):
    """Seconds until the current window ends."""
    return ratelimit.window_bucket(_window(), now)[1]


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
        if any(ratelimit.count(key) >= limit for key, limit in keys):
            logger.warning("Admin login refused: too many failures for this account or address.")
            return self.refuse(request, retry_after(current))
        response = self.get_response(request)
        if response.status_code == 200:
            # The form came back: wrong password, unknown account or not staff.
            for key, _limit in keys:
                ratelimit.increment(key, window=_window(), now=current)
        elif response.status_code in (301, 302, 303) and request.user.is_authenticated:
            ratelimit.forget(keys[0][0])
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
