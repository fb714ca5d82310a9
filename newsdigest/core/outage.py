"""When the database is unreachable: a plain 503 page, never a traceback, and no restart needed.

Connections are not kept across a failure (Django closes a connection that raised and
CONN_HEALTH_CHECKS re-checks a persistent one before use), so the first request after the
database is back is served normally.
"""

import logging
import sys

from django.db.utils import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers

from .views import server_error as error_page

logger = logging.getLogger("newsdigest.core.outage")

DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 10


def unavailable_response():
    """The 503 page. It is rendered without the request so no context processor can touch the
    database, and it is never cached: the outage must not outlive itself at a CDN."""
    response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


class DatabaseOutageMiddleware:
    """Turns a database that cannot be reached, or a statement that timed out, into a 503."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            logger.warning("Database unavailable for %s: %s", request.path, exception)
            return unavailable_response()
        return None


def server_error(request):
    """handler500: a database failure raised outside a view (in a middleware) still gets the
    503 page; anything else gets the site's 500 page."""
    _type, exception, _tb = sys.exc_info()
    if isinstance(exception, DATABASE_ERRORS):
        return unavailable_response()
    return error_page(request)
