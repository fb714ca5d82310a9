"""The site's name, tagline and logo as pages use them: from the admin, else from settings.

Every page shows the identity, so it is read from the shared cache, not the database: a
query only after an editor changed it (or after the cache lost it). Saving it clears the
cached copy, now and again when the transaction commits, together with the pages
(newsdigest.core.invalidation), so no page keeps the old name.
"""

from django.conf import settings
from django.core.cache import cache

CACHE_KEY = "publisher:identity"
# An upper bound on staleness if the cache could not be cleared (Redis unreachable from the
# editor's process at that moment): the same bound as a cached page.
CACHE_SECONDS = 600
_REQUEST_ATTR = "_newsdigest_site_identity"


def defaults():
    site = settings.NEWSDIGEST
    return {
        "SITE_NAME": site["SITE_NAME"],
        "TAGLINE": str(site.get("TAGLINE", "")),
        "LOGO": site.get("LOGO", ""),
        "LOGO_FILE": "",
    }


def _row():
    """What the admin holds: {} when nobody has saved an identity yet."""
    from .models import IDENTITY_PK, SiteIdentity

    row = SiteIdentity.objects.filter(pk=IDENTITY_PK).first()
    if row is None:
        return {}
    return {"SITE_NAME": row.name, "TAGLINE": row.tagline, "LOGO_FILE": row.logo.name or ""}


def current(request=None):
    """The identity as a dict (SITE_NAME, TAGLINE, LOGO, LOGO_FILE); once per request.

    The cache keeps the admin's row only; the settings' defaults are applied on reading, so a
    change to them needs no cache clearing.
    """
    if request is not None and hasattr(request, _REQUEST_ATTR):
        return getattr(request, _REQUEST_ATTR)
    row = _cache_call(cache.get, CACHE_KEY)
    if row is None:
        row = _row()
        _cache_call(cache.set, CACHE_KEY, row, CACHE_SECONDS)
    identity = {**defaults(), **row}
    if request is not None:
        setattr(request, _REQUEST_ATTR, identity)
    return identity


def forget():
    """Drop the cached identity (the invalidation registry calls this on each identity save)."""
    _cache_call(cache.delete, CACHE_KEY)


def _cache_call(method, *args):
    """A cache that fails in any way is a miss: the database answers instead."""
    try:
        return method(*args)
    except Exception:  # noqa: BLE001 - any cache backend, any failure
        return None


def site_context(request=None):
    """settings.NEWSDIGEST with the identity over it: what templates know as ``site``."""
    return {**settings.NEWSDIGEST, **current(request)}
