"""Cheap reverse() for the links every public page is made of.

An explainer links to about fifty things (authors, outlets, topics, tags, questions, the
publisher's pages and feeds), and each ``reverse()`` walks the resolver again
(docs/performance.md has the cost). These helpers reverse each route once per process, URL
configuration and script prefix, and fill in the slug: the same strings ``reverse()`` returns.
"""

import functools
import re

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse

# What the <slug:...> path converter accepts; anything else goes through reverse(), which
# raises NoReverseMatch for it exactly as before.
_SLUG = re.compile(r"[-a-zA-Z0-9_]+")
_MARK = "zz0slug0zz"


def _key():
    return get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF


@functools.lru_cache(maxsize=256)
def _split(viewname, prefix, urlconf):
    head, _mark, tail = reverse(viewname, kwargs={"slug": _MARK}, urlconf=urlconf).partition(_MARK)
    return head, tail


@functools.lru_cache(maxsize=256)
def _fixed(viewname, prefix, urlconf):
    return reverse(viewname, urlconf=urlconf)


def slug_url(viewname, slug):
    """``reverse(viewname, kwargs={"slug": slug})`` for a route whose only argument is a slug."""
    if not isinstance(slug, str) or not _SLUG.fullmatch(slug):
        return reverse(viewname, kwargs={"slug": slug})
    head, tail = _split(viewname, *_key())
    return f"{head}{slug}{tail}"


def fixed_url(viewname):
    """``reverse(viewname)`` for a route without arguments."""
    return _fixed(viewname, *_key())
