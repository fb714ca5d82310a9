"""Per-client rate limits kept in the shared cache, with a stricter in-process fallback.

Every web process must see the same counts, so they live in the cache (Redis in production).
When the cache cannot be reached the limiter does not fail open and does not fail the request:
it counts in this process only, against half the configured limit, because each process of a
scaled-out site then keeps its own count.
"""

import ipaddress
import logging
import math
import re
import threading
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured

logger = logging.getLogger(__name__)

_RATE_RE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([smh]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600}
# Bounds the fallback's memory when an attacker sprays addresses while the cache is down.
_FALLBACK_MAX_KEYS = 10_000


@dataclass(frozen=True)
class Decision:
    allowed: bool
    retry_after: int
    shared: bool


def parse_rate(rate):
    """'5/10m' -> (5, 600): a number of requests per a window of seconds, minutes or hours."""
    match = _RATE_RE.match(rate or "")
    if not match:
        raise ImproperlyConfigured(f"Rate {rate!r} is not like '5/10m' (s, m or h).")
    count, amount, unit = match.groups()
    window = int(amount or 1) * _UNITS[unit]
    if int(count) < 1 or window < 1:
        raise ImproperlyConfigured(f"Rate {rate!r} must allow at least one request per second.")
    return int(count), window


def client_ip(request):
    """The client's address: REMOTE_ADDR, or the Nth X-Forwarded-For entry from the right.

    Only the entries our own proxies appended can be trusted: anything to their left was sent
    by the client and may be forged, so NEWSDIGEST_TRUSTED_PROXY_COUNT says how many to skip.
    """
    remote = request.META.get("REMOTE_ADDR", "") or ""
    proxies = getattr(settings, "NEWSDIGEST_TRUSTED_PROXY_COUNT", 0) or 0
    if proxies > 0:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            # Fewer entries than proxies: every entry present was added by one of ours.
            candidate = hops[-proxies] if len(hops) >= proxies else hops[0]
            if _valid_ip(candidate):
                return candidate
    return remote if _valid_ip(remote) else "unknown"


def _valid_ip(value):
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def client_key(request):
    """The unit a limit applies to: one IPv4 address, or one IPv6 /64 (one subscriber)."""
    ip = client_ip(request)
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return ip
    if address.version == 6:
        if address.ipv4_mapped:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False).network_address)
    return str(address)


class _LocalCounter:
    """Counts in this process, used only while the shared cache is unreachable.

    Keys carry their window's number, so an old window's count is simply never asked for
    again; ``expires`` lets the counter drop those when it grows.
    """

    def __init__(self):
        self._lock = threading.Lock()
        self._counts = {}

    def get(self, key):
        with self._lock:
            return self._counts.get(key, (0, 0))[1]

    def incr(self, key, *, expires):
        with self._lock:
            if len(self._counts) >= _FALLBACK_MAX_KEYS:
                now = time.time()
                self._counts = {k: v for k, v in self._counts.items() if v[0] > now}
                if len(self._counts) >= _FALLBACK_MAX_KEYS:
                    self._counts.clear()
            count = self._counts.get(key, (0, 0))[1] + 1
            self._counts[key] = (expires, count)
            return count

    def delete(self, key):
        with self._lock:
            self._counts.pop(key, None)

    def clear(self):
        with self._lock:
            self._counts.clear()


local_counter = _LocalCounter()


def window_bucket(window, now):
    """The number of the fixed window ``now`` falls in, and the seconds until it ends."""
    bucket = int(now // window)
    return bucket, max(1, math.ceil((bucket + 1) * window - now))


def count(key):
    """How many times ``key`` was counted in its window: the shared count, or this process's
    while the cache was failing (a cache that turns failures into misses answers 0 then, so
    the larger of the two)."""
    try:
        shared = cache.get(key, 0) or 0
    except Exception:  # noqa: BLE001 - any cache failure means "use the fallback"
        logger.warning("Rate-limit cache unreachable; counting in this process only.")
        shared = 0
    return max(shared, local_counter.get(key))


def increment(key, *, window, now=None):
    """Count one more for ``key``, kept for ``window`` seconds; returns (count, shared)."""
    now = time.time() if now is None else now
    try:
        # add() is a no-op when the key exists; incr() is atomic in Redis and memcached.
        cache.add(key, 0, timeout=window + 1)
        return cache.incr(key), True
    except Exception:  # noqa: BLE001 - any cache failure means "use the fallback"
        logger.warning("Rate-limit cache unreachable; counting in this process only.")
        return local_counter.incr(key, expires=now + window + 1), False


def forget(key):
    """Drop ``key``'s count, shared and local."""
    try:
        cache.delete(key)
    except Exception:  # noqa: BLE001
        logger.warning("Rate-limit cache unreachable; the count stays until it expires.")
    local_counter.delete(key)


def hit(scope, key, *, rate, now=None):
    """Count one request by ``key`` in ``scope`` and say whether it is within ``rate``."""
    limit, window = parse_rate(rate)
    now = time.time() if now is None else now
    bucket, retry_after = window_bucket(window, now)
    seen, shared = increment(f"rl:{scope}:{key}:{window}:{bucket}", window=window, now=now)
    # Each process of a scaled-out site keeps its own fallback count: allow half as many.
    allowed = seen <= (limit if shared else max(1, limit // 2))
    return Decision(allowed=allowed, retry_after=retry_after, shared=shared)


def hit_ask(request, now=None):
    """Count one question sent by this request's client against NEWSDIGEST_ASK_RATE."""
    return hit("ask", client_key(request), rate=settings.NEWSDIGEST_ASK_RATE, now=now)
