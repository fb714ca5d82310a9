"""Views every site has: the health check for load balancers and the 500 page."""

import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponseServerError, JsonResponse
from django.template import loader
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache


def _cache_answers():
    """Whether the shared cache stores and returns a value right now."""
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "1", timeout=10)
        answered = cache.get(key) == "1"
        cache.delete(key)
    except Exception:  # noqa: BLE001 - a cache that fails in any way is degraded
        return False
    return answered


@never_cache
def healthz(request):
    """For load balancers: 200 when the database answers, 503 when it does not.

    A cache that does not answer only degrades the site (pages are served uncached), so it is
    reported in the body but keeps the 200.
    """
    cache_state = "ok" if _cache_answers() else "degraded"
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001 - any database failure means unhealthy
        return JsonResponse(
            {"status": "error", "database": _("unreachable"), "cache": cache_state}, status=503
        )
    status = "ok" if cache_state == "ok" else "degraded"
    return JsonResponse({"status": status, "database": "ok", "cache": cache_state})


def server_error(request):
    """The 500 page, rendered without the database or the request: either may be what broke."""
    html = loader.render_to_string("500.html", {"site": settings.NEWSDIGEST})
    return HttpResponseServerError(html)
