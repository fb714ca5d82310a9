"""Pages kept out of search engines' indexes: the X-Robots-Tag header, and the page's own
robots meta tag (templates/includes/seo/meta.html) for pages that ask for it."""

from functools import wraps

NOINDEX = "noindex"
_ATTR = "robots_noindex"


def keep_out(request):
    """Mark this request's page as not for indexes; its robots meta tag reads the mark."""
    setattr(request, _ATTR, True)


def is_kept_out(request):
    """Whether this request's page asked to stay out of indexes (``keep_out``)."""
    return getattr(request, _ATTR, False)


def header(response, directives=NOINDEX):
    """Tell crawlers in the response's headers; returns the response."""
    response["X-Robots-Tag"] = directives
    return response


def noindex(view=None, *, directives=NOINDEX):
    """A view whose every page stays out of indexes (forms, results, crawler-only files): the
    meta tag and the header both."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            keep_out(request)
            return header(view(request, *args, **kwargs), directives)

        return wrapped

    return decorator(view) if view is not None else decorator
