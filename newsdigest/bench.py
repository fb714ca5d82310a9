"""The benchmark's reference page: the ceiling for any page this Django stack serves.

Only routed when NEWSDIGEST_BENCH=1 (bench/bench.py starts the server that way). It goes
through the same middleware as every page and does no database or template work.
"""

from functools import lru_cache

from django.http import HttpResponse

MAX_SIZE = 1_000_000


@lru_cache(maxsize=8)
def _body(size):
    line = b"<p>" + b"newsdigest reference page " * 3 + b"</p>\n"
    return (line * (size // len(line) + 1))[:size]


def ceiling(request):
    """A constant HTML page of ?size= bytes."""
    try:
        size = min(max(int(request.GET.get("size", "20000")), 1), MAX_SIZE)
    except ValueError:
        size = 20000
    return HttpResponse(_body(size), content_type="text/html; charset=utf-8")
